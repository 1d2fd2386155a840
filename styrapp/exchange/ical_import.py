"""Events from an iCalendar file (.ics) into the årshjul: what Outlook, Google Calendar, Thunderbird and
styrapp itself write.

The rule, as the user guide states it:

1. **The file is read whole before anything is written**, and written in one transaction.
2. **A file that is not a readable calendar is refused, and nothing changes**: not iCalendar at all,
   cut off before END:VCALENDAR, a line that is no iCalendar line, a blank line inside the calendar,
   components that do not close, more than `MAX_EVENTS` events, or larger than `MAX_BYTES`.
3. **Known harmless quirks of real exports are repaired, and the report says so**: spaces in an
   upprepningsregel (Exchange writes "BYDAY=MO, TU"), an empty EXDATE or RDATE (Google), a date with a
   stray Z ("20131210Z"), a blank line before a folded continuation (Mozilla 1.0), several calendars
   in one file (all are read).
4. **An event that is itself broken is skipped and named in the report**: no or unreadable start,
   unreadable upprepningsregel, impossible length. The good events are imported. If no event can be
   imported and some were skipped, the import is refused with the reasons.
5. **Dates**: all-day events keep their dates (DTEND is the day after, as the standard says); a timed
   event lands on its day in Swedish time (Europe/Stockholm), whatever time zone it was written in,
   Windows zone names included. A recurring event is expanded into one event per occurrence in the
   plan's year (if it has none that year, in the year it starts), never silently cut to one.
6. **Re-importing updates**: an event whose UID the plan already has is updated, not duplicated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from ..models.enums import EventKind
from ..models.wheel.geometry import WheelYear
from ..wording import Lines, Phrase, counted, tr
from .ical_export import (
    EXACT_PROPERTY,
    KIND_PROPERTY,
    RESPONSIBLE_PROPERTY,
    RING_PROPERTY,
    YEARLY_PROPERTY,
    plain,
    read_exact,
    responsible_line,
)
from .kolada import ImportRefused, Progress, step

MAX_BYTES = 20 * 1024 * 1024
MAX_EVENTS = 2000  # an årshjul, not a diary: more than this is refused with a clear message
MAX_DAYS = 366
SHOWN_OUTSIDE = 30  # events outside the plan year named in the report; the rest are counted
LOCAL_ZONE = "Europe/Stockholm"

_CONTENT_LINE = re.compile(r"^[A-Za-z0-9-]+[;:]")
_EMPTY_TZID = re.compile(r';TZID=(?:""|(?=[;:]|$))', re.IGNORECASE)  # TZID="" or TZID= with nothing after
_EMPTY_TZID_LINE = re.compile(r'^TZID(;[^:]*)?:\s*("")?\s*$', re.IGNORECASE)
_FLOATING = Phrase("Times with an empty time zone name (TZID, as Exchange 2010 writes them) were read as Swedish time.")
_STRAY_Z_DATE = re.compile(r"(?<![0-9T])(\d{8})Z(?=,|$)")


@dataclass
class CalendarEvent:
    title: str
    start: date
    end: date
    uid: str | None = None
    description: str = ""
    responsible: str = ""
    ring: str | None = None
    kind: str | None = None
    recurring_yearly: bool = False


@dataclass
class CalendarReading:
    events: list[CalendarEvent] = field(default_factory=list)
    skips: list[Phrase] = field(default_factory=list)  # one per event left out, with why
    notes: list[Phrase] = field(default_factory=list)  # repairs and other things worth knowing
    name: str = ""  # the calendar's own name (X-WR-CALNAME), if it has one
    series: int = 0  # recurring events expanded
    outside: list[tuple[Phrase, date]] = field(default_factory=list)  # events outside the plan year: (name, first day)
    year: str = ""  # the plan year the events were read for (2026, or 2026/27)

    @property
    def skipped(self) -> list[str]:
        """The events left out, with why, in the current language."""
        return [str(line) for line in self.skips]

    def skip(self, component, reason) -> None:
        self.skips.append(Phrase("{event}: {problem}", event=_name(component), problem=reason))


@dataclass
class CalendarImport:
    file: str
    reading: CalendarReading
    created: int = 0
    updated: int = 0
    rings: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        """What the import did, in the current language."""
        reading = self.reading
        out = [str(counted(len(reading.events), "{file}: {count} event in the calendar.",
                           "{file}: {count} events in the calendar.", file=self.file))]
        if reading.events:
            new = counted(self.created, "{count} new event", "{count} new events")
            out.append(str(counted(self.updated, "{new} in the annual wheel, {count} event updated (the same UID as before).",
                                   "{new} in the annual wheel, {count} events updated (the same UID as before).",
                                   new=new)))
        if reading.series:
            out.append(str(counted(reading.series, "{count} recurring event was laid out as one event per occasion.",
                                   "{count} recurring events were laid out as one event per occasion.")))
        for ring in self.rings:
            out.append(tr("New ring: {ring}.", ring=ring))
        out += [str(note) for note in reading.notes]
        if reading.outside:
            out.append(str(counted(
                len(reading.outside), "{count} event lies outside the plan year {year} and was left out:",
                "{count} events lie outside the plan year {year} and were left out:", year=reading.year)))
            out += [f"  – {tr('{event}, {day}', event=name, day=day.isoformat())}"
                    for name, day in reading.outside[:SHOWN_OUTSIDE]]
            if len(reading.outside) > SHOWN_OUTSIDE:
                out.append(f"  – {tr('… and {count} more', count=len(reading.outside) - SHOWN_OUTSIDE)}")
        if reading.skips:
            out.append(str(counted(len(reading.skips), "{count} event was skipped:", "{count} events were skipped:")))
            out += [f"  – {line}" for line in reading.skipped]
        return out


# --- reading -------------------------------------------------------------------------------------


def read_calendar(raw: bytes, year: int, start_month: int = 1, progress: Progress | None = None) -> CalendarReading:
    """Every event in `raw` as plain dated events for the wheel of `year`. Raises ImportRefused."""
    reading = CalendarReading()
    lines = _checked_lines(_decode(raw, reading), reading)
    step(progress, 20, "reading the calendar")
    from icalendar import Calendar

    try:
        calendars = Calendar.from_ical("\r\n".join(lines) + "\r\n", multiple=True)
    except Exception as exc:  # noqa: BLE001 - the library's words, put in ours
        raise ImportRefused("ics.unreadable", detail=str(exc)) from None
    if len(calendars) > 1:
        reading.notes.append(Phrase("The file holds {count} calendars; the events in all of them were read.",
                                    count=len(calendars)))
    wheel = WheelYear(year, start_month)
    reading.year = str(year) if start_month == 1 else f"{year}/{(year + 1) % 100:02d}"
    for calendar in calendars:
        reading.name = reading.name or str(calendar.get("X-WR-CALNAME", "") or "")
        _read_events(calendar, wheel, reading, progress)
    if len(reading.events) > MAX_EVENTS:
        raise ImportRefused("ics.too_many", count=f"{len(reading.events):,}".replace(",", " "),
                            most=f"{MAX_EVENTS:,}".replace(",", " "))
    if not reading.events and reading.outside:
        years = sorted({day.year for _name, day in reading.outside})
        shown = str(years[0]) if len(years) == 1 else f"{years[0]}–{years[-1]}"
        if reading.skips:
            raise ImportRefused("ics.nothing_in_year_skipped", count=len(reading.outside), year=reading.year,
                                years=shown, skipped=Lines(reading.skips))
        raise ImportRefused("ics.nothing_in_year", count=len(reading.outside), year=reading.year, years=shown)
    if not reading.events and reading.skips:
        raise ImportRefused("ics.nothing_importable", skipped=Lines(reading.skips))
    return reading


def _decode(raw: bytes, reading: CalendarReading) -> str:
    if len(raw) > MAX_BYTES:
        raise ImportRefused("ics.too_big", size=len(raw) // (1024 * 1024), most=MAX_BYTES // (1024 * 1024))
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    if not raw.strip():
        raise ImportRefused("ics.empty")
    if b"\x00" in raw[:4096]:
        raise ImportRefused("ics.binary")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:  # Outlook folds long lines at 75 bytes, sometimes in the middle of an å: unfold, then decode
        return re.sub(rb"(?<=[^\r\n])\r?\n[ \t]", b"", raw).decode("utf-8")
    except UnicodeDecodeError:
        reading.notes.append(Phrase("The file was not in UTF-8; it was read as Windows-1252."))
        return raw.decode("cp1252", errors="replace")


def _checked_lines(text: str, reading: CalendarReading) -> list[str]:
    """The file's content lines, unfolded, checked and repaired (rules 2 and 3)."""
    physical = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    while physical and not physical[-1].strip():
        physical.pop()
    logical: list[tuple[int, str]] = []
    mozilla = False
    for number, line in enumerate(physical, start=1):
        if line[:1] in (" ", "\t"):
            if not logical:
                raise ImportRefused("ics.continues_nothing", line=number)
            logical[-1] = (logical[-1][0], logical[-1][1] + line[1:])
        elif not line.strip():
            following = physical[number] if number < len(physical) else ""
            if following[:1] in (" ", "\t"):
                mozilla = True  # a blank line before a folded continuation: Mozilla 1.0
                continue
            if logical and logical[-1][1].strip().upper() == "END:VCALENDAR":
                continue  # between two calendars in one file: each is read
            raise ImportRefused("ics.blank_line", line=number)
        else:
            logical.append((number, line))
    if mozilla:
        reading.notes.append(Phrase("Blank lines inside folded lines (as Mozilla 1.0 writes them) were read as folds."))
    if not logical or logical[0][1].strip().upper() != "BEGIN:VCALENDAR":
        raise ImportRefused("ics.no_begin")
    open_components: list[tuple[str, int]] = []
    out: list[str] = []
    repaired: set[Phrase] = set()
    zone_begins = 0  # where in `out` the time zone being read began
    for number, line in logical:
        if not _CONTENT_LINE.match(line):
            raise ImportRefused("ics.bad_line", line=number, text=line[:60])
        name, _, value = line.partition(":")
        key = name.split(";", 1)[0].upper()
        if key == "BEGIN":
            if not open_components and value.strip().upper() != "VCALENDAR":
                raise ImportRefused("ics.begin_outside", line=number, text=line.strip())
            open_components.append((value.strip().upper(), number))
            if open_components[-1][0] == "VTIMEZONE":
                zone_begins = len(out)
        elif key == "END":
            if not open_components or open_components[-1][0] != value.strip().upper():
                expected = f"END:{open_components[-1][0]}" if open_components else Phrase("nothing")
                raise ImportRefused("ics.end_unexpected", line=number, text=line.strip(), expected=expected)
            open_components.pop()
            if value.strip().upper() == "VTIMEZONE" and not any(
                    _EMPTY_TZID_LINE.match(zone_line) is None for zone_line in out[zone_begins:] if
                    zone_line.split(":", 1)[0].split(";", 1)[0].upper() == "TZID"):
                del out[zone_begins:]  # a time zone without a name (Exchange 2010) names nothing: left out
                repaired.add(_FLOATING)
                continue
        elif _EMPTY_TZID.search(name):
            line = _EMPTY_TZID.sub("", name) + ":" + value  # TZID="" (Exchange 2010): floating time
            repaired.add(_FLOATING)
        elif not open_components:
            raise ImportRefused("ics.line_outside", line=number, text=line[:60])
        elif key in ("RRULE", "EXRULE") and re.search(r"[,;=]\s", value):
            line = name + ":" + re.sub(r"([,;=])\s+", r"\1", value)
            repaired.add(Phrase("Spaces in recurrence rules (as Exchange writes them) were removed."))
        elif key in ("EXDATE", "RDATE") and not value.strip():
            repaired.add(Phrase("Empty {key} lines (as Google sometimes writes them) were skipped.", key=key))
            continue
        elif key in ("EXDATE", "RDATE") and _STRAY_Z_DATE.search(value):
            line = name + ":" + _STRAY_Z_DATE.sub(r"\1", value)
            repaired.add(Phrase("Dates with a stray Z in {key} (“20131210Z”) were read as dates.", key=key))
        out.append(line)
    if open_components:
        what, number = open_components[-1]
        raise ImportRefused("ics.unclosed", what=what, line=number)
    reading.notes += sorted(repaired, key=lambda note: (note.english, sorted(note.values.items())))
    return out


