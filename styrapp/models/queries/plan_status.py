"""Where the plan stands: each node's latest followed-up status, each indicator's traffic light.

A node's status is the one written in its follow-up for the latest reporting period that has one.
An indicator's status comes from `status.indicator_status` over its latest actual value (total, T)
against its target and baseline, with the plan's own thresholds.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from sqlalchemy import select

from ..enums import Gender, MeasurementKind, NodeKind, Status
from ..file.plan_file import PlanFile
from ..file.year_scope import year_in_view
from ..rules.plan_settings import STATUS_TOLERANCE, STATUS_YELLOW_PROGRESS
from ..rules.status import StatusResult, Thresholds, indicator_status
from ..tables import GovernanceLevel, Indicator, Measurement, Node
from .indicator_targets import targets_in_view
from .plan_settings import get_setting
from .tree_rows import LATEST_STATUS_SQL


def node_statuses(plan: PlanFile) -> dict[int, Status]:
    """Node id → status from its most recent follow-up (nodes never followed up are left out)."""
    with plan.session() as session:
        rows = session.connection().exec_driver_sql(f"SELECT n.id, {LATEST_STATUS_SQL} FROM node n WHERE n.year = ?",
                                                    (year_in_view(session),)).all()
    return {node_id: Status(status) for node_id, status in rows if status}


def thresholds(plan: PlanFile) -> Thresholds:
    return Thresholds(yellow_progress=get_setting(plan, STATUS_YELLOW_PROGRESS),
                      tolerance=get_setting(plan, STATUS_TOLERANCE))


def actual_totals(session, indicator_ids: list[int] | None = None,
                  until: date | None = None) -> dict[int, list[tuple[float, str]]]:
    """Indicator id → its actual total outcomes (value, period) in date order, up to `until` if given:
    the figures every traffic light, trend and "latest outcome" is read from. One query."""
    query = (select(Measurement.indicator_id, Measurement.value, Measurement.period)
             .where(Measurement.kind == MeasurementKind.ACTUAL.value, Measurement.gender == Gender.TOTAL.value)
             .order_by(Measurement.date, Measurement.id))
    if indicator_ids is not None:
        query = query.where(Measurement.indicator_id.in_(indicator_ids))
    if until is not None:
        query = query.where(Measurement.date <= until)
    out: dict[int, list[tuple[float, str]]] = {}
    for indicator_id, value, period in session.execute(query).all():
        out.setdefault(indicator_id, []).append((value, period))
    return out


def status_of(indicator: Indicator, outcome: float | None, limits: Thresholds,
              targets: dict[int, float] | None = None) -> StatusResult:
    """The plan's rule for one indicator and outcome, with its manual override; `targets` (from
    `indicator_targets.targets_in_view`) gives an older year's target where it differs."""
    target = (targets or {}).get(indicator.id, indicator.target)
    return indicator_status(outcome, target, indicator.baseline, indicator.direction, limits,
                            indicator.status_override, indicator.status_override_reason)


def indicator_statuses(plan: PlanFile) -> dict[int, StatusResult]:
    """Indicator id → traffic light from its latest actual total value."""
    limits = thresholds(plan)
    with plan.session() as session:
        indicators = session.execute(select(Indicator)).scalars().all()
        outcomes = actual_totals(session)
        targets = targets_in_view(session)
        return {ind.id: status_of(ind, outcomes[ind.id][-1][0] if ind.id in outcomes else None, limits, targets)
                for ind in indicators}


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
