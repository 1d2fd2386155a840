"""The follow-up report for one reporting period (månadsrapport, delårsrapport, årsredovisning): a
summary (status per målområde as a chart, the goals that are red), then every goal with its status,
assessment, analysis and indicator charts as they stood at the period's end, the uppdrag, and the
economy per unit (frame, outcome, forecast)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer

from ..models import report_rows as rows
from ..models.enums import SWEDISH, Assessment, Status
from ..models.status import COLOUR, SYMBOL
from .blocks import STATUS_WORD, cell, chart_drawings, colour_bar, grid, number, status_markup
from .pdf_document import ChartSlot, heading
from .plan_reports import PROGRESS_WORD
from .typography import CONTENT_WIDTH, styles, text

ORDER = (Status.GREEN, Status.YELLOW, Status.RED, Status.UNKNOWN)


def follow_up(plan, options, step) -> list:
    from .engine import resolve_period

    s = styles()
    sections = options.sections
    period = resolve_period(plan, options.period, options.year)
    written = rows.follow_ups(plan, period.id)
    step(5, "läser målen")
    goals = rows.goal_rows(plan, until=period.period_end)

    def status(node_id: int) -> Status:
        row = written.get(node_id)
        return Status(row.status) if row is not None else Status.UNKNOWN

    story: list = _summary(goals, period, written, status) if "summary" in sections else []
    ids = list(dict.fromkeys(i.id for g in goals for i in g.indicators)) if "charts" in sections else []
    drawings = dict(zip(ids, chart_drawings(plan, ids, CONTENT_WIDTH * 0.8), strict=True))
    story.append(heading("Målen"))
    for goal in goals:
        row = written.get(goal.node.id)
        block: list = [colour_bar(goal.colour)] if goal.depth == 0 else []
        block.append(heading(f"{goal.node.level_name}: {goal.node.title}", min(goal.depth + 1, 2)))
        verdict = status_markup(status(goal.node.id))
        if row is not None and row.assessment:
            verdict += " · Bedömning: " + SWEDISH.get(Assessment(row.assessment), row.assessment)
        block.append(cell(verdict))
        story.append(KeepTogether(block))
        story.append(text(row.analysis if row else "", s["body"], empty="Ingen analys skriven för perioden."))
        if goal.indicators:
            story.append(grid(
                ["Indikator", "Målvärde", "Jämförelsevärde", f"Utfall t.o.m. {period.period_end.isoformat()}", "Status"],
                [[i.name, number(i.target, i.decimals, i.unit), number(i.baseline, i.decimals, i.unit),
                  number(i.latest, i.decimals, i.unit) + (f" ({i.latest_period})" if i.latest_period else ""),
                  cell(status_markup(i.status))] for i in goal.indicators],
                [58 * mm, 25 * mm, 31 * mm, 32 * mm, 24 * mm]))
            for indicator in goal.indicators:
                if indicator.id in drawings:
                    story += [Spacer(1, 2 * mm), ChartSlot(drawings[indicator.id])]
        story.append(Spacer(1, 3 * mm))

    step(38, "läser uppdragen och ekonomin")
    work = rows.work_rows(plan) if "work" in sections else []
    if work:
        story += [heading("Uppdrag"), grid(
            ["Uppdrag", "Status", "Läge", "Analys"],
            [[("    " * depth) + f"{w.level_name}: {w.title}", cell(status_markup(status(w.id))),
              PROGRESS_WORD.get(w.progress, ""), written[w.id].analysis if w.id in written else ""]
             for depth, w, _areas in work],
            [62 * mm, 24 * mm, 22 * mm, 62 * mm])]
    if "economy" in sections:
        story += _economy(plan, options.year, period)
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
    story: list = [heading("Sammanfattning"),
                   text(f"Perioden omfattar tiden till och med {period.period_end.isoformat()}"
                        + (f" och beslutas {period.due.isoformat()}." if period.due else "."), s["body"])]
    if areas:
        story.append(ChartSlot(figure_drawing(status_chart(areas), CONTENT_WIDTH)))
    red = [g for g in goals if status(g.node.id) == Status.RED]
    story.append(heading("Mål med röd status", 1))
    story.append(grid(["Mål", "Analys"], [[f"{g.node.level_name}: {g.node.title}", written[g.node.id].analysis]
                                          for g in red], [70 * mm, 100 * mm])
                 if red else text("Inga mål har röd status i perioden.", s["body"]))
    return story


def _economy(plan, year: int, period) -> list:
    """Frame, outcome to the period's end, forecast for the year and the deviation, per unit."""
    s = styles()
    budget = rows.budget_rows(plan, year, period.id)
    story: list = [heading("Ekonomi")]
    if not budget:
        return story + [text("Planen har ingen budget för året.", s["body"])]
    total = [sum(b.frame for b in budget), sum(b.outcome or 0 for b in budget), sum(b.forecast or 0 for b in budget)]
    story.append(grid(
        ["Enhet", "Ram (tkr)", f"Utfall t.o.m. {period.period_end.isoformat()}", "Helårsprognos", "Avvikelse mot ram"],
        [[b.unit or b.name, number(b.frame), number(b.outcome), number(b.forecast),
          number(b.frame - b.forecast) if b.forecast is not None else "–"] for b in budget]
        + [[cell("<b>Summa</b>"), cell(f"<b>{number(total[0])}</b>"), cell(f"<b>{number(total[1])}</b>"),
            cell(f"<b>{number(total[2])}</b>"), cell(f"<b>{number(total[0] - total[2])}</b>")]],
        [50 * mm, 28 * mm, 32 * mm, 30 * mm, 30 * mm]))
    story.append(text("Avvikelse: ram minus helårsprognos; ett negativt tal betyder underskott.", s["muted"]))
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
                         label=f"{SYMBOL[state]} {STATUS_WORD[state]}", height=0.62)
        for bar, value in zip(bars, values, strict=True):
            if value:
                axes.text(bar.get_x() + bar.get_width() / 2, bar.get_y() + bar.get_height() / 2,
                          f"{SYMBOL[state]} {value}",
                          ha="center", va="center", fontsize=8, color="white" if state != Status.UNKNOWN else "#1F2A36",
                          fontweight="bold")
        left = [a + b for a, b in zip(left, values, strict=True)]
    axes.set_title("Målens status per målområde", fontsize=10, loc="left")
    axes.tick_params(labelsize=8)
    axes.xaxis.get_major_locator().set_params(integer=True)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    axes.spines["left"].set_color(BASELINE)
    figure.legend(loc="lower left", fontsize=7.5, frameon=False, ncols=4, bbox_to_anchor=(0.34, 0.0))
    return figure


def _short(name: str, limit: int = 48) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"
