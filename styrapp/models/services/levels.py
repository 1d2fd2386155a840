"""The plan's styrmodell: levels with the organisation's own names, and which may sit under which."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from ..enums import NodeKind, Tree
from ..errors import InUse, InvalidValue
from ..file.plan_file import PlanFile
from ..queries._common import get_or_fail
from ..tables import GovernanceLevel, LevelRule, Node
from ._common import apply_fields, check_title, flush_or_explain

LEVEL_ENUMS = {"kind": NodeKind, "tree": Tree}


def create_level(plan: PlanFile, *, key: str, name: str, plural: str | None = None, kind: str = "goal",
                 tree: str = "goals", allowed_at_root: bool = False, parents: list[int] = (), **fields: Any) -> int:
    name = check_title(name, "The level's name")
    with plan.transaction() as session:
        if session.execute(select(GovernanceLevel.id).where(GovernanceLevel.key == key)).first():
            raise InvalidValue("level.key_exists", key=key)
        position = session.execute(select(func.count()).select_from(GovernanceLevel)).scalar_one()
        level = GovernanceLevel(key=key, name=name, plural=plural or name, allowed_at_root=allowed_at_root,
                                position=position)
        apply_fields(level, {"kind": kind, "tree": tree, **fields}, enums=LEVEL_ENUMS)
        session.add(level)
        flush_or_explain(session)
        for parent_id in parents:
            parent = get_or_fail(session, GovernanceLevel, parent_id)
            if parent.tree != level.tree:
                raise InvalidValue("level.other_tree", level=level.name, parent=parent.name)
            session.add(LevelRule(parent_level_id=parent_id, child_level_id=level.id))
        return level.id


def update_level(plan: PlanFile, level_id: int, **fields: Any) -> None:
    """Rename a level, change its colour or description. Kind and tree are fixed once nodes use it."""
    for label in ("name", "plural"):
        if label in fields:
            fields[label] = check_title(fields[label], "The level's name")
    with plan.transaction() as session:
        level = get_or_fail(session, GovernanceLevel, level_id)
        if ({"kind", "tree"} & fields.keys()) and _in_use(session, level_id):
            raise InUse("level.tree_in_use", name=level.name)
        apply_fields(level, fields, enums=LEVEL_ENUMS, forbidden=("id", "key"))
        flush_or_explain(session)


def delete_level(plan: PlanFile, level_id: int) -> None:
    """Remove a level no node uses, with the rules of where it may sit."""
    with plan.transaction() as session:
        level = get_or_fail(session, GovernanceLevel, level_id)
        used = _in_use(session, level_id)
        if used:
            raise InUse("level.in_use", name=level.name, count=used)
        session.delete(level)


def _in_use(session, level_id: int) -> int:
    return session.execute(select(func.count()).select_from(Node).where(Node.level_id == level_id)).scalar_one()
