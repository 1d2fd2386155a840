"""Goals, uppdrag, åtgärder and aktiviteter: create, edit, move, link, copy and delete.

The invariants live here: a node sits only where the styrmodell allows its level, never under
itself or its own descendants, siblings are numbered 0…n-1 without gaps, and a delete says first
what goes with it first (`queries.node_facts.delete_impact`). A service returns nothing for its
undo: every edit is recorded by the plan file (`PlanFile.recording`, `revert`), so one undo
contract serves every service alike.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Date, delete, select
from sqlmodel import Session

from ...wording import joined
from ..enums import AssignmentOrigin, Origin, Progress
from ..errors import InvalidMove, InvalidValue, LevelNotAllowed
from ..file.plan_file import PlanFile
from ..file.year_scope import year_in_view
from ..queries import trees
from ..queries._common import get_or_fail
from ..queries.node_clip import CLIP_VERSION, NOT_CONTENT, is_clip, match_level
from ..queries.node_facts import node_siblings
from ..tables import (
    GovernanceLevel,
    Indicator,
    IndicatorNode,
    LevelRule,
    Node,
    NodeLink,
    NodeSdg,
    NodeSource,
    OrgUnit,
    Sdg,
)
from ._common import apply_fields, check_dates, check_title, dump_rows, flush_or_explain, insert_rows
from .tree_order import write_order

NODE_ENUMS = {"origin": Origin, "progress": Progress, "assignment_origin": AssignmentOrigin}
# Fields that the tree structure owns; they change through move_node, not update_node.
STRUCTURAL = ("id", "parent_id", "position", "level_id")


def _rules(session: Session) -> set[tuple[int, int]]:
    return {(r.parent_level_id, r.child_level_id) for r in session.execute(select(LevelRule)).scalars()}


def _check_placement(session: Session, level: GovernanceLevel, parent: Node | None) -> None:
    """Raise LevelNotAllowed unless a node of `level` may sit under `parent` (None: at the top)."""
    if parent is None:
        if not level.allowed_at_root:
            raise LevelNotAllowed("node.not_at_top", level=level.name.lower())
        return
    parent_level = get_or_fail(session, GovernanceLevel, parent.level_id)
    if (parent_level.id, level.id) not in _rules(session):
        allowed = [
            lvl.name.lower()
            for lvl in session.execute(
                select(GovernanceLevel)
                .join(LevelRule, LevelRule.child_level_id == GovernanceLevel.id)
                .where(LevelRule.parent_level_id == parent_level.id)
                .order_by(GovernanceLevel.position)
            ).scalars()
        ]
        parent_name = parent_level.name.lower()
        if allowed:
            raise LevelNotAllowed("node.level_not_under", level=level.name.lower(), parent=parent_name,
                                  allowed=joined(allowed, "or"))
        raise LevelNotAllowed("node.level_not_under_nothing", level=level.name.lower(), parent=parent_name)


def _check_owner(session: Session, owner_unit_id: Any) -> None:
    if owner_unit_id is not None:
        get_or_fail(session, OrgUnit, owner_unit_id)


def _budget_amount_means_impact(node: Node) -> None:
    """An uppdrag with an amount affects the budget, whichever field the user filled in first."""
    if node.budget_amount_tkr is not None:
        node.budget_impact = True


# Uppdragsgivarens mål are the source's to word and place: here only its own fields (owner, links,
# indicators, follow-up) change. The fetch itself (services/commissioner.py) writes them.
FROM_SOURCE = ("title", "description", "origin")  # an uppdragsgivarens mål stays one while linked


def _refuse_if_fetched(session: Session, node: Node) -> None:
    source = session.get(NodeSource, node.id)
    if source is not None:
        raise InvalidValue("node.from_commissioner", title=node.title, organisation=source.organisation)


# --- creating and editing ----------------------------------------------------------------------


def _year(session: Session) -> int:
    """The plan year a new node belongs to: the one in view."""
    year = year_in_view(session)
    if year is None:
        raise InvalidValue("year.none")
    return year


def create_node(
    plan: PlanFile,
    *,
    level_id: int,
    title: str,
    parent_id: int | None = None,
    index: int | None = None,
    **fields: Any,
) -> int:
    """Add a node of `level_id` under `parent_id` at `index` (default: last). Returns its id."""
    title = check_title(title)
    with plan.transaction() as session:
        level = get_or_fail(session, GovernanceLevel, level_id)
        parent = get_or_fail(session, Node, parent_id) if parent_id is not None else None
        _check_placement(session, level, parent)
        _check_owner(session, fields.get("owner_unit_id"))
        check_dates(fields.get("start"), fields.get("due"))
        node = Node(level_id=level_id, parent_id=parent_id, title=title, position=0, year=_year(session))
        apply_fields(node, fields, enums=NODE_ENUMS, forbidden=STRUCTURAL)
        _budget_amount_means_impact(node)
        session.add(node)
        flush_or_explain(session)
        siblings = [i for i in node_siblings(session, parent_id, level.tree) if i != node.id]
        position = len(siblings) if index is None else max(0, min(index, len(siblings)))
        siblings.insert(position, node.id)
        write_order(session, "node", siblings)
        return node.id


def update_node(plan: PlanFile, node_id: int, **fields: Any) -> None:
    """Change any of a node's own fields."""
    if "title" in fields:
        fields["title"] = check_title(fields["title"])
    with plan.transaction() as session:
        node = get_or_fail(session, Node, node_id)
        if any(name in fields and fields[name] != getattr(node, name) for name in FROM_SOURCE):
            _refuse_if_fetched(session, node)
        if "owner_unit_id" in fields:
            _check_owner(session, fields["owner_unit_id"])
        apply_fields(node, fields, enums=NODE_ENUMS, forbidden=STRUCTURAL)
        check_dates(node.start, node.due)
        _budget_amount_means_impact(node)
        flush_or_explain(session)