def _read_events(calendar, wheel: WheelYear, reading: CalendarReading, progress: Progress | None) -> None:
    from icalendar import Calendar

    zones = calendar.walk("VTIMEZONE")
    groups: dict[str, list[Any]] = {}
    order: list[str] = []
    for index, component in enumerate(calendar.walk("VEVENT")):
        problem = _problem(component, reading)
        if problem:
            reading.skip(component, problem)
            continue
        uid = str(component.get("UID") or f"utan-uid-{index}")
        if uid not in groups:
            order.append(uid)
        groups.setdefault(uid, []).append(component)
    for done, uid in enumerate(order, start=1):
        if done % 50 == 0:
            step(progress, 20 + int(60 * done / len(order)), "laying out the events")
        components = groups[uid]
        master = next((c for c in components if "RECURRENCE-ID" not in c), None)
        if master is not None and any(key in master for key in ("RRULE", "RDATE")):
            single = Calendar()
            for zone in zones:
                single.add_component(zone)
            for component in components:
                single.add_component(component)
            _expand(single, master, uid, wheel, reading)
            continue
        # Not recurring; or only changed occurrences of a series that is not in the file (Google's
        # birthdays): each is an event of its own.
        for component in components:
            try:
                start, end = _dates(component)
            except _Skip as reason:
                reading.skip(component, reason.args[0])
                continue
            if end < wheel.first or start > wheel.last:  # not in this year's wheel: left out and counted
                reading.outside.append((_name(component), start))
                continue
            if uid.startswith("utan-uid-"):
                own = None
            else:
                own = uid if len(components) == 1 else f"{uid}#{start.strftime('%Y%m%d')}"
            reading.events.append(_event(component, start, end, own))


