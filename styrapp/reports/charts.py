"""Charts of a plan's figures, drawn with matplotlib's object API (never pyplot's global state), for
the app's Indikatorer page and for the PDF reports alike.

An indicator chart shows the outcome over time with the target and the baseline as lines beside it,
the forecast dashed, women and men as separate series where the figures have them, and the latest
outcome marked with its status: colour and shape, so that grey print and colour-blind readers can
still tell green from red.
"""

from __future__ import annotations

from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator

from ..models.enums import Gender, Status
from ..models.queries.indicator_series import IndicatorSeries
from ..models.rules.status import COLOUR
from ..wording import current_language, number_text, tr, use_language

OUTCOME = "#1F4E79"
WOMEN = "#B0457C"
MEN = "#2A8C82"
TARGET = "#2E7D32"
BASELINE = "#757575"
MARKER = {Status.GREEN: "o", Status.YELLOW: "^", Status.RED: "s", Status.UNKNOWN: "o"}


TITLE_LIMIT = 90  # characters of an indicator's name that fit on one line over the chart
_frames: dict[tuple, Figure] = {}


def indicator_chart(series: IndicatorSeries, *, width: float = 6.4, height: float = 3.4, dpi: int = 100,
                    reuse: bool = False, language: str | None = None) -> Figure:
    """The indicator's outcome, forecast, target and baseline as a line chart. Sizes in inches; the
    labels in `language` (sv, en; by default the current one).

    With `reuse` the chart is drawn on the figure the previous call with `reuse` (and the same size)
    returned, emptied first: a report with hundreds of charts draws each at once and then needs the
    figure no more, and a new figure with its axes and ticks costs a third of a chart's time."""
    with use_language(language):
        return _draw(series, width, height, dpi, reuse)


