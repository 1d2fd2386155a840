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


# --- numbers as people type them (models/rules/numbers.py), the one place every number field reads -----------

from styrapp.models.rules.numbers import decimals_of, parse_number  # noqa: E402
from styrapp.wording import use_language  # noqa: E402

TYPED_IN_SWEDISH = [("1 234,5", 1234.5), ("1234,5", 1234.5), ("\u22120,4", -0.4), ("-0,4", -0.4), ("12 %", 12.0),
                    ("12%", 12.0), ("1\u00a0234,5", 1234.5), ("1\u202f234,5", 1234.5), ("1\u2009234\u2009567", 1234567.0),
                    (" 7 ", 7.0), ("+3", 3.0), ("\u20133", -3.0), (",5", 0.5), ("\u22121 234,5 %", -1234.5)]
TYPED_IN_ENGLISH = [("1,234.5", 1234.5), ("1234.5", 1234.5), ("\u22120.4", -0.4), ("-0.4", -0.4), ("12 %", 12.0),
                    ("1 234.5", 1234.5), ("1\u202f234.5", 1234.5), ("1,234,567", 1234567.0), ("7", 7.0)]


@pytest.mark.parametrize(("text", "number"), TYPED_IN_SWEDISH)
def test_a_number_typed_the_swedish_way_is_read_as_written(text, number):
    assert parse_number(text, "sv") == number


@pytest.mark.parametrize(("text", "number"), TYPED_IN_ENGLISH)
def test_a_number_typed_the_english_way_is_read_as_written(text, number):
    assert parse_number(text, "en") == number


@pytest.mark.parametrize("text", ["1234.5", "1.234", "1,234.5", "1.234,5", "0.4"])
def test_a_point_in_swedish_could_be_decimals_or_thousands_and_is_refused_saying_how_to_write_it(text):
    with use_language("sv"), pytest.raises(InvalidValue) as refused:
        parse_number(text, "sv")
    assert refused.value.code == "number.point_in_swedish"
    assert f"”{text}” har en punkt" in refused.value.message and "1 234,5" in refused.value.message
    with use_language("en"):
        assert "Write the decimals after a comma (1234,5)" in refused.value.message


@pytest.mark.parametrize("text", ["1234,5", "1,5", "-0,4", "1,23", "1,23.4"])
def test_a_comma_that_cannot_mark_thousands_in_english_is_refused(text):
    with pytest.raises(InvalidValue) as refused:
        parse_number(text, "en")
    assert refused.value.code == "number.comma_in_english"
    with use_language("en"):
        assert f"“{text}” has a comma that does not mark thousands" in refused.value.message
        assert "(1,234.5)" in refused.value.message


@pytest.mark.parametrize(("text", "language"), [("12 34", "sv"), ("1 2345,6", "sv"), ("1234 567", "sv"),
                                                ("12 34", "en"), ("1 23.4", "en"), ("1,234 567", "en")])
def test_blanks_or_commas_that_do_not_mark_thousands_are_two_numbers_not_one(text, language):
    with use_language("sv"), pytest.raises(InvalidValue) as refused:
        parse_number(text, language)
    assert refused.value.code == "number.grouping"
    assert "kan inte läsas som ett tal" in refused.value.message


@pytest.mark.parametrize("text", ["", "  ", "abc", "sju", "-", "%", "1,2,3", "12 kr", "1e5", "nan", "--4", "1 234,5,6"])
@pytest.mark.parametrize("language", ["sv", "en"])
def test_text_that_is_no_number_is_refused_in_either_language(text, language):
    with use_language("sv"), pytest.raises(InvalidValue) as refused:
        parse_number(text, language)
    assert refused.value.code in ("number.invalid", "number.comma_in_english", "number.grouping")
    assert f"”{text.strip()}”" in refused.value.message


def test_values_from_files_take_either_decimal_mark_as_before():
    """Without a language (a cell of an Excel file, rows pasted from another program) either mark is the
    decimals', and with both the last one is; numbers stay numbers."""
    assert [parse_number(t) for t in ("12,5", "12.5", "1 234,5", "1,234.5", "1.234,5", "\u22120,4", "12 %")] == [
        12.5, 12.5, 1234.5, 1234.5, 1234.5, -0.4, 12.0]
    assert parse_number(7) == 7.0 and parse_number(2.5) == 2.5
    for bad in ("abc", True, None, "inf", float("nan")):
        with pytest.raises(InvalidValue):
            parse_number(bad)


def test_a_shown_number_keeps_every_decimal_it_has():
    assert decimals_of(1234.5) == 1 and decimals_of(1234.5, 0) == 1 and decimals_of(3.0, 2) == 2
    assert decimals_of(0.1 + 0.2) == 1  # float noise is not a decimal a person typed
    assert decimals_of(-0.125) == 3 and decimals_of(None, 1) == 1 and decimals_of(1 / 3) == 6
