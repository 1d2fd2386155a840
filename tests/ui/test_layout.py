"""Layout at laptop sizes: at 1366×768 and at 1280×720 (a laptop screen less its taskbar) every page of the
demo plan, with a record chosen so that its detail pane shows, has no control drawn over another, no
text cut short where it has room, tables wider than their place scroll sideways, and the buttons of a
page in view (on Rapporter: Spara som PDF…, Skriv ut…, Öppna i PDF-läsaren, not below the window's edge).

The rectangles are the parts of the widgets that can be seen: each widget's rectangle in window
coordinates cut by every parent's (a row of a form scrolled out of its scroll area is not seen, so it
cannot overlap anything). A widget and its own parent always share pixels; only widgets of which
neither holds the other are compared."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from styrapp.ui.pages.registry import PAGE_KEYS

SIZES = ((1366, 768), (1280, 720))


def seen_rect(widget: QWidget, window: QWidget) -> QRect:
    """The part of `widget` that can be seen, in `window`'s coordinates (cut by every parent and the window)."""
    rect = QRect(QWidget.mapTo(widget, window, QPoint(0, 0)), QWidget.size(widget))  # a page may have a `size` of its own
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        rect = rect.intersected(QRect(QWidget.mapTo(parent, window, QPoint(0, 0)), QWidget.size(parent)))
        parent = parent.parentWidget()
    return rect.intersected(QRect(QPoint(0, 0), QWidget.size(window)))  # nor below the window's edge


def full_rect(widget: QWidget, window: QWidget) -> QRect:
    return QRect(QWidget.mapTo(widget, window, QPoint(0, 0)), QWidget.size(widget))


def holds(outer: QWidget, inner: QWidget) -> bool:
    parent = inner.parentWidget()
    while parent is not None:
        if parent is outer:
            return True
        parent = parent.parentWidget()
    return False


