"""Årshjul as a user works it: click, double-click, drag, type, undo, and what the plan file holds after."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from styrapp.models.queries.wheel_rows import read_wheel
from styrapp.models.wheel.geometry import point
from tests.conftest import REALDATA, holidays_in
from tests.ui.helpers import answer_next_message_box, type_text


@pytest.fixture
def page(window, qtbot):
    window.show_page("wheel")
    wheel_page = window.wheel
    qtbot.waitUntil(lambda: wheel_page.wheel.scene is not None and wheel_page.data is not None)
    return wheel_page


def _plan(page):
    return page.document.plan


def _event(page, title):
    return next(e for e in read_wheel(_plan(page)).events if e.title == title)


def _where(page, event_id, at: float = 0.5) -> QPoint:
    """A point on the event's arc: `at` 0 is its start, 1 its end."""
    scene = page.wheel.scene
    wedge = next(w for w in scene.wedges if w.event_id == event_id)
    x, y = point((wedge.inner + wedge.outer) / 2, wedge.angle + wedge.sweep * at, scene.cx, scene.cy)
    return QPoint(round(x), round(y))


def _days_to_pixels(page, event_id, days: int, at: float = 0.5) -> QPoint:
    scene = page.wheel.scene
    wedge = next(w for w in scene.wedges if w.event_id == event_id)
    angle = wedge.angle + wedge.sweep * at + 360.0 * days / scene.wheel.days
    x, y = point((wedge.inner + wedge.outer) / 2, angle, scene.cx, scene.cy)
    return QPoint(round(x), round(y))


def _drag(qtbot, widget, start: QPoint, end: QPoint) -> None:
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 6):
        qtbot.mouseMove(widget, start + (end - start) * step / 5)
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=end)


def test_clicking_an_event_selects_it_in_the_wheel_the_list_and_the_form(page, qtbot):
    interim = _event(page, "Delårsrapport")
    qtbot.mouseClick(page.wheel, Qt.MouseButton.LeftButton, pos=_where(page, interim.id))
    assert page.wheel.selected == interim.id
    assert page.form.title.text() == "Delårsrapport"
    assert page.form.period.currentText() == "Delårsrapport"
    assert page.list.record_at(page.list.table.currentIndex()).id == interim.id
    assert "Delårsrapport" in page.wheel.details(interim.id) and "Uppföljning" in page.wheel.details(interim.id)


def test_dragging_an_event_moves_it_in_time_and_undo_puts_it_back(window, page, qtbot):
    budget = _event(page, "Budgetarbete och dialog med medlemskommunerna")
    start = _where(page, budget.id)
    _drag(qtbot, page.wheel, start, _days_to_pixels(page, budget.id, 14))
    moved = _event(page, budget.title)
    shift = (moved.start - budget.start).days
    assert 12 <= shift <= 16 and moved.end - moved.start == budget.end - budget.start
    window.document.undo_stack.undo()
    assert (_event(page, budget.title).start, _event(page, budget.title).end) == (budget.start, budget.end)


def test_dragging_the_end_of_an_arc_changes_its_length(window, page, qtbot):
    interim = _event(page, "Delårsrapport")
    end = _where(page, interim.id, at=1.0)
    assert page.wheel.scene.edge_at(end.x(), end.y(), interim.id) == "end"
    _drag(qtbot, page.wheel, end, _days_to_pixels(page, interim.id, 10, at=1.0))
    longer = _event(page, "Delårsrapport")
    assert longer.start == interim.start and 8 <= (longer.end - interim.end).days <= 12
    window.document.undo_stack.undo()
    assert _event(page, "Delårsrapport").end == interim.end


