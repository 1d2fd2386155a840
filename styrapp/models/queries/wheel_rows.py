"""The årshjul as plain rows: the plan's rings and events, read in one go for the wheel, its list, the
exports and the reports. The row types are light (no database layer) so the window can load them at
start-up; `read_wheel` brings SQLAlchemy in when a plan is read."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..file.plan_file import PlanFile


@dataclass(frozen=True)
class RingRow:
    id: int
    name: str
    colour: str
    position: int
    visible: bool


@dataclass(frozen=True)
class EventRow:
    id: int
    uid: str  # its iCalendar UID (WheelEvent.ical_uid)
    ring_id: int
    ring: str
    title: str
    start: date
    end: date
    colour: str  # its own colour, else its ring's
    own_colour: str | None
    kind: str
    description: str = ""
    responsible: str = ""
    period_id: int | None = None
    period: str = ""
    report_kind: str | None = None
    recurring_yearly: bool = True

    @property
    def one_day(self) -> bool:
        return self.start == self.end


@dataclass(frozen=True)
class PeriodRow:
    id: int
    name: str
    period_end: date
    due: date | None


@dataclass
class WheelData:
    organisation: str
    year: int
    start_month: int
    rings: list[RingRow] = field(default_factory=list)
    events: list[EventRow] = field(default_factory=list)
    periods: list[PeriodRow] = field(default_factory=list)
    area_colours: list[tuple[str, str]] = field(default_factory=list)  # (målområde, colour) to colour events by

    def ring(self, ring_id: int) -> RingRow | None:
        return next((r for r in self.rings if r.id == ring_id), None)

    def event(self, event_id: int) -> EventRow | None:
        return next((e for e in self.events if e.id == event_id), None)

    def visible_rings(self) -> list[RingRow]:
        return [r for r in self.rings if r.visible]

    @property
    def year_label(self) -> str:
        """2026, or 2026/27 for a wheel that starts in another month than January."""
        return str(self.year) if self.start_month == 1 else f"{self.year}/{(self.year + 1) % 100:02d}"


def read_wheel(plan: PlanFile) -> WheelData:
    from sqlalchemy import select

    from ..file.year_scope import year_in_view
    from ..tables import Node, Organisation, Plan, PlanYear, ReportingPeriod, WheelEvent, WheelRing

    with plan.session() as session:
        org = session.get(Organisation, 1)
        row = session.get(Plan, 1)
        data = WheelData(org.name if org else "", year_in_view(session) or date.today().year,
                         row.wheel_start_month if row else 1)
        years = sorted(session.execute(select(PlanYear.year)).scalars()) or [data.year]
        rings = {}
        for ring in session.execute(select(WheelRing).order_by(WheelRing.position, WheelRing.id)).scalars():
            rings[ring.id] = ring
            data.rings.append(RingRow(ring.id, ring.name, ring.colour, ring.position, ring.visible))
        periods = {}
        for period in session.execute(select(ReportingPeriod).where(ReportingPeriod.year == data.year)
                                      .order_by(ReportingPeriod.period_end)).scalars():
            periods[period.id] = period.name
            data.periods.append(PeriodRow(period.id, period.name, period.period_end, period.due))
        for ev in session.execute(select(WheelEvent).order_by(WheelEvent.start, WheelEvent.end, WheelEvent.id)).scalars():
            if wheel_year_of(ev.start, years, data.start_month) != data.year:
                continue  # another plan year's event
            ring = rings[ev.ring_id]
            data.events.append(EventRow(
                ev.id, ev.ical_uid, ev.ring_id, ring.name, ev.title, ev.start, ev.end, ev.colour or ring.colour, ev.colour,
                ev.kind, ev.description, ev.responsible, ev.period_id, periods.get(ev.period_id, ""), ev.report_kind,
                ev.recurring_yearly))
        data.area_colours = [(title, colour) for title, colour in session.execute(
            select(Node.title, Node.colour).where(Node.colour.is_not(None)).order_by(Node.level_id, Node.position))]
        return data


def wheel_year_of(day: date, years: list[int], start_month: int = 1) -> int:
    """The plan year (of `years`, in order) whose wheel a day's event is shown in: the year whose twelve
    months from `start_month` hold the day; before the first year, the first; after the last, the last."""
    year = day.year if day.month >= start_month else day.year - 1
    return min(max(year, years[0]), years[-1])


RING_PALETTE = ("#00587A", "#3C8D2F", "#7A3E9D", "#C0392B", "#D68910", "#5B5EA6", "#1F7A6D")


def next_ring_colour(used: set[str]) -> str:
    """The first palette colour no ring has yet (or round again)."""
    used = {c.upper() for c in used}
    return next((c for c in RING_PALETTE if c not in used), RING_PALETTE[len(used) % len(RING_PALETTE)])
