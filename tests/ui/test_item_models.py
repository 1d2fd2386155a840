"""Every item model passes Qt's model tester, also while the tree under it changes."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import QModelIndex, Qt

from styrapp.models.queries import units
from styrapp.models.queries.node_rows import read_tree
from styrapp.models.services import levels as level_service
from styrapp.models.services import nodes
from styrapp.ui.pages.table_pages import control_page, indicators_page
from styrapp.ui.styrmodell_dialog import read_levels
from styrapp.views.level_table_model import LevelTableModel
from styrapp.views.node_tree_model import NodeTreeModel
from styrapp.views.unit_tree_model import UnitTreeModel


def shown(model, parent=QModelIndex()) -> list[tuple[int, int | None]]:
    """(id, parent id) of every row the model shows, depth first."""
    out = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        out.append((model.id_of(index), model.id_of(parent)))
        out += shown(model, index)
    return out


@pytest.mark.parametrize("tree", ["goals", "assignments"])
def test_node_tree_model_passes_the_model_tester(qtmodeltester, demo, tree):
    model = NodeTreeModel(tree, lambda: read_tree(demo, tree).rows)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == (5 if tree == "goals" else 3)
    first = model.index(0, 0)
    assert model.data(first, Qt.ItemDataRole.DecorationRole).name().upper() in ("#1F5F8B", "#8E5B9A")


@pytest.mark.parametrize("seed", [7, 11, 23])
def test_sync_follows_random_edits_with_precise_signals(qtmodeltester, norrtalje, seed):
    """Moves, inserts and deletes made behind the model's back: after sync() it shows the stored tree."""
    plan = norrtalje
    model = NodeTreeModel("goals", lambda: read_tree(plan, "goals").rows)
    qtmodeltester.check(model, force_py=True)  # keeps checking every signal the model emits from now on
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    levels = {lv.key: lv.id for lv in level_service.levels(plan)}
    rng = random.Random(seed)
    roots = [nodes.create_node(plan, level_id=levels["focus_area"], title=f"Målområde {i}") for i in range(3)]
    model.sync()
    moves = []
    model.rowsMoved.connect(lambda *args: moves.append(args))
    for step in range(80):
        rows = read_tree(plan, "goals").rows
        direction = [r.id for r in rows if r.level_id == levels["direction_goal"]]
        action = rng.choice(["add", "add", "add_deep", "move", "move", "reorder", "delete", "rename"])
        if action == "add" or not direction:
            nodes.create_node(plan, level_id=levels["direction_goal"], parent_id=rng.choice(roots),
                              title=f"Mål {step}", index=rng.randint(0, 3))
        elif action == "add_deep":
            nodes.create_node(plan, level_id=levels["result_goal"], parent_id=rng.choice(direction), title=f"R {step}")
        elif action == "move":
            moves.clear()
            nodes.move_node(plan, rng.choice(direction), rng.choice(roots), rng.randint(0, 5))
            model.sync()
            assert len(moves) <= 1  # one move is one rowsMoved, never a shuffle of the siblings
        elif action == "reorder":
            moves.clear()
            if rng.random() < 0.5:
                nodes.move_node(plan, rng.choice(roots), None, rng.randint(0, 2))
            else:
                node = rng.choice(direction)
                parent = next(r.parent_id for r in rows if r.id == node)
                nodes.move_node(plan, node, parent, rng.randint(0, 6))
            model.sync()
            assert len(moves) <= 1
        elif action == "delete":
            candidates = [r for r in rows if r.parent_id is not None and rng.random() < 0.5]
            if candidates:
                nodes.delete_node(plan, rng.choice(candidates).id)
        else:
            node = rng.choice(rows)
            nodes.rename_node(plan, node.id, f"{node.title}!")
        model.sync()
        expected = [(r.id, r.parent_id) for r in read_tree(plan, "goals").rows]
        assert shown(model) == expected
    assert resets == []  # never a reset: the view keeps its expanded branches and selection


def test_unit_tree_model(qtmodeltester, demo):
    model = UnitTreeModel(lambda: units.unit_rows(demo))
    qtmodeltester.check(model, force_py=True)
    assert model.index(0, 0).data() == "Förbundsdirektionen"


def test_level_table_model(qtmodeltester, norrtalje):
    model = LevelTableModel(lambda: read_levels(norrtalje))
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 6


@pytest.mark.parametrize("make", [indicators_page, control_page])
def test_record_table_models(qtbot, qtmodeltester, demo, make):
    page = make()
    qtbot.addWidget(page)
    page.show_plan(demo)
    qtmodeltester.check(page.model, force_py=True)
    assert page.model.rowCount() > 0