class _Skip(Exception):
    pass


_WHAT = {"DTSTART": Phrase("the start date"), "DTEND": Phrase("the end date"),
         "DURATION": Phrase("the duration"), "RRULE": Phrase("the recurrence rule"),
         "EXDATE": Phrase("an exception date (EXDATE)"), "RDATE": Phrase("an extra date (RDATE)"),
         "RECURRENCE-ID": Phrase("which occasion was changed (RECURRENCE-ID)")}
_BROKEN_LINE = re.compile(r"'([A-Za-z0-9-]+)[;:]")


def _problem(component, reading: CalendarReading) -> Phrase | None:
    """Why an event cannot be used, or ''. A broken property the wheel does not use (an ALARM, an
    ATTENDEE, a LOCATION …) only gets a note: the event itself is fine."""
    for prop, message in getattr(component, "errors", []):
        name = prop
        if name is None:  # a whole line could not be split into name and value
            found = _BROKEN_LINE.search(str(message))
            name = found.group(1) if found else ""
            if name.upper() in _WHAT or not name:
                return Phrase("a line cannot be read ({detail})", detail=_shorten(message))
        if name.upper() not in _WHAT:
            reading.notes.append(Phrase("{event}: {name} could not be read and was left aside.", event=_name(component),
                                        name=name))
            continue
        value = component.get(prop)
        shown = getattr(value, "to_ical", lambda: b"")()
        shown = shown.decode("utf-8", "replace") if isinstance(shown, bytes) else str(shown)
        what = _WHAT[name.upper()]
        if shown:
            return Phrase("{what} cannot be read ({value})", what=what, value=f"{prop}:{shown}")
        return Phrase("{what} cannot be read", what=what)
    if "DTSTART" not in component:
        return Phrase("has no start date (DTSTART)")
    return None


