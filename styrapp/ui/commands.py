"""Every edit of a plan as an undo command. Commands hold ids and values, never QModelIndex.

A command's `do` calls the services in `models/services`; `PlanDocument.run` records what they wrote
(`PlanFile.recording`), and undo and redo revert that record exactly (see `document.py`). So a
command says only what the person meant; how to take it back is the same for all of them, and a
deleted node comes back with the same ids, so later commands that name those ids still find them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from ..models.services import levels as level_service
from ..models.services import nodes as node_service
from ..models.services import organisation as unit_service
from .document import PlanCommand


class Steps(PlanCommand):
    """Several service calls as one undo step (a drop of several nodes)."""

    def __init__(self, text: str, steps: list[Callable[[Any], Any]]):
        super().__init__(text)
        self.steps = steps

    def do(self) -> None:
        for step in self.steps:
            step(self.plan)


# --- nodes -------------------------------------------------------------------------------------------


class CreateNode(PlanCommand):
    def __init__(self, what: str, *, level_id: int, parent_id: int | None, index: int | None, title: str,
                 **fields: Any):
        super().__init__(QCoreApplication.translate("commands", "Add %1").replace("%1", what))
        self.args = dict(level_id=level_id, parent_id=parent_id, index=index, title=title, **fields)
        self.node_id: int | None = None

    def do(self) -> None:
        self.node_id = node_service.create_node(self.plan, **self.args)


class CopyNode(PlanCommand):
    """Paste a copy of a node (and all beneath it)."""

    def __init__(self, what: str, *, source_id: int, parent_id: int | None, index: int | None):
        super().__init__(QCoreApplication.translate("commands", "Paste %1").replace("%1", what))
        self.source_id, self.parent_id, self.index = source_id, parent_id, index
        self.node_id: int | None = None

    def do(self) -> None:
        self.node_id = node_service.duplicate_node(self.plan, self.source_id, self.parent_id, self.index)


class PasteNodes(PlanCommand):
    """Paste a subtree copied in another plan: the data of the clipboard, not an id of this file."""

    def __init__(self, what: str, *, clip: dict[str, Any], tree: str, parent_id: int | None, index: int | None):
        super().__init__(QCoreApplication.translate("commands", "Paste %1").replace("%1", what))
        self.clip, self.tree, self.parent_id, self.index = clip, tree, parent_id, index
        self.node_id: int | None = None

    def do(self) -> None:
        self.node_id = node_service.paste_nodes(self.plan, self.clip, self.tree, self.parent_id, self.index)


class UpdateNode(PlanCommand):
    def __init__(self, what: str, node_id: int, **fields: Any):
        text = (QCoreApplication.translate("commands", "Rename %1") if set(fields) == {"title"}
                else QCoreApplication.translate("commands", "Edit %1"))
        super().__init__(text.replace("%1", what))
        self.node_id, self.fields = node_id, fields

    def do(self) -> None:
        node_service.update_node(self.plan, self.node_id, **self.fields)


class MoveNode(PlanCommand):
    def __init__(self, what: str, node_id: int, parent_id: int | None, index: int | None):
        super().__init__(QCoreApplication.translate("commands", "Move %1").replace("%1", what))
        self.node_id, self.parent_id, self.index = node_id, parent_id, index

    def do(self) -> None:
        node_service.move_node(self.plan, self.node_id, self.parent_id, self.index)


class DeleteNode(PlanCommand):
    def __init__(self, what: str, node_id: int):
        super().__init__(QCoreApplication.translate("commands", "Delete %1").replace("%1", what))
        self.node_id = node_id

    def do(self) -> None:
        node_service.delete_node(self.plan, self.node_id)


class SetNodeLinks(PlanCommand):
    def __init__(self, what: str, node_id: int, targets: list[int]):
        super().__init__(QCoreApplication.translate("commands", "Change what %1 serves").replace("%1", what))
        self.node_id, self.targets = node_id, targets

    def do(self) -> None:
        node_service.set_node_links(self.plan, self.node_id, self.targets)


class SetNodeSdgs(PlanCommand):
    def __init__(self, what: str, node_id: int, numbers: list[int]):
        super().__init__(QCoreApplication.translate("commands", "Change Agenda 2030 goals of %1").replace("%1", what))
        self.node_id, self.numbers = node_id, numbers

    def do(self) -> None:
        node_service.set_node_sdgs(self.plan, self.node_id, self.numbers)


# --- organisational units ------------------------------------------------------------------------------


class CreateUnit(PlanCommand):
    def __init__(self, *, name: str, kind: str, parent_id: int | None):
        super().__init__(QCoreApplication.translate("commands", "Add unit"))
        self.args = dict(name=name, kind=kind, parent_id=parent_id)
        self.unit_id: int | None = None

    def do(self) -> None:
        self.unit_id = unit_service.create_unit(self.plan, **self.args)


class UpdateUnit(PlanCommand):
    def __init__(self, unit_id: int, **fields: Any):
        super().__init__(QCoreApplication.translate("commands", "Edit unit"))
        self.unit_id, self.fields = unit_id, fields

    def do(self) -> None:
        unit_service.update_unit(self.plan, self.unit_id, **self.fields)


class MoveUnit(PlanCommand):
    def __init__(self, unit_id: int, parent_id: int | None, index: int | None):
        super().__init__(QCoreApplication.translate("commands", "Move unit"))
        self.unit_id, self.parent_id, self.index = unit_id, parent_id, index

    def do(self) -> None:
        unit_service.move_unit(self.plan, self.unit_id, self.parent_id, self.index)


class DeleteUnit(PlanCommand):
    def __init__(self, unit_id: int):
        super().__init__(QCoreApplication.translate("commands", "Delete unit"))
        self.unit_id = unit_id

    def do(self) -> None:
        unit_service.delete_unit(self.plan, self.unit_id)


# --- the styrmodell's levels -------------------------------------------------------------------------


class CreateLevel(PlanCommand):
    def __init__(self, **args: Any):
        super().__init__(QCoreApplication.translate("commands", "Add level"))
        self.args, self.level_id = args, None

    def do(self) -> None:
        self.level_id = level_service.create_level(self.plan, **self.args)


class UpdateLevel(PlanCommand):
    def __init__(self, level_id: int, **fields: Any):
        super().__init__(QCoreApplication.translate("commands", "Edit level"))
        self.level_id, self.fields = level_id, fields

    def do(self) -> None:
        level_service.update_level(self.plan, self.level_id, **self.fields)


class DeleteLevel(PlanCommand):
    def __init__(self, level_id: int):
        super().__init__(QCoreApplication.translate("commands", "Delete level"))
        self.level_id = level_id

    def do(self) -> None:
        level_service.delete_level(self.plan, self.level_id)


# --- indicators and their measured values -----------------------------------------------------------


class ChangeMeasurements(PlanCommand):
    """Set or clear measured values of one indicator (one cell, or a whole paste): one undo step."""

    def __init__(self, indicator_name: str, indicator_id: int, changes: list):
        # Two texts, not one with %n: lupdate does not see plurals in QCoreApplication.translate.
        if len(changes) == 1:
            text = QCoreApplication.translate("commands", "Change a value of %1").replace("%1", indicator_name)
        else:
            text = (QCoreApplication.translate("commands", "Change %1 values of %2")
                    .replace("%2", indicator_name).replace("%1", str(len(changes))))
        super().__init__(text)
        self.indicator_id, self.changes = indicator_id, changes

    def do(self) -> None:
        from ..models.services.indicators import replace_measurements

        replace_measurements(self.plan, self.indicator_id, self.changes)


class UpdateIndicator(PlanCommand):
    def __init__(self, name: str, indicator_id: int, /, **fields: Any):  # fields may hold a new "name"
        super().__init__(QCoreApplication.translate("commands", "Edit indicator %1").replace("%1", name))
        self.indicator_id, self.fields = indicator_id, fields

    def do(self) -> None:
        from ..models.services.indicators import update_indicator

        update_indicator(self.plan, self.indicator_id, **self.fields)


class SetIndicatorSdgs(PlanCommand):
    def __init__(self, name: str, indicator_id: int, numbers: list[int]):
        super().__init__(QCoreApplication.translate("commands", "Change Agenda 2030 goals of %1").replace("%1", name))
        self.indicator_id, self.numbers = indicator_id, numbers

    def do(self) -> None:
        from ..models.services.indicators import set_indicator_sdgs

        set_indicator_sdgs(self.plan, self.indicator_id, self.numbers)


class CreateIndicator(PlanCommand):
    """A new indicator, at the end of the plan's list, linked at once to the goals given."""

    def __init__(self, name: str, **fields: Any):
        super().__init__(QCoreApplication.translate("commands", "Add indicator %1").replace("%1", name.strip()))
        self.args = dict(name=name, **fields)
        self.indicator_id: int | None = None

    def do(self) -> None:
        from ..models.services.indicators import create_indicator

        self.indicator_id = create_indicator(self.plan, **self.args)


