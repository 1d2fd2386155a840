"""The turn of the year (services.rollover): plan year Y made from Y−1, with lineage, in one transaction."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from styrapp.models.content.templates import TEMPLATE_NAMES
from styrapp.models.enums import EventKind, MeasurementKind, Progress
from styrapp.models.errors import DomainError, InvalidValue
from styrapp.models.file.plan_file import open_plan
from styrapp.models.queries.control_rows import risk_analysis
from styrapp.models.queries.follow_up_rows import follow_up_tree, periods
from styrapp.models.queries.indicator_series import indicator_series_many
from styrapp.models.queries.node_rows import read_tree
from styrapp.models.queries.plan_status import indicator_statuses
from styrapp.models.queries.report_rows import read_trees
from styrapp.models.queries.summary import summarise
from styrapp.models.queries.wheel_rows import read_wheel
from styrapp.models.queries.years import plan_years, title_in_view
from styrapp.models.rules.periods import add_years
from styrapp.models.rules.plan_settings import CLOSE_BEFORE_ROLLOVER
from styrapp.models.services import rollover as rollover_module
from styrapp.models.services.calendar import create_period
from styrapp.models.services.nodes import create_node, link_nodes, update_node
from styrapp.models.services.plan_settings import set_setting
from styrapp.models.services.rollover import rollover, same_weekday_next_year
from styrapp.models.services.wheel import create_event
from styrapp.models.services.years import close_year
from styrapp.models.tables import (
    Checkpoint,
    GovernanceLevel,
    Indicator,
    IndicatorNode,
    Measurement,
    Node,
    NodeLink,
    Plan,
    ReportingPeriod,
    Risk,
    WheelEvent,
)
from tests.conftest import dump, make_plan

ALL = {"all_years": True}


def nodes_of(plan, year: int) -> list[Node]:
    with plan.session() as session:
        return list(session.execute(select(Node).where(Node.year == year).execution_options(**ALL)).scalars())


def kinds(plan) -> dict[int, str]:
    with plan.session() as session:
        return dict(session.execute(select(GovernanceLevel.id, GovernanceLevel.kind)).all())


def view(plan, year: int):
    """What the window and the reports show of `year`: trees, follow-up, wheel, risks, indicators."""
    plan.year = year
    try:
        period_ids = [p.id for p in periods(plan) if p.year == year]
        with plan.session() as session:
            indicator_ids = list(session.execute(select(Indicator.id).order_by(Indicator.id)).scalars())
        wheel = read_wheel(plan)
        with plan.session() as session:
            title = title_in_view(session)
        return {
            "goals": read_tree(plan, "goals", indicators=True),
            "assignments": read_tree(plan, "assignments"),
            "report_trees": read_trees(plan),
            "follow_up": [follow_up_tree(plan, period_id) for period_id in period_ids],
            "wheel": (wheel.year, wheel.events, wheel.periods),
            "risks": risk_analysis(plan, year),
            "statuses": indicator_statuses(plan),
            "series": indicator_series_many(plan, indicator_ids),
            "title": title,
            # measured values belong to the indicator across years (the kept target is one more)
            "summary": {k: v for k, v in summarise(plan).counts.items() if k != "measurements"},
        }
    finally:
        plan.year = None


def test_demo_rollover_carries_the_open_work_with_its_lineage(demo):
    kind = kinds(demo)
    old_nodes = nodes_of(demo, 2026)
    ended_goal = [n for n in old_nodes if kind[n.level_id] == "goal"][-1]
    update_node(demo, ended_goal.id, ended=True)
    with demo.session() as session:
        indicator = session.execute(select(Indicator).where(Indicator.target.is_not(None))).scalars().first()
        old_links = session.execute(select(NodeLink)).scalars().all()
    before = view(demo, 2026)

    report = rollover(demo, 2027, targets={indicator.id: indicator.target + 10})

    assert demo.year == 2027 and [y.year for y in plan_years(demo)] == [2026, 2027]
    assert [y.title for y in plan_years(demo)] == ["Verksamhetsplan 2026", "Verksamhetsplan 2027"]
    with demo.session() as session:
        assert session.get(Plan, 1).year == 2027 and session.get(Plan, 1).title == "Verksamhetsplan 2027"
    new_nodes = nodes_of(demo, 2027)
    by_uuid = {n.uuid: n for n in old_nodes}
    # Lineage: every copy points to its source, with a fresh uuid; the tree's shape is kept.
    assert all(n.previous_uuid in by_uuid and n.uuid not in by_uuid for n in new_nodes)
    new_by_id = {n.id: n for n in new_nodes}
    old_by_id = {n.id: n for n in old_nodes}
    for node in new_nodes:
        source = by_uuid[node.previous_uuid]
        assert (node.title, node.level_id, node.position, node.progress) == (
            source.title, source.level_id, source.position, source.progress)
        if source.parent_id is None:
            assert node.parent_id is None
        else:
            assert new_by_id[node.parent_id].previous_uuid == old_by_id[source.parent_id].uuid
    carried = {n.previous_uuid for n in new_nodes}
    # Goals continue unless ended; done and cancelled uppdrag, åtgärder and aktiviteter stay in 2026.
    assert ended_goal.uuid not in carried and ended_goal.title in report.ended
    for node in old_nodes:
        if kind[node.level_id] != "goal" and node.progress in (Progress.DONE.value, Progress.CANCELLED.value):
            assert node.uuid not in carried
            assert node.title in report.staying[kind[node.level_id]]
    goals = [n for n in old_nodes if kind[n.level_id] == "goal"]
    assert report.counts()["goals"] == len(goals) - 1 == sum(kind[n.level_id] == "goal" for n in new_nodes)
    for key, node_kind in (("assignments", "assignment"), ("measures", "measure"), ("activities", "activity")):
        assert report.counts()[key] == sum(kind[n.level_id] == node_kind for n in new_nodes) > 0
    # The red thread among the carried nodes, and the indicators on them.
    with demo.session() as session:
        links = session.execute(select(NodeLink)).scalars().all()
        new_ids = set(new_by_id)
        back = {n.id: by_uuid[n.previous_uuid].id for n in new_nodes}  # a copy's id → its source's id
        new_links = {(back[link.source_id], back[link.target_id]) for link in links if link.source_id in new_ids}
        expected = {(link.source_id, link.target_id) for link in old_links
                    if old_by_id[link.source_id].uuid in carried and old_by_id[link.target_id].uuid in carried}
        assert new_links == expected and expected
        carried_ids = {n.id for n in old_nodes if n.uuid in carried}
        old_on = session.execute(select(IndicatorNode).where(IndicatorNode.node_id.in_(carried_ids))).scalars().all()
        new_on = session.execute(select(IndicatorNode).where(IndicatorNode.node_id.in_(new_ids))).scalars().all()
        assert len(old_on) == len(new_on) > 0
        # Periods one year on, pointing back; risks carried with their period mapped.
        new_periods = session.execute(select(ReportingPeriod).where(ReportingPeriod.year == 2027)).scalars().all()
        old_periods = {p.uuid: p for p in session.execute(select(ReportingPeriod).where(ReportingPeriod.year == 2026)).scalars()}
        assert len(new_periods) == len(old_periods) == 2
        for period in new_periods:
            source = old_periods[period.previous_uuid]
            assert period.period_end == add_years(source.period_end, 1) and period.due == add_years(source.due, 1)
        risks = session.execute(select(Risk).where(Risk.year == 2027)).scalars().all()
        assert len(risks) == report.risks == 6
        new_period_ids = {p.id for p in new_periods}
        assert all(r.report_period_id is None or r.report_period_id in new_period_ids for r in risks)
        # Indicators are not copied; the old target is kept as 2026's målvärde, the new one is 2027's.
        assert session.execute(select(Indicator).where(Indicator.id == indicator.id)).scalars().one().target == indicator.target + 10
        kept = session.execute(select(Measurement).where(Measurement.indicator_id == indicator.id,
                                                         Measurement.kind == MeasurementKind.TARGET.value)).scalars().all()
        assert [(m.period, m.value) for m in kept] == [("2026", indicator.target)]
    assert report.targets_changed == 1
    # 2026 looks exactly as it did: trees, follow-up, wheel, risks, traffic lights and charts.
    assert view(demo, 2026) == before
    # 2027's series judge against the new target.
    demo.year = None
    assert indicator_series_many(demo, [indicator.id])[0].target == indicator.target + 10
    counts = summarise(demo).counts  # Översikt and `info` count the year in view's own
    assert (counts["risks"], counts["wheel_events"], counts["reporting_periods"], counts["follow_ups"]) == (6, 10, 2, 0)


def test_meetings_keep_their_weekday_and_events_their_day(demo):
    rollover(demo, 2027)
    with demo.session() as session:
        events = session.execute(select(WheelEvent)).scalars().all()
        periods_2027 = {p.id for p in session.execute(select(ReportingPeriod).where(ReportingPeriod.year == 2027)).scalars()}
    old = {e.uuid: e for e in events if e.start.year == 2026}
    new = [e for e in events if e.previous_uuid]
    assert len(new) == len(old) == 10
    for event in new:
        source = old[event.previous_uuid]
        assert event.start.year == 2027 and event.start.month == source.start.month
        if source.kind == EventKind.COMMITTEE_MEETING.value:
            assert event.start.weekday() == source.start.weekday()
            assert (event.start.day - 1) // 7 == (source.start.day - 1) // 7
            assert event.end - event.start == source.end - source.start
        elif source.kind not in (EventKind.DIALOGUE.value, EventKind.DECISION.value):
            assert (event.start, event.end) == (add_years(source.start, 1), add_years(source.end, 1))
        assert (event.period_id is None) == (source.period_id is None)
        assert event.period_id is None or event.period_id in periods_2027
    demo.year = 2026
    assert [e.title for e in read_wheel(demo).events] == [e.title for e in sorted(old.values(), key=lambda e: (e.start, e.end, e.id))]


def test_weekday_rules():
    assert same_weekday_next_year(date(2026, 3, 10)) == date(2027, 3, 9)  # the second Tuesday of March
    assert same_weekday_next_year(date(2026, 3, 31)) == date(2027, 3, 30)  # the last Tuesday stays the last
    assert same_weekday_next_year(date(2026, 3, 24)) == date(2027, 3, 23)  # the fourth, not the last (2027 has 5)
    assert same_weekday_next_year(date(2026, 12, 1)).weekday() == 1
    assert add_years(date(2028, 2, 29), 1) == date(2029, 2, 28)


@pytest.mark.parametrize("template", TEMPLATE_NAMES)
def test_rollover_of_each_template(tmp_path, template):
    with open_plan(make_plan(tmp_path / f"{template}.styrplan", template, year=2027)) as plan:
        old = nodes_of(plan, 2027)
        with plan.session() as session:
            old_periods = session.execute(select(ReportingPeriod)).scalars().all()
            old_events = session.execute(select(WheelEvent)).scalars().all()
        report = rollover(plan, 2028)
        new = nodes_of(plan, 2028)
        assert {n.previous_uuid for n in new} <= {n.uuid for n in old}
        assert sum(report.counts()[k] for k in ("goals", "assignments", "measures", "activities")) == len(new)
        assert report.counts()["periods"] == len(old_periods) and report.events == len(old_events)
        assert plan.year == 2028 and [y.year for y in plan_years(plan)] == [2027, 2028]
        with plan.session() as session:
            assert session.execute(select(ReportingPeriod).where(ReportingPeriod.year == 2028)).scalars().all() or not old_periods


def test_dry_run_writes_nothing_and_says_the_same(demo):
    before = dump(demo)
    preview = rollover(demo, 2027, dry_run=True)
    assert dump(demo) == before and preview.dry_run
    done = rollover(demo, 2027)
    assert preview.counts() == done.counts() and preview.staying == done.staying and preview.periods == done.periods


def test_undo_restores_the_file(demo):
    before = dump(demo)
    with demo.recording(allow_closed=True) as edit:
        rollover(demo, 2027, targets={1: 1.5})
    assert dump(demo) != before and demo.year == 2027
    demo.revert(edit)
    assert dump(demo) == before and demo.year == 2026


@pytest.mark.parametrize(("year", "code"), [(2026, "rollover.year_exists"), (2020, "rollover.before_first"),
                                            (2028, "rollover.not_next")])
def test_refusals_change_nothing(demo, year, code):
    before = dump(demo)
    with pytest.raises(InvalidValue) as refused:
        rollover(demo, year)
    assert refused.value.code == code and dump(demo) == before
    with pytest.raises(InvalidValue):
        rollover(demo, year, dry_run=True)


def test_the_newest_year_closed_first_when_the_plan_requires_it(demo):
    set_setting(demo, CLOSE_BEFORE_ROLLOVER, True)
    before = dump(demo)
    with pytest.raises(InvalidValue) as refused:
        rollover(demo, 2027)
    assert refused.value.code == "rollover.not_closed" and dump(demo) == before
    close_year(demo, 2026)
    report = rollover(demo, 2027)  # a closed year may be the source
    assert report.counts()["goals"] == 5 and demo.year == 2027
    plan_year = {y.year: y for y in plan_years(demo)}
    assert plan_year[2026].closed and not plan_year[2027].closed


def test_the_requirement_can_be_waived(demo):
    set_setting(demo, CLOSE_BEFORE_ROLLOVER, True)
    assert rollover(demo, 2027, allow_open_year=True).year == 2027


def test_bad_targets_are_refused(demo):
    before = dump(demo)
    with pytest.raises(InvalidValue):
        rollover(demo, 2027, targets={1: float("nan")})
    with pytest.raises(InvalidValue):
        rollover(demo, 2027, targets={99999: 1.0})
    assert dump(demo) == before


def test_a_failed_rollover_leaves_the_plan_as_before(demo, monkeypatch):
    before = dump(demo)

    def broken(*args, **kwargs):
        raise DomainError("undo.impossible", detail="killed")

    monkeypatch.setattr(rollover_module, "_risks", broken)
    with pytest.raises(DomainError):
        rollover(demo, 2027)
    assert dump(demo) == before and demo.year == 2026


def test_subtrees_that_stay_links_and_checkpoints(norrtalje):
    plan = norrtalje
    with plan.session() as session:
        level = dict(session.execute(select(GovernanceLevel.key, GovernanceLevel.id)).all())
    area_a = create_node(plan, level_id=level["focus_area"], title="Område A")
    goal_a = create_node(plan, level_id=level["direction_goal"], title="Inriktning A1", parent_id=area_a)
    create_node(plan, level_id=level["result_goal"], title="Resultat A1a", parent_id=goal_a)
    area_b = create_node(plan, level_id=level["focus_area"], title="Område B")
    goal_b = create_node(plan, level_id=level["direction_goal"], title="Inriktning B1", parent_id=area_b)
    done = create_node(plan, level_id=level["assignment"], title="Klart uppdrag", progress=Progress.DONE.value)
    measure = create_node(plan, level_id=level["measure"], title="Öppen åtgärd", parent_id=done, progress="ongoing")
    create_node(plan, level_id=level["activity"], title="Öppen aktivitet", parent_id=measure)
    task = create_node(plan, level_id=level["assignment"], title="Pågående uppdrag", progress="ongoing")
    create_node(plan, level_id=level["activity"], title="Avbruten aktivitet", parent_id=task, progress="cancelled")
    kept = create_node(plan, level_id=level["activity"], title="Ny aktivitet", parent_id=task)
    link_nodes(plan, task, goal_b)
    link_nodes(plan, task, goal_a)  # A1 ends with its målområde: this link stays in 2027
    update_node(plan, area_a, ended=True)
    with plan.transaction() as session:
        session.add(Checkpoint(node_id=task, due=date(2027, 5, 1), title="Delrapport 1", done=True))
        session.add(Checkpoint(node_id=task, due=date(2027, 11, 1), title="Delrapport 2"))
    before = view(plan, 2027)

    report = rollover(plan, 2028)

    assert report.ended == ["Område A", "Inriktning A1", "Resultat A1a"]
    assert report.staying["assignment"] == ["Klart uppdrag"]
    assert report.staying["measure"] == ["Öppen åtgärd"]
    assert sorted(report.staying["activity"]) == ["Avbruten aktivitet", "Öppen aktivitet"]
    new = {n.title: n for n in nodes_of(plan, 2028)}
    assert sorted(new) == sorted(["Inriktning B1", "Ny aktivitet", "Pågående uppdrag", "Område B"])
    assert new["Ny aktivitet"].parent_id == new["Pågående uppdrag"].id
    assert new["Inriktning B1"].parent_id == new["Område B"].id
    with plan.session() as session:
        links = session.execute(select(NodeLink.source_id, NodeLink.target_id)).all()
        titles = session.execute(select(Checkpoint.title).where(Checkpoint.node_id == new["Pågående uppdrag"].id)).scalars().all()
    assert (new["Pågående uppdrag"].id, new["Inriktning B1"].id) in links
    assert {(task, goal_b), (task, goal_a)} <= set(links) and len(links) == 3
    assert titles == ["Delrapport 2"]
    assert kept not in {n.id for n in new.values()}
    assert view(plan, 2027) == before


def test_a_period_named_by_its_year_and_ending_on_29_february(tmp_path):
    with open_plan(make_plan(tmp_path / "skott.styrplan", "norrtalje", year=2028)) as plan:
        create_period(plan, name="Skottdagsrapport 2028", kind="monthly_report", period_end=date(2028, 2, 29))
        rollover(plan, 2029)
        with plan.session() as session:
            moved = session.execute(select(ReportingPeriod).where(ReportingPeriod.year == 2029,
                                                                  ReportingPeriod.name.like("Skottdagsrapport%"))).scalars().one()
        assert (moved.name, moved.period_end) == ("Skottdagsrapport 2029", date(2029, 2, 28))
        assert [y.title for y in plan_years(plan)][-1].endswith("2029")


def test_a_one_off_event_stays_and_a_last_tuesday_meeting_stays_the_last(demo):
    with demo.session() as session:
        ring = session.execute(select(WheelEvent.ring_id)).scalars().first()
    create_event(demo, ring_id=ring, title="Flytt till nya lokaler", start=date(2026, 5, 4), recurring_yearly=False)
    create_event(demo, ring_id=ring, title="Extra sammanträde", start=date(2026, 3, 31), kind="committee_meeting")
    report = rollover(demo, 2027)
    assert report.events_once == 1 and report.events == 11
    with demo.session() as session:
        titles = {(e.title, e.start) for e in session.execute(select(WheelEvent).where(WheelEvent.previous_uuid.is_not(None))).scalars()}
    assert ("Extra sammanträde", date(2027, 3, 30)) in titles  # the last Tuesday of March, both years
    assert not any(title == "Flytt till nya lokaler" for title, _ in titles)
