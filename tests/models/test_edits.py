"""One undo contract: whatever an edit does — a rename, a delete with all that hangs on it, an import —
`PlanFile.recording()` records it and `revert` gives back exactly the plan that was, and the recorded
`Changes` say which kinds and ids it touched."""

from __future__ import annotations

import random
from datetime import date

import pytest
from sqlalchemy import func, select

from styrapp.exchange.importing import import_file
from styrapp.models.changes import Changes, Kind
from styrapp.models.errors import DomainError, InvalidValue
from styrapp.models.queries import units
from styrapp.models.queries.node_rows import read_tree
from styrapp.models.queries.wheel_rows import read_wheel
from styrapp.models.rules.measurements import MeasurementIn
from styrapp.models.services import indicators, nodes, organisation, wheel
from styrapp.models.tables import Node, WheelEvent
from tests.conftest import REALDATA, dump, holidays_in


def node_ids(plan) -> list[int]:
    with plan.session() as session:
        return list(session.execute(select(Node.id).order_by(Node.id)).scalars())


def test_a_delete_with_everything_beneath_it_comes_back_exactly(demo):
    before = dump(demo)
    goal = read_tree(demo, "goals").rows[0].id
    with demo.recording() as edit:
        nodes.delete_node(demo, goal)
    assert dump(demo) != before
    changes = edit.changes
    assert goal in changes.ids(Kind.NODE) and changes.touches(Kind.INDICATOR, Kind.FOLLOW_UP)
    redo = demo.revert(edit)
    assert dump(demo) == before
    assert redo.changes.ids(Kind.NODE) == changes.ids(Kind.NODE)
    again = demo.revert(redo)
    assert goal not in node_ids(demo)
    demo.revert(again)
    assert dump(demo) == before


def test_changes_name_the_ids_touched_and_only_those(demo):
    goal = read_tree(demo, "goals").rows[0].id
    with demo.recording() as edit:
        nodes.update_node(demo, goal, title="Nytt namn")
    assert edit.changes.by_kind == {Kind.NODE: frozenset({goal})}
    with demo.recording() as edit:
        nodes.update_node(demo, goal, title="Nytt namn")  # the same name again: nothing changed
    assert not edit and not edit.changes


def test_a_unit_deleted_touches_the_nodes_it_owned(demo):
    administration = units.unit_by_name(demo, "Förvaltningen")
    with demo.recording() as edit:
        organisation.delete_unit(demo, administration)
    owned = {r.id for r in read_tree(demo, "assignments").rows} | {r.id for r in read_tree(demo, "goals").rows}
    assert edit.changes.touches(Kind.UNIT) and edit.changes.ids(Kind.NODE) & owned


def test_a_refused_step_writes_nothing_of_the_steps_before_it(demo):
    before = dump(demo)
    goal = read_tree(demo, "goals").rows[0].id
    with pytest.raises(InvalidValue), demo.recording():
        nodes.update_node(demo, goal, title="Först ett nytt namn")
        nodes.update_node(demo, goal, title="   ")  # refused: a title may not be empty
    assert dump(demo) == before


def test_a_refusal_caught_inside_a_recording_takes_back_only_its_own_part(demo):
    goal, other = [r.id for r in read_tree(demo, "goals").rows][:2]
    with demo.recording() as edit:
        nodes.update_node(demo, goal, title="Behålls")
        with pytest.raises(InvalidValue), demo.transaction() as session:
            session.get(Node, other).title = "Tas tillbaka"
            session.flush()
            raise InvalidValue("refused half-way")
    titles = {r.id: r.title for r in read_tree(demo, "goals").rows}
    assert titles[goal] == "Behålls" and titles[other] != "Tas tillbaka"
    assert edit.changes.ids(Kind.NODE) == {goal}


def test_reads_inside_a_recording_see_what_it_wrote(demo):
    goal = read_tree(demo, "goals").rows[0].id
    with demo.recording():
        nodes.update_node(demo, goal, title="Sett inifrån")
        assert next(r.title for r in read_tree(demo, "goals").rows if r.id == goal) == "Sett inifrån"


def test_delete_a_node_add_another_undo_both_with_the_id_reused(norrtalje):
    plan = norrtalje
    level = next(lv.id for lv in __import__("styrapp.models.queries.levels", fromlist=["levels"]).levels(plan)
                 if lv.key == "focus_area")
    first = nodes.create_node(plan, level_id=level, title="Första")
    last = nodes.create_node(plan, level_id=level, title="Sista")
    before = dump(plan)
    with plan.recording() as deleted:
        nodes.delete_node(plan, last)
    with plan.recording() as added:
        new = nodes.create_node(plan, level_id=level, title="Ny")
    assert new == last  # SQLite hands out the freed id again
    plan.revert(added)
    plan.revert(deleted)
    assert dump(plan) == before
    assert [r.title for r in read_tree(plan, "goals").rows] == ["Första", "Sista"] and first


def test_values_come_back_to_the_last_bit(demo):
    ind = indicators.create_indicator(demo, name="Tredjedelar", unit="andel")
    awkward = [1 / 3, 0.1 + 0.2, 1e-300, 123456789.123456789, -0.0]
    indicators.add_measurements(demo, ind, [MeasurementIn(str(2000 + i), v) for i, v in enumerate(awkward)])
    before = dump(demo)
    with demo.recording() as edit:
        indicators.replace_measurements(demo, ind, [((str(2000 + i), "actual", "T"), None) for i in range(5)])
    demo.revert(edit)
    assert dump(demo) == before


