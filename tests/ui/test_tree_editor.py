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
    assert "måste fyllas i" in window.statusBar().currentMessage()
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


# --- indicators in the goal tree and in a node's form ---------------------------------------------------


def indicator_links(plan):
    from styrapp.models.tables import IndicatorNode

    with plan.session() as session:
        return sorted(tuple(r) for r in session.execute(select(IndicatorNode.indicator_id, IndicatorNode.node_id)).all())


def indicator_id(plan, name):
    from styrapp.models.tables import Indicator

    with plan.session() as session:
        return session.execute(select(Indicator.id).where(Indicator.name == name)).scalar_one_or_none()


def indicator_rows_under(page, goal):
    model = page.model
    return [model.row_data(i).title for i in model.children_of(goal) if model.is_indicator_row(i)]


def test_the_goal_tree_shows_each_goals_indicators_beneath_it_by_the_organisations_word(window, qtbot):
    page = goals_page(window, qtbot)
    goal = page.model.node_children(None)[2]  # NVK är en attraktiv arbetsgivare.
    assert indicator_rows_under(page, goal) == ["Hållbart medarbetarengagemang (HME)", "Sjukfrånvaro"]
    kids = page.model.children_of(goal)
    assert kids[:2] == page.model.node_children(goal)  # the goal's own children first, then its indicators
    row = page.model.index_of(kids[-1])
    assert row.data() == "Sjukfrånvaro"
    assert row.data(Qt.ItemDataRole.ToolTipRole) == "Nyckeltal: Sjukfrånvaro"  # NVK calls them nyckeltal
    assert not row.flags() & Qt.ItemFlag.ItemIsEditable and not row.flags() & Qt.ItemFlag.ItemIsDragEnabled
    assert page.view.isColumnHidden(page.model.INDICATORS) is False
    assert not [i for i in window.assignments.model.ids() if window.assignments.model.is_indicator_row(i)]


def test_link_from_a_goals_form_shows_it_in_the_tree_at_once_and_undo(window, qtbot):
    page = goals_page(window, qtbot)
    plan = window.document.plan
    goal = page.model.node_children(None)[0]
    click_row(qtbot, page, goal)
    before = indicator_links(plan)
    form = page.form
    assert form.indicator_box.title() == "Nyckeltal" and form.indicator_box.isVisible()
    shown = [form.indicators.item(i).text() for i in range(form.indicators.count())]
    assert shown == ["Nöjd kund-index, vatten och avlopp", "Invånare i Fagersta", "Invånare i Norberg"]
    assert form.indicator_choice.findText("Sjukfrånvaro") >= 0 and form.indicator_choice.findText("Invånare i Norberg") < 0
    form.indicator_choice.setCurrentIndex(form.indicator_choice.findText("Sjukfrånvaro"))
    qtbot.mouseClick(form.link_indicator, Qt.MouseButton.LeftButton)
    sick = indicator_id(plan, "Sjukfrånvaro")
    assert indicator_links(plan) == sorted([*before, (sick, goal)])
    assert indicator_rows_under(page, goal)[-1] == "Sjukfrånvaro"
    assert window.actions["edit.undo"].text().startswith("Ångra Koppla indikatorer till NVK har nöjda kunder")
    # … and away again from the form
    form.indicators.setCurrentRow(3)
    qtbot.mouseClick(form.unlink_indicator, Qt.MouseButton.LeftButton)
    assert indicator_links(plan) == before and "Sjukfrånvaro" not in indicator_rows_under(page, goal)
    window.actions["edit.undo"].trigger()
    assert indicator_rows_under(page, goal)[-1] == "Sjukfrånvaro"
    window.actions["edit.undo"].trigger()
    assert indicator_links(plan) == before
    assert indicator_rows_under(page, goal) == ["Nöjd kund-index, vatten och avlopp", "Invånare i Fagersta",
                                                "Invånare i Norberg"]


def test_drag_an_indicator_from_the_indicators_table_onto_an_uppdrag_and_undo(window, qtbot):
    """As a person does it: hold the dragged row over Uppdrag in the side bar, which opens; drop it on
    the uppdrag."""
    import warnings

    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent

    window.show_page("indicators")
    indicators = window.indicators
    plan = window.document.plan
    before = indicator_links(plan)
    sick = indicator_id(plan, "Sjukfrånvaro")
    indicators.select_indicator(sick)
    table = indicators.table_page.table
    mime = table.model().mimeData([table.currentIndex()])
    action, buttons, mods = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier

    def drag_over(widget, point, drop=False):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            QApplication.sendEvent(widget, QDragEnterEvent(point, action, mime, buttons, mods))
            QApplication.sendEvent(widget, QDragMoveEvent(point, action, mime, buttons, mods))
        if drop:
            QApplication.sendEvent(widget, QDropEvent(point.toPointF(), action, mime, buttons, mods))

    sidebar = window.sidebar
    row = window.page_keys.index("assignments")
    drag_over(sidebar.viewport(), sidebar.visualItemRect(sidebar.item(row)).center())
    assert window.current_page() is window.assignments
    page = window.assignments
    page.view.expandAll()
    qtbot.waitExposed(page.view)
    uppdrag = page.model.node_children(None)[2]  # Minska sjukfrånvaron …
    rect = page.view.visualRect(page.view.view_index(uppdrag))
    drag_over(page.view.viewport(), rect.center(), drop=True)
    assert indicator_links(plan) == sorted([*before, (sick, uppdrag)])
    assert node(plan, uppdrag).title.startswith("Minska sjukfrånvaron")
    assert tree_shape(plan, "assignments") and window.actions["edit.undo"].text().startswith("Ångra Koppla indikatorer till")
    # dropped between two rows it links nothing (nor moves anything)
    shape = tree_shape(plan, "assignments")
    drag_over(page.view.viewport(), QPoint(rect.center().x(), rect.top() + 1), drop=True)
    assert indicator_links(plan) == sorted([*before, (sick, uppdrag)]) and tree_shape(plan, "assignments") == shape
    window.actions["edit.undo"].trigger()
    assert indicator_links(plan) == before


