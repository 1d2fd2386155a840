"""Indicator and measurement input: bad values are refused with a message and nothing is written."""

import pytest

from styrapp.models.errors import InvalidValue
from styrapp.models.periods import parse_period
from styrapp.models.services import indicators
from styrapp.models.services.indicators import MeasurementIn


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
    assert indicators.measurements(demo, ind) == []  # nothing half-written
    with pytest.raises(InvalidValue, match="två gånger"):
        indicators.add_measurements(demo, ind, [MeasurementIn("2024", 3), MeasurementIn("2024", 4)])
    assert indicators.add_measurements(demo, ind, [MeasurementIn("2024", "1 234,5")]) == 1
    _id, old = indicators.set_measurement(demo, ind, MeasurementIn("2024", 7))
    assert old == 1234.5
    assert [m.value for m in indicators.measurements(demo, ind)] == [7]




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
