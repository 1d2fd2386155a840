"""The plan's own styrmodell: its levels, what each is called here, and which may sit under which."""

from __future__ import annotations

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

from ..enums import NodeKind, Tree
from ._columns import one_of, uuid_field


class GovernanceLevel(SQLModel, table=True):
    """One level of the styrmodell: "Målområde", "Inriktningsmål", "Uppdrag", "Aktivitet"…"""

    __tablename__ = "governance_level"
    __table_args__ = (
        one_of("kind", NodeKind),
        one_of("tree", Tree),
        UniqueConstraint("key", name="uq_level_key"),
    )

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = uuid_field()
    key: str  # stable identifier within the plan, from the template ("focus_area")
    name: str  # singular as the organisation says it ("Målområde")
    plural: str  # ("Målområden")
    kind: str = NodeKind.GOAL.value
    tree: str = Tree.GOALS.value
    position: int = 0  # order of the level within its tree, top first
    colour: str = "#4A6FA5"
    allowed_at_root: bool = False
    description: str = ""


class LevelRule(SQLModel, table=True):
    """A node of `child_level` may sit directly under a node of `parent_level`."""

    __tablename__ = "level_rule"

    parent_level_id: int = Field(foreign_key="governance_level.id", primary_key=True, ondelete="CASCADE")
    child_level_id: int = Field(foreign_key="governance_level.id", primary_key=True, ondelete="CASCADE")
