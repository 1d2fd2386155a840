"""Excel export: a tidy workbook a controller can filter and pivot, with typed cells."""

from __future__ import annotations

from datetime import datetime

from openpyxl import load_workbook

from styrapp.exchange.excel import INDICATOR_COLUMNS, MEASUREMENT_COLUMNS, TREE_COLUMNS, export_xlsx
from styrapp.exchange.workbook_layout import SHEETS
from styrapp.models.queries.node_rows import read_tree
from styrapp.models.queries.summary import summarise
from styrapp.models.services import nodes


def test_export_has_one_table_a_sheet_with_typed_cells(demo, tmp_path):
    path = export_xlsx(demo, tmp_path / "plan.xlsx")
    book = load_workbook(path)
    assert book.sheetnames == list(SHEETS)  # the whole plan, one part a sheet (see test_workbook.py)
    counts = summarise(demo).counts
    indicators, values = book["Indikatorer"], book["Mätvärden"]
    # The columns earlier releases wrote come first, as they were (people's files rely on them).
    assert [c.value for c in indicators[1]][:len(INDICATOR_COLUMNS)] == list(INDICATOR_COLUMNS)
    assert [c.value for c in values[1]][:len(MEASUREMENT_COLUMNS)] == list(MEASUREMENT_COLUMNS)
    assert indicators.max_row == counts["indicators"] + 1
    assert values.max_row == counts["measurements"] + 1
    assert indicators.freeze_panes == "A2" and indicators.auto_filter.ref
    fagersta = next(r for r in values.iter_rows(min_row=2, values_only=True)
                    if r[1] == "Invånare i Fagersta" and r[2] == "2022" and r[5] == "K")
    assert fagersta[6] == 6570 and isinstance(fagersta[6], int | float)
    assert isinstance(fagersta[3], datetime) and fagersta[4] == "utfall"
    goals = book["Mål"]
    assert [c.value for c in goals[1]][:len(TREE_COLUMNS)] == list(TREE_COLUMNS)
    assert goals.max_row == len(read_tree(demo, "goals").rows) + 1
    assert book["Uppdrag"].max_row == len(read_tree(demo, "assignments").rows) + 1


def test_typed_text_is_never_a_formula(demo, tmp_path):
    goal = read_tree(demo, "goals").rows[0]
    nodes.rename_node(demo, goal.id, '=HYPERLINK("http://example.com","klicka")')
    book = load_workbook(export_xlsx(demo, tmp_path / "plan.xlsx"))
    cell = book["Mål"]["D2"]
    assert cell.data_type == "s" and cell.value.startswith("=HYPERLINK")


def test_every_record_sheet_has_its_uuid(demo, tmp_path):
    from sqlalchemy import select

    from styrapp.models.tables import Indicator, Node

    book = load_workbook(export_xlsx(demo, tmp_path / "plan.xlsx"))
    with demo.session() as session:
        indicator_uuids = dict(session.execute(select(Indicator.id, Indicator.uuid)).all())
        node_uuids = dict(session.execute(select(Node.id, Node.uuid)).all())
    for sheet, known in (("Indikatorer", indicator_uuids), ("Mål", node_uuids), ("Uppdrag", node_uuids)):
        rows = list(book[sheet].iter_rows(values_only=True))
        at = rows[0].index("uuid")
        assert rows[1:] and all(row[at] == known[row[0]] for row in rows[1:]), sheet
