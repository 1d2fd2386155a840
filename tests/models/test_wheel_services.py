"""The årshjul's rings and events in the plan file, without Qt: edits, undo data, and the tie between an
event and its reporting period."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from styrapp.models.errors import InvalidValue, NotFound
from styrapp.models.queries.wheel_rows import read_wheel
from styrapp.models.services import wheel
from styrapp.models.tables import ReportingPeriod


def _ring(plan, name):
    return next(r for r in read_wheel(plan).rings if r.name == name)


def test_templates_give_the_seed_wheels(norrtalje):
    data = read_wheel(norrtalje)
    assert [r.name for r in data.rings] == ["Planering", "Uppföljning", "Dialoger"]
    titles = {e.title for e in data.events}
    assert {"Nulägesanalys", "Omvärldsdag", "Budgetkonferens", "Delårsbokslut augusti", "Resultatdialog"} <= titles
    analysis = next(e for e in data.events if e.title == "Nulägesanalys")
    assert (analysis.start, analysis.end) == (date(2027, 12, 1), date(2028, 1, 31))  # wraps past the new year
    assert all(e.period for e in data.events if e.kind == "report")


def test_rings_are_added_renamed_hidden_reordered_and_deleted_with_everything_put_back(norrtalje):
    ring_id = wheel.create_ring(norrtalje, name="Nämndsammanträden", colour="#c0392b", position=0)
    assert [r.name for r in read_wheel(norrtalje).rings][:2] == ["Nämndsammanträden", "Planering"]
    assert _ring(norrtalje, "Nämndsammanträden").colour == "#C0392B"
    wheel.update_ring(norrtalje, ring_id, name="KS och nämnder", visible=False)
    assert not _ring(norrtalje, "KS och nämnder").visible
    assert "Nämndsammanträden" not in [r.name for r in read_wheel(norrtalje).rings]
    assert [r.name for r in read_wheel(norrtalje).rings][0] == "KS och nämnder"
    wheel.move_ring(norrtalje, ring_id, 3)
    assert [r.name for r in read_wheel(norrtalje).rings][-1] == "KS och nämnder"

    planning = _ring(norrtalje, "Planering")
    before = read_wheel(norrtalje)
    with norrtalje.recording() as deleted:
        wheel.delete_ring(norrtalje, planning.id)
    after = read_wheel(norrtalje)
    assert "Planering" not in [r.name for r in after.rings]
    assert not [e for e in after.events if e.ring_id == planning.id]
    norrtalje.revert(deleted)
    assert read_wheel(norrtalje).rings == before.rings
    assert read_wheel(norrtalje).events == before.events


@pytest.mark.parametrize(("fields", "words"), [
    ({"name": "  "}, "måste fyllas i"),
    ({"name": "planering"}, "finns redan"),
    ({"colour": "blå"}, "#RRGGBB"),
])
def test_a_bad_ring_edit_is_refused_and_changes_nothing(norrtalje, fields, words):
    ring = _ring(norrtalje, "Dialoger")
    with pytest.raises(InvalidValue, match=words):
        wheel.update_ring(norrtalje, ring.id, **fields)
    assert _ring(norrtalje, "Dialoger") == ring


def test_events_move_and_are_deleted_and_restored(norrtalje):
    ring = _ring(norrtalje, "Dialoger")
    event_id = wheel.create_event(norrtalje, ring_id=ring.id, title="Medborgardialog", start=date(2027, 5, 4))
    assert (read_wheel(norrtalje).event(event_id).start, read_wheel(norrtalje).event(event_id).end) == (
        date(2027, 5, 4), date(2027, 5, 4))
    wheel.update_event(norrtalje, event_id, start=date(2027, 5, 10), end=date(2027, 5, 12))
    with norrtalje.recording() as deleted:
        wheel.delete_events(norrtalje, [event_id])
    assert read_wheel(norrtalje).event(event_id) is None
    norrtalje.revert(deleted)
    row = read_wheel(norrtalje).event(event_id)
    assert (row.title, row.start, row.end) == ("Medborgardialog", date(2027, 5, 10), date(2027, 5, 12))


@pytest.mark.parametrize(("fields", "words"), [
    ({"end": date(2027, 1, 1)}, "före startdatum"),
    ({"end": date(2028, 6, 1)}, "högst ett år"),
    ({"title": ""}, "måste fyllas i"),
    ({"kind": "fest"}, "inget giltigt värde"),
    ({"ring_id": 999}, "Ringen"),
])
def test_a_bad_event_edit_is_refused_and_changes_nothing(norrtalje, fields, words):
    ring = _ring(norrtalje, "Dialoger")
    event_id = wheel.create_event(norrtalje, ring_id=ring.id, title="Dialog", start=date(2027, 5, 4))
    before = read_wheel(norrtalje).event(event_id)
    with pytest.raises((InvalidValue, NotFound), match=words):
        wheel.update_event(norrtalje, event_id, **fields)
    assert read_wheel(norrtalje).event(event_id) == before


def test_moving_a_report_event_moves_its_periods_decision_day(norrtalje):
    data = read_wheel(norrtalje)
    interim = next(e for e in data.events if e.title == "Delårsbokslut augusti")
    wheel.update_event(norrtalje, interim.id, start=date(2027, 9, 10), end=date(2027, 10, 20))
    with norrtalje.session() as session:
        period = session.get(ReportingPeriod, interim.period_id)
        assert period.due == date(2027, 10, 20)


def test_an_annual_report_in_spring_is_due_the_spring_after_its_year(demo):
    """NVK's årsredovisning event sits in January–March: the report for 2026 is decided in March 2027."""
    data = read_wheel(demo)
    annual = next(e for e in data.events if e.title == "Årsredovisning")
    assert annual.end == date(2026, 3, 15)
    with demo.session() as session:
        period = session.execute(select(ReportingPeriod).where(ReportingPeriod.id == annual.period_id)).scalar_one()
        assert period.period_end == date(2026, 12, 31)
        assert period.due == date(2027, 3, 15)


def test_merging_imported_events_updates_those_with_a_known_uid(norrtalje):
    first = wheel.merge_events(norrtalje, [
        {"uid": "a@x", "title": "Budgetdialog", "start": date(2027, 4, 2), "end": date(2027, 4, 2)},
        {"uid": None, "title": "Utan uid", "start": date(2027, 4, 3), "end": date(2027, 4, 3)},
    ], "Importerat")
    assert (first.created, first.updated, first.rings) == (2, 0, ["Importerat"])
    again = wheel.merge_events(norrtalje, [
        {"uid": "a@x", "title": "Budgetdialog (flyttad)", "start": date(2027, 4, 9), "end": date(2027, 4, 9)},
    ], "Importerat")
    assert (again.created, again.updated, again.rings) == (0, 1, [])
    events = [e for e in read_wheel(norrtalje).events if e.ring == "Importerat"]
    assert sorted(e.title for e in events) == ["Budgetdialog (flyttad)", "Utan uid"]
