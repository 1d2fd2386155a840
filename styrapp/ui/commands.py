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