def rename_node(plan: PlanFile, node_id: int, title: str) -> None:
    """Give a node a new title."""
    update_node(plan, node_id, title=title)


def move_node(plan: PlanFile, node_id: int, parent_id: int | None, index: int | None = None) -> None:
    """Move a node (with everything beneath it) under `parent_id` at `index` among its new siblings.
    Refused, with the reason, when the node would end up under itself or where the styrmodell does not
    allow its level.
    """
    with plan.transaction() as session:
        node = get_or_fail(session, Node, node_id)
        level = get_or_fail(session, GovernanceLevel, node.level_id)
        parent = get_or_fail(session, Node, parent_id) if parent_id is not None else None
        if parent is not None and (parent.id == node.id or node.id in trees.ancestors(session, "node", parent.id)):
            raise InvalidMove("node.move_into_itself", title=node.title)
        if parent is not None:
            parent_tree = get_or_fail(session, GovernanceLevel, parent.level_id).tree
            if parent_tree != level.tree:
                raise InvalidMove("node.move_between_trees", title=node.title)
        if parent_id != node.parent_id:
            _refuse_if_fetched(session, node)
            _check_placement(session, level, parent)
        old_parent = node.parent_id
        old_siblings = node_siblings(session, old_parent, level.tree)
        old_siblings.remove(node.id)
        if parent_id == old_parent:
            new_siblings = old_siblings
        else:
            write_order(session, "node", old_siblings)
            new_siblings = node_siblings(session, parent_id, level.tree)
        position = len(new_siblings) if index is None else max(0, min(index, len(new_siblings)))
        new_siblings.insert(position, node.id)
        if parent_id != old_parent:
            node.parent_id = parent_id
            session.add(node)
            session.flush()
        write_order(session, "node", new_siblings)


# --- links ---------------------------------------------------------------------------------------


def link_nodes(plan: PlanFile, source_id: int, target_id: int) -> bool:
    """Record that `source` serves `target` (an uppdrag serves a goal). Returns False if it already did."""
    with plan.transaction() as session:
        source = get_or_fail(session, Node, source_id)
        target = get_or_fail(session, Node, target_id)
        if source.id == target.id:
            raise InvalidValue("node.link_itself")
        if session.get(NodeLink, (source_id, target_id)) is not None:
            return False
        if session.get(NodeLink, (target_id, source_id)) is not None:
            raise InvalidValue("node.link_circle", target=target.title, source=source.title)
        session.add(NodeLink(source_id=source_id, target_id=target_id))
        return True


