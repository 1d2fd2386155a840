"""Pieces the report kinds share: tables of user text that wrap and split across pages, status shown by
symbol and word (never colour alone), numbers the Swedish way, and indicator charts."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from functools import partial

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table, TableStyle

from ..models.enums import LABELS, Status
from ..models.rules.status import COLOUR, SYMBOL
from ..wording import capitalised, current_language, quantity_text, tr
from .page_layout import LayoutTable
from .tagging import described
from .typography import CONTENT_WIDTH, FAMILY, WIDE_CONTENT_WIDTH, markup, styles, table_style, text


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
    """A value as the tables print it: with its unit ("−0,4 %"), with the indicator's decimals and every
    further decimal it has (a target of 79,5 in a whole-number indicator reads 79,5, not 80)."""
    if value is None:
        return "–"
    from ..models.rules.numbers import decimals_of

    return quantity_text(value, decimals_of(value, decimals), unit if unit not in ("antal",) else "")


# A cell that is an amount: a number (U+2212 minus, no-break spaces between thousands), perhaps a unit
# and a bracketed note after it ("1 234,5 tkr", "−0,4 %", "12 (2025)", "−1 200 (−3,1 %)").
_AMOUNT = re.compile(r"[−-]?\d{1,3}(?:[\u00a0\u202f ]\d{3})*(?:[,.]\d+)?(?:[\u00a0 ][^\s()]{1,12})?"
                     r"(?: \([^()]{1,30}\))?")


def _plain(value) -> str | None:
    if isinstance(value, str) or value is None:
        return value or ""
    if isinstance(value, Paragraph):
        return value.getPlainText()
    return None


def amount_columns(rows: Sequence[Sequence]) -> set[int]:
    """The columns whose every filled cell is an amount: printed right-aligned, so that digits line up."""
    columns: set[int] = set()
    for index in range(max((len(row) for row in rows), default=0)):
        cells = [_plain(row[index]) if index < len(row) else "" for row in rows]
        filled = [c.strip() for c in cells if c is not None and c.strip() not in ("", "–")]
        if filled and all(c is not None for c in cells) and all(_AMOUNT.fullmatch(c) for c in filled):
            columns.add(index)
    return columns


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
    right = amount_columns(rows)
    body = [[Paragraph(markup(h), s["cell_bold_right"] if i in right else s["cell_bold"]) for i, h in enumerate(header)]]
    for row in rows:
        made = [cell if not isinstance(cell, str) and cell is not None and hasattr(cell, "wrap")
                else text(cell or "", s["cell"]) for cell in row]
        for i in right & set(range(len(made))):
            if isinstance(made[i], Paragraph):  # amounts line up on the right, the header above them too
                made[i].style = s["cell_bold_right"] if made[i].style.name == "cell_bold" else s["cell_right"]
        body.append(made)
    table = LayoutTable(body, colWidths=list(widths), repeatRows=1, splitByRow=True, splitInRow=1, hAlign="LEFT")
    table.setStyle(TableStyle(table_style(1, zebra) + list(extra)))
    return table


def cell(markup_text: str) -> Paragraph:
    """A cell of our own markup (status symbols and the like), not user text."""
    return Paragraph(markup_text, styles()["cell"])


CHART_ASPECT = 2.9 / 6.4  # height / width of every indicator chart in a report


def chart_drawings(series: Sequence, width: float) -> list:
    """Each indicator's chart (outcome, forecast, target, baseline) as a vector drawing to come: its size
    is fixed, so the pages can be laid out before it is drawn. `series`: the report context's."""
    from .chart_drawings import lazy_drawings
    from .charts import indicator_chart

    # Drawn at the size it is printed (`width` points), so its text sizes are the printed ones; in worker
    # processes, which do not know the report's language.
    make = partial(indicator_chart, width=width / 72.0, height=width * CHART_ASPECT / 72.0, reuse=True,
                   language=current_language())
    return lazy_drawings(make, list(series), width, CHART_ASPECT)


def colour_bar(colour: str | None, height: float = 4 * mm):
    """A thin bar in a målområde's colour before its heading."""
    from reportlab.graphics.shapes import Drawing, Rect

    drawing = Drawing(40 * mm, height)
    drawing.initialFontName = FAMILY
    drawing.add(Rect(0, 0, 40 * mm, height * 0.5, fillColor=colors.HexColor(colour or "#00587A"), strokeColor=None))
    return described(drawing)  # decoration: the heading after it says which area it is
