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

from pathlib import Path

from ..models.file.plan_file import PlanFile
from .sheet_writing import (  # noqa: F401 - the names the importers and tests use from here
    CELL_LIMIT,
    HEADER_FILL,
    HEADER_FONT,
    LONG_TEXT_COLUMNS,
    LONG_TEXTS,
    _fitted,
    _sheet,
    cell_text,
    pieces,
    text_of_cell,
)
from .workbook_export import export_plan_workbook

INDICATOR_COLUMNS = ("Id", "Namn", "Enhet", "Decimaler", "Riktning", "Jämförelsevärde", "Jämförelseår",
                     "Målvärde", "Målår", "Status", "Källa", "Kolada-id", "Kommunkod", "Kolada-enhet",
                     "Frekvens", "Rapporteras till KF", "Ansvarig enhet", "Ansvarig", "Mål", "uuid")
MEASUREMENT_COLUMNS = ("Indikator-id", "Indikator", "Period", "Datum", "Sort", "Kön", "Värde", "Kommentar", "Källa")
TREE_COLUMNS = ("Id", "Nivå", "Djup", "Titel", "Överordnad", "Ansvarig enhet", "Ansvarig", "Status", "Läge",
                "Startdatum", "Slutdatum", "Indikatorer", "uuid")



def export_xlsx(plan: PlanFile, path: Path | str) -> Path:
    """Write the whole plan to `path` (.xlsx): every part on its own sheet (see `workbook_layout`), the
    sheets Indikatorer, Mätvärden, Mål and Uppdrag beginning with the columns earlier releases wrote."""
    return export_plan_workbook(plan, path)