class DeleteIndicator(PlanCommand):
    """An indicator with its measured values and links; undo brings all of them back."""

    def __init__(self, name: str, indicator_id: int):
        super().__init__(QCoreApplication.translate("commands", "Delete indicator %1").replace("%1", name))
        self.indicator_id = indicator_id

    def do(self) -> None:
        from ..models.services.indicators import delete_indicator

        delete_indicator(self.plan, self.indicator_id)


class MoveIndicator(PlanCommand):
    def __init__(self, name: str, indicator_id: int, index: int):
        super().__init__(QCoreApplication.translate("commands", "Move indicator %1").replace("%1", name))
        self.indicator_id, self.index = indicator_id, index

    def do(self) -> None:
        from ..models.services.indicators import move_indicator

        move_indicator(self.plan, self.indicator_id, self.index)


class LinkIndicators(PlanCommand):
    """Indicators linked to one node (dropped on it, or added in its form): one undo step."""

    def __init__(self, node_title: str, indicator_ids: list[int], node_id: int):
        super().__init__(QCoreApplication.translate("commands", "Link indicators to %1").replace("%1", node_title))
        self.indicator_ids, self.node_id = list(indicator_ids), node_id

    def do(self) -> None:
        from ..models.services.indicators import link_indicator

        for indicator_id in self.indicator_ids:
            link_indicator(self.plan, indicator_id, self.node_id)