def _draw(series: IndicatorSeries, width: float, height: float, dpi: int, reuse: bool) -> Figure:
    if reuse and (width, height, dpi) in _frames:
        figure = _emptied(_frames[width, height, dpi])
    else:
        figure = Figure(figsize=(width, height), dpi=dpi)
        figure.add_subplot()
        if reuse:
            _frames[width, height, dpi] = figure
    figure.subplots_adjust(left=0.12, right=0.97, top=0.86, bottom=0.2)  # fixed: no layout engine per chart
    axes = figure.axes[0]
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    periods = series.periods
    x = {label: i for i, label in enumerate(periods)}
    unit = f" ({series.unit})" if series.unit else ""
    # A fixed title position: left to itself matplotlib measures every tick label to place it (a fifth
    # of a chart's time), and these charts have no ticks above the axes.
    axes.set_title(_cut(series.name + unit, TITLE_LIMIT), fontsize=10, loc="left", y=1.0, pad=6)
    if not periods:
        axes.text(0.5, 0.5, tr("No values yet"), ha="center", va="center", transform=axes.transAxes, color=BASELINE)
        axes.set_xticks([])
        axes.set_yticks([])
        return figure
    for gender, colour, label, style in ((Gender.WOMEN.value, WOMEN, tr("Women"), "-"),
                                         (Gender.MEN.value, MEN, tr("Men"), "-")):
        points = series.actual.get(gender, [])
        if points:
            axes.plot([x[p.period] for p in points], [p.value for p in points], style, color=colour, linewidth=1.3,
                      marker=".", markersize=4, label=label)
    total = series.actual.get(Gender.TOTAL.value, [])
    if total:
        axes.plot([x[p.period] for p in total], [p.value for p in total], "-", color=OUTCOME, linewidth=2.2,
                  marker="o", markersize=3.5, label=tr("Outcome"))
    if series.forecast:
        # The forecast continues from the latest outcome, dashed.
        start = [total[-1]] if total and total[-1].date <= series.forecast[0].date else []
        points = start + series.forecast
        axes.plot([x[p.period] for p in points], [p.value for p in points], "--", color=OUTCOME, linewidth=1.6,
                  marker="o", markerfacecolor="white", markersize=4, label=tr("Forecast"))
    if series.target is not None:
        year = f" {series.target_year}" if series.target_year else ""
        axes.axhline(series.target, color=TARGET, linestyle=(0, (6, 3)), linewidth=1.4,
                     label=tr("Target{year}: {value}", year=year, value=number_text(series.target, series.decimals)))
    if series.baseline is not None:
        year = f" {series.baseline_year}" if series.baseline_year else ""
        axes.axhline(series.baseline, color=BASELINE, linestyle=":", linewidth=1.4,
                     label=tr("Baseline{year}: {value}", year=year,
                              value=number_text(series.baseline, series.decimals)))
    latest = series.latest
    if latest is not None:
        status = series.status.status
        axes.plot([x[latest.period]], [latest.value], linestyle="none", marker=MARKER[status], markersize=11,
                  markerfacecolor=COLOUR[status], markeredgecolor="black", markeredgewidth=0.8, zorder=5)
    step = max(1, len(periods) // 10)
    rotated = len(periods) > 12
    # A tick only where there is a label: every tick is an object matplotlib builds and draws, and a
    # long series (monthly values over years) would otherwise cost most of the chart's time.
    shown = range(0, len(periods), step)
    axes.set_xticks(shown)
    axes.set_xticklabels([periods[i] for i in shown], fontsize=8, rotation=45 if rotated else 0)
    if rotated:  # room for slanted labels under the axis, and the legend below them
        figure.subplots_adjust(bottom=0.28)
    axes.yaxis.set_major_locator(MaxNLocator(nbins=5))
    language = current_language()  # the labels are made when the figure is drawn, perhaps after this call

    def y_label(value, _position):
        with use_language(language):
            return number_text(value, series.decimals if value % 1 else 0)

    axes.yaxis.set_major_formatter(FuncFormatter(y_label))
    axes.tick_params(axis="y", labelsize=8)
    axes.grid(axis="y", color="#E0E0E0", linewidth=0.6)
    axes.margins(x=0.03)
    axes.legend(fontsize=7, loc="upper center", bbox_to_anchor=(0.5, -0.22 if rotated else -0.12), ncol=5,
                frameon=False)
    if series.source:
        figure.text(0.99, 0.01, _cut(tr("Source: {source}", source=series.source), 2 * TITLE_LIMIT), ha="right", va="bottom", fontsize=6.5, color=BASELINE)
    return figure


def _emptied(figure: Figure) -> Figure:
    """The figure as `indicator_chart` found it new: what one chart added is taken away, and the data
    limits forgotten, so the next chart is the same as on a figure of its own (a test holds us to it)."""
    axes = figure.axes[0]
    for artist in [*axes.lines, *axes.texts, *figure.texts]:
        artist.remove()
    if axes.legend_ is not None:
        axes.legend_.remove()
    axes.relim()
    axes.set_autoscale_on(True)
    return figure


def _cut(text: str, limit: int) -> str:
    """One line of a chart: a longer text is cut, and the cut shown with …"""
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --- ekonomi (issue 16): frame, outcome and forecast ------------------------------------------------

FRAME = "#757575"
FORECAST = "#E08A00"


def budget_chart(title: str, labels: list[str], frames: list[int | None], outcomes: list[int | None],
                 forecasts: list[int | None], amount_unit: str, *, width: float = 6.4, height: float = 3.2,
                 dpi: int = 100, language: str | None = None, figure: Figure | None = None) -> Figure:
    """Frame, outcome and forecast side by side for each label (the periods of one unit, or the units
    at one period), amounts in öre shown in `amount_unit`. The same frame for every label is drawn as
    one dashed line; the outcome as bars, the forecast as hollow bars beside them, each in the legend.
    With `figure` the chart is drawn on it, emptied first (a page that shows one unit after another keeps
    its figure and canvas: a new one each time costs more than the chart)."""
    from ..models.rules.money import UNITS, format_amount, unit_word

    with use_language(language):
        scale = UNITS[amount_unit]
        if figure is None or not figure.axes:
            figure = Figure(figsize=(width, height), dpi=dpi)
            axes = figure.add_subplot()
        else:  # the same axes, emptied: its axis objects are kept, which is most of a new chart's cost
            axes = figure.axes[0]
            axes.clear()
        figure.subplots_adjust(left=0.14, right=0.97, top=0.86, bottom=0.3 if len(labels) > 6 else 0.24)
        for side in ("top", "right"):
            axes.spines[side].set_visible(False)
        axes.set_title(_cut(f"{title} ({unit_word(amount_unit)})", TITLE_LIMIT), fontsize=10, loc="left", y=1.0, pad=6)
        if not labels:
            axes.text(0.5, 0.5, tr("No values yet"), ha="center", va="center", transform=axes.transAxes, color=BASELINE)
            axes.set_xticks([])
            axes.set_yticks([])
            return figure

        def scaled(values):  # no figure: no bar (not a bar of 0)
            return [float("nan") if v is None else v / scale for v in values]

        x = list(range(len(labels)))
        same_frame = len({f for f in frames}) == 1
        bar = 0.38 if same_frame else 0.27
        if same_frame and frames[0] is not None:
            axes.axhline(frames[0] / scale, color=FRAME, linestyle=(0, (6, 3)), linewidth=1.5,
                         label=tr("Frame: {amount}", amount=format_amount(frames[0], amount_unit)))
            offsets = (-bar / 2, bar / 2)
        else:
            axes.bar([i - bar for i in x], scaled(frames), bar, color="#D5D5D5", edgecolor=FRAME, label=tr("Frame"))
            offsets = (0, bar)
        axes.bar([i + offsets[0] for i in x], scaled(outcomes), bar, color=OUTCOME, label=tr("Outcome"))
        axes.bar([i + offsets[1] for i in x], scaled(forecasts), bar, color="white", edgecolor=FORECAST,
                 linewidth=1.4, hatch="//", label=tr("Full-year forecast"))
        axes.set_xticks(x)
        axes.set_xlim(-0.7, len(labels) - 0.3)  # room for the outer labels
        rotated = len(labels) > 6
        import textwrap

        def two_lines(label: str) -> str:  # side by side, long unit names wrap instead of running together
            lines = textwrap.wrap(label, 18) or [""]
            return "\n".join(lines[:1] + [_cut(" ".join(lines[1:]), 18)] if len(lines) > 1 else lines)

        axes.set_xticklabels([_cut(label, 22) for label in labels] if rotated else [two_lines(name) for name in labels],
                             fontsize=7.5, rotation=30 if rotated else 0, ha="right" if rotated else "center")
        language_now = current_language()

        def y_label(value, _position):
            with use_language(language_now):
                return format_amount(round(value * scale), amount_unit)

        axes.yaxis.set_major_locator(MaxNLocator(nbins=5))
        axes.yaxis.set_major_formatter(FuncFormatter(y_label))
        axes.tick_params(axis="y", labelsize=8)
        axes.grid(axis="y", color="#E0E0E0", linewidth=0.6)
        axes.legend(fontsize=7, loc="upper center", bbox_to_anchor=(0.5, -0.3 if rotated else -0.16), ncol=3,
                    frameon=False)
        return figure
