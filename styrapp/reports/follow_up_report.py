"""The follow-up report for one reporting period (månadsrapport, delårsrapport, årsredovisning): a
summary (status per målområde as a chart, the goals that are red), then every goal with its status,
assessment, analysis and indicator charts as they stood at the period's end, the uppdrag, and the
economy per unit (frame, outcome, forecast)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer

from ..models.enums import Assessment, Status
from ..models.rules.money import deviation
from ..models.rules.money import total as money_total
from ..models.rules.status import COLOUR, SYMBOL
from ..wording import tr
from .blocks import cell, chart_drawings, colour_bar, enum_word, grid, number, status_markup, status_word
from .pdf_document import ChartSlot, heading
from .plan_reports import progress_word
from .typography import CONTENT_WIDTH, styles, text, title_text

ORDER = (Status.GREEN, Status.YELLOW, Status.RED, Status.UNKNOWN)


def follow_up(context, options, step) -> list:
    s = styles()
    sections = options.sections
    period = context.period
    written = context.follow_ups
    step(5, "reading the goals")
    goals = context.goals

    def status(node_id: int) -> Status:
        row = written.get(node_id)
        return Status(row.status) if row is not None else Status.UNKNOWN

    story: list = _summary(goals, period, written, status) if "summary" in sections else []
    ids = context.chart_ids() if "charts" in sections else []
    drawings = dict(zip(ids, chart_drawings([context.series[i] for i in ids], CONTENT_WIDTH * 0.8), strict=True))
    story.append(heading(tr("The goals")))
    if not goals:
        story.append(text("", s["body"], empty=tr("The plan has no goals yet.")))
    for goal in goals:
        row = written.get(goal.node.id)
        block: list = [colour_bar(goal.colour)] if goal.depth == 0 else []
        block.append(heading(f"{goal.node.level_name}: {goal.node.title}", min(goal.depth + 1, 2)))
        verdict = status_markup(status(goal.node.id))
        if row is not None and row.assessment:
            verdict += " · " + tr("Assessment: {verdict}", verdict=enum_word(Assessment, row.assessment))
        block.append(cell(verdict))
        story.append(KeepTogether(block))
        story.append(text(row.analysis if row else "", s["body"], empty=tr("No analysis written for the period.")))
        if goal.indicators:
            story.append(grid(
                [tr("Indicator"), tr("Target"), tr("Baseline"),
                 tr("Outcome to {day}", day=period.period_end.isoformat()), tr("Status")],
                [[title_text(i.name), number(i.target, i.decimals, i.unit), number(i.baseline, i.decimals, i.unit),
                  number(i.latest, i.decimals, i.unit) + (f" ({i.latest_period})" if i.latest_period else ""),
                  cell(status_markup(i.status))] for i in goal.indicators],
                [58 * mm, 25 * mm, 31 * mm, 32 * mm, 24 * mm]))
            for indicator in goal.indicators:
                if indicator.id in drawings:
                    story += [Spacer(1, 2 * mm), ChartSlot(drawings[indicator.id])]
        story.append(Spacer(1, 3 * mm))

    step(38, "reading the assignments and finances")
    work = context.work if "work" in sections else []
    if work:
        story += [heading(tr("Assignments")), grid(
            [tr("Assignments"), tr("Status"), tr("Progress"), tr("Analysis")],
            [[("    " * depth) + f"{w.level_name}: {title_text(w.title)}", cell(status_markup(status(w.id))),
              progress_word(w.progress), written[w.id].analysis if w.id in written else ""]
             for depth, w, _areas in work],
            [62 * mm, 24 * mm, 22 * mm, 62 * mm])]
    if "economy" in sections:
        story += _economy(context.budget, period)
    return story


def _summary(goals, period, written, status) -> list:
    """Sammanfattning: the period, status per målområde as a chart, and the goals that are red."""
    from .chart_drawings import figure_drawing

    s = styles()
    areas: list[tuple[str, dict[Status, int]]] = []
    for goal in goals:
        if goal.depth == 0:
            areas.append((goal.node.title, dict.fromkeys(ORDER, 0)))
        if areas:
            areas[-1][1][status(goal.node.id)] += 1
    end = period.period_end.isoformat()
    story: list = [heading(tr("Summary")),
                   text(tr("The period runs to {end} and is decided on {due}.", end=end,
                           due=period.due.isoformat()) if period.due
                        else tr("The period runs to {end}.", end=end), s["body"])]
    if areas:
        story.append(ChartSlot(figure_drawing(status_chart(areas), CONTENT_WIDTH)))
    red = [g for g in goals if status(g.node.id) == Status.RED]
    story.append(heading(tr("Goals with red status"), 1))
    story.append(grid([tr("Goals"), tr("Analysis")], [[f"{g.node.level_name}: {title_text(g.node.title)}", written[g.node.id].analysis]
                                          for g in red], [70 * mm, 100 * mm])
                 if red else text(tr("No goal has red status in the period."), s["body"]))
    return story


def _economy(budget, period) -> list:
    """Frame, outcome to the period's end, forecast for the year and the deviation, per unit."""
    s = styles()
    story: list = [heading(tr("Finances"))]
    if not budget:
        return story + [text(tr("The plan has no budget for the year."), s["body"])]
    deviations = [deviation(b.frame, b.forecast) for b in budget]
    # The sum's deviation adds the lines' deviations: a line without a forecast yet has none to add
    # (its frame less nothing would read as a surplus).
    forecast_lines = [d for d in deviations if d is not None]
    total = [money_total(b.frame for b in budget), money_total(b.outcome for b in budget),
             money_total(b.forecast for b in budget), money_total(forecast_lines) if forecast_lines else None]

    story.append(grid(
        [tr("Unit"), tr("Frame (SEK thousand)"), tr("Outcome to {day}", day=period.period_end.isoformat()), tr("Full-year forecast"),
         tr("Deviation from frame")],
        [[title_text(b.unit or b.name), number(b.frame), number(b.outcome), number(b.forecast), number(d)]
         for b, d in zip(budget, deviations, strict=True)]
        + [[cell(f"<b>{tr('Sum')}</b>")] + [cell(f"<b>{number(value)}</b>") for value in total]],
        [50 * mm, 28 * mm, 32 * mm, 30 * mm, 30 * mm]))
    story.append(text(tr("Deviation: frame minus full-year forecast; a negative figure is a deficit."), s["muted"]))
    return story


