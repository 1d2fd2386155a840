"""Plan → Rapporteringsperioder…: add, rename, change kind and dates, remove refused with the reason, undo;
the årshjul shows a new decision date at once."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from styrapp.models.queries.follow_up_rows import periods
from styrapp.ui.periods_dialog import PeriodsDialog

from .helpers import type_text


@pytest.fixture
def dialog(window, qtbot):
    """The dialog open over the demo plan; closed, as a person closes it, before the window goes."""
    opened = PeriodsDialog(window.document, window)
    qtbot.addWidget(opened)
    opened.show()
    yield opened
    opened.reject()


def _select(dialog, name) -> None:
    dialog.table.selectRow(next(i for i, r in enumerate(dialog.rows.records) if r.name == name))


def _by_name(plan, name):
    return next((p for p in periods(plan) if p.name == name), None)


def _set_day(field, day: date) -> None:
    """Choose a day in a DayField, as a person does in its calendar, and leave the field."""
    field.setDate(QDate(day.year, day.month, day.day))
    field.editingFinished.emit()


def test_the_plan_menu_opens_the_dialog(window, monkeypatch):
    opened = []
    monkeypatch.setattr(PeriodsDialog, "exec", lambda self: opened.append(self.windowTitle()))
    plan_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Plan")
    action = next(a for a in plan_menu.actions() if a.objectName() == "plan.periods")
    assert action.text() == "Rapporterings&perioder…" and action.isEnabled()
    action.trigger()
    assert opened == ["Rapporteringsperioder"]


def test_add_rename_change_kind_and_dates_then_undo_all(window, qtbot, dialog):
    plan = window.document.plan
    before = periods(plan)
    assert [r.name for r in dialog.rows.records] == ["Delårsrapport", "Årsredovisning"]
    assert dialog.details.isVisible() and dialog.name.text() == "Delårsrapport"
    # Add a tertial report for April.
    dialog.new_name.setFocus()
    type_text(qtbot, dialog.new_name, "Tertialrapport 1")
    dialog.new_kind.setCurrentIndex(dialog.new_kind.findData("tertial_report"))
    _set_day(dialog.new_end, date(2026, 4, 30))
    next(b for b in dialog.findChildren(type(dialog.remove_button)) if b.text() == "Lägg till period").click()
    added = _by_name(plan, "Tertialrapport 1")
    assert (added.kind, added.period_end, added.due, added.year) == ("tertial_report", date(2026, 4, 30), None, 2026)
    assert dialog.current().id == added.id and dialog.new_name.text() == ""
    assert dialog.kind.currentText() == "Tertialrapport"
    assert "Ingen händelse i årshjulet" in dialog.due_note.text()
    # Rename it, make it an own period, move its end and give it a decision date.
    dialog.name.setFocus()
    dialog.name.selectAll()
    type_text(qtbot, dialog.name, "Uppföljning april")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    dialog.kind.setCurrentIndex(dialog.kind.findData("other"))
    dialog.kind.activated.emit(dialog.kind.currentIndex())
    _set_day(dialog.period_end, date(2026, 5, 31))
    dialog.due.edit.setDate(QDate(2026, 6, 15))
    dialog.due.enabled.setChecked(True)  # ticking the box commits the date shown
    changed = next(p for p in periods(plan) if p.id == added.id)
    assert (changed.name, changed.kind, changed.period_end, changed.due) == (
        "Uppföljning april", "other", date(2026, 5, 31), date(2026, 6, 15))
    assert [r.name for r in dialog.rows.records] == ["Uppföljning april", "Delårsrapport", "Årsredovisning"]
    assert dialog.rows.data(dialog.rows.index(0, 1)) == "Egen period"
    assert window.actions["edit.undo"].text() == "Ångra Ändra rapporteringsperioden Uppföljning april"
    undo = next(b for b in dialog.findChildren(type(dialog.remove_button)) if b.text() == "Ångra")
    for _ in range(5):
        undo.click()
    assert periods(plan) == before
    assert [r.name for r in dialog.rows.records] == ["Delårsrapport", "Årsredovisning"]


def test_a_new_decision_date_moves_the_event_in_the_annual_wheel(window, qtbot, dialog):
    plan = window.document.plan
    _select(dialog, "Delårsrapport")
    assert dialog.due.value() == date(2026, 10, 15)
    assert "”Delårsrapport”" in dialog.due_note.text()  # the wheel's event of that name sets it
    dialog.due.edit.setDate(QDate(2026, 10, 29))
    dialog.due.commit()
    assert _by_name(plan, "Delårsrapport").due == date(2026, 10, 29)
    dialog.accept()
    window.show_page("wheel")
    QApplication.processEvents()
    event = next(e for e in window.wheel.data.events if e.period == "Delårsrapport")
    assert (event.start, event.end) == (date(2026, 9, 15), date(2026, 10, 29))  # two weeks later, as long
    row = next(r for r in range(window.wheel.list.model.rowCount())
               if window.wheel.list.model.data(window.wheel.list.model.index(r, 3)) == "Delårsrapport")
    assert window.wheel.list.model.data(window.wheel.list.model.index(row, 2)) == "2026-10-29"
    window.actions["edit.undo"].trigger()
    assert _by_name(plan, "Delårsrapport").due == date(2026, 10, 15)
    assert next(e for e in window.wheel.data.events if e.period == "Delårsrapport").end == date(2026, 10, 15)


def test_bad_input_is_refused_with_the_reason_and_nothing_changes(window, qtbot, dialog):
    plan = window.document.plan
    before = periods(plan)
    _select(dialog, "Delårsrapport")
    dialog.remove_button.click()
    assert "Perioden ”Delårsrapport” kan inte tas bort: 23 uppföljningar är skrivna för den" in dialog.refusal.text()
    dialog.due.edit.setDate(QDate(2026, 8, 1))  # before the period ends
    dialog.due.commit()
    assert "före periodens slut (2026-08-31)" in dialog.refusal.text()
    assert dialog.due.value() == date(2026, 10, 15)  # the form shows again what is stored
    dialog.name.setFocus()
    dialog.name.selectAll()
    type_text(qtbot, dialog.name, "årsredovisning")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert "Det finns redan en rapportperiod som heter ”årsredovisning” 2026" in dialog.refusal.text()
    assert dialog.name.text() == "Delårsrapport"
    next(b for b in dialog.findChildren(type(dialog.remove_button)) if b.text() == "Lägg till period").click()
    assert "Periodens namn måste fyllas i" in dialog.refusal.text()
    assert periods(plan) == before
    assert not window.document.undo_stack.canUndo()


def test_a_period_nothing_is_written_for_is_removed_and_comes_back(window, qtbot, dialog):
    plan = window.document.plan
    dialog.new_name.setText("Månadsrapport maj")
    dialog.new_kind.setCurrentIndex(dialog.new_kind.findData("monthly_report"))
    _set_day(dialog.new_end, date(2026, 5, 31))
    dialog.add_period()
    new = _by_name(plan, "Månadsrapport maj")
    assert dialog.current().id == new.id
    dialog.remove_button.click()
    assert _by_name(plan, "Månadsrapport maj") is None
    assert dialog.current() is None or dialog.current().id != new.id
    window.actions["edit.undo"].trigger()
    assert _by_name(plan, "Månadsrapport maj") == new


def test_nothing_chosen_shows_no_form_with_made_up_values(window, qtbot, dialog):
    dialog.table.clearSelection()
    dialog.table.setCurrentIndex(dialog.rows.index(-1, -1))
    assert not dialog.details.isVisible() and dialog.hint.isVisible()
    assert not dialog.remove_button.isEnabled()
