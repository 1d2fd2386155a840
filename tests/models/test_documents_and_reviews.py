"""Styrdokument (the register, the plan's rule of who decides each kind) and the nulägeskoll (its sections,
source lines and key figures), without Qt."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from styrapp.models.content.templates import TEMPLATE_NAMES
from styrapp.models.errors import InvalidValue, NotFound
from styrapp.models.file.plan_file import open_plan
from styrapp.models.queries.documents import document_rows
from styrapp.models.queries.node_rows import read_tree
from styrapp.models.queries.reviews import review_of
from styrapp.models.queries.units import delete_impact_unit
from styrapp.models.rules.measurements import MeasurementIn
from styrapp.models.services import control, documents, organisation
from styrapp.models.services.indicators import create_indicator, replace_measurements
from styrapp.models.tables import OrgUnit, SituationReview
from styrapp.reports.engine import ReportOptions, build_report
from styrapp.reports.situation_report import SECTIONS, measure
from tests.conftest import dump, make_plan


def _units(plan):
    with plan.session() as session:
        return list(session.execute(select(OrgUnit.id, OrgUnit.name).order_by(OrgUnit.id)).all())


def test_a_new_document_is_decided_by_the_body_the_rule_gives_its_kind(norrtalje):
    policy = control.create_document(norrtalje, title="Policy för inköp", kind="policy")
    guideline = control.create_document(norrtalje, title="Riktlinje för inköp", kind="guideline")
    rows = {r.id: r for r in document_rows(norrtalje)}
    assert rows[policy].decided_by == "KF" and rows[policy].effect == "normative"
    assert rows[guideline].decided_by == "nämnd"
    assert not rows[policy].wrong_decider


def test_past_date_and_wrong_body_are_marked(norrtalje):
    old = control.create_document(norrtalje, title="Gammal policy", kind="policy", decided_by="Socialnämnden",
                                  decided_on=date(2020, 1, 1), valid_until=date(2024, 12, 31))
    plan = control.create_document(norrtalje, title="VA-plan", kind="plan", decided_by="Kommunfullmäktige",
                                   valid_until=date(2030, 12, 31))
    rows = {r.id: r for r in document_rows(norrtalje, today=date(2027, 1, 10))}
    assert rows[old].past_date and rows[old].wrong_decider  # a policy decided by a nämnd
    assert not rows[plan].past_date and not rows[plan].wrong_decider  # KF may decide what a nämnd may
    assert rows[old].due_in(2027) and not rows[plan].due_in(2027)


def test_valid_until_before_the_decision_is_refused_and_nothing_changes(norrtalje):
    with pytest.raises(InvalidValue, match="före beslutsdatumet 2026-03-01"):
        control.create_document(norrtalje, title="Policy", kind="policy", decided_on=date(2026, 3, 1),
                                valid_until=date(2025, 12, 31))
    assert document_rows(norrtalje) == []
    ident = control.create_document(norrtalje, title="Policy", kind="policy", decided_on=date(2026, 3, 1))
    before = dump(norrtalje)
    with pytest.raises(InvalidValue, match="kan inte gälla bara till 2026-01-01"):
        documents.update_document(norrtalje, ident, valid_until=date(2026, 1, 1))
    with pytest.raises(InvalidValue, match="strategy"):
        documents.update_document(norrtalje, ident, kind="förordning")
    assert dump(norrtalje) == before


def test_documents_link_goals_and_take_their_links_with_them(demo):
    goals = [row.id for row in read_tree(demo, "goals").rows[:2]]
    ident = control.create_document(demo, title="Klimatstrategi", kind="strategy")
    documents.set_document_goals(demo, ident, goals)
    assert next(r for r in document_rows(demo) if r.id == ident).goal_ids == tuple(goals)
    documents.set_document_goals(demo, ident, goals[1:])
    assert next(r for r in document_rows(demo) if r.id == ident).goal_ids == tuple(goals[1:])
    with demo.recording() as edit:
        documents.delete_document(demo, ident)
    assert all(r.id != ident for r in document_rows(demo))
    demo.revert(edit)
    assert next(r for r in document_rows(demo) if r.id == ident).goal_ids == tuple(goals[1:])


def test_key_figures_carry_latest_outcome_target_trend_and_women_and_men(norrtalje):
    unit_id = _units(norrtalje)[1][0]
    indicator_id = create_indicator(norrtalje, name="Andel elever med godkänt", unit="%", target=90.0)
    replace_measurements(norrtalje, indicator_id, [
        ((period, "actual", gender), MeasurementIn(period, value, "actual", gender))
        for period, gender, value in (("2025", "T", 80.0), ("2026", "T", 84.0), ("2026", "K", 88.0), ("2026", "M", 80.0))])
    documents.set_review_key_figures(norrtalje, unit_id, 2027, [indicator_id])
    review = review_of(norrtalje, unit_id, 2027)
    (figure,) = review.key_figures
    assert (figure.latest, figure.period, figure.target, figure.women, figure.men) == (84.0, "2026", 90.0, 88.0, 80.0)
    assert figure.trend == 1 and figure.arrow == "↗"
    with pytest.raises(NotFound, match="99999 finns inte i planen"):
        documents.set_review_key_figures(norrtalje, unit_id, 2027, [indicator_id, 99999])
    assert review_of(norrtalje, unit_id, 2027).indicator_ids == (indicator_id,)


def test_the_mission_starts_from_the_units_mandate_until_one_is_written(norrtalje):
    unit_id = _units(norrtalje)[1][0]
    organisation.update_unit(norrtalje, unit_id, mandate="Nämnden ansvarar för skolan.")
    review = review_of(norrtalje, unit_id, 2027)
    assert not review.exists and review.text("mission") == "Nämnden ansvarar för skolan."
    control.set_situation_review(norrtalje, unit_id, 2027, mission="Vårt eget uppdrag.", mission_source="Reglemente 2023")
    review = review_of(norrtalje, unit_id, 2027)
    assert review.text("mission") == "Vårt eget uppdrag." and review.sources["mission"] == "Reglemente 2023"


def test_a_100000_character_section_is_kept_whole_and_printed_shortened_on_one_page(norrtalje, tmp_path):
    unit_id, name = _units(norrtalje)[1]
    huge = ("Ett mycket långt avsnitt om nuläget. " * 2800)[:100_000]
    control.set_situation_review(norrtalje, unit_id, 2027, analysis=huge)
    assert review_of(norrtalje, unit_id, 2027).texts["analysis"] == huge  # whole in the plan
    fit = measure({"analysis": huge}, {})
    assert not fit.fits and fit.shorten == "analysis"
    path = build_report(norrtalje, "nulageskoll", tmp_path / "nk.pdf", ReportOptions(unit=name))
    text = PdfReader(path).pages[0].extract_text()
    assert len(PdfReader(path).pages) == 1 and "[förkortad – hela texten finns i planen]" in " ".join(text.split())


def test_the_fit_gauge_says_which_section_to_shorten():
    short = measure({"analysis": "Kort."}, {})
    assert short.fits and short.size == 10.0 and short.shorten == ""
    full = measure({key: "Ord " * 400 for key, _t in SECTIONS}, {key: "Källa" for key, _t in SECTIONS})
    longer = measure({key: "Ord " * (400 if key != "needs" else 900) for key, _t in SECTIONS}, {})
    assert longer.used > full.used * 0.9 and not longer.fits and longer.shorten == "needs"
    assert full.size == 9.0 and longer.size == 9.0


@pytest.mark.parametrize("template", TEMPLATE_NAMES)
def test_every_templates_plan_prints_one_page_per_unit_even_with_every_section_full(tmp_path, template):
    with open_plan(make_plan(tmp_path / f"{template}.styrplan", template, 2027)) as plan:
        units = _units(plan)[:2]
        for unit_id, _name in units:
            control.set_situation_review(plan, unit_id, 2027, **{key: "Långt stycke text om läget. " * 3000
                                                                  for key, _t in SECTIONS},
                                         **{f"{key}_source": "Källa " * 40 for key, _t in SECTIONS})
        path = build_report(plan, "nulageskoll", tmp_path / "nk.pdf")
        assert len(PdfReader(path).pages) == len(units)
        one = build_report(plan, "nulageskoll", tmp_path / "one.pdf", ReportOptions(unit=units[0][1]))
        assert len(PdfReader(one).pages) == 1


def test_a_units_review_goes_with_the_unit_after_the_warning_says_so_and_comes_back_with_undo(norrtalje):
    unit_id, name = _units(norrtalje)[1]
    control.set_situation_review(norrtalje, unit_id, 2027, analysis="Analysen.")
    assert "1 nulägeskoll tas bort med den." in delete_impact_unit(norrtalje, unit_id)
    before = dump(norrtalje)
    with norrtalje.recording() as edit:
        organisation.delete_unit(norrtalje, unit_id)
    with norrtalje.session() as session:
        assert session.execute(select(SituationReview)).first() is None
    assert review_of(norrtalje, unit_id, 2027) is None
    norrtalje.revert(edit)
    assert dump(norrtalje) == before and review_of(norrtalje, unit_id, 2027).texts["analysis"] == "Analysen."


def test_check_warns_about_a_document_past_its_date_and_one_decided_by_the_wrong_body(norrtalje, capsys):
    from styrapp.cli.main import main

    control.create_document(norrtalje, title="Gammal policy", kind="policy", decided_by="Socialnämnden",
                            decided_on=date(2019, 1, 1), valid_until=date(2023, 12, 31))
    control.create_document(norrtalje, title="Ny strategi", kind="strategy", decided_by="KF")
    path = norrtalje.path
    norrtalje.close()
    main(["check", str(path)])
    out = " ".join(capsys.readouterr().out.split())
    assert "Styrdokumentet ”Gammal policy” gällde till 2023-12-31" in out
    assert "”Gammal policy” är en policy som beslutats av Socialnämnden, men planens regel ger policy till KF." in out
    assert "Ny strategi" not in out


def test_the_verksamhetsplan_names_each_goals_documents_and_those_to_review_this_year(demo, tmp_path):
    from tests.reports.test_pdf_reports import _outline_titles, _text

    goal = read_tree(demo, "goals").rows[0]
    linked = control.create_document(demo, title="Klimatstrategi 2030", kind="strategy", decided_by="Direktionen")
    documents.set_document_goals(demo, linked, [goal.id])
    control.create_document(demo, title="Gammal riktlinje", kind="guideline", valid_until=date(2026, 6, 30))
    path = build_report(demo, "verksamhetsplan", tmp_path / "vp.pdf")
    text = " ".join(_text(path).split())
    assert "Styrdokument: Klimatstrategi 2030" in text  # in the goal's part
    assert "Styrdokument" in _outline_titles(path) and "Att revidera 2026" in _outline_titles(path)
    assert "Gammal riktlinje" in text and "Klimatstrategi 2030 Strategi/program" in text


def test_hostile_text_in_a_nulageskoll_prints_as_text(norrtalje, tmp_path):
    unit_id, name = _units(norrtalje)[1]
    control.set_situation_review(norrtalje, unit_id, 2027, analysis="a<b & <i>kursiv</i> 🚀 R&D", analysis_source="<källa> & co")
    path = build_report(norrtalje, "nulageskoll", tmp_path / "nk.pdf", ReportOptions(unit=name))
    text = " ".join(PdfReader(path).pages[0].extract_text().split())
    assert "a<b & <i>kursiv</i> □ R&D" in text and "Källa: <källa> & co" in text
