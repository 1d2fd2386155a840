"""The årshjul: rings (lanes) and the events of the year's rhythm."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint
from sqlmodel import Field, SQLModel

from ..enums import EventKind, ReportKind
from ._columns import is_uuid, one_of, uuid_field


class WheelRing(SQLModel, table=True):
    __tablename__ = "wheel_ring"

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = uuid_field()
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
    uuid: str = uuid_field()
    previous_uuid: str | None = None  # the record of the year before it was carried over from
    # The UID the event had in the calendar it was imported from (so a re-import updates it); None
    # for the plan's own events, whose iCalendar UID is made from the uuid (`ical_uid`).
    uid: str | None = Field(default=None, index=True)
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

    @property
    def ical_uid(self) -> str:
        """The event's UID in an iCalendar export: the same on every export, so a re-export updates."""
        return self.uid or own_ical_uid(self.uuid)


ICAL_SUFFIX = "@styrapp"


def own_ical_uid(uuid: str) -> str:
    return f"{uuid}{ICAL_SUFFIX}"


def uuid_of_ical_uid(uid: str | None) -> str | None:
    """The uuid inside an iCalendar UID that styrapp wrote (`<uuid>@styrapp`), else None."""
    if uid and uid.endswith(ICAL_SUFFIX) and is_uuid(uid[: -len(ICAL_SUFFIX)]):
        return uid[: -len(ICAL_SUFFIX)]
    return None
