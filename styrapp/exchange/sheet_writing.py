"""Writing one table to a sheet of an .xlsx workbook so that every text comes back exactly (see `excel`'s
text on control characters, long texts and formula-looking text)."""

from __future__ import annotations

import re
from datetime import date

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
HEADER_FONT = Font(bold=True, color="FFFFFF")

CELL_LIMIT = 32_767  # Excel's most characters (UTF-16 code units) in one cell
LONG_TEXTS = "Långa texter"
LONG_TEXT_COLUMNS = ("Flik", "Cell", "Del", "Text")
_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\ufffe\uffff]|_(?=x[0-9A-Fa-f]{4}_)")
_ESCAPED = re.compile(r"_x([0-9A-Fa-f]{4})_")


def cell_text(text: str) -> str:
    """`text` as an .xlsx cell can hold it: control characters as _xHHHH_ (and a literal "_xHHHH_" with
    its underscore as _x005F_), so that `text_of_cell` gives back exactly `text`."""
    return _UNSAFE.sub(lambda found: f"_x{ord(found.group()):04X}_", text)


def text_of_cell(text: str) -> str:
    """The inverse of `cell_text` (and how Excel reads _xHHHH_ in a cell)."""
    return _ESCAPED.sub(lambda found: chr(int(found.group(1), 16)), text) if "_x" in text else text


def pieces(text: str) -> list[str]:
    """`text` cut into parts of at most CELL_LIMIT UTF-16 code units (as Excel counts)."""
    out = []
    while text:
        size = min(len(text), CELL_LIMIT)
        while (excess := len(text[:size].encode("utf-16-le")) // 2 - CELL_LIMIT) > 0:
            size -= excess
        out.append(text[:size])
        text = text[size:]
    return out


def _sheet(workbook: Workbook, title: str, columns: tuple[str, ...], rows: list[list],
           spill: list[list] | None = None) -> None:
    """One table a sheet. Text is written as `cell_text`; what does not fit in a cell goes to `spill`
    (rows for the sheet LONG_TEXTS), unless `spill` is None: then the rows are written as they are."""
    sheet = workbook.create_sheet(title)
    sheet.append(list(columns))
    for cell in sheet[1]:
        cell.fill, cell.font = HEADER_FILL, HEADER_FONT
        cell.alignment = Alignment(vertical="center")
    # Cells are made here, typed, and appended: asking the sheet for its last row (`max_row`) walks every
    # cell, which made a sheet of 20,000 rows take minutes.
    for number, row in enumerate(rows, start=2):
        if spill is not None:
            row = _fitted(row, title, number, spill)
        cells = []
        for value in row:
            if isinstance(value, str) and value.startswith("="):
                value = Cell(sheet, value=value)
                value.data_type = "s"  # typed text, not a formula
            elif isinstance(value, date):
                value = Cell(sheet, value=value)
                value.number_format = "yyyy-mm-dd"
            cells.append(value)
        sheet.append(cells)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    for index, name in enumerate(columns, start=1):
        longest = max([len(name), *(len(str(r[index - 1])) for r in rows[:500] if r[index - 1] is not None)])
        sheet.column_dimensions[get_column_letter(index)].width = min(60, max(8, longest + 2))


def _fitted(row: list, title: str, number: int, spill: list[list]) -> list:
    out = []
    for column, value in enumerate(row, start=1):
        if isinstance(value, str) and value:
            value = cell_text(value)
            if len(value) <= CELL_LIMIT // 2:  # fits whatever its characters (at most two UTF-16 units each)
                out.append(value)
                continue
            first, *rest = pieces(value)
            spill += [[title, f"{get_column_letter(column)}{number}", part, piece]
                      for part, piece in enumerate(rest, start=1)]
            value = first
        out.append(value)
    return out
