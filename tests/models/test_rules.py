"""Pure domain rules: the risk value and its bands, money's deviation and sums."""

from __future__ import annotations

import pytest

from styrapp.models.errors import InvalidValue
from styrapp.models.rules import money, risk


def test_the_risk_value_is_the_product_and_falls_in_four_bands():
    values = {(lk, c): risk.risk_value(lk, c) for lk in risk.SCALE for c in risk.SCALE}
    assert values[(1, 1)] == 1 and values[(4, 4)] == 16 and values[(2, 3)] == 6
    assert [risk.band(v) for v in (1, 3, 4, 6, 8, 9, 12, 16)] == [1, 1, 2, 2, 3, 3, 4, 4]
    assert set(risk.BAND_WORDS) == {risk.band(v) for v in values.values()}


@pytest.mark.parametrize("value", [0, 5, 2.5, "3", True, None])
def test_a_rating_off_the_scale_is_refused_naming_it(value):
    with pytest.raises(InvalidValue, match="1–4"):
        risk.check_scale(value, "Likelihood")


def test_deviation_is_frame_less_forecast_and_a_missing_forecast_has_none():
    assert money.deviation(1000.0, 1200.0) == -200.0  # a deficit
    assert money.deviation(1000.0, 900.0) == 100.0
    assert money.deviation(1000.0, None) is None
    assert money.total([1.5, None, 2.5]) == 4.0 and money.total([]) == 0
