"""Ekonomi: budget frames, outcome and forecast, the deviation rule and the unit of amounts, as undo commands (see `commands.py` for how a command is run, recorded and undone)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from .document import PlanCommand


class SetBudgetFrame(PlanCommand):
    """A unit's frame for a year and kind (drift, investering), in öre; made if there is none."""

    def __init__(self, unit_id: int, year: int, kind: str, frame_ore: int):
        super().__init__(QCoreApplication.translate("commands", "Set the budget frame"))
        self.unit_id, self.year, self.kind, self.frame_ore = unit_id, year, kind, frame_ore

    def do(self) -> None:
        from ..models.services.economy import set_frame

        set_frame(self.plan, self.unit_id, self.year, self.kind, self.frame_ore)


class DeleteBudgetLine(PlanCommand):
    """A frame with its outcomes and forecasts."""

    def __init__(self, line_id: int):
        super().__init__(QCoreApplication.translate("commands", "Remove the budget frame"))
        self.line_id = line_id

    def do(self) -> None:
        from ..models.services.economy import delete_budget_line

        delete_budget_line(self.plan, self.line_id)


class SetBudgetFigure(PlanCommand):
    """A unit's outcome or forecast (öre; None clears it) for a period; a kind without a frame yet gets
    one of 0, in the same step."""

    def __init__(self, unit_id: int, year: int, kind: str, period_id: int, **fields: Any):
        text = (QCoreApplication.translate("commands", "Enter the outcome") if "outcome_ore" in fields
                else QCoreApplication.translate("commands", "Enter the forecast"))
        super().__init__(text)
        self.unit_id, self.year, self.kind, self.period_id, self.fields = unit_id, year, kind, period_id, fields

    def do(self) -> None:
        from ..models.queries.economy import line_id_for
        from ..models.services.economy import set_budget_figure, set_frame

        line_id = line_id_for(self.plan, self.unit_id, self.year, self.kind)
        if line_id is None:
            line_id = set_frame(self.plan, self.unit_id, self.year, self.kind, 0)
        set_budget_figure(self.plan, line_id, self.period_id, **self.fields)


class SetBudgetRule(PlanCommand):
    """The plan's rule for a deviation's colour: the deficit (share of the frame) still green, still yellow."""

    def __init__(self, green: float, yellow: float):
        super().__init__(QCoreApplication.translate("commands", "Change the rule for budget deviations"))
        self.green, self.yellow = green, yellow

    def do(self) -> None:
        from ..models.services.economy import set_budget_rule

        set_budget_rule(self.plan, self.green, self.yellow)


class SetAmountUnit(PlanCommand):
    """Show the plan's amounts in kr, tkr or mnkr."""

    def __init__(self, unit: str):
        from ..models.rules.money import unit_word

        super().__init__(QCoreApplication.translate("commands", "Show amounts in %1").replace("%1", unit_word(unit)))
        self.unit = unit

    def do(self) -> None:
        from ..models.services.economy import set_amount_unit

        set_amount_unit(self.plan, self.unit)
