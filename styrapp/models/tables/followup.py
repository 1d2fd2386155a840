"""Reporting periods and the follow-up of each goal or uppdrag in a period."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

from ..enums import Assessment, PeriodKind, Status
from ._columns import one_of, uuid_field


class ReportingPeriod(SQLModel, table=True):
    """Månadsrapport februari, delårsrapport, delårsbokslut, årsredovisning, or the organisation's own."""

    __tablename__ = "reporting_period"
    __table_args__ = (one_of("kind", PeriodKind),)

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = uuid_field()
    previous_uuid: str | None = None  # the record of the year before it was carried over from
    kind: str = PeriodKind.OTHER.value
    name: str
    year: int
    period_end: date  # the figures cover the year up to this day
    due: date | None = None  # when the report is to be decided


class FollowUp(SQLModel, table=True):
    __tablename__ = "follow_up"
    __table_args__ = (
        one_of("status", Status),
        one_of("assessment", Assessment, nullable=True),
        UniqueConstraint("node_id", "period_id", name="uq_follow_up_node_period"),
    )

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = uuid_field()
    node_id: int = Field(foreign_key="node.id", ondelete="CASCADE")
    period_id: int = Field(foreign_key="reporting_period.id", ondelete="CASCADE", index=True)
    status: str = Status.UNKNOWN.value
    assessment: str | None = None
    analysis: str = ""
    updated_at: datetime | None = None