def set_node_links(plan: PlanFile, node_id: int, target_ids: list[int]) -> list[int]:
    """Say exactly which nodes this one serves. Returns the ones it served before."""
    wanted = sorted(set(int(t) for t in target_ids))
    with plan.transaction() as session:
        node = get_or_fail(session, Node, node_id)
        old = sorted(session.execute(select(NodeLink.target_id).where(NodeLink.source_id == node_id)).scalars())
        for target_id in wanted:
            target = get_or_fail(session, Node, target_id)
            if target_id == node_id:
                raise InvalidValue("node.link_itself")
            if session.get(NodeLink, (target_id, node_id)) is not None:
                raise InvalidValue("node.link_circle", target=target.title, source=node.title)
        session.execute(delete(NodeLink).where(NodeLink.source_id == node_id, NodeLink.target_id.not_in(wanted)))
        for target_id in wanted:
            if target_id not in old:
                session.add(NodeLink(source_id=node_id, target_id=target_id))
        return old


def set_node_sdgs(plan: PlanFile, node_id: int, numbers: list[int]) -> list[int]:
    """Link a node to exactly these Agenda 2030 goals. Returns the previous ones."""
    wanted = sorted(set(int(n) for n in numbers))
    if any(not 1 <= n <= 17 for n in wanted):
        raise InvalidValue("node.sdg_range")
    with plan.transaction() as session:
        get_or_fail(session, Node, node_id)
        old = sorted(session.execute(select(NodeSdg.sdg).where(NodeSdg.node_id == node_id)).scalars())
        session.execute(delete(NodeSdg).where(NodeSdg.node_id == node_id))
        for number in wanted:
            get_or_fail(session, Sdg, number)
            session.add(NodeSdg(node_id=node_id, sdg=number))
        return old


def duplicate_node(plan: PlanFile, node_id: int, parent_id: int | None, index: int | None = None) -> int:
    """Copy a node and everything beneath it under `parent_id`: fields, Agenda 2030 goals, the goals it
    serves and its indicators come along; follow-ups stay with the original. Returns the copy's id."""
    with plan.transaction() as session:
        source = get_or_fail(session, Node, node_id)
        level = get_or_fail(session, GovernanceLevel, source.level_id)
        parent = get_or_fail(session, Node, parent_id) if parent_id is not None else None
        _check_placement(session, level, parent)
        if parent is not None and get_or_fail(session, GovernanceLevel, parent.level_id).tree != level.tree:
            raise InvalidMove("node.paste_other_tree", title=source.title)
        ids = trees.subtree(session, "node", node_id)
        rows = {r["id"]: r for r in dump_rows(session, Node, Node.id.in_(ids))}
        new_ids: dict[int, int] = {}
        for old_id in ids:  # parents before children
            # a copy is a new record, not the same goal carried over from the year before
            row = {k: v for k, v in rows[old_id].items() if k not in ("id", "uuid", "previous_uuid")}
            row["parent_id"] = parent_id if old_id == node_id else new_ids[row["parent_id"]]
            copy = Node(**row)
            session.add(copy)
            session.flush()
            new_ids[old_id] = copy.id
        for model, column in ((NodeSdg, "node_id"), (IndicatorNode, "node_id"), (NodeLink, "source_id")):
            batch = dump_rows(session, model, getattr(model, column).in_(ids))
            for row in batch:
                row[column] = new_ids[row[column]]
                if model is NodeLink and row["target_id"] in new_ids:
                    row["target_id"] = new_ids[row["target_id"]]
            insert_rows(session, model, batch)
        siblings = [i for i in node_siblings(session, parent_id, level.tree) if i != new_ids[node_id]]
        siblings.insert(len(siblings) if index is None else max(0, min(index, len(siblings))), new_ids[node_id])
        write_order(session, "node", siblings)
        return new_ids[node_id]


