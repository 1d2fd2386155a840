"""An error nobody expected, in the window: logged with its traceback, and said in words — what
happened, that the plan is as it was after the last change, and where the log is — with "Copy details"
for whoever helps. Installed as `sys.excepthook` (PySide hands an exception from a slot to it and goes on)."""

from __future__ import annotations

import sys
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ..logs import log_failure, log_path, start_logging

_showing = False


def details(exc_info) -> str:
    return "".join(traceback.format_exception(*exc_info))


def show_failure(parent: QWidget | None, exc_info) -> QMessageBox:
    """The dialog for `exc_info` (opened, not waited for: the program goes on)."""
    kind, value, _tb = exc_info
    where = log_path()
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("failure", "styrapp ran into an error"))
    text = QCoreApplication.translate(
        "failure", "Something unexpected went wrong (%1). The plan is as it was after your last change: "
                   "nothing half-done was saved.").replace("%1", f"{kind.__name__}: {value}"[:300])
    if where is not None:
        text += "\n\n" + QCoreApplication.translate("failure", "The details are in the log file %1.").replace(
            "%1", str(where))
    box.setText(text)
    box.setDetailedText(details(exc_info))
    copy = box.addButton(QCoreApplication.translate("failure", "Copy details"), QMessageBox.ButtonRole.ActionRole)
    copy.clicked.disconnect()  # copying does not close the box
    copy.clicked.connect(lambda: QApplication.clipboard().setText(details(exc_info)))
    box.addButton(QMessageBox.StandardButton.Close)
    box.setModal(True)
    box.show()
    return box


def install(window: QWidget) -> None:
    """Every exception that reaches Qt's event loop: into the log, and a dialog over `window`."""

    def hook(kind, value, tb) -> None:
        global _showing
        if log_path() is None:  # a failure before the log was started (it starts just after the window shows)
            start_logging("styrapp")
        log_failure((kind, value, tb), "the window")
        if _showing or QApplication.instance() is None:  # an error while the dialog is up: logged only
            sys.__excepthook__(kind, value, tb)
            return
        _showing = True
        try:
            box = show_failure(window, (kind, value, tb))
            box.finished.connect(_done)
        except Exception:  # noqa: BLE001 - a dialog that cannot be shown must not hide the first error
            _done()
            sys.__excepthook__(kind, value, tb)

    sys.excepthook = hook


def _done(*_args) -> None:
    global _showing
    _showing = False
