"""What the återrapport reads (Qt-free): the goals from an uppdragsgivare, grouped by source, each with
this plan's own goals beneath it down to the next goal from an uppdragsgivare, and the work that serves
it or them with the work beneath that."""

from __future__ import annotations

from styrapp.models.enums import Origin
from styrapp.models.queries.levels import levels
from styrapp.models.queries.report_context import read_report_context
from styrapp.models.services import nodes
from styrapp.models.tables import Node, NodeSource


def _mark(plan, node_id: int, organisation: str, title: str, removed: bool = False) -> None:
    with plan.transaction() as session:
        session.get(Node, node_id).origin = Origin.COMMISSIONER.value
        session.add(NodeSource(node_id=node_id, source_uuid=f"kf-{node_id}", organisation=organisation,
                               plan_title=title, plan_year=2027, removed=removed))


def test_the_goals_from_an_uppdragsgivare_with_what_this_plan_has_under_them(norrtalje):
    level = {lv.key: lv.id for lv in levels(norrtalje)}
    area = nodes.create_node(norrtalje, level_id=level["focus_area"], title="Trygg kommun")
    direction = nodes.create_node(norrtalje, level_id=level["direction_goal"], title="Fler känner sig trygga",
                                  parent_id=area)
    result = nodes.create_node(norrtalje, level_id=level["result_goal"], title="Belysning i alla tunnlar",
                               parent_id=direction)
    own_area = nodes.create_node(norrtalje, level_id=level["focus_area"], title="Nämndens eget område")
    state = nodes.create_node(norrtalje, level_id=level["focus_area"], title="Statens mål om klimat")
    assignment = nodes.create_node(norrtalje, level_id=level["assignment"], title="Inventera tunnlarna")
    measure = nodes.create_node(norrtalje, level_id=level["measure"], title="Byta armaturer", parent_id=assignment)
    nodes.create_node(norrtalje, level_id=level["assignment"], title="Ett uppdrag för något annat")
    nodes.link_nodes(norrtalje, assignment, result)
    _mark(norrtalje, area, "Norrtälje kommun", "Mål och budget 2027")
    _mark(norrtalje, direction, "Norrtälje kommun", "Mål och budget 2027")
    _mark(norrtalje, state, "Regeringen", "Klimatpolitiskt ramverk", removed=True)

    groups = read_report_context(norrtalje, frozenset({"commissioner"}), year=2027).commissioner
    assert [(g.organisation, g.plan) for g in groups] == [("Norrtälje kommun", "Mål och budget 2027"),
                                                         ("Regeringen", "Klimatpolitiskt ramverk 2027")]
    first, second = groups[0].goals
    assert first.goal.node.id == area and first.own_goals == [] and first.work == []  # its inriktningsmål is KF's too
    assert second.goal.node.id == direction and [g.node.id for g in second.own_goals] == [result]
    assert [(depth, w.id) for depth, w in second.work] == [(0, assignment), (1, measure)]
    (removed,) = groups[1].goals
    assert removed.goal.node.id == state and removed.goal.source.removed
    assert own_area not in {item.goal.node.id for group in groups for item in group.goals}
