"""Charts of a plan's figures, drawn with matplotlib's object API (never pyplot's global state), for
the app's Indikatorer page and for the PDF reports alike.

An indicator chart shows the outcome over time with the target and the baseline as lines beside it,
the forecast dashed, women and men as separate series where the figures have them, and the latest
outcome marked with its status: colour and shape, so that grey print and colour-blind readers can
still tell green from red.
"""

from __future__ import annotations

import math

from matplotlib.figure import Figure
from matplotlib.ticker import Formatter, MaxNLocator

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


# Text sizes in points as printed: a report draws its charts at the size they are printed (no scaling),
# and no text of a report is smaller than 7 pt.
TITLE_SIZE = 10.0
TICK_SIZE = 8.0
LEGEND_SIZE = 7.5
SOURCE_SIZE = 7.0


def _draw(series: IndicatorSeries, width: float, height: float, dpi: int, reuse: bool) -> Figure:
    if reuse and (width, height, dpi) in _frames:
        figure = _emptied(_frames[width, height, dpi])
    else:
        figure = Figure(figsize=(width, height), dpi=dpi)
        figure.add_subplot()
        if reuse:
            _frames[width, height, dpi] = figure
    wide, tall = width * 72.0, height * 72.0  # the figure in points
    figure.subplots_adjust(left=46 / wide, right=1 - 10 / wide, top=1 - 24 / tall, bottom=0.2)
    axes = figure.axes[0]
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    periods = series.periods
    unit = f" ({series.unit})" if series.unit else ""
    # A fixed title position: left to itself matplotlib measures every tick label to place it (a fifth
    # of a chart's time), and these charts have no ticks above the axes.
    axes.set_title(_cut(series.name + unit, _title_limit(wide)), fontsize=TITLE_SIZE, loc="left", y=1.0, pad=6)
    if not periods:
        axes.text(0.5, 0.5, tr("No values yet"), ha="center", va="center", transform=axes.transAxes, color=BASELINE)
        axes.set_xticks([])
        axes.set_yticks([])
        return figure
    x = period_positions(series)
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
    if series.target is not None:  # the true value, with every decimal it has: 79,5, not 80
        year = f" {series.target_year}" if series.target_year else ""
        axes.axhline(series.target, color=TARGET, linestyle=(0, (6, 3)), linewidth=1.4,
                     label=tr("Target{year}: {value}", year=year, value=_exact(series.target, series.decimals)))
    if series.baseline is not None:
        year = f" {series.baseline_year}" if series.baseline_year else ""
        axes.axhline(series.baseline, color=BASELINE, linestyle=":", linewidth=1.4,
                     label=tr("Baseline{year}: {value}", year=year, value=_exact(series.baseline, series.decimals)))
    latest = series.latest
    if latest is not None:
        status = series.status.status
        axes.plot([x[latest.period]], [latest.value], linestyle="none", marker=MARKER[status], markersize=11,
                  markerfacecolor=COLOUR[status], markeredgecolor="black", markeredgewidth=0.8, zorder=5)
    rotated = len(periods) > 12
    span = max(x.values()) - min(x.values())
    axes.set_xlim(min(x.values()) - max(span * 0.04, 0.25), max(x.values()) + max(span * 0.04, 0.25))
    low, high = axes.get_xlim()
    room = wide * (1 - 56 / wide) / (high - low)  # points per year along the axis
    # A tick only where there is a label, and a label only where it has room: every tick is an object
    # matplotlib builds and draws, and a long series (monthly values over years) would otherwise cost
    # most of the chart's time. The positions are the periods' dates: 2025, 2026-08 and 2026 are not
    # equal steps.
    shown = _spaced([(x[p], p) for p in periods], room, rotated, wide - 56)
    axes.set_xticks([position for position, _label in shown])
    axes.set_xticklabels([label for _position, label in shown], fontsize=TICK_SIZE, rotation=45 if rotated else 0,
                         ha="right" if rotated else "center", rotation_mode="anchor" if rotated else "default")
    tick_room = 16.0 + (max(measure(label, TICK_SIZE) for _p, label in shown) * 0.71 if rotated else 0.0)
    axes.yaxis.set_major_locator(MaxNLocator(nbins=5, steps=[1, 2, 2.5, 5, 10], integer=series.decimals == 0))
    if series.decimals == 0:  # whole numbers: room for two steps of 1 at least, so the ticks can be whole
        low, high = axes.get_ylim()
        if high - low < 2:
            bottom = math.floor(min(low + 0.1 * (high - low), 0.0 if low >= 0 else low))
            top = max(math.ceil(high), bottom + 2)
            axes.set_ylim(bottom - 0.05 * (top - bottom), top + 0.05 * (top - bottom))
    axes.yaxis.set_major_formatter(StepFormatter(current_language()))
    axes.tick_params(axis="both", labelsize=TICK_SIZE)
    axes.grid(axis="y", color="#E0E0E0", linewidth=0.6)
    source_room = SOURCE_SIZE * 1.6 + 3 if series.source else 2.0
    handles, labels = axes.get_legend_handles_labels()
    columns, rows = _legend_columns(labels, wide - 20)
    legend_room = rows * LEGEND_SIZE * 1.45 + 6
    figure.subplots_adjust(bottom=(source_room + legend_room + tick_room) / tall)
    figure.legend(handles, labels, fontsize=LEGEND_SIZE, loc="lower center", bbox_to_anchor=(0.5, source_room / tall),
                  ncol=columns, frameon=False, borderaxespad=0, borderpad=0.2, handlelength=2.0, columnspacing=1.5)
    if series.source:
        figure.text(1 - 6 / wide, 3 / tall, _cut(tr("Source: {source}", source=series.source), 2 * _title_limit(wide)),
                    ha="right", va="bottom", fontsize=SOURCE_SIZE, color=BASELINE)
    return figure


