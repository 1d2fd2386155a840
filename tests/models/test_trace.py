"""The red-thread check."""

from datetime import date

from styrapp.models.queries import levels, units
from styrapp.models.queries.red_thread import check_plan
from styrapp.models.rules.red_thread import Severity, has_errors
from styrapp.models.services import indicators, nodes


def codes(plan):
    return sorted((f.severity.value, f.code) for f in check_plan(plan))


def test_demo_plan_has_no_errors_or_warnings(demo):
    """… but the economy's: two of its units forecast more than their frame (as at a real delårsrapport)."""
    findings = check_plan(demo)
    assert not has_errors(findings)
    assert {f.severity for f in findings if f.code != "forecast_over_frame"} <= {Severity.INFO}
    assert sum(f.code == "forecast_over_frame" for f in findings) == 2


def test_findings(norrtalje):
    lv = {level.key: level.id for level in levels.levels(norrtalje)}
    area = nodes.create_node(norrtalje, level_id=lv["focus_area"], title="Livskvalitet")
    goal = nodes.create_node(norrtalje, level_id=lv["direction_goal"], parent_id=area, title="Fler i arbete")
    assignment = nodes.create_node(norrtalje, level_id=lv["assignment"], title="Jobbtorg")
    activity = nodes.create_node(norrtalje, level_id=lv["activity"], parent_id=assignment, title="Öppna jobbtorg")
    found = codes(norrtalje)
    assert ("error", "untraced_activity") in found
    assert ("warning", "untraced_assignment") in found
    assert ("warning", "goal_without_indicator") in found
    assert ("warning", "assignment_without_owner") in found
    assert ("warning", "assignment_without_due") in found

    nodes.link_nodes(norrtalje, assignment, goal)  # the red thread is tied
    indicators.create_indicator(norrtalje, name="Andel i arbete", goal_ids=[goal], target=80)
    nodes.update_node(norrtalje, assignment, responsible="Arbetsmarknadschef", due=date(2027, 12, 31))
    assert codes(norrtalje) == []
    finding_nodes = {f.node_id for f in check_plan(norrtalje)}
    assert activity not in finding_nodes


def test_activity_under_a_goal_or_serving_a_goals_indicator_traces(norrtalje):
    lv = {level.key: level.id for level in levels.levels(norrtalje)}
    area = nodes.create_node(norrtalje, level_id=lv["focus_area"], title="Miljö")
    measure = nodes.create_node(norrtalje, level_id=lv["measure"], title="Laddstolpar", responsible="x", due=date(2027, 1, 1))
    activity = nodes.create_node(norrtalje, level_id=lv["activity"], parent_id=measure, title="Upphandla")
    indicator = indicators.create_indicator(norrtalje, name="Laddpunkter per 1000 inv", goal_ids=[area], target=3)
    assert ("error", "untraced_activity") in codes(norrtalje)
    indicators.link_indicator(norrtalje, indicator, activity)
    assert ("error", "untraced_activity") not in codes(norrtalje)


def test_more_than_three_goals_for_one_committee(norrtalje):
    lv = {level.key: level.id for level in levels.levels(norrtalje)}
    committee = units.unit_by_name(norrtalje, "Teknik- och klimatnämnden")
    area = nodes.create_node(norrtalje, level_id=lv["focus_area"], title="Klimat", how_measured="Kolada")
    for i in range(4):
        nodes.create_node(norrtalje, level_id=lv["direction_goal"], parent_id=area, title=f"Mål {i}",
                          owner_unit_id=committee, how_measured="egen mätning")
    findings = [f for f in check_plan(norrtalje) if f.code == "too_many_goals"]
    assert len(findings) == 1 and "4 mål" in findings[0].message and findings[0].unit_id == committee
