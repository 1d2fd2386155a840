"""Hostile text (control characters, direction marks, zero-width characters, emoji, markup, SQL, very
long text) in titles: what an iCalendar or Excel export gives back on import is what was written, and
every report kind builds (issue 14, item 5). Few examples and small plans, to stay fast."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from styrapp.exchange.excel import export_xlsx
from styrapp.exchange.excel_import import import_xlsx
from styrapp.exchange.ical_export import write_ics
from styrapp.exchange.ical_import import import_calendar
from styrapp.models.file.plan_file import open_plan
from styrapp.models.queries.wheel_rows import read_wheel
from styrapp.models.services import indicators, wheel
from styrapp.models.tables import Indicator
from tests.conftest import make_plan

PIECES = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u200e", "\u200f", "\u202a", "\u202e", "\u2066",
          "\u00ad", "😀", "👩‍👩‍👧", "🇸🇪", "<", ">", "&", "&amp;", "<b>", "'; DROP TABLE wheel_event; --", '"',
          "\\", "\\n", ";", ",", ":", "$x$", "%s", "{0}", "_x000B_", "=SUMMA(A1)", "å", "Ä", "€", "\u0301",
          "\x0b", "\x0c", "\x1f", "\x01", "\x7f", "\x85", "\u2028", "\r", "\n", "\r\n", "\t", " ", "ع", "עברית"]
TEXT = st.lists(st.one_of(st.sampled_from(PIECES), st.text(st.characters(exclude_categories=("Cs",)), max_size=8)),
                min_size=1, max_size=12).map("".join)
LONG = st.builds(lambda text, times: (text + " ") * times, TEXT, st.sampled_from([1, 2, 300]))
TITLE = st.one_of(TEXT, LONG).filter(lambda t: t.strip())
FAST = settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                        HealthCheck.too_slow])


@FAST
@given(titles=st.lists(TITLE, min_size=1, max_size=3))
@example(titles=["\u200b", "\ufeff"])  # a name that is only a U+FEFF, which calendar libraries drop
def test_hostile_titles_come_back_from_a_calendar_file(tmp_path_factory, titles):
    folder = tmp_path_factory.mktemp("ics")
    with open_plan(make_plan(folder / "a.styrplan", "default", 2026)) as plan:
        ring = read_wheel(plan).rings[0].id
        for number, title in enumerate(titles):
            wheel.create_event(plan, ring_id=ring, title=title, start=date(2026, 3, 1 + number),
                               description=title, responsible=title[:50])
        written = sorted((e.title, e.description, e.responsible) for e in read_wheel(plan).events
                         if e.start.month == 3 and e.start.day <= 3 and e.ring_id == ring)
        path = write_ics(read_wheel(plan), folder / "hjul.ics")
    with open_plan(make_plan(folder / "b.styrplan", "default", 2026)) as other:
        before = {e.uid for e in read_wheel(other).events}
        import_calendar(other, path)
        back = sorted((e.title, e.description, e.responsible) for e in read_wheel(other).events
                      if e.uid not in before and e.start.month == 3 and e.start.day <= 3)
    assert [t for t, _d, _r in back] == [t for t, _d, _r in written]
    assert back == written


@FAST
@given(names=st.lists(TITLE, min_size=1, max_size=3, unique_by=lambda t: t.strip()))
def test_hostile_indicator_names_come_back_from_an_excel_file(tmp_path_factory, names):
    from styrapp.models.rules.measurements import MeasurementIn

    folder = tmp_path_factory.mktemp("xlsx")
    with open_plan(make_plan(folder / "a.styrplan", "default", 2026)) as plan:
        for name in names:
            made = indicators.create_indicator(plan, name=name, unit=name[:20], source=name)
            indicators.add_measurements(plan, made, [MeasurementIn("2025", 1.5, comment=name)])
        with plan.session() as session:
            written = sorted(session.execute(select(Indicator.name, Indicator.unit, Indicator.source)).all())
        path = export_xlsx(plan, folder / "plan.xlsx")
    with open_plan(make_plan(folder / "b.styrplan", "default", 2026)) as other:
        import_xlsx(other, path)
        with other.session() as session:
            back = sorted(session.execute(select(Indicator.name, Indicator.unit, Indicator.source)).all())
    assert back == written


@settings(max_examples=2, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(title=TITLE)
def test_every_report_kind_builds_with_hostile_titles(tmp_path_factory, title):
    from styrapp.models.services import nodes
    from styrapp.models.tables import Node
    from styrapp.reports import kinds
    from styrapp.reports.engine import build_report

    folder = tmp_path_factory.mktemp("reports")
    with open_plan(make_plan(folder / "a.styrplan", "default", 2026)) as plan:
        ring = read_wheel(plan).rings[0].id
        wheel.create_event(plan, ring_id=ring, title=title, start=date(2026, 3, 1), end=date(2026, 3, 20))
        wheel.create_event(plan, ring_id=ring, title=title, start=date(2026, 5, 1))
        indicators.create_indicator(plan, name=title, unit=title[:20])
        with plan.session() as session:
            node_ids = list(session.execute(select(Node.id)).scalars())
        for node_id in node_ids[:3]:
            nodes.rename_node(plan, node_id, title)
        for kind in kinds.KEYS:
            path = build_report(plan, kind, folder / f"{kind}.pdf")
            assert path.read_bytes().startswith(b"%PDF")