def test_double_clicking_empty_space_in_a_ring_adds_an_event_there_to_be_named(window, page, qtbot):
    scene = page.wheel.scene
    ring_id, band = next((r, b) for r, b in scene.rings if page.data.ring(r).name == "Styrmodell")
    x, y = point((band.inner + band.outer) / 2, scene.wheel.angle(date(2026, 2, 10)) + 0.5, scene.cx, scene.cy)
    before = len(page.data.events)
    qtbot.mouseDClick(page.wheel, Qt.MouseButton.LeftButton, pos=QPoint(round(x), round(y)))
    events = read_wheel(_plan(page)).events
    assert len(events) == before + 1
    new = next(e for e in events if e.id == page.wheel.selected)
    assert new.ring_id == ring_id and abs((new.start - date(2026, 2, 10)).days) <= 1 and new.start == new.end
    field = page.form.title
    assert field.hasFocus() or QApplication.focusWidget() is field
    field.selectAll()
    type_text(qtbot, field, "Styrgruppsmöte för översyn")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert read_wheel(_plan(page)).event(new.id).title == "Styrgruppsmöte för översyn"
    window.document.undo_stack.undo()  # the name
    window.document.undo_stack.undo()  # the event
    assert len(read_wheel(_plan(page)).events) == before


def test_changing_the_start_in_the_form_keeps_the_length(page, qtbot):
    interim = _event(page, "Delårsrapport")
    page.select_event(interim.id)
    page.form.start.set_value(interim.start)
    page.form.start.setDate(page.form.start.date().addDays(7))
    page.form.start.commit()
    moved = _event(page, "Delårsrapport")
    assert (moved.start, moved.end) == (interim.start + timedelta(days=7), interim.end + timedelta(days=7))


def test_an_end_before_the_start_is_refused_with_the_reason_and_nothing_changes(window, page, qtbot):
    interim = _event(page, "Delårsrapport")
    page.select_event(interim.id)
    messages = []
    window.document.failed.connect(messages.append)
    page.form.end.setDate(page.form.end.date().addDays(-60))
    page.form.end.commit()
    assert messages and "före startdatum" in messages[0]
    assert _event(page, "Delårsrapport") == interim


def test_delete_key_removes_the_selected_event_and_undo_brings_it_back(window, page, qtbot):
    interim = _event(page, "Delårsrapport")
    qtbot.mouseClick(page.wheel, Qt.MouseButton.LeftButton, pos=_where(page, interim.id))
    page.wheel.setFocus()
    qtbot.keyClick(page.wheel, Qt.Key.Key_Delete)
    assert read_wheel(_plan(page)).event(interim.id) is None
    window.document.undo_stack.undo()
    assert read_wheel(_plan(page)).event(interim.id) == interim


def test_rings_are_hidden_renamed_and_moved_from_the_ring_list(window, page, qtbot):
    page.tabs.setCurrentIndex(1)
    rings = page.rings
    budget_row = [r.name for r in page.data.rings].index("Budget")
    item = rings.list.item(budget_row)
    item.setCheckState(Qt.CheckState.Unchecked)
    assert not next(r for r in read_wheel(_plan(page)).rings if r.name == "Budget").visible
    assert "Budget" not in [page.data.ring(r).name for r, _ in page.wheel.scene.rings]
    rings.list.item(budget_row).setText("Budget och ekonomi")
    assert "Budget och ekonomi" in [r.name for r in read_wheel(_plan(page)).rings]
    rings.list.setCurrentRow(budget_row)
    qtbot.mouseClick(rings.up, Qt.MouseButton.LeftButton)
    assert [r.name for r in read_wheel(_plan(page)).rings].index("Budget och ekonomi") == budget_row - 1
    for _ in range(3):
        window.document.undo_stack.undo()
    data = read_wheel(_plan(page))
    assert [r.name for r in data.rings].index("Budget") == budget_row and all(r.visible for r in data.rings)


def test_exporting_from_the_page_writes_calendar_picture_and_print(page, tmp_path):
    for fmt, size in (("ics", "A4"), ("png", "A4"), ("pdf", "A3")):
        assert page.export_to(tmp_path / f"hjul.{fmt}", fmt, size)
        assert (tmp_path / f"hjul.{fmt}").stat().st_size > 1000
    assert (tmp_path / "hjul.pdf").read_bytes().startswith(b"%PDF")


