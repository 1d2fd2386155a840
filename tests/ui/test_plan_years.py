"""The plan year in view in the window: the chooser on the toolbar, a closed year read-only with its way back."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QMessageBox

from styrapp.models.errors import YearClosed
from styrapp.models.queries import node_rows
from styrapp.models.queries.years import plan_years
from tests.conftest import add_plan_year
from tests.ui.helpers import answer_next_message_box


def _top_goals(window) -> list[str]:
    return [r.title for r in node_rows.read_tree(window.document.plan, "goals").rows if r.parent_id is None and r.kind == "goal"]


def _choose_year(qtbot, window, year: int) -> None:
    box = window.year_box
    box.setCurrentIndex(box.findData(year))
    box.activated.emit(box.currentIndex())


def test_the_window_shows_the_year_chosen_and_the_pages_follow(qtbot, window):
    plan = window.document.plan
    demo_goals = _top_goals(window)
    add_plan_year(plan, 2027, ["Ett mål för 2027"])
    window.document.view_year(None)  # as after the turn of the year: the newest year in view
    window._fill_years()
    assert [window.year_box.itemText(i) for i in range(window.year_box.count())] == ["2027", "2026"]
    assert window.year_box.isVisible() and window.year_box.currentData() == 2027
    window.show_page("goals")
    assert _top_goals(window) == ["Ett mål för 2027"]
    _choose_year(qtbot, window, 2026)
    assert plan.year == 2026 and _top_goals(window) == demo_goals
    assert "Verksamhetsplan 2026" in window.windowTitle()
    shown = [window.goals.model.index(r, 0).data() for r in range(window.goals.model.rowCount())]
    assert shown[: len(demo_goals)] == demo_goals
    window.show_page("reports")
    assert window.reports.year.value() == 2026
    window.show_page("follow_up")
    assert window.follow_up.period.count() == 2 and "2026" in window.follow_up.period.currentText()
    _choose_year(qtbot, window, 2027)
    window.show_page("reports")
    assert window.reports.year.value() == 2027 and "Verksamhetsplan 2027" in window.windowTitle()


def test_a_closed_year_is_read_only_in_the_window_until_reopened(qtbot, window):
    plan = window.document.plan
    seen: list[str] = []
    answer_next_message_box(QMessageBox.StandardButton.Yes, seen)
    window.actions["plan.close_year"].trigger()
    assert any("2026" in text for text in seen)
    assert plan_years(plan)[0].closed
    assert window.year_banner.isVisible() and "2026 är stängt" in window.year_banner.text()
    assert "2026 (stängt)" == window.year_box.currentText()
    window.show_page("goals")
    assert not window.actions["edit.rename"].isEnabled() and not window.actions["edit.delete"].isEnabled()
    assert not window.actions["plan.details"].isEnabled() and window.actions["plan.reopen_year"].isEnabled()
    assert not window.goals.form.basics.isEnabled() and not window.follow_up.form.isEnabled()
    assert not window.indicators.form.findChildren(QGroupBox)[0].isEnabled()
    before = _top_goals(window)
    goal = node_rows.read_tree(plan, "goals").rows[0]
    window.goals._run(_rename(window, goal.id))  # what renaming in the tree or the form runs
    assert _top_goals(window) == before
    assert "2026 är stängt" in window.statusBar().currentMessage()
    window.document.undo_stack.undo()  # closing is one step: undo opens the year again
    assert not plan_years(plan)[0].closed and not window.year_banner.isVisible()
    window.document.undo_stack.redo()
    assert plan_years(plan)[0].closed and window.year_banner.isVisible()
    answer_next_message_box(QMessageBox.StandardButton.Yes, seen)
    window.year_banner.linkActivated.emit("reopen")
    assert not plan_years(plan)[0].closed
    assert window.actions["edit.rename"].isEnabled() and not window.year_banner.isVisible()
    assert window.goals.form.basics.isEnabled() and window.follow_up.form.isEnabled()


def _rename(window, node_id):
    from styrapp.ui import commands

    return commands.UpdateNode("mål", node_id, title="Ett nytt namn")


def test_a_closed_year_refuses_a_change_from_any_page(qtbot, window):
    from styrapp.models.services import years

    plan = window.document.plan
    years.close_year(plan, 2026)
    try:
        from styrapp.models.services import risks

        risks.create_risk(plan, title="Ny risk", year=2026, likelihood=1, consequence=1)
    except YearClosed as refused:
        assert "2026" in refused.message
    else:
        raise AssertionError("a risk was added to a closed year")
