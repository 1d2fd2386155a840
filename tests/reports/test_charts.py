"""The indicator chart: what it draws, without Qt."""

from __future__ import annotations

from sqlalchemy import select

from styrapp.exchange.kolada import import_kolada
from styrapp.models.enums import Status
from styrapp.models.indicator_series import indicator_series
from styrapp.models.services import indicators
from styrapp.models.tables import Indicator
from styrapp.reports.charts import MARKER, indicator_chart, swedish_number

from ..conftest import REALDATA


def indicator_id(plan, name):
    with plan.session() as session:
        return session.execute(select(Indicator.id).where(Indicator.name == name)).scalar_one()


def labels(figure):
    return [line.get_label() for line in figure.axes[0].get_lines() if not line.get_label().startswith("_")]


def test_outcome_forecast_target_baseline_and_the_status_marker(demo):
    series = indicator_series(demo, indicator_id(demo, "Nöjd kund-index, vatten och avlopp"))
    assert series.target == 75 and series.baseline == 68 and series.forecast
    figure = indicator_chart(series)
    names = labels(figure)
    assert names[:2] == ["Utfall", "Prognos"]
    assert any(n.startswith("Målvärde") and "75" in n for n in names)
    assert any(n.startswith("Jämförelsevärde 2023") for n in names)
    forecast = next(line for line in figure.axes[0].get_lines() if line.get_label() == "Prognos")
    assert forecast.get_linestyle() == "--"
    status = series.status.status
    marker_lines = [line for line in figure.axes[0].get_lines() if line.get_markersize() == 11]
    assert marker_lines and marker_lines[0].get_marker() == MARKER[status]
    assert status == Status.YELLOW  # 72 of the way from 68 towards 75


def test_women_and_men_are_separate_series(demo):
    import_kolada(demo, REALDATA / "kolada" / "fagersta_norberg_n01951_n00945.v2.json")
    series = indicator_series(demo, indicator_id(demo, "Invånare i Fagersta"))
    figure = indicator_chart(series)
    assert {"Kvinnor", "Män", "Utfall"} <= set(labels(figure))
    assert "Källa: Kolada" in [t.get_text() for t in figure.texts]
    assert len(series.periods) >= 13


def test_an_indicator_without_values_says_so(demo):
    ident = indicators.create_indicator(demo, name="Ny indikator")
    figure = indicator_chart(indicator_series(demo, ident))
    assert "Inga mätvärden ännu" in [t.get_text() for t in figure.axes[0].texts]


def test_swedish_numbers():
    assert swedish_number(13341) == "13\u00a0341"
    assert swedish_number(1234.5, 1) == "1\u00a0234,5"
    assert swedish_number(-0.25, 2) == "-0,25"
