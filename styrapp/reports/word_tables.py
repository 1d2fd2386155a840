"""A ReportLab table as a Word table: the same cells, column widths, merged cells, backgrounds and rules
as the PDF prints (read from the table's own style commands), the header rows marked as rows that
repeat on every page (so Word's PDF export tags them as header cells), and amounts right-aligned."""

from __future__ import annotations

from collections.abc import Callable

from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.shared import Pt

from .word_text import hex_colour
from .word_xml import element, put

VALIGN = {"TOP": WD_CELL_VERTICAL_ALIGNMENT.TOP, "MIDDLE": WD_CELL_VERTICAL_ALIGNMENT.CENTER,
          "BOTTOM": WD_CELL_VERTICAL_ALIGNMENT.BOTTOM}


def header_rows(table) -> int:
    repeat = table.repeatRows
    return repeat if isinstance(repeat, int) else len(repeat or ())


def column_widths(table, room: float) -> list[float]:
    """The columns' widths in points: as the ReportLab table was given them, the unsized ones sharing what
    is left of `room`, and all made narrower together when they would not fit."""
    given = [w if isinstance(w, (int, float)) else None for w in (table._argW or [None] * table._ncols)]
    fixed = sum(w for w in given if w is not None)
    free = [i for i, w in enumerate(given) if w is None]
    share = max(room - fixed, 36.0 * len(free)) / len(free) if free else 0.0
    widths = [w if w is not None else share for w in given]
    total = sum(widths)
    return [w * room / total for w in widths] if total > room else widths


def _index(value: int, count: int) -> int:
    return value + count if value < 0 else value


def _cells(start, stop, rows: int, cols: int):
    (sc, sr), (ec, er) = start, stop
    for r in range(_index(sr, rows), _index(er, rows) + 1):
        for c in range(_index(sc, cols), _index(ec, cols) + 1):
            if 0 <= r < rows and 0 <= c < cols:
                yield r, c


def backgrounds(table) -> dict[tuple[int, int], str]:
    """Each cell's background colour (RRGGBB) from BACKGROUND and ROWBACKGROUNDS/COLBACKGROUNDS."""
    rows, cols = table._nrows, table._ncols
    fill: dict[tuple[int, int], str] = {}
    for command in table._bkgrndcmds:
        op, start, stop, arg = command[0], command[1], command[2], command[3]
        for r, c in _cells(start, stop, rows, cols):
            if op == "BACKGROUND":
                colour = hex_colour(arg)
            elif op == "ROWBACKGROUNDS" and arg:
                colour = hex_colour(arg[(r - _index(start[1], rows)) % len(arg)])
            elif op == "COLBACKGROUNDS" and arg:
                colour = hex_colour(arg[(c - _index(start[0], cols)) % len(arg)])
            else:
                continue
            if colour and colour != "FFFFFF":
                fill[(r, c)] = colour
            else:
                fill.pop((r, c), None)
    return fill


def rules(table) -> dict[tuple[int, int], dict[str, tuple[float, str]]]:
    """Each cell's rules: side (top, bottom, left, right) → (weight in points, RRGGBB)."""
    rows, cols = table._nrows, table._ncols
    out: dict[tuple[int, int], dict[str, tuple[float, str]]] = {}
    for command in table._linecmds:
        op, start, stop, weight, colour = command[:5]
        colour = hex_colour(colour) or "000000"
        cells = list(_cells(start, stop, rows, cols))
        if not cells or not weight:
            continue
        top, bottom = min(r for r, _c in cells), max(r for r, _c in cells)
        first, last = min(c for _r, c in cells), max(c for _r, c in cells)
        for r, c in cells:
            sides = {
                "LINEBELOW": ["bottom"], "LINEABOVE": ["top"], "LINEBEFORE": ["left"], "LINEAFTER": ["right"],
                "GRID": ["top", "bottom", "left", "right"],
                "BOX": [s for s, edge in (("top", r == top), ("bottom", r == bottom), ("left", c == first),
                                          ("right", c == last)) if edge],
                "OUTLINE": [s for s, edge in (("top", r == top), ("bottom", r == bottom), ("left", c == first),
                                              ("right", c == last)) if edge],
                "INNERGRID": [s for s, inner in (("top", r > top), ("bottom", r < bottom), ("left", c > first),
                                                 ("right", c < last)) if inner],
            }.get(op, [])
            for side in sides:
                out.setdefault((r, c), {})[side] = (weight, colour)
    return out


def shade(cell, colour: str) -> None:
    put(cell._tc.get_or_add_tcPr(), element("w:shd", val="clear", color="auto", fill=colour), "w:tcPr")


def set_rules(cell, sides: dict[str, tuple[float, str]]) -> None:
    borders = element("w:tcBorders")
    for side in ("top", "left", "bottom", "right"):  # the order the schema asks for
        if side in sides:
            weight, colour = sides[side]  # the size in eighths of a point
            borders.append(element(f"w:{side}", val="single", sz=max(2, round(weight * 8)), space=0, color=colour))
    put(cell._tc.get_or_add_tcPr(), borders, "w:tcPr")


def mark_header(row) -> None:
    """The row repeats at the top of every page the table runs onto, and is not split: a header row."""
    properties = row._tr.get_or_add_trPr()
    put(properties, element("w:cantSplit", val="true"), "w:trPr")
    put(properties, element("w:tblHeader", val="true"), "w:trPr")


def _margins(word_table) -> None:
    margins = element("w:tblCellMar")
    for side, points in (("top", 2), ("left", 4), ("bottom", 2), ("right", 4)):
        margins.append(element(f"w:{side}", w=points * 20, type="dxa"))
    put(word_table._tbl.tblPr, margins, "w:tblPr")

def write_table(place, table, room: float, fill_cell: Callable) -> None:
    """Table `table` (a ReportLab Table) added at `place` (the document, or a cell), at most `room`
    points wide; `fill_cell(cell, value, width, cell_style, is_header, column)` puts each cell's content in."""
    rows, cols = table._nrows, table._ncols
    if not rows or not cols:
        return
    widths = column_widths(table, room)
    word_table = place.add_table(rows, cols)
    word_table.alignment = WD_TABLE_ALIGNMENT.LEFT
    word_table.autofit = False
    _margins(word_table)
    for index, column in enumerate(word_table.columns):
        column.width = Pt(widths[index])
    heads = header_rows(table)
    fill, lines = backgrounds(table), rules(table)
    covered: set[tuple[int, int]] = set()
    for command in table._spanCmds:  # merged first, then filled: the merged cell holds its top-left's content
        cells = list(_cells(command[1], command[2], rows, cols))
        if len(cells) > 1:
            (r0, c0), (r1, c1) = cells[0], cells[-1]
            word_table.cell(r0, c0).merge(word_table.cell(r1, c1))
            covered.update(cells[1:])
    for r, word_row in enumerate(word_table.rows):
        if r < heads:
            mark_header(word_row)
        cells = word_row.cells
        for c in range(cols):
            if (r, c) in covered:
                continue
            cell = cells[c]
            cell.width = Pt(widths[c])
            style = table._cellStyles[r][c]
            cell.vertical_alignment = VALIGN.get(getattr(style, "valign", "TOP"), WD_CELL_VERTICAL_ALIGNMENT.TOP)
            if (r, c) in fill:
                shade(cell, fill[(r, c)])
            if (r, c) in lines:
                set_rules(cell, lines[(r, c)])
            fill_cell(cell, table._cellvalues[r][c], widths[c] - 8, style, r < heads, c)
