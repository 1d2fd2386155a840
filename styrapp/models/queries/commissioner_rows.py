"""What the report back to the uppdragsgivare (återrapport) holds: the goals that came from an
uppdragsgivare, grouped by its organisation and plan, each with this plan's own goals beneath it and
the work (uppdrag, åtgärder, aktiviteter) that serves it or those goals, with the work beneath that.
Qt-free; made from the trees a report has read once (`report_rows.read_trees`)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..enums import NodeKind
from .report_rows import GoalRow, Scope, Trees, WorkRow, _work_row


@dataclass
class CommissionedGoal:
    goal: GoalRow
    own_goals: list[GoalRow] = field(default_factory=list)  # this plan's goals beneath it (a nämndmål under KF's goal)
    work: list[tuple[int, WorkRow]] = field(default_factory=list)  # (depth under the first work row, row), tree order


@dataclass
class SourceGroup:
    """One uppdragsgivare's plan and the goals this plan has from it."""

    organisation: str
    plan: str  # the source plan's title (with its year)
    goals: list[CommissionedGoal] = field(default_factory=list)


def commissioned_goals(trees: Trees, goals: list[GoalRow], scope: Scope | None = None) -> list[SourceGroup]:
    """The goals of `goals` (a report's goal rows, in tree order) that came from an uppdragsgivare,
    grouped by source organisation and plan in the order they first appear. A goal's own goals are the
    goals beneath it that this plan set itself, down to the next uppdragsgivarens mål (which is
    reported on its own); its work is the aktiviteter beneath it in the goal tree, what serves it or one
    of those own goals, and what lies beneath that work in the uppdrag tree (with a scope: what the
    scope's units own)."""
    parent = {row.id: row.parent_id for row in trees.goals}
    by_id = {g.node.id: g for g in goals}
    beneath: dict[int, list[GoalRow]] = {}  # a goal from an uppdragsgivare → this plan's rows beneath it
    for g in goals:
        if g.source is None:
            above = _nearest_commissioned(g.node.id, parent, by_id)
            if above is not None:
                beneath.setdefault(above, []).append(g)
    rows = {row.id: row for row in trees.goals}
    groups: dict[tuple[str, str], SourceGroup] = {}
    for goal in goals:
        if goal.source is None:
            continue
        key = (goal.source.organisation, goal.source.plan)
        group = groups.setdefault(key, SourceGroup(*key))
        mine = beneath.get(goal.node.id, [])
        own = [g for g in mine if g.node.kind == NodeKind.GOAL.value]
        in_goal_tree = [(_depth_below_a_goal(g.node.id, rows), _work_row(g.node, trees.nodes[g.node.id]))
                        for g in mine if g.node.kind != NodeKind.GOAL.value]  # NVK's aktiviteter under goals
        group.goals.append(CommissionedGoal(goal, own, in_goal_tree + _work_under(trees, [goal, *own], scope)))
    return list(groups.values())


def _nearest_commissioned(ident: int, parent: dict[int, int | None], by_id: dict[int, GoalRow]) -> int | None:
    """The nearest goal above `ident` that came from an uppdragsgivare, or None."""
    ident = parent.get(ident)
    while ident is not None:
        row = by_id.get(ident)
        if row is not None and row.source is not None:
            return ident
        ident = parent.get(ident)
    return None


def _depth_below_a_goal(ident: int, rows: dict) -> int:
    """How many work rows lie between a work row in the goal tree and the goal above it."""
    depth, above = 0, rows[ident].parent_id
    while above is not None and rows[above].kind != NodeKind.GOAL.value:
        depth, above = depth + 1, rows[above].parent_id
    return depth


def _work_under(trees: Trees, goals: list[GoalRow], scope: Scope | None) -> list[tuple[int, WorkRow]]:
    roots = {w.id for g in goals for w in g.work}
    out: list[tuple[int, WorkRow]] = []
    depth: dict[int, int] = {}
    for row in trees.work:  # parents before children
        if row.parent_id in depth:
            depth[row.id] = depth[row.parent_id] + 1
        elif row.id in roots:
            depth[row.id] = 0
        else:
            continue
        node = trees.nodes[row.id]
        if scope is None or node.owner_unit_id in scope.ids or row.id in roots:
            out.append((depth[row.id], _work_row(row, node)))
    return out
