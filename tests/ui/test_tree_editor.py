"""The goal and uppdrag editors driven as a user would; the database is checked after each step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from sqlalchemy import select

from styrapp.models.queries.node_rows import read_tree
from styrapp.models.tables import Node, NodeLink, NodeSdg
from styrapp.ui import commands

from .helpers import answer_next_message_box, click_row, drag_and_drop, tree_shape, type_text


def node(plan, node_id):
    with plan.session() as session:
        return session.get(Node, node_id)


def goals_page(window, qtbot):
    window.show_page("goals")
    page = window.goals
    page.view.expandAll()
    qtbot.waitExposed(page.view)
    return page


def test_add_beneath_with_insert_then_type_the_name(window, qtbot):
    page = goals_page(window, qtbot)
    plan = window.document.plan
    goal = page.model.node_children(None)[0]
    before = len(page.model.node_children(goal))
    click_row(qtbot, page, goal)
    qtbot.keyClick(page.view, Qt.Key.Key_Insert)
    new_id = page.view.current_id()
    assert node(plan, new_id).parent_id == goal
    assert node(plan, new_id).title == "Aktivitet"  # the level's name, ready to be typed over
    assert len(page.model.node_children(goal)) == before + 1
    editor = page.view.viewport().findChild(QLineEdit)
    editor.selectAll()
    type_text(qtbot, editor, "Ny kundenkät för avfall")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits on the next turn of the event loop
    assert node(plan, new_id).title == "Ny kundenkät för avfall"
    assert window.actions["edit.undo"].text() == "Ångra Byt namn på aktivitet"
    window.actions["edit.undo"].trigger()
    window.actions["edit.undo"].trigger()
    assert node(plan, new_id) is None
    window.actions["edit.redo"].trigger()
    assert node(plan, new_id).title == "Aktivitet"  # the same id comes back


def test_nothing_may_be_added_beneath_an_activity(window, qtbot):
    page = goals_page(window, qtbot)
    plan = window.document.plan
    activity = page.model.node_children(page.model.node_children(None)[0])[0]
    count = len(read_tree(plan, "goals").rows)
    click_row(qtbot, page, activity)
    qtbot.keyClick(page.view, Qt.Key.Key_Insert)
    assert len(read_tree(plan, "goals").rows) == count
    assert "tillåter inget under" in window.statusBar().currentMessage()


def test_rename_with_f2_and_undo_restores(window, qtbot):
    page = goals_page(window, qtbot)
    plan = window.document.plan
    goal = page.model.node_children(None)[2]
    old = node(plan, goal).title
    click_row(qtbot, page, goal)
    qtbot.keyClick(page.view, Qt.Key.Key_F2)
    editor = page.view.viewport().findChild(QLineEdit)
    editor.selectAll()
    type_text(qtbot, editor, "NVK är en attraktiv och trygg arbetsgivare.")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits on the next turn of the event loop
    assert node(plan, goal).title == "NVK är en attraktiv och trygg arbetsgivare."
    assert page.model.row_data(goal).title == "NVK är en attraktiv och trygg arbetsgivare."
    assert window.actions["edit.undo"].text() == "Ångra Byt namn på övergripande mål"
    window.actions["edit.undo"].trigger()
    assert node(plan, goal).title == old
    assert page.model.row_data(goal).title == old


def test_an_empty_name_is_refused_and_nothing_changes(window, qtbot):
    page = goals_page(window, qtbot)
    plan = window.document.plan
    goal = page.model.node_children(None)[1]
    old = node(plan, goal).title
    click_row(qtbot, page, goal)
    qtbot.keyClick(page.view, Qt.Key.Key_F2)
    editor = page.view.viewport().findChild(QLineEdit)
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits on the next turn of the event loop
    assert node(plan, goal).title == old
    assert "får inte vara tom" in window.statusBar().currentMessage()
    assert not window.document.undo_stack.canUndo()


def test_drag_an_activity_to_another_goal_and_undo(window, qtbot):
    page = goals_page(window, qtbot)
    plan = window.document.plan
    goals = page.model.node_children(None)
    activity = page.model.node_children(goals[0])[0]
    before = tree_shape(plan, "goals")
    drag_and_drop(page, activity, goals[3])
    assert node(plan, activity).parent_id == goals[3]
    assert activity in page.model.node_children(goals[3])
    assert window.actions["edit.undo"].text() == "Ångra Flytta aktivitet"
    window.actions["edit.undo"].trigger()
    assert tree_shape(plan, "goals") == before
    assert [page.model.node_children(g) for g in goals] == [
        [r[0] for r in before if r[1] == g] for g in goals]
    window.actions["edit.redo"].trigger()
    assert node(plan, activity).parent_id == goals[3]


def test_drop_that_the_styrmodell_forbids_is_refused_with_a_reason(window, qtbot):
    page = goals_page(window, qtbot)
    plan = window.document.plan
    goals = page.model.node_children(None)
    activity = page.model.node_children(goals[1])[0]
    before = tree_shape(plan, "goals")
    drag_and_drop(page, goals[0], activity)  # a goal under an activity
    assert tree_shape(plan, "goals") == before
    assert "Styrmodellen tillåter inte" in window.statusBar().currentMessage()
    drag_and_drop(page, goals[0], page.model.node_children(goals[0])[0])  # under its own child
    assert tree_shape(plan, "goals") == before
    assert "under sig själv" in window.statusBar().currentMessage()


def test_ctrl_up_and_down_reorder_siblings(window, qtbot):
    page = goals_page(window, qtbot)
    plan = window.document.plan
    goals = page.model.node_children(None)
    click_row(qtbot, page, goals[4])
    qtbot.keyClick(page.view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert [r[0] for r in tree_shape(plan, "goals") if r[1] is None] == [*goals[:3], goals[4], goals[3]]
    assert page.view.current_id() == goals[4]
    qtbot.keyClick(page.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert [r[0] for r in tree_shape(plan, "goals") if r[1] is None] == goals


def test_delete_says_what_goes_with_it_and_undo_brings_everything_back(window, qtbot):
    page = goals_page(window, qtbot)
    plan = window.document.plan
    goal = page.model.node_children(None)[0]
    children = page.model.node_children(goal)
    with plan.session() as session:
        sdgs = sorted(session.execute(select(NodeSdg.sdg).where(NodeSdg.node_id == goal)).scalars())
    before = tree_shape(plan, "goals")
    click_row(qtbot, page, goal)
    seen: list[str] = []
    answer_next_message_box(QMessageBox.StandardButton.Cancel, seen)
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert "tillsammans med 2 aktiviteter" in seen[0]
    assert tree_shape(plan, "goals") == before  # cancelled: nothing happened
    answer_next_message_box(QMessageBox.StandardButton.Yes, seen)
    click_row(qtbot, page, goal)
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert len(seen) == 2, seen
    assert node(plan, goal) is None and all(node(plan, c) is None for c in children)
    assert goal not in page.model.ids()
    window.actions["edit.undo"].trigger()
    assert tree_shape(plan, "goals") == before
    with plan.session() as session:
        assert sorted(session.execute(select(NodeSdg.sdg).where(NodeSdg.node_id == goal)).scalars()) == sdgs


def test_cut_and_paste_moves_copy_and_paste_duplicates(window, qtbot):
    page = goals_page(window, qtbot)
    plan = window.document.plan
    goals = page.model.node_children(None)
    activity = page.model.node_children(goals[0])[0]
    click_row(qtbot, page, activity)
    qtbot.keyClick(page.view, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    click_row(qtbot, page, goals[2])
    qtbot.keyClick(page.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert node(plan, activity).parent_id == goals[2]
    count = len(read_tree(plan, "goals").rows)
    click_row(qtbot, page, activity)
    qtbot.keyClick(page.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    click_row(qtbot, page, goals[4])
    qtbot.keyClick(page.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    rows = read_tree(plan, "goals").rows
    assert len(rows) == count + 1
    copy = page.view.current_id()
    assert copy != activity and node(plan, copy).parent_id == goals[4]
    assert node(plan, copy).title == node(plan, activity).title


def test_the_detail_form_edits_fields_links_and_agenda_2030(window, qtbot):
    window.show_page("assignments")
    page = window.assignments
    plan = window.document.plan
    assignment = page.model.node_children(None)[2]
    click_row(qtbot, page, assignment)
    form = page.form
    form.responsible.setFocus()
    form.responsible.selectAll()
    type_text(qtbot, form.responsible, "HR-chef")
    qtbot.keyClick(form.responsible, Qt.Key.Key_Return)
    assert node(plan, assignment).responsible == "HR-chef"
    # Serve one more goal: tick it in the list.
    goals = window.goals.model.children_of(None)
    for i in range(form.links.count()):
        if form.links.item(i).data(Qt.ItemDataRole.UserRole) == goals[0]:
            form.links.item(i).setCheckState(Qt.CheckState.Checked)
    with plan.session() as session:
        served = set(session.execute(select(NodeLink.target_id).where(NodeLink.source_id == assignment)).scalars())
    assert goals[0] in served and goals[2] in served
    form.sdgs.item(2).setCheckState(Qt.CheckState.Checked)  # 3. God hälsa
    with plan.session() as session:
        assert 3 in set(session.execute(select(NodeSdg.sdg).where(NodeSdg.node_id == assignment)).scalars())
    window.actions["edit.undo"].trigger()
    window.actions["edit.undo"].trigger()
    window.actions["edit.undo"].trigger()
    with plan.session() as session:
        served = set(session.execute(select(NodeLink.target_id).where(NodeLink.source_id == assignment)).scalars())
    assert served == {goals[2]}
    assert node(plan, assignment).responsible == "HR-strateg"


def test_a_due_date_before_the_start_is_refused_in_the_form(window, qtbot):
    window.show_page("assignments")
    page = window.assignments
    plan = window.document.plan
    assignment = page.model.node_children(None)[0]
    click_row(qtbot, page, assignment)
    page.form.due.edit.setDate(page.form.due.edit.date().addYears(-2))
    page.form.due.edit.editingFinished.emit()
    assert "ligger före startdatum" in window.statusBar().currentMessage()
    assert str(node(plan, assignment).due) == "2026-11-30"
    assert page.form.due.value().isoformat() == "2026-11-30"  # the form shows what is stored


def test_filter_shows_matches_with_their_ancestors(window, qtbot):
    page = goals_page(window, qtbot)
    page.view.collapseAll()
    second = page.model.node_children(None)[1]
    page.view.expand(page.view.view_index(second))
    type_text(qtbot, page.search, "kundunders")
    proxy = page.view.model()
    assert proxy.rowCount() == 1
    goal = proxy.index(0, 0)
    assert proxy.rowCount(goal) == 1
    assert "kundundersökning" in proxy.index(0, 0, goal).data()
    page.search.clear()
    assert page.view.model() is page.model  # no proxy in the way while not searching
    assert page.view.expanded_ids() == {second}  # what was open before the search is open again


def test_expanded_branches_and_undo_survive_edits_and_page_switches(window, qtbot):
    page = goals_page(window, qtbot)
    page.view.collapseAll()
    goals = page.model.node_children(None)
    page.view.expand(page.view.view_index(goals[1]))
    drag_and_drop(page, page.model.node_children(goals[0])[0], goals[1])
    assert page.view.expanded_ids() == {goals[1]}
    window.show_page("indicators")
    window.show_page("overview")
    window.show_page("goals")
    assert window.actions["edit.undo"].text() == "Ångra Flytta aktivitet"
    window.actions["edit.undo"].trigger()
    assert page.view.expanded_ids() == {goals[1]}


def test_drag_above_a_sibling_reorders_up_and_down(window, qtbot):
    page = goals_page(window, qtbot)
    page.view.collapseAll()
    plan = window.document.plan
    g = page.model.node_children(None)
    drag_and_drop(page, g[4], g[1], where="above")
    assert [r[0] for r in tree_shape(plan, "goals") if r[1] is None] == [g[0], g[4], g[1], g[2], g[3]]
    drag_and_drop(page, g[0], g[3], where="above")  # downwards: lands just above g[3]
    assert [r[0] for r in tree_shape(plan, "goals") if r[1] is None] == [g[4], g[1], g[2], g[0], g[3]]
    assert page.model.node_children(None) == [g[4], g[1], g[2], g[0], g[3]]


def test_copy_in_one_plan_and_paste_in_another_pastes_what_was_copied(window, qtbot, tmp_path):
    """Not the other plan's node that has the same integer id: the clipboard holds the nodes' data."""
    from PySide6.QtGui import QGuiApplication

    from tests.conftest import make_plan

    page = goals_page(window, qtbot)
    demo = window.document.plan
    goal = page.model.node_children(None)[0]
    window.document.run(commands.UpdateNode("mål", goal, title="Ett mål bara demoplanen har"))
    copied = [r.title for r in read_tree(demo, "goals").rows if r.id == goal or r.parent_id == goal]
    assert len(copied) > 1
    click_row(qtbot, page, goal)
    qtbot.keyClick(page.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text().splitlines()[0] == copied[0]  # plain text for other programs

    other_path = make_plan(tmp_path / "annan.styrplan", "nvk")
    window.open_plan_file(other_path)
    page = goals_page(window, qtbot)
    qtbot.waitUntil(page.view.isVisible)  # the new plan's tree is shown on the next turn of the event loop
    other = window.document.plan
    before = read_tree(other, "goals").rows
    same_id = next(r.title for r in before if r.id == goal)
    assert same_id != copied[0]
    click_row(qtbot, page, page.model.node_children(None)[-1])
    qtbot.keyClick(page.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    after = read_tree(other, "goals").rows
    assert len(after) == len(before) + len(copied)
    assert sorted(r.title for r in after) == sorted([r.title for r in before] + copied)
    assert [r.title for r in after].count(same_id) == 1
    pasted = page.view.current_id()
    assert node(other, pasted).title == copied[0] and node(other, pasted).parent_id is None
    window.actions["edit.undo"].trigger()
    assert read_tree(other, "goals").rows == before
    window.actions["edit.redo"].trigger()
    assert len(read_tree(other, "goals").rows) == len(after)


def test_a_paste_the_other_styrmodell_refuses_says_why_and_writes_nothing(window, qtbot, tmp_path):
    from tests.conftest import make_plan

    page = goals_page(window, qtbot)
    click_row(qtbot, page, page.model.node_children(None)[0])
    qtbot.keyClick(page.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    window.open_plan_file(make_plan(tmp_path / "norsjo.styrplan", "norsjo"))
    page = goals_page(window, qtbot)
    qtbot.waitUntil(page.view.isVisible)
    before = read_tree(window.document.plan, "goals").rows
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert read_tree(window.document.plan, "goals").rows == before
    assert "ingen nivå som heter" in window.statusBar().currentMessage()