class UnlinkIndicator(PlanCommand):
    def __init__(self, name: str, indicator_id: int, node_id: int, node_title: str):
        super().__init__(QCoreApplication.translate("commands", "Unlink %1 from %2")
                         .replace("%1", name).replace("%2", node_title))
        self.indicator_id, self.node_id = indicator_id, node_id

    def do(self) -> None:
        from ..models.services.indicators import unlink_indicator

        unlink_indicator(self.plan, self.indicator_id, self.node_id)


class SetIndicatorNodes(PlanCommand):
    """The goals, uppdrag and aktiviteter an indicator is linked to, chosen in its form."""

    def __init__(self, name: str, indicator_id: int, node_ids: list[int]):
        super().__init__(QCoreApplication.translate("commands", "Change the links of %1").replace("%1", name))
        self.indicator_id, self.node_ids = indicator_id, list(node_ids)

    def do(self) -> None:
        from ..models.services.indicators import set_indicator_nodes

        set_indicator_nodes(self.plan, self.indicator_id, self.node_ids)


class SetPlanSetting(PlanCommand):
    """A setting that belongs to the plan, such as the status thresholds (see `models.rules.plan_settings`)."""

    def __init__(self, text: str, key: str, value: Any):
        super().__init__(text)
        self.key, self.value = key, value

    def do(self) -> None:
        from ..models.rules import plan_settings
        from ..models.services.plan_settings import set_setting

        set_setting(self.plan, next(s for s in plan_settings.ALL if s.key == self.key), self.value)


