"""Intern kontroll in the model: the risk analysis, the internkontrollplan and the follow-up of each
control per reporting period; refusals write nothing; the red thread of the internkontrollplan."""

from __future__ import annotations

from datetime import date

import pytest

from styrapp.models.errors import InvalidValue, NotFound
from styrapp.models.queries import control_rows
from styrapp.models.queries.plan_settings import get_setting
from styrapp.models.queries.red_thread import check_plan
from styrapp.models.rules.plan_settings import RISK_THRESHOLD
from styrapp.models.rules.risk import is_suggested
from styrapp.models.services import risks
from styrapp.models.services.organisation import create_unit
from styrapp.wording import use_language
from tests.conftest import dump


def _periods(plan, year):
    return {p.name: p.id for p in control_rows.control_periods(plan, year)}


def test_a_risk_is_added_rated_chosen_given_a_control_and_deleted(norrtalje):
    unit = create_unit(norrtalje, name="Socialnämnden", kind="committee", parent_id=None)
    risk_id = risks.create_risk(norrtalje, title="  Felaktiga utbetalningar av bistånd ", year=2027, likelihood=2,
                                consequence=3, unit_id=unit, category="Ekonomi", process="Ekonomiskt bistånd")
    analysis = control_rows.risk_analysis(norrtalje, 2027, unit)
    (row,) = analysis.risks
    assert (row.title, row.category, row.value, row.band, row.number) == ("Felaktiga utbetalningar av bistånd", "finance", 6, 2, 1)
    assert not row.suggested and not row.chosen and analysis.threshold == 6
    risks.rate_risk(norrtalje, risk_id, 3, 4)  # a drag to another cell of the matrix
    row = control_rows.risk_analysis(norrtalje, 2027, unit).risks[0]
    assert (row.likelihood, row.consequence, row.value, row.suggested) == (3, 4, 12, True)
    risks.choose_risk(norrtalje, risk_id)
    interim = _periods(norrtalje, 2027)["Delårsbokslut augusti"]
    risks.update_risk(norrtalje, risk_id, control="Stickprov på 10 ärenden", method="Stickprov",
                      responsible="Enhetschef", frequency="tertial", reporting="Nämnden", report_period_id=interim)
    row = control_rows.risk_analysis(norrtalje, 2027).chosen[0]
    assert (row.control, row.method, row.responsible, row.frequency, row.report_period) == (
        "Stickprov på 10 ärenden", "Stickprov", "Enhetschef", "tertial", "Delårsbokslut augusti")
    risks.set_control_follow_up(norrtalje, risk_id, interim, outcome="deviations", findings="2 av 10 saknade beslut",
                                actions="Rutinen ses över")
    assert control_rows.follow_up_count(norrtalje, risk_id) == 1
    risks.delete_risk(norrtalje, risk_id)
    assert control_rows.risk_analysis(norrtalje, 2027).risks == []
    assert control_rows.follow_up_count(norrtalje, risk_id) == 0


def test_the_plans_own_category_is_kept_as_typed(norrtalje):
    risk_id = risks.create_risk(norrtalje, title="Brand i arkivet", year=2027, likelihood=1, consequence=4,
                                category=" Säkerhet och beredskap ")
    assert control_rows.risk_analysis(norrtalje, 2027).by_id(risk_id).category == "Säkerhet och beredskap"
    for typed, stored in (("oegentligheter", "fraud"), ("Compliance", "compliance"), ("information", "information"),
                          ("", "")):
        risks.update_risk(norrtalje, risk_id, category=typed)
        assert control_rows.risk_analysis(norrtalje, 2027).by_id(risk_id).category == stored


