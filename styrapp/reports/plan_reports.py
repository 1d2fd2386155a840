"""The two planning reports: the verksamhetsplan (vision and värdegrund, the goal tree level by level
with each goal's indicators and charts and the work that serves it, the årshjul, the budget frame) and
Askersund's uppdragsplan (the indicator table with its three flags, and the uppdrag table)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Spacer

from ..models.enums import Progress
from ..wording import tr
from .blocks import cell, chart_drawings, colour_bar, day, enum_word, grid, number, status_markup
from .commissioner_report import source_mark
from .pdf_document import ChartSlot, heading
from .section_notes import charts_once
from .styrmodell import assignment_table, folded_goals, indicator_table, key_result_table, who
from .typography import CONTENT_WIDTH, styles, text, title_text


def progress_word(value: str | None) -> str:
    """Ej påbörjad, Pågår, Klar …"""
    return enum_word(Progress, value, capital=True)


def operational_plan(context, options, step) -> list:
    s = styles()
    header = context.header
    width = CONTENT_WIDTH
    story: list = []
    sections = options.sections
    if "vision" in sections and (header.vision or header.values or header.value_list):
        story.append(heading(tr("Vision and values")))
        if header.vision:
            story += [text(header.vision, s["h3"]), text(header.vision_text, s["body"])]
        if header.values or header.value_list:
            story += [heading(tr("Values"), 1), text(header.values, s["body"])]
            for name, explanation in header.value_list:  # each value with what it means
                story += [text(name, s["h3"]), text(explanation, s["body"])]
    step(10, "reading the goals")
    goals, rows_of = folded_goals(context, context.goals if "goals" in sections else [])
    unique = context.chart_ids() if "charts" in sections and goals else []
    printed: dict[int, str] = {}  # indicator id → the goal its chart is printed under
    seen = dict(zip(unique, chart_drawings([context.series[i] for i in unique], width * 0.8), strict=True))
    if "goals" in sections:
        story.append(heading(tr("Goals")))
    if "goals" in sections and not goals:
        story.append(text("", s["body"], empty=tr("The plan has no goals yet.")))
    for goal in goals:
        level = min(goal.depth + 1, 2)
        block: list = []
        if goal.depth == 0:
            block.append(colour_bar(goal.colour))
        block.append(heading(f"{goal.node.level_name}: {goal.node.title}", level))
        if goal.source is not None:  # uppdragsgivarens mål, with its source
            block.append(source_mark(goal.source))
        facts = []
        if goal.node.owner or goal.node.responsible:  # the person alone when no unit owns it
            facts.append(tr("Responsible: {who}", who=who(goal.node)))
        if goal.node.due:
            facts.append(tr("Due {day}", day=day(goal.node.due)))
        governing = [d.title for d in context.documents if goal.node.id in d.goal_ids]
        if governing:
            facts.append(tr("Governing documents: {titles}", titles="; ".join(title_text(t) for t in governing)))
        if facts:
            block.append(text(" · ".join(facts), s["muted"]))
        story.append(KeepTogether(block))
        if goal.description:
            story.append(text(goal.description, s["body"]))
        if goal.how_measured:
            story.append(text(tr("How we measure it: {how}", how=goal.how_measured), s["body"]))
        story += key_result_table(rows_of.get(goal.node.id))  # Norsjö's nyckelresultat
        if goal.indicators:
            story += indicator_table(goal.indicators, context) or [grid(
                [tr("Indicator"), tr("Baseline"), tr("Target"), tr("Latest outcome"), tr("Status")],
                [[title_text(i.name), _with_year(number(i.baseline, i.decimals, i.unit), i.baseline_year),
                  _with_year(number(i.target, i.decimals, i.unit), i.target_year),
                  _with_year(number(i.latest, i.decimals, i.unit), i.latest_period or None), cell(status_markup(i.status))]
                 for i in goal.indicators],
                [58 * mm, 31 * mm, 27 * mm, 30 * mm, 24 * mm])]
            story += charts_once(goal, seen, printed)
        if goal.work and "work" in sections:
            story += [Spacer(1, 2 * mm), grid(
                [tr("Assignments and activities"), tr("Responsible"), tr("Schedule"), tr("Progress")],
                [[f"{w.level_name}: {title_text(w.title)}", ", ".join(title_text(x) for x in (w.owner, w.responsible) if x),
                  w.schedule or " – ".join(x for x in (day(w.start), day(w.due)) if x), progress_word(w.progress)]
                 for w in goal.work],
                [78 * mm, 38 * mm, 32 * mm, 22 * mm])]
        story.append(Spacer(1, 4 * mm))
    step(45, "adding the annual wheel and the budget")
    if "wheel" in sections:
        story += _wheel_section(context.wheel, width)
    if "budget" in sections and (context.economy or context.budget_assignments):
        story += _budget_section(context)
    if "documents" in sections:
        story += _documents_section(context, [g.node.id for g in context.goals], options.year)
    return story


def _budget_section(context) -> list:
    """The frames per unit and kind (drift, investering), then the uppdrag with budgetpåverkan and
    their amounts, summed per unit."""
    from ..models.enums import BudgetKind
    from ..models.rules.money import printed_amount, total, unit_word

    unit = context.amount_unit

    def amount(ore):
        return "–" if ore is None else printed_amount(ore, unit)

    story: list = [heading(tr("Budget frame"))]
    rows = context.economy
    if rows:
        kinds = {k: enum_word(BudgetKind, k) for k in (BudgetKind.OPERATING.value, BudgetKind.INVESTMENT.value)}
        story.append(grid(
            [tr("Unit"), tr("Kind"), tr("Frame ({unit})", unit=unit_word(unit))],
            [[title_text(r.unit or r.name), kinds[r.kind], amount(r.frame)] for r in rows]
            + [[cell(f"<b>{tr('Sum')} – {kinds[k]}</b>"), "", cell(f"<b>{amount(total(r.frame for r in rows if r.kind == k))}</b>")]
               for k in kinds if any(r.kind == k for r in rows)],
            [80 * mm, 45 * mm, 45 * mm]))
    work = context.budget_assignments
    if work:
        story += [Spacer(1, 3 * mm), heading(tr("Assignments with budget impact"), 1)]
        table: list = []
        units = list(dict.fromkeys(u for u, _t, _a in work))
        for name in units:
            mine = [(t, a) for u, t, a in work if u == name]
            table += [[title_text(name), title_text(t), amount(a)] for t, a in mine]
            table.append(["", cell(f"<b>{tr('Sum for {unit}', unit=title_text(name) or '–')}</b>"),
                          cell(f"<b>{amount(total(a for _t, a in mine))}</b>")])
        story.append(grid([tr("Unit"), tr("Assignment"), tr("Amount ({unit})", unit=unit_word(unit))], table,
                          [55 * mm, 80 * mm, 35 * mm]))
    return story


def _documents_section(context, goal_ids: list[int], year: int) -> list:
    """Styrdokument: those linked to the plan's goals, and those that need review this year."""
    from ..models.enums import DocumentKind

    s = styles()
    ids = set(goal_ids)
    linked = [d for d in context.documents if ids & set(d.goal_ids)]
    due = [d for d in context.documents if d.due_in(year)]
    story: list = [heading(tr("Governing documents"))]
    header = [tr("Governing document"), tr("Kind"), tr("Decided by"), tr("Decided"), tr("Valid until")]
    widths = [62 * mm, 28 * mm, 36 * mm, 22 * mm, 22 * mm]

    def rows(documents):
        return [[title_text(d.title), enum_word(DocumentKind, d.kind, capital=True), title_text(d.decided_by), day(d.decided_on),
                 day(d.valid_until)] for d in documents]

    if linked:
        story.append(grid(header, rows(linked), widths))
    else:
        story.append(text("", s["body"], empty=tr("No governing document is linked to the plan's goals.")))
    if due:
        story += [heading(tr("To be reviewed in {year}", year=year), 1), grid(header, rows(due), widths)]
    return story


