"""Reports of a chosen plan year, and uppdragsgivarens mål in the reports: the verksamhetsplan marks a
goal from an uppdragsgivare with its source (and one removed at the source as removed), the återrapport
gives this plan's assessment of those goals by source, and `--year` shows that year as it was — its
goals, title, periods and follow-ups — while a year the plan does not hold is refused."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from styrapp.cli.main import main as cli_main
from styrapp.models.enums import Origin
from styrapp.models.errors import InvalidValue
from styrapp.models.file.plan_file import open_plan
from styrapp.models.queries.follow_up_rows import periods
from styrapp.models.queries.node_rows import read_tree
from styrapp.models.services import calendar, nodes
from styrapp.models.tables import Node, NodeSource, Plan, PlanYear
from styrapp.reports.engine import ReportOptions, build_report

HOSTILE_ORG = "Askersunds kommun <KF> & Co"


def _text(path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def _outline(path) -> list[str]:
    def walk(items):
        for item in items:
            yield from walk(item) if isinstance(item, list) else [item.title]

    return list(walk(PdfReader(path).outline))


def _from_commissioner(plan, node_id: int, organisation: str = "Askersunds kommun", *, title="Verksamhetsplan 2026",
                       year=2026, level="Målområde", removed=False) -> None:
    """Mark a goal as uppdragsgivarens mål, as the import of goals would (written here straight to the tables)."""
    with plan.transaction() as session:
        session.get(Node, node_id).origin = Origin.COMMISSIONER.value
        session.add(NodeSource(node_id=node_id, source_uuid=f"source-{node_id}", organisation=organisation,
                               plan_title=title, plan_year=year, level=level, removed=removed))


def _goals(plan):
    return [row for row in read_tree(plan, "goals").rows if row.kind == "goal"]


@pytest.fixture
def commissioned(demo):
    """The demo plan with two of its övergripande mål from Askersunds kommun (one removed there since)
    and one from a member municipality, the first followed up in the Delårsrapport."""
    first, second, third = _goals(demo)[:3]
    _from_commissioner(demo, first.id)
    _from_commissioner(demo, second.id, removed=True)
    _from_commissioner(demo, third.id, "Norbergs kommun", title="Mål och budget", year=2026, level="")
    period = next(p for p in periods(demo) if p.name == "Delårsrapport")
    calendar.set_follow_up(demo, first.id, period.id, status="yellow", assessment="partly_met",
                           analysis="Kundnöjdheten ökar men <inte> i Norberg & Fagersta.")
    return demo, first, second, third


def test_the_verksamhetsplan_marks_uppdragsgivarens_mal_with_their_source(commissioned, tmp_path):
    plan, first, second, third = commissioned
    text = _text(build_report(plan, "verksamhetsplan", tmp_path / "vp.pdf"))
    assert "Uppdragsgivarens mål – Askersunds kommun, Verksamhetsplan 2026" in text
    assert "Uppdragsgivarens mål – Norbergs kommun, Mål och budget 2026" in text  # the year added to a title without it
    assert text.count("Uppdragsgivarens mål –") == 3  # the nämnd's own goals carry no mark
    assert text.count("Borttaget ur uppdragsgivarens plan") == 1
    # the removed goal's mark follows its own title, not another's
    removed_at = text.index("Borttaget ur uppdragsgivarens plan")
    assert text.rindex(" ".join(second.title.split())[:30], 0, removed_at) > text.rindex(
        " ".join(first.title.split())[:30], 0, removed_at)


def test_the_follow_up_report_marks_them_too(commissioned, tmp_path):
    plan, *_ = commissioned
    text = _text(build_report(plan, "uppfoljning", tmp_path / "uf.pdf", ReportOptions(period="Delårsrapport")))
    assert text.count("Uppdragsgivarens mål –") == 3


def test_the_aterrapport_gives_this_plans_assessment_by_source(commissioned, tmp_path):
    plan, first, second, third = commissioned
    path = build_report(plan, "aterrapport", tmp_path / "ater.pdf", ReportOptions(period="Delårsrapport"))
    text = _text(path)
    reader = PdfReader(path)
    assert reader.metadata.title == "Återrapport till uppdragsgivaren 2026"
    assert reader.trailer["/Root"]["/Lang"] == "sv"
    outline = _outline(path)
    assert "Askersunds kommun – Verksamhetsplan 2026" in outline and "Norbergs kommun – Mål och budget 2026" in outline
    assert outline.index("Askersunds kommun – Verksamhetsplan 2026") < outline.index("Norbergs kommun – Mål och budget 2026")
    assert sum(title.startswith("Övergripande mål:") for title in outline) == 3  # only the goals from an uppdragsgivare
    assert " ".join(_goals(plan)[3].title.split())[:30] not in text  # an own goal is not reported back
    # this plan's assessment and analysis of the first goal, escaped user text printed as written
    assert "Kundnöjdheten ökar men <inte> i Norberg & Fagersta." in text
    assert "Gul" in text and "Bedömning: delvis uppfyllt" in text
    assert "Borttaget ur uppdragsgivarens plan" in text and "Nivå i uppdragsgivarens plan: Målområde" in text
    # its indicators' latest values and the aktiviteter under it
    assert "Nöjd kund-index, vatten och avlopp" in text and "Utfall t.o.m. 2026-08-31" in text
    under_first = [r for r in read_tree(plan, "goals").rows if r.parent_id == first.id]
    assert under_first and all(" ".join(r.title.split())[:30] in text for r in under_first)
    assert "Uppdrag och aktiviteter" in text


def test_the_aterrapport_shows_the_uppdrag_linked_to_the_goal(commissioned, tmp_path):
    plan, first, *_ = commissioned
    assignment = next(r for r in read_tree(plan, "assignments").rows if r.parent_id is None)
    below = [r for r in read_tree(plan, "assignments").rows if r.parent_id == assignment.id]
    nodes.link_nodes(plan, assignment.id, first.id)
    text = _text(build_report(plan, "aterrapport", tmp_path / "a.pdf", ReportOptions(period="Delårsrapport")))
    assert " ".join(assignment.title.split())[:30] in text
    assert below and all(" ".join(r.title.split())[:30] in text for r in below)  # its åtgärder beneath it


def test_the_source_is_printed_as_written_however_it_is_spelled(demo, tmp_path):
    goal = _goals(demo)[0]
    _from_commissioner(demo, goal.id, HOSTILE_ORG, title="Plan <2027> & budget", year=2027, level="Mål & <mått>")
    plan_text = _text(build_report(demo, "verksamhetsplan", tmp_path / "vp.pdf"))
    assert f"Uppdragsgivarens mål – {HOSTILE_ORG}, Plan <2027> & budget" in plan_text
    report = tmp_path / "a.pdf"
    text = _text(build_report(demo, "aterrapport", report, ReportOptions(period="Delårsrapport")))
    assert f"{HOSTILE_ORG} – Plan <2027> & budget" in text and "Nivå i uppdragsgivarens plan: Mål & <mått>" in text
    assert f"{HOSTILE_ORG} – Plan <2027> & budget" in _outline(report)


def test_an_aterrapport_of_a_plan_without_goals_from_an_uppdragsgivare_says_so(demo, tmp_path):
    path = build_report(demo, "aterrapport", tmp_path / "a.pdf")
    text = _text(path)
    assert "Planen har inga mål från en uppdragsgivare." in text and _outline(path) == ["Uppdragsgivarens mål"]
    with_english = build_report(demo, "aterrapport", tmp_path / "en.pdf", ReportOptions(language="en"))
    assert "The plan has no goals from a commissioner." in _text(with_english)


def _second_year(plan) -> dict[str, str]:
    """Year 2027 beside the demo's 2026, made straight in the tables (no turn of the year here): a plan
    year with its own title, its own goals, and the plan's newest year moved to it."""
    titles = {}
    with plan.transaction() as session:
        level_id = session.execute(select(Node.level_id).where(Node.parent_id.is_(None))).scalars().first()
        session.add(PlanYear(year=2027, title="Mål och budget 2027–2029"))
        for position, title in enumerate(("Nöjda invånare i hela förbundet 2027", "Hållbar VA-försörjning 2027")):
            session.add(Node(year=2027, level_id=level_id, position=position, title=title))
            titles[title] = title
        session.get(Plan, 1).year = 2027
    plan.year = None  # the newest year, now 2027
    return titles


