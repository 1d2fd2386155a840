"""The main window: assembles the pages, menus and status bar around one open plan."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from ..models.errors import StyrappError
from ..models.plan_file import PlanFile, open_plan
from ..models.summary import summarise
from ..models.trace import check_plan
from ..views.overview import OverviewPage

FILE_FILTER = "styrapp-plan (*.styrplan)"


class MainWindow(QMainWindow):
    def __init__(self):
        super().__init__()
        self.plan: PlanFile | None = None
        self.overview = OverviewPage()
        self.setCentralWidget(self.overview)
        menu = self.menuBar().addMenu(self.tr("&File"))
        for text, shortcut, handler in (
            (self.tr("&Open…"), QKeySequence.StandardKey.Open, self.choose_plan),
            (self.tr("Save a &copy as…"), QKeySequence.StandardKey.SaveAs, self.save_copy),
            (self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close),
        ):
            action = QAction(text, self)
            action.setShortcut(shortcut)
            action.triggered.connect(handler)
            menu.addAction(action)

    def open_plan_file(self, path: Path) -> None:
        """Open `path`; on a bad file raise StyrappError and keep the plan that was open."""
        plan = open_plan(path)
        if self.plan is not None:
            self.plan.close()
        self.plan = plan
        self.overview.show_plan(summarise(plan), check_plan(plan))
        self.setWindowTitle(f"{plan.path.name} – styrapp")
        self.statusBar().showMessage(str(plan.path))
        QSettings().setValue("files/last", str(plan.path))

    def choose_plan(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open plan"), "", FILE_FILTER)
        if name:
            try:
                self.open_plan_file(Path(name))
            except StyrappError as exc:
                QMessageBox.critical(self, self.tr("Could not open the plan"), exc.message)

    def save_copy(self) -> None:
        if self.plan is None:
            return
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy as"), "", FILE_FILTER)
        if name:
            try:
                self.plan.save_copy(Path(name))
            except (StyrappError, OSError) as exc:
                QMessageBox.critical(self, self.tr("Could not save the copy"), str(exc))

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self.plan is not None:
            self.plan.close()
            self.plan = None
        super().closeEvent(event)
