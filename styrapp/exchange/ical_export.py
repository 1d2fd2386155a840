"""The årshjul's events as an iCalendar file (RFC 5545) for Outlook, Google Calendar or Thunderbird.

Every event is an all-day event (DTSTART/DTEND as dates, DTEND the day after the last day, as the
standard says) with the event's own stable UID: exporting again and importing into the same calendar
updates the events instead of adding copies. The ring goes in CATEGORIES and, with the kind, in our
own X- properties so that styrapp's import puts everything back where it was.

Written with the `icalendar` library (escaping, line folding, CRLF), never by hand.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from ..atomic import replacing
from ..models.queries.wheel_rows import WheelData

PRODID = "-//styrapp//Årshjul//SV"
RING_PROPERTY = "X-STYRAPP-RING"
KIND_PROPERTY = "X-STYRAPP-KIND"
RESPONSIBLE_PROPERTY = "X-STYRAPP-RESPONSIBLE"
YEARLY_PROPERTY = "X-STYRAPP-YEARLY"  # TRUE: the event comes back every year (our own flag, not an RRULE)


def responsible_line(name: str) -> str:
    """How the responsible person reads in the description other calendars show."""
    return f"Ansvarig: {name}"


def ics_bytes(data: WheelData, now: datetime | None = None) -> bytes:
    from icalendar import Calendar, Event

    stamp = (now or datetime.now(UTC)).replace(microsecond=0)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    name = f"Årshjul {data.year_label}" + (f" – {data.organisation}" if data.organisation else "")
    calendar.add("x-wr-calname", name)
    calendar.add("name", name)
    for row in data.events:
        event = Event()
        event.add("uid", row.uid)
        event.add("dtstamp", stamp)
        event.add("summary", row.title)
        event.add("dtstart", row.start)
        event.add("dtend", row.end + timedelta(days=1))
        event.add("transp", "TRANSPARENT")  # a planning item, not a busy slot
        text = row.description
        if row.responsible:
            text = (text + "\n\n" if text else "") + responsible_line(row.responsible)
            event.add(RESPONSIBLE_PROPERTY, row.responsible)
        if text:
            event.add("description", text)
        event.add("categories", [row.ring])
        event.add(RING_PROPERTY, row.ring)
        event.add(KIND_PROPERTY, row.kind)
        event.add(YEARLY_PROPERTY, "TRUE" if row.recurring_yearly else "FALSE")
        calendar.add_component(event)
    return calendar.to_ical()


def write_ics(data: WheelData, path: Path | str) -> Path:
    """Write the file whole or not at all (beside the target first, then moved into place)."""
    content = ics_bytes(data)
    with replacing(path) as temporary:
        temporary.write_bytes(content)
    return Path(path)