def test_a_report_of_an_older_year_shows_that_year_as_it_was(demo, tmp_path):
    old_titles = [" ".join(r.title.split())[:40] for r in _goals(demo)]
    period = next(p for p in periods(demo) if p.name == "Delårsrapport")
    first = _goals(demo)[0]
    calendar.set_follow_up(demo, first.id, period.id, status="red", analysis="Analysen för 2026 står kvar.")
    new_titles = _second_year(demo)
    assert demo.year == 2027

    newest = _text(build_report(demo, "verksamhetsplan", tmp_path / "vp27.pdf"))
    assert all(title in newest for title in new_titles) and not any(title in newest for title in old_titles)
    assert "Verksamhetsplan 2027" in newest and "Mål och budget 2027–2029" in newest  # the year's own title

    old = _text(build_report(demo, "verksamhetsplan", tmp_path / "vp26.pdf", ReportOptions(year=2026)))
    assert all(title in old for title in old_titles) and not any(title in old for title in new_titles)
    assert "Verksamhetsplan 2026" in old and "Mål och budget 2027" not in old
    assert "Nöjd kund-index, vatten och avlopp" in old  # the indicators and their charts are there

    follow_up = _text(build_report(demo, "uppfoljning", tmp_path / "uf26.pdf", ReportOptions(year=2026)))
    # by default the year's latest period that has ended (the Årsredovisning once 2026 is over)
    assert "Uppföljning 2026 Delårsrapport" in follow_up or "Uppföljning 2026 Årsredovisning" in follow_up
    follow_up = _text(build_report(demo, "uppfoljning", tmp_path / "uf26d.pdf",
                                   ReportOptions(year=2026, period="Delårsrapport")))
    assert "Analysen för 2026 står kvar." in follow_up and not any(title in follow_up for title in new_titles)
    assert demo.year == 2027  # the plan still views its newest year


