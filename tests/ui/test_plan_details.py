"""Plan → Planuppgifter…: a person makes a plan from a template their own — organisation, plan, term,
decision, vision and values — each change one undo step, shown at once on Översikt and in the window's
title; a refused value says why in place and leaves the plan as it was."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from styrapp.models.queries.plan_details import plan_details
from styrapp.models.queries.report_rows import plan_header
from styrapp.ui.main_window import MainWindow
from styrapp.ui.plan_details_dialog import PlanDetailsDialog
from tests.conftest import dump, make_plan

from .helpers import type_text


@pytest.fixture
def new_window(qtbot, swedish, tmp_path):
    """The window on a plan just made from Askersund's template, as `styrapp-cli new` makes it."""
    path = make_plan(tmp_path / "hallstahammar.styrplan", "norrtalje")
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    win.open_plan_file(path)
    qtbot.waitUntil(lambda: win.overview.title.text() != "")
    yield win
    win.close()



def retype(qtbot, field, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    type_text(qtbot, field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_a_new_plan_becomes_the_organisations_own(new_window, qtbot, monkeypatch):
    window = new_window
    plan = window.document.plan
    overview = window.overview
    # A new plan says its vision and values are the template's examples, and Kom igång shows the way.
    assert overview.samples.isVisibleTo(overview) and overview.start.isVisibleTo(overview)
    assert "exempel" in overview.samples.text()
    window.actions["plan.details"]  # the menu item exists
    dialog = PlanDetailsDialog(window.document, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.sample_note.isVisible() and "visionen" in dialog.sample_note.text()

    retype(qtbot, dialog.organisation, "Hallstahammars kommun")
    retype(qtbot, dialog.title, "Verksamhetsplan 2027–2028")
    dialog.decided_by.setFocus()
    dialog.decided_by.lineEdit().selectAll()
    type_text(qtbot, dialog.decided_by.lineEdit(), "Kommunfullmäktige")
    qtbot.keyClick(dialog.decided_by.lineEdit(), Qt.Key.Key_Return)
    assert (dialog.term_start.value(), dialog.term_end.value()) == (2027, 2030)  # the template's guess for 2027
    dialog.tabs.setCurrentIndex(1)
    retype(qtbot, dialog.vision, "Hallstahammar – där Sverige möts")
    # Values: rename the first, add one after it, move it to the end, delete the second.
    dialog.value_list.setCurrentRow(0)
    retype(qtbot, dialog.value_name, "Medborgaren i centrum")
    dialog.value_text.setFocus()
    dialog.value_text.selectAll()
    type_text(qtbot, dialog.value_text, "Vi finns till för dem som bor här.")
    qtbot.keyClick(dialog.value_text, Qt.Key.Key_Tab)  # leaving the text commits it
    dialog.add_value()
    retype(qtbot, dialog.value_name, "Mod")
    dialog.move_value(+1)
    dialog.move_value(+1)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.value_list.setCurrentRow(1)
    dialog.delete_value()

    details = plan_details(plan)
    assert details.organisation == "Hallstahammars kommun" and details.title == "Verksamhetsplan 2027–2028"
    assert details.decided_by == "Kommunfullmäktige" and (details.term_start, details.term_end) == (2027, 2030)
    assert details.vision == "Hallstahammar – där Sverige möts"
    assert [(v.name, v.text) for v in details.value_rows] == [
        ("Medborgaren i centrum", "Vi finns till för dem som bor här."), ("Höga förväntningar", ""), ("Mod", "")
    ] or [v.name for v in details.value_rows] == ["Medborgaren i centrum", "Höga förväntningar", "Mod"]
    assert details.value_rows[0].text == "Vi finns till för dem som bor här."
    assert details.samples == {"values"}  # the introduction is still the template's
    # Shown at once: the window's title, Översikt, the report's header.
    assert "Hallstahammars kommun" in window.windowTitle() and "Verksamhetsplan 2027–2028" in window.windowTitle()
    assert "Hallstahammar – där Sverige möts" in overview.vision.text()
    assert "introduktionen" in overview.samples.text() or overview.samples.isVisibleTo(overview)
    assert plan_header(plan).term == (2027, 2030)
    # Every change was one undo step: undo them all and the template's plan is back.
    stack = window.document.undo_stack
    steps = stack.count()
    assert steps == 11, [stack.text(i) for i in range(steps)]
    while stack.canUndo():
        stack.undo()
    back = plan_details(plan)
    assert back.organisation == "Testkommun" and back.vision == "Globalt liv, lokal livsstil"
    assert [v.name for v in back.value_rows] == ["Invånaren först", "Allas lika värde", "Höga förväntningar"]
    assert dialog.organisation.text() == "Testkommun"  # the form follows the undo
    dialog.close()


def test_refused_values_say_why_and_change_nothing(new_window, qtbot, tmp_path):
    window = new_window
    plan = window.document.plan
    dialog = PlanDetailsDialog(window.document, window)
    qtbot.addWidget(dialog)
    dialog.show()
    before = dump(plan)
    retype(qtbot, dialog.organisation, " ")
    assert "måste fyllas i" in dialog.refusal.text()
    assert dialog.organisation.text() == "Testkommun"  # the field shows what the plan holds again
    retype(qtbot, dialog.code, "18O")
    assert "18O" in dialog.refusal.text()
    dialog.term_start.setValue(2031)  # after the term's end (2030)
    dialog.term_start.editingFinished.emit()
    assert dialog.refusal.text() and dialog.term_start.value() == 2027
    bad = tmp_path / "logo.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + b"not really")
    assert not dialog.set_logo(bad.read_bytes())
    assert dialog.refusal.text()
    dialog.tabs.setCurrentIndex(1)
    dialog.value_list.setCurrentRow(0)
    retype(qtbot, dialog.value_name, "")
    assert "måste fyllas i" in dialog.refusal.text()
    assert dump(plan) == before
    assert window.document.undo_stack.count() == 0


def test_the_demo_plan_shows_no_getting_started(window):
    assert not window.overview.start.isVisibleTo(window.overview)
    assert not window.overview.samples.isVisibleTo(window.overview)
    details = PlanDetailsDialog(window.document, window)
    assert details.decided_by.currentText() == "Förbundsdirektionen"
    assert details.decided_on.value() == date(2025, 11, 26)  # the demo plan is for 2026
    details.close()


def test_a_getting_started_step_goes_where_it_is_done(new_window, qtbot):
    window = new_window
    labels = [w for w in window.overview.start.findChildren(type(window.overview.start_title)) if "<a " in w.text()]
    assert labels
    indicators = next(w for w in labels if "indikator" in w.text().lower())
    indicators.linkActivated.emit("indicators")
    assert window.current_page() is window.indicators
