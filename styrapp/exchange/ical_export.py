"""The årshjul's events as an iCalendar file (RFC 5545) for Outlook, Google Calendar or Thunderbird.

Every event is an all-day event (DTSTART/DTEND as dates, DTEND the day after the last day, as the
standard says) with the event's own stable UID: exporting again and importing into the same calendar
updates the events instead of adding copies. The ring goes in CATEGORIES and, with the kind, in our
own X- properties so that styrapp's import puts everything back where it was.

Written with the `icalendar` library (escaping, line folding, CRLF), never by hand.

iCalendar text cannot hold control characters (a carriage return, Word's line break U+000B …), and
calendars trim the spaces around a text. An event whose name, description or responsible person has
such characters is written with them made plain (a space) for the other calendars, and exactly, in
`EXACT_PROPERTY` (base64 JSON), for styrapp's own import; that is used only while the name in the file
is still the plain form of it (not when someone has renamed the event in another calendar since).
"""

from __future__ import annotations

import base64
import json
import re
import unicodedata
from datetime import UTC, datetime, timedelta
from pathlib import Path

from ..atomic import replacing
from ..models.queries.wheel_rows import WheelData
from ..wording import tr

PRODID = "-//styrapp//Årshjul//SV"
RING_PROPERTY = "X-STYRAPP-RING"
KIND_PROPERTY = "X-STYRAPP-KIND"
RESPONSIBLE_PROPERTY = "X-STYRAPP-RESPONSIBLE"
YEARLY_PROPERTY = "X-STYRAPP-YEARLY"  # TRUE: the event comes back every year (our own flag, not an RRULE)
EXACT_PROPERTY = "X-STYRAPP-EXACT"  # the texts exactly, when iCalendar text cannot carry them (see above)
_BREAKS = re.compile(r"\r\n?")


def plain(text: str) -> str:
    """`text` as iCalendar text carries it: line breaks as \\n, other control characters and line
    separators as spaces."""
    text = _BREAKS.sub("\n", text)
    if text.isascii() and text.isprintable():
        return text
    return "".join(" " if ch not in "\n\t" and unicodedata.category(ch) in ("Cc", "Zl", "Zp")
                   or ch in "\ufffe\uffff" else ch for ch in text)


def exact_texts(texts: dict[str, str]) -> str | None:
    """The value of EXACT_PROPERTY for these texts, or None when iCalendar carries them as they are."""
    if all(plain(text) == text == text.strip() and "\ufeff" not in text for text in texts.values()):
        return None  # (a U+FEFF is dropped by calendar libraries when they read the file)
    return base64.b64encode(json.dumps(texts, ensure_ascii=False).encode("utf-8")).decode("ascii")


def read_exact(value: str) -> dict[str, str]:
    """The texts in EXACT_PROPERTY's value; {} if it cannot be read."""
    try:
        texts = json.loads(base64.b64decode(value.strip(), validate=True).decode("utf-8"))
    except ValueError:
        return {}
    if not isinstance(texts, dict) or not all(isinstance(v, str) for v in texts.values()):
        return {}
    return texts


def responsible_line(name: str) -> str:
    """How the responsible person reads in the description other calendars show."""
    return f"Ansvarig: {name}"


def ics_bytes(data: WheelData, now: datetime | None = None) -> bytes:
    from icalendar import Calendar, Event, vText

    stamp = (now or datetime.now(UTC)).replace(microsecond=0)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    name = tr("Annual wheel {year}", year=data.year_label) + (f" – {data.organisation}" if data.organisation else "")
    calendar.add("x-wr-calname", name)
    calendar.add("name", name)
    for row in data.events:
        event = Event()
        event.add("uid", row.uid)
        event.add("dtstamp", stamp)
        event.add("summary", plain(row.title))
        event.add("dtstart", row.start)
        event.add("dtend", row.end + timedelta(days=1))
        event.add("transp", "TRANSPARENT")  # a planning item, not a busy slot
        text = plain(row.description)
        if row.responsible:
            text = (text + "\n\n" if text else "") + responsible_line(plain(row.responsible))
            event.add(RESPONSIBLE_PROPERTY, vText(plain(row.responsible)))  # vText: escaped as text
        if text:
            event.add("description", text)
        exact = exact_texts({"title": row.title, "description": row.description, "responsible": row.responsible})
        if exact:
            event.add(EXACT_PROPERTY, exact)
        event.add("categories", [row.ring])
        event.add(RING_PROPERTY, vText(plain(row.ring)))
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