# --- follow-up ---------------------------------------------------------------------------------------------


class SetFollowUp(PlanCommand):
    """Status, assessment or analysis of a goal or uppdrag in a reporting period."""

    def __init__(self, what: str, node_id: int, period_id: int, **fields: Any):
        super().__init__(QCoreApplication.translate("commands", "Follow up %1").replace("%1", what))
        self.node_id, self.period_id, self.fields = node_id, period_id, fields

    def do(self) -> None:
        from ..models.services.calendar import set_follow_up

        set_follow_up(self.plan, self.node_id, self.period_id, **self.fields)


# --- the plan's own fields -------------------------------------------------------------------------------


class UpdateOrganisation(PlanCommand):
    def __init__(self, text: str, **fields: Any):
        super().__init__(text)
        self.fields = fields

    def do(self) -> None:
        unit_service.set_organisation(self.plan, **self.fields)


class UpdatePlan(PlanCommand):
    """The plan's own fields: title, year, mandatperiod, vision, values, decision, note on the cover."""

    def __init__(self, **fields: Any):
        texts = {
            "title": QCoreApplication.translate("commands", "Rename the plan"),
            "year": QCoreApplication.translate("commands", "Change the plan year"),
            "vision": QCoreApplication.translate("commands", "Change the vision"),
            "vision_text": QCoreApplication.translate("commands", "Change the text about the vision"),
            "values": QCoreApplication.translate("commands", "Change the introduction to the values"),
            "decided_by": QCoreApplication.translate("commands", "Change who decides the plan"),
            "decided_on": QCoreApplication.translate("commands", "Change the decision date"),
            "note": QCoreApplication.translate("commands", "Change the note on the cover"),
        }
        text = texts.get(next(iter(fields)), "") if len(fields) == 1 else ""
        super().__init__(text or QCoreApplication.translate("commands", "Change the plan's details"))
        self.fields = fields

    def do(self) -> None:
        unit_service.update_plan(self.plan, **self.fields)


# --- the värdegrund's values -------------------------------------------------------------------------------


class AddValue(PlanCommand):
    def __init__(self, *, name: str, text: str = "", index: int | None = None):
        super().__init__(QCoreApplication.translate("commands", "Add a value"))
        self.args = dict(name=name, text=text, index=index)
        self.value_id: int | None = None

    def do(self) -> None:
        from ..models.services.plan_values import create_value

        self.value_id = create_value(self.plan, **self.args)


class UpdateValue(PlanCommand):
    def __init__(self, value_id: int, **fields: Any):
        super().__init__(QCoreApplication.translate("commands", "Edit a value"))
        self.value_id, self.fields = value_id, fields

    def do(self) -> None:
        from ..models.services.plan_values import update_value

        update_value(self.plan, self.value_id, **self.fields)


class MoveValue(PlanCommand):
    def __init__(self, value_id: int, index: int):
        super().__init__(QCoreApplication.translate("commands", "Move a value"))
        self.value_id, self.index = value_id, index

    def do(self) -> None:
        from ..models.services.plan_values import move_value

        move_value(self.plan, self.value_id, self.index)


class DeleteValue(PlanCommand):
    def __init__(self, value_id: int):
        super().__init__(QCoreApplication.translate("commands", "Delete a value"))
        self.value_id = value_id

    def do(self) -> None:
        from ..models.services.plan_values import delete_value

        delete_value(self.plan, self.value_id)
# --- reporting periods -----------------------------------------------------------------------------------


class CreatePeriod(PlanCommand):
    def __init__(self, **args: Any):
        super().__init__(QCoreApplication.translate("commands", "Add reporting period"))
        self.args, self.period_id = args, None

    def do(self) -> None:
        from ..models.services.calendar import create_period

        self.period_id = create_period(self.plan, **self.args)


