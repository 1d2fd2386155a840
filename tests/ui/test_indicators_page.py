"""Indikatorer: entering measured values in the grid, pasting from Excel, refusals, undo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit
from sqlalchemy import select

from styrapp.models.tables import Measurement

from .helpers import type_text


def values(plan, indicator_id):
    with plan.session() as session:
        return {(m.period, m.kind, m.gender): m.value for m in session.execute(
            select(Measurement).where(Measurement.indicator_id == indicator_id)).scalars()}


def open_indicator(window, qtbot, name):
    window.show_page("indicators")
    page = window.indicators
    row = next(i for i, r in enumerate(page.model.records) if r.name == name)
    table = page.table_page.table
    index = page.table_page.proxy.mapFromSource(page.model.index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())
    page.tabs.setCurrentIndex(1)
    return page, page.model.records[row].id


def edit_cell(qtbot, page, row, column, text):
    grid = page.grid
    index = page.grid_model.index(row, column)
    grid.setCurrentIndex(index)
    grid.edit(index)
    editor = grid.viewport().findChild(QLineEdit)
    editor.selectAll()
    type_text(qtbot, editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()


def test_typing_a_value_the_swedish_way_and_undo(window, qtbot):
    page, ident = open_indicator(window, qtbot, "Sjukfrånvaro")
    plan = window.document.plan
    rows = page.grid_model.rows
    row = next(i for i, r in enumerate(rows) if r.period == "2026-08" and r.kind == "actual")
    before = values(plan, ident)
    edit_cell(qtbot, page, row, 2, "7,2")
    assert values(plan, ident)[("2026-08", "actual", "T")] == 7.2
    assert page.grid_model.rows[row].values["T"] == 7.2
    assert window.actions["edit.undo"].text() == "Ångra Ändra ett värde för Sjukfrånvaro"
    window.actions["edit.undo"].trigger()
    assert values(plan, ident) == before


def test_text_in_a_value_cell_is_refused_in_place_and_nothing_is_lost(window, qtbot):
    page, ident = open_indicator(window, qtbot, "Sjukfrånvaro")
    plan = window.document.plan
    before = values(plan, ident)
    edit_cell(qtbot, page, 0, 2, "ungefär sju")
    assert "”ungefär sju” är inget tal" in page.message.text()
    assert values(plan, ident) == before
    assert not window.document.undo_stack.canUndo()


def test_paste_rows_from_excel_is_one_undo_step(window, qtbot):
    page, ident = open_indicator(window, qtbot, "Invånare i Norberg")
    plan = window.document.plan
    before = values(plan, ident)
    QGuiApplication.clipboard().setText("2023\t5 704\t2 840\t2 864\r\n2024\t5 690,0\t\t\r\n")
    page.grid.setCurrentIndex(page.grid_model.index(0, 2))
    page.grid.setFocus()
    qtbot.keyClick(page.grid, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    after = values(plan, ident)
    assert after[("2023", "actual", "T")] == 5704 and after[("2023", "actual", "K")] == 2840
    assert after[("2024", "actual", "T")] == 5690 and ("2024", "actual", "K") not in after
    assert window.actions["edit.undo"].text() == "Ångra Ändra 4 värden för Invånare i Norberg"
    window.actions["edit.undo"].trigger()
    assert values(plan, ident) == before


def test_a_bad_pasted_row_pastes_nothing(window, qtbot):
    page, ident = open_indicator(window, qtbot, "Invånare i Norberg")
    plan = window.document.plan
    before = values(plan, ident)
    for text, reason in (("2023\t5704\n2024\tmånga\n", "Rad 2, kolumn 2"),
                         ("2023\t5704\n2023\t5705\n", "finns redan"),
                         ("2045\t5704\n", "mer än 10 år efter planåret 2026"),
                         ("vår 2023\t5704\n", "Rad 1, första kolumnen")):
        QGuiApplication.clipboard().setText(text)
        page.grid.setFocus()
        qtbot.keyClick(page.grid, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        assert "Inget klistrades in" in page.message.text() and reason in page.message.text()
        assert values(plan, ident) == before


def test_add_a_value_below_the_grid(window, qtbot):
    page, ident = open_indicator(window, qtbot, "Sjukfrånvaro")
    plan = window.document.plan
    page.new_period.setText("2026-10")
    page.new_value.setText("6,9")
    assert page.add_value()
    assert values(plan, ident)[("2026-10", "actual", "T")] == 6.9
    page.new_period.setText("2026-13")
    page.new_value.setText("7")
    assert not page.add_value()
    assert "2026-13" in page.message.text() or "period" in page.message.text().lower()


def indicator(plan, ident):
    from styrapp.models.tables import Indicator

    with plan.session() as session:
        return session.get(Indicator, ident)


def test_details_form_edits_target_status_by_hand_and_agenda_2030(window, qtbot):
    page, ident = open_indicator(window, qtbot, "Sjukfrånvaro")
    plan = window.document.plan
    page.tabs.setCurrentIndex(2)
    form = page.form
    form.target.setFocus()
    form.target.selectAll()
    type_text(qtbot, form.target, "4,5")
    qtbot.keyClick(form.target, Qt.Key.Key_Return)
    assert indicator(plan, ident).target == 4.5
    # A status set by hand needs its reason first.
    form.override.setCurrentIndex(form.override.findData("green"))
    form.override.activated.emit(form.override.currentIndex())
    assert indicator(plan, ident).status_override is None
    assert "behöver en motivering" in window.statusBar().currentMessage()
    assert form.override.currentData() is None  # the form shows what is stored again
    form.reason.setText("Ny mätmetod från i år; siffran jämförs inte med målvärdet.")
    form.override.setCurrentIndex(form.override.findData("green"))
    form.override.activated.emit(form.override.currentIndex())
    stored = indicator(plan, ident)
    assert stored.status_override == "green" and stored.status_override_reason.startswith("Ny mätmetod")
    form.sdgs.item(7).setCheckState(Qt.CheckState.Checked)  # 8. Anständiga arbetsvillkor
    from styrapp.models.queries.indicator_details import indicator_details

    assert 8 in indicator_details(plan, ident).sdgs
    window.actions["edit.undo"].trigger()
    assert 8 not in indicator_details(plan, ident).sdgs
    window.actions["edit.undo"].trigger()
    assert indicator(plan, ident).status_override is None
    window.actions["edit.undo"].trigger()
    assert indicator(plan, ident).target == 5.0


def test_a_bad_kolada_id_is_refused(window, qtbot):
    page, ident = open_indicator(window, qtbot, "Sjukfrånvaro")
    plan = window.document.plan
    page.form.kolada_id.setText("X123")
    page.form.kolada_id.commit()
    assert "är inget Kolada-id" in window.statusBar().currentMessage()
    assert indicator(plan, ident).kolada_id is None
    assert page.form.kolada_id.text() == ""


def test_the_table_sorts_and_filters_and_shows_trend_goals_and_kf(window, qtbot):
    window.show_page("indicators")
    page = window.indicators.table_page
    headers = [page.model.headerData(i, Qt.Orientation.Horizontal) for i in range(page.model.columnCount())]
    assert {"Trend", "KF", "Kolada", "Mål"} <= set(headers)
    first = page.record_at(page.proxy.index(0, 0))
    assert first.name == "Nöjd kund-index, vatten och avlopp"  # the plan's own order until a header is clicked
    assert first.arrow == "↗" and first.trend == 1 and first.goals
    status = headers.index("Status")
    page.table.sortByColumn(status, Qt.SortOrder.AscendingOrder)
    assert page.record_at(page.proxy.index(0, 0)).status.value == "red"
    type_text(qtbot, page.search, "Invånare i ")
    assert page.proxy.rowCount() == 2
    assert {page.record_at(page.proxy.index(r, 0)).kolada_id for r in range(2)} == {"N01951"}


def test_import_from_the_window_runs_in_the_background_and_refreshes(window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from tests.conftest import REALDATA

    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append("FEL " + text))
    window.show_page("indicators")
    run = window.import_file(REALDATA / "kolada" / "fagersta_norberg_n01951_n00945.v2.json")
    with qtbot.waitSignal(run.finished, timeout=20000) as blocker:
        pass
    assert blocker.args == [True]
    assert shown and shown[0].startswith("Importerade 78 värden")
    fagersta = next(r for r in window.indicators.model.records if r.name == "Invånare i Fagersta")
    assert fagersta.latest_period == "2022"
    plan = window.document.plan
    from styrapp.models.queries.measurement_grid import grid_rows

    assert any(r.period == "2010" for r in grid_rows(plan, fagersta.id))


def test_a_refused_import_from_the_window_says_why(window, qtbot, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    bad = tmp_path / "trasig.json"
    bad.write_text('{"values": [{"kpi": "N01951"')
    run = window.import_file(bad)
    with qtbot.waitSignal(run.finished, timeout=20000) as blocker:
        pass
    assert blocker.args == [False]
    assert "avkortad" in shown[0] and "Inget har ändrats" in shown[0]


def test_cancel_stops_before_anything_is_written(window, qtbot, tmp_path):
    from styrapp.exchange.kolada import ImportCancelled, import_kolada
    from tests.conftest import REALDATA

    plan = window.document.plan
    before = values(plan, 2)
    import pytest

    with pytest.raises(ImportCancelled):
        import_kolada(plan, REALDATA / "kolada" / "fagersta_norberg_n01951_n00945.v2.json",
                      progress=lambda percent, what: percent < 50)
    assert values(plan, 2) == before


def test_a_typed_value_redraws_its_row_of_the_grid_and_keeps_the_cell_chosen(window, qtbot):
    """The grid follows an edit row by row: no reset, so the chosen cell and the scroll position stay."""
    page, ident = open_indicator(window, qtbot, "Sjukfrånvaro")
    model = page.grid_model
    row = next(i for i, r in enumerate(model.rows) if r.period == "2026-08" and r.kind == "actual")
    resets, changed = [], []
    model.modelReset.connect(lambda: resets.append(1))
    model.dataChanged.connect(lambda first, last, _roles=(): changed.extend(range(first.row(), last.row() + 1)))
    edit_cell(qtbot, page, row, 2, "7,4")
    assert resets == [] and changed == [row]
    assert model.index(row, 2).data() == "7,4"
    assert page.grid.currentIndex().row() == row and page.grid.currentIndex().column() == 2
    window.actions["edit.undo"].trigger()  # undo is an edit too: the same row again, still no reset
    assert resets == [] and changed == [row, row]
    assert values(window.document.plan, ident)[("2026-08", "actual", "T")] != 7.4
