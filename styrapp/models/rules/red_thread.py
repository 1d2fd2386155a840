"""The red thread (röda tråden): every aktivitet traces up to a goal, and the plan holds together.

`find_problems` turns the plan's rows (read by `queries.red_thread.check_plan`) into findings, each with a severity, a code, its values (worded where shown, in the
window's or the CLI's language) and the node or indicator it concerns, so the CLI can print them and the GUI can jump to them.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from enum import StrEnum

from ...wording import Phrase, message
from ..enums import NodeKind, UnitKind


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


SEVERITY_WORDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}  # English, worded


@dataclass(frozen=True)
class Finding:
    severity: Severity
    code: str
    values: dict = field(default_factory=dict, hash=False)
    node_id: int | None = None
    indicator_id: int | None = None
    unit_id: int | None = None
    variant: str = ""  # when one code has more than one wording
    risk_id: int | None = None  # a risk of the internkontrollplan

    @property
    def message_code(self) -> str:
        return f"finding.{self.code}" + (f".{self.variant}" if self.variant else "")

    def text(self, language: str | None = None) -> str:
        return message(self.message_code, self.values, language)

    @property
    def message(self) -> str:
        """The finding in the current language (the window's or the CLI's)."""
        return self.text()


@dataclass(frozen=True)
class PlanShape:
    """What the red thread looks at: the plan's levels, rules, nodes, links, indicators and units."""

    levels: dict
    rules: set
    nodes: dict
    links: list
    indicator_links: list
    indicators: dict
    units: dict
    max_goals: int


def find_problems(shape: PlanShape) -> list[Finding]:
    levels, rules, nodes, links = shape.levels, shape.rules, shape.nodes, shape.links
    ind_links, indicators, units, max_goals = shape.indicator_links, shape.indicators, shape.units, shape.max_goals
    children: dict[int | None, list[int]] = defaultdict(list)
    for node in nodes.values():
        children[node.parent_id].append(node.id)
    serves: dict[int, list[int]] = defaultdict(list)
    for source, target in links:
        serves[source].append(target)
    indicators_of: dict[int, list[int]] = defaultdict(list)
    nodes_of_indicator: dict[int, list[int]] = defaultdict(list)
    for indicator_id, node_id in ind_links:
        indicators_of[node_id].append(indicator_id)
        nodes_of_indicator[indicator_id].append(node_id)

    def kind(node_id: int) -> str:
        return levels[nodes[node_id].level_id].kind

    reaches: dict[int, bool] = {}

    def reaches_goal(node_id: int, seen: frozenset[int] = frozenset()) -> bool:
        if node_id in reaches:
            return reaches[node_id]
        if kind(node_id) == NodeKind.GOAL:
            return True
        if node_id in seen:
            return False
        seen = seen | {node_id}
        node = nodes[node_id]
        upward = ([node.parent_id] if node.parent_id is not None else []) + serves[node_id]
        found = any(reaches_goal(other, seen) for other in upward)
        if not found:  # an aktivitet may serve an indicator that measures a goal (NVK)
            found = any(kind(n) == NodeKind.GOAL for i in indicators_of[node_id] for n in nodes_of_indicator[i])
        reaches[node_id] = found
        return found

    findings: list[Finding] = []

    def name(node_id: int) -> Phrase:
        node = nodes[node_id]
        return Phrase("{level} “{title}”", level=levels[node.level_id].name, title=node.title)

    measured: dict[int, bool] = {}

    def is_measured(node_id: int) -> bool:
        if node_id not in measured:
            node = nodes[node_id]
            measured[node_id] = bool(indicators_of[node_id]) or bool(node.how_measured.strip()) or any(
                kind(c) == NodeKind.GOAL and is_measured(c) for c in children[node_id]
            )
        return measured[node_id]

    def walk(parent_id: int | None):  # depth first, in tree order, so findings read like the plan
        for node_id in children[parent_id]:
            yield node_id
            yield from walk(node_id)

    goals_per_unit: dict[int, int] = defaultdict(int)
    for node_id in walk(None):
        node = nodes[node_id]
        level = levels[node.level_id]
        if node.parent_id is None and not level.allowed_at_root:
            findings.append(Finding(Severity.ERROR, "level_misplaced",
                                    {"node": name(node_id)}, node_id, variant="top"))
        elif node.parent_id is not None and (nodes[node.parent_id].level_id, level.id) not in rules:
            findings.append(Finding(Severity.ERROR, "level_misplaced",
                                    {"node": name(node_id), "parent": name(node.parent_id)}, node_id, variant="under"))
        if level.kind == NodeKind.ACTIVITY and not reaches_goal(node_id):
            findings.append(Finding(Severity.ERROR, "untraced_activity",
                                    {"node": name(node_id)}, node_id))
        if level.kind in (NodeKind.ASSIGNMENT, NodeKind.MEASURE) and not reaches_goal(node_id):
            findings.append(Finding(Severity.WARNING, "untraced_assignment",
                                    {"node": name(node_id)}, node_id))
        if level.kind == NodeKind.GOAL:
            if not children[node_id] or not any(kind(c) == NodeKind.GOAL for c in children[node_id]):
                if not is_measured(node_id):
                    findings.append(Finding(Severity.WARNING, "goal_without_indicator",
                                            {"node": name(node_id)}, node_id))
            if node.owner_unit_id is not None:
                goals_per_unit[node.owner_unit_id] += 1
        if level.kind == NodeKind.ASSIGNMENT:
            if node.owner_unit_id is None and not node.responsible.strip():
                findings.append(Finding(Severity.WARNING, "assignment_without_owner",
                                        {"node": name(node_id)}, node_id))
            if node.due is None:
                findings.append(Finding(Severity.WARNING, "assignment_without_due",
                                        {"node": name(node_id)}, node_id))

    for unit_id, count in goals_per_unit.items():
        unit = units.get(unit_id)
        if unit is not None and unit.kind == UnitKind.COMMITTEE and count > max_goals:
            findings.append(Finding(Severity.WARNING, "too_many_goals",
                                    {"unit": unit.name, "count": count, "most": max_goals},
                                    unit_id=unit_id))
    for indicator in indicators.values():
        if not nodes_of_indicator[indicator.id]:
            findings.append(Finding(Severity.WARNING, "indicator_unlinked",
                                    {"name": indicator.name},
                                    indicator_id=indicator.id))
        elif indicator.target is None:
            findings.append(Finding(Severity.INFO, "indicator_without_target",
                                    {"name": indicator.name},
                                    indicator_id=indicator.id))
    return findings