def paste_nodes(plan: PlanFile, clip: dict[str, Any], tree: str, parent_id: int | None,
                index: int | None = None) -> int:
    """Paste a subtree copied in another plan (`queries.node_clip.read_clip`) under `parent_id` at
    `index` in `tree`, in one transaction. Returns the new root's id: `delete_node` of it undoes
    the paste. Every pasted node is a new record (new ids, new uuids). Levels are mapped onto this
    plan's styrmodell by key, else by name; a level it lacks or does not allow there refuses the
    whole paste. The owner unit, the goals served and the indicators come along where this plan has
    them (by uuid; a unit also by name); Agenda 2030 goals always; follow-ups never."""
    if not is_clip(clip) or clip.get("version", 1) > CLIP_VERSION:
        raise InvalidValue("clipboard.unusable")
    items = clip["nodes"]
    with plan.transaction() as session:
        levels = list(session.execute(select(GovernanceLevel)).scalars())
        units = list(session.execute(select(OrgUnit)).scalars())
        unit_ids = {u.uuid: u.id for u in units} | {f"name:{u.name.casefold()}": u.id for u in units}
        parent = get_or_fail(session, Node, parent_id) if parent_id is not None else None
        columns = {name: column for name, column in Node.__table__.c.items() if name not in NOT_CONTENT}
        new: dict[str, Node] = {}
        counts: dict[str | None, int] = {}
        for item in items:  # parents before children
            fields = {k: v for k, v in item["fields"].items() if k in columns}
            title = check_title(fields.get("title"))
            wanted = item["level"]
            level = match_level(levels, wanted)
            if level is None:
                raise LevelNotAllowed("node.paste_no_level", level=wanted["name"], title=title)
            above = parent if item["parent"] is None else new[item["parent"]]
            if item["parent"] is None and (level.tree != tree or (
                    parent is not None and get_or_fail(session, GovernanceLevel, parent.level_id).tree != tree)):
                raise InvalidMove("node.paste_other_tree", title=title)
            _check_placement(session, level, above)
            for name, value in fields.items():
                if isinstance(value, str) and isinstance(columns[name].type, Date):
                    fields[name] = date.fromisoformat(value)
            check_dates(fields.get("start"), fields.get("due"))
            unit = item.get("owner_unit") or {}
            owner = unit_ids.get(unit.get("uuid")) or unit_ids.get(f"name:{str(unit.get('name', '')).casefold()}")
            node = Node(level_id=level.id, parent_id=above.id if above is not None else None, title=title,
                        position=counts.get(item["parent"], 0), owner_unit_id=owner, year=_year(session))
            apply_fields(node, {k: v for k, v in fields.items() if k != "title"}, enums=NODE_ENUMS, forbidden=STRUCTURAL)
            counts[item["parent"]] = counts.get(item["parent"], 0) + 1
            session.add(node)
            flush_or_explain(session)
            new[item["uuid"]] = node
        wanted_nodes = {u for item in items for u in item.get("serves", [])} - set(new)
        here = dict(session.execute(select(Node.uuid, Node.id).where(Node.uuid.in_(wanted_nodes))).all())
        indicator_uuids = {u for item in items for u in item.get("indicators", [])}
        indicators = dict(session.execute(select(Indicator.uuid, Indicator.id).where(
            Indicator.uuid.in_(indicator_uuids))).all())
        sdgs = set(session.execute(select(Sdg.number)).scalars())
        for item in items:
            node_id = new[item["uuid"]].id
            targets = {new[u].id if u in new else here.get(u) for u in item.get("serves", [])} - {None, node_id}
            insert_rows(session, NodeLink, [{"source_id": node_id, "target_id": t} for t in sorted(targets)])
            insert_rows(session, NodeSdg, [{"node_id": node_id, "sdg": n} for n in sorted(set(item.get("sdgs", [])) & sdgs)])
            insert_rows(session, IndicatorNode, [{"indicator_id": indicators[u], "node_id": node_id}
                                                 for u in sorted(set(item.get("indicators", []))) if u in indicators])
        root = new[items[0]["uuid"]].id
        siblings = [i for i in node_siblings(session, parent_id, tree) if i != root]
        siblings.insert(len(siblings) if index is None else max(0, min(index, len(siblings))), root)
        write_order(session, "node", siblings)
        return root


# --- deleting and restoring ----------------------------------------------------------------------

def delete_node(plan: PlanFile, node_id: int) -> None:
    """Delete a node, everything beneath it and what hangs on them (links, follow-ups: they cascade)."""
    with plan.transaction() as session:
        node = get_or_fail(session, Node, node_id)
        tree = get_or_fail(session, GovernanceLevel, node.level_id).tree
        parent_id = node.parent_id
        session.connection().execute(delete(Node.__table__).where(Node.id == node_id))  # the rest cascades
        write_order(session, "node", node_siblings(session, parent_id, tree))


