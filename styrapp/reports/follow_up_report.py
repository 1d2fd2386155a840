"""The follow-up report for one reporting period (månadsrapport, delårsrapport, årsredovisning): a
summary (status per målområde as a chart, the goals that are red), then every goal with its status,
assessment, analysis and indicator charts as they stood at the period's end, the uppdrag, and the
economy per unit (frame, outcome, forecast)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer

from ..models.enums import Assessment, BudgetKind, Status
from ..models.rules.money import format_percent, printed_amount, unit_word
from ..models.rules.money import total as money_total
from ..models.rules.status import COLOUR, SYMBOL
from ..wording import tr
from .alt_text import budget_alt, status_alt
from .blocks import cell, chart_drawings, colour_bar, enum_word, grid, number, status_markup, status_word
from .commissioner_report import source_mark
from .pdf_document import ChartSlot, heading
from .plan_reports import progress_word
from .section_notes import charts_once, missing_analyses
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
    printed: dict[int, str] = {}  # indicator id → the goal its chart is printed under
    drawings = dict(zip(ids, chart_drawings([context.series[i] for i in ids], CONTENT_WIDTH * 0.8), strict=True))
    story.append(heading(tr("The goals")))
    if not goals:
        story.append(text("", s["body"], empty=tr("The plan has no goals yet.")))
    story += missing_analyses([g.node.id for g in goals], written, lambda missing, total: tr(
        "Analysis missing for {missing} of {total} goals.", missing=missing, total=total))
    for goal in goals:
        row = written.get(goal.node.id)
        block: list = [colour_bar(goal.colour)] if goal.depth == 0 else []
        block.append(heading(f"{goal.node.level_name}: {goal.node.title}", min(goal.depth + 1, 2)))
        if goal.source is not None:  # uppdragsgivarens mål, with its source
            block.append(source_mark(goal.source))
        verdict = status_markup(status(goal.node.id))
        if row is not None and row.assessment:
            verdict += " · " + tr("Assessment: {verdict}", verdict=enum_word(Assessment, row.assessment))
        block.append(cell(verdict))
        story.append(KeepTogether(block))
        if row is not None and (row.analysis or "").strip():  # a missing one is counted once, under the section's heading
            story.append(text(row.analysis, s["body"]))
        if goal.indicators:
            story.append(grid(
                [tr("Indicator"), tr("Target"), tr("Baseline"),
                 tr("Outcome to {day}", day=period.period_end.isoformat()), tr("Status")],
                [[title_text(i.name), number(i.target, i.decimals, i.unit), number(i.baseline, i.decimals, i.unit),
                  number(i.latest, i.decimals, i.unit) + (f" ({i.latest_period})" if i.latest_period else ""),
                  cell(status_markup(i.status))] for i in goal.indicators],
                [58 * mm, 25 * mm, 31 * mm, 32 * mm, 24 * mm]))
            story += charts_once(goal, drawings, printed)
        story.append(Spacer(1, 3 * mm))

    step(38, "reading the assignments and finances")
    work = context.work if "work" in sections else []
    if work:
        story += [heading(tr("Assignments")),
                  *missing_analyses([w.id for _d, w, _a in work], written, lambda missing, total: tr(
                      "Analysis missing for {missing} of {total} assignments.", missing=missing, total=total)),
                  grid(
            [tr("Assignments"), tr("Status"), tr("Progress"), tr("Analysis")],
            [[("    " * depth) + f"{w.level_name}: {title_text(w.title)}", cell(status_markup(status(w.id))),
              progress_word(w.progress), written[w.id].analysis if w.id in written else ""]
             for depth, w, _areas in work],
            [62 * mm, 24 * mm, 22 * mm, 62 * mm])]
    if "economy" in sections:
        story += _economy(context, period)
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
        story.append(ChartSlot(figure_drawing(status_chart(areas), CONTENT_WIDTH), status_alt(areas)))
    red = [g for g in goals if status(g.node.id) == Status.RED]
    story.append(heading(tr("Goals with red status"), 1))
    story.append(grid([tr("Goals"), tr("Analysis")], [[f"{g.node.level_name}: {title_text(g.node.title)}", written[g.node.id].analysis]
                                          for g in red], [70 * mm, 100 * mm])
                 if red else text(tr("No goal has red status in the period."), s["body"]))
    return story


def _economy(context, period) -> list:
    """Frame, outcome to the period's end, forecast for the year and the deviation (kr and %, with its
    status symbol and word) per unit and kind, then frame, outcome and forecast per unit as a chart."""
    from .chart_drawings import figure_drawing
    from .charts import budget_chart

    s = styles()
    rows, unit = context.economy, context.amount_unit
    story: list = [heading(tr("Finances"))]
    if not rows:
        return story + [text(tr("The plan has no budget for the year."), s["body"])]
    deviations = [r.deviation for r in rows]
    # The sum's deviation adds the lines' deviations: a line without a forecast yet has none to add
    # (its frame less nothing would read as a surplus).
    forecast_lines = [d for d in deviations if d is not None]
    total = [money_total(r.frame for r in rows), money_total(r.outcome for r in rows),
             money_total(r.forecast for r in rows), money_total(forecast_lines) if forecast_lines else None]

    def amount(ore):
        return "–" if ore is None else printed_amount(ore, unit)

    def name(r):
        kind = "" if r.kind == BudgetKind.OPERATING.value else f" ({enum_word(BudgetKind, r.kind)})"
        return title_text(r.unit or r.name) + kind

    story.append(grid(
        [tr("Unit"), tr("Frame ({unit})", unit=unit_word(unit)), tr("Outcome to {day}", day=period.period_end.isoformat()),
         tr("Full-year forecast"), tr("Deviation from frame"), tr("Status")],
        [[name(r), amount(r.frame), amount(r.outcome), amount(r.forecast),
          amount(d) + (f" ({format_percent(r.share)})" if r.share is not None else ""), cell(status_markup(r.status))]
         for r, d in zip(rows, deviations, strict=True)]
        + [[cell(f"<b>{tr('Sum')}</b>")] + [cell(f"<b>{amount(value)}</b>") for value in total] + [""]],
        [38 * mm, 22 * mm, 26 * mm, 30 * mm, 32 * mm, 22 * mm]))
    story.append(text(tr("Deviation: frame minus full-year forecast; a negative figure is a deficit."), s["muted"]))
    names, frames, outcomes, forecasts = ([name(r) for r in rows], [r.frame for r in rows], [r.outcome for r in rows],
                                          [r.forecast for r in rows])
    title = tr("Frame, outcome and forecast per unit")
    chart = budget_chart(title, names, frames, outcomes, forecasts, unit, height=3.6)
    story.append(ChartSlot(figure_drawing(chart, CONTENT_WIDTH), budget_alt(title, names, frames, outcomes, forecasts, unit)))
    return story


def status_chart(areas: list[tuple[str, dict[Status, int]]]):
    """Status counts per målområde as horizontal stacked bars, each part labelled with its symbol and
    count and the legend with symbol and word, so the chart reads in black and white too. (No hatching:
    SVG patterns do not survive the way into the PDF.)"""
    from matplotlib.figure import Figure

    from .charts import BASELINE
    from .typography import printable

    width = CONTENT_WIDTH / 72.0  # drawn at the size it is printed: its text sizes are the printed ones
    height = 1.2 + 0.42 * len(areas)
    figure = Figure(figsize=(width, height))
    # A goal area's name on at most two lines within the left third: any title stays inside the margins.
    room = CONTENT_WIDTH * 0.34 - 10
    names = [_area_name(printable(name), room) for name, _counts in areas][::-1]
    figure.subplots_adjust(left=0.34, right=0.98, top=1 - 0.4 / height, bottom=0.75 / height)
    axes = figure.add_subplot()
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


def _area_name(name: str, room: float, size: float = 8.0) -> str:
    """A goal area's name on two lines at most, each within `room` points; what does not fit is cut with …"""
    from ..models.wheel.scene import wrap
    from .wheel_figure import drawable, measure

    return "\n".join(wrap(" ".join(drawable(name).split()), room, size, measure, max_lines=2))
