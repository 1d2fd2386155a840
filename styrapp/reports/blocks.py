"""Pieces the report kinds share: tables of user text that wrap and split across pages, status shown by
symbol and word (never colour alone), numbers the Swedish way, and indicator charts."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from functools import partial

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table, TableStyle

from ..models.enums import LABELS, Status
from ..models.rules.status import COLOUR, SYMBOL
from ..wording import capitalised, current_language, number_text, tr
from .typography import CONTENT_WIDTH, WIDE_CONTENT_WIDTH, markup, styles, table_style, text


def status_word(status: Status) -> str:
    """Grön, Gul, Röd, Ej bedömd – in the report's language."""
    return capitalised(tr(LABELS[status]))


def enum_word(kind, value: str | None, *, capital: bool = False) -> str:
    """The word for an enum value ("ongoing" → "pågår" in Swedish), in the report's language; an unknown value as
    it is, and nothing for none."""
    try:
        word = tr(LABELS[kind(value)]) if value else ""
    except (ValueError, KeyError):
        word = value or ""
    return capitalised(word) if capital else word


def status_markup(status: Status | None) -> str:
    """"● Grön" in the status colour: the symbol's shape and the word carry it, the colour helps."""
    status = status or Status.UNKNOWN
    return f'<font color="{COLOUR[status]}">{SYMBOL[status]}</font> {status_word(status)}'


def number(value: float | None, decimals: int = 0, unit: str = "") -> str:
    if value is None:
        return "–"
    return number_text(value, decimals) + (f" {unit}" if unit and unit not in ("antal",) else "")


def day(value: date | None) -> str:
    return value.isoformat() if value else ""


def grid(header: Sequence[str], rows: Sequence[Sequence], widths: Sequence[float], *, zebra: bool = True,
         extra: Sequence[tuple] = (), wide: bool = False) -> Table:
    """A table of text cells (wrapped paragraphs) that repeats its header on every page it spills onto.
    A cell is plain text (escaped here), or already a flowable. `widths` are the columns' shares; the
    table fills the page's width (landscape when `wide`). A row taller than a page (a 20,000-character
    analysis) is split inside the row."""
    s = styles()
    total = WIDE_CONTENT_WIDTH if wide else CONTENT_WIDTH
    widths = [total * w / sum(widths) for w in widths]
    body = [[Paragraph(markup(h), s["cell_bold"]) for h in header]]
    for row in rows:
        body.append([cell if not isinstance(cell, str) and cell is not None and hasattr(cell, "wrap")
                     else text(cell or "", s["cell"]) for cell in row])
    table = Table(body, colWidths=list(widths), repeatRows=1, splitByRow=True, splitInRow=1, hAlign="LEFT")
    table.setStyle(TableStyle(table_style(1, zebra) + list(extra)))
    return table


def cell(markup_text: str) -> Paragraph:
    """A cell of our own markup (status symbols and the like), not user text."""
    return Paragraph(markup_text, styles()["cell"])


CHART_SIZE = (6.4, 2.9)  # inches: every indicator chart in a report has this shape


def chart_drawings(series: Sequence, width: float) -> list:
    """Each indicator's chart (outcome, forecast, target, baseline) as a vector drawing to come: its size
    is fixed, so the pages can be laid out before it is drawn. `series`: the report context's."""
    from .chart_drawings import lazy_drawings
    from .charts import indicator_chart

    make = partial(indicator_chart, width=CHART_SIZE[0], height=CHART_SIZE[1], reuse=True,
                   language=current_language())  # drawn in worker processes, which do not know it
    return lazy_drawings(make, list(series), width, CHART_SIZE[1] / CHART_SIZE[0])


def colour_bar(colour: str | None, height: float = 4 * mm):
    """A thin bar in a målområde's colour before its heading."""
    from reportlab.graphics.shapes import Drawing, Rect

    drawing = Drawing(40 * mm, height)
    drawing.add(Rect(0, 0, 40 * mm, height * 0.5, fillColor=colors.HexColor(colour or "#00587A"), strokeColor=None))
    return drawing