def _shorten(text: str) -> str:
    text = str(text)
    return text if len(text) <= 90 else text[:87] + "…"


def _title(component) -> str:
    """SUMMARY; else the first line of DESCRIPTION (Google writes events with only that); else ''."""
    summary = str(component.get("SUMMARY", "") or "").strip()
    if summary:
        return summary
    first = str(component.get("DESCRIPTION", "") or "").strip().split("\n", 1)[0].strip()
    return first if len(first) <= 80 else first[:79] + "…"


def _name(component) -> Phrase:
    """How the report names an event."""
    title = _title(component)
    if title:
        return Phrase("“{title}”", title=title)
    if "UID" in component:
        return Phrase("the event {uid}", uid=str(component["UID"]))
    return Phrase("an event without a name and a UID")


_PER_YEAR = {"YEARLY": 1, "MONTHLY": 12, "WEEKLY": 53, "DAILY": 366, "HOURLY": 8784, "MINUTELY": 527_040,
             "SECONDLY": 31_622_400}
_EVERY = {"HOURLY": Phrase("every hour"), "MINUTELY": Phrase("every minute"), "SECONDLY": Phrase("every second")}


def _refuse_a_flood(master) -> None:
    """Refuse, before expanding it, a series that would give more events in a year than the wheel takes
    (FREQ=MINUTELY, say): the expansion itself would take minutes."""
    rule = master.get("RRULE")
    if rule is None:
        return
    rule = rule[0] if isinstance(rule, list) else rule
    freq = str((rule.get("FREQ") or ["DAILY"])[0]).upper()
    estimate = _PER_YEAR.get(freq, 366) / max(1, int((rule.get("INTERVAL") or [1])[0]))
    for part in ("BYDAY", "BYMONTHDAY", "BYHOUR", "BYMINUTE", "BYSECOND"):
        values = rule.get(part) or []
        if len(values) > 1 and not (part == "BYDAY" and freq == "DAILY"):
            estimate *= len(values)
    count = rule.get("COUNT")
    if count:
        estimate = min(estimate, int(count[0]))
    if estimate > MAX_EVENTS:
        if freq in _EVERY:
            raise ImportRefused("ics.flood_every", event=_name(master), every=_EVERY[freq], most=MAX_EVENTS)
        raise ImportRefused("ics.flood", event=_name(master), most=MAX_EVENTS)