def status_chart(areas: list[tuple[str, dict[Status, int]]]):
    """Status counts per målområde as horizontal stacked bars, each part labelled with its symbol and
    count and the legend with symbol and word, so the chart reads in black and white too. (No hatching:
    SVG patterns do not survive the way into the PDF.)"""
    from matplotlib.figure import Figure

    from .charts import BASELINE
    from .typography import printable

    height = 1.2 + 0.42 * len(areas)
    figure = Figure(figsize=(6.8, height))
    figure.subplots_adjust(left=0.34, right=0.98, top=1 - 0.4 / height, bottom=0.75 / height)
    axes = figure.add_subplot()
    names = [_short(printable(name)) for name, _counts in areas][::-1]
    left = [0] * len(areas)
    for state in ORDER:
        values = [counts[state] for _name, counts in areas][::-1]
        bars = axes.barh(names, values, left=left, color=COLOUR[state], edgecolor="white",
                         label=f"{SYMBOL[state]} {status_word(state)}", height=0.62)
        for bar, value in zip(bars, values, strict=True):
            if value:
                axes.text(bar.get_x() + bar.get_width() / 2, bar.get_y() + bar.get_height() / 2,
                          f"{SYMBOL[state]} {value}",
                          ha="center", va="center", fontsize=8, color="white" if state != Status.UNKNOWN else "#1F2A36",
                          fontweight="bold")
        left = [a + b for a, b in zip(left, values, strict=True)]
    axes.set_title(tr("Status of the goals per goal area"), fontsize=10, loc="left")
    axes.tick_params(labelsize=8)
    axes.xaxis.get_major_locator().set_params(integer=True)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    axes.spines["left"].set_color(BASELINE)
    figure.legend(loc="lower left", fontsize=7.5, frameon=False, ncols=4, bbox_to_anchor=(0.34, 0.0))
    return figure


def _short(name: str, limit: int = 48) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"