@pytest.mark.parametrize("field", ["likelihood", "consequence"])
@pytest.mark.parametrize("value", [0, 5, -1, "3", 2.5, True, None])
def test_a_rating_off_the_scale_is_refused_and_nothing_is_written(norrtalje, field, value):
    risk_id = risks.create_risk(norrtalje, title="Risk", year=2027, likelihood=2, consequence=2)
    before = dump(norrtalje)
    with pytest.raises(InvalidValue) as refused:
        risks.update_risk(norrtalje, risk_id, **{field: value})
    with use_language("en"):
        assert "on the scale 1–4" in refused.value.text() and field.capitalize() in refused.value.text()
    with use_language("sv"):
        assert "1–4" in refused.value.text()
    with pytest.raises(InvalidValue):
        risks.create_risk(norrtalje, title="Ny risk", year=2027, **{"likelihood": 2, "consequence": 2, field: value})
    with pytest.raises(InvalidValue):
        risks.rate_risk(norrtalje, risk_id, *((value, 2) if field == "likelihood" else (2, value)))
    assert dump(norrtalje) == before


def test_other_bad_values_are_refused_and_nothing_is_written(norrtalje):
    risk_id = risks.create_risk(norrtalje, title="Risk", year=2027, likelihood=2, consequence=2)
    interim = _periods(norrtalje, 2027)["Delårsbokslut augusti"]
    before = dump(norrtalje)
    for call in (
        lambda: risks.update_risk(norrtalje, risk_id, title="   "),
        lambda: risks.update_risk(norrtalje, risk_id, frequency="sometimes"),
        lambda: risks.update_risk(norrtalje, risk_id, colour="red"),
        lambda: risks.update_risk(norrtalje, risk_id, title="Ny", likelihood=5),  # the good part is not written either
        lambda: risks.set_risk_threshold(norrtalje, 16),
        lambda: risks.set_risk_threshold(norrtalje, 0),
        lambda: risks.set_control_follow_up(norrtalje, risk_id, interim, outcome="ok"),  # not chosen
    ):
        with pytest.raises(InvalidValue):
            call()
    with pytest.raises(NotFound):
        risks.update_risk(norrtalje, 9999, title="x")
    risks.choose_risk(norrtalje, risk_id)
    chosen = dump(norrtalje)
    with pytest.raises(InvalidValue):
        risks.set_control_follow_up(norrtalje, risk_id, interim, outcome="maybe")
    other_year = risks.create_risk(norrtalje, title="Risk 2028", year=2028, likelihood=2, consequence=2, chosen=True)
    with pytest.raises(InvalidValue, match="hör till 2027, risken till 2028"):
        risks.update_risk(norrtalje, other_year, report_period_id=interim)
    risks.delete_risk(norrtalje, other_year)
    assert dump(norrtalje) == chosen and before != chosen


def test_the_threshold_decides_what_is_suggested_and_never_what_is_chosen(norrtalje):
    for title, likelihood, consequence in (("Låg", 1, 2), ("Måttlig", 2, 3), ("Hög", 2, 4), ("Mycket hög", 4, 4)):
        risks.create_risk(norrtalje, title=title, year=2027, likelihood=likelihood, consequence=consequence)
    suggested = [r.title for r in control_rows.risk_analysis(norrtalje, 2027).risks if r.suggested]
    assert suggested == ["Mycket hög", "Hög"]
    assert risks.set_risk_threshold(norrtalje, 4) == 6
    analysis = control_rows.risk_analysis(norrtalje, 2027)
    assert [r.title for r in analysis.risks if r.suggested] == ["Mycket hög", "Hög", "Måttlig"]
    assert analysis.chosen == [] and get_setting(norrtalje, RISK_THRESHOLD) == 4
    assert [r.number for r in analysis.risks] == [1, 2, 3, 4]
    assert is_suggested(7, 6) and not is_suggested(6, 6)


