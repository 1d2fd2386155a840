"""Layout at a laptop's 1280×720, page by page: the Indikatorer table shows about ten indicators with the
numbers and the status in view (the name capped and elided, whole in its tooltip, the later columns
scrolling sideways), a menu path in a wrapped text is never broken at its arrow, and the form beside
the Mål and Uppdrag trees has room for its titles and the Agenda 2030 names (in Swedish and English)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from .helpers import click_row, tree_shape, type_text
from .test_layout import english_window, tables_that_do_not_scroll  # noqa: F401 - a fixture, used by name

LAPTOP = (1280, 720)


def indicators_at_laptop_size(window, qtbot):
    window.resize(*LAPTOP)
    window.show_page("indicators")
    page = window.indicators
    qtbot.waitUntil(page.table_page.table.isVisible)
    page.table_page.table.selectRow(0)
    qtbot.wait(20)
    return page


def test_the_indicators_table_shows_about_ten_rows_and_the_status_in_view(window, qtbot):
    from styrapp.ui.pages.indicators_page import NAME_COLUMN

    page = indicators_at_laptop_size(window, qtbot)
    table = page.table_page.table
    rows_in_view = sum(1 for row in range(page.table_page.proxy.rowCount())
                       if 0 <= table.rowViewportPosition(row)
                       and table.rowViewportPosition(row) + table.rowHeight(row) <= table.viewport().height())
    assert rows_in_view >= min(9, page.table_page.proxy.rowCount())  # was five
    header = table.horizontalHeader()
    assert 200 <= header.sectionSize(NAME_COLUMN) <= 270
    status = next(c for c in range(header.count())
                  if header.model().headerData(c, Qt.Orientation.Horizontal) == "Status")
    assert header.sectionViewportPosition(status) + header.sectionSize(status) <= table.viewport().width()
    assert header.length() > table.viewport().width() and table.horizontalScrollBar().isVisible()
    assert tables_that_do_not_scroll(window) == []
    # the chart, the values and the details below still have room
    assert page.tabs.height() >= 250


def test_a_long_indicator_name_is_elided_and_whole_in_its_tooltip(window, qtbot):
    from styrapp.ui.pages.indicators_page import NAME_COLUMN

    page = indicators_at_laptop_size(window, qtbot)
    table = page.table_page.table
    width = table.horizontalHeader().sectionSize(NAME_COLUMN)
    metrics = table.fontMetrics()
    row = next(r for r in range(page.table_page.proxy.rowCount())
               if metrics.horizontalAdvance(page.table_page.proxy.index(r, NAME_COLUMN).data()) > width)
    index = page.table_page.proxy.index(row, NAME_COLUMN)
    name = index.data()
    assert table.textElideMode() == Qt.TextElideMode.ElideRight
    assert index.data(Qt.ItemDataRole.ToolTipRole) == name  # the whole name, on hovering
    # a person can still widen the column to read it
    table.horizontalHeader().resizeSection(NAME_COLUMN, metrics.horizontalAdvance(name) + 20)
    assert table.horizontalHeader().sectionSize(NAME_COLUMN) > width


def test_a_menu_path_in_the_indicators_intro_is_not_broken_at_its_arrow(window, qtbot):
    page = indicators_at_laptop_size(window, qtbot)
    intro = page.table_page.intro.text()
    assert "Arkiv\u00a0→\u00a0Importera…" in intro and " → " not in intro
    assert page.table_page.intro.wordWrap()


def node_form_at_laptop_size(window, qtbot, key: str):
    window.resize(*LAPTOP)
    window.show_page(key)
    page = window.pages[key]
    qtbot.waitUntil(page.view.isVisible)
    page.view.expandAll()
    node = max(tree_shape(window.document.plan, key), key=lambda row: len(row[2]))[0]  # the longest title
    click_row(qtbot, page, node)
    qtbot.wait(20)
    return page, node


def check_node_form(window, qtbot, key: str) -> None:
    page, node = node_form_at_laptop_size(window, qtbot, key)
    form = page.form
    assert form.width() >= 420  # was about 340
    title = form.title.text()
    heading = form.heading
    assert heading.wordWrap() and title in heading.text()  # the whole title, wrapped, above the fields
    assert heading.width() <= form.viewport().width()
    # the Agenda 2030 names wrap at the list's edge: no name runs beyond it, none needs a sideways scroll
    sdgs = form.sdgs
    assert sdgs.wordWrap() and sdgs.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    for row in range(sdgs.count()):
        rect = sdgs.visualItemRect(sdgs.item(row))
        assert rect.right() <= sdgs.viewport().width() + 1, sdgs.item(row).text()
        assert sdgs.item(row).toolTip() == sdgs.item(row).text()
    # a title in Bidrar till too long for the list ends in "…" at its edge and is whole in its tooltip
    links = form.links
    assert links.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert links.textElideMode() == Qt.TextElideMode.ElideRight
    for row in range(links.count()):
        assert links.item(row).toolTip().strip() == links.item(row).text().strip()


def test_the_goal_form_has_room_for_its_title_and_the_agenda_2030_names(window, qtbot):
    check_node_form(window, qtbot, "goals")


def test_the_assignment_form_has_room_for_its_title(window, qtbot):
    check_node_form(window, qtbot, "assignments")


def test_the_forms_beside_the_trees_have_room_in_english_too(request, qtbot):
    window = request.getfixturevalue("english_window")
    check_node_form(window, qtbot, "goals")
    check_node_form(window, qtbot, "assignments")


def test_a_title_typed_in_the_form_is_shown_whole_in_its_heading(window, qtbot):
    page, node = node_form_at_laptop_size(window, qtbot, "goals")
    title = page.form.title
    new = "En lång titel som inte får plats i fältet: alla invånare har tillgång till en god livsmiljö"
    title.setFocus()
    title.selectAll()
    qtbot.keyClick(title, Qt.Key.Key_Delete)
    type_text(qtbot, title, new)
    qtbot.keyClick(title, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert dict((i, t) for i, _p, t in tree_shape(window.document.plan, "goals"))[node] == new
    assert new in page.form.heading.text()
    assert title.toolTip() == new  # whole on hovering the field too


def test_the_follow_ups_indicators_show_their_status_on_one_line(window, qtbot):
    window.resize(*LAPTOP)
    window.show_page("follow_up")
    page = window.follow_up
    qtbot.waitUntil(page.isVisible)
    page.select_node(page.node_ids()[0])  # the first goal, whose indicators include some not assessed
    qtbot.wait(20)
    figures = page.figures_view
    assert figures.isVisible() and page.figures.rowCount() >= 2
    assert not figures.wordWrap()
    header = figures.horizontalHeader()
    for column in range(1, header.count()):  # Utfall, Målvärde, Status: as wide as their widest line
        assert header.sectionSize(column) >= figures.sizeHintForColumn(column), column
    assert header.length() <= figures.viewport().width() + 1  # and the name takes what is left, elided
    assert figures.textElideMode() == Qt.TextElideMode.ElideRight
    assert page.figures.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == page.figures.index(0, 0).data()


def test_a_getting_started_step_on_two_lines_leaves_its_neighbours_on_their_line(window, qtbot, tmp_path):
    from styrapp.models.content.templates import apply_template
    from styrapp.models.file.plan_file import create_plan

    def build(plan):
        apply_template(plan, "default", organisation_name="Testkommun", year=2027)

    window.resize(*LAPTOP)
    window.open_plan_file(create_plan(tmp_path / "ny.styrplan", build))
    qtbot.waitUntil(lambda: window.overview.title.text() != "" and "Testkommun" in window.overview.title.text())
    window.show_page("overview")
    view = next(w for w in window.findChildren(QWidget) if hasattr(w, "start_grid"))  # the Översikt view
    qtbot.waitUntil(view.start.isVisible)
    qtbot.wait(20)
    grid = view.start_grid
    first = grid.itemAtPosition(0, 0).widget()
    assert first.height() > first.fontMetrics().height() * 1.5  # "Fyll i planens uppgifter: …" wraps at 1280
    for row in range(grid.rowCount()):
        tops = {grid.itemAtPosition(row, c).widget().y() for c in range(grid.columnCount())
                if grid.itemAtPosition(row, c) is not None}
        assert len(tops) == 1, row  # every step of a row starts on the same line …
    for i in range(grid.count()):  # … its text at its top, not centred beside a neighbour's two lines
        label = grid.itemAt(i).widget()
        assert label.height() <= label.heightForWidth(label.width()) + 1, label.text()
