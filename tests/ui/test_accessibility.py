"""Accessibility of the window (WCAG 2.1 AA where it applies to a desktop program): every control on every
page and in every dialog the menus open has an accessible name (tests/ui/accessible.py says the rule); Tab
goes from the sidebar into the page and through it in reading order, never back to the sidebar midway;
the årshjul's events are a list a screen reader reads, linked to the wheel; a chart says what the PDF's
alternative text says."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from tests.ui.accessible import unnamed_controls

MENU_DIALOGS = ("plan.details", "plan.organisation", "plan.styrmodell", "plan.status_rules", "plan.periods",
                "plan.rollover", "edit.settings", "file.new", "file.restore", "file.fetch_goals")


def test_every_control_on_every_page_has_an_accessible_name(window, qtbot):
    missing = {}
    for key in window.page_keys:
        window.show_page(key)
        window.catch_up(key)
        QApplication.processEvents()
        page = window.pages[key]
        found = unnamed_controls(page)
        if found:
            missing[key] = found
    window.show_page("goals")
    missing["window"] = unnamed_controls(window, leave_out=window.stack)  # sidebar, toolbar
    found = [f"{key}: {w}" for key, widgets in missing.items() for w in widgets]
    assert found == [], "\n".join(found)


def test_every_dialog_the_menus_open_names_its_controls(window, qtbot, monkeypatch):
    seen: dict[str, list[str]] = {}

    def look(dialog):
        dialog.show()
        QApplication.processEvents()
        seen[type(dialog).__name__] = unnamed_controls(dialog)
        dialog.close()
        return 0

    monkeypatch.setattr(QDialog, "exec", look)
    for key in MENU_DIALOGS:
        window.actions[key].trigger()
    assert len(seen) == len(MENU_DIALOGS)
    found = [f"{key}: {w}" for key, widgets in seen.items() for w in widgets]
    assert found == [], "\n".join(found)


def tab_round(window, qtbot, start, limit=120) -> list:
    """The widgets Tab visits from `start` until it comes back to it (at most `limit` presses)."""
    start.setFocus()
    visited = []
    for _ in range(limit):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if widget is start:
            return visited
        visited.append(widget)
    raise AssertionError(f"Tab did not come back to {start} in {limit} presses: a trap")


def test_tab_goes_from_the_goal_tree_to_its_form_not_back_to_the_sidebar(window, qtbot):
    window.show_page("goals")
    page = window.goals
    page.select_node(page.model.children_of(None)[0])
    window.activateWindow()
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert page.form.isAncestorOf(focused) or focused is page.form
    assert focused is not window.sidebar
    qtbot.keyClick(focused, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is page.view  # and back again


@pytest.mark.parametrize("key", ["overview", "goals", "indicators", "follow_up", "wheel", "control", "economy",
                                 "review", "documents", "reports"])
def test_tab_walks_a_page_whole_before_it_leaves_it(window, qtbot, key):
    """From the sidebar Tab goes into the page and through all of it; it leaves the page once, for the
    toolbar's plan year, and then comes to the sidebar. No table holds it (the arrow keys move in a table)."""
    window.show_page(key)
    window.catch_up(key)
    window.activateWindow()
    QApplication.processEvents()
    page = window.pages[key]
    visited = tab_round(window, qtbot, window.sidebar)
    inside = [page.isAncestorOf(w) for w in visited]
    assert inside and inside[0], f"Tab from the sidebar does not enter the page {key}"
    left = inside.index(False) if False in inside else len(inside)
    assert all(inside[:left]) and not any(inside[left:]), [type(w).__name__ for w in visited]
    assert visited[left:] == [window.year_box]


def test_the_wheel_tells_its_events_and_is_linked_to_their_list(window, qtbot):
    from styrapp.reports.alt_text import wheel_alt

    window.show_page("wheel")
    window.catch_up("wheel")
    page = window.wheel
    wheel, table = page.wheel, page.list.table
    count = len(page.data.events)
    assert wheel.accessibleName() == f"Årshjul {page.data.year_label}"
    assert f"{count} händelser" in wheel.accessibleDescription()
    assert wheel_alt(page.data) in wheel.accessibleDescription()  # the PDF's alternative text, word for word
    # Each row of the list says the event, its dates and its ring.
    budget = next(e for e in page.data.events if e.start != e.end)
    page.list.select_record(lambda r: r.id == budget.id)
    index = table.currentIndex().siblingAtColumn(3)
    spoken = index.data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.startswith(budget.title + ", ") and spoken.endswith(f", ring {budget.ring}")
    assert wheel.selected == budget.id  # chosen in the list: chosen in the wheel
    # The keyboard on the wheel: the arrow keys go from event to event, in date order; the list follows.
    wheel.setFocus()
    order = [e.id for e in sorted(page.data.events, key=lambda e: (e.start, e.end, e.title))]
    qtbot.keyClick(wheel, Qt.Key.Key_Right)
    following = order[(order.index(budget.id) + 1) % len(order)]
    assert wheel.selected == following
    assert page.list.record_at(table.currentIndex()).id == following
    qtbot.keyClick(wheel, Qt.Key.Key_Left)
    assert wheel.selected == budget.id and page.form.current.id == budget.id


def test_a_chart_says_what_the_pdf_says_of_it(window, qtbot):
    from styrapp.models.queries.indicator_series import indicator_series
    from styrapp.reports.alt_text import indicator_alt

    window.show_page("indicators")
    window.catch_up("indicators")
    page = window.indicators
    page.table_page.select_record(lambda r: r.name.startswith("Nöjd kund-index"))
    page.show_selected()
    record = page.selected()
    expected = indicator_alt(indicator_series(window.document.plan, record.id))
    assert page.chart.accessibleName() == "Diagram"
    assert page.chart.accessibleDescription() == expected and expected.startswith("Diagram över")


def test_every_page_fits_1366_by_768_so_200_percent_fits_2732_by_1536(window, qtbot):
    """At 200 % (QT_SCALE_FACTOR=2) a 2732×1536 screen is 1366×768 to the window: no page may ask for more
    (scripts/screenshots.py grabs the window so, and the layout tests check nothing is cut at that size)."""
    too_big = {}
    for key in window.page_keys:
        window.show_page(key)
        window.catch_up(key)
        QApplication.processEvents()
        needed = window.minimumSizeHint().expandedTo(window.minimumSize())
        if needed.width() > 1366 or needed.height() > 768:
            too_big[key] = (needed.width(), needed.height())
    assert too_big == {}