def period_positions(series: IndicatorSeries) -> dict[str, float]:
    """Each period's place on the x axis: its date in years (2026-08-31 is 2026.66), so the axis is spaced
    by time, not by the number of values."""
    seen: dict[str, float] = {}
    for point in [*series.forecast, *(p for points in series.actual.values() for p in points)]:
        seen.setdefault(point.period, years(point.date))
    return seen


def years(day) -> float:
    """A date as a year and its share: 1 January 2026 is 2026.0, 31 December 2026 is 2026.997."""
    from datetime import date

    first = date(day.year, 1, 1).toordinal()
    return day.year + (day.toordinal() - first) / (date(day.year + 1, 1, 1).toordinal() - first)


def _spaced(ticks: list[tuple[float, str]], points_per_year: float, rotated: bool,
            axis: float) -> list[tuple[float, str]]:
    """The ticks whose labels have room: from the latest backwards (the newest values matter most), a
    label is left out when it would touch the one after it. Slanted labels (a long series) stand at
    least a twelfth of the axis (`axis` points) apart, so they do not read as a fence."""
    slanted = max(TICK_SIZE * 1.5, axis / 12)
    kept: list[tuple[float, str]] = []
    for position, label in sorted(ticks, reverse=True):
        width = slanted if rotated else measure(label, TICK_SIZE) + 6.0
        if kept:
            gap = (kept[-1][0] - position) * points_per_year
            other = slanted if rotated else measure(kept[-1][1], TICK_SIZE) + 6.0
            if gap < (width + other) / 2:
                continue
        kept.append((position, label))
    return kept[::-1]


def _legend_columns(labels: list[str], room: float) -> tuple[int, int]:
    """As many legend columns as fit in `room` points (columns filled top down), and the rows that makes."""
    widths = [measure(label, LEGEND_SIZE) + LEGEND_SIZE * (2.0 + 0.8 + 1.5) for label in labels]
    for columns in range(len(widths), 0, -1):
        rows = math.ceil(len(widths) / columns)
        needed = sum(max(widths[c * rows:(c + 1) * rows], default=0) for c in range(columns))
        if needed <= room:
            return columns, rows
    return 1, max(1, len(widths))


def _title_limit(points: float) -> int:
    """Characters of a title that fit on one line `points` wide."""
    return max(20, min(TITLE_LIMIT, int(points / (TITLE_SIZE * 0.6))))


def _exact(value: float, decimals: int) -> str:
    from ..models.rules.numbers import decimals_of

    return number_text(value, decimals_of(value, decimals))


def measure(text: str, size: float) -> float:
    """The width of `text` in points, letter by letter (each letter measured once): close enough to lay
    out labels and legends, and cheap for the hundreds of charts of a report."""
    from .wheel_figure import measure as measured

    return sum(measured(ch, size) for ch in text)


class StepFormatter(Formatter):
    """Tick labels with the decimals their step needs, the same for every tick of the axis: 0, 0,5, 1,0 …
    never a 1,5 printed as 2. Swedish or English as the chart was made (the labels are made when the
    figure is drawn, perhaps after `indicator_chart` returned)."""

    def __init__(self, language: str):
        self.language = language
        self.decimals = 0

    def set_locs(self, locs):
        from ..models.rules.numbers import decimals_of

        super().set_locs(locs)
        self.decimals = max([decimals_of(round(float(v), 9)) for v in locs], default=0)

    def __call__(self, value, position=None):
        with use_language(self.language):
            return number_text(round(float(value), 9), self.decimals)


def _emptied(figure: Figure) -> Figure:
    """The figure as `indicator_chart` found it new: what one chart added is taken away, and the data
    limits forgotten, so the next chart is the same as on a figure of its own (a test holds us to it)."""
    axes = figure.axes[0]
    for artist in [*axes.lines, *axes.texts, *figure.texts]:
        artist.remove()
    if axes.legend_ is not None:
        axes.legend_.remove()
    for legend in list(figure.legends):
        legend.remove()
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
    from ..models.rules.money import UNITS, printed_amount, unit_word

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
                         label=tr("Frame: {amount}", amount=printed_amount(frames[0], amount_unit)))
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
                             fontsize=TICK_SIZE - 0.5, rotation=30 if rotated else 0, ha="right" if rotated else "center")
        axes.yaxis.set_major_locator(MaxNLocator(nbins=5, steps=[1, 2, 2.5, 5, 10]))
        axes.yaxis.set_major_formatter(AmountFormatter(current_language(), amount_unit))
        axes.tick_params(axis="y", labelsize=TICK_SIZE)
        axes.grid(axis="y", color="#E0E0E0", linewidth=0.6)
        axes.legend(fontsize=LEGEND_SIZE, loc="upper center", bbox_to_anchor=(0.5, -0.3 if rotated else -0.16), ncol=3,
                    frameon=False)
        return figure


class AmountFormatter(StepFormatter):
    """Amount ticks (öre shown in tkr, mnkr …) with the decimals their step needs: a tick at 2,5 mnkr
    reads 2,5, not 3."""

    def __init__(self, language: str, unit: str):
        super().__init__(language)
        self.unit = unit

    def __call__(self, value, position=None):
        from ..models.rules.money import UNITS, printed_amount

        with use_language(self.language):
            return printed_amount(round(float(value) * UNITS[self.unit]), self.unit, decimals=self.decimals)
