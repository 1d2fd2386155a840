"""Reporting periods without Qt: add, rename, change kind and dates, remove (refused while something is
written for the period, saying how much), the tie to the årshjul's events, and the templates' periods."""

from __future__ import annotations

from datetime import date

import pytest

from styrapp.models.content.templates import apply_template
from styrapp.models.errors import InUse, InvalidValue
from styrapp.models.file.plan_file import create_plan, open_plan
from styrapp.models.queries.follow_up_rows import periods
from styrapp.models.queries.wheel_rows import read_wheel
from styrapp.models.services import calendar, economy, wheel
from styrapp.wording import use_language


def _period(plan, name):
    return next(p for p in periods(plan) if p.name == name)


def _event(plan, period_id):
    return next(e for e in read_wheel(plan).events if e.period_id == period_id)


def test_a_period_is_added_renamed_and_its_kind_changed(norrtalje):
    before = periods(norrtalje)
    new = calendar.create_period(norrtalje, name="Tertialrapport 1", kind="tertial_report", period_end=date(2027, 4, 30))
    added = next(p for p in periods(norrtalje) if p.id == new)
    assert (added.kind, added.year, added.period_end, added.due) == ("tertial_report", 2027, date(2027, 4, 30), None)
    assert len(periods(norrtalje)) == len(before) + 1
    calendar.update_period(norrtalje, new, name="  Tertial 1  ", kind="other")
    changed = next(p for p in periods(norrtalje) if p.id == new)
    assert (changed.name, changed.kind) == ("Tertial 1", "other")


@pytest.mark.parametrize(("fields", "code"), [
    ({"name": "  "}, "value.empty"),
    ({"kind": "quarterly_report"}, "value.not_a_choice"),
    ({"name": "årsredovisning"}, "period.exists"),  # Å/å: the same name, whatever the case
    ({"period_end": "2027-08-31"}, "period.not_a_date"),
    ({"due": date(2027, 1, 31)}, "period.due_before_end"),
    ({"id": 7}, "field.not_editable"),
])
def test_bad_changes_are_refused_and_nothing_changes(norrtalje, fields, code):
    before = periods(norrtalje)
    target = _period(norrtalje, "Månadsrapport februari")
    with pytest.raises(InvalidValue) as refused:
        calendar.update_period(norrtalje, target.id, **fields)
    assert refused.value.code == code
    assert periods(norrtalje) == before


def test_a_new_period_with_a_taken_name_or_a_decision_before_its_end_is_refused(norrtalje):
    before = periods(norrtalje)
    with pytest.raises(InvalidValue) as refused:
        calendar.create_period(norrtalje, name="Delårsbokslut augusti", kind="interim_accounts", period_end=date(2027, 8, 31))
    assert refused.value.code == "period.exists"
    with pytest.raises(InvalidValue) as refused:
        calendar.create_period(norrtalje, name="Tertial 2", kind="tertial_report", period_end=date(2027, 8, 31),
                               due=date(2027, 8, 1))
    assert "2027-08-01" in refused.value.text("en") and "2027-08-31" in refused.value.text("en")
    assert periods(norrtalje) == before
    # The same name in another year is another period.
    calendar.create_period(norrtalje, name="Årsredovisning", kind="annual_report", period_end=date(2028, 12, 31))


def test_the_decision_date_moves_the_annual_wheels_event(norrtalje):
    period = _period(norrtalje, "Delårsbokslut augusti")
    event = _event(norrtalje, period.id)
    assert (event.start, event.end, period.due) == (date(2027, 9, 1), date(2027, 10, 15), date(2027, 10, 15))
    calendar.update_period(norrtalje, period.id, due=date(2027, 10, 22))
    moved = _event(norrtalje, period.id)
    assert (moved.start, moved.end) == (date(2027, 9, 8), date(2027, 10, 22))  # a week later, as long as before
    assert _period(norrtalje, "Delårsbokslut augusti").due == date(2027, 10, 22)
    # And the other way round, as before: the event moved in the wheel sets the period's date.
    wheel.update_event(norrtalje, moved.id, end=date(2027, 10, 29))
    assert _period(norrtalje, "Delårsbokslut augusti").due == date(2027, 10, 29)


def test_a_yearly_events_decision_in_the_next_year_moves_it_too(tmp_path):
    with open_plan(create_plan(tmp_path / "nvk.styrplan", lambda p: apply_template(
            p, "nvk", organisation_name="NVK", year=2026))) as plan:
        annual = _period(plan, "Årsredovisning")
        assert annual.due == date(2027, 3, 15)  # the event in March decides the year before
        calendar.update_period(plan, annual.id, due=date(2027, 4, 2))
        assert _period(plan, "Årsredovisning").due == date(2027, 4, 2)
        assert _event(plan, annual.id).end == date(2026, 4, 2)  # the wheel's March event, now in April


