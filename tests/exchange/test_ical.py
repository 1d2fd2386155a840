"""The årshjul as iCalendar: our export read by a real iCalendar library and by our own import, and every
real calendar file in tests/data/realdata/ics handled as its folder says (valid, broken, quirky)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import icalendar
import pytest

from styrapp.exchange.ical_export import ics_bytes, write_ics
from styrapp.exchange.ical_import import MAX_EVENTS, import_calendar
from styrapp.exchange.kolada import ImportRefused
from styrapp.models.file.plan_file import open_plan
from styrapp.models.queries.wheel_rows import read_wheel
from styrapp.models.services import wheel
from tests.conftest import REALDATA, make_plan

ICS = REALDATA / "ics"


def _files(folder: str) -> list[Path]:
    return sorted((ICS / folder).glob("*.ics"))


def _snapshot(plan):
    data = read_wheel(plan)
    return data.rings, data.events


# --- export --------------------------------------------------------------------------------------


def test_the_export_is_rfc_5545_that_a_real_library_reads(demo, tmp_path):
    wheel_id = next(r.id for r in read_wheel(demo).rings if r.name == "Budget")
    wheel.update_event(demo, next(e.id for e in read_wheel(demo).events if e.ring_id == wheel_id),
                       description="Dialog om ramar & nivåer; <viktigt>", responsible="Ekonomichef Åsa Öberg")
    data = read_wheel(demo)
    path = write_ics(data, tmp_path / "årshjul.ics")
    raw = path.read_bytes()
    assert b"\r\n" in raw and all(len(line) <= 75 for line in raw.split(b"\r\n"))  # folded, CRLF
    calendar = icalendar.Calendar.from_ical(raw)
    assert calendar["VERSION"] == "2.0" and "styrapp" in str(calendar["PRODID"])
    events = calendar.walk("VEVENT")
    assert len(events) == len(data.events) == 10
    by_uid = {str(e["UID"]): e for e in events}
    for row in data.events:
        event = by_uid[row.uid]
        assert str(event["SUMMARY"]) == row.title
        assert event["DTSTART"].dt == row.start and not hasattr(event["DTSTART"].dt, "hour")  # all-day
        assert event["DTEND"].dt == row.end + timedelta(days=1)  # the day after, as the standard says
        assert [str(c) for c in event["CATEGORIES"].cats] == [row.ring]
    budget = next(e for e in events if "ramar" in str(e.get("DESCRIPTION", "")))
    assert "Dialog om ramar & nivåer; <viktigt>" in str(budget["DESCRIPTION"])
    assert "Ansvarig: Ekonomichef Åsa Öberg" in str(budget["DESCRIPTION"])


def test_uids_are_the_same_every_time_so_a_re_export_updates_instead_of_duplicating(demo):
    data = read_wheel(demo)
    first = {str(e["UID"]) for e in icalendar.Calendar.from_ical(ics_bytes(data)).walk("VEVENT")}
    wheel.update_event(demo, data.events[0].id, title="Flyttad")
    second = {str(e["UID"]) for e in icalendar.Calendar.from_ical(ics_bytes(read_wheel(demo))).walk("VEVENT")}
    assert first == second == {e.uid for e in data.events}


def test_round_trip_into_the_same_plan_updates_and_into_another_plan_rebuilds_the_wheel(demo, tmp_path):
    before = _snapshot(demo)
    path = write_ics(read_wheel(demo), tmp_path / "demo.ics")
    report = import_calendar(demo, path)
    assert (report.created, report.updated) == (0, 10)
    assert _snapshot(demo) == before

    with open_plan(make_plan(tmp_path / "other.styrplan", "default", 2026)) as other:
        import_calendar(other, path)
        data = read_wheel(other)
    original = read_wheel(demo)
    assert {r.name for r in original.rings} <= {r.name for r in data.rings}
    key = lambda e: (e.uid, e.title, e.start, e.end, e.ring, e.kind, e.description, e.responsible)  # noqa: E731
    assert sorted(map(key, original.events)) == sorted(key(e) for e in data.events if e.uid in
                                                       {o.uid for o in original.events})


def _event_ids(plan) -> dict[str, tuple[str, str | None]]:
    from sqlalchemy import select

    from styrapp.models.tables import WheelEvent

    with plan.session() as session:
        return {title: (uuid, uid) for title, uuid, uid in session.execute(
            select(WheelEvent.title, WheelEvent.uuid, WheelEvent.uid))}


def test_an_event_keeps_its_uuid_through_an_icalendar_file_and_a_foreign_uid_stays_its_own(demo, tmp_path):
    """Styrapp's UID is the event's uuid with @styrapp: imported elsewhere the event keeps its uuid."""
    path = write_ics(read_wheel(demo), tmp_path / "demo.ics")
    ours = _event_ids(demo)
    assert all(uid is None for _uuid, uid in ours.values())
    with open_plan(make_plan(tmp_path / "other.styrplan", "default", 2026)) as other:
        import_calendar(other, path)
        theirs = _event_ids(other)
        ring = read_wheel(other).rings[0].id
        foreign = wheel.create_event(other, ring_id=ring, title="Från Outlook", start=date(2026, 5, 4),
                                     uid="040000008200E00074C5B7101A82E008@outlook.com")
        copy = wheel.create_event(other, ring_id=ring, title="Samma UID igen", start=date(2026, 5, 5),
                                  uid=read_wheel(demo).events[0].uid)
        rows = {e.id: e.uid for e in read_wheel(other).events}
    assert {t: ids for t, ids in theirs.items() if t in ours} == ours
    assert rows[foreign] == "040000008200E00074C5B7101A82E008@outlook.com"
    assert rows[copy] == read_wheel(demo).events[0].uid  # kept as a UID, its uuid taken already


# --- real files ----------------------------------------------------------------------------------


@pytest.fixture
def plan2027(tmp_path):
    with open_plan(make_plan(tmp_path / "plan.styrplan", "default", 2027)) as plan:
        yield plan


@pytest.fixture
def plan_of(tmp_path):
    """A plan for the year a real calendar file's events are in (the wheel shows one year)."""
    plans = []

    def make(year: int):
        plan = open_plan(make_plan(tmp_path / f"plan{year}.styrplan", "default", year))
        plans.append(plan)
        return plan

    yield make
    for plan in plans:
        plan.close()


