"""Ekonomi: enter a frame and a forecast in the window, see the deviation with its status word; what is
typed wrong is said and changes nothing; an ekonomi file imported from the window is one undo step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from sqlalchemy import select

from styrapp.models.queries.economy import unit_economy
from styrapp.models.tables import OrgUnit

from ..conftest import dump
from .helpers import type_text


def unit_id(plan, name: str) -> int:
    with plan.session() as session:
        return session.execute(select(OrgUnit.id).where(OrgUnit.name == name)).scalar_one()


def open_unit(window, qtbot, name: str):
    window.show_page("economy")
    page = window.pages["economy"]
    page.unit.setCurrentIndex(page.unit.findData(unit_id(window.document.plan, name)))
    qtbot.waitUntil(lambda: page.view is not None and page.view.unit == name)
    return page


def row_of(page, kind: str, period: str) -> int:
    return next(i for i, r in enumerate(page.grid.rows) if r.kind == kind and r.period == period)


def type_in_cell(qtbot, page, row: int, column: int, text: str) -> None:
    """Select the cell, start editing with F2, type as a person does and press Enter."""
    index = page.grid.index(row, column)
    page.table.setFocus()
    page.table.setCurrentIndex(index)
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    editor = page.table.viewport().findChild(QLineEdit)
    editor.selectAll()
    type_text(qtbot, editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()


def test_enter_a_frame_and_a_forecast_and_see_the_deviation_then_undo(window, qtbot):
    page = open_unit(window, qtbot, "Avfall och återvinning")
    plan = window.document.plan
    before = dump(plan)
    assert page.frame_edits["operating"].text() == "44\u00a0800" and page.amount_unit.currentText() == "tkr"
    # an investment frame, typed as a person does, in the plan's unit (tkr)
    edit = page.frame_edits["investment"]
    edit.setFocus()
    type_text(qtbot, edit, "2 500")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    investment = next(f for f in unit_economy(plan, page.view.unit_id, 2026).frames if f.kind == "investment")
    assert investment.frame == 250_000_000  # 2 500 tkr in öre, exactly
    # its full-year forecast for the interim report: 2 600 tkr is 100 tkr (4 %) over the frame: red
    row = row_of(page, "investment", "Delårsrapport")
    type_in_cell(qtbot, page, row, 3, "2 600")
    grid = page.grid
    assert grid.index(row, 3).data() == "2\u00a0600"
    assert grid.index(row, 4).data() == "\u2212100" and grid.index(row, 5).data() == "\u22124,0\u00a0%"
    assert grid.index(row, 6).data() == "■ Röd"  # symbol and word, never colour alone
    assert window.actions["edit.undo"].text() == "Ångra För in prognosen"
    # a deficit of 4 % is yellow when the plan lets yellow run to 5 %
    page.yellow.setValue(5.0)
    page.yellow.editingFinished.emit()
    assert page.grid.index(row, 6).data() == "▲ Gul"
    for _step in range(3):
        window.actions["edit.undo"].trigger()
    assert dump(plan) == before
    assert page.frame_edits["investment"].text() == "" and page.grid.index(row, 3).data() == ""


def test_an_amount_typed_wrong_is_said_and_changes_nothing(window, qtbot):
    page = open_unit(window, qtbot, "Gata och park")
    plan = window.document.plan
    before = dump(plan)
    row = row_of(page, "operating", "Delårsrapport")
    type_in_cell(qtbot, page, row, 2, "12,3,4")
    assert "”12,3,4” är inget belopp" in page.message.text()
    assert page.grid.index(row, 2).data() == "26\u00a0150"
    edit = page.frame_edits["operating"]
    edit.setFocus()
    edit.selectAll()
    type_text(qtbot, edit, "-5")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert "En budgetram kan inte vara negativ" in page.message.text()
    assert edit.text() == "-5"  # what was typed stays, to be put right
    edit.setText("")
    assert dump(plan) == before


def test_import_an_ekonomi_file_from_the_window_and_undo_it(window, qtbot, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append("FEL " + text))
    page = open_unit(window, qtbot, "Gata och park")
    plan = window.document.plan
    before = dump(plan)
    path = tmp_path / "utfall.csv"
    path.write_bytes("Enhet;Period;Utfall (tkr);Prognos (tkr)\r\nGata och park;2026-08;27 000;38 000\r\n"
                     "Gata och park;Årsredovisning;39 000;38 900\r\n".encode("cp1252"))
    run = window.import_file(path)
    with qtbot.waitSignal(run.finished, timeout=20000) as blocker:
        pass
    assert blocker.args == [True], shown
    assert shown[0].startswith("Importerade 2 rader med utfall och prognos")
    row = row_of(page, "operating", "Årsredovisning")
    qtbot.waitUntil(lambda: page.grid.index(row, 2).data() == "39\u00a0000")
    assert page.grid.index(row, 6).data() == "▲ Gul"  # 38 900 against 38 400: 1,3 % over
    window.actions["edit.undo"].trigger()
    assert dump(plan) == before
    assert page.grid.index(row, 2).data() == ""
