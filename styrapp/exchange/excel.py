"""The plan to a tidy Excel workbook (openpyxl): indicators, their measured values, and the goal and
uppdrag trees, one table a sheet with a header row, filters and frozen panes.

Every record's `uuid` is the last column of its sheet (Indikatorer, Mål, Uppdrag): the identity that
an import into this plan or another one matches on, while the Id column is only this file's.

Text the user typed is data: a title that begins with "=" is written as text, never as a formula.
"""

from __future__ import annotations

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


def _sv(enum, value) -> str:
    try:
        return SWEDISH[enum(value)] if value else ""
    except ValueError:
        return str(value)


def _sheet(workbook: Workbook, title: str, columns: tuple[str, ...], rows: list[list]) -> None:
    sheet = workbook.create_sheet(title)
    sheet.append(list(columns))
    for cell in sheet[1]:
        cell.fill, cell.font = HEADER_FILL, HEADER_FONT
        cell.alignment = Alignment(vertical="center")
    for row in rows:
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
    _sheet(workbook, "Indikatorer", INDICATOR_COLUMNS, indicator_rows)
    _sheet(workbook, "Mätvärden", MEASUREMENT_COLUMNS, measurement_rows)
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
        _sheet(workbook, title, TREE_COLUMNS, tree_rows)
    workbook.properties.title = "styrapp – export"
    workbook.properties.creator = "styrapp"
    with replacing(path) as temporary:  # whole or not at all
        workbook.save(temporary)
    return path
