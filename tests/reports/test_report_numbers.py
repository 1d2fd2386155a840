"""Issue 19, item 1: every number a report prints is its value. No chart axis prints a tick label that is
not its tick's value, target and baseline lines say their true value, the x axis is spaced by time, and
reports have one minus sign (U+2212) and one percent form ("−0,4 %"), amounts right-aligned in tables."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from styrapp.exchange.kolada import import_kolada
from styrapp.models.enums import Gender, Status
from styrapp.models.queries.indicator_series import IndicatorSeries, Point, indicator_series
from styrapp.models.rules.measurements import MeasurementIn
from styrapp.models.rules.money import format_amount, format_percent
from styrapp.models.rules.numbers import parse_number
from styrapp.models.rules.status import StatusResult
from styrapp.models.services import indicators
from styrapp.models.tables import Indicator
from styrapp.reports.charts import budget_chart, indicator_chart, years
from styrapp.reports.mpl_drawing import figure_to_drawing
from styrapp.wording import number_text, percent_text, use_language

from ..conftest import REALDATA
from .pdf_sizes import text_runs

REPORT_SIZE = (376 / 72, 376 * 2.9 / 6.4 / 72)  # a report's chart: 0.8 of an A4 page's text width


def drawn(figure):
    """The figure drawn (as a report draws it), so its ticks and labels are those printed."""
    figure_to_drawing(figure)
    return figure


def shown_ticks(axis):
    """(position, label) of every tick the axis draws: inside its view, with a label."""
    low, high = sorted(axis.get_view_interval())
    return [(tick.get_loc(), tick.label1.get_text()) for tick in axis.get_major_ticks()
            if tick.label1.get_visible() and tick.label1.get_text() and low - 1e-9 <= tick.get_loc() <= high + 1e-9]


def assert_labels_are_values(axis, name):
    ticks = shown_ticks(axis)
    assert ticks, name
    for position, label in ticks:
        assert "-" not in label, (name, label)  # the minus sign is U+2212
        assert parse_number(label, "sv") == pytest.approx(position, abs=1e-9), (name, label, position)


def series_of(values, *, decimals=0, periods=None, target=None, baseline=None, unit=""):
    periods = periods or [(str(2020 + i), date(2020 + i, 12, 31)) for i in range(len(values))]
    points = [Point(label, day, value) for (label, day), value in zip(periods, values, strict=True)]
    return IndicatorSeries(name="Prov", unit=unit, decimals=decimals, direction="increase", target=target,
                           target_year=None, baseline=baseline, baseline_year=None, source="",
                           status=StatusResult(Status.UNKNOWN, ""), actual={Gender.TOTAL.value: points})


def test_every_tick_label_of_every_demo_chart_is_its_value(demo):
    import_kolada(demo, REALDATA / "kolada" / "fagersta_norberg_n01951_n00945.v2.json")  # long series, women, men
    with demo.session() as session:
        ids = list(session.execute(select(Indicator.id)).scalars())
    assert len(ids) >= 8
    for ident in ids:
        series = indicator_series(demo, ident)
        if not series.periods:
            continue
        for width, height in (REPORT_SIZE, (6.4, 3.4)):  # in a report and on the Indikatorer page
            axes = drawn(indicator_chart(series, width=width, height=height, language="sv")).axes[0]
            assert_labels_are_values(axes.yaxis, series.name)
            positions = {p.period: years(p.date) for points in series.actual.values() for p in points}
            positions.update({p.period: years(p.date) for p in series.forecast})
            for position, label in shown_ticks(axes.xaxis):
                assert positions[label] == pytest.approx(position), (series.name, label)


def test_the_drinking_water_chart_counts_in_whole_numbers_and_hme_shows_its_true_target(demo):
    with demo.session() as session:
        water = session.execute(select(Indicator.id).where(Indicator.name == "Anmärkningar på dricksvattnet")).scalar_one()
    axes = drawn(indicator_chart(indicator_series(demo, water), width=REPORT_SIZE[0], height=REPORT_SIZE[1])).axes[0]
    labels = [label for _position, label in shown_ticks(axes.yaxis)]
    assert labels == sorted(set(labels), key=lambda t: parse_number(t, "sv"))  # never 0, 1, 2, 2
    assert all("," not in label for label in labels)
    # A target of 79,5 in a whole-number indicator is printed 79,5 (the line's label), not 80.
    figure = drawn(indicator_chart(series_of([74, 76, 78], target=79.5, baseline=74.25), width=REPORT_SIZE[0],
                                   height=REPORT_SIZE[1], language="sv"))
    legend = [text.get_text() for legend in figure.legends for text in legend.get_texts()]
    assert "Målvärde: 79,5" in legend and "Jämförelsevärde: 74,25" in legend


@pytest.mark.parametrize(("values", "decimals"), [([0, 1, 3, 2], 0), ([0.1, 0.15, 0.4], 2), ([-0.4, 0.3, 1.2], 1),
                                                  ([1234.5, 1300, 1420], 1), ([0, 0, 0], 0), ([-1500, -900], 0),
                                                  ([0.0003, 0.0009], 4)])
def test_tick_labels_carry_the_decimals_of_their_step(values, decimals):
    for language in ("sv", "en"):
        axes = drawn(indicator_chart(series_of(values, decimals=decimals), width=REPORT_SIZE[0], height=REPORT_SIZE[1],
                                     language=language)).axes[0]
        ticks = shown_ticks(axes.yaxis)
        for position, label in ticks:
            assert "-" not in label
            assert parse_number(label, language) == pytest.approx(position, abs=1e-9), (values, label, position)
        if decimals == 0:
            assert all(float(position).is_integer() for position, _label in ticks)


def test_a_negative_value_in_a_chart_has_the_minus_sign():
    axes = drawn(indicator_chart(series_of([-0.4, -0.2, 0.1], decimals=1), width=REPORT_SIZE[0],
                                 height=REPORT_SIZE[1], language="sv")).axes[0]
    labels = [label for _position, label in shown_ticks(axes.yaxis)]
    assert any(label.startswith("\u2212") for label in labels) and not any("-" in label for label in labels)


def test_the_x_axis_is_spaced_by_time():
    periods = [("2025", date(2025, 12, 31)), ("2026-08", date(2026, 8, 31)), ("2026", date(2026, 12, 31))]
    axes = drawn(indicator_chart(series_of([3, 4, 5], periods=periods), width=REPORT_SIZE[0],
                                 height=REPORT_SIZE[1])).axes[0]
    ticks = dict((label, position) for position, label in shown_ticks(axes.xaxis))
    assert list(ticks) == ["2025", "2026-08", "2026"]
    first, second = ticks["2026-08"] - ticks["2025"], ticks["2026"] - ticks["2026-08"]
    assert first / second == pytest.approx(243 / 122, rel=0.01)  # days between the dates, not equal steps
    line = axes.get_lines()[0]
    assert list(line.get_xdata()) == pytest.approx([ticks["2025"], ticks["2026-08"], ticks["2026"]])


def test_labels_that_would_touch_are_left_out_newest_kept():
    months = [(f"2026-{m:02d}", date(2026, m, 28)) for m in range(1, 13)]
    axes = drawn(indicator_chart(series_of(list(range(12)), periods=months), width=REPORT_SIZE[0],
                                 height=REPORT_SIZE[1])).axes[0]
    labels = [label for _position, label in shown_ticks(axes.xaxis)]
    assert labels[-1] == "2026-12" and 3 <= len(labels) < 12


def test_one_minus_sign_and_one_percent_form():
    with use_language("sv"):
        assert number_text(-0.4, 1) == "\u22120,4"
        assert number_text(-1234.5, 1) == "\u22121\u00a0234,5"
        assert number_text(-0.04, 1) == "0,0"  # rounds to nothing: no sign
        assert percent_text(-0.4, 1) == "\u22120,4\u00a0%"
        assert format_percent(-0.004) == "\u22120,4\u00a0%"
        assert format_amount(-123_400, "kr") == "\u22121\u00a0234"
    with use_language("en"):
        assert number_text(-1234.5, 1) == "\u22121,234.5"
        assert format_percent(-0.004) == "\u22120.4\u00a0%"


def test_budget_chart_ticks_are_their_values():
    for unit in ("kr", "tkr", "mnkr"):
        figure = drawn(budget_chart("Ram", ["A", "B"], [250_000_000, 250_000_000], [-12_000_000, 90_000_000],
                                    [110_000_000, 260_000_000], unit, language="sv"))
        axes = figure.axes[0]
        for position, label in shown_ticks(axes.yaxis):
            assert "-" not in label
            assert parse_number(label, "sv") == pytest.approx(position, abs=1e-9), (unit, label, position)


def test_a_negative_percent_in_a_report_table_is_printed_once_the_same_way_and_right_aligned(demo, tmp_path):
    from reportlab.lib.enums import TA_RIGHT

    from styrapp.reports.blocks import grid, number
    from styrapp.reports.engine import build_report

    ident = indicators.create_indicator(demo, name="Förändring av sjukfrånvaron", unit="%", decimals=1)
    indicators.add_measurements(demo, ident, [MeasurementIn("2025", -0.4)])
    with use_language("sv"):
        assert number(-0.4, 1, "%") == "\u22120,4\u00a0%"
        table = grid(["Indikator", "Utfall"], [["Sjukfrånvaro", number(-0.4, 1, "%")], ["Annan", "12 (2025)"]], [3, 1])
    cells = table._cellvalues
    assert cells[1][1].style.alignment == TA_RIGHT and cells[0][1].style.alignment == TA_RIGHT
    assert cells[1][0].style.alignment != TA_RIGHT
    build_report(demo, "uppdragsplan", tmp_path / "u.pdf")
    printed = "".join(run.text for run in text_runs(tmp_path / "u.pdf"))
    assert "\u22120,4" in printed and "-0,4" not in printed


def test_amounts_follow_the_reports_language(demo, tmp_path):
    """An English report prints 1,234.5 and a Swedish one 1 234,5, both with the minus sign U+2212."""
    from styrapp.models.rules.money import printed_amount
    from styrapp.wording import use_language

    with use_language("sv"):
        assert printed_amount(-123456789, "kr", decimals=2) == "\u22121\u00a0234\u00a0567,89"
    with use_language("en"):
        assert printed_amount(-123456789, "kr", decimals=2) == "\u22121,234,567.89"
        assert printed_amount(0, "tkr") == "0"
    from pypdf import PdfReader

    from styrapp.reports.engine import ReportOptions, build_report

    path = build_report(demo, "uppfoljning", tmp_path / "en.pdf", ReportOptions(period="Delårsrapport", language="en"))
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())
    assert "Frame (SEK thousand)" in text
    assert "Gata och park 38,400 26,150 39,100 \u2212700 (\u22121.8 %)" in text  # the economy table
    assert "38\u00a0400" not in text and "38 400" not in text and "1,8 %" not in text
