"""Reading a whole tree at once, and one node in full: what the tree editors and their forms show.

`read_tree` is one pass over the tree's rows (fast enough for 2,000 nodes in a few milliseconds);
the editors diff its result against what they show, so every edit becomes precise change signals.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select

from ..enums import NodeKind
from ..file.plan_file import PlanFile
from ..file.year_scope import year_in_view
from ..tables import GovernanceLevel, LevelRule, Node, NodeLink, NodeSdg, NodeSource, OrgUnit
from .tree_rows import TreeData, TreePart, read_part, read_rows


def read_tree(plan: PlanFile, tree: str, *, indicators: bool = False) -> TreeData:
    """The whole tree in one query, through the open plan's connection (with `indicators`, the goal
    tree's indicator rows too: see `tree_rows.read_rows`)."""
    with plan.session() as session:  # plain DB-API rows: a thousand of SQLAlchemy's Row objects cost more
        connection = session.connection().connection.dbapi_connection
        return read_rows(lambda sql, params: connection.execute(sql, params).fetchall(), tree,
                         year=year_in_view(session), indicators=indicators)


def read_tree_part(plan: PlanFile, tree: str, ids: set[int], parents: set[int | None], *,
                   indicators: bool = False) -> TreePart:
    """What an edit that touched `ids` changed in the tree (see `tree_rows.read_part`)."""
    with plan.session() as session:
        connection = session.connection().connection.dbapi_connection
        return read_part(lambda sql, params: connection.execute(sql, params).fetchall(), tree, ids, parents,
                         year=year_in_view(session), indicators=indicators)


def tree_titles(plan: PlanFile, tree: str, skip: int | None = None) -> list[tuple[int, int, str, str]]:
    """(id, depth, title, kind) of a tree's nodes in order: the light read the link lists need."""
    with plan.session() as session:
        rows = session.connection().exec_driver_sql(
            "SELECT n.id, n.parent_id, n.title, l.kind FROM node n JOIN governance_level l ON l.id = n.level_id "
            "WHERE l.tree = ? AND n.year = ? ORDER BY n.position, n.id", (str(tree), year_in_view(session))).all()
    children: dict[int | None, list] = {}
    for row in rows:
        children.setdefault(row[1], []).append(row)
    out: list[tuple[int, int, str, str]] = []
    stack = [(row, 0) for row in reversed(children.get(None, []))]
    while stack:
        (ident, _parent, title, kind), depth = stack.pop()
        if ident != skip:
            out.append((ident, depth, title, kind))
        stack.extend((child, depth + 1) for child in reversed(children.get(ident, [])))
    return out


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
    indicators: list[tuple[int, str]] = field(default_factory=list)  # (id, name) of those linked to it
    indicator_choices: list[tuple[int, str]] = field(default_factory=list)  # (id, name) of every indicator
    indicator_word: str = ""  # what the organisation calls its indicators ("Nyckeltal"), if it says
    source: NodeSource | None = None  # uppdragsgivarens mål: where it was fetched from (read-only here)


def node_details(plan: PlanFile, node_id: int) -> NodeDetails:
    from ._common import get_or_fail

    with plan.session() as session:
        node = get_or_fail(session, Node, node_id)
        level = get_or_fail(session, GovernanceLevel, node.level_id)
        session.expunge(node)
        session.expunge(level)
        source = session.get(NodeSource, node_id)
        if source is not None:
            session.expunge(source)
        serves = sorted(session.execute(select(NodeLink.target_id).where(NodeLink.source_id == node_id)).scalars())
        sdgs = sorted(session.execute(select(NodeSdg.sdg).where(NodeSdg.node_id == node_id)).scalars())
        has_parents = session.execute(select(LevelRule).where(LevelRule.child_level_id == level.id)).first()
        units = _flatten(session.execute(select(OrgUnit.id, OrgUnit.parent_id, OrgUnit.name)
                                         .order_by(OrgUnit.position, OrgUnit.id)).all())
    # An uppdrag, åtgärd or aktivitet serves goals (and an aktivitet may serve an uppdrag too).
    # Uppdrag and åtgärder serve goals; an aktivitet serves goals or an uppdrag/åtgärd. Nothing serves
    # an aktivitet, and goals serve nothing (they sit in their own tree).
    choices: list[tuple[int, int, str]] = []
    if level.kind != NodeKind.GOAL.value:
        choices = [(i, depth, title) for i, depth, title, kind in tree_titles(plan, "goals", skip=node_id)
                   if kind != NodeKind.ACTIVITY.value]
        if level.kind == NodeKind.ACTIVITY.value:
            choices += [(i, depth, title) for i, depth, title, kind in tree_titles(plan, "assignments", skip=node_id)
                        if kind != NodeKind.ACTIVITY.value]
    from ..rules.plan_settings import INDICATOR_NAME
    from .indicator_links import indicator_names, node_indicators
    from .plan_settings import get_setting

    return NodeDetails(node=node, level=level, is_root_level=level.allowed_at_root and not has_parents,
                       serves=serves, sdgs=sdgs, link_choices=choices, units=units,
                       indicators=node_indicators(plan, node_id), indicator_choices=indicator_names(plan),
                       indicator_word=get_setting(plan, INDICATOR_NAME).strip(), source=source)


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