def test_a_decision_date_set_by_the_wheel_cannot_be_emptied(norrtalje):
    period = _period(norrtalje, "Månadsrapport maj")
    with pytest.raises(InvalidValue) as refused:
        calendar.update_period(norrtalje, period.id, due=None)
    assert refused.value.code == "period.due_from_wheel"
    assert "Månadsrapport maj" in refused.value.text("en")
    assert _period(norrtalje, "Månadsrapport maj") == period


def test_without_an_event_the_decision_date_is_the_periods_own(norrtalje):
    new = calendar.create_period(norrtalje, name="Egen uppföljning", kind="other", period_end=date(2027, 6, 30))
    calendar.update_period(norrtalje, new, due=date(2027, 7, 15))
    assert next(p for p in periods(norrtalje) if p.id == new).due == date(2027, 7, 15)
    calendar.update_period(norrtalje, new, due=None)
    assert next(p for p in periods(norrtalje) if p.id == new).due is None
    calendar.update_period(norrtalje, new, period_end=date(2027, 5, 31))
    assert next(p for p in periods(norrtalje) if p.id == new).period_end == date(2027, 5, 31)


def test_removing_a_period_with_follow_ups_is_refused_saying_how_many(demo):
    interim = _period(demo, "Delårsrapport")
    before = periods(demo)
    with pytest.raises(InUse) as refused:
        calendar.delete_period(demo, interim.id)
    assert refused.value.code == "period.in_use"
    assert "23 follow-ups are written for it" in refused.value.text("en")
    with use_language("sv"):
        assert "23 uppföljningar är skrivna för den" in refused.value.message
    assert periods(demo) == before


def test_removing_a_period_with_budget_figures_is_refused_saying_how_many(norrtalje):
    period = _period(norrtalje, "Månadsrapport februari")
    line = economy.create_budget_line(norrtalje, name="Kultur", year=2027, frame_ore=100_000_000)
    economy.set_budget_figure(norrtalje, line, period.id, outcome_ore=8_000_000)
    with pytest.raises(InUse) as refused:
        calendar.delete_period(norrtalje, period.id)
    assert "1 budget figure is entered for it" in refused.value.text("en")


def test_a_period_nothing_is_written_for_is_removed_and_undo_puts_it_back_with_its_event(norrtalje):
    period = _period(norrtalje, "Månadsrapport oktober")
    event = _event(norrtalje, period.id)
    before = periods(norrtalje)
    with norrtalje.recording() as edit:
        calendar.delete_period(norrtalje, period.id)
    assert period.id not in [p.id for p in periods(norrtalje)]
    kept = next(e for e in read_wheel(norrtalje).events if e.id == event.id)
    assert kept.period_id is None  # the event stays in the wheel, without its period
    norrtalje.revert(edit)
    assert periods(norrtalje) == before
    assert _event(norrtalje, period.id).id == event.id


@pytest.mark.parametrize(("template", "expected"), [
    ("norrtalje", [("Månadsrapport februari", "monthly_report", "02-28"), ("Delårsrapport mars", "interim_report", "03-31"),
                   ("Månadsrapport maj", "monthly_report", "05-31"), ("Delårsbokslut augusti", "interim_accounts", "08-31"),
                   ("Månadsrapport oktober", "monthly_report", "10-31"), ("Årsredovisning", "annual_report", "12-31")]),
    ("nvk", [("Delårsrapport", "interim_report", "08-31"), ("Årsredovisning", "annual_report", "12-31")]),
    ("askersund", [("Delårsrapport april", "interim_report", "04-30"), ("Delårsbokslut augusti", "interim_accounts", "08-31"),
                   ("Årsredovisning", "annual_report", "12-31")]),
    ("norsjo", [("Delårsrapport", "interim_report", "08-31"), ("Årsredovisning", "annual_report", "12-31")]),
])
def test_templates_bring_the_organisations_periods_each_with_its_decision_in_the_wheel(tmp_path, template, expected):
    with open_plan(create_plan(tmp_path / "p.styrplan", lambda p: apply_template(
            p, template, organisation_name="Testkommun", year=2027))) as plan:
        got = periods(plan)
        assert [(p.name, p.kind, p.period_end.strftime("%m-%d")) for p in got] == expected
        assert all(p.year == 2027 and p.due is not None and p.due >= p.period_end for p in got)
