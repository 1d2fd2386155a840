"""Closing and reopening a plan year, as undo commands (see `commands.py` for how a command is run, recorded
and undone)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from .document import PlanCommand


class CloseYear(PlanCommand):
    """Close a plan year after its årsredovisning: it is read-only from now on, until reopened."""

    def __init__(self, year: int):
        super().__init__(QCoreApplication.translate("commands", "Close %1").replace("%1", str(year)))
        self.year = year

    def do(self) -> None:
        from ..models.services.years import close_year

        close_year(self.plan, self.year)


class ReopenYear(PlanCommand):
    """Open a closed plan year for changes again."""

    allow_closed = True

    def __init__(self, year: int):
        super().__init__(QCoreApplication.translate("commands", "Reopen %1").replace("%1", str(year)))
        self.year = year

    def do(self) -> None:
        from ..models.services.years import reopen_year

        reopen_year(self.plan, self.year)
