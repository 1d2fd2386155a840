"""One open plan in the window: the plan file, its undo stack, and the news of what changed.

Every edit is a command (see `commands.py`) run through `PlanDocument.run`: its service calls run
inside `PlanFile.recording()`, as one transaction. Only if they succeed does the command go onto the
stack, holding the recorded `Edit`; a refused edit leaves no trace in the file or on the stack. Undo
and redo revert the recorded edit exactly (`PlanFile.revert`), whichever services made it — one undo
contract for a rename, a drop of several nodes and an import of 10 000 values alike.

After every change `changed` carries the `Changes` (kinds and ids) the database recorded; each page
decides from them what to redraw. Pages never learn which widget made the change.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..models.changes import Changes
from ..models.errors import StyrappError

if TYPE_CHECKING:
    from ..models.file.edits import Edit
    from ..models.file.plan_file import PlanFile


class PlanCommand(QUndoCommand):
    """An edit as service calls in `do` (run once); undo and redo revert what `do` recorded."""

    allow_closed = False  # True for the edits a closed year in view allows (reopening it, the turn of the year)

    def __init__(self, text: str):
        super().__init__(text)
        self.document: PlanDocument | None = None
        self.edit: Edit | None = None
        self._first = True

    @property
    def plan(self) -> PlanFile:
        return self.document.plan

    def do(self) -> None:
        raise NotImplementedError

    # QUndoStack calls these; the first redo() happens on push, after `do` already ran.
    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._revert()

    def undo(self) -> None:
        self._revert()

    def _revert(self) -> None:
        changes = self.edit.changes
        try:
            self.edit = self.plan.revert(self.edit)
        except StyrappError as exc:  # the file changed under us (it cannot from this window): say so, keep it
            self.setObsolete(True)
            self.document.failed.emit(exc.message)
            return
        self.document.announce(changes | self.edit.changes)


class RecordedEdit(PlanCommand):
    """An edit recorded elsewhere (an import run in the background): undo and redo like any other."""

    def __init__(self, text: str, edit: Edit):
        super().__init__(text)
        self.edit = edit

    def do(self) -> None:  # already done when it was recorded
        return None


class PlanDocument(QObject):
    changed = Signal(object)  # the Changes of an edit, its undo or its redo
    failed = Signal(str)  # a refused edit's reason, in the user's words
    year_changed = Signal(object)  # the plan year in view, after the person chose another

    def __init__(self, plan: PlanFile, parent: QObject | None = None):
        super().__init__(parent)
        self.plan = plan
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(500)

    def run(self, command: PlanCommand) -> bool:
        """Carry out `command` in one transaction; on success put it on the undo stack and announce
        what it changed. On refusal emit `failed` and return False: nothing was written."""
        command.document = self
        try:
            with self.plan.recording(allow_closed=command.allow_closed) as edit:
                command.do()
        except StyrappError as exc:
            self.failed.emit(exc.message)
            self.announce(Changes.everything())  # nothing was written: the forms show again what is stored
            return False
        command.edit = edit
        if not edit:  # nothing changed (a name typed as it was): nothing to undo
            return True
        self.undo_stack.push(command)
        self.announce(edit.changes)
        return True

    def push_recorded(self, text: str, edit: Edit) -> None:
        """Put an edit recorded outside `run` (an import) on the stack as one step, and announce it."""
        if not edit:
            return
        command = RecordedEdit(text, edit)
        command.document = self
        self.undo_stack.push(command)
        self.announce(edit.changes)

    def view_year(self, year: int | None) -> None:
        """Show plan year `year` (None: the plan's newest): every page reads that year from now on."""
        if year == self.plan.year:
            return
        self.plan.year = year
        self.year_changed.emit(self.plan.year)
        self.announce(Changes.everything())

    def announce(self, changes: Changes) -> None:
        if changes:
            self.changed.emit(changes)

    def close(self) -> None:
        self.undo_stack.clear()
        self.plan.close()


def undo_hint() -> str:
    """What the import report says last: the import is one step on the undo stack."""
    return QCoreApplication.translate("document", "Edit → Undo (Ctrl+Z) takes the whole import back.")
