"""What the plan's dialogs and forms share: undo/redo buttons over the plan's stack, a refusal shown plainly,
and the question before a delete."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QStyle

from ..views.ink import ink
from .document import PlanDocument


def error_label() -> QLabel:
    """The line, in red and wrapped, where a form says what it refused and why."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {ink().refused};")
    return label


def confirm_delete(parent, title: str, what: str) -> bool:
    """Ask before a delete, saying what goes with it (`what`) and that Edit → Undo brings it back;
    Cancel is the default. True when the person chose Delete."""
    box = QMessageBox(QMessageBox.Icon.Question, title, what,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, parent)
    box.setInformativeText(QCoreApplication.translate("dialogs", "You can undo this with Edit → Undo."))
    box.button(QMessageBox.StandardButton.Yes).setText(QCoreApplication.translate("dialogs", "Delete"))
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is box.button(QMessageBox.StandardButton.Yes)


class PlanDialog(QDialog):
    """A dialog that edits the open plan through its undo stack, and says plainly when an edit is refused."""

    def __init__(self, document: PlanDocument, parent=None):
        super().__init__(parent)
        self.document = document
        self.refusal = error_label()
        # A method of the dialog: Qt lets go of it when the dialog goes, however it was closed.
        document.failed.connect(self._refused)

    def _refused(self, text: str) -> None:
        self.refusal.setText(text)

    def undo_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        stack = self.document.undo_stack
        for text, icon, slot, signal in (
            (self.tr("Undo"), QStyle.StandardPixmap.SP_ArrowBack, stack.undo, stack.canUndoChanged),
            (self.tr("Redo"), QStyle.StandardPixmap.SP_ArrowForward, stack.redo, stack.canRedoChanged),
        ):
            button = QPushButton(self.style().standardIcon(icon), text)
            button.clicked.connect(slot)
            signal.connect(button.setEnabled)
            button.setEnabled(stack.canUndo() if slot == stack.undo else stack.canRedo())
            row.addWidget(button)
        return row

    def showEvent(self, event) -> None:  # noqa: N802
        # Enter commits a field or a rename; it must never also press "Add" or "Close".
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        super().showEvent(event)

    def run(self, command) -> bool:
        self.refusal.clear()
        return self.document.run(command)

