"""The red thread (röda tråden): every aktivitet traces up to a goal, and the plan holds together.

`find_problems` turns the plan's rows (read by `queries.red_thread.check_plan`) into findings, each with a severity, a code, a Swedish message and the node or
indicator it concerns, so the CLI can print them and the GUI can jump to them.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from enum import StrEnum

from ..enums import NodeKind, UnitKind


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


SEVERITY_SV = {Severity.ERROR: "fel", Severity.WARNING: "varning", Severity.INFO: "notering"}


@dataclass(frozen=True)
class Finding:
    severity: Severity
    code: str
    message: str
    node_id: int | None = None
    indicator_id: int | None = None
    unit_id: int | None = None


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

    def name(node_id: int) -> str:
        node = nodes[node_id]
        return f"{levels[node.level_id].name} ”{node.title}”"

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
                                    f"{name(node_id)} ligger överst, men styrmodellen tillåter inte det.", node_id))
        elif node.parent_id is not None and (nodes[node.parent_id].level_id, level.id) not in rules:
            findings.append(Finding(Severity.ERROR, "level_misplaced",
                                    f"{name(node_id)} ligger under {name(node.parent_id)}, vilket styrmodellen inte tillåter.", node_id))
        if level.kind == NodeKind.ACTIVITY and not reaches_goal(node_id):
            findings.append(Finding(Severity.ERROR, "untraced_activity",
                                    f"{name(node_id)} leder inte upp till något mål (röda tråden saknas).", node_id))
        if level.kind in (NodeKind.ASSIGNMENT, NodeKind.MEASURE) and not reaches_goal(node_id):
            findings.append(Finding(Severity.WARNING, "untraced_assignment",
                                    f"{name(node_id)} är inte kopplat till något mål.", node_id))
        if level.kind == NodeKind.GOAL:
            if not children[node_id] or not any(kind(c) == NodeKind.GOAL for c in children[node_id]):
                if not is_measured(node_id):
                    findings.append(Finding(Severity.WARNING, "goal_without_indicator",
                                            f"{name(node_id)} har ingen indikator och inget sätt att mäta.", node_id))
            if node.owner_unit_id is not None:
                goals_per_unit[node.owner_unit_id] += 1
        if level.kind == NodeKind.ASSIGNMENT:
            if node.owner_unit_id is None and not node.responsible.strip():
                findings.append(Finding(Severity.WARNING, "assignment_without_owner",
                                        f"{name(node_id)} saknar ansvarig.", node_id))
            if node.due is None:
                findings.append(Finding(Severity.WARNING, "assignment_without_due",
                                        f"{name(node_id)} saknar slutdatum.", node_id))

    for unit_id, count in goals_per_unit.items():
        unit = units.get(unit_id)
        if unit is not None and unit.kind == UnitKind.COMMITTEE and count > max_goals:
            findings.append(Finding(Severity.WARNING, "too_many_goals",
                                    f"{unit.name} har {count} mål; styr på färre mål (högst {max_goals} per nämnd).",
                                    unit_id=unit_id))
    for indicator in indicators.values():
        if not nodes_of_indicator[indicator.id]:
            findings.append(Finding(Severity.WARNING, "indicator_unlinked",
                                    f"Indikatorn ”{indicator.name}” är inte kopplad till något mål.",
                                    indicator_id=indicator.id))
        elif indicator.target is None:
            findings.append(Finding(Severity.INFO, "indicator_without_target",
                                    f"Indikatorn ”{indicator.name}” har inget målvärde; den följs men bedöms inte.",
                                    indicator_id=indicator.id))
    return findings


def has_errors(findings: list[Finding]) -> bool:
    return any(f.severity == Severity.ERROR for f in findings)