def _expand(single, master, uid: str, wheel: WheelYear, reading: CalendarReading) -> None:
    import recurring_ical_events

    _refuse_a_flood(master)
    try:
        start, _end = _dates(master)
    except _Skip as reason:
        reading.skip(master, reason.args[0])
        return
    turns = [wheel]
    if not wheel.first <= start <= wheel.last:
        turns.append(WheelYear(start.year if start.month >= wheel.start_month else start.year - 1, wheel.start_month))
    rules = master.get("RRULE", [])
    rules = rules if isinstance(rules, list) else [rules]  # an event may have several RRULE lines
    yearly = bool(rules) and all("FREQ=YEARLY" in rule.to_ical().decode() for rule in rules)
    for turn in turns:
        found: list[CalendarEvent] = []
        try:
            query = recurring_ical_events.of(single)
            for occurrence in query.between(turn.first, turn.last + timedelta(days=1)):
                if len(found) + len(reading.events) > MAX_EVENTS:
                    raise ImportRefused("ics.flood_found", event=_name(master), most=MAX_EVENTS)
                day, last = _dates(occurrence)
                if last < turn.first or day > turn.last:
                    continue
                found.append(_event(occurrence, day, last, f"{uid}#{day.strftime('%Y%m%d')}", yearly))
        except ImportRefused:
            raise
        except _Skip as reason:
            reading.skip(master, reason.args[0])
            return
        except Exception as exc:  # noqa: BLE001 - a rule the library cannot follow skips this event only
            reading.skip(master, Phrase("the recurrence cannot be laid out ({detail})", detail=_shorten(exc)))
            return
        if found and turn is wheel:
            reading.series += 1
            reading.events += found
            return
        if found:  # occasions only in other years: the series is left out and counted
            reading.outside.append((_name(master), found[0].start))
            return
    reading.skip(master, Phrase("the recurrence has no occasions"))


def _dates(component) -> tuple[date, date]:
    """First and last day of an event, in Swedish time; all-day events keep their dates."""
    try:
        start_value = component["DTSTART"].dt
    except Exception:  # noqa: BLE001
        raise _Skip(Phrase("the start date cannot be read")) from None
    try:
        if "DTEND" in component:
            end_value = component["DTEND"].dt
        elif "DURATION" in component:
            end_value = start_value + component["DURATION"].dt
        else:
            end_value = None
    except (OverflowError, ValueError, TypeError):
        raise _Skip(Phrase("the duration is unreasonable")) from None
    except Exception:  # noqa: BLE001
        raise _Skip(Phrase("the end date cannot be read")) from None
    if isinstance(start_value, datetime) and isinstance(end_value, datetime) and (
            (start_value.tzinfo is None) != (end_value.tzinfo is None)):
        # One time with a zone and one without: the one without is floating time, read as Swedish time.
        from zoneinfo import ZoneInfo

        start_value, end_value = (value if value.tzinfo else value.replace(tzinfo=ZoneInfo(LOCAL_ZONE))
                                  for value in (start_value, end_value))
    start = _local_day(start_value)
    if end_value is None:
        end = start
    elif isinstance(end_value, datetime) and isinstance(start_value, datetime):
        end = _local_day(end_value - timedelta(microseconds=1)) if end_value > start_value else start
    else:  # dates: DTEND is the day after the last day
        end = max(start, _local_day(end_value) - timedelta(days=1))
    if (end - start).days >= MAX_DAYS:
        raise _Skip(Phrase("lasts {days} days; an event in the annual wheel can last a year at most",
                           days=(end - start).days + 1))
    return start, end