class UpdatePeriod(PlanCommand):
    """Rename a period, change its kind, its end or its decision date (which moves its årshjul event)."""

    def __init__(self, what: str, period_id: int, **fields: Any):
        text = (QCoreApplication.translate("commands", "Rename reporting period %1") if set(fields) == {"name"}
                else QCoreApplication.translate("commands", "Edit reporting period %1"))
        super().__init__(text.replace("%1", what))
        self.period_id, self.fields = period_id, fields

    def do(self) -> None:
        from ..models.services.calendar import update_period

        update_period(self.plan, self.period_id, **self.fields)


class DeletePeriod(PlanCommand):
    def __init__(self, what: str, period_id: int):
        super().__init__(QCoreApplication.translate("commands", "Remove reporting period %1").replace("%1", what))
        self.period_id = period_id

    def do(self) -> None:
        from ..models.services.calendar import delete_period

        delete_period(self.plan, self.period_id)


# --- intern kontroll: the risk analysis, the internkontrollplan and the follow-up of its controls ----------


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


# --- ekonomi (issue 16) ------------------------------------------------------------------------------------


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


# --- nulägeskoll and styrdokument (issue 17) ----------------------------------------------------------------


class SetSituationReview(PlanCommand):
    """A section (or its source line) of a unit's nulägeskoll for a year."""

    def __init__(self, unit_name: str, unit_id: int, year: int, **fields: Any):
        super().__init__(QCoreApplication.translate("commands", "Edit the situation review of %1").replace("%1", unit_name))
        self.unit_id, self.year, self.fields = unit_id, year, fields

    def do(self) -> None:
        from ..models.services.control import set_situation_review

        set_situation_review(self.plan, self.unit_id, self.year, **self.fields)


class SetReviewKeyFigures(PlanCommand):
    def __init__(self, unit_name: str, unit_id: int, year: int, indicator_ids: list[int]):
        super().__init__(QCoreApplication.translate("commands", "Choose the key figures of %1").replace("%1", unit_name))
        self.unit_id, self.year, self.indicator_ids = unit_id, year, indicator_ids

    def do(self) -> None:
        from ..models.services.documents import set_review_key_figures

        set_review_key_figures(self.plan, self.unit_id, self.year, self.indicator_ids)


class CreateDocument(PlanCommand):
    def __init__(self, goal_ids: list[int] | None = None, **fields: Any):
        super().__init__(QCoreApplication.translate("commands", "Add governing document"))
        self.fields, self.goal_ids = fields, goal_ids or []
        self.document_id: int | None = None

    def do(self) -> None:
        from ..models.services.control import create_document
        from ..models.services.documents import set_document_goals

        self.document_id = create_document(self.plan, **self.fields)
        if self.goal_ids:
            set_document_goals(self.plan, self.document_id, self.goal_ids)


class UpdateDocument(PlanCommand):
    """A document's fields and, when given, the goals it is linked to: one undo step."""

    def __init__(self, what: str, document_id: int, goal_ids: list[int] | None = None, **fields: Any):
        super().__init__(QCoreApplication.translate("commands", "Edit %1").replace("%1", what))
        self.document_id, self.goal_ids, self.fields = document_id, goal_ids, fields

    def do(self) -> None:
        from ..models.services.documents import set_document_goals, update_document

        if self.fields:
            update_document(self.plan, self.document_id, **self.fields)
        if self.goal_ids is not None:
            set_document_goals(self.plan, self.document_id, self.goal_ids)


class DeleteDocument(PlanCommand):
    def __init__(self, title: str, document_id: int):
        super().__init__(QCoreApplication.translate("commands", "Delete %1").replace("%1", title))
        self.document_id = document_id

    def do(self) -> None:
        from ..models.services.documents import delete_document

        delete_document(self.plan, self.document_id)
