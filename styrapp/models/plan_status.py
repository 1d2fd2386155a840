"""Where the plan stands: each node's latest followed-up status, each indicator's traffic light.

A node's status is the one written in its follow-up for the latest reporting period that has one.
An indicator's status comes from `status.indicator_status` over its latest actual value (total, T)
against its target and baseline, with the plan's own thresholds.
"""

from __future__ import annotations

from collections import Counter

from sqlalchemy import select

from .enums import Gender, MeasurementKind, NodeKind, Status
from .plan_file import PlanFile
from .plan_settings import STATUS_TOLERANCE, STATUS_YELLOW_PROGRESS, get_setting
from .status import StatusResult, Thresholds, indicator_status
from .tables import GovernanceLevel, Indicator, Measurement, Node
from .tree_rows import LATEST_STATUS_SQL


def node_statuses(plan: PlanFile) -> dict[int, Status]:
    """Node id → status from its most recent follow-up (nodes never followed up are left out)."""
    with plan.session() as session:
        rows = session.connection().exec_driver_sql(f"SELECT n.id, {LATEST_STATUS_SQL} FROM node n").all()
    return {node_id: Status(status) for node_id, status in rows if status}


def thresholds(plan: PlanFile) -> Thresholds:
    return Thresholds(yellow_progress=get_setting(plan, STATUS_YELLOW_PROGRESS),
                      tolerance=get_setting(plan, STATUS_TOLERANCE))


def indicator_statuses(plan: PlanFile) -> dict[int, StatusResult]:
    """Indicator id → traffic light from its latest actual total value."""
    limits = thresholds(plan)
    with plan.session() as session:
        indicators = session.execute(select(Indicator)).scalars().all()
        latest: dict[int, float] = {}
        for indicator_id, value in session.execute(
            select(Measurement.indicator_id, Measurement.value)
            .where(Measurement.kind == MeasurementKind.ACTUAL.value, Measurement.gender == Gender.TOTAL.value)
            .order_by(Measurement.date, Measurement.id)
        ).all():
            latest[indicator_id] = value
        return {
            ind.id: indicator_status(latest.get(ind.id), ind.target, ind.baseline, ind.direction, limits,
                                     ind.status_override, ind.status_override_reason)
            for ind in indicators
        }


def status_counts(plan: PlanFile) -> dict[str, dict[Status, int]]:
    """For Översikt: per kind (goals, assignments, measures, activities, indicators) how many are green, yellow…"""
    statuses = node_statuses(plan)
    with plan.session() as session:
        kinds = session.execute(
            select(Node.id, GovernanceLevel.kind).join(GovernanceLevel, GovernanceLevel.id == Node.level_id)
        ).all()
    group = {NodeKind.GOAL.value: "goals", NodeKind.ASSIGNMENT.value: "assignments",
             NodeKind.MEASURE.value: "measures", NodeKind.ACTIVITY.value: "activities"}
    counts: dict[str, Counter] = {key: Counter() for key in ("goals", "assignments", "measures", "activities", "indicators")}
    for node_id, kind in kinds:
        counts[group[kind]][statuses.get(node_id, Status.UNKNOWN)] += 1
    for result in indicator_statuses(plan).values():
        counts["indicators"][result.status] += 1
    return {key: {status: counter.get(status, 0) for status in Status} for key, counter in counts.items()}
