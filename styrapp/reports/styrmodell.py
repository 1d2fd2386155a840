"""The organisation's own styrmodell on paper (issue 19, item 4), declared per template in LAYOUTS:
Norsjö's nyckelresultat as one table "Nyckelresultat | Ägare | Så mäter vi" under each verksamhetsmål,
Askersund's uppdrag table with syfte, förflyttning, önskad nivå, ursprung and budgetpåverkan, and NVK's
nyckeltal with their Agenda 2030 goals as numbered squares in the UN's colours. The report sections call
these; each returns nothing when the plan's layout does not ask for it, and the section prints as before."""

from __future__ import annotations

from dataclasses import dataclass, replace

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from ..models.enums import AssignmentOrigin
from ..models.rules.agenda2030 import SDGS, sdg_name
from ..wording import tr
from .blocks import cell, day, enum_word, grid, number, status_markup
from .typography import CONTENT_WIDTH, styles, text, title_text


@dataclass(frozen=True)
class Layout:
    row_levels: frozenset[str] = frozenset()  # goal levels printed as numbered rows of a table under their parent
    assignment_details: bool = False  # the uppdrag table with förflyttning, önskad nivå, ursprung, budgetpåverkan
    agenda2030: bool = False  # the indicator tables with each indicator's Agenda 2030 goals
    indicator_word: str = ""  # what the styrmodell calls an indicator (English source): "Key figure" → Nyckeltal


# By the plan's template (Plan.template); the other templates print the common layout.
LAYOUTS: dict[str, Layout] = {
    "norsjo": Layout(row_levels=frozenset({"key_result"}), indicator_word="KF indicator"),
    "askersund": Layout(assignment_details=True),
    "nvk": Layout(agenda2030=True, indicator_word="Key figure"),
}


def layout_of(context) -> Layout:
    """The layout of the plan's template; a plan whose template is not recorded (or "default") by the
    levels it uses, when they are a template's own (Norsjö's "key_result")."""
    data = getattr(context, "styrmodell", None)
    if data is None:
        return Layout()
    if data.template in LAYOUTS:
        return LAYOUTS[data.template]
    return next((layout for layout in LAYOUTS.values() if layout.row_levels & data.keys), Layout())


def folded_goals(context, goals: list) -> tuple[list, dict[int, list]]:
    """The goals as the report heads them, and under each parent the goals printed as rows of its table
    (Norsjö's nyckelresultat). A row goal's indicators and work go to its parent's tables."""
    levels = layout_of(context).row_levels
    keys = context.styrmodell.level_keys if levels else {}
    rows: dict[int, list] = {}
    out: list = []
    for goal in goals:
        if keys.get(goal.node.id) in levels and goal.node.parent_id is not None:
            owner = next((g for g in reversed(out) if g.node.id == goal.node.parent_id), None)
            if owner is not None:
                rows.setdefault(owner.node.id, []).append(goal)
                known = {i.id for i in owner.indicators}
                owner.indicators += [i for i in goal.indicators if i.id not in known]
                done = {w.id for w in owner.work}
                owner.work += [w for w in goal.work if w.id not in done]
                continue
        out.append(replace(goal, indicators=list(goal.indicators), work=list(goal.work)))
    return out, rows


def who(node) -> str:
    """The ägare: the owning unit (with the person responsible), or the person responsible alone."""
    return ", ".join(title_text(x) for x in (node.owner, node.responsible) if x)


def key_result_table(rows: list | None) -> list:
    """"Nyckelresultat | Ägare | Så mäter vi", numbered, under a verksamhetsmål."""
    if not rows:
        return []
    return [grid([rows[0].node.level_name, tr("Owner"), tr("How we measure")],
                 [[f"{n} {title_text(g.node.title)}", who(g.node), g.how_measured] for n, g in enumerate(rows, start=1)],
                 [88 * mm, 32 * mm, 60 * mm]), Spacer(1, 3 * mm)]