def test_delete_on_an_indicator_row_takes_the_link_away_not_the_indicator(window, qtbot):
    page = goals_page(window, qtbot)
    plan = window.document.plan
    goal = page.model.node_children(None)[2]
    link_row = page.model.children_of(goal)[-1]
    click_row(qtbot, page, link_row)
    assert page.form.empty.isVisible()  # an indicator row has no node form
    before = indicator_links(plan)
    sick = indicator_id(plan, "Sjukfrånvaro")
    window.actions["edit.delete"].trigger()
    assert indicator_links(plan) == [link for link in before if link != (sick, goal)]
    assert indicator_id(plan, "Sjukfrånvaro") == sick  # the indicator stays, with its values
    assert page.view.current_id() == goal
    window.actions["edit.undo"].trigger()
    assert indicator_links(plan) == before
    assert indicator_rows_under(page, goal)[-1] == "Sjukfrånvaro"


def test_double_click_on_an_indicator_row_opens_it_on_the_indicators_page(window, qtbot):
    page = goals_page(window, qtbot)
    goal = page.model.node_children(None)[2]
    link_row = page.model.children_of(goal)[-1]
    click_row(qtbot, page, link_row)
    rect = page.view.visualRect(page.view.view_index(link_row))
    qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_page() is window.indicators
    assert window.indicators.selected().name == "Sjukfrånvaro"


def test_new_indicator_from_a_goals_form_is_linked_to_it_and_a_rename_shows_in_the_tree(window, qtbot):
    from styrapp.ui.indicator_dialogs import NewIndicatorDialog

    from .helpers import in_next_dialog

    page = goals_page(window, qtbot)
    plan = window.document.plan
    goal = page.model.node_children(None)[4]
    click_row(qtbot, page, goal)

    def act(dialog):
        assert dialog.goal.currentData() == goal  # the goal whose form it was opened from
        type_text(qtbot, dialog.name, "Laddpunkter vid arbetsplatserna")
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)

    in_next_dialog(NewIndicatorDialog, act)
    qtbot.mouseClick(page.form.create_indicator, Qt.MouseButton.LeftButton)
    ident = indicator_id(plan, "Laddpunkter vid arbetsplatserna")
    assert (ident, goal) in indicator_links(plan)
    assert indicator_rows_under(page, goal)[-1] == "Laddpunkter vid arbetsplatserna"
    window.show_indicator(ident)  # renamed in its form on Indikatorer: the goal tree follows
    name = window.indicators.form.name
    name.setFocus()
    name.selectAll()
    type_text(qtbot, name, "Laddplatser")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    assert indicator_id(plan, "Laddplatser") == ident
    window.show_page("goals")
    assert indicator_rows_under(page, goal)[-1] == "Laddplatser"
    window.actions["edit.undo"].trigger()
    window.actions["edit.undo"].trigger()
    assert indicator_id(plan, "Laddpunkter vid arbetsplatserna") is None
    assert "Laddpunkter vid arbetsplatserna" not in indicator_rows_under(page, goal)


def test_the_word_for_indicators_is_changed_in_the_styrmodell_and_the_goal_tree_follows(window, qtbot):
    from styrapp.ui.styrmodell_dialog import StyrmodellDialog

    from .helpers import in_next_dialog

    page = goals_page(window, qtbot)
    goal = page.model.node_children(None)[2]
    link_row = page.model.children_of(goal)[-1]
    assert page.model.row_data(link_row).level_name == "Nyckeltal"

    def rename(dialog):
        field = dialog.indicator_word
        assert field.text() == "Nyckeltal"
        field.setFocus()
        field.selectAll()
        type_text(qtbot, field, "KF indikator")
        qtbot.keyClick(field, Qt.Key.Key_Return)
        dialog.reject()

    in_next_dialog(StyrmodellDialog, rename)
    window.actions["plan.styrmodell"].trigger()
    assert page.model.row_data(link_row).level_name == "KF indikator"
    click_row(qtbot, page, goal)
    assert page.form.indicator_box.title() == "KF indikator"
    assert window.actions["edit.undo"].text() == "Ångra Kalla indikatorerna KF indikator"
    window.actions["edit.undo"].trigger()
    assert page.model.row_data(link_row).level_name == "Nyckeltal"