# The year each real file's events lie in (the recurring ones without an end have occasions every year).
YEAR = {"icalendar__alarm_google_future.ics": 2024, "icalendar__alarm_thunderbird_future.ics": 2024,
        "icalendar__bom_calendar.ics": 2027, "icalendar__created_calendar_with_unicode_fields.ics": 2010,
        "icalendar__example.ics": 2022, "icalendar__issue_237_fail_to_parse_timezone_with_non_ascii_tzid.ics": 2017,
        "icalendar__issue_722_timezone_transition_ambiguity.ics": 2024, "icalendar__issue_836_do_not_quote_tzid.ics": 2024,
        "icalendar__timezone_same_start.ics": 2017, "icalendar__timezoned.ics": 2012, "icalendar__x_location.ics": 2027,
        "icaljs__daily_recur.ics": 2027, "icaljs__day_long_recur_yearly.ics": 2027,
        "icalendar__issue_165_missing_event.ics": 2015, "icalendar__parsing_error.ics": 2008,
        "icalendar__multiple_calendar_components.ics": 2003, "icaljs__google_birthday.ics": 2013}


@pytest.mark.parametrize("path", _files("valid"), ids=lambda p: p.name)
def test_every_valid_real_calendar_imports(plan_of, path):
    report = import_calendar(plan_of(YEAR[path.name]), path)
    events = report.reading.events
    assert report.lines()[0].startswith(path.name)
    if path.name == "icalendar__bom_calendar.ics":
        assert events == [] and "0 händelser" in report.lines()[0]
    else:
        assert events and report.created == len({e.uid for e in events if e.uid}) + sum(1 for e in events if not e.uid)