def sdg_squares(numbers, width: float):
    """Each goal as a numbered square in its official colour, as many to a line as `width` holds (the number
    is the text a reader hears and copies); an empty string for none."""
    from reportlab.graphics.shapes import Drawing, Rect, String
    from reportlab.lib import colors

    from .alt_text import sdg_alt
    from .tagging import described
    from .typography import BOLD

    if not numbers:
        return ""
    colour = {number: c for number, _name, c in SDGS}
    side, step = 5.5 * mm, 6.5 * mm
    per_line = max(1, int((width + step - side) // step))
    lines = (len(numbers) + per_line - 1) // per_line
    drawing = Drawing(min(len(numbers), per_line) * step - (step - side), lines * step - (step - side))
    drawing.initialFontName = BOLD
    described(drawing, sdg_alt(numbers))
    for index, n in enumerate(numbers):
        x, y = (index % per_line) * step, (lines - 1 - index // per_line) * step
        drawing.add(Rect(x, y, side, side, fillColor=colors.HexColor(colour[n]), strokeColor=None))
        drawing.add(String(x + side / 2, y + side / 2 - 2.8, str(n), fontName=BOLD, fontSize=8,
                           fillColor=colors.white, textAnchor="middle"))
    return drawing


def _with_year(value: str, year) -> str:
    """"75 index (2023)": a value with the year it is of (as the common indicator table prints it)."""
    return f"{value} ({year})" if year and value != "–" else value


def indicator_table(indicators: list, context) -> list:
    """The goal's indicators under the styrmodell's own word for them (NVK's nyckeltal, Norsjö's KF-indikator),
    with an Agenda 2030 column and the goals' names under the table when the layout has them; nothing when
    the layout prints the common table."""
    layout = layout_of(context)
    if not indicators or not (layout.agenda2030 or layout.indicator_word):
        return []
    sdgs = context.styrmodell.sdgs if layout.agenda2030 else {}
    header = [tr(layout.indicator_word or "Indicator"), tr("Baseline"), tr("Target"), tr("Latest outcome"), tr("Status")]
    rows = [[title_text(i.name), _with_year(number(i.baseline, i.decimals, i.unit), i.baseline_year),
             _with_year(number(i.target, i.decimals, i.unit), i.target_year),
             _with_year(number(i.latest, i.decimals, i.unit), i.latest_period or None), cell(status_markup(i.status))]
            for i in indicators]
    if not layout.agenda2030:
        return [grid(header, rows, [58 * mm, 31 * mm, 27 * mm, 30 * mm, 24 * mm])]
    table = grid(header + [tr("Agenda 2030")],
                 [row + [sdg_squares(sdgs.get(i.id, ()), CONTENT_WIDTH * 22 / 172 - 8)] for row, i in zip(rows, indicators, strict=True)],
                 [44 * mm, 35 * mm, 23 * mm, 28 * mm, 20 * mm, 22 * mm])
    used = sorted({n for i in indicators for n in sdgs.get(i.id, ())})
    names = "; ".join(f"{n} {sdg_name(n)}" for n in used)
    return [table] + ([text(tr("Agenda 2030: {goals}", goals=names), styles()["muted"])] if used else [])


def assignment_table(context) -> list:
    """Askersund's uppdrag: KF målområde, uppdrag, syfte, förflyttning, önskad nivå, ursprung, uppföljning,
    tidplan, budgetpåverkan, ansvarig; nothing when the layout has the common table."""
    if not layout_of(context).assignment_details:
        return []
    yes = "<b>x</b>"

    def budget(w):
        if w.budget_amount_tkr is not None:
            return cell(f"{yes} ({number(w.budget_amount_tkr, 0, 'tkr')})")
        return cell(yes) if w.budget_impact else ""

    rows = [[", ".join(map(title_text, areas)), ("    " * depth) + f"{w.level_name}: {title_text(w.title)}", w.purpose,
             w.change, w.desired_level, enum_word(AssignmentOrigin, w.assignment_origin, capital=True), w.follow_up_method,
             w.schedule or " – ".join(x for x in (day(w.start), day(w.due)) if x), budget(w), who(w)]
            for depth, w, areas in context.work]
    return [grid([tr("Council goal area"), tr("Assignments"), tr("Purpose"), tr("Change sought"), tr("Desired level"),
                  tr("Origin"), tr("Follow-up"), tr("Schedule"), tr("Budget impact"), tr("Responsible")],
                 rows or [["", tr("The plan has no assignments yet."), "", "", "", "", "", "", "", ""]],
                 [28 * mm, 40 * mm, 34 * mm, 34 * mm, 28 * mm, 22 * mm, 30 * mm, 22 * mm, 22 * mm, 24 * mm], wide=True)]
