"""Ekonomi: amounts kept exactly in öre, parsed and written the Swedish way; frames, outcomes and
forecasts per unit, year and kind; the deviation's colour by the plan's rule; the red thread's warning."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from sqlalchemy import select

from styrapp.models.enums import Status
from styrapp.models.errors import InvalidValue
from styrapp.models.file import migrations
from styrapp.models.file.plan_file import open_plan
from styrapp.models.queries import economy as queries
from styrapp.models.queries.red_thread import check_plan
from styrapp.models.rules import money
from styrapp.models.services import economy
from styrapp.models.tables import BudgetFigure, BudgetLine, OrgUnit, ReportingPeriod

from ..conftest import dump
from .test_migrations import SCHEMA_DIR


@pytest.mark.parametrize(("text", "unit", "ore"), [
    ("4 321 000", "kr", 432_100_000),
    ("1 234,50", "kr", 123_450),
    ("−12 300", "kr", -1_230_000),
    ("-12300", "kr", -1_230_000),
    ("4\u00a0321\u202f000", "kr", 432_100_000),
    ("1234.5", "tkr", 123_450_000),
    ("12,3", "mnkr", 1_230_000_000),
    (1234.5, "tkr", 123_450_000),  # a spreadsheet's number: its decimal form, not the binary float
    (0.1, "kr", 10),
    (7, "tkr", 700_000),
])
def test_amounts_are_read_as_swedish_software_writes_them(text, unit, ore):
    assert money.parse_amount(text, unit) == ore


@pytest.mark.parametrize(("text", "code"), [
    ("12,3,4", "money.invalid"), ("abc", "money.invalid"), ("1e400", "money.invalid"), ("", "money.invalid"),
    ("1 2,3.4", "money.invalid"), ("nan", "money.invalid"), (float("inf"), "money.invalid"), ("80 029 9", "money.invalid"),
    ("10000000000000", "money.too_large"), ("0,001", "money.below_ore"), (True, "money.invalid"),
])
def test_what_is_no_amount_is_refused_with_its_reason(text, code):
    with pytest.raises(InvalidValue) as info:
        money.parse_amount(text, "kr")
    assert info.value.code == code
    assert "belopp" in info.value.text("sv") or "mer än" in info.value.text("sv") or "öre" in info.value.text("sv")


def test_amounts_are_written_with_groups_a_decimal_comma_and_a_real_minus():
    assert money.format_amount(123_450_000, "kr") == "1\u00a0234\u00a0500"
    assert money.format_amount(123_450_000, "tkr") == "1\u00a0235"  # shown rounded half away from zero
    assert money.format_amount(-123_450_000, "tkr") == "\u22121\u00a0235"
    assert money.format_amount(123_450_000, "tkr", exact=True) == "1\u00a0234,5"  # an editor shows what is kept
    assert money.format_amount(-1_230_000_000, "mnkr") == "\u221212,3"
    assert money.format_amount(None) == ""
    assert money.format_percent(-0.0523) == "\u22125,2\u00a0%"
    # exact: the sum of 0,10 kr and 0,20 kr is 0,30 kr, never 0,30000000000000004
    assert money.format_amount(money.total([money.parse_amount("0,10"), money.parse_amount("0,20")]), "kr",
                               decimals=2) == "0,30"


def test_a_deviation_is_coloured_by_the_plans_rule():
    rule = money.BudgetRule(green=0.0, yellow=0.02)
    assert money.deviation(1000, 1200) == -200 and money.deviation(1000, None) is None
    assert money.deviation_status(1000, 900, rule) == Status.GREEN
    assert money.deviation_status(1000, 1015, rule) == Status.YELLOW
    assert money.deviation_status(1000, 1030, rule) == Status.RED
    assert money.deviation_status(1000, None, rule) == Status.UNKNOWN
    assert money.deviation_status(1000, 1015, money.BudgetRule(green=0.02, yellow=0.05)) == Status.GREEN
    with pytest.raises(InvalidValue):
        money.check_rule(0.05, 0.01)


def _unit_and_period(plan):
    with plan.session() as session:
        unit = session.execute(select(OrgUnit.id).where(OrgUnit.name == "Gata och park")).scalar_one()
        period = session.execute(select(ReportingPeriod.id).where(ReportingPeriod.name == "Delårsrapport")).scalar_one()
    return unit, period


def test_a_frame_per_unit_year_and_kind_with_outcome_and_forecast(demo):
    unit, period = _unit_and_period(demo)
    line = economy.set_frame(demo, unit, 2026, "investment", money.parse_amount("2 500", "tkr"))
    assert economy.set_frame(demo, unit, 2026, "investment", 300_000_000) == line  # the same line, changed
    economy.set_budget_figure(demo, line, period, outcome_ore=100_000_000)
    economy.set_budget_figure(demo, line, period, forecast_ore=310_000_000)  # the outcome stays
    view = queries.unit_economy(demo, unit, 2026)
    investment = next(f for f in view.frames if f.kind == "investment")
    assert investment.frame == 300_000_000
    figure = next(f for f in investment.figures if f.period_id == period)
    assert (figure.outcome, figure.forecast) == (100_000_000, 310_000_000)
    assert view.amount_unit == "tkr" and [p[1] for p in view.periods] == ["Delårsrapport", "Årsredovisning"]
    rows = {(r.unit, r.kind): r for r in queries.economy_rows(demo, 2026, period)}
    assert rows["Gata och park", "investment"].deviation == -10_000_000
    assert rows["Gata och park", "investment"].status == Status.RED  # 3,3 % over: more than the 2 % yellow
    economy.delete_budget_line(demo, line)
    with demo.session() as session:
        assert session.get(BudgetLine, line) is None
        assert not session.execute(select(BudgetFigure).where(BudgetFigure.line_id == line)).all()


@pytest.mark.parametrize(("frame", "code"), [(-1, "money.negative_frame"), (10**13 * 100, "money.too_large"),
                                             (1.5, "money.invalid")])
def test_a_bad_frame_is_refused_and_nothing_changes(demo, frame, code):
    unit, _period = _unit_and_period(demo)
    before = dump(demo)
    with pytest.raises(InvalidValue) as info:
        economy.set_frame(demo, unit, 2026, "operating", frame)
    assert info.value.code == code
    with pytest.raises(InvalidValue):
        economy.create_budget_line(demo, year=2026, frame_ore=frame, unit_id=unit)
    assert dump(demo) == before


def test_one_frame_per_unit_year_and_kind_and_figures_in_the_lines_year(demo):
    unit, period = _unit_and_period(demo)
    before = dump(demo)
    with pytest.raises(InvalidValue) as info:
        economy.create_budget_line(demo, year=2026, frame_ore=100, unit_id=unit)
    assert info.value.code == "budget.frame_exists" and "Gata och park" in info.value.text("sv")
    line = economy.create_budget_line(demo, year=2027, frame_ore=100, unit_id=unit)
    with pytest.raises(InvalidValue) as info:
        economy.set_budget_figure(demo, line, period, outcome_ore=5)
    assert info.value.code == "budget.period_year"
    economy.delete_budget_line(demo, line)
    assert dump(demo) == before


def test_the_plan_sets_the_unit_and_the_rule(demo):
    assert economy.set_amount_unit(demo, "mnkr") == "tkr"
    assert queries.amount_unit(demo) == "mnkr"
    with pytest.raises(InvalidValue):
        economy.set_amount_unit(demo, "öre")
    economy.set_budget_rule(demo, 0.01, 0.03)
    assert queries.budget_rule(demo) == money.BudgetRule(0.01, 0.03)
    with pytest.raises(InvalidValue):
        economy.set_budget_rule(demo, 0.05, 0.01)


def test_the_red_thread_warns_about_a_forecast_over_the_frame(demo):
    found = [f for f in check_plan(demo) if f.code == "forecast_over_frame"]
    assert sorted(f.values["unit"] for f in found) == ["Gata och park", "Vatten och avlopp"]  # the demo's two
    text = next(f for f in found if f.values["unit"] == "Gata och park").text("sv")
    assert "prognosen" in text and "38\u00a0400\u00a0tkr" in text and "700\u00a0tkr" in text
    unit, period = _unit_and_period(demo)
    with demo.session() as session:
        line = session.execute(select(BudgetLine.id).where(BudgetLine.unit_id == unit)).scalar_one()
    economy.set_budget_figure(demo, line, period, forecast_ore=money.parse_amount("38 000", "tkr"))
    assert [f.values["unit"] for f in check_plan(demo) if f.code == "forecast_over_frame"] == ["Vatten och avlopp"]


def test_the_upgrade_keeps_every_amount_exactly_in_ore(tmp_path):
    """1234.5 tkr becomes 123 450 000 öre (1 234 500 kr) exactly; tkr given as binary floats come out as
    typed (0.1 tkr is 10 000 öre, not 9 999); half an öre rounds away from zero."""
    path = tmp_path / "v2-demo.styrplan"
    shutil.copyfile(SCHEMA_DIR / "v2-demo.styrplan", path)
    con = sqlite3.connect(path)
    con.execute("UPDATE budget_line SET frame_tkr = 1234.5 WHERE id = 1")
    con.execute("UPDATE budget_line SET frame_tkr = 0.1 WHERE id = 2")
    con.execute("UPDATE budget_figure SET outcome_tkr = -0.000005, forecast_tkr = NULL WHERE id = 1")
    con.commit()
    lines = dict(con.execute("SELECT id, uuid FROM budget_line"))
    con.close()
    with open_plan(path) as plan, plan.session() as session:
        frames = {line.id: (line.uuid, line.frame_ore) for line in session.execute(select(BudgetLine)).scalars()}
        figure = session.get(BudgetFigure, 1)
        assert (figure.outcome_ore, figure.forecast_ore) == (-1, None)
        assert session.get(BudgetFigure, 2).outcome_ore == 4_030_000_000  # 40 300 tkr
    assert frames[1] == (lines[1], 123_450_000) and frames[2] == (lines[2], 10_000)
    assert frames[3][1] == 4_480_000_000 and all(isinstance(f, int) for _u, f in frames.values())
    assert migrations.tkr_to_ore(0.1) == 10_000 and migrations.tkr_to_ore(None) is None


def test_the_units_of_amounts_are_worded_in_the_readers_language():
    from styrapp.models.rules import money
    from styrapp.wording import use_language

    with use_language("sv"):
        assert [money.unit_word(u) for u in money.UNITS] == ["kr", "tkr", "mnkr"]
        assert money.format_with_unit(123_450_000, "tkr") == "1\u00a0235\u00a0tkr"
    with use_language("en"):
        assert [money.unit_word(u) for u in money.UNITS] == ["SEK", "SEK thousand", "SEK million"]
        assert money.format_with_unit(-50_000_000, "mnkr").endswith("SEK million")
