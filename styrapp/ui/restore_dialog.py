"""Arkiv → Återställ från säkerhetskopia…: the copies styrapp keeps of the open plan, newest first, with
what each holds; open one as a new file, or put it back over the plan (after a confirmation, and
with the plan as it is now kept as a backup first)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

COLUMNS = ("goals", "assignments", "indicators", "measurements", "wheel_events")


class RestoreDialog(QDialog):
    def __init__(self, window, folder: Path):
        super().__init__(window)
        from ..models.file.backups import backups_of

        self.window_, self.folder = window, folder
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.resize(760, 420)
        plan = window.document.plan
        self.backups = backups_of(plan.path, folder)
        intro = QLabel(self.tr("styrapp keeps a copy of %1 when you open it and every few minutes while you "
                               "work, in %2.").replace("%1", plan.path.name).replace("%2", str(folder)))
        intro.setWordWrap(True)
        self.table = QTableWidget(len(self.backups), 1 + len(COLUMNS))
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setHorizontalHeaderLabels([self.tr("Saved"), self.tr("Goals"), self.tr("Assignments"),
                                              self.tr("Indicators"), self.tr("Measured values"), self.tr("Events")])
        for row, backup in enumerate(self.backups):
            self.table.setItem(row, 0, QTableWidgetItem(backup.when.strftime("%Y-%m-%d %H:%M:%S")))
            for column, key in enumerate(COLUMNS, start=1):
                value = backup.counts.get(key)
                item = QTableWidgetItem("" if value is None else f"{value:n}")
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        if self.backups:
            self.table.selectRow(0)
        self.empty = QLabel(self.tr("There is no backup of this plan yet.") if not self.backups else "")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.as_new = QPushButton(self.tr("Open as a new file…"))
        self.as_new.setToolTip(self.tr("Save the chosen backup as a new plan file and open it; the plan stays as it is"))
        self.over = QPushButton(self.tr("Put back over the plan…"))
        self.over.setToolTip(self.tr("Replace the plan with the chosen backup, after a question; the plan is kept as a copy first"))
        for button in (self.as_new, self.over):
            button.setEnabled(bool(self.backups))
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.as_new.clicked.connect(self.open_as_new)
        self.over.clicked.connect(self.put_back)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)

    def chosen(self):
        row = self.table.currentRow()
        return self.backups[row] if 0 <= row < len(self.backups) else None

    def open_as_new(self) -> None:
        from ..models.file.backups import restore

        backup = self.chosen()
        if backup is None:
            return
        plan = self.window_.document.plan
        suggestion = plan.path.with_name(f"{plan.path.stem}-{backup.when.strftime('%Y%m%d-%H%M')}.styrplan")
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Open as a new file"), str(suggestion),
                                              "styrapp-plan (*.styrplan)")
        if not name:
            return
        target = Path(name) if name.endswith(".styrplan") else Path(name + ".styrplan")
        if target.resolve() == plan.path.resolve():
            return self.put_back()
        try:
            restore(backup.path, target)
        except OSError as exc:
            QMessageBox.critical(self, self.windowTitle(), exc.strerror or str(exc))
            return
        self.accept()
        self.window_.open_with_dialog(target)

    def put_back(self) -> None:
        from ..models.file.backups import make_backup, restore

        backup = self.chosen()
        if backup is None:
            return
        plan = self.window_.document.plan
        answer = QMessageBox.question(
            self, self.windowTitle(),
            self.tr("Put the copy from %1 back over %2? The plan as it is now is kept as a backup first, so "
                    "this too can be taken back.").replace("%1", backup.when.strftime("%Y-%m-%d %H:%M"))
            .replace("%2", plan.path.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        path = plan.path
        make_backup(path, self.folder, keep=max(self.window_.settings.backups_kept, len(self.backups) + 1))
        self.window_.close_plan()
        try:
            restore(backup.path, path)
        finally:
            self.accept()
            self.window_.open_with_dialog(path)
