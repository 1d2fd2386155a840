"""Every item model passes Qt's model tester, also while the tree under it changes."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import QModelIndex, Qt

from styrapp.models.changes import Kind
from styrapp.models.queries import levels as level_queries
from styrapp.models.queries import units
from styrapp.models.queries.node_rows import read_tree
from styrapp.models.services import nodes
from styrapp.ui.pages.table_pages import indicators_page
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
    levels = {lv.key: lv.id for lv in level_queries.levels(plan)}
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


@pytest.mark.parametrize("make", [indicators_page])
def test_record_table_models(qtbot, qtmodeltester, demo, make):
    page = make()
    qtbot.addWidget(page)
    page.show_plan(demo)
    qtmodeltester.check(page.model, force_py=True)
    assert page.model.rowCount() > 0


def _shape(model, parent=None, out=None):
    """Every row as the model shows it, depth first: (parent, id, row data)."""
    out = [] if out is None else out
    for ident in model.children_of(parent):
        out.append((parent, ident, model.row_data(ident)))
        _shape(model, ident, out)
    return out


@pytest.mark.parametrize("seed", range(6))
def test_a_tree_read_again_only_where_an_edit_touched_it_equals_a_full_read(qtmodeltester, demo, seed):
    """The goal tree kept in step by each edit's Changes (a few rows read again) shows exactly what a
    tree read whole shows, after moves across målområden (colours), renames, copies, deletes, new nodes,
    indicator links and follow-ups, and after the undo of each."""
    import random

    from styrapp.models.errors import DomainError
    from styrapp.models.queries.follow_up_rows import periods
    from styrapp.models.queries.levels import levels
    from styrapp.models.queries.node_rows import read_tree, read_tree_part
    from styrapp.models.services import calendar, indicators, nodes
    from styrapp.views.node_tree_model import NodeTreeModel

    def full():
        return read_tree(demo, "goals").rows

    whole_reads = []
    part = NodeTreeModel("goals", lambda: whole_reads.append(1) or full(),
                         read_part=lambda ids, parents: read_tree_part(demo, "goals", ids, parents))
    whole = NodeTreeModel("goals", full)
    qtmodeltester.check(part, force_py=True)
    rng = random.Random(seed)
    goal_levels = [lv.id for lv in levels(demo) if lv.tree == "goals"]
    period = periods(demo)[0].id
    for step in range(25):
        ids = [r.id for r in full()]
        node = rng.choice(ids)
        with demo.recording() as edit:
            try:
                what = rng.choice(("move", "move", "rename", "copy", "delete", "new", "link", "follow", "colour"))
                if what == "move":
                    nodes.move_node(demo, node, rng.choice([None, *ids]), rng.randrange(0, 4))
                elif what == "rename":
                    nodes.update_node(demo, node, title=f"Namn {step}")
                elif what == "copy":
                    nodes.duplicate_node(demo, node, rng.choice([None, *ids]), 0)
                elif what == "delete" and len(ids) > 4:
                    nodes.delete_node(demo, node)
                elif what == "new":
                    nodes.create_node(demo, level_id=rng.choice(goal_levels), parent_id=rng.choice([None, *ids]),
                                      index=0, title=f"Nytt {step}")
                elif what == "link":
                    indicators.link_indicator(demo, indicators.create_indicator(demo, name=f"I {step}"), node)
                elif what == "follow":
                    calendar.set_follow_up(demo, node, period, status=rng.choice(("green", "red")))
                else:
                    nodes.update_node(demo, node, colour=rng.choice(("#112233", None)))
            except DomainError:
                pass
        part.sync(set(edit.changes.ids(Kind.NODE) or ()))
        whole.sync()
        assert _shape(part) == _shape(whole), (seed, step, what)
        if rng.random() < 0.3:  # and its undo
            redo = demo.revert(edit)
            part.sync(set(redo.changes.ids(Kind.NODE) or ()))
            whole.sync()
            assert _shape(part) == _shape(whole), (seed, step, what, "undone")
    assert whole_reads == [1]  # read whole once, when it was made; every edit after only in part
