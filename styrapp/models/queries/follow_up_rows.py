"""What the Uppföljning page shows for one reporting period: every goal, uppdrag, åtgärd and aktivitet
with the status, assessment and analysis written for it, grouped under its målområde, and its
indicators' figures and status as they stood at the period's end."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select

from ..enums import Status, Tree
from ..file.plan_file import PlanFile
from ..file.year_scope import year_in_view
from ..tables import FollowUp, Indicator, IndicatorNode, ReportingPeriod
from .indicator_targets import targets_in_view
from .plan_status import actual_totals, status_of, thresholds


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
    """One row of Uppföljning's tree: a node followed up in the period (a goal, uppdrag, åtgärd or
    aktivitet), or the group of uppdrag that serve no goal (`node_id` None, `id` 0)."""

    id: int  # the node's id; 0 for the group of uppdrag linked to no goal
    parent_id: int | None
    node_id: int | None
    level_name: str
    kind: str
    title: str
    status: Status | None  # None: nothing written for this period yet
    assessment: str | None
    analysis: str
    indicators: Status | None = None  # what its indicators say at the period's end (None: it has none)
    matches: bool = True  # False: shown only because something beneath it matches the filter

    @property
    def disagrees(self) -> bool:
        """Its own status and its indicators' are both known and differ."""
        known = (Status.GREEN, Status.YELLOW, Status.RED)
        return self.status in known and self.indicators in known and self.status != self.indicators


@dataclass(frozen=True)
class FollowUpTree:
    rows: list[FollowUpItem]  # parents before children, in the order shown
    assessed: int  # of the nodes the unit filter keeps: how many have an assessment (a bedömning)
    total: int


UNLINKED = 0  # the id of the group of uppdrag that serve no goal

_WORST = {Status.RED: 3, Status.YELLOW: 2, Status.GREEN: 1, Status.UNKNOWN: 0}


def follow_up_tree(plan: PlanFile, period_id: int, *, unit_id: int | None = None,
                   only_unassessed: bool = False) -> FollowUpTree:
    """Every node of the plan (goals, uppdrag, åtgärder, aktiviteter) with what is written for it in the
    period, as a tree grouped under its målområde (the top of the goal tree): a goal's own subtree
    first, then the uppdrag that serve a goal in it, each with its åtgärder and aktiviteter. Uppdrag
    that serve no goal come last, under a group of their own.

    `unit_id` keeps the nodes the unit or a unit beneath it owns (a node without an owner is its
    parent's); `only_unassessed` keeps those without an assessment. The nodes above a kept one stay,
    marked `matches=False`, so each row keeps its place in the tree."""
    with plan.session() as session:
        connection = session.connection()
        nodes = connection.exec_driver_sql(
            "SELECT n.id, n.parent_id, l.name, l.kind, l.tree, n.title, n.owner_unit_id "
            "FROM node n JOIN governance_level l ON l.id = n.level_id WHERE n.year = ? ORDER BY n.position, n.id",
            (year_in_view(session),)).all()
        links = connection.exec_driver_sql("SELECT x.source_id, x.target_id FROM node_link x JOIN node n ON n.id = x.source_id "
                                           "WHERE n.year = ?", (year_in_view(session),)).all()
        units = dict(connection.exec_driver_sql("SELECT id, parent_id FROM org_unit").all())
        written = {f.node_id: f for f in session.execute(select(FollowUp).where(FollowUp.period_id == period_id)).scalars()}
        period = session.get(ReportingPeriod, period_id)
        indicator_status = _indicator_status_by_node(plan, session, period.period_end) if period else {}

    info = {row[0]: row for row in nodes}
    children: dict[int | None, list[int]] = {}
    for ident, parent_id, *_rest in nodes:
        children.setdefault(parent_id, []).append(ident)
    tree_of = {row[0]: row[4] for row in nodes}

    def subtree(ident: int) -> list[int]:
        out, stack = [], [ident]
        while stack:
            current = stack.pop()
            out.append(current)
            stack.extend(reversed(children.get(current, [])))
        return out

    # Which målområde each goal-tree node belongs to, and where each top uppdrag goes.
    area_of: dict[int, int] = {}
    goal_roots = [i for i in children.get(None, []) if tree_of[i] == Tree.GOALS.value]
    for root in goal_roots:
        for ident in subtree(root):
            area_of[ident] = root
    served: dict[int, list[int]] = {}
    for source, target in links:
        served.setdefault(source, []).append(target)
    placed_under: dict[int, int] = {}  # top uppdrag → målområde root, or UNLINKED
    for top in (i for i in children.get(None, []) if tree_of[i] == Tree.ASSIGNMENTS.value):
        areas = [area_of[t] for member in subtree(top) for t in served.get(member, []) if t in area_of]
        placed_under[top] = min(areas, key=goal_roots.index) if areas else UNLINKED

    def owner(ident: int) -> int | None:
        while ident is not None:
            if info[ident][6] is not None:
                return info[ident][6]
            ident = info[ident][1]
        return None

    def within(unit: int | None) -> bool:
        while unit is not None:
            if unit == unit_id:
                return True
            unit = units.get(unit)
        return False

    def item(ident: int, parent_id: int | None) -> FollowUpItem:
        _i, _p, level_name, kind, _tree, title, _owner = info[ident]
        f = written.get(ident)
        return FollowUpItem(ident, parent_id, ident, level_name, kind, title, Status(f.status) if f else None,
                            f.assessment if f else None, f.analysis if f else "", indicator_status.get(ident))

    ordered: list[FollowUpItem] = []

    def add(ident: int, parent_id: int | None) -> None:
        ordered.append(item(ident, parent_id))
        for child in children.get(ident, []):
            add(child, ident)

    for root in goal_roots:
        add(root, None)
        for top in (t for t, area in placed_under.items() if area == root):
            add(top, root)
    unlinked = [t for t, area in placed_under.items() if area == UNLINKED]
    if unlinked:
        ordered.append(FollowUpItem(UNLINKED, None, None, "", "", "", None, None, ""))
        for top in unlinked:
            add(top, UNLINKED)

    in_unit = [r for r in ordered if r.node_id is not None and (unit_id is None or within(owner(r.node_id)))]
    assessed = sum(1 for r in in_unit if r.assessment)
    kept = {r.id for r in in_unit if not (only_unassessed and r.assessment)}
    if unit_id is None and not only_unassessed:
        return FollowUpTree(ordered, assessed, len(in_unit))
    parent_of = {r.id: r.parent_id for r in ordered}
    context: set[int] = set()
    for ident in kept:
        parent = parent_of[ident]
        while parent is not None and parent not in context:
            context.add(parent)
            parent = parent_of[parent]
    rows = [r if r.id in kept else replace(r, matches=False) for r in ordered if r.id in kept or r.id in context]
    return FollowUpTree(rows, assessed, len(in_unit))


