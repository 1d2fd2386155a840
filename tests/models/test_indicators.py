"""Indicator and measurement input: bad values are refused with a message and nothing is written."""

import pytest

from styrapp.models.errors import InvalidValue
from styrapp.models.queries import measurements
from styrapp.models.rules.measurements import MeasurementIn
from styrapp.models.rules.periods import parse_period
from styrapp.models.services import indicators


def test_period_labels():
    assert parse_period("2024") == ("2024", __import__("datetime").date(2024, 12, 31))
    assert parse_period("2024-t2")[0] == "2024-T2"
    assert parse_period("2024-02")[1].day == 29
    with pytest.raises(InvalidValue, match="ingen period"):
        parse_period("våren 2024")
    with pytest.raises(InvalidValue):
        parse_period("2024-13")


def test_measurements_validate_before_writing(demo):
    ind = indicators.create_indicator(demo, name="Kösaldo", unit="antal", kolada_id="n00945")
    with pytest.raises(InvalidValue, match="inget tal"):
        indicators.add_measurements(demo, ind, [MeasurementIn("2024", 3), MeasurementIn("2025", "tre")])
    assert measurements.measurements(demo, ind) == []  # nothing half-written
    with pytest.raises(InvalidValue, match="två gånger"):
        indicators.add_measurements(demo, ind, [MeasurementIn("2024", 3), MeasurementIn("2024", 4)])
    assert indicators.add_measurements(demo, ind, [MeasurementIn("2024", "1 234,5")]) == 1
    indicators.replace_measurements(demo, ind, [(("2024", "actual", "T"), MeasurementIn("2024", 7))])
    assert [m.value for m in measurements.measurements(demo, ind)] == [7]




@pytest.mark.parametrize(("field", "value"), [("kolada_id", "X1"), ("kolada_municipality", "180"),
                                                ("kolada_municipality", "01")])
def test_bad_kolada_codes(demo, field, value):
    with pytest.raises(InvalidValue):
        indicators.create_indicator(demo, name="x", **{field: value})


def test_override_needs_a_reason(demo):
    ind = indicators.create_indicator(demo, name="Nöjdhet")
    with pytest.raises(InvalidValue, match="motivering"):
        indicators.update_indicator(demo, ind, status_override="green")
    indicators.update_indicator(demo, ind, status_override="green", status_override_reason="Ny enkät")


def test_replace_measurements_is_taken_back_exactly_by_its_recorded_edit(demo):
    from sqlalchemy import select

    from styrapp.models.rules.measurements import MeasurementIn
    from styrapp.models.services.indicators import replace_measurements
    from styrapp.models.tables import Indicator, Measurement

    with demo.session() as session:
        ident = session.execute(select(Indicator.id).where(Indicator.name == "Sjukfrånvaro")).scalar_one()

    def state():
        with demo.session() as session:
            return sorted((m.period, m.kind, m.gender, m.value, m.comment) for m in session.execute(
                select(Measurement).where(Measurement.indicator_id == ident)).scalars())

    before = state()
    existing = before[0]
    changes = [((existing[0], existing[1], existing[2]), None),
               (("2030", "forecast", "T"), MeasurementIn("2030", 5.0, kind="forecast"))]
    with demo.recording() as edit:
        replace_measurements(demo, ident, changes)
    assert state() != before
    demo.revert(edit)
    assert state() == before


def test_pasted_text_is_checked_whole():
    import pytest

    from styrapp.models.errors import InvalidValue
    from styrapp.models.queries.measurement_grid import parse_pasted

    changes = parse_pasted("2024\t1 234,5\t600\n2025-T1\t\t\t640\n", kind="actual", first_gender=0, year=2026)
    assert [(k, item.value) for k, item in changes] == [
        (("2024", "actual", "T"), 1234.5), (("2024", "actual", "K"), 600.0), (("2025-T1", "actual", "M"), 640.0)]
    with pytest.raises(InvalidValue, match="fler kolumner"):
        parse_pasted("2024\t1\t2\t3\t4\n", kind="actual", first_gender=0, year=2026)
    with pytest.raises(InvalidValue, match="inget att klistra in"):
        parse_pasted("\n\n", kind="actual", first_gender=0, year=2026)