def test_a_kolada_import_is_one_edit_that_reverts_exactly(demo):
    before = dump(demo)
    with demo.recording() as edit:
        report = import_file(demo, REALDATA / "kolada" / "fagersta_norberg_n01951_n00945.v2.json")
    assert report.added + report.replaced > 0
    assert edit.changes.touches(Kind.MEASUREMENT, Kind.INDICATOR)
    demo.revert(edit)
    assert dump(demo) == before


def test_an_excel_import_that_adds_and_replaces_reverts_exactly(demo, tmp_path):
    from openpyxl import load_workbook

    from styrapp.exchange.excel import export_xlsx

    book_path = export_xlsx(demo, tmp_path / "plan.xlsx")
    book = load_workbook(book_path)
    book["Mätvärden"]["G2"] = 4711  # a value changed
    book["Indikatorer"].append([None, "Ny indikator från Excel", "st"])  # and a new indicator
    book.save(book_path)
    before = dump(demo)
    with demo.recording() as edit:
        import_file(demo, book_path)
    assert edit.changes.touches(Kind.MEASUREMENT, Kind.INDICATOR)
    demo.revert(edit)
    assert dump(demo) == before


def test_delete_the_newest_event_import_a_calendar_that_makes_a_ring_undo(demo, tmp_path):
    before = dump(demo)
    with demo.session() as session:
        newest = session.execute(select(func.max(WheelEvent.id))).scalar_one()
    with demo.recording() as deleted:
        wheel.delete_events(demo, [newest])
    rings = {r.name for r in read_wheel(demo).rings}
    with demo.recording() as imported:
        import_file(demo, holidays_in(2026, tmp_path), ring="Möten från Outlook")
    assert "Möten från Outlook" in {r.name for r in read_wheel(demo).rings} - rings
    assert imported.changes.touches(Kind.RING, Kind.EVENT)
    redo_import = demo.revert(imported)
    assert {r.name for r in read_wheel(demo).rings} == rings
    redo_delete = demo.revert(deleted)
    assert dump(demo) == before
    demo.revert(demo.revert(redo_delete))  # redo and undo again: still the same plan
    demo.revert(redo_delete)
    demo.revert(redo_import)
    assert "Möten från Outlook" in {r.name for r in read_wheel(demo).rings}


def test_many_random_edits_undone_in_reverse_give_back_the_plan(demo):
    """Moves, renames, deletes, new nodes and events in a seeded mix; undoing them all is the plan again."""
    rng = random.Random(13)
    before = dump(demo)
    ring = read_wheel(demo).rings[0].id
    edits = []
    for step in range(40):
        ids = node_ids(demo)
        with demo.recording() as edit:
            what = rng.choice(("move", "rename", "delete", "event", "move"))
            node = rng.choice(ids)
            try:
                if what == "rename":
                    nodes.update_node(demo, node, title=f"Namn {step}")
                elif what == "delete" and len(ids) > 5:
                    nodes.delete_node(demo, node)
                elif what == "event":
                    wheel.create_event(demo, ring_id=ring, title=f"Möte {step}", start=date(2026, 1 + step % 12, 3))
                else:
                    siblings = [r.id for r in read_tree(demo, "goals").rows if r.parent_id is None]
                    nodes.move_node(demo, node, None if node in siblings else None, rng.randrange(0, 3))
            except DomainError:
                pass  # a move the styrmodell refuses: nothing written
        edits.append(edit)
    assert dump(demo) != before
    for edit in reversed(edits):
        demo.revert(edit)
    assert dump(demo) == before


def test_changes_combine_and_name_everything_when_unknown():
    a = Changes.of(Kind.NODE, [1, 2])
    b = Changes.of(Kind.NODE, [3]) | Changes.of(Kind.UNIT)
    both = a | b
    assert both.ids(Kind.NODE) == {1, 2, 3} and both.ids(Kind.UNIT) is None
    assert both.ids(Kind.RISK) == frozenset() and not both.touches(Kind.RISK)
    assert all(Changes.everything().touches(kind) for kind in Kind)
    assert not Changes()


def test_an_edit_that_can_no_longer_be_taken_back_is_refused_in_words_and_writes_nothing(demo):
    from styrapp.models.tables import Indicator

    goal = read_tree(demo, "goals").rows[0].id
    with demo.recording() as renamed:
        nodes.update_node(demo, goal, title="Omdöpt")
    ind = indicators.create_indicator(demo, name="Tillfällig")
    with demo.session() as session:
        taken = session.get(Indicator, ind).uuid
    with demo.recording() as deleted:
        with demo.transaction() as session:
            session.delete(session.get(Indicator, ind))
    with demo.transaction() as session:  # behind the undo stack's back: another takes its uuid
        session.add(Indicator(name="Annan", uuid=taken))
    before = dump(demo)
    with pytest.raises(DomainError) as refused:
        demo.revert(deleted)
    assert "går inte att ta tillbaka" in refused.value.message and "Inget har ändrats" in refused.value.message
    assert dump(demo) == before
    demo.revert(renamed)  # an edit whose rows are all still there goes back as usual
    assert next(r.title for r in read_tree(demo, "goals").rows if r.id == goal) != "Omdöpt"
