"""Every edit of a plan as an undo command. Commands hold ids and values, never QModelIndex.

Each one calls the services in `models/services`; the stack replays them backwards and forwards.
A deleted node comes back from its snapshot with the same ids, so later commands that name those
ids (a rename before the delete, say) still find them when undone in turn.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ..models.services import levels as level_service
from ..models.services import nodes as node_service
from ..models.services import organisation as unit_service
from .document import INDICATORS, LEVELS, NODES, PLAN, UNITS, PlanCommand

# --- nodes -------------------------------------------------------------------------------------------


class CreateNode(PlanCommand):
    def __init__(self, what: str, *, level_id: int, parent_id: int | None, index: int | None, title: str,
                 **fields: Any):
        super().__init__(QCoreApplication.translate("commands", "Add %1").replace("%1", what))
        self.args = dict(level_id=level_id, parent_id=parent_id, index=index, title=title, **fields)
        self.node_id: int | None = None
        self.snapshot = None

    def do(self) -> None:
        self.node_id = node_service.create_node(self.plan, **self.args)

    def undo_it(self) -> None:
        self.snapshot = node_service.delete_node(self.plan, self.node_id)

    def redo_it(self) -> None:
        node_service.restore_nodes(self.plan, self.snapshot)


class CopyNode(CreateNode):
    """Paste a copy of a node (and all beneath it)."""

    def __init__(self, what: str, *, source_id: int, parent_id: int | None, index: int | None):
        PlanCommand.__init__(self, QCoreApplication.translate("commands", "Paste %1").replace("%1", what))
        self.source_id, self.parent_id, self.index = source_id, parent_id, index
        self.node_id = None
        self.snapshot = None

    def do(self) -> None:
        self.node_id = node_service.duplicate_node(self.plan, self.source_id, self.parent_id, self.index)


class PasteNodes(CreateNode):
    """Paste a subtree copied in another plan: the data of the clipboard, not an id of this file."""

    def __init__(self, what: str, *, clip: dict[str, Any], tree: str, parent_id: int | None, index: int | None):
        PlanCommand.__init__(self, QCoreApplication.translate("commands", "Paste %1").replace("%1", what))
        self.clip, self.tree, self.parent_id, self.index = clip, tree, parent_id, index
        self.node_id = None
        self.snapshot = None

    def do(self) -> None:
        self.node_id = node_service.paste_nodes(self.plan, self.clip, self.tree, self.parent_id, self.index)


class UpdateNode(PlanCommand):
    def __init__(self, what: str, node_id: int, **fields: Any):
        text = (QCoreApplication.translate("commands", "Rename %1") if set(fields) == {"title"}
                else QCoreApplication.translate("commands", "Edit %1"))
        super().__init__(text.replace("%1", what))
        self.node_id, self.fields, self.old = node_id, fields, {}

    def do(self) -> None:
        self.old = node_service.update_node(self.plan, self.node_id, **self.fields)

    def undo_it(self) -> None:
        node_service.update_node(self.plan, self.node_id, **self.old)


class MoveNode(PlanCommand):
    def __init__(self, what: str, node_id: int, parent_id: int | None, index: int | None):
        super().__init__(QCoreApplication.translate("commands", "Move %1").replace("%1", what))
        self.node_id, self.parent_id, self.index = node_id, parent_id, index
        self.old: tuple[int | None, int] | None = None

    def do(self) -> None:
        self.old = node_service.move_node(self.plan, self.node_id, self.parent_id, self.index)

    def undo_it(self) -> None:
        node_service.move_node(self.plan, self.node_id, *self.old)


class DeleteNode(PlanCommand):
    def __init__(self, what: str, node_id: int):
        super().__init__(QCoreApplication.translate("commands", "Delete %1").replace("%1", what))
        self.node_id = node_id
        self.snapshot = None

    def do(self) -> None:
        self.snapshot = node_service.delete_node(self.plan, self.node_id)

    def undo_it(self) -> None:
        node_service.restore_nodes(self.plan, self.snapshot)


class SetNodeLinks(PlanCommand):
    def __init__(self, what: str, node_id: int, targets: list[int]):
        super().__init__(QCoreApplication.translate("commands", "Change what %1 serves").replace("%1", what))
        self.node_id, self.targets, self.old = node_id, targets, []

    def do(self) -> None:
        self.old = node_service.set_node_links(self.plan, self.node_id, self.targets)

    def undo_it(self) -> None:
        node_service.set_node_links(self.plan, self.node_id, self.old)


class SetNodeSdgs(PlanCommand):
    def __init__(self, what: str, node_id: int, numbers: list[int]):
        super().__init__(QCoreApplication.translate("commands", "Change Agenda 2030 goals of %1").replace("%1", what))
        self.node_id, self.numbers, self.old = node_id, numbers, []

    def do(self) -> None:
        self.old = node_service.set_node_sdgs(self.plan, self.node_id, self.numbers)

    def undo_it(self) -> None:
        node_service.set_node_sdgs(self.plan, self.node_id, self.old)


# --- organisational units ------------------------------------------------------------------------------


class UnitCommand(PlanCommand):
    topics = (UNITS, NODES)


class CreateUnit(UnitCommand):
    def __init__(self, *, name: str, kind: str, parent_id: int | None):
        super().__init__(QCoreApplication.translate("commands", "Add unit"))
        self.args = dict(name=name, kind=kind, parent_id=parent_id)
        self.unit_id: int | None = None
        self.snapshot = None

    def do(self) -> None:
        self.unit_id = unit_service.create_unit(self.plan, **self.args)

    def undo_it(self) -> None:
        self.snapshot = unit_service.delete_unit(self.plan, self.unit_id)

    def redo_it(self) -> None:
        unit_service.restore_units(self.plan, self.snapshot)


class UpdateUnit(UnitCommand):
    def __init__(self, unit_id: int, **fields: Any):
        super().__init__(QCoreApplication.translate("commands", "Edit unit"))
        self.unit_id, self.fields, self.old = unit_id, fields, {}

    def do(self) -> None:
        self.old = unit_service.update_unit(self.plan, self.unit_id, **self.fields)

    def undo_it(self) -> None:
        unit_service.update_unit(self.plan, self.unit_id, **self.old)


class MoveUnit(UnitCommand):
    def __init__(self, unit_id: int, parent_id: int | None, index: int | None):
        super().__init__(QCoreApplication.translate("commands", "Move unit"))
        self.unit_id, self.parent_id, self.index, self.old = unit_id, parent_id, index, None

    def do(self) -> None:
        self.old = unit_service.move_unit(self.plan, self.unit_id, self.parent_id, self.index)

    def undo_it(self) -> None:
        unit_service.move_unit(self.plan, self.unit_id, *self.old)


class DeleteUnit(UnitCommand):
    def __init__(self, unit_id: int):
        super().__init__(QCoreApplication.translate("commands", "Delete unit"))
        self.unit_id, self.snapshot = unit_id, None

    def do(self) -> None:
        self.snapshot = unit_service.delete_unit(self.plan, self.unit_id)

    def undo_it(self) -> None:
        unit_service.restore_units(self.plan, self.snapshot)


# --- the styrmodell's levels -------------------------------------------------------------------------


class LevelCommand(PlanCommand):
    topics = (LEVELS, NODES)


class CreateLevel(LevelCommand):
    def __init__(self, **args: Any):
        super().__init__(QCoreApplication.translate("commands", "Add level"))
        self.args, self.level_id, self.snapshot = args, None, None

    def do(self) -> None:
        self.level_id = level_service.create_level(self.plan, **self.args)

    def undo_it(self) -> None:
        self.snapshot = level_service.delete_level(self.plan, self.level_id)

    def redo_it(self) -> None:
        level_service.restore_level(self.plan, self.snapshot)


class UpdateLevel(LevelCommand):
    def __init__(self, level_id: int, **fields: Any):
        super().__init__(QCoreApplication.translate("commands", "Edit level"))
        self.level_id, self.fields, self.old = level_id, fields, {}

    def do(self) -> None:
        self.old = level_service.update_level(self.plan, self.level_id, **self.fields)

    def undo_it(self) -> None:
        level_service.update_level(self.plan, self.level_id, **self.old)


class SetLevelParents(LevelCommand):
    def __init__(self, level_id: int, parent_ids: list[int]):
        super().__init__(QCoreApplication.translate("commands", "Change where a level may sit"))
        self.level_id, self.parent_ids, self.old = level_id, parent_ids, []

    def do(self) -> None:
        self.old = level_service.set_level_rules(self.plan, self.level_id, self.parent_ids)

    def undo_it(self) -> None:
        level_service.set_level_rules(self.plan, self.level_id, self.old)


class DeleteLevel(LevelCommand):
    def __init__(self, level_id: int):
        super().__init__(QCoreApplication.translate("commands", "Delete level"))
        self.level_id, self.snapshot = level_id, None

    def do(self) -> None:
        self.snapshot = level_service.delete_level(self.plan, self.level_id)

    def undo_it(self) -> None:
        level_service.restore_level(self.plan, self.snapshot)


# --- indicators and their measured values -----------------------------------------------------------


class ChangeMeasurements(PlanCommand):
    """Set or clear measured values of one indicator (one cell, or a whole paste): one undo step."""

    topics = (INDICATORS,)

    def __init__(self, indicator_name: str, indicator_id: int, changes: list):
        # Two texts, not one with %n: lupdate does not see plurals in QCoreApplication.translate.
        if len(changes) == 1:
            text = QCoreApplication.translate("commands", "Change a value of %1").replace("%1", indicator_name)
        else:
            text = (QCoreApplication.translate("commands", "Change %1 values of %2")
                    .replace("%2", indicator_name).replace("%1", str(len(changes))))
        super().__init__(text)
        self.indicator_id, self.changes, self.before = indicator_id, changes, []

    def do(self) -> None:
        from ..models.services.indicators import replace_measurements

        self.before = replace_measurements(self.plan, self.indicator_id, self.changes)

    def undo_it(self) -> None:
        from ..models.services.indicators import replace_measurements

        replace_measurements(self.plan, self.indicator_id, self.before)


class UpdateIndicator(PlanCommand):
    topics = (INDICATORS,)

    def __init__(self, name: str, indicator_id: int, **fields: Any):
        super().__init__(QCoreApplication.translate("commands", "Edit indicator %1").replace("%1", name))
        self.indicator_id, self.fields, self.old = indicator_id, fields, {}

    def do(self) -> None:
        from ..models.services.indicators import update_indicator

        self.old = update_indicator(self.plan, self.indicator_id, **self.fields)

    def undo_it(self) -> None:
        from ..models.services.indicators import update_indicator

        update_indicator(self.plan, self.indicator_id, **self.old)


class SetIndicatorSdgs(PlanCommand):
    topics = (INDICATORS,)

    def __init__(self, name: str, indicator_id: int, numbers: list[int]):
        super().__init__(QCoreApplication.translate("commands", "Change Agenda 2030 goals of %1").replace("%1", name))
        self.indicator_id, self.numbers, self.old = indicator_id, numbers, []

    def do(self) -> None:
        from ..models.services.indicators import set_indicator_sdgs

        self.old = set_indicator_sdgs(self.plan, self.indicator_id, self.numbers)

    def undo_it(self) -> None:
        from ..models.services.indicators import set_indicator_sdgs

        set_indicator_sdgs(self.plan, self.indicator_id, self.old)


class SetPlanSetting(PlanCommand):
    """A setting that belongs to the plan, such as the status thresholds (see `models.plan_settings`)."""

    topics = (INDICATORS, NODES)

    def __init__(self, text: str, key: str, value: Any):
        super().__init__(text)
        self.key, self.value, self.old = key, value, None

    def _setting(self):
        from ..models.rules import plan_settings

        return next(s for s in plan_settings.ALL if s.key == self.key)

    def do(self) -> None:
        from ..models.services.plan_settings import set_setting

        self.old = set_setting(self.plan, self._setting(), self.value)

    def undo_it(self) -> None:
        from ..models.services.plan_settings import set_setting

        set_setting(self.plan, self._setting(), self.old)


# --- follow-up ---------------------------------------------------------------------------------------------


class SetFollowUp(PlanCommand):
    """Status, assessment or analysis of a goal or uppdrag in a reporting period."""

    def __init__(self, what: str, node_id: int, period_id: int, **fields: Any):
        super().__init__(QCoreApplication.translate("commands", "Follow up %1").replace("%1", what))
        self.node_id, self.period_id, self.fields, self.before = node_id, period_id, fields, None

    def do(self) -> None:
        from ..models.services.calendar import follow_up_state, set_follow_up

        self.before = follow_up_state(self.plan, self.node_id, self.period_id)
        set_follow_up(self.plan, self.node_id, self.period_id, **self.fields)

    def undo_it(self) -> None:
        from ..models.services.calendar import restore_follow_up

        restore_follow_up(self.plan, self.node_id, self.period_id, self.before)


# --- the plan's own fields -------------------------------------------------------------------------------


class UpdateOrganisation(PlanCommand):
    topics = (PLAN,)

    def __init__(self, text: str, **fields: Any):
        super().__init__(text)
        self.fields, self.old = fields, {}

    def do(self) -> None:
        self.old = unit_service.set_organisation(self.plan, **self.fields)

    def undo_it(self) -> None:
        unit_service.set_organisation(self.plan, **self.old)


class UpdatePlan(PlanCommand):
    topics = (PLAN,)

    def __init__(self, **fields: Any):
        super().__init__(QCoreApplication.translate("commands", "Edit the plan"))
        self.fields, self.old = fields, {}

    def do(self) -> None:
        self.old = unit_service.update_plan(self.plan, **self.fields)

    def undo_it(self) -> None:
        unit_service.update_plan(self.plan, **self.old)