def _imported(plan, path, **kw):
    import_calendar(plan, path, **kw)
    return [e for e in read_wheel(plan).events if e.ring not in ("Planering", "Uppföljning")]


def test_swedish_letters_and_the_euro_come_through(plan_of):
    titles = {e.title for e in _imported(plan_of(2010), ICS / "valid" / "icalendar__created_calendar_with_unicode_fields.ics")}
    assert {"Non-ASCII Test: ÄÖÜ äöü €", "åäö"} <= titles


def test_all_day_events_keep_their_day(plan_of):
    events = {e.title: e for e in _imported(plan_of(2022), ICS / "valid" / "icalendar__example.ics")}
    assert (events["New Year's Day"].start, events["New Year's Day"].end) == (date(2022, 1, 1), date(2022, 1, 1))
    assert events["International Women's Day"].start == date(2022, 3, 8)


@pytest.mark.parametrize(("name", "title", "day"), [
    ("icalendar__timezone_same_start.ics", "Test 4", date(2017, 2, 24)),  # "Pacific Standard Time" 12:00 = 21:00 here
    ("icalendar__issue_836_do_not_quote_tzid.ics", "Anonymous Test Event for TZID", date(2024, 10, 28)),
    ("icalendar__issue_237_fail_to_parse_timezone_with_non_ascii_tzid.ics", "Händelse utan namn", date(2017, 5, 11)),
])
def test_windows_time_zone_names_are_honoured(plan_of, name, title, day):
    event = next(e for e in _imported(plan_of(YEAR[name]), ICS / "valid" / name) if e.title == title)
    assert event.start == day


def test_a_timed_event_lands_on_its_day_in_swedish_time(plan2027, tmp_path):
    path = tmp_path / "late.ics"
    path.write_text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:test\r\nBEGIN:VEVENT\r\nUID:late@x\r\n"
                    "SUMMARY:Sent i New York\r\nDTSTART;TZID=America/New_York:20270310T200000\r\n"
                    "DTEND;TZID=America/New_York:20270310T210000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    (event,) = _imported(plan2027, path)
    assert (event.start, event.end) == (date(2027, 3, 11), date(2027, 3, 11))  # 01:00–02:00 in Sweden


def test_a_multi_day_event_in_vienna_keeps_its_five_days(plan_of):
    (event,) = _imported(plan_of(2012), ICS / "valid" / "icalendar__timezoned.ics")
    assert (event.start, event.end) == (date(2012, 2, 13), date(2012, 2, 17))


def test_recurring_events_are_laid_out_in_the_plan_year(plan2027):
    events = _imported(plan2027, ICS / "valid" / "icalendar__x_location.ics")
    assert len(events) > 200 and {e.title for e in events} == {"Daily Sync"}
    assert all(e.start.year == 2027 and e.start.weekday() < 5 for e in events)
    assert len({e.uid for e in events}) == len(events)


@pytest.mark.parametrize(("name", "words"), [
    ("icalendar__big_bad_calendar.ics", "END:VCALENDAR saknas"),
    ("icalendar__small_bad_calendar.ics", "END:VCALENDAR saknas"),
    ("icalendar__broken_dtstart.ics", "startdatumet går inte att läsa (DTSTART:INVALID-DATE)"),
    ("icalendar__broken_ical.ics", "DTSTART;;VALUE=DATE-TIME"),
    ("icalendar__fuzz_testcase_invalid_month.ics", "ingen iCalendar-kalender"),
    ("icalendar__invalid_duration.ics", "varaktigheten"),
    ("icalendar__issue_104_broken_calendar.ics", "Rad 13"),
    ("icalendar__issue_1081_invalid_rrule_freq.ics", "upprepningsregeln går inte att läsa"),
    ("icaljs__blank_line_mid.ics", "Rad 3 är tom"),
])
def test_every_broken_real_calendar_is_refused_with_its_reason_and_changes_nothing(plan2027, name, words):
    assert {p.name for p in _files("broken")} >= {name}
    before = _snapshot(plan2027)
    with pytest.raises(ImportRefused) as refused:
        import_calendar(plan2027, ICS / "broken" / name)
    assert words in refused.value.message
    assert _snapshot(plan2027) == before