def _indicator_status_by_node(plan: PlanFile, session, period_end: date) -> dict[int, Status]:
    """Node id → the worst status among its indicators, by their outcome at the period's end (UNKNOWN
    when none of them can be assessed)."""
    limits = thresholds(plan)
    pairs = session.execute(select(IndicatorNode.node_id, IndicatorNode.indicator_id)).all()
    if not pairs:
        return {}
    indicators = {ind.id: ind for ind in session.execute(select(Indicator)).scalars()}
    outcomes = actual_totals(session, list(indicators), until=period_end)
    targets = targets_in_view(session)  # an older year in view: the targets it had
    status = {ind_id: status_of(ind, outcomes[ind_id][-1][0] if ind_id in outcomes else None, limits, targets).status
              for ind_id, ind in indicators.items()}
    out: dict[int, Status] = {}
    for node_id, indicator_id in pairs:
        mine = status[indicator_id]
        if node_id not in out or _WORST[mine] > _WORST[out[node_id]]:
            out[node_id] = mine
    return out


@dataclass(frozen=True)
class IndicatorFigure:
    name: str
    unit: str
    decimals: int
    outcome: float | None
    outcome_period: str
    target: float | None
    status: Status


def periods_of_every_year(plan: PlanFile) -> list[PeriodInfo]:
    """Every reporting period the plan holds, of every plan year, in order."""
    with plan.session() as session:
        return [PeriodInfo(p.id, p.name, p.kind, p.year, p.period_end, p.due) for p in session.execute(
            select(ReportingPeriod).order_by(ReportingPeriod.period_end, ReportingPeriod.id)).scalars()]


def periods(plan: PlanFile, year: int | None = None) -> list[PeriodInfo]:
    """The reporting periods of plan year `year` (default: the year in view), in order."""
    with plan.session() as session:
        year = year_in_view(session) if year is None else year
        return [PeriodInfo(p.id, p.name, p.kind, p.year, p.period_end, p.due) for p in session.execute(
            select(ReportingPeriod).where(ReportingPeriod.year == year)
            .order_by(ReportingPeriod.period_end, ReportingPeriod.id)).scalars()]




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
        targets = targets_in_view(session, [ind.id for ind in indicators])  # an older year: its own target
    out = []
    for ind in indicators:
        value, period = outcomes[ind.id][-1] if ind.id in outcomes else (None, "")
        out.append(IndicatorFigure(ind.name, ind.unit, ind.decimals, value, period, targets.get(ind.id, ind.target),
                                   status_of(ind, value, limits, targets).status))
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
