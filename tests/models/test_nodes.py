"""Creating, moving, deleting and restoring nodes: the styrmodell's rules and the tree's invariants."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from styrapp.models.errors import InvalidMove, InvalidValue, LevelNotAllowed, NotFound
from styrapp.models.queries import levels as level_queries
from styrapp.models.queries import node_facts
from styrapp.models.services import indicators, levels, nodes, organisation
from styrapp.models.services.calendar import set_follow_up
from styrapp.models.tables import FollowUp, IndicatorNode, LevelRule, Node, NodeLink, ReportingPeriod, is_uuid


def level_ids(plan) -> dict[str, int]:
    return {lv.key: lv.id for lv in level_queries.levels(plan)}


def tree_dump(plan) -> list[tuple]:
    with plan.session() as session:
        return sorted(
            (n.id, n.parent_id, n.position, n.title, n.level_id)
            for n in session.execute(select(Node)).scalars()
        )


def build_goals(plan):
    lv = level_ids(plan)
    area = nodes.create_node(plan, level_id=lv["focus_area"], title="Livskvalitet")
    area2 = nodes.create_node(plan, level_id=lv["focus_area"], title="Hållbar tillväxt")
    direction = nodes.create_node(plan, level_id=lv["direction_goal"], parent_id=area, title="Fler i arbete")
    result = nodes.create_node(plan, level_id=lv["result_goal"], parent_id=direction, title="Kortare handläggningstid")
    return lv, area, area2, direction, result


def test_levels_follow_the_styrmodell(norrtalje):
    lv, area, _area2, direction, _result = build_goals(norrtalje)
    with pytest.raises(LevelNotAllowed, match="inte en resultatmål under en målområde|Under en målområde kan bara inriktningsmål"):
        nodes.create_node(norrtalje, level_id=lv["result_goal"], parent_id=area, title="Fel nivå")
    with pytest.raises(LevelNotAllowed, match="kan inte ligga överst"):
        nodes.create_node(norrtalje, level_id=lv["direction_goal"], title="Utan målområde")
    offered = [level.key for level in level_queries.allowed_child_levels(norrtalje, area, "goals")]
    assert offered == ["direction_goal"]
    assert [level.key for level in level_queries.allowed_child_levels(norrtalje, None, "assignments")] == ["assignment", "measure"]


def test_create_places_at_index_and_keeps_positions_gapless(norrtalje):
    lv, area, *_ = build_goals(norrtalje)
    first = nodes.create_node(norrtalje, level_id=lv["direction_goal"], parent_id=area, title="Först", index=0)
    kids = node_facts.children(norrtalje, area, "goals")
    assert kids[0] == first
    with norrtalje.session() as session:
        assert [session.get(Node, k).position for k in kids] == list(range(len(kids)))


def test_empty_title_and_unknown_fields_are_refused(norrtalje):
    lv = level_ids(norrtalje)
    with pytest.raises(InvalidValue, match="måste fyllas i"):
        nodes.create_node(norrtalje, level_id=lv["focus_area"], title="   ")
    node = nodes.create_node(norrtalje, level_id=lv["focus_area"], title="Trygghet")
    with pytest.raises(InvalidValue, match="colour_of_sky"):
        nodes.update_node(norrtalje, node, colour_of_sky="blå")
    with pytest.raises(InvalidValue, match="giltigt värde"):
        nodes.update_node(norrtalje, node, progress="halvklar")
    with pytest.raises(NotFound):
        nodes.rename_node(norrtalje, 9999, "x")
    with norrtalje.session() as session:
        assert session.get(Node, node).title == "Trygghet"  # the refusals changed nothing
    nodes.rename_node(norrtalje, node, "Trygghet för alla")
    with norrtalje.session() as session:
        assert session.get(Node, node).title == "Trygghet för alla"


def test_dates_in_the_wrong_order_are_refused(norrtalje):
    from datetime import date

    lv = level_ids(norrtalje)
    node = nodes.create_node(norrtalje, level_id=lv["assignment"], title="Utred simhall")
    with pytest.raises(InvalidValue, match="före startdatum"):
        nodes.update_node(norrtalje, node, start=date(2027, 6, 1), due=date(2027, 1, 1))
    with norrtalje.session() as session:
        assert session.get(Node, node).start is None  # nothing changed


def test_a_node_never_moves_under_itself(norrtalje):
    _lv, area, _area2, direction, result = build_goals(norrtalje)
    with pytest.raises(InvalidMove, match="under sig själv"):
        nodes.move_node(norrtalje, area, direction)
    with pytest.raises(InvalidMove):
        nodes.move_node(norrtalje, direction, direction)
    with pytest.raises(LevelNotAllowed):
        nodes.move_node(norrtalje, result, None)


def test_move_and_its_inverse_restore_the_tree(norrtalje):
    _lv, area, area2, direction, _result = build_goals(norrtalje)
    before = tree_dump(norrtalje)
    with norrtalje.recording() as edit:
        nodes.move_node(norrtalje, direction, area2, 0)
    assert node_facts.children(norrtalje, area2, "goals") == [direction]
    norrtalje.revert(edit)
    assert tree_dump(norrtalje) == before


def test_move_between_trees_is_refused(norrtalje):
    lv, area, *_ = build_goals(norrtalje)
    assignment = nodes.create_node(norrtalje, level_id=lv["assignment"], title="Uppdrag")
    with pytest.raises(InvalidMove, match="målträdet och uppdragsträdet"):
        nodes.move_node(norrtalje, assignment, area)


def test_delete_says_what_goes_with_it_and_restore_puts_it_all_back(norrtalje):
    lv, area, _area2, direction, result = build_goals(norrtalje)
    assignment = nodes.create_node(norrtalje, level_id=lv["assignment"], title="Snabbare bygglov")
    nodes.link_nodes(norrtalje, assignment, result)
    indicator = indicators.create_indicator(norrtalje, name="Handläggningstid bygglov", goal_ids=[result])
    with norrtalje.session() as session:
        period = session.execute(select(ReportingPeriod.id)).scalars().first()
    set_follow_up(norrtalje, direction, period, status="yellow", analysis="Går åt rätt håll.")
    impact = node_facts.delete_impact(norrtalje, area)
    assert impact.nodes_by_level == {"Inriktningsmål": 1, "Resultatmål": 1}
    assert impact.links == 1 and impact.follow_ups == 1
    assert impact.indicators_left_unlinked == ["Handläggningstid bygglov"]
    text = impact.describe()
    assert "”Livskvalitet” tas bort tillsammans med 1 inriktningsmål, 1 resultatmål" in text

    before = tree_dump(norrtalje)
    with norrtalje.recording() as deleted:
        nodes.delete_node(norrtalje, area)
    with norrtalje.session() as session:
        assert session.get(Node, result) is None
        assert session.execute(select(NodeLink)).first() is None
        assert session.execute(select(FollowUp)).first() is None
    norrtalje.revert(deleted)
    assert tree_dump(norrtalje) == before
    with norrtalje.session() as session:
        assert session.get(NodeLink, (assignment, result)) is not None
        assert session.get(IndicatorNode, (indicator, result)) is not None
        assert session.execute(select(FollowUp.analysis)).scalar_one() == "Går åt rätt håll."


def uuids(plan) -> dict[int, str]:
    with plan.session() as session:
        return dict(session.execute(select(Node.id, Node.uuid)).all())


def test_a_copy_is_a_new_record_but_an_undone_delete_is_the_same_one(norrtalje):
    _lv, area, area2, direction, result = build_goals(norrtalje)
    before = uuids(norrtalje)
    assert len(set(before.values())) == len(before) and all(is_uuid(u) for u in before.values())
    copy = nodes.duplicate_node(norrtalje, direction, area2)
    after = uuids(norrtalje)
    new = set(after) - set(before)
    assert len(new) == 2 and copy in new
    assert {after[i] for i in new}.isdisjoint(before.values()) and all(is_uuid(after[i]) for i in new)
    with norrtalje.recording() as deleted:
        nodes.delete_node(norrtalje, area)
    assert direction not in uuids(norrtalje)
    norrtalje.revert(deleted)
    assert uuids(norrtalje) == after
    with pytest.raises(InvalidValue, match="uuid"):
        nodes.update_node(norrtalje, result, uuid="00000000-0000-4000-8000-000000000000")


def test_links_refuse_self_and_two_way(norrtalje):
    lv, _area, _area2, _direction, result = build_goals(norrtalje)
    assignment = nodes.create_node(norrtalje, level_id=lv["assignment"], title="Uppdrag")
    with pytest.raises(InvalidValue):
        nodes.link_nodes(norrtalje, assignment, assignment)
    assert nodes.link_nodes(norrtalje, assignment, result) is True
    assert nodes.link_nodes(norrtalje, assignment, result) is False
    with pytest.raises(InvalidValue, match="cirkel"):
        nodes.link_nodes(norrtalje, result, assignment)


def test_sdg_links_only_1_to_17(norrtalje):
    lv = level_ids(norrtalje)
    node = nodes.create_node(norrtalje, level_id=lv["focus_area"], title="Miljö")
    assert nodes.set_node_sdgs(norrtalje, node, [13, 6, 13]) == []
    assert nodes.set_node_sdgs(norrtalje, node, [15]) == [6, 13]
    with pytest.raises(InvalidValue, match="1–17"):
        nodes.set_node_sdgs(norrtalje, node, [18])


# --- property tests ----------------------------------------------------------------------------


def parents_ok(plan) -> bool:
    """No cycles, and positions 0..n-1 among every set of siblings."""
    dump = tree_dump(plan)
    parent = {n[0]: n[1] for n in dump}
    for ident in parent:
        seen, current = set(), ident
        while current is not None:
            if current in seen:
                return False
            seen.add(current)
            current = parent[current]
    groups: dict = {}
    for _ident, par, pos, _title, _level in dump:
        groups.setdefault(par, []).append(pos)
    return all(sorted(p) == list(range(len(p))) for p in groups.values())


@pytest.fixture
def free_plan(tmp_path):
    """A plan whose single goal level may sit anywhere, so that random moves exercise the cycle rule."""
    from styrapp.models.file.plan_file import create_plan, open_plan

    path = create_plan(tmp_path / "fri.styrplan", lambda plan: None)
    with open_plan(path) as plan:
        organisation.update_plan(plan, title="Plan", year=2026)
        level = levels.create_level(plan, key="goal", name="Mål", allowed_at_root=True)
        with plan.transaction() as session:  # a goal may sit under a goal, at any depth
            session.add(LevelRule(parent_level_id=level, child_level_id=level))
        ids = [nodes.create_node(plan, level_id=level, title=f"Mål {i}") for i in range(8)]
        yield plan, ids


moves = st.lists(st.tuples(st.integers(0, 7), st.one_of(st.none(), st.integers(0, 7)), st.integers(0, 8)),
                 min_size=1, max_size=25)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=moves)
def test_random_moves_never_make_a_cycle_and_undo_restores_the_tree(free_plan, steps):
    plan, ids = free_plan
    start = tree_dump(plan)
    done = []
    for node, parent, index in steps:
        node_id = ids[node]
        parent_id = None if parent is None else ids[parent]
        try:
            with plan.recording() as edit:
                nodes.move_node(plan, node_id, parent_id, index)
        except InvalidMove:
            continue
        done.append(edit)
        assert parents_ok(plan)
    for edit in reversed(done):
        plan.revert(edit)
    assert tree_dump(plan) == start


# --- copy in one plan, paste in another -------------------------------------------------------------


def test_a_subtree_copied_in_one_plan_pastes_into_another_as_new_records(norrtalje, tmp_path):
    import json

    from styrapp.models.file.plan_file import open_plan
    from styrapp.models.queries.node_clip import clip_titles, read_clip
    from styrapp.models.services import organisation

    from ..conftest import make_plan

    lv, area, _area2, direction, result = build_goals(norrtalje)
    nodes.update_node(norrtalje, direction, description="Fler ska ha ett arbete", due=date(2027, 12, 31))
    nodes.set_node_sdgs(norrtalje, direction, [8])
    nodes.update_node(norrtalje, direction, owner_unit_id=organisation.create_unit(norrtalje, name="Testenhet", kind="unit"))
    clip = json.loads(json.dumps(read_clip(norrtalje, area)))  # it travels as JSON
    assert clip_titles(clip) == "Livskvalitet\n\tFler i arbete\n\t\tKortare handläggningstid"
    with open_plan(make_plan(tmp_path / "annan.styrplan", "norrtalje")) as other:
        olv = level_ids(other)
        mine = nodes.create_node(other, level_id=olv["focus_area"], title="Annat målområde")
        unit = organisation.create_unit(other, name="Testenhet", kind="unit")  # another uuid: found by name
        root = nodes.paste_nodes(other, clip, "goals", None)
        with other.session() as session:
            pasted = {n.title: n for n in session.execute(select(Node)).scalars()}
        assert set(pasted) == {"Annat målområde", "Livskvalitet", "Fler i arbete", "Kortare handläggningstid"}
        assert pasted["Livskvalitet"].id == root and pasted["Annat målområde"].id == mine
        assert pasted["Fler i arbete"].parent_id == root and pasted["Fler i arbete"].due == date(2027, 12, 31)
        assert pasted["Fler i arbete"].description == "Fler ska ha ett arbete"
        assert pasted["Fler i arbete"].owner_unit_id == unit
        assert nodes.set_node_sdgs(other, pasted["Fler i arbete"].id, []) == [8]
        assert pasted["Kortare handläggningstid"].parent_id == pasted["Fler i arbete"].id
        assert {n.uuid for n in pasted.values()}.isdisjoint(uuids(norrtalje).values())
        assert node_facts.children(other, None, "goals") == [mine, root]
        with other.session() as session:
            assert session.execute(select(NodeLink)).first() is None  # the plan has neither goal nor indicator
            assert session.execute(select(IndicatorNode)).first() is None
        with other.recording() as deleted:  # what an undo of the paste does
            nodes.delete_node(other, root)
        assert node_facts.children(other, None, "goals") == [mine]
        other.revert(deleted)
        assert node_facts.children(other, None, "goals") == [mine, root]


def test_a_paste_into_a_copy_of_the_plan_finds_its_indicators_and_the_goals_served(norrtalje, tmp_path):
    from styrapp.models.file.plan_file import open_plan
    from styrapp.models.queries.node_clip import read_clip

    lv, _area, _area2, _direction, result = build_goals(norrtalje)
    assignment = nodes.create_node(norrtalje, level_id=lv["assignment"], title="Snabbare bygglov")
    nodes.link_nodes(norrtalje, assignment, result)
    indicator = indicators.create_indicator(norrtalje, name="Handläggningstid", goal_ids=[assignment])
    copy = norrtalje.save_copy(tmp_path / "kopia.styrplan")
    clip = read_clip(norrtalje, assignment)
    with open_plan(copy) as other:
        pasted = nodes.paste_nodes(other, clip, "assignments", None)
        with other.session() as session:
            assert session.get(NodeLink, (pasted, result)) is not None
            assert session.get(IndicatorNode, (indicator, pasted)) is not None
            assert session.get(Node, pasted).uuid != clip["nodes"][0]["uuid"]


def test_a_paste_the_other_styrmodell_does_not_allow_writes_nothing(norrtalje, tmp_path):
    from styrapp.models.file.plan_file import open_plan
    from styrapp.models.queries.node_clip import read_clip

    from ..conftest import make_plan

    _lv, area, _area2, direction, _result = build_goals(norrtalje)
    with open_plan(make_plan(tmp_path / "annan.styrplan", "norsjo")) as other:
        before = tree_dump(other)
        with pytest.raises(LevelNotAllowed, match="ingen nivå som heter ”Målområde”"):
            nodes.paste_nodes(other, read_clip(norrtalje, area), "goals", None)
        assert tree_dump(other) == before
    with open_plan(make_plan(tmp_path / "samma.styrplan", "norrtalje")) as same:
        with pytest.raises(LevelNotAllowed, match="inte ligga överst"):
            nodes.paste_nodes(same, read_clip(norrtalje, direction), "goals", None)
        with pytest.raises(InvalidMove, match="andra trädet"):
            nodes.paste_nodes(same, read_clip(norrtalje, area), "assignments", None)
        assert tree_dump(same) == []