def test_no_broken_file_is_left_untested():
    tested = {"icalendar__big_bad_calendar.ics", "icalendar__small_bad_calendar.ics", "icalendar__broken_dtstart.ics",
              "icalendar__broken_ical.ics", "icalendar__fuzz_testcase_invalid_month.ics",
              "icalendar__invalid_duration.ics", "icalendar__issue_104_broken_calendar.ics",
              "icalendar__issue_1081_invalid_rrule_freq.ics", "icaljs__blank_line_mid.ics"}
    assert {p.name for p in _files("broken")} == tested


@pytest.mark.parametrize(("name", "count", "note"), [
    ("icalendar__issue_165_missing_event.ics", 14, "Mellanslag i upprepningsregler"),
    ("icalendar__parsing_error.ics", 40, "Tomma EXDATE-rader"),
    ("icalendar__multiple_calendar_components.ics", 3, "2 kalendrar"),
    ("icaljs__google_birthday.ics", 2, "felaktigt Z i RDATE"),  # and 2 birthdays in other years, counted
])
def test_quirky_real_calendars_are_repaired_by_the_written_rule(plan_of, name, count, note):
    report = import_calendar(plan_of(YEAR[name]), ICS / "quirky" / name)
    assert len(report.reading.events) == count
    assert any(note in line for line in report.lines())
    assert not report.reading.skipped


def test_no_quirky_file_is_left_untested():
    assert {p.name for p in _files("quirky")} == {
        "icalendar__issue_165_missing_event.ics", "icalendar__parsing_error.ics",
        "icalendar__multiple_calendar_components.ics", "icaljs__google_birthday.ics"}


def test_an_event_without_a_start_is_skipped_and_named_while_the_others_come_in(plan_of):
    report = import_calendar(plan_of(2010), ICS / "valid" / "icalendar__created_calendar_with_unicode_fields.ics")
    assert len(report.reading.events) == 2
    assert report.reading.skipped == ["”äöüßÄÖÜ”: saknar startdatum (DTSTART)"]
    assert any("hoppades över" in line for line in report.lines())


# --- bad input -----------------------------------------------------------------------------------


def _calendar(events: str) -> str:
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:test\r\n{events}END:VCALENDAR\r\n"


@pytest.mark.parametrize(("content", "words"), [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "ingen iCalendar"),
    (b"", "tom"),
    (b"Hej! Det h\xc3\xa4r \xc3\xa4r ett brev, ingen kalender.\n", "ingen iCalendar-kalender"),
    (_calendar("BEGIN:VEVENT\r\nUID:1\r\nSUMMARY:Utan datum\r\nEND:VEVENT\r\n").encode(), "saknar startdatum"),
    (_calendar("BEGIN:VEVENT\r\nUID:1\r\nSUMMARY:Lång\r\nDTSTART;VALUE=DATE:20270101\r\n"
               "DTEND;VALUE=DATE:20290101\r\nEND:VEVENT\r\n").encode(), "högst ett år"),
    (_calendar("BEGIN:VEVENT\r\nUID:1\r\nDTSTART:20270101T100000Z\r\n").encode(), "väntade END:VEVENT"),
    (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:1\r\nDTSTART:20270101\r\nEND:VEVENT\r\n", "END:VCALENDAR saknas"),
    (_calendar("BEGIN:VEVENT\r\nUID:1\r\nDTSTART:20270101\r\nEND:VTODO\r\n").encode(), "END:VTODO där filen väntade END:VEVENT"),
    (_calendar("BEGIN:VEVENT\r\nUID:1\r\nSUMMARY:Varje minut\r\nDTSTART:20270101T000000Z\r\n"
               "RRULE:FREQ=MINUTELY\r\nEND:VEVENT\r\n").encode(), "mer än 2000"),
])
def test_a_bad_calendar_file_gives_a_clear_message_and_loses_nothing(plan2027, tmp_path, content, words):
    path = tmp_path / "bad.ics"
    path.write_bytes(content)
    before = _snapshot(plan2027)
    with pytest.raises(ImportRefused) as refused:
        import_calendar(plan2027, path)
    assert words in refused.value.message
    assert _snapshot(plan2027) == before


