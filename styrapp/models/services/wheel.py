"""The årshjul's rings and events: create, change, reorder, hide, delete and put back.

An event may point to a reporting period (the delårsrapport, say). The period's `due` day, when the
report is decided, is then the last day of the latest event that points to it: move the event in the
wheel and Uppföljning's period moves with it, so the two never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import func, select, update

from ..enums import EventKind, ReportKind
from ..errors import InvalidValue
from ..file.plan_file import PlanFile
from ..queries._common import get_or_fail
from ..queries.wheel_rows import next_ring_colour
from ..rules.periods import add_years
from ..tables import ReportingPeriod, WheelEvent, WheelRing
from ..tables.wheel import uuid_of_ical_uid
from ._common import apply_fields, check_dates, check_title, flush_or_explain

EVENT_ENUMS = {"kind": EventKind, "report_kind": ReportKind}
MAX_DAYS = 366


def _identity(session, uid: str | None) -> dict[str, str]:
    """How an event whose iCalendar UID was `uid` is kept: one that styrapp wrote (`<uuid>@styrapp`)
    keeps its uuid, unless this plan already has it; another calendar's UID is kept in `uid`, so
    the next import of that calendar finds the event again. Without a UID the event gets a new uuid."""
    if not uid:
        return {}
    own = uuid_of_ical_uid(uid)
    if own is None:
        return {"uid": uid}
    if session.execute(select(WheelEvent.id).where(WheelEvent.uuid == own)).first() is not None:
        return {"uid": uid}
    return {"uuid": own}


# --- rings ---------------------------------------------------------------------------------------


def create_ring(plan: PlanFile, *, name: str, colour: str = "#4A6FA5", visible: bool = True,
                position: int | None = None) -> int:
    """A new ring, outermost first: at `position`, or innermost when it is None."""
    name = check_title(name, "The ring's name")
    colour = check_colour(colour)
    with plan.transaction() as session:
        _refuse_duplicate_ring(session, name)
        count = session.execute(select(func.count()).select_from(WheelRing)).scalar_one()
        ring = WheelRing(name=name, colour=colour, visible=visible, position=count)
        session.add(ring)
        session.flush()
        if position is not None and position < count:
            _reorder(session, ring.id, position)
        return ring.id


def update_ring(plan: PlanFile, ring_id: int, **fields: Any) -> None:
    """Rename, recolour, hide or show a ring."""
    if "name" in fields:
        fields["name"] = check_title(fields["name"], "The ring's name")
    if "colour" in fields:
        fields["colour"] = check_colour(fields["colour"])
    with plan.transaction() as session:
        ring = get_or_fail(session, WheelRing, ring_id)
        if "name" in fields and fields["name"].casefold() != ring.name.casefold():
            _refuse_duplicate_ring(session, fields["name"])
        apply_fields(ring, fields, forbidden=("id", "position"))
        flush_or_explain(session)


def move_ring(plan: PlanFile, ring_id: int, position: int) -> None:
    """Put a ring at `position` (0 = outermost)."""
    with plan.transaction() as session:
        get_or_fail(session, WheelRing, ring_id)
        _reorder(session, ring_id, position)


def delete_ring(plan: PlanFile, ring_id: int) -> None:
    """Remove a ring and its events."""
    with plan.transaction() as session:
        get_or_fail(session, WheelRing, ring_id)
        periods = set(session.execute(select(WheelEvent.period_id).where(
            WheelEvent.ring_id == ring_id, WheelEvent.period_id.is_not(None))).scalars())
        session.execute(WheelEvent.__table__.delete().where(WheelEvent.ring_id == ring_id))
        session.execute(WheelRing.__table__.delete().where(WheelRing.id == ring_id))
        _renumber(session, _ordered_ids(session))
        _sync_periods(session, periods)


def check_colour(colour: Any) -> str:
    text = str(colour or "").strip()
    if len(text) != 7 or text[0] != "#" or any(c not in "0123456789abcdefABCDEF" for c in text[1:]):
        raise InvalidValue("colour.invalid", colour=colour)
    return text.upper()


def _refuse_duplicate_ring(session, name: str) -> None:
    found = session.execute(select(WheelRing.id).where(func.lower(WheelRing.name) == name.lower())).first()
    if found:
        raise InvalidValue("ring.exists", name=name)


def _ordered_ids(session) -> list[int]:
    return list(session.execute(select(WheelRing.id).order_by(WheelRing.position, WheelRing.id)).scalars())


def _reorder(session, ring_id: int, position: int) -> None:
    ids = [i for i in _ordered_ids(session) if i != ring_id]
    ids.insert(max(0, min(position, len(ids))), ring_id)
    _renumber(session, ids)


def _renumber(session, ids: list[int]) -> None:
    for position, ring_id in enumerate(ids):
        session.execute(update(WheelRing).where(WheelRing.id == ring_id).values(position=position))


# --- events --------------------------------------------------------------------------------------


def create_event(plan: PlanFile, *, ring_id: int, title: str, start: date, end: date | None = None,
                 **fields: Any) -> int:
    title = check_title(title, "The event's name")
    end = end or start
    _check_span(start, end)
    with plan.transaction() as session:
        get_or_fail(session, WheelRing, ring_id)
        if fields.get("period_id") is not None:
            get_or_fail(session, ReportingPeriod, fields["period_id"])
        if "colour" in fields and fields["colour"] is not None:
            fields["colour"] = check_colour(fields["colour"])
        event = WheelEvent(ring_id=ring_id, title=title, start=start, end=end,
                           **_identity(session, fields.pop("uid", None)))
        apply_fields(event, fields, enums=EVENT_ENUMS)
        session.add(event)
        flush_or_explain(session)
        _sync_periods(session, {event.period_id} - {None})
        return event.id


def update_event(plan: PlanFile, event_id: int, **fields: Any) -> None:
    """Change an event (move, resize, retitle, another ring or period…)."""
    if "title" in fields:
        fields["title"] = check_title(fields["title"], "The event's name")
    if fields.get("colour") is not None:
        fields["colour"] = check_colour(fields["colour"])
    with plan.transaction() as session:
        event = get_or_fail(session, WheelEvent, event_id)
        if "ring_id" in fields:
            get_or_fail(session, WheelRing, fields["ring_id"])
        if fields.get("period_id") is not None:
            get_or_fail(session, ReportingPeriod, fields["period_id"])
        old_period = event.period_id
        apply_fields(event, fields, enums=EVENT_ENUMS, forbidden=("id", "uid"))
        _check_span(event.start, event.end)
        flush_or_explain(session)
        _sync_periods(session, {event.period_id, old_period} - {None})


def delete_events(plan: PlanFile, event_ids: list[int]) -> None:
    """Remove events (a period whose decision day one of them set goes back to its own date)."""
    with plan.transaction() as session:
        periods = {get_or_fail(session, WheelEvent, event_id).period_id for event_id in event_ids} - {None}
        session.execute(WheelEvent.__table__.delete().where(WheelEvent.id.in_(event_ids)))
        _sync_periods(session, periods)


@dataclass
class MergeCounts:
    created: int = 0
    updated: int = 0
    rings: list[str] = field(default_factory=list)  # rings made for the import


def merge_events(plan: PlanFile, events: list[dict[str, Any]], default_ring: str) -> MergeCounts:
    """Write imported events in one transaction. Each dict has title, start, end and optionally uid,
    description, responsible, kind, recurring_yearly, ring (a ring's name; else `default_ring`). An event whose uid the plan already
    has is updated in place (a re-import updates instead of duplicating); rings that do not exist yet
    are made."""
    counts = MergeCounts()
    with plan.transaction() as session:
        rings, colours = {}, set()
        for ring_id, name, colour in session.execute(select(WheelRing.id, WheelRing.name, WheelRing.colour)):
            rings[name.casefold()] = ring_id
            colours.add(colour)
        position = len(rings)
        uids = [e["uid"] for e in events if e.get("uid")]
        existing = {}  # by the UID the plan's events have in an iCalendar file
        for chunk in range(0, len(uids), 500):
            some = uids[chunk:chunk + 500]
            own = [u for u in map(uuid_of_ical_uid, some) if u is not None]
            existing.update({ev.ical_uid: ev for ev in session.execute(
                select(WheelEvent).where(WheelEvent.uid.in_(some) | WheelEvent.uuid.in_(own))).scalars()})
        for item in events:
            name = (item.get("ring") or default_ring).strip()
            if name.casefold() not in rings:
                ring = WheelRing(name=name, colour=next_ring_colour(colours), position=position)
                session.add(ring)
                session.flush()
                position += 1
                rings[name.casefold()] = ring.id
                colours.add(ring.colour)
                counts.rings.append(name)
            values = {"ring_id": rings[name.casefold()], "title": item["title"], "start": item["start"],
                      "end": item["end"], "description": item.get("description", ""),
                      "responsible": item.get("responsible", "")}
            if item.get("kind"):
                values["kind"] = item["kind"]
            if "recurring_yearly" in item:
                values["recurring_yearly"] = item["recurring_yearly"]
            event = existing.get(item.get("uid"))
            if event is None:
                event = WheelEvent(**_identity(session, item.get("uid")), **values)
                session.add(event)
                if item.get("uid"):
                    existing[item["uid"]] = event
                counts.created += 1
            else:
                for name_, value in values.items():
                    setattr(event, name_, value)
                counts.updated += 1
        flush_or_explain(session)
        _sync_periods(session, {e.period_id for e in existing.values()} - {None})
    return counts


def _check_span(start: date, end: date) -> None:
    check_dates(start, end)
    if (end - start).days >= MAX_DAYS:
        raise InvalidValue("event.too_long")


def sync_period_due(session, period_id: int) -> None:
    """The period's due day from its events again (after its end changed)."""
    _sync_periods(session, {period_id})


def move_period_due(session, period: ReportingPeriod, due: date | None) -> None:
    """Make `due` the period's decision day. Without an event pointing to the period it is simply
    stored; with one, the events that point to it move by as many days (keeping their length), so
    the latest of them ends on `due` and the årshjul shows the new day."""
    events = session.execute(select(WheelEvent).where(WheelEvent.period_id == period.id)).scalars().all()
    if not events:
        period.due = due
        return
    latest = max(events, key=lambda ev: _effective_end(ev, period.period_end))
    if due is None:
        raise InvalidValue("period.due_from_wheel", name=period.name, event=latest.title)
    shift = due - _effective_end(latest, period.period_end)
    for event in events:
        event.start, event.end = event.start + shift, event.end + shift
    session.flush()
    _sync_periods(session, {period.id})
    if period.due != due:  # a yearly event cannot end on that day in the wheel's year
        raise InvalidValue("period.due_not_in_wheel", name=period.name, event=latest.title, due=due.isoformat())


def _effective_end(event: WheelEvent, period_end: date) -> date:
    return _next_turn(event.end, period_end) if event.recurring_yearly else event.end


def _sync_periods(session, period_ids: set[int]) -> None:
    """Each period's due day = the last day of the latest event that points to it (if any does). An
    event that recurs every year and ends before the period does (the årsredovisning in March, for
    the year before) counts at its next turn: the report for 2026 is decided in March 2027."""
    for period_id in period_ids:
        period = session.get(ReportingPeriod, period_id)
        if period is None:
            continue
        ends = [_effective_end(event, period.period_end) for event in session.execute(
            select(WheelEvent).where(WheelEvent.period_id == period_id)).scalars()]
        if ends:
            period.due = max(ends)
    session.flush()


def _next_turn(day: date, not_before: date) -> date:
    years = 0
    while add_years(day, years) < not_before:
        years += 1
    return add_years(day, years)

