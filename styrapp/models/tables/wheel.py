"""The årshjul: rings (lanes) and the events of the year's rhythm."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint
from sqlmodel import Field, SQLModel

from ..enums import EventKind, ReportKind
from ._columns import one_of


class WheelRing(SQLModel, table=True):
    __tablename__ = "wheel_ring"

    id: int | None = Field(default=None, primary_key=True)
    name: str
    colour: str = "#4A6FA5"
    position: int = 0  # 0 is the outermost ring
    visible: bool = True


class WheelEvent(SQLModel, table=True):
    __tablename__ = "wheel_event"
    __table_args__ = (
        one_of("kind", EventKind),
        one_of("report_kind", ReportKind, nullable=True),
        CheckConstraint("start <= end", name="ck_event_dates"),
    )

    id: int | None = Field(default=None, primary_key=True)
    # A stable id for iCalendar export, so a re-export updates instead of duplicating.
    uid: str = Field(index=True)
    ring_id: int = Field(foreign_key="wheel_ring.id", ondelete="CASCADE", index=True)
    title: str
    description: str = ""
    start: date
    end: date
    colour: str | None = None
    responsible: str = ""
    recurring_yearly: bool = True
    kind: str = EventKind.OTHER.value
    period_id: int | None = Field(default=None, foreign_key="reporting_period.id", ondelete="SET NULL")
    report_kind: str | None = None