def test_ten_thousand_events_are_refused_quickly_and_nothing_changes(plan2027, tmp_path):
    lines = []
    for i in range(10_000):
        day = date(2027, 1, 1) + timedelta(days=i % 365)
        lines.append(f"BEGIN:VEVENT\r\nUID:{i}@bulk\r\nSUMMARY:Händelse {i}\r\nDTSTART;VALUE=DATE:{day:%Y%m%d}\r\n"
                     "END:VEVENT\r\n")
    path = tmp_path / "bulk.ics"
    path.write_text(_calendar("".join(lines)), encoding="utf-8")
    before = _snapshot(plan2027)
    with pytest.raises(ImportRefused) as refused:
        import_calendar(plan2027, path)
    assert "10 000 händelser" in refused.value.message and f"{MAX_EVENTS:,}".replace(",", " ") in refused.value.message
    assert _snapshot(plan2027) == before


def test_a_missing_file_or_a_folder_is_named(plan2027, tmp_path):
    with pytest.raises(ImportRefused, match="finns inte"):
        import_calendar(plan2027, tmp_path / "saknas.ics")
    with pytest.raises(ImportRefused, match="mapp"):
        import_calendar(plan2027, tmp_path)


def test_a_ring_can_be_named_for_the_import(plan_of):
    plan = plan_of(2022)
    report = import_calendar(plan, ICS / "valid" / "icalendar__example.ics", ring="Helgdagar")
    assert report.rings == ["Helgdagar"]
    assert {e.ring for e in read_wheel(plan).events if e.title == "New Year's Day"} == {"Helgdagar"}


def test_a_line_folded_in_the_middle_of_a_swedish_letter_reads_whole(plan2027, tmp_path):
    title = "Beslut om årsredovisning".encode()
    cut = title.index("å".encode()) + 1  # between the two bytes of å, as a 75-byte fold can fall
    path = tmp_path / "outlook.ics"
    path.write_bytes(_calendar("BEGIN:VEVENT\r\nUID:fold@x\r\nDTSTART;VALUE=DATE:20270415\r\n").encode()
                     .replace(b"END:VCALENDAR\r\n", b"")
                     + b"SUMMARY:" + title[:cut] + b"\r\n " + title[cut:] + b"\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    (event,) = _imported(plan2027, path)
    assert event.title == "Beslut om årsredovisning"


def test_a_calendar_in_windows_1252_is_read_and_said_so(plan2027, tmp_path):
    path = tmp_path / "gammal.ics"
    path.write_bytes(_calendar("BEGIN:VEVENT\r\nUID:w@x\r\nSUMMARY:Förvaltningsdialog\r\n"
                               "DTSTART;VALUE=DATE:20270301\r\nEND:VEVENT\r\n").encode("cp1252"))
    report = import_calendar(plan2027, path)
    assert report.reading.events[0].title == "Förvaltningsdialog"
    assert any("Windows-1252" in line for line in report.lines())


def test_a_broken_property_the_wheel_does_not_use_costs_the_event_nothing(plan2027, tmp_path):
    path = tmp_path / "attendee.ics"
    path.write_text(_calendar("BEGIN:VEVENT\r\nUID:a@x\r\nSUMMARY:Nämndmöte\r\nDTSTART;VALUE=DATE:20270312\r\n"
                              "DTSTAMP:INTE-ETT-DATUM\r\nEND:VEVENT\r\n"))
    report = import_calendar(plan2027, path)
    assert [e.title for e in report.reading.events] == ["Nämndmöte"]
    assert any("DTSTAMP gick inte att läsa" in line for line in report.lines())
