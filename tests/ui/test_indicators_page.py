"""Indikatorer: entering measured values in the grid, pasting from Excel, refusals, undo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from sqlalchemy import select

from styrapp.models.tables import Measurement

from . import helpers
from .helpers import type_text, values


def open_indicator(window, qtbot, name):
    """The indicator clicked, on the tab of its values."""
    page, ident = helpers.open_indicator(window, qtbot, name)
    page.tabs.setCurrentIndex(1)
    return page, ident


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


# --- creating, deleting, ordering and linking indicators in the window ---------------------------------------


def indicator_rows(plan):
    """Every indicator with its position, values and links: to compare before and after."""
    from styrapp.models.tables import Indicator, IndicatorNode

    with plan.session() as session:
        return (sorted(tuple(r) for r in session.execute(select(Indicator.id, Indicator.name, Indicator.position,
                                                                Indicator.kolada_id)).all()),
                sorted(tuple(r) for r in session.execute(select(Measurement.indicator_id, Measurement.period,
                                                                Measurement.kind, Measurement.gender,
                                                                Measurement.value)).all()),
                sorted(tuple(r) for r in session.execute(select(IndicatorNode.indicator_id,
                                                                IndicatorNode.node_id)).all()))


def links_of(plan, indicator_id):
    from styrapp.models.tables import IndicatorNode

    with plan.session() as session:
        return sorted(session.execute(select(IndicatorNode.node_id)
                                      .where(IndicatorNode.indicator_id == indicator_id)).scalars())


def node_titled(plan, title):
    from styrapp.models.tables import Node

    with plan.session() as session:
        return session.execute(select(Node.id).where(Node.title == title)).scalar_one()


def indicator_named(plan, name):
    from styrapp.models.tables import Indicator

    with plan.session() as session:
        return session.execute(select(Indicator.id).where(Indicator.name == name)).scalar_one_or_none()


def fill_new_indicator(qtbot, name, *, kolada="", municipality=None, goal=None, then_cancel=False, seen=None):
    from styrapp.ui.indicator_dialogs import NewIndicatorDialog

    from .helpers import in_next_dialog

    def act(dialog):
        dialog.name.setFocus()
        type_text(qtbot, dialog.name, name)
        type_text(qtbot, dialog.kolada_id, kolada)
        if municipality is not None:
            dialog.municipality.clear()
            type_text(qtbot, dialog.municipality, municipality)
        if goal is not None:
            dialog.goal.setCurrentIndex(dialog.goal.findData(goal))
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)  # Enter presses Add
        if then_cancel:
            if seen is not None:
                seen.append(dialog.error.text())
            dialog.reject()

    in_next_dialog(NewIndicatorDialog, act)


def test_new_indicator_linked_to_a_goal_at_once_then_undo(window, qtbot):
    window.show_page("indicators")
    page = window.indicators
    plan = window.document.plan
    before = indicator_rows(plan)
    goal = node_titled(plan, "NVK är en attraktiv arbetsgivare.")
    fill_new_indicator(qtbot, "Andel elbilar i fordonsparken", goal=goal)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    ident = indicator_named(plan, "Andel elbilar i fordonsparken")
    assert ident is not None and links_of(plan, ident) == [goal]
    assert page.selected_id() == ident  # the new one is selected, its form shown
    assert page.form.name.text() == "Andel elbilar i fordonsparken"
    assert [page.form.links.item(i).text() for i in range(page.form.links.count())] == [
        "Övergripande mål: NVK är en attraktiv arbetsgivare."]
    assert page.model.records[-1].id == ident  # at the end of the plan's list
    assert window.actions["edit.undo"].text() == "Ångra Lägg till indikatorn Andel elbilar i fordonsparken"
    window.actions["edit.undo"].trigger()
    assert indicator_rows(plan) == before
    assert all(r.id != ident for r in page.model.records)


def test_new_indicator_with_an_empty_name_says_so_in_the_dialog_and_nothing_changes(window, qtbot):
    window.show_page("indicators")
    page = window.indicators
    plan = window.document.plan
    before = indicator_rows(plan)
    seen = []
    fill_new_indicator(qtbot, "   ", then_cancel=True, seen=seen)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert seen == ["Indikatorns namn måste fyllas i."]  # (the catalogue's one wording for every empty field)
    seen.clear()
    fill_new_indicator(qtbot, "Kösaldo", kolada="kö 12", then_cancel=True, seen=seen)
    window.actions["edit.add_child"].trigger()  # Redigera → Lägg till (Insert) does the same
    assert seen and "Kolada" in seen[0] and "kö 12".upper() in seen[0]
    seen.clear()
    fill_new_indicator(qtbot, "Folkmängd", kolada="N01951", municipality="1962", then_cancel=True, seen=seen)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert seen == ["”Invånare i Norberg” följer redan Koladas nyckeltal N01951 för 1962; en import från Kolada "
                    "kunde bara fylla en av dem."]
    assert indicator_rows(plan) == before
    assert not window.document.undo_stack.canUndo()


def test_delete_says_what_goes_with_it_and_undo_brings_it_all_back(window, qtbot):
    from .helpers import answer_next_message_box

    page, ident = open_indicator(window, qtbot, "Sjukfrånvaro")
    plan = window.document.plan
    before = indicator_rows(plan)
    count = len(values(plan, ident))
    seen = []
    answer_next_message_box(QMessageBox.StandardButton.Cancel, seen)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert seen == [f"”Sjukfrånvaro” tas bort tillsammans med {count} mätvärden. Dess kopplingar till 1 övergripande "
                    "mål och 1 aktivitet tas också bort."]
    assert indicator_rows(plan) == before  # Avbryt: nothing
    answer_next_message_box(QMessageBox.StandardButton.Yes, seen)
    window.actions["edit.delete"].trigger()
    assert indicator_named(plan, "Sjukfrånvaro") is None
    assert values(plan, ident) == {} and links_of(plan, ident) == []
    assert all(r.name != "Sjukfrånvaro" for r in page.model.records)
    goals = window.goals

    def in_goal_tree():
        window.catch_up("goals")
        return [goals.model.row_data(i).parent_id for i in goals.model.ids()
                if goals.model.is_indicator_row(i) and goals.model.row_data(i).title == "Sjukfrånvaro"]

    assert in_goal_tree() == []  # gone from under its goal and its aktivitet too
    window.actions["edit.undo"].trigger()
    assert indicator_rows(plan) == before
    assert sorted(in_goal_tree()) == links_of(plan, ident)


def test_move_down_and_up_in_the_plans_order_and_undo(window, qtbot):
    page, ident = open_indicator(window, qtbot, "Sjukfrånvaro")
    plan = window.document.plan
    order = [r.id for r in page.model.records]
    row = order.index(ident)
    qtbot.mouseClick(page.down_button, Qt.MouseButton.LeftButton)
    moved = [r.id for r in page.model.records]
    assert moved.index(ident) == row + 1 and [i for i in moved if i != ident] == [i for i in order if i != ident]
    assert page.selected_id() == ident
    window.actions["edit.move_up"].trigger()
    assert [r.id for r in page.model.records] == order
    window.actions["edit.undo"].trigger()
    window.actions["edit.undo"].trigger()
    assert [r.id for r in page.model.records] == order
    # Sorted by a column, the table is not the plan's order: moving is not offered then
    page.table_page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    page.table_page.select_record(lambda r: r.id == ident)
    assert not page.down_button.isEnabled()
    before = indicator_rows(plan)
    window.actions["edit.move_down"].trigger()
    assert indicator_rows(plan) == before


def test_link_from_the_indicators_form_to_a_goal_and_an_uppdrag_then_unlink_and_undo(window, qtbot):
    from styrapp.ui.indicator_dialogs import NodePickerDialog

    from .helpers import in_next_dialog

    page, ident = open_indicator(window, qtbot, "Sjukfrånvaro")
    plan = window.document.plan
    page.tabs.setCurrentWidget(page.form)
    linked = links_of(plan, ident)
    goal = node_titled(plan, "NVK har nöjda kunder, invånare och medverkar till attraktiva och säkra offentliga miljöer.")
    assert goal not in linked

    def tick(dialog):
        dialog.search.setText("nöjda kunder")
        item = dialog.item_of(goal)
        assert not item.isHidden()
        item.setCheckState(Qt.CheckState.Checked)
        dialog.accept()

    in_next_dialog(NodePickerDialog, tick)
    qtbot.mouseClick(page.form.choose_links, Qt.MouseButton.LeftButton)
    assert links_of(plan, ident) == sorted([*linked, goal])
    texts = [page.form.links.item(i).text() for i in range(page.form.links.count())]
    title = "Övergripande mål: NVK har nöjda kunder, invånare och medverkar till attraktiva och säkra offentliga miljöer."
    assert title in texts
    row = texts.index(title)
    page.form.links.setCurrentRow(row)
    qtbot.mouseClick(page.form.unlink, Qt.MouseButton.LeftButton)
    assert links_of(plan, ident) == linked
    window.actions["edit.undo"].trigger()
    assert links_of(plan, ident) == sorted([*linked, goal])
    window.actions["edit.undo"].trigger()
    assert links_of(plan, ident) == linked


def test_a_new_indicator_with_a_kolada_id_offers_to_fetch_its_values_at_once(window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from tests.conftest import REALDATA

    from .helpers import answer_next_message_box

    window.show_page("indicators")
    page = window.indicators
    plan = window.document.plan
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (
        str(REALDATA / "kolada" / "fagersta_norberg_n01951_n00945.v2.json"), ""))
    asked = []
    fill_new_indicator(qtbot, "Förvärvsarbetande i Norberg", kolada="n00945", municipality="1962")
    answer_next_message_box(QMessageBox.StandardButton.Yes, asked)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert asked == ["”Förvärvsarbetande i Norberg” följer Koladas nyckeltal N00945. Hämta dess värden ur en "
                     "Kolada-fil nu?"]
    with qtbot.waitSignal(page.kolada_run.finished, timeout=20000) as blocker:
        pass
    assert blocker.args == [True]
    ident = indicator_named(plan, "Förvärvsarbetande i Norberg")
    assert len(values(plan, ident)) > 5 and shown and shown[0].startswith("Importerade")
    window.actions["edit.undo"].trigger()  # the import is one step …
    assert values(plan, ident) == {}
    window.actions["edit.undo"].trigger()  # … the new indicator another
    assert indicator_named(plan, "Förvärvsarbetande i Norberg") is None


def test_delete_in_the_grid_clears_a_value_not_the_indicator(window, qtbot):
    """Edit → Delete deletes the selected indicator on this page, but Delete typed in the grid of
    values clears the value, as the grid says."""
    page, ident = open_indicator(window, qtbot, "Sjukfrånvaro")
    plan = window.document.plan
    rows = page.grid_model.rows
    row = next(i for i, r in enumerate(rows) if r.period == "2026-08" and r.kind == "actual")
    page.grid.setFocus()
    page.grid.setCurrentIndex(page.grid_model.index(row, 2))  # the cell opens for typing …
    editor = page.grid.viewport().findChild(QLineEdit)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)  # … Escape closes it, the cell stays chosen
    assert page.grid.state() != page.grid.State.EditingState
    assert ("2026-08", "actual", "T") in values(plan, ident)
    qtbot.keyClick(page.grid, Qt.Key.Key_Delete)
    assert ("2026-08", "actual", "T") not in values(plan, ident)
    assert indicator_named(plan, "Sjukfrånvaro") == ident


def test_later_leaves_the_new_kolada_indicator_without_values_and_asks_for_no_file(window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from .helpers import answer_next_message_box

    window.show_page("indicators")
    page = window.indicators
    plan = window.document.plan
    asked_for_file = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: asked_for_file.append(1) or ("", ""))
    fill_new_indicator(qtbot, "Förvärvsarbetande i Norberg", kolada="N00945", municipality="1962")
    asked = []
    answer_next_message_box(QMessageBox.StandardButton.No, asked)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    ident = indicator_named(plan, "Förvärvsarbetande i Norberg")
    assert len(asked) == 1 and asked_for_file == [] and values(plan, ident) == {}
    assert window.document.undo_stack.count() == 1
