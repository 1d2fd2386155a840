"""Arkiv → Hämta mål från uppdragsgivarens plan…: choose KF's plan, map its levels, tick the differences,
fetch as one undo step; a fetched goal reads as uppdragsgivarens mål in the goal tree's form."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import select

from styrapp.models.file.plan_file import open_plan
from styrapp.models.services import nodes
from styrapp.models.tables import Node, NodeSource
from styrapp.ui.commissioner_dialog import CommissionerDialog
from tests.commissioner_plans import make_kf_plan, make_namnd_plan


@pytest.fixture
def plans(tmp_path):
    source = tmp_path / "kf.styrplan"
    return source, make_kf_plan(source), make_namnd_plan(tmp_path / "ktn.styrplan")


@pytest.fixture
def namnd_window(qtbot, swedish, plans):
    from tests.ui.conftest import open_window

    win = open_window(qtbot, plans[2])
    yield win
    win.close()


def fetched(plan) -> dict[str, NodeSource]:
    with plan.session() as session:
        return {n.title: s for n, s in session.execute(
            select(Node, NodeSource).join(NodeSource, NodeSource.node_id == Node.id)).all()}


def open_dialog(window, qtbot, source, monkeypatch) -> CommissionerDialog:
    """The dialog as a person opens it: the file chosen with Välj…."""
    dialog = CommissionerDialog(window.document, window)
    qtbot.addWidget(dialog)
    dialog.show()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    choose = next(b for b in dialog.findChildren(type(dialog.fetch)) if b.text() == dialog.tr("Choose…"))
    qtbot.mouseClick(choose, Qt.MouseButton.LeftButton)
    return dialog


def rows(dialog) -> dict[str, int]:
    """Row by the text in its "in the commissioner's plan" or "here now" column."""
    return {dialog.model.item(r, 3).text().split("\n")[0] if dialog.model.item(r, 0).text() != dialog.tr("Removed there")
            else dialog.model.item(r, 2).text(): r for r in range(dialog.model.rowCount())}


def test_the_file_menu_opens_the_dialog(namnd_window, monkeypatch):
    opened = []
    monkeypatch.setattr(CommissionerDialog, "exec", lambda self: opened.append(self.windowTitle()))
    action = namnd_window.actions["file.fetch_goals"]
    file_menu = namnd_window.menuBar().actions()[0].menu()
    assert action in file_menu.actions() and action.isEnabled()
    action.trigger()
    assert action.text() == "&Hämta mål från uppdragsgivarens plan…"
    assert opened == ["Hämta mål från uppdragsgivarens plan"]


def test_fetch_some_as_one_undo_step_then_the_changes(namnd_window, qtbot, plans, monkeypatch, tmp_path):
    source, ids, _ = plans
    plan = namnd_window.document.plan
    dialog = open_dialog(namnd_window, qtbot, source, monkeypatch)
    assert "Askersunds kommun" in dialog.about.text() and "Mål och budget 2027" in dialog.about.text()
    assert {name: combo.currentText() for name, combo in dialog.level_combos.items()} == {
        "Målområde": "Målområde", "Strategiskt mål": "Strategiskt mål", "Målprecisering": "Målprecisering",
        "Uppdrag": "Uppdrag"}
    assert dialog.model.rowCount() == 13
    for shot, size in (("1366", (1366, 768)), ("1280", (1280, 720))):
        dialog.resize(*size)
        dialog.grab().save(str(tmp_path / f"commissioner-{shot}.png"))
    dialog.model.item(rows(dialog)["Precisering"], 0).setCheckState(Qt.CheckState.Unchecked)
    qtbot.mouseClick(dialog.fetch, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert len(fetched(plan)) == 12 and "Precisering" not in fetched(plan)
    stack = namnd_window.document.undo_stack
    stack.undo()
    assert fetched(plan) == {}
    stack.redo()
    assert len(fetched(plan)) == 12

    # the goal tree's form: a fetched goal is the commissioner's, its title theirs
    page = namnd_window.goals
    namnd_window.show_page("goals")
    with plan.session() as session:
        goal_id = session.execute(select(Node.id).where(Node.title == "Livskvalitet mål 1")).scalar()
    page.select_node(goal_id)
    qtbot.waitUntil(lambda: page.form.node_id == goal_id)
    assert page.form.title.isReadOnly() and page.form.description.isReadOnly()
    assert page.form.source_note.isVisible() and "Askersunds kommun, Mål och budget 2027" in page.form.source_note.text()
    namnd_window.grab().save(str(tmp_path / "commissioner-form.png"))

    # at the source: a rename and a removal; fetched again, only the rename is taken
    with open_plan(source) as kf:
        nodes.update_node(kf, ids["Livskvalitet mål 2"], title="Livskvalitet mål två")
        nodes.delete_node(kf, ids["Hållbar tillväxt mål 2"])
    dialog = open_dialog(namnd_window, qtbot, source, monkeypatch)
    found = rows(dialog)
    assert set(found) == {"Livskvalitet mål två", "Hållbar tillväxt mål 2", "Precisering"}
    changed = found["Livskvalitet mål två"]
    assert dialog.model.item(changed, 2).text() == "Livskvalitet mål 2"  # side by side: before → after
    for title in ("Hållbar tillväxt mål 2", "Precisering"):
        dialog.model.item(found[title], 0).setCheckState(Qt.CheckState.Unchecked)
    qtbot.mouseClick(dialog.fetch, Qt.MouseButton.LeftButton)
    after = fetched(plan)
    assert "Livskvalitet mål två" in after and not after["Hållbar tillväxt mål 2"].removed


def test_a_mapping_the_styrmodell_forbids_is_refused_in_the_dialog(namnd_window, qtbot, plans, monkeypatch):
    source = plans[0]
    plan = namnd_window.document.plan
    dialog = open_dialog(namnd_window, qtbot, source, monkeypatch)
    combo = dialog.level_combos["Strategiskt mål"]
    combo.setCurrentIndex(combo.findData("Målområde"))
    qtbot.mouseClick(dialog.fetch, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "Livskvalitet mål 1" in dialog.refusal.text()
    assert fetched(plan) == {} and namnd_window.document.undo_stack.count() == 0
    dialog.reject()


def test_a_bad_file_is_named_in_the_dialog(namnd_window, qtbot, tmp_path, monkeypatch):
    junk = tmp_path / "junk.styrplan"
    junk.write_bytes(b"no database" * 300)
    dialog = open_dialog(namnd_window, qtbot, junk, monkeypatch)
    assert "junk.styrplan" in dialog.refusal.text() and not dialog.fetch.isEnabled()
    assert dialog.model.rowCount() == 0
    dialog.reject()


def test_another_kind_of_organisation_is_mapped_in_the_combos(qtbot, swedish, plans, tmp_path, monkeypatch):
    from styrapp.ui.main_window import MainWindow

    source = plans[0]
    target = make_namnd_plan(tmp_path / "nvk.styrplan", "Norra Västmanlands Kommunalteknikförbund", "nvk")
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    win.open_plan_file(target)
    qtbot.waitUntil(lambda: win.document is not None and win.overview.title.text() != "")
    dialog = open_dialog(win, qtbot, source, monkeypatch)
    assert "Askersunds kommun" in dialog.about.text().split("\n")[-1]  # another kind: check the levels
    combos = dialog.level_combos
    assert combos["Målområde"].currentData() == "Övergripande mål"  # by depth among the goal levels
    assert combos["Strategiskt mål"].currentData() == "-"  # nothing at that depth here: left out
    assert [combos["Målområde"].itemData(i) for i in range(combos["Målområde"].count())] == ["-", "Övergripande mål"]
    qtbot.mouseClick(dialog.fetch, Qt.MouseButton.LeftButton)
    assert sorted(s.level for s in fetched(win.document.plan).values()) == ["Målområde"] * 7
    win.close()
