"""Long work (an import, a report) off the GUI thread, with a progress dialog and Cancel.

`BackgroundRun(work, title, label, parent)` runs `work(progress)` in a QThread; `progress(percent, what)`
updates the dialog and returns False once the user has pressed Cancel, which the work turns into its
own "cancelled" error before anything is written. `finished(ok)` says it is over; `result` or `error`
hold the outcome. Keep a reference to the run until `finished`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..models.errors import StyrappError


class _Worker(QObject):
    progressed = Signal(int, str)
    done = Signal(object)
    failed = Signal(str)

    def __init__(self, work: Callable):
        super().__init__()
        self.work = work
        self.cancel = threading.Event()

    def run(self) -> None:
        def progress(percent: int, what: str) -> bool:
            self.progressed.emit(percent, what)
            return not self.cancel.is_set()

        try:
            self.done.emit(self.work(progress))
        except StyrappError as exc:
            self.failed.emit(exc.message)
        except Exception as exc:  # noqa: BLE001 - shown to the user, never a silent thread death
            self.failed.emit(f"{type(exc).__name__}: {exc}")


class BackgroundRun(QObject):
    finished = Signal(bool)  # True when the work completed

    def __init__(self, work: Callable, title: str, label: str, parent: QWidget):
        super().__init__(parent)
        self.label, self.result, self.error = label, None, ""
        self.dialog = QProgressDialog(label, self.tr("Cancel"), 0, 100, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setMinimumDuration(300)
        self.thread = QThread(self)
        self.worker = _Worker(work)
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
        self.dialog.setLabelText(f"{self.label} {what}…")
        self.dialog.setValue(percent)

    def _finish(self) -> None:
        self.thread.quit()
        self.thread.wait()
        self.dialog.reset()

    def _done(self, result) -> None:
        self._finish()
        self.result = result
        self.finished.emit(True)

    def _failed(self, message: str) -> None:
        self._finish()
        self.error = message
        self.finished.emit(False)