def name(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    text = text() if callable(text) else ""
    return f"{type(widget).__name__} {widget.objectName()!r} {str(text)[:30]!r}"


def shown_widgets(window: QWidget) -> list[QWidget]:
    return [w for w in window.findChildren(QWidget)
            if w.isVisible() and not w.isWindow() and not seen_rect(w, window).isEmpty()]


def overlaps(window: QWidget) -> list[str]:
    widgets = shown_widgets(window)
    rects = {w: seen_rect(w, window) for w in widgets}
    found = []
    for i, a in enumerate(widgets):
        for b in widgets[i + 1:]:
            if holds(a, b) or holds(b, a):
                continue
            common = rects[a].intersected(rects[b])
            if common.width() > 1 and common.height() > 1:  # a shared border line is not an overlap
                found.append(f"{name(a)} {rects[a].getRect()} over {name(b)} {rects[b].getRect()}")
    return found


def in_scrolling_form(widget: QWidget) -> bool:
    """Inside a scroll area's page (a detail form that scrolls on a low screen): out of view is allowed there."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea) and holds(parent.viewport(), widget):
            return True
        parent = parent.parentWidget()
    return False


def cut_texts(window: QWidget, page: QWidget) -> list[str]:
    found = []
    for w in shown_widgets(window):
        if isinstance(w, QLabel) and w.text() and not w.wordWrap() and w.sizeHint().width() > w.width() + 1:
            found.append(f"{name(w)} is {w.width()} px wide, its text needs {w.sizeHint().width()}")
        if isinstance(w, QAbstractButton) and w.text() and w.sizeHint().width() > w.width() + 1:
            found.append(f"{name(w)} is {w.width()} px wide, its text needs {w.sizeHint().width()}")
        if isinstance(w, QAbstractButton) and holds(page, w) and not any(
                isinstance(a, QAbstractItemView) and holds(a, w) for a in shown_widgets(window)) \
                and not in_scrolling_form(w) and seen_rect(w, window) != full_rect(w, window):
            found.append(f"{name(w)} is not wholly in view: {seen_rect(w, window).getRect()} of "
                         f"{full_rect(w, window).getRect()}")
    return found


def tables_that_do_not_scroll(window: QWidget) -> list[str]:
    found = []
    for w in shown_widgets(window):
        if isinstance(w, QTableView):
            width = w.horizontalHeader().length()
            if width > w.viewport().width() + 1 and not w.horizontalScrollBar().isVisible():
                found.append(f"{name(w)}: columns {width} px wide in {w.viewport().width()} px, no scroll bar")
    return found


def choose_a_record(page: QWidget) -> None:
    """Select the first row of the page's main list, so that its detail pane shows, as a person would."""
    views = [v for v in page.findChildren(QAbstractItemView)
             if v.isVisible() and v.model() is not None and v.model().rowCount() and v.selectionModel() is not None]
    if views and not views[0].currentIndex().isValid():
        views[0].setCurrentIndex(views[0].model().index(0, 0))


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_page_fits_a_laptop_screen(window, qtbot, size):
    window.resize(*size)
    problems = []
    for key in PAGE_KEYS:
        window.show_page(key)
        page = window.pages[key]
        qtbot.waitUntil(lambda p=page: p.isVisible())
        if key != "overview":  # a finding chosen on Översikt takes the window to its page
            choose_a_record(page)
        qtbot.wait(20)  # the layouts settle
        assert window.width() == size[0] and window.height() == size[1]
        problems += [f"{key}: {p}" for p in overlaps(window) + cut_texts(window, page)
                     + tables_that_do_not_scroll(window)]
    assert problems == []


def test_the_report_actions_are_above_the_preview_in_view(window, qtbot):
    window.resize(1280, 720)
    window.show_page("reports")
    page = window.reports
    qtbot.waitUntil(page.isVisible)
    for button in (page.make_button, page.save_button, page.print_button, page.open_button):
        assert button.isVisible() and seen_rect(button, window) == full_rect(button, window), button.text()
    # År and Period sit under the list of reports, not on it
    assert full_rect(page.year, window).top() >= full_rect(page.kinds, window).bottom()


def test_the_check_finds_a_control_drawn_over_another_and_a_cut_title(qtbot):
    """The checks above can fail: a label placed on a list, a button cut by its parent, a narrow title."""
    holder = QWidget()
    qtbot.addWidget(holder)
    holder.resize(400, 300)
    column = QVBoxLayout(holder)
    listing = QListWidget()
    column.addWidget(listing)
    holder.show()
    label = QLabel("År", holder)  # not in the layout: drawn where it happens to be, on the list
    label.setGeometry(listing.geometry().adjusted(10, 10, -10, -10))
    label.show()
    assert any("QLabel" in p and "QListWidget" in p for p in overlaps(holder))
    label.setText("En mycket lång titel som inte får plats i sin ruta")
    label.setFixedWidth(60)
    button = QPushButton("Skriv ut…", holder)
    button.setGeometry(300, 290, 90, 30)  # half below the edge
    button.show()
    found = cut_texts(holder, holder)
    assert any("QLabel" in p and "needs" in p for p in found)
    assert any("Skriv ut" in p and "not wholly in view" in p for p in found)


def test_a_table_wider_than_its_place_scrolls_sideways_and_the_wheels_event_names_are_in_view(window, qtbot):
    from styrapp.ui.pages.wheel_page import EVENT_COLUMN

    window.resize(1280, 720)
    window.show_page("wheel")
    table = window.wheel.list.table
    qtbot.waitUntil(table.isVisible)
    header = table.horizontalHeader()
    assert header.model().headerData(EVENT_COLUMN, Qt.Orientation.Horizontal) == "Händelse"
    # the name column ends inside the list, not beyond its right edge; the later columns scroll
    assert header.sectionViewportPosition(EVENT_COLUMN) + header.sectionSize(EVENT_COLUMN) <= table.viewport().width()
    assert header.sectionSize(EVENT_COLUMN) >= 200
    assert table.rowAt(table.viewport().height() - 2) >= 7 or table.rowAt(table.viewport().height() - 2) == -1
    assert table.horizontalHeader().length() > table.viewport().width()
    assert table.horizontalScrollBar().isVisible()
    assert table.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert tables_that_do_not_scroll(window) == []


@pytest.fixture
def english_window(qtbot, qapp, swedish, demo_path):
    """The window in English (its texts are of other lengths); Swedish again afterwards."""
    from styrapp.ui.app import install_translations
    from styrapp.ui.main_window import MainWindow

    install_translations(qapp, "en")
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    win.open_plan_file(demo_path)
    qtbot.waitUntil(lambda: win.overview.title.text() != "")
    try:
        yield win
    finally:
        win.close()
        install_translations(qapp, "sv")


def test_every_page_fits_a_laptop_screen_in_english_too(english_window, qtbot):
    test_every_page_fits_a_laptop_screen(english_window, qtbot, (1280, 720))


def test_the_plans_dialogs_show_every_text_whole(window, qtbot):
    from styrapp.ui.organisation_dialog import OrganisationDialog
    from styrapp.ui.periods_dialog import PeriodsDialog
    from styrapp.ui.plan_details_dialog import PlanDetailsDialog
    from styrapp.ui.settings_dialog import SettingsDialog
    from styrapp.ui.status_rules_dialog import StatusRulesDialog

    window.resize(1280, 720)
    for dialog in (StatusRulesDialog(window.document, window), SettingsDialog(window.settings, window),
                   PlanDetailsDialog(window.document, window), PeriodsDialog(window.document, window),
                   OrganisationDialog(window.document, window)):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(dialog.isVisible)
        assert dialog.width() <= 1280 and dialog.height() <= 720
        assert overlaps(dialog) == [] and cut_texts(dialog, dialog) == []
        dialog.close()