def _local_day(value) -> date:
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            from zoneinfo import ZoneInfo

            return value.astimezone(ZoneInfo(LOCAL_ZONE)).date()
        return value.date()
    if isinstance(value, date):
        return value
    raise _Skip(Phrase("“{value}” is no date", value=value))


def _event(component, start: date, end: date, uid: str | None, yearly: bool = False) -> CalendarEvent:
    title = _title(component) or tr("Event without a name")
    description = str(component.get("DESCRIPTION", "") or "").strip()
    responsible = _text_property(component, RESPONSIBLE_PROPERTY).strip()
    if responsible and description.endswith(responsible_line(responsible)):
        description = description[: -len(responsible_line(responsible))].rstrip()
    kind = str(component.get(KIND_PROPERTY, "") or "")
    ring = _text_property(component, RING_PROPERTY).strip() or None
    flag = str(component.get(YEARLY_PROPERTY, "") or "").upper()
    if flag in ("TRUE", "FALSE"):  # styrapp's own export says so
        yearly = flag == "TRUE"
    exact = read_exact(str(component.get(EXACT_PROPERTY, "") or ""))
    summary = str(component.get("SUMMARY", "") or "")
    if exact.get("title") and _loosely(plain(exact["title"])) == _loosely(summary):
        title = exact["title"]  # styrapp's own export, the name unchanged since: the texts exactly
        description, responsible = exact.get("description", description), exact.get("responsible", responsible)
    return CalendarEvent(title, start, end, uid, description, responsible, ring,
                         kind if kind in {k.value for k in EventKind} else None, yearly)


_TEXT_ESCAPE = re.compile(r"\\([\\;,nN])")


def _text_property(component, name: str) -> str:
    """An X- property written as iCalendar text: the library gives it back with its escapes (\\; \\,)."""
    value = str(component.get(name, "") or "")
    return _TEXT_ESCAPE.sub(lambda found: "\n" if found.group(1) in "nN" else found.group(1), value)


def _loosely(text: str) -> str:
    """A name as compared with what a calendar library gives back (which may drop a U+FEFF)."""
    return text.replace("\ufeff", "").strip()


# --- into the plan -------------------------------------------------------------------------------


def import_calendar(plan, path: Path | str, ring: str | None = None, progress: Progress | None = None) -> CalendarImport:
    """Read `path` whole, then write its events into `plan`'s årshjul in one transaction.

    `ring` puts every event in that ring (made if the plan has none by that name); without it an
    event goes to the ring it came from (styrapp's own export), else to a ring named after the
    calendar (or the file)."""
    from ..models.queries.wheel_rows import read_wheel
    from ..models.services.wheel import merge_events

    path = Path(path)
    step(progress, 0, "opening the file")
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ImportRefused("file.not_found", path=str(path)) from None
    except IsADirectoryError:
        raise ImportRefused("ics.folder", path=str(path)) from None
    except OSError as exc:
        raise ImportRefused("ics.cannot_read", name=path.name, reason=exc.strerror or str(exc)) from None
    wheel = read_wheel(plan)
    reading = read_calendar(raw, wheel.year, wheel.start_month, progress)
    step(progress, 85, "writing to the plan")
    fallback = (ring or reading.name or tr("Imported from {name}", name=path.stem)).strip()[:80]
    items = []
    for event in reading.events:
        target = ring or event.ring or fallback
        items.append({"uid": event.uid, "title": event.title, "start": event.start, "end": event.end,
                      "description": event.description, "responsible": event.responsible, "ring": target,
                      "kind": event.kind, "recurring_yearly": event.recurring_yearly})
    report = CalendarImport(path.name, reading)
    if items:
        counts = merge_events(plan, items, fallback)
        report.created, report.updated, report.rings = counts.created, counts.updated, counts.rings
    step(progress, 100, "done")
    return report
