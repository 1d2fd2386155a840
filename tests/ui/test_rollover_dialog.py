"""Plan → Ny planperiod…: what the turn of the year will do, the new year's targets typed as a person types
them, one step that Ctrl+Z takes back, and the window showing the new year afterwards."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox
from sqlalchemy import select

from styrapp.models.queries.tree_rows import is_link_row
from styrapp.models.queries.years import plan_years
from styrapp.models.rules.plan_settings import CLOSE_BEFORE_ROLLOVER
from styrapp.models.services.plan_settings import set_setting
from styrapp.models.tables import Indicator, Node
from styrapp.ui.rollover_dialog import NEW_TARGET, RolloverDialog
from tests.conftest import dump


@pytest.fixture
def dialog(window, qtbot):
    opened = RolloverDialog(window.document, window)
    qtbot.addWidget(opened)
    opened.show()
    qtbot.waitExposed(opened)
    yield opened
    opened.reject()


def _type_target(qtbot, dialog, row: int, text: str) -> None:
    """Select the new year's target, press F2, type, press Enter: as a person edits a table cell."""
    view = dialog.targets
    index = dialog.targets_model.index(row, NEW_TARGET)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    qtbot.keyClick(view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: any(e.isVisible() for e in view.findChildren(QLineEdit)))
    editor = next(e for e in view.findChildren(QLineEdit) if e.isVisible())
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState)  # the delegate commits on the next turn


def shown(page) -> set[int]:
    """The node ids the tree page shows (not its indicator rows)."""
    return {i for i in page.model.ids() if not is_link_row(i)}


def _years(plan) -> list[int]:
    return [y.year for y in plan_years(plan)]


def test_the_plan_menu_has_the_action(window, monkeypatch):
    opened = []
    monkeypatch.setattr(RolloverDialog, "exec", lambda self: opened.append(self.year))
    plan_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Plan")
    action = next(a for a in plan_menu.actions() if a.objectName() == "plan.rollover")
    assert action.isEnabled()
    action.trigger()
    assert opened == [2027]


def test_shows_what_it_will_do_applies_as_one_step_and_undoes(window, qtbot, dialog):
    plan = window.document.plan
    before = dump(plan)
    groups = {dialog.summary_model.item(r).text(): [dialog.summary_model.item(r).child(c).text()
                                                     for c in range(dialog.summary_model.item(r).rowCount())]
              for r in range(dialog.summary_model.rowCount())}
    staying = next(lines for title, lines in groups.items() if "2026" in title and lines)
    assert "Digital felanmälan med återkoppling via sms" in staying
    assert sum(len(lines) for lines in groups.values()) >= 5 + 3 + 3 + 7
    model = dialog.targets_model
    row = next(r for r in range(model.rowCount()) if model.changes[model.item(r, 0).data(Qt.ItemDataRole.UserRole)].target)
    indicator_id = model.item(row, 0).data(Qt.ItemDataRole.UserRole)
    old_target = model.changes[indicator_id].target
    # A value that is no number is refused with the reason, and the cell keeps its value.
    _type_target(qtbot, dialog, row, "mycket")
    assert dialog.refusal.text() and model.values[indicator_id] == old_target
    _type_target(qtbot, dialog, row, "80,5")  # Swedish decimal comma
    assert dialog.refusal.text() == "" and model.values[indicator_id] == 80.5
    assert model.targets() == {indicator_id: 80.5}

    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)

    assert dialog.applied and _years(plan) == [2026, 2027] and plan.year == 2027
    with plan.session() as session:
        assert session.get(Indicator, indicator_id).target == 80.5
        new_ids = set(session.execute(select(Node.id).where(Node.year == 2027)).scalars())
    page = window.goals
    window.show_page("goals")
    qtbot.waitUntil(lambda: page.model is not None and 0 < len(shown(page)) and shown(page) <= new_ids)
    stack = window.document.undo_stack
    assert stack.count() == 1

    stack.undo()
    assert _years(plan) == [2026] and plan.year == 2026 and dump(plan) == before
    qtbot.waitUntil(lambda: page.model is not None and shown(page) and not shown(page) & new_ids)
    stack.redo()
    assert _years(plan) == [2026, 2027]


def test_asks_to_close_the_old_year_first_when_the_plan_requires_it(window, qtbot, monkeypatch):
    plan = window.document.plan
    set_setting(plan, CLOSE_BEFORE_ROLLOVER, True)
    asked = []

    def answer(reply):
        def question(parent, title, text, *args, **kwargs):
            asked.append(text)
            return reply
        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    dialog = RolloverDialog(window.document, window)
    qtbot.addWidget(dialog)
    before = dump(plan)
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert asked and "2026" in asked[0] and not dialog.applied and dump(plan) == before

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert dialog.applied and _years(plan) == [2026, 2027]
    assert {y.year: y.closed for y in plan_years(plan)} == {2026: True, 2027: False}
    window.document.undo_stack.undo()  # one step: the closing and the new year together
    assert dump(plan) == before