def test_a_calendar_imported_from_the_window_lands_in_the_chosen_ring(window, page, qtbot, tmp_path):
    seen: list[str] = []
    answer_next_message_box(QMessageBox.StandardButton.Ok, seen)
    run = window.import_file(holidays_in(2026, tmp_path), ring="Helgdagar")
    with qtbot.waitSignal(run.finished, timeout=10000):
        pass
    qtbot.waitUntil(lambda: bool(seen))
    assert "3 händelser" in seen[0] and "Ny ring: Helgdagar" in seen[0]
    assert "Helgdagar" in [r.name for r in page.data.rings]
    assert {e.title for e in page.data.events if e.ring == "Helgdagar"} == {
        "New Year's Day", "Orthodox Christmas", "International Women's Day"}


def test_a_broken_calendar_from_the_window_says_why_and_changes_nothing(window, page, qtbot):
    before = read_wheel(_plan(page)).events
    seen: list[str] = []
    answer_next_message_box(QMessageBox.StandardButton.Ok, seen)
    run = window.import_file(REALDATA / "ics" / "broken" / "icaljs__blank_line_mid.ics")
    with qtbot.waitSignal(run.finished, timeout=10000):
        pass
    qtbot.waitUntil(lambda: bool(seen))
    assert "Rad 3 är tom" in seen[0]
    assert read_wheel(_plan(page)).events == before


def test_escape_during_a_drag_calls_it_off(page, qtbot):
    interim = _event(page, "Delårsrapport")
    start = _where(page, interim.id)
    qtbot.mousePress(page.wheel, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(page.wheel, _days_to_pixels(page, interim.id, 20))
    assert page.wheel._drag is not None and page.wheel._drag["moved"]
    qtbot.keyClick(page.wheel, Qt.Key.Key_Escape)
    qtbot.mouseRelease(page.wheel, Qt.MouseButton.LeftButton, pos=_days_to_pixels(page, interim.id, 20))
    assert _event(page, "Delårsrapport") == interim
    assert page.document.undo_stack.count() == 0


def test_a_wheel_without_rings_says_to_add_one_and_then_takes_events(window, page, qtbot):
    from styrapp.models.services import wheel as service

    for ring in list(page.data.rings):
        service.delete_ring(_plan(page), ring.id)
    page.show_plan(_plan(page))
    messages = []
    page.message.connect(messages.append)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert "Ringar" in messages[-1] and page.tabs.currentIndex() == 1
    assert read_wheel(_plan(page)).events == []
    window.document.run(__import__("styrapp.ui.wheel_commands", fromlist=["CreateRing"]).CreateRing(
        name="Möten", colour="#00587A"))
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    (event,) = read_wheel(_plan(page)).events
    assert event.ring == "Möten"


def test_an_event_edit_leaves_the_ring_list_as_it_is_and_a_rename_redraws_its_ring_only(window, page, qtbot):
    page.tabs.setCurrentIndex(1)
    rings = page.rings.list
    budget_row = [r.name for r in page.data.rings].index("Budget")
    rings.setCurrentRow(budget_row)
    items = [rings.item(row) for row in range(rings.count())]
    interim = _event(page, "Delårsrapport")
    qtbot.mouseClick(page.wheel, Qt.MouseButton.LeftButton, pos=_where(page, interim.id))
    page.wheel.setFocus()
    qtbot.keyClick(page.wheel, Qt.Key.Key_Delete)  # an event goes: the ring list is not filled anew
    assert read_wheel(_plan(page)).event(interim.id) is None
    assert [rings.item(row) for row in range(rings.count())] == items and rings.currentRow() == budget_row
    items[budget_row].setText("Budget och ekonomi")  # a ring renamed: the same items, one with the new name
    assert [rings.item(row) for row in range(rings.count())] == items
    assert rings.item(budget_row).text() == "Budget och ekonomi" and rings.currentRow() == budget_row
    window.document.undo_stack.undo()
    assert rings.item(budget_row).text() == "Budget" and rings.item(budget_row) is items[budget_row]
