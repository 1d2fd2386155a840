"""The plan's styrmodell as read: its levels, which may sit under which, and which a new node may have."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from ..file.plan_file import PlanFile
from ..tables import GovernanceLevel, LevelRule, Node
from ._common import get_or_fail


def levels(plan: PlanFile, tree: str | None = None) -> list[GovernanceLevel]:
    with plan.session() as session:
        query = select(GovernanceLevel).order_by(GovernanceLevel.tree, GovernanceLevel.position)
        if tree:
            query = query.where(GovernanceLevel.tree == tree)
        return list(session.execute(query).scalars())


def level_parents(plan: PlanFile) -> dict[int, list[int]]:
    """Level id → the ids of the levels it may sit under."""
    with plan.session() as session:
        out: dict[int, list[int]] = {}
        for rule in session.execute(select(LevelRule)).scalars():
            out.setdefault(rule.child_level_id, []).append(rule.parent_level_id)
        return out


@dataclass(frozen=True)
class LevelInfo:
    id: int
    key: str
    name: str
    plural: str
    kind: str
    tree: str
    colour: str


def allowed_child_levels(plan: PlanFile, parent_id: int | None, tree: str) -> list[LevelInfo]:
    """The levels a new node may have under `parent_id` (None: at the top of `tree`)."""
    with plan.session() as session:
        if parent_id is None:
            query = select(GovernanceLevel).where(GovernanceLevel.tree == tree, GovernanceLevel.allowed_at_root)
        else:
            parent = get_or_fail(session, Node, parent_id)
            query = (
                select(GovernanceLevel)
                .join(LevelRule, LevelRule.child_level_id == GovernanceLevel.id)
                .where(LevelRule.parent_level_id == parent.level_id)
            )
        levels = session.execute(query.order_by(GovernanceLevel.position)).scalars().all()
        return [LevelInfo(lv.id, lv.key, lv.name, lv.plural, lv.kind, lv.tree, lv.colour) for lv in levels]
