"""What the Uppföljning page shows for one reporting period: each goal and uppdrag with the status,
assessment and analysis written for it, and its indicators' figures as they stood at the period's end."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from ..enums import NodeKind, Status
from ..file.plan_file import PlanFile
from ..tables import FollowUp, Indicator, IndicatorNode, ReportingPeriod
from .node_rows import read_tree
from .plan_status import actual_totals, status_of, thresholds

IN_SCOPE = (NodeKind.GOAL.value, NodeKind.ASSIGNMENT.value)


@dataclass(frozen=True)
class PeriodInfo:
    id: int
    name: str
    kind: str
    year: int
    period_end: date
    due: date | None = None  # when the period's report is decided


@dataclass(frozen=True)
class FollowUpItem:
    node_id: int
    depth: int
    level_name: str
    title: str
    status: Status | None  # None: nothing written for this period yet
    assessment: str | None
    analysis: str


@dataclass(frozen=True)
class IndicatorFigure:
    name: str
    unit: str
    decimals: int
    outcome: float | None
    outcome_period: str
    target: float | None
    status: Status


def periods(plan: PlanFile) -> list[PeriodInfo]:
    with plan.session() as session:
        return [PeriodInfo(p.id, p.name, p.kind, p.year, p.period_end, p.due) for p in session.execute(
            select(ReportingPeriod).order_by(ReportingPeriod.period_end, ReportingPeriod.id)).scalars()]


def follow_up_items(plan: PlanFile, period_id: int) -> list[FollowUpItem]:
    """Goals, then uppdrag, in tree order, with what is written for them in the period."""
    with plan.session() as session:
        written = {f.node_id: f for f in session.execute(select(FollowUp).where(FollowUp.period_id == period_id)).scalars()}
    items = []
    for tree in ("goals", "assignments"):
        depth: dict[int | None, int] = {None: -1}
        for row in read_tree(plan, tree).rows:
            depth[row.id] = depth[row.parent_id] + 1
            if row.kind not in IN_SCOPE:
                continue
            f = written.get(row.id)
            items.append(FollowUpItem(row.id, depth[row.id], row.level_name, row.title,
                                      Status(f.status) if f else None, f.assessment if f else None,
                                      f.analysis if f else ""))
    return items


def progress(items: list[FollowUpItem]) -> tuple[int, int]:
    """(assessed, total): assessed means a status other than "ej bedömd" has been set."""
    done = sum(1 for item in items if item.status is not None and item.status != Status.UNKNOWN)
    return done, len(items)


def previous_analysis(plan: PlanFile, node_id: int, period_id: int) -> str:
    """The analysis written for the node in the latest earlier period that has one ("" if none)."""
    with plan.session() as session:
        current = session.get(ReportingPeriod, period_id)
        rows = session.execute(
            select(FollowUp.analysis).join(ReportingPeriod, ReportingPeriod.id == FollowUp.period_id)
            .where(FollowUp.node_id == node_id, ReportingPeriod.period_end < current.period_end, FollowUp.analysis != "")
            .order_by(ReportingPeriod.period_end.desc())).scalars().all()
    return rows[0] if rows else ""


def indicator_figures(plan: PlanFile, node_id: int, period_end: date) -> list[IndicatorFigure]:
    """The node's indicators: the latest total outcome up to the period's end, target and status."""
    limits = thresholds(plan)
    with plan.session() as session:
        indicators = session.execute(select(Indicator).join(IndicatorNode, IndicatorNode.indicator_id == Indicator.id)
                                     .where(IndicatorNode.node_id == node_id).order_by(Indicator.position)).scalars().all()
        outcomes = actual_totals(session, [ind.id for ind in indicators], until=period_end)
    out = []
    for ind in indicators:
        value, period = outcomes[ind.id][-1] if ind.id in outcomes else (None, "")
        out.append(IndicatorFigure(ind.name, ind.unit, ind.decimals, value, period, ind.target,
                                   status_of(ind, value, limits).status))
    return out


def follow_up_state(plan: PlanFile, node_id: int, period_id: int) -> dict | None:
    """A node's follow-up in a period as {status, assessment, analysis}, or None if there is none."""
    with plan.session() as session:
        row = session.execute(select(FollowUp).where(FollowUp.node_id == node_id,
                                                     FollowUp.period_id == period_id)).scalars().first()
        return None if row is None else {"status": row.status, "assessment": row.assessment, "analysis": row.analysis}


@dataclass(frozen=True)
class PeriodRow:
    """A reporting period as Plan → Reporting periods lists it: what is written for it, and the årshjul
    event whose last day is its decision date (if one points to it)."""

    id: int
    name: str
    kind: str
    year: int
    period_end: date
    due: date | None
    follow_ups: int
    event: str  # the title of the årshjul's event that sets `due`, "" if none


def period_rows(plan: PlanFile) -> list[PeriodRow]:
    from sqlalchemy import func

    from ..tables import WheelEvent

    with plan.session() as session:
        written = dict(session.execute(select(FollowUp.period_id, func.count()).group_by(FollowUp.period_id)).all())
        events: dict[int, list[tuple[date, str]]] = {}
        for period_id, end, title in session.execute(select(WheelEvent.period_id, WheelEvent.end, WheelEvent.title)
                                                     .where(WheelEvent.period_id.is_not(None))).all():
            events.setdefault(period_id, []).append((end, title))
    return [PeriodRow(p.id, p.name, p.kind, p.year, p.period_end, p.due, written.get(p.id, 0),
                      max(events[p.id])[1] if p.id in events else "") for p in periods(plan)]
