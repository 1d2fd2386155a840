"""The plan to a tidy Excel workbook (openpyxl): indicators, their measured values, and the goal and
uppdrag trees, one table a sheet with a header row, filters and frozen panes.

Every record's `uuid` is the last column of its sheet (Indikatorer, Mål, Uppdrag): the identity that
an import into this plan or another one matches on, while the Id column is only this file's.

Text the user typed is data: a title that begins with "=" is written as text, never as a formula.

Text goes into a cell so that it comes back exactly (`excel_import` undoes both steps):

- **Control characters** (Word's line break U+000B pasted into a title, a carriage return, U+FFFF)
  cannot stand in an .xlsx file. They are written the way Excel itself writes them (ECMA-376's
  ST_Xstring): `_x000B_`, `_x000D_`; an underscore that would otherwise begin such a sequence in the
  text is written `_x005F_`. Excel reads the file the same way.
- **Text longer than Excel's 32,767 characters a cell** is written in pieces: the first in its own
  cell, the rest on the sheet "Långa texter", one row a piece (sheet, cell, piece number, text). The
  sheet is only there when some text needs it; the other sheets keep their columns.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from ..atomic import replacing
from ..models.enums import SWEDISH, Direction, Frequency, Gender, MeasurementKind, Progress
from ..models.file.plan_file import PlanFile
from ..models.queries.exchange_rows import workbook_rows
from ..models.queries.node_rows import read_tree
from ..models.queries.plan_status import indicator_statuses

HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
HEADER_FONT = Font(bold=True, color="FFFFFF")

INDICATOR_COLUMNS = ("Id", "Namn", "Enhet", "Decimaler", "Riktning", "Jämförelsevärde", "Jämförelseår",
                     "Målvärde", "Målår", "Status", "Källa", "Kolada-id", "Kommunkod", "Kolada-enhet",
                     "Frekvens", "Rapporteras till KF", "Ansvarig enhet", "Ansvarig", "Mål", "uuid")
MEASUREMENT_COLUMNS = ("Indikator-id", "Indikator", "Period", "Datum", "Sort", "Kön", "Värde", "Kommentar", "Källa")
TREE_COLUMNS = ("Id", "Nivå", "Djup", "Titel", "Överordnad", "Ansvarig enhet", "Ansvarig", "Status", "Läge",
                "Startdatum", "Slutdatum", "Indikatorer", "uuid")


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


def _sv(enum, value) -> str:
    try:
        return SWEDISH[enum(value)] if value else ""
    except ValueError:
        return str(value)


def _sheet(workbook: Workbook, title: str, columns: tuple[str, ...], rows: list[list],
           spill: list[list] | None = None) -> None:
    """One table a sheet. Text is written as `cell_text`; what does not fit in a cell goes to `spill`
    (rows for the sheet LONG_TEXTS), unless `spill` is None: then the rows are written as they are."""
    sheet = workbook.create_sheet(title)
    sheet.append(list(columns))
    for cell in sheet[1]:
        cell.fill, cell.font = HEADER_FILL, HEADER_FONT
        cell.alignment = Alignment(vertical="center")
    for row in rows:
        if spill is not None:
            row = _fitted(row, title, sheet.max_row + 1, spill)
        sheet.append(row)
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # typed text, not a formula
            elif isinstance(cell.value, date):
                cell.number_format = "yyyy-mm-dd"
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    for index, name in enumerate(columns, start=1):
        longest = max([len(name), *(len(str(r[index - 1])) for r in rows[:500] if r[index - 1] is not None)])
        sheet.column_dimensions[get_column_letter(index)].width = min(60, max(8, longest + 2))


def _fitted(row: list, title: str, number: int, spill: list[list]) -> list:
    out = []
    for column, value in enumerate(row, start=1):
        if isinstance(value, str) and value:
            first, *rest = pieces(cell_text(value))
            spill += [[title, f"{get_column_letter(column)}{number}", part, piece]
                      for part, piece in enumerate(rest, start=1)]
            value = first
        out.append(value)
    return out


def export_xlsx(plan: PlanFile, path: Path | str) -> Path:
    """Write the plan's indicators, measured values and trees to `path` (.xlsx). Returns the path."""
    path = Path(path)
    statuses = indicator_statuses(plan)
    data = workbook_rows(plan)
    titles = data.titles
    indicator_rows = [[
        ind.id, ind.name, ind.unit, ind.decimals, _sv(Direction, ind.direction), ind.baseline, ind.baseline_year,
        ind.target, ind.target_year, SWEDISH[statuses[ind.id].status], ind.source, ind.kolada_id,
        ind.kolada_municipality, ind.kolada_ou, _sv(Frequency, ind.frequency),
        "ja" if ind.reported_to_council else "nej", data.units.get(ind.owner_unit_id, ""), ind.responsible,
        "; ".join(data.goals_of.get(ind.id, [])), ind.uuid,
    ] for ind in data.indicators]
    names = {ind.id: ind.name for ind in data.indicators}
    measurement_rows = [[
        m.indicator_id, names[m.indicator_id], m.period, m.date, _sv(MeasurementKind, m.kind),
        Gender(m.gender).value, m.value, m.comment, m.source,
    ] for m in data.measurements]
    workbook = Workbook()
    workbook.remove(workbook.active)
    spill: list[list] = []
    _sheet(workbook, "Indikatorer", INDICATOR_COLUMNS, indicator_rows, spill)
    _sheet(workbook, "Mätvärden", MEASUREMENT_COLUMNS, measurement_rows, spill)
    for tree, title in (("goals", "Mål"), ("assignments", "Uppdrag")):
        rows = read_tree(plan, tree).rows
        depth: dict[int | None, int] = {None: -1}
        tree_rows = []
        for row in rows:
            depth[row.id] = depth[row.parent_id] + 1
            tree_rows.append([
                row.id, row.level_name, depth[row.id], "  " * depth[row.id] + row.title,
                titles.get(row.parent_id, "") if row.parent_id else "", row.owner, row.responsible,
                SWEDISH[row.status] if row.status else "", _sv(Progress, row.progress), row.start, row.due,
                row.indicators, data.node_uuids[row.id],
            ])
        _sheet(workbook, title, TREE_COLUMNS, tree_rows, spill)
    if spill:  # the pieces are written as they are: already in cell_text
        _sheet(workbook, LONG_TEXTS, LONG_TEXT_COLUMNS, spill)
    workbook.properties.title = "styrapp – export"
    workbook.properties.creator = "styrapp"
    with replacing(path) as temporary:  # whole or not at all
        workbook.save(temporary)
    return path
