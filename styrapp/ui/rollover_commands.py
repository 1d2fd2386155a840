"""The turn of the year as one undo step: Plan → New plan period… (see `services.rollover`).

Run with `recording(allow_closed=True)`: the year in view may be the closed year the new one is made from.
Doing, undoing and redoing it changes the whole plan and the year in view, so every page reloads
(`Changes.everything()`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..models.changes import Changes
from ..models.errors import StyrappError
from ..models.services import rollover as rollover_service
from ..models.services import years as year_service
from .document import PlanCommand, PlanDocument


class Rollover(PlanCommand):
    def __init__(self, year: int, targets: dict[int, float | None], *, close_first: bool = False):
        super().__init__(QCoreApplication.translate("commands", "New plan period %1").replace("%1", str(year)))
        self.year, self.targets, self.close_first = year, targets, close_first
        self.report: rollover_service.RolloverReport | None = None

    def do(self) -> None:
        if self.close_first:  # the plan requires the old year closed, and the person said yes
            year_service.close_year(self.plan, self.year - 1)
        self.report = rollover_service.rollover(self.plan, self.year, targets=self.targets)

    def _revert(self) -> None:
        super()._revert()
        self.document.announce(Changes.everything())  # the year in view changed: every page reads again


def run_rollover(document: PlanDocument, command: Rollover) -> bool:
    """Carry out the turn of the year as one step on the undo stack, and have every page show the new year.
    On refusal emit `failed` and return False: nothing was written."""
    command.document = document
    try:
        with document.plan.recording(allow_closed=True) as edit:
            command.do()
    except StyrappError as exc:
        document.failed.emit(exc.message)
        return False
    command.edit = edit
    document.undo_stack.push(command)
    document.announce(Changes.everything())
    return True