def test_the_follow_up_of_each_control_and_the_count_not_yet_followed_up(demo):
    analysis = control_rows.risk_analysis(demo, 2026)
    periods = _periods(demo, 2026)
    checks = control_rows.control_checks(demo, analysis, periods["Delårsrapport"])
    assert len(checks) == 4 and control_rows.not_followed_up(checks) == 0
    assert {c.outcome for c in checks} == {"ok", "deviations", "not_performed"}
    year_end = control_rows.control_checks(demo, analysis, periods["Årsredovisning"])
    assert control_rows.not_followed_up(year_end) == 4
    risk_id = year_end[0].risk.id
    risks.set_control_follow_up(demo, risk_id, periods["Årsredovisning"], outcome="ok", findings="Inga fel")
    risks.set_control_follow_up(demo, risk_id, periods["Årsredovisning"], outcome="deviations", findings="Ett fel")
    year_end = control_rows.control_checks(demo, analysis, periods["Årsredovisning"])
    assert control_rows.not_followed_up(year_end) == 3
    assert next(c for c in year_end if c.risk.id == risk_id).findings == "Ett fel"
    risks.clear_control_follow_up(demo, risk_id, periods["Årsredovisning"])
    assert control_rows.not_followed_up(control_rows.control_checks(demo, analysis, periods["Årsredovisning"])) == 4


def test_the_red_thread_of_the_internal_control_plan(norrtalje):
    periods = _periods(norrtalje, 2027)
    risk_id = risks.create_risk(norrtalje, title="Felaktiga utbetalningar", year=2027, likelihood=3, consequence=4,
                                chosen=True, report_period_id=periods["Delårsbokslut augusti"])
    risks.create_risk(norrtalje, title="Inte vald", year=2027, likelihood=4, consequence=4)

    def control_findings(today):
        return sorted((f.code, f.risk_id) for f in check_plan(norrtalje, today)
                      if f.code.startswith(("chosen_risk", "control_not")))

    period_end = next(p for p in control_rows.control_periods(norrtalje, 2027) if p.name == "Delårsbokslut augusti").period_end
    before_end = date(2027, 1, 15)
    assert control_findings(before_end) == [("chosen_risk_without_control", risk_id),
                                            ("chosen_risk_without_responsible", risk_id)]
    risks.update_risk(norrtalje, risk_id, control="Stickprov", responsible="Ekonomichef")
    assert control_findings(before_end) == []
    after_end = date.fromordinal(period_end.toordinal() + 1)
    assert control_findings(after_end) == [("control_not_followed_up", risk_id)]
    finding = next(f for f in check_plan(norrtalje, after_end) if f.code == "control_not_followed_up")
    with use_language("sv"):
        assert "Felaktiga utbetalningar" in finding.text() and "Delårsbokslut augusti" in finding.text()
    risks.set_control_follow_up(norrtalje, risk_id, periods["Delårsbokslut augusti"], outcome="not_performed",
                                findings="Personalbrist")
    assert control_findings(after_end) == []
    risks.update_risk(norrtalje, risk_id, report_period_id=None)  # then the year's last period counts
    assert control_findings(after_end) == []
    assert control_findings(date(2028, 2, 1)) == [("control_not_followed_up", risk_id)]


def test_the_cli_check_warns_about_the_internal_control_plan(tmp_path, capsys):
    import json

    from styrapp.cli.main import main
    from styrapp.models.file.plan_file import open_plan
    from tests.conftest import make_plan

    path = make_plan(tmp_path / "plan.styrplan")
    with open_plan(path) as plan:
        risk_id = risks.create_risk(plan, title="Felaktiga utbetalningar", year=2027, likelihood=4, consequence=4,
                                    chosen=True, responsible="Ekonomichef")
    assert main(["check", str(path)]) == 0  # warnings, no errors
    out = capsys.readouterr().out
    assert "varning: Risken ”Felaktiga utbetalningar” är vald till internkontrollplanen men har inget kontrollmoment." in out
    assert main(["--language", "en", "check", str(path), "--json"]) == 0
    found = [f for f in json.loads(capsys.readouterr().out) if f["code"] == "chosen_risk_without_control"]
    assert found == [{"severity": "warning", "code": "chosen_risk_without_control", "node_id": None,
                      "indicator_id": None, "unit_id": None, "risk_id": risk_id,
                      "message": "The risk “Felaktiga utbetalningar” is chosen for the internal control plan but has no control."}]
