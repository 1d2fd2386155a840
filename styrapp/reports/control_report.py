"""The internkontrollplan: the risk matrix (sannolikhet × konsekvens as a heat map, each cell showing how
many risks sit there and their numbers) and the risks chosen for the plan with control, responsible,
frequency and reporting; then the rest of the risk analysis."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table, TableStyle

from ..models.enums import Frequency
from ..models.rules.risk import BAND_COLOUR, BAND_WORDS, band, risk_value
from ..wording import tr
from .blocks import cell, enum_word, grid
from .pdf_document import heading
from .typography import BOLD, FAMILY, INK, MUTED, styles, text, title_text

HEAT = BAND_COLOUR  # low → high risk value band (rules.risk)


def internal_control(context, options, step) -> list:
    s = styles()
    step(10, "reading the risk analysis")
    risks = context.risks
    numbered = {id(r): n for n, r in enumerate(risks, start=1)}
    story: list = [heading(tr("Risk matrix")),
                   text(tr("Each risk is rated by likelihood and consequence (1–4). The risk value is their product; the "
                           "figures in the cells are the risks' numbers in the tables below."), s["body"]),
                   risk_matrix(risks, numbered), Spacer(1, 4 * mm)]
    chosen = [r for r in risks if r.chosen]
    story.append(heading(tr("Internal control plan")))
    story.append(grid(
        [tr("No."), tr("Risk"), tr("Risk value"), tr("Control"), tr("Responsible"), tr("Frequency"), tr("Reporting")],
        [[str(numbered[id(r)]), title_text(r.title) + (f" ({title_text(r.process)})" if r.process else ""), f"{r.score} ({tr(BAND_WORDS[band(r.score)])})",
          r.control, title_text(r.responsible), enum_word(Frequency, r.frequency), r.reporting] for r in chosen]
        or [["", tr("No risks are chosen for the internal control plan yet."), "", "", "", "", ""]],
        [9 * mm, 52 * mm, 22 * mm, 60 * mm, 34 * mm, 24 * mm, 44 * mm], wide=True))
    others = [r for r in risks if not r.chosen] if "others" in options.sections else []
    if others:
        story += [heading(tr("Other risks in the risk analysis"), 1), grid(
            [tr("No."), tr("Risk"), tr("Process"), tr("Unit"), tr("Likelihood"), tr("Consequence"), tr("Risk value")],
            [[str(numbered[id(r)]), title_text(r.title), title_text(r.process), title_text(r.unit), str(r.likelihood), str(r.consequence), str(r.score)]
             for r in others],
            [9 * mm, 74 * mm, 43 * mm, 43 * mm, 26 * mm, 27 * mm, 21 * mm], wide=True)]
    return story


def risk_matrix(risks, numbered) -> Table:
    """Consequence across, likelihood up; the cell's colour is the risk band and its text the level word
    and the risks' numbers, so the matrix reads without colour too."""
    cells: dict[tuple[int, int], list[int]] = {}
    for risk in risks:
        cells.setdefault((risk.likelihood, risk.consequence), []).append(numbered[id(risk)])
    data = [[tr("Likelihood"), "", "", "", ""]]
    for likelihood in (4, 3, 2, 1):
        row = [str(likelihood)]
        for consequence in (1, 2, 3, 4):
            ids = cells.get((likelihood, consequence), [])
            level = tr(BAND_WORDS[band(risk_value(likelihood, consequence))])
            content = f"<font size='6.5' color='#5F6B7A'>{level}</font>"
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
    return table
