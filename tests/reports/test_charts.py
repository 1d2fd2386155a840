"""The indicator chart: what it draws, without Qt."""

from __future__ import annotations

from sqlalchemy import select

from styrapp.exchange.kolada import import_kolada
from styrapp.models.enums import Status
from styrapp.models.queries.indicator_series import indicator_series
from styrapp.models.services import indicators
from styrapp.models.tables import Indicator
from styrapp.reports.charts import MARKER, indicator_chart

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


def test_a_chart_drawn_on_a_reused_figure_is_the_same_as_on_a_figure_of_its_own(demo):
    """A report draws its hundreds of charts on one figure, emptied between them: nothing of one chart
    (a line, a slanted label, the y scale, a 'no values' note) may be left on the next."""
    from reportlab.graphics import renderPDF

    from styrapp.reports.chart_drawings import figure_drawing

    import_kolada(demo, REALDATA / "kolada" / "fagersta_norberg_n01951_n00945.v2.json")
    with demo.session() as session:
        ids = list(session.execute(select(Indicator.id)).scalars())
    ids.append(indicators.create_indicator(demo, name="Ny indikator"))
    series = [indicator_series(demo, ident) for ident in ids]
    assert any(len(s.periods) > 12 for s in series) and any(0 < len(s.periods) <= 12 for s in series)
    series = [item for pair in zip(series, reversed(series), strict=True) for item in pair]  # long, short, empty mixed

    def pdf(figure) -> bytes:
        return renderPDF.drawToString(figure_drawing(figure, 400), invariant=1)  # same drawing, same bytes

    alone = [pdf(indicator_chart(s, width=6.4, height=2.9)) for s in series]
    reused = [pdf(indicator_chart(s, width=6.4, height=2.9, reuse=True)) for s in series]
    assert len(set(alone)) > len(series) // 3  # the charts do differ from each other
    assert reused == alone


def test_chart_workers_are_never_forked_from_a_process_that_has_loaded_qt():
    """A forked child of a threaded process can hang for ever on a lock another thread held; the window
    (Qt, QThreads) starts its chart workers fresh, the CLI (no Qt, one thread) forks them."""
    import subprocess
    import sys

    probe = ("import sys\n{qt}from styrapp.reports.chart_drawings import _context\n"
             "print(_context().get_start_method())")
    plain = subprocess.run([sys.executable, "-c", probe.format(qt="")], capture_output=True, text=True, check=True)
    with_qt = subprocess.run([sys.executable, "-c", probe.format(qt="import PySide6.QtCore\n")],
                             capture_output=True, text=True, check=True)
    assert plain.stdout.split() == ["fork"]
    assert with_qt.stdout.split() == ["spawn"]
