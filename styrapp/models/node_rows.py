"""Reading a whole tree at once, and one node in full: what the tree editors and their forms show.

`read_tree` is one pass over the tree's rows (fast enough for 2,000 nodes in a few milliseconds);
the editors diff its result against what they show, so every edit becomes precise change signals.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select

from .enums import NodeKind, Status
from .plan_file import PlanFile
from .plan_status import node_statuses
from .tables import GovernanceLevel, IndicatorNode, LevelRule, Node, NodeLink, NodeSdg, OrgUnit


@dataclass(frozen=True)
class NodeRow:
    """One node as a tree row: its place, and the values its columns show."""

    id: int
    parent_id: int | None
    level_id: int
    level_name: str
    kind: str
    title: str
    owner: str
    responsible: str
    status: Status | None
    start: date | None
    due: date | None
    progress: str
    indicators: int
    colour: str  # its målområde's colour, inherited by everything beneath it


@dataclass
class TreeData:
    rows: list[NodeRow]  # parents before children, siblings in order
    children: dict[int | None, list[int]]


def read_tree(plan: PlanFile, tree: str) -> TreeData:
    statuses = node_statuses(plan)
    with plan.session() as session:
        levels = {lv.id: lv for lv in session.execute(select(GovernanceLevel).where(GovernanceLevel.tree == tree)).scalars()}
        units = dict(session.execute(select(OrgUnit.id, OrgUnit.name)).all())
        counts = Counter(dict(session.execute(
            select(IndicatorNode.node_id, func.count()).group_by(IndicatorNode.node_id)).all()))
        nodes = session.execute(
            select(Node.id, Node.parent_id, Node.level_id, Node.title, Node.owner_unit_id, Node.responsible,
                   Node.start, Node.due, Node.progress, Node.colour)
            .where(Node.level_id.in_(levels)).order_by(Node.position, Node.id)
        ).all()
    children: dict[int | None, list[int]] = {None: []}
    by_id = {}
    for node in nodes:
        children.setdefault(node.parent_id, []).append(node.id)
        by_id[node.id] = node
    rows: list[NodeRow] = []

    def visit(parent_id: int | None, inherited: str | None) -> None:
        for node_id in children.get(parent_id, ()):
            node = by_id[node_id]
            level = levels[node.level_id]
            colour = node.colour or inherited or level.colour
            rows.append(NodeRow(
                id=node.id, parent_id=node.parent_id, level_id=node.level_id, level_name=level.name, kind=level.kind,
                title=node.title, owner=units.get(node.owner_unit_id, ""), responsible=node.responsible,
                status=statuses.get(node.id), start=node.start, due=node.due, progress=node.progress,
                indicators=counts.get(node.id, 0), colour=colour,
            ))
            visit(node_id, node.colour or inherited)

    visit(None, None)
    return TreeData(rows=rows, children=children)


@dataclass
class NodeDetails:
    """Everything the detail form edits for one node, with the choices its fields offer."""

    node: Node
    level: GovernanceLevel
    is_root_level: bool
    serves: list[int] = field(default_factory=list)  # ids of the nodes this one serves
    sdgs: list[int] = field(default_factory=list)
    link_choices: list[tuple[int, int, str]] = field(default_factory=list)  # (id, depth, title) in tree order
    units: list[tuple[int, int, str]] = field(default_factory=list)  # (id, depth, name) in tree order


def node_details(plan: PlanFile, node_id: int) -> NodeDetails:
    from .services._common import get_or_fail

    with plan.session() as session:
        node = get_or_fail(session, Node, node_id)
        level = get_or_fail(session, GovernanceLevel, node.level_id)
        session.expunge(node)
        session.expunge(level)
        serves = sorted(session.execute(select(NodeLink.target_id).where(NodeLink.source_id == node_id)).scalars())
        sdgs = sorted(session.execute(select(NodeSdg.sdg).where(NodeSdg.node_id == node_id)).scalars())
        has_parents = session.execute(select(LevelRule).where(LevelRule.child_level_id == level.id)).first()
        units = _flatten(session.execute(select(OrgUnit.id, OrgUnit.parent_id, OrgUnit.name)
                                         .order_by(OrgUnit.position, OrgUnit.id)).all())
    # An uppdrag, åtgärd or aktivitet serves goals (and an aktivitet may serve an uppdrag too).
    choices: list[tuple[int, int, str]] = []
    if level.kind != NodeKind.GOAL.value:
        choices = [(row.id, depth, row.title) for row, depth in _with_depth(read_tree(plan, "goals").rows)
                   if row.id != node_id]
        if level.tree == "goals" or level.kind == NodeKind.ACTIVITY.value:
            choices += [(row.id, depth, row.title) for row, depth in _with_depth(read_tree(plan, "assignments").rows)
                        if row.id != node_id and row.kind != NodeKind.ACTIVITY.value]
    return NodeDetails(node=node, level=level, is_root_level=level.allowed_at_root and not has_parents,
                       serves=serves, sdgs=sdgs, link_choices=choices, units=units)


def _with_depth(rows: list[NodeRow]):
    depth: dict[int | None, int] = {None: -1}
    for row in rows:
        depth[row.id] = depth[row.parent_id] + 1
        yield row, depth[row.id]


def _flatten(units) -> list[tuple[int, int, str]]:
    children: dict[int | None, list] = {}
    for unit in units:
        children.setdefault(unit.parent_id, []).append(unit)
    out: list[tuple[int, int, str]] = []

    def visit(parent_id, depth):
        for unit in children.get(parent_id, ()):
            out.append((unit.id, depth, unit.name))
            visit(unit.id, depth + 1)

    visit(None, 0)
    return out
