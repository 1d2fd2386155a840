"""A subtree as it travels on the clipboard: plain data (JSON-ready), not ids of one file.

Copy in one plan and paste in another: the integer ids mean nothing in the other file, so what is
copied is the subtree itself, each node with its uuid, its level (key and name, for mapping onto
the other plan's styrmodell), its own fields, its owner unit, Agenda 2030 goals, the goals it
serves and its indicators (by uuid: the other plan may have them too). `nodes.paste_nodes` writes
it back.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select

from ..file.plan_file import PlanFile
from ..tables import GovernanceLevel, Indicator, IndicatorNode, Node, NodeLink, NodeSdg, OrgUnit, Plan
from . import trees
from ._common import get_or_fail

CLIP_FORMAT = "styrapp-nodes"
CLIP_VERSION = 1
# Node columns that are the tree's or this file's, not the node's own content.
NOT_CONTENT = ("id", "uuid", "parent_id", "position", "level_id", "owner_unit_id", "year", "previous_uuid")


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def read_clip(plan: PlanFile, node_id: int) -> dict[str, Any]:
    """The node `node_id` and everything beneath it, parents before children, siblings in order."""
    with plan.session() as session:
        root = get_or_fail(session, Node, node_id)
        ids = trees.subtree(session, "node", node_id)
        rows = {n.id: n for n in session.execute(select(Node).where(Node.id.in_(ids))).scalars()}
        levels = {lv.id: lv for lv in session.execute(select(GovernanceLevel)).scalars()}
        units = {u.id: u for u in session.execute(select(OrgUnit)).scalars()}
        sdgs: dict[int, list[int]] = {}
        for nid, number in session.execute(select(NodeSdg.node_id, NodeSdg.sdg).where(NodeSdg.node_id.in_(ids))):
            sdgs.setdefault(nid, []).append(number)
        serves: dict[int, list[str]] = {}
        for nid, target in session.execute(
            select(NodeLink.source_id, Node.uuid).join(Node, Node.id == NodeLink.target_id)
            .where(NodeLink.source_id.in_(ids))
        ):
            serves.setdefault(nid, []).append(target)
        measured: dict[int, list[str]] = {}
        for nid, indicator in session.execute(
            select(IndicatorNode.node_id, Indicator.uuid).join(Indicator).where(IndicatorNode.node_id.in_(ids))
        ):
            measured.setdefault(nid, []).append(indicator)
        plan_uuid = session.execute(select(Plan.uuid)).scalar()

    order: list[Node] = []

    def walk(node: Node) -> None:
        order.append(node)
        for child in sorted((n for n in rows.values() if n.parent_id == node.id), key=lambda n: (n.position, n.id)):
            walk(child)

    walk(root)
    nodes = []
    for node in order:
        level = levels[node.level_id]
        unit = units.get(node.owner_unit_id)
        nodes.append({
            "uuid": node.uuid,
            "parent": rows[node.parent_id].uuid if node.id != root.id else None,
            "level": {"key": level.key, "name": level.name},
            "fields": {name: _plain(getattr(node, name)) for name in Node.model_fields if name not in NOT_CONTENT},
            "owner_unit": {"uuid": unit.uuid, "name": unit.name} if unit else None,
            "sdgs": sorted(sdgs.get(node.id, [])),
            "serves": sorted(serves.get(node.id, [])),
            "indicators": sorted(measured.get(node.id, [])),
        })
    return {"format": CLIP_FORMAT, "version": CLIP_VERSION, "plan": plan_uuid,
            "tree": levels[root.level_id].tree, "nodes": nodes}


def clip_titles(clip: dict[str, Any]) -> str:
    """The copied titles as an indented outline: the clipboard's plain text, for other programs."""
    depth: dict[str | None, int] = {None: -1}
    lines = []
    for item in clip["nodes"]:
        depth[item["uuid"]] = depth.get(item["parent"], -1) + 1
        lines.append("\t" * depth[item["uuid"]] + str(item["fields"].get("title", "")))
    return "\n".join(lines)


def node_id_of(plan: PlanFile, uuid: str) -> int | None:
    """This plan's id of the node with `uuid`, or None when the plan has no such node."""
    with plan.session() as session:
        return session.execute(select(Node.id).where(Node.uuid == uuid)).scalar()


def is_clip(data: Any) -> bool:
    return (isinstance(data, dict) and data.get("format") == CLIP_FORMAT and isinstance(data.get("nodes"), list)
            and bool(data["nodes"]))


def match_level(levels: list[GovernanceLevel], wanted: dict[str, Any]) -> GovernanceLevel | None:
    """The level of this plan's styrmodell that a copied node's level is: the same key, else the same name."""
    by_key = {lv.key: lv for lv in levels}
    by_name = {lv.name.casefold(): lv for lv in levels}
    return by_key.get(wanted.get("key")) or by_name.get(str(wanted.get("name", "")).casefold())


def root_level_id(plan: PlanFile, clip: dict[str, Any]) -> int | None:
    """This plan's id of the level the clip's top node would have here, or None when it has none."""
    with plan.session() as session:
        level = match_level(list(session.execute(select(GovernanceLevel)).scalars()), clip["nodes"][0]["level"])
        return level.id if level is not None else None
