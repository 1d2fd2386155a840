"""No input crashes or hangs (issue 14, item 5): calendar files that bend the standard in ways real
programs do, titles with invisible characters, and what the import does with events outside the plan
year. Each case is a file written here and run through `styrapp-cli import` as a person runs it: it
ends with exit 0 and a report that names what was left out, or exit 2 and a message; never a traceback."""

from __future__ import annotations

from datetime import date

import pytest

from styrapp.cli import main
from styrapp.exchange.ical_import import SHOWN_OUTSIDE, import_calendar
from styrapp.exchange.kolada import ImportRefused
from styrapp.models.file.plan_file import open_plan
from styrapp.models.queries.wheel_rows import read_wheel
from tests.conftest import make_plan


def _calendar(*events: str, prodid: str = "test", zones: str = "") -> str:
    body = "".join(f"BEGIN:VEVENT\r\n{event}END:VEVENT\r\n" for event in events)
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:{prodid}\r\n{zones}{body}END:VCALENDAR\r\n"


@pytest.fixture
def plan_path(tmp_path):
    return make_plan(tmp_path / "plan.styrplan", "default", 2026)


def _cli(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def _events(path):
    with open_plan(path, read_only=True) as plan:
        return {e.title: e for e in read_wheel(plan).events if e.ring.startswith("Importerat")}


TWO_RULES = _calendar("UID:two@x\r\nSUMMARY:Två regler\r\nDTSTART;VALUE=DATE:20260105\r\n"
                      "RRULE:FREQ=WEEKLY;COUNT=3\r\nRRULE:FREQ=MONTHLY;COUNT=2\r\n")
MIXED_ZONES = _calendar(
    "UID:mixed@x\r\nSUMMARY:Med och utan zon\r\nDTSTART;TZID=Europe/Stockholm:20260310T230000\r\n"
    "DTEND:20260311T010000\r\n",
    "UID:mixed-series@x\r\nSUMMARY:Serie med och utan zon\r\nDTSTART;TZID=America/New_York:20260310T100000\r\n"
    "DTEND:20260310T120000\r\nRRULE:FREQ=WEEKLY;COUNT=3\r\nEXDATE:20260317T100000\r\n")
EXCHANGE_2010_ZONE = ("BEGIN:VTIMEZONE\r\nTZID:\r\nBEGIN:STANDARD\r\nDTSTART:16010101T030000\r\nTZOFFSETFROM:+0200\r\n"
                      "TZOFFSETTO:+0100\r\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10\r\nEND:STANDARD\r\n"
                      "BEGIN:DAYLIGHT\r\nDTSTART:16010101T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\n"
                      "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n")
EMPTY_TZID = _calendar(
    'UID:e1@x\r\nSUMMARY:Nämnd\r\nDTSTART;TZID="":20260310T233000\r\nDTEND;TZID="":20260310T235900\r\n',
    "UID:e2@x\r\nSUMMARY:Dialog\r\nDTSTART;TZID=:20260311T100000\r\nDTEND;TZID=:20260311T120000\r\n"
    "RRULE:FREQ=WEEKLY;COUNT=2\r\n", prodid="Microsoft Exchange Server 2010", zones=EXCHANGE_2010_ZONE)
TWO_CALENDARS = (_calendar("UID:a@x\r\nSUMMARY:Första\r\nDTSTART;VALUE=DATE:20260105\r\n") + "\r\n"
                 + _calendar("UID:b@x\r\nSUMMARY:Andra\r\nDTSTART;VALUE=DATE:20260106\r\n"))
INVISIBLE = "\ufeffBudget\u200bdialog\u200d\u2060 \u200f\u202e"
ZERO_WIDTH = _calendar(f"UID:z@x\r\nSUMMARY:{INVISIBLE}\r\nDTSTART;VALUE=DATE:20260105\r\nDTEND;VALUE=DATE:20260201\r\n",
                       "UID:z2@x\r\nSUMMARY:\ufeff\r\nDTSTART;VALUE=DATE:20260301\r\n",
                       "UID:z3@x\r\nSUMMARY:$\\frac{1}{$ & <b>\r\nDTSTART;VALUE=DATE:20260401\r\n")


@pytest.mark.parametrize(("content", "expected"), [
    (TWO_RULES, {"Två regler": 4}),
    (MIXED_ZONES, {"Med och utan zon": 1, "Serie med och utan zon": 2}),
    (EMPTY_TZID, {"Nämnd": 1, "Dialog": 2}),
    (TWO_CALENDARS, {"Första": 1, "Andra": 1}),
    (ZERO_WIDTH, {INVISIBLE: 1, "\ufeff": 1, "$\\frac{1}{$ & <b>": 1}),
], ids=["two RRULE lines", "a zone and none", "Exchange 2010's empty TZID", "two calendars, a blank line between",
        "zero-width characters"])
def test_a_calendar_real_programs_write_imports_without_a_crash(plan_path, tmp_path, capsys, content, expected):
    path = tmp_path / "kalender.ics"
    path.write_text(content, encoding="utf-8")
    code, out, err = _cli(capsys, "import", plan_path, path)
    assert (code, err) == (0, "")
    events = _events(plan_path)
    counts: dict[str, int] = {}
    with open_plan(plan_path, read_only=True) as plan:
        for event in read_wheel(plan).events:
            if event.ring.startswith("Importerat"):
                counts[event.title] = counts.get(event.title, 0) + 1
    assert counts == expected
    assert events


def test_the_dates_of_those_calendars_are_right(plan_path, tmp_path):
    with open_plan(plan_path) as plan:
        for name, content in (("mixed", MIXED_ZONES), ("tz", EMPTY_TZID), ("two", TWO_RULES)):
            (tmp_path / f"{name}.ics").write_text(content, encoding="utf-8")
            report = import_calendar(plan, tmp_path / f"{name}.ics")
            if name == "tz":
                assert any("tomt tidszonsnamn" in line and "svensk tid" in line for line in report.lines())
        days = {}
        for event in read_wheel(plan).events:
            days.setdefault(event.title, []).append((event.start, event.end))
    # 23:00 in Stockholm to 01:00 written without a zone (read as Swedish time): two days
    assert days["Med och utan zon"] == [(date(2026, 3, 10), date(2026, 3, 11))]
    # 10:00 in New York is 15:00 here; the exception written without a zone still takes the 17th away
    assert sorted(days["Serie med och utan zon"]) == [(date(2026, 3, 10),) * 2, (date(2026, 3, 24),) * 2]
    assert days["Nämnd"] == [(date(2026, 3, 10), date(2026, 3, 10))]  # floating: 23:30 stays on its day
    assert sorted(days["Dialog"]) == [(date(2026, 3, 11),) * 2, (date(2026, 3, 18),) * 2]
    assert sorted(days["Två regler"]) == [(date(2026, 1, d),) * 2 for d in (5, 12, 19)] + [(date(2026, 2, 5),) * 2]


def test_a_blank_line_inside_a_calendar_is_still_refused(plan_path, tmp_path, capsys):
    path = tmp_path / "trasig.ics"
    path.write_text(TWO_CALENDARS.replace("VERSION:2.0\r\nPRODID", "VERSION:2.0\r\n\r\nPRODID", 1), encoding="utf-8")
    code, _out, err = _cli(capsys, "import", plan_path, path)
    assert code == 2 and "Rad 3 är tom mitt i kalendern" in err


# --- events outside the plan year ---------------------------------------------------------------

def _holiday(year: int) -> str:
    return f"UID:midsommar-{year}@helgdagar\r\nSUMMARY:Midsommardagen\r\nDTSTART;VALUE=DATE:{year}0621\r\n"


def test_a_holiday_calendar_of_other_years_is_refused_and_says_why(plan_path, tmp_path, capsys):
    path = tmp_path / "helgdagar.ics"
    path.write_text(_calendar(*(_holiday(year) for year in range(2003, 2007))), encoding="utf-8")
    code, _out, err = _cli(capsys, "import", plan_path, path)
    assert code == 2
    assert "Ingen händelse i filen ligger under planåret 2026: 4 ligger utanför det (2003–2006)" in err
    assert _events(plan_path) == {}


def test_events_outside_the_plan_year_are_left_out_counted_and_named(plan_path, tmp_path, capsys):
    path = tmp_path / "helgdagar.ics"
    series = ("UID:serie@x\r\nSUMMARY:Gammal serie\r\nDTSTART;VALUE=DATE:20040105\r\n"
              "RRULE:FREQ=WEEKLY;UNTIL=20040301\r\n")
    across = "UID:over@x\r\nSUMMARY:Över nyår\r\nDTSTART;VALUE=DATE:20251229\r\nDTEND;VALUE=DATE:20260103\r\n"
    path.write_text(_calendar(*(_holiday(year) for year in (2003, 2004, 2026)), series, across), encoding="utf-8")
    code, out, _err = _cli(capsys, "import", plan_path, path)
    assert code == 0
    assert "3 händelser ligger utanför planåret 2026 och lämnades utanför:" in out
    assert "  – ”Midsommardagen”, 2003-06-21" in out and "  – ”Gammal serie”, 2004-01-05" in out
    events = _events(plan_path)
    assert events["Midsommardagen"].start == date(2026, 6, 21)
    assert events["Över nyår"].start == date(2025, 12, 29)  # it reaches into the plan year: kept
    assert len(events) == 2


def test_a_long_list_outside_the_year_is_named_in_part_and_counted(tmp_path):
    path = tmp_path / "manga.ics"
    path.write_text(_calendar(*(f"UID:{i}@x\r\nSUMMARY:Möte {i}\r\nDTSTART;VALUE=DATE:2020{1 + i % 12:02d}01\r\n"
                                for i in range(SHOWN_OUTSIDE + 5)),
                              "UID:in@x\r\nSUMMARY:I år\r\nDTSTART;VALUE=DATE:20260301\r\n"), encoding="utf-8")
    with open_plan(make_plan(tmp_path / "p.styrplan", "default", 2026)) as plan:
        lines = import_calendar(plan, path).lines()
    assert f"{SHOWN_OUTSIDE + 5} händelser ligger utanför planåret 2026 och lämnades utanför:" in lines
    assert "  – … och 5 till" in lines


def test_a_budget_year_wheel_takes_its_own_months(tmp_path):
    """A wheel from July: the plan year 2026/27 runs 1 July 2026 to 30 June 2027."""
    from styrapp.models.services.organisation import update_plan

    path = tmp_path / "budgetar.ics"
    path.write_text(_calendar(*(_holiday(year) for year in (2026, 2027))), encoding="utf-8")
    with open_plan(make_plan(tmp_path / "p.styrplan", "default", 2026)) as plan:
        update_plan(plan, wheel_start_month=7)
        report = import_calendar(plan, path)
    assert [e.start for e in report.reading.events] == [date(2027, 6, 21)]
    assert "1 händelse ligger utanför planåret 2026/27 och lämnades utanför:" in report.lines()


def test_nothing_in_the_year_and_a_broken_event_gives_both_reasons(plan_path, tmp_path):
    path = tmp_path / "helgdagar.ics"
    path.write_text(_calendar(_holiday(2004), "UID:trasig@x\r\nSUMMARY:Utan datum\r\n"), encoding="utf-8")
    with open_plan(plan_path) as plan, pytest.raises(ImportRefused) as refused:
        import_calendar(plan, path)
    assert "1 ligger utanför det (2004)" in refused.value.message
    assert "– ”Utan datum”: saknar startdatum (DTSTART)" in refused.value.message


# --- invisible characters in what the årshjul draws -------------------------------------------------

def test_zero_width_characters_in_titles_draw_in_the_wheel_and_its_reports(plan_path, tmp_path, capsys):
    path = tmp_path / "osynligt.ics"
    path.write_text(ZERO_WIDTH, encoding="utf-8")
    assert _cli(capsys, "import", plan_path, path)[0] == 0
    for fmt in ("pdf", "svg", "png"):
        code, _out, err = _cli(capsys, "export", "--format", fmt, "-o", tmp_path / f"hjul.{fmt}", plan_path)
        assert (code, err) == (0, ""), err
    for kind in ("arshjul", "verksamhetsplan"):
        code, _out, err = _cli(capsys, "report", "--kind", kind, "-o", tmp_path / f"{kind}.pdf", plan_path)
        assert code == 0, err
        assert (tmp_path / f"{kind}.pdf").read_bytes().startswith(b"%PDF")
    assert INVISIBLE in _events(plan_path)  # stored whole: only the drawing leaves the invisible out


def test_the_drawn_text_leaves_out_only_what_draws_as_nothing():
    from styrapp.reports.wheel_figure import drawable, measure

    assert drawable(INVISIBLE) == "Budgetdialog "
    assert drawable("Rad ett\u000bRad två\tslut") == "Rad ett Rad två slut"
    assert drawable("åäö € 😀 <&>") == "åäö € 😀 <&>"
    assert measure("\ufeff", 10.0) == 0.0 and measure("Budget\u200b", 10.0) == measure("Budget", 10.0)
