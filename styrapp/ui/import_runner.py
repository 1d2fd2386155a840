"""Importing a file from the window: off the GUI thread, with a progress dialog and Cancel.

Cancel stops the import between its steps, before anything is written; the write itself is one
short transaction. When it is done the pages read the plan again and a box says what came in.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from ..models.errors import StyrappError
from .document import INDICATORS, NODES, WHEEL, PlanDocument


class ImportWorker(QObject):
    progressed = Signal(int, str)
    done = Signal(object)  # the report
    failed = Signal(str)

    def __init__(self, document: PlanDocument, path: Path, options: dict):
        super().__init__()
        self.plan, self.path, self.options = document.plan, path, options
        self.cancel = threading.Event()

    def run(self) -> None:
        from ..exchange.importing import import_file

        def progress(percent: int, what: str) -> bool:
            self.progressed.emit(percent, what)
            return not self.cancel.is_set()

        try:
            self.done.emit(import_file(self.plan, self.path, progress=progress, **self.options))
        except StyrappError as exc:
            self.failed.emit(exc.message)
        except Exception as exc:  # noqa: BLE001 - shown to the user, never a silent thread death
            self.failed.emit(f"{type(exc).__name__}: {exc}")


class ImportRun(QObject):
    """One import: starts the thread, shows progress, reports the outcome. Keep a reference until `finished`."""

    finished = Signal(bool)  # True when something was imported

    def __init__(self, document: PlanDocument, path: Path, parent: QWidget, **options):
        super().__init__(parent)
        self.document, self.path, self.window = document, Path(path), parent
        self.lines: list[str] = []
        self.error = ""
        self.dialog = QProgressDialog(self.tr("Importing %1…").replace("%1", self.path.name), self.tr("Cancel"),
                                      0, 100, parent)
        self.dialog.setWindowTitle(self.tr("Import"))
        self.dialog.setMinimumDuration(300)
        self.thread = QThread(self)
        self.worker = ImportWorker(document, self.path, options)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.progressed.connect(self._progress)
        self.worker.done.connect(self._done)
        self.worker.failed.connect(self._failed)
        self.dialog.canceled.connect(self.worker.cancel.set)

    def start(self) -> None:
        self.dialog.setValue(0)
        self.thread.start()

    def _progress(self, percent: int, what: str) -> None:
        self.dialog.setLabelText(f"{self.path.name}: {what}…")
        self.dialog.setValue(percent)

    def _finish(self) -> None:
        self.thread.quit()
        self.thread.wait()
        self.dialog.reset()

    def _done(self, report) -> None:
        self._finish()
        self.lines = report.lines()
        self.document.announce((INDICATORS, NODES, WHEEL))
        QMessageBox.information(self.window, self.tr("Import"), "\n".join(self.lines))
        self.finished.emit(True)

    def _failed(self, message: str) -> None:
        self._finish()
        self.error = message
        QMessageBox.warning(self.window, self.tr("Import"), message)
        self.finished.emit(False)
