"""Intern kontroll: the risk analysis, the internkontrollplan and the follow-up of its controls, as undo commands (see `commands.py` for how a command is run, recorded and undone)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from .document import PlanCommand


class CreateRisk(PlanCommand):
    def __init__(self, **args: Any):
        super().__init__(QCoreApplication.translate("commands", "Add risk"))
        self.args = args
        self.risk_id: int | None = None

    def do(self) -> None:
        from ..models.services.risks import create_risk

        self.risk_id = create_risk(self.plan, **self.args)


class UpdateRisk(PlanCommand):
    """Change a risk's fields; choosing it for the internkontrollplan and its control have their own words."""

    def __init__(self, what: str, risk_id: int, /, **fields: Any):
        if set(fields) == {"likelihood", "consequence"}:
            text = QCoreApplication.translate("commands", "Move risk %1 in the matrix")
        elif set(fields) == {"chosen"}:
            text = (QCoreApplication.translate("commands", "Choose risk %1 for the internal control plan")
                    if fields["chosen"] else
                    QCoreApplication.translate("commands", "Take risk %1 out of the internal control plan"))
        elif set(fields) <= {"control", "method", "responsible", "frequency", "reporting", "report_period_id"}:
            text = QCoreApplication.translate("commands", "Edit the control of risk %1")
        else:
            text = QCoreApplication.translate("commands", "Edit risk %1")
        super().__init__(text.replace("%1", what))
        self.risk_id, self.fields = risk_id, fields

    def do(self) -> None:
        from ..models.services.risks import update_risk

        update_risk(self.plan, self.risk_id, **self.fields)


class DeleteRisk(PlanCommand):
    def __init__(self, title: str, risk_id: int):
        super().__init__(QCoreApplication.translate("commands", "Delete risk %1").replace("%1", title))
        self.risk_id = risk_id

    def do(self) -> None:
        from ..models.services.risks import delete_risk

        delete_risk(self.plan, self.risk_id)


class SetRiskThreshold(PlanCommand):
    def __init__(self, value: int):
        super().__init__(QCoreApplication.translate("commands", "Change the risk value that suggests a risk for the plan"))
        self.value = value

    def do(self) -> None:
        from ..models.services.risks import set_risk_threshold

        set_risk_threshold(self.plan, self.value)


class SetControlFollowUp(PlanCommand):
    """The follow-up of a risk's control in a period; outcome None takes the follow-up back."""

    def __init__(self, title: str, risk_id: int, period_id: int, outcome: str | None, findings: str = "",
                 actions: str = ""):
        super().__init__(QCoreApplication.translate("commands", "Follow up the control of risk %1").replace("%1", title))
        self.risk_id, self.period_id = risk_id, period_id
        self.outcome, self.findings, self.actions = outcome, findings, actions

    def do(self) -> None:
        from ..models.services.risks import clear_control_follow_up, set_control_follow_up

        if self.outcome is None:
            clear_control_follow_up(self.plan, self.risk_id, self.period_id)
        else:
            set_control_follow_up(self.plan, self.risk_id, self.period_id, outcome=self.outcome,
                                  findings=self.findings, actions=self.actions)
