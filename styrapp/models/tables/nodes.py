"""Goals, uppdrag, åtgärder and aktiviteter: nodes in ordered trees, and the links between them."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, Index
from sqlmodel import Field, SQLModel

from ..enums import AssignmentOrigin, LinkKind, Origin, Progress
from ._columns import one_of, uuid_field


class Node(SQLModel, table=True):
    __tablename__ = "node"
    __table_args__ = (
        one_of("origin", Origin),
        one_of("progress", Progress),
        one_of("assignment_origin", AssignmentOrigin, nullable=True),
        CheckConstraint("parent_id IS NULL OR parent_id <> id", name="ck_node_not_own_parent"),
        CheckConstraint("start IS NULL OR due IS NULL OR start <= due", name="ck_node_dates"),
        Index("ix_node_parent_position", "parent_id", "position"),
        CheckConstraint("year BETWEEN 1900 AND 2200", name="ck_node_year"),
    )

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = uuid_field()
    year: int = Field(index=True)  # the plan year it belongs to (a plan file holds several)
    # The uuid of the record in the year before that this one was carried over from (its lineage):
    # the same goal across years. None for a record first made in its year.
    previous_uuid: str | None = Field(default=None, index=True)
    ended: bool = False  # marked as ended: not carried over to the next year
    parent_id: int | None = Field(default=None, foreign_key="node.id", ondelete="CASCADE")
    position: int = 0
    level_id: int = Field(foreign_key="governance_level.id", ondelete="RESTRICT", index=True)
    title: str
    description: str = ""
    owner_unit_id: int | None = Field(default=None, foreign_key="org_unit.id", ondelete="SET NULL", index=True)
    responsible: str = ""  # ansvarig person or ägare (Norsjö)
    origin: str = Origin.OWN.value
    start: date | None = None
    due: date | None = None
    progress: str = Progress.NOT_STARTED.value
    colour: str | None = None  # a målområde's own colour; inherited by everything beneath it
    how_measured: str = ""  # "så mäter vi" (Norsjö) / målprecisering
    # Uppdrag fields (Askersund's uppdragsplan); empty on goals.
    purpose: str = ""  # syfte
    change: str = ""  # förflyttning
    desired_level: str = ""  # önskad nivå
    assignment_origin: str | None = None  # ursprung
    budget_impact: bool = False
    budget_amount_tkr: float | None = None
    follow_up_method: str = ""  # uppföljning: how the uppdrag will be followed up
    schedule: str = ""  # tidplan in words


class NodeLink(SQLModel, table=True):
    """The red thread across trees: `source` serves `target` (an uppdrag serves a goal)."""

    __tablename__ = "node_link"
    __table_args__ = (
        one_of("kind", LinkKind),
        CheckConstraint("source_id <> target_id", name="ck_link_not_self"),
    )

    source_id: int = Field(foreign_key="node.id", primary_key=True, ondelete="CASCADE")
    target_id: int = Field(foreign_key="node.id", primary_key=True, ondelete="CASCADE", index=True)
    kind: str = LinkKind.SERVES.value


class NodeSdg(SQLModel, table=True):
    """A node's link to one of Agenda 2030's 17 goals."""

    __tablename__ = "node_sdg"

    node_id: int = Field(foreign_key="node.id", primary_key=True, ondelete="CASCADE")
    sdg: int = Field(foreign_key="sdg.number", primary_key=True)


class Checkpoint(SQLModel, table=True):
    """A delrapportering in an uppdrag's tidplan."""

    __tablename__ = "checkpoint"

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = uuid_field()
    node_id: int = Field(foreign_key="node.id", ondelete="CASCADE", index=True)
    due: date
    title: str
    done: bool = False


class NodeSource(SQLModel, table=True):
    """Where an uppdragsgivarens mål comes from: the goal (by its uuid) in another organisation's plan,
    as it was when last imported. The node's own title and description are the source's as accepted."""

    __tablename__ = "node_source"

    node_id: int = Field(foreign_key="node.id", primary_key=True, ondelete="CASCADE")
    source_uuid: str = Field(index=True)
    organisation: str  # the uppdragsgivare: "Askersunds kommun"
    plan_title: str
    plan_year: int
    plan_uuid: str = ""
    level: str = ""  # the goal's level at the source, by its name there ("Målområde")
    removed: bool = False  # no longer in the source plan: kept here, with its follow-ups, and marked
