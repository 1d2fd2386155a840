"""What the plan's dialogs share: undo/redo buttons over the plan's stack, and a refusal shown plainly."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QStyle

from .document import PlanDocument


class PlanDialog(QDialog):
    """A dialog that edits the open plan through its undo stack, and says plainly when an edit is refused."""

    def __init__(self, document: PlanDocument, parent=None):
        super().__init__(parent)
        self.document = document
        self.refusal = QLabel()
        self.refusal.setWordWrap(True)
        self.refusal.setStyleSheet("color: #B71C1C;")
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