def test_an_indicators_chart_spans_the_years_and_an_older_year_shows_it_as_it_stood(demo, tmp_path):
    from styrapp.models.queries.report_context import read_report_context
    from styrapp.models.rules.measurements import MeasurementIn
    from styrapp.models.services import indicators
    from styrapp.models.tables import Indicator

    with demo.session() as session:
        nki = session.execute(select(Indicator).where(Indicator.name == "Nöjd kund-index, vatten och avlopp")).scalar_one()
    _second_year(demo)
    goal_2027 = _goals(demo)[0]
    indicators.link_indicator(demo, nki.id, goal_2027.id)  # the goal carried on measures what it measured
    indicators.add_measurements(demo, nki.id, [MeasurementIn("2027", 80)])
    context = read_report_context(demo, frozenset({"goals", "charts"}), year=2027)
    chart = context.series[nki.id]
    assert "2025" in chart.periods and "2027" in chart.periods  # the values of both years, on one chart
    newest = _text(build_report(demo, "verksamhetsplan", tmp_path / "vp27.pdf"))
    assert "80 index (2027)" in newest
    old = _text(build_report(demo, "verksamhetsplan", tmp_path / "vp26.pdf", ReportOptions(year=2026)))
    assert "72 index (2025)" in old and "80 index (2027)" not in old  # as it stood when 2026 ended


def test_a_period_of_another_year_is_refused_for_a_year_with_periods_of_its_own(demo, tmp_path):
    _second_year(demo)
    calendar.create_period(demo, name="Delårsrapport", kind="interim_report", year=2027, period_end=date(2027, 8, 31))
    demo.year = 2027
    march = next(p for p in periods(demo, 2026) if p.name == "Årsredovisning")
    with pytest.raises(InvalidValue) as refused:
        build_report(demo, "uppfoljning", tmp_path / "x.pdf", ReportOptions(year=2027, period=march.name))
    assert "hör till 2026, rapporten till 2027" in refused.value.message and "Delårsrapport" in refused.value.message
    assert not (tmp_path / "x.pdf").exists()


def test_a_year_the_plan_does_not_hold_is_refused(demo, tmp_path):
    with pytest.raises(InvalidValue) as refused:
        build_report(demo, "verksamhetsplan", tmp_path / "x.pdf", ReportOptions(year=2025))
    assert refused.value.message == "Planen har inget planår 2025. Välj bland: 2026."
    assert not (tmp_path / "x.pdf").exists() and demo.year == 2026


def test_a_nulageskoll_or_control_plan_of_a_year_without_its_plan_is_still_printed(demo, tmp_path):
    from styrapp.models.services import control
    from styrapp.models.tables import OrgUnit

    with demo.session() as session:
        unit = session.execute(select(OrgUnit.id)).scalars().first()
    control.set_situation_review(demo, unit, 2027, mission="Nulägeskoll inför planen för 2027")
    text = _text(build_report(demo, "nulageskoll", tmp_path / "n.pdf", ReportOptions(year=2027)))
    assert "Nulägeskoll inför planen för 2027" in text
    assert "2027" in _text(build_report(demo, "internkontroll", tmp_path / "k.pdf", ReportOptions(year=2027)))


def test_the_cli_reports_an_older_year_and_refuses_a_missing_one(demo_path, tmp_path, capsys):
    with open_plan(demo_path) as plan:
        _second_year(plan)
    assert cli_main(["report", str(demo_path), "--kind", "verksamhetsplan", "--year", "2026",
                     "-o", str(tmp_path / "vp.pdf")]) == 0
    text = _text(tmp_path / "vp.pdf")
    assert "Verksamhetsplan 2026" in text and "Nöjda invånare i hela förbundet 2027" not in text
    capsys.readouterr()
    assert cli_main(["report", str(demo_path), "--kind", "aterrapport", "--year", "2024",
                     "-o", str(tmp_path / "x.pdf")]) == 2
    assert "Planen har inget planår 2024. Välj bland: 2026, 2027." in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_viewing_a_year_is_for_this_thread_only_and_ends_with_the_block(demo):
    _second_year(demo)
    seen = {}

    def report_thread():
        with demo.viewing(2026):
            seen["inside"] = [r.title for r in _goals(demo)][:1]
            seen["year"] = demo.year
            ready.set()
            window_looked.wait(5)

    ready, window_looked = threading.Event(), threading.Event()
    worker = threading.Thread(target=report_thread)
    worker.start()
    ready.wait(5)
    seen["window"] = demo.year, [r.title for r in _goals(demo)]  # the window's thread, meanwhile
    window_looked.set()
    worker.join(5)
    assert seen["year"] == 2026 and seen["window"][0] == 2027
    assert seen["window"][1] == ["Nöjda invånare i hela förbundet 2027", "Hållbar VA-försörjning 2027"]
    assert seen["inside"] and seen["inside"][0] not in seen["window"][1]
    with pytest.raises(InvalidValue):
        with demo.viewing(2019):
            pass
    assert demo.year == 2027
