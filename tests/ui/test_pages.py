"""Pages are declared once, and every page hears precisely what changed: a new page shows up in the
sidebar, the Visa menu and the saved settings; an edit on one page is on every other page that shows
the same record, with only the rows that changed redrawn; an import is one undo step."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QMessageBox

from styrapp.models.changes import Kind
from styrapp.ui.main_window import MainWindow
from styrapp.ui.pages.registry import PAGES, PageSpec
from styrapp.ui.settings import Settings
from tests.conftest import dump, holidays_in
from tests.ui.helpers import answer_next_message_box, click_row


class DummyPage(QLabel):
    """A page as a new module would add it: it shows the plan's file name and counts its edits."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.document = None
        self.seen = []

    def show_document(self, document) -> None:
        self.document = document

    def concerns(self, changes) -> bool:
        return changes.touches(Kind.NODE)

    def refresh(self, changes) -> None:
        self.seen.append(changes)
        self.setText(self.document.plan.path.name)


DUMMY = PageSpec("dummy", lambda: "Dummy", PAGES[0].icon, lambda _actions, parent: DummyPage(parent), "Ctrl+9")



def open_window(qtbot, demo_path, pages=(*PAGES, DUMMY)) -> MainWindow:
    window = MainWindow(pages=pages)
    qtbot.addWidget(window)
    window.show()
    window.open_plan_file(demo_path)
    return window


def test_a_page_added_to_the_list_is_in_the_sidebar_the_menu_and_the_saved_settings(qtbot, swedish, demo_path):
    window = open_window(qtbot, demo_path)
    assert window.sidebar.item(window.sidebar.count() - 1).text() == "Dummy"
    action = window.page_actions["dummy"]
    assert action in window.menuBar().actions()[3].menu().actions()  # Visa
    assert action.shortcut() == QKeySequence("Ctrl+9")
    action.trigger()
    assert window.current_page() is window.dummy and window.dummy.text() == "demo.styrplan"
    assert Settings().last_page == "dummy"
    window.close()

    again = open_window(qtbot, demo_path)
    qtbot.waitUntil(lambda: again.dummy.text() == "demo.styrplan")
    assert again.current_page() is again.dummy  # reopened on the page by its key
    again.close()

    shorter = open_window(qtbot, demo_path, PAGES)  # settings that name a page this window lacks: Översikt
    assert shorter.current_page() is shorter.overview
    shorter.close()


def test_a_page_hears_only_the_changes_that_concern_it(qtbot, swedish, demo_path):
    window = open_window(qtbot, demo_path)
    window.show_page("dummy")
    window.dummy.seen.clear()
    from datetime import date

    from styrapp.models.queries.wheel_rows import read_wheel
    from styrapp.ui import wheel_commands

    ring = read_wheel(window.document.plan).rings[0].id

    window.document.run(wheel_commands.CreateEvent(ring_id=ring, title="Ett möte", start=date(2026, 5, 5)))
    assert window.dummy.seen == []  # an event is no node
    goal = window.goals.model.children_of(None)[0]
    from styrapp.ui import commands

    window.document.run(commands.UpdateNode("mål", goal, title="Nytt namn"))
    assert [c.ids(Kind.NODE) for c in window.dummy.seen] == [{goal}]
    window.close()


def test_a_rename_on_mal_is_on_uppfoljning_with_only_its_row_redrawn(window, qtbot):
    window.show_page("follow_up")
    page = window.follow_up
    model = page.model
    chosen = page.node_ids()[2]
    page.select_node(chosen)
    resets, changed = [], []
    model.modelReset.connect(lambda: resets.append(1))
    model.layoutChanged.connect(lambda *_: resets.append(1))
    model.dataChanged.connect(lambda first, last, _roles=(): changed.append(model.id_of(first)))
    window.show_page("goals")
    goals = window.goals
    goal = goals.model.children_of(None)[1]
    click_row(qtbot, goals, goal)
    goals.rename_node(goal, "Ett nytt namn på målet")
    window.show_page("follow_up")
    assert model.index_of(goal).data() == "Ett nytt namn på målet"
    assert resets == [] and changed == [goal]
    assert page.current_node() == chosen  # the selection stayed where it was


def test_a_new_value_updates_the_indicator_row_in_place(window, qtbot):
    window.show_page("indicators")
    page = window.indicators
    model = page.table_page.model
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    table = page.table_page.table
    table.selectRow(0)
    indicator = page.selected_id()
    from styrapp.models.rules.measurements import MeasurementIn
    from styrapp.ui import commands

    window.document.run(commands.ChangeMeasurements("x", indicator, [(("2031", "actual", "T"),
                                                                      MeasurementIn("2031", 42.0))]))
    record = next(r for r in model.records if r.id == indicator)
    assert record.latest_period == "2031" and resets == []
    assert page.selected_id() == indicator


def test_an_import_from_the_window_is_one_undo_step_and_says_so(window, qtbot, tmp_path):
    before = dump(window.document.plan.path)
    seen: list[str] = []
    answer_next_message_box(QMessageBox.StandardButton.Ok, seen)
    run = window.import_file(holidays_in(2026, tmp_path), ring="Från Outlook")
    with qtbot.waitSignal(run.finished, timeout=20000):
        pass
    assert "Ångra" in "\n".join(run.lines) and "Ångra" in seen[0]
    assert dump(window.document.plan.path) != before
    assert window.document.undo_stack.undoText().startswith("Importera")
    window.document.undo_stack.undo()
    assert dump(window.document.plan.path) == before
    window.show_page("wheel")
    assert "Från Outlook" not in {r.name for r in window.wheel.data.rings}
    window.document.undo_stack.redo()
    assert "Från Outlook" in {r.name for r in window.wheel.data.rings}  # the page in view redraws at once


def test_a_drop_of_several_nodes_is_one_undo_step(window, qtbot):
    window.show_page("goals")
    page = window.goals
    model = page.model
    first, second, third = model.children_of(None)[:3]
    before = dump(window.document.plan.path)
    mime = model.mimeData([model.index_of(third), model.index_of(second)])
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert model.children_of(None)[:3] == [third, second, first]
    assert window.document.undo_stack.count() == 1
    window.document.undo_stack.undo()
    assert dump(window.document.plan.path) == before
    assert model.children_of(None)[:3] == [first, second, third]
