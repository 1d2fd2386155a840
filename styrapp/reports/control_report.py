"""The internkontrollplan: the risk matrix (sannolikhet × konsekvens, each cell in its band's colour with
the risk value and the band's word written in it, and the numbers of the risks that sit there), the risks
chosen for the plan with their control (kontrollmoment, method, responsible, frequency, when and to whom
it is reported), and — for a reporting period — the follow-up of each control (symbol and word, what was
found, the actions decided, and how many are not followed up yet); then the rest of the risk analysis."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table, TableStyle

from ..models.enums import ControlOutcome, Frequency, RiskCategory
from ..models.rules.risk import (
    BAND_COLOUR,
    BAND_WORDS,
    NOT_FOLLOWED_UP,
    OUTCOME_COLOUR,
    OUTCOME_SYMBOL,
    band,
    risk_value,
)
from ..wording import capitalised, tr
from .blocks import cell, enum_word, grid
from .pdf_document import heading
from .typography import BOLD, FAMILY, INK, MUTED, styles, text, title_text

HEAT = BAND_COLOUR  # low → high risk value band (rules.risk)


def category_word(category: str) -> str:
    """A standard category in the report's language; the plan's own word as written."""
    return enum_word(RiskCategory, category, capital=True) if category else ""


def outcome_markup(outcome: str | None) -> str:
    """"✓ Genomförd utan anmärkning" with the symbol in its colour: shape and word carry it, colour helps."""
    word = enum_word(ControlOutcome, outcome, capital=True) if outcome else capitalised(tr(NOT_FOLLOWED_UP))
    return f'<font color="{OUTCOME_COLOUR[outcome]}">{OUTCOME_SYMBOL[outcome]}</font> {escape(word)}'


def internal_control(context, options, step) -> list:
    s = styles()
    step(10, "reading the risk analysis")
    risks = context.risks
    story: list = [heading(tr("Risk matrix")),
                   text(tr("Each risk is rated by likelihood and consequence (1–4). The risk value is their product; the "
                           "figures in the cells are the risks' numbers in the tables below."), s["body"]),
                   risk_matrix(risks), Spacer(1, 4 * mm)]
    chosen = [r for r in risks if r.chosen]
    story.append(heading(tr("Internal control plan")))
    story.append(grid(
        [tr("No."), tr("Risk"), tr("Risk value"), tr("Control"), tr("Responsible"), tr("Frequency"), tr("Reporting")],
        [[str(r.number), _risk_cell(r), f"{r.value} ({tr(BAND_WORDS[band(r.value)])})",
          _control_cell(r), title_text(r.responsible), enum_word(Frequency, r.frequency),
          _reporting(r)] for r in chosen]
        or [["", tr("No risks are chosen for the internal control plan yet."), "", "", "", "", ""]],
        [9 * mm, 52 * mm, 22 * mm, 60 * mm, 38 * mm, 22 * mm, 44 * mm], wide=True))
    if "follow_up" in options.sections and context.period is not None:
        story += follow_up_section(context)
    others = [r for r in risks if not r.chosen] if "others" in options.sections else []
    if others:
        story += [heading(tr("Other risks in the risk analysis"), 1), grid(
            [tr("No."), tr("Risk"), tr("Process"), tr("Unit"), tr("Likelihood"), tr("Consequence"), tr("Risk value")],
            [[str(r.number), _risk_cell(r), title_text(r.process), title_text(r.unit), str(r.likelihood),
              str(r.consequence), str(r.value)] for r in others],
            [9 * mm, 74 * mm, 43 * mm, 43 * mm, 26 * mm, 27 * mm, 21 * mm], wide=True)]
    return story


def _risk_cell(risk) -> str:
    extra = ", ".join(part for part in (title_text(risk.process), category_word(risk.category)) if part)
    return title_text(risk.title) + (f" ({extra})" if extra else "")


def _control_cell(risk) -> str:
    if not risk.control and not risk.method:
        return ""
    return risk.control + (f"\n{tr('Method')}: {risk.method}" if risk.method else "")


def _reporting(risk) -> str:
    return "\n".join(part for part in (risk.reporting, f"({risk.report_period})" if risk.report_period else "") if part)


def follow_up_section(context) -> list:
    s = styles()
    checks = context.control_checks
    left = sum(1 for check in checks if check.outcome is None)
    title = tr("Follow-up of the controls: {period}", period=context.period.name)
    story: list = [heading(title)]
    if not checks:
        return story + [text(tr("No risks are chosen for the internal control plan yet."), s["body"])]
    story.append(text(tr("{left} of {total} controls are not followed up yet.", left=left, total=len(checks)) if left
                      else tr("Every control is followed up."), s["body"]))
    story.append(grid(
        [tr("No."), tr("Risk"), tr("Control"), tr("Follow-up"), tr("What was found"), tr("Actions decided")],
        [[str(c.risk.number), title_text(c.risk.title), c.risk.control, cell(outcome_markup(c.outcome)), c.findings,
          c.actions] for c in checks],
        [9 * mm, 44 * mm, 50 * mm, 38 * mm, 55 * mm, 50 * mm], wide=True))
    return story


def risk_matrix(risks) -> Table:
    """Consequence across, likelihood up; the cell's colour is the risk band and its text the risk value,
    the band's word and the risks' numbers, so the matrix reads without colour too."""
    cells: dict[tuple[int, int], list[int]] = {}
    for risk in risks:
        cells.setdefault((risk.likelihood, risk.consequence), []).append(risk.number)
    data = [[tr("Likelihood"), "", "", "", ""]]
    for likelihood in (4, 3, 2, 1):
        row = [str(likelihood)]
        for consequence in (1, 2, 3, 4):
            ids = cells.get((likelihood, consequence), [])
            value = risk_value(likelihood, consequence)
            level = tr(BAND_WORDS[band(value)])
            content = f"<font size='7.5'><b>{value}</b></font> <font size='7' color='#5F6B7A'>{level}</font>"
            if ids:
                content += "<br/><b>" + ", ".join(str(i) for i in ids) + "</b>"
            row.append(cell(content))
        data.append(row)
    data.append(["", "1", "2", "3", "4"])
    data.append(["", tr("Consequence"), "", "", ""])
    table = Table(data, colWidths=[24 * mm] + [30 * mm] * 4, rowHeights=[7 * mm] + [16 * mm] * 4 + [6 * mm, 7 * mm],
                  hAlign="LEFT")
    commands = [("FONTNAME", (0, 0), (-1, -1), FAMILY), ("FONTSIZE", (0, 0), (-1, -1), 8),
                ("TEXTCOLOR", (0, 0), (-1, -1), INK), ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("SPAN", (0, 0), (4, 0)), ("SPAN", (1, 6), (4, 6)),
                ("FONTNAME", (0, 0), (-1, 0), BOLD), ("FONTNAME", (1, 6), (-1, 6), BOLD),
                ("ALIGN", (0, 0), (-1, 0), "LEFT"), ("TEXTCOLOR", (0, 5), (-1, 5), MUTED)]
    for r, likelihood in enumerate((4, 3, 2, 1), start=1):
        for c, consequence in enumerate((1, 2, 3, 4), start=1):
            colour = colors.HexColor(HEAT[band(risk_value(likelihood, consequence))])
            commands += [("BACKGROUND", (c, r), (c, r), colour), ("BOX", (c, r), (c, r), 0.8, colors.white)]
    table.setStyle(TableStyle(commands))
    # For a screen reader: the likelihood on the left heads its row, the consequence at the foot its column.
    table.tag_header_rows, table.tag_header_columns = (0, 5, 6), (0,)
    return table
