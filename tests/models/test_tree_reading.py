"""What the editors read (trees, details, statuses) and the new undo-able services: copy, links,
deleting units and levels, and an undo that puts everything back."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from styrapp.models.enums import Status
from styrapp.models.errors import InUse, InvalidValue, LevelNotAllowed
from styrapp.models.queries import levels as level_queries
from styrapp.models.queries import units
from styrapp.models.queries.listings import indicator_lines, risk_lines
from styrapp.models.queries.node_rows import node_details, read_tree
from styrapp.models.queries.plan_status import status_counts
from styrapp.models.queries.wheel_rows import read_wheel
from styrapp.models.services import levels, nodes, organisation
from styrapp.models.tables import IndicatorNode, Node, NodeLink, NodeSdg, OrgUnit


def test_read_tree_orders_parents_first_and_inherits_the_focus_area_colour(norrtalje):
    lv = {level.key: level.id for level in level_queries.levels(norrtalje)}
    area = nodes.create_node(norrtalje, level_id=lv["focus_area"], title="Trygghet", colour="#AA0000")
    goal = nodes.create_node(norrtalje, level_id=lv["direction_goal"], parent_id=area, title="Tryggt")
    result = nodes.create_node(norrtalje, level_id=lv["result_goal"], parent_id=goal, title="Färre brott")
    other = nodes.create_node(norrtalje, level_id=lv["focus_area"], title="Utbildning")
    rows = read_tree(norrtalje, "goals").rows
    assert [r.id for r in rows] == [area, goal, result, other]
    colours = {r.id: r.colour for r in rows}
    assert colours[goal] == colours[result] == "#AA0000"
    assert colours[other] == "#00587A"  # no own colour: the level's
    assert read_tree(norrtalje, "assignments").rows == []


def test_node_details_offers_goals_to_serve_but_never_the_node_itself(demo):
    assignment = read_tree(demo, "assignments").rows[0]
    details = node_details(demo, assignment.id)
    assert details.level.name == "Uppdrag"
    assert len(details.serves) == 1
    assert all(choice[0] != assignment.id for choice in details.link_choices)
    assert {c[0] for c in details.link_choices} >= {r.id for r in read_tree(demo, "goals").rows if r.parent_id is None}


def test_status_counts_per_kind(demo):
    counts = status_counts(demo)
    assert sum(counts["goals"].values()) == 5
    assert sum(counts["assignments"].values()) == 3
    assert sum(counts["indicators"].values()) == 11
    assert counts["indicators"][Status.UNKNOWN] == 2  # the two population figures have no target


def test_duplicate_copies_the_subtree_with_links_and_sdgs_but_not_follow_ups(demo):
    goal = read_tree(demo, "goals").rows[0]
    children = [r.id for r in read_tree(demo, "goals").rows if r.parent_id == goal.id]
    copy = nodes.duplicate_node(demo, goal.id, None, 1)
    rows = read_tree(demo, "goals").rows
    assert [r.id for r in rows if r.parent_id is None][1] == copy
    copied_children = [r for r in rows if r.parent_id == copy]
    assert [r.title for r in copied_children] == [r.title for r in rows if r.id in children]
    with demo.session() as session:
        assert sorted(session.execute(select(NodeSdg.sdg).where(NodeSdg.node_id == copy)).scalars()) == [6, 11]
        assert session.execute(select(IndicatorNode).where(IndicatorNode.node_id == copy)).first() is not None
        assert session.get(Node, copy).position == 1
    from styrapp.models.queries.follow_up_rows import follow_up_state, periods

    assert follow_up_state(demo, goal.id, periods(demo)[0].id) is not None
    assert all(follow_up_state(demo, copy, p.id) is None for p in periods(demo))  # follow-ups stay with the original


def test_duplicate_refuses_a_place_the_styrmodell_forbids(demo):
    rows = read_tree(demo, "goals").rows
    goal, activity = rows[0], rows[1]
    with pytest.raises(LevelNotAllowed):
        nodes.duplicate_node(demo, goal.id, activity.id)


def test_set_node_links_replaces_and_refuses_a_circle(demo):
    assignment = read_tree(demo, "assignments").rows[0].id
    goals = [r.id for r in read_tree(demo, "goals").rows if r.parent_id is None]
    old = nodes.set_node_links(demo, assignment, [goals[0], goals[4]])
    assert old == [goals[1]]
    with demo.session() as session:
        assert sorted(session.execute(select(NodeLink.target_id).where(NodeLink.source_id == assignment)).scalars()) == [goals[0], goals[4]]
    nodes.link_nodes(demo, goals[3], assignment)
    with pytest.raises(InvalidValue, match="cirkel"):
        nodes.set_node_links(demo, assignment, [goals[3]])
    with pytest.raises(InvalidValue):
        nodes.set_node_links(demo, assignment, [assignment])


def test_delete_unit_and_restore_brings_back_units_and_ownership(demo):
    administration = units.unit_by_name(demo, "Förvaltningen")
    before = units.unit_rows(demo)
    owners_before = {r.id: r.owner for r in read_tree(demo, "goals").rows}
    risks_before = risk_lines(demo)
    text = units.delete_impact_unit(demo, administration)
    assert "4 enheter under den" in text
    with demo.recording() as deleted:
        organisation.delete_unit(demo, administration)
    assert len(units.unit_rows(demo)) == 1
    assert {r.owner for r in read_tree(demo, "goals").rows if r.parent_id is not None} == {""}
    demo.revert(deleted)
    assert units.unit_rows(demo) == before
    assert {r.id: r.owner for r in read_tree(demo, "goals").rows} == owners_before
    assert risk_lines(demo) == risks_before


def test_delete_level_refuses_in_use_and_restores_rules(norrtalje):
    lv = {level.key: level.id for level in level_queries.levels(norrtalje)}
    nodes.create_node(norrtalje, level_id=lv["focus_area"], title="Trygghet")
    with pytest.raises(InUse, match="används av 1 noder"):
        levels.delete_level(norrtalje, lv["focus_area"])
    parents_before = level_queries.level_parents(norrtalje)
    with norrtalje.recording() as deleted:
        levels.delete_level(norrtalje, lv["measure"])
    assert lv["measure"] not in level_queries.level_parents(norrtalje)
    norrtalje.revert(deleted)
    assert level_queries.level_parents(norrtalje) == parents_before


def test_listings_of_the_demo(demo):
    indicators = indicator_lines(demo)
    assert len(indicators) == 11
    fagersta = next(i for i in indicators if i.name == "Invånare i Fagersta")
    assert fagersta.latest == 13341 and fagersta.latest_period == "2022" and fagersta.status == Status.UNKNOWN
    assert len(read_wheel(demo).events) == 10
    risks = risk_lines(demo)
    assert [r.score for r in risks] == sorted((r.score for r in risks), reverse=True)
    with demo.session() as session:
        assert session.execute(select(OrgUnit)).first() is not None


def test_agenda_2030_coverage_of_the_demo(demo):
    from styrapp.models.queries.agenda2030_coverage import sdg_coverage

    coverage = sdg_coverage(demo)
    assert len(coverage) == 17 and coverage[5].name == "Rent vatten och sanitet för alla"
    assert [c.number for c in coverage if c.covered] == [3, 6, 8, 9, 11, 12, 13, 16]
    six = coverage[5]
    assert six.nodes and six.nodes[0].startswith("NVK har nöjda kunder")
    assert not coverage[0].covered and coverage[0].nodes == [] == coverage[0].indicators