def find_control_problems(controls: list, today) -> list[Finding]:
    """The internkontrollplan's red thread: a chosen risk needs a control (kontrollmoment) and someone
    responsible for it, and once the period it is reported in has ended, a follow-up in that period.
    `controls` are `queries.control_rows.ControlDue` rows; `today` decides which periods have ended."""
    from ...wording import long_date

    findings: list[Finding] = []
    for due in controls:
        if not due.control.strip():
            findings.append(Finding(Severity.WARNING, "chosen_risk_without_control", {"title": due.title},
                                    risk_id=due.risk_id))
        if not due.responsible.strip():
            findings.append(Finding(Severity.WARNING, "chosen_risk_without_responsible", {"title": due.title},
                                    risk_id=due.risk_id))
        if due.period_end is not None and due.period_end < today and not due.followed_up:
            findings.append(Finding(Severity.WARNING, "control_not_followed_up",
                                    {"title": due.title, "period": due.period, "end": long_date(due.period_end)},
                                    risk_id=due.risk_id))
    return findings


def has_errors(findings: list[Finding]) -> bool:
    return any(f.severity == Severity.ERROR for f in findings)


# --- ekonomi (issue 16) -------------------------------------------------------------------------------


def economy_problems(rows, unit: str = "kr") -> list[Finding]:
    """A unit whose latest full-year forecast exceeds its frame (`rows`: queries.economy.EconomyRow)."""
    from ..enums import LABELS, BudgetKind
    from . import money

    out = []
    for row in rows:
        if row.forecast is not None and row.forecast > row.frame:
            out.append(Finding(Severity.WARNING, "forecast_over_frame", {
                "unit": row.unit or row.name, "kind": Phrase(LABELS[BudgetKind(row.kind)]), "year": row.year,
                "forecast": money.format_with_unit(row.forecast, unit), "frame": money.format_with_unit(row.frame, unit),
                "over": money.format_with_unit(row.forecast - row.frame, unit)}, unit_id=row.unit_id))
    return out
