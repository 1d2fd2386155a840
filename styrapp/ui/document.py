"""One open plan in the window: the plan file, its undo stack, and the news that something changed.

Every edit is a command (see `commands.py`) run through `PlanDocument.run`: the service call happens
first; only if it succeeds does the command go onto the stack, so a refused edit leaves no trace.
Pages listen to `changed` and read again; they never learn which widget made the change.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..models.errors import StyrappError

if TYPE_CHECKING:
    from ..models.file.plan_file import PlanFile

NODES, UNITS, LEVELS, PLAN, INDICATORS, WHEEL = "nodes", "units", "levels", "plan", "indicators", "wheel"


class PlanCommand(QUndoCommand):
    """An edit as service calls: `do` (first time), `undo`, `redo` (default: `do` again)."""

    topics: tuple[str, ...] = (NODES,)

    def __init__(self, text: str):
        super().__init__(text)
        self.document: PlanDocument | None = None
        self._first = True
        self.failure = ""

    @property
    def plan(self) -> PlanFile:
        return self.document.plan

    def do(self) -> None:
        raise NotImplementedError

    def undo_it(self) -> None:
        raise NotImplementedError

    def redo_it(self) -> None:
        self.do()

    # QUndoStack calls these; the first redo() happens on push, after `do` already ran.
    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._guard(self.redo_it)

    def undo(self) -> None:
        self._guard(self.undo_it)

    def _guard(self, step) -> None:
        try:
            step()
        except StyrappError as exc:
            self.setObsolete(True)
            self.document.failed.emit(exc.message)
        finally:
            self.document.announce(self.topics)


class PlanDocument(QObject):
    changed = Signal(str)  # a topic: NODES, UNITS, LEVELS, PLAN, INDICATORS or WHEEL
    failed = Signal(str)  # a refused edit's reason, in the user's words

    def __init__(self, plan: PlanFile, parent: QObject | None = None):
        super().__init__(parent)
        self.plan = plan
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(500)

    def run(self, command: PlanCommand) -> bool:
        """Carry out `command`; on success put it on the undo stack. On refusal emit `failed`, return False."""
        command.document = self
        try:
            command.do()
        except StyrappError as exc:
            self.failed.emit(exc.message)
            self.announce(command.topics)  # a half-refused multi-step edit may still have changed something
            return False
        self.undo_stack.push(command)
        self.announce(command.topics)
        return True

    def announce(self, topics) -> None:
        for topic in topics:
            self.changed.emit(topic)

    def close(self) -> None:
        self.undo_stack.clear()
        self.plan.close()
