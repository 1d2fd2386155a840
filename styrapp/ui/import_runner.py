"""Importing a file from the window: off the GUI thread, with a progress dialog and Cancel.

Cancel stops the import between its steps, before anything is written; the whole import is one
recorded transaction, so it is one step on the undo stack. When it is done the pages that show what
it changed read again, and a box says what came in.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from .background import BackgroundRun
from .document import PlanDocument, undo_hint


class ImportRun(QObject):
    """One import: starts the thread, shows progress, reports the outcome. Keep a reference until `finished`."""

    finished = Signal(bool)  # True when something was imported

    def __init__(self, document: PlanDocument, path: Path, parent: QWidget, **options):
        super().__init__(parent)
        self.document, self.path, self.window = document, Path(path), parent
        self.lines: list[str] = []
        self.error = ""
        plan = document.plan

        def work(progress):
            from ..exchange.importing import import_file

            with plan.recording() as edit:
                report = import_file(plan, self.path, progress=progress, **options)
            return report, edit

        self.run = BackgroundRun(work, self.tr("Import"), self.tr("Importing %1…").replace("%1", self.path.name) + "\n",
                                 parent)
        self.dialog = self.run.dialog
        self.run.finished.connect(self._over)

    def start(self) -> None:
        self.run.start()

    def _over(self, ok: bool) -> None:
        if ok:
            report, edit = self.run.result
            self.lines = report.lines()
            if edit:
                self.document.push_recorded(self.tr("Import %1").replace("%1", self.path.name), edit)
                self.lines += ["", undo_hint()]
            QMessageBox.information(self.window, self.tr("Import"), "\n".join(self.lines))
        else:
            self.error = self.run.error
            QMessageBox.warning(self.window, self.tr("Import"), self.error)
        self.finished.emit(ok)