def _with_year(value: str, year) -> str:
    return f"{value} ({year})" if year and value != "–" else value


def _wheel_section(data, width: float) -> list:
    from .alt_text import wheel_alt
    from .chart_drawings import figure_drawing
    from .wheel_figure import wheel_figure

    if data is None or not data.events:
        return []
    return [PageBreak(), heading(tr("Annual wheel")), ChartSlot(figure_drawing(wheel_figure(data, "A4", None, heading=False, width=width), width), wheel_alt(data))]


def assignment_plan(context, options, step) -> list:
    """Askersund's uppdragsplan: first the indicators the nämnd follows, then its uppdrag."""
    step(10, "reading the indicators")
    areas = context.indicator_areas
    yes = cell("<b>x</b>")
    table_rows = []
    for ind in context.indicators:
        area, has_work, has_budget = areas.get(ind.id, ([], False, False))
        name = title_text(ind.name)
        table_rows.append([", ".join(map(title_text, area)),
                           tr("{name} (source: {source})", name=name, source=title_text(ind.source)) if ind.source else name,
                           number(ind.target, ind.decimals, ind.unit), number(ind.latest, ind.decimals, ind.unit),
                           ind.latest_period, yes if has_work else "", yes if has_budget else "",
                           yes if ind.reported_to_council else ""])
    story: list = [heading(tr("Indicators")), grid(
        [tr("Council goal area"), tr("Indicator/source"), tr("Desired value"), tr("Current value"), tr("Date"), tr("Assignments"),
         tr("Budget impact"), tr("Council indicator")],
        table_rows or [["", tr("The plan has no indicators yet."), "", "", "", "", "", ""]],
        [42 * mm, 66 * mm, 22 * mm, 22 * mm, 18 * mm, 23 * mm, 22 * mm, 22 * mm], wide=True)]
    step(40, "reading the assignments")
    work = context.work
    story += [Spacer(1, 6 * mm), heading(tr("Assignments"))] + (assignment_table(context) or [grid(
        [tr("Council goal area"), tr("Assignments"), tr("Purpose"), tr("Follow-up"), tr("Schedule"), tr("Responsible")],
        [[", ".join(map(title_text, areas_)), ("    " * depth) + f"{w.level_name}: {title_text(w.title)}", w.purpose,
          w.follow_up_method,
          w.schedule or " – ".join(x for x in (day(w.start), day(w.due)) if x),
          ", ".join(title_text(x) for x in (w.owner, w.responsible) if x)] for depth, w, areas_ in work]
        or [["", tr("The plan has no assignments yet."), "", "", "", ""]],
        [44 * mm, 62 * mm, 50 * mm, 40 * mm, 30 * mm, 31 * mm], wide=True)])
    return story
