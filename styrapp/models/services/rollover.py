"""The turn of the year: plan year Y made from year Y−1, the plan's newest, in one transaction.

What is carried into Y, each copy with a fresh uuid and `previous_uuid` = its source's uuid (its lineage):
- goals, unless marked as ended; uppdrag, åtgärder and aktiviteter whose progress is not done or cancelled
  (those stay in Y−1). A node whose parent is not carried (an open aktivitet under a finished uppdrag, a
  goal under an ended goal) stays in Y−1 with its whole subtree: attaching it higher up would break the
  styrmodell's level rules, and it is reported as staying. With the nodes go their serves links among the
  carried nodes, their Agenda 2030 goals, their indicators (indicator_node), their styrdokument links,
  their checkpoints not done, and their node_source rows (uppdragsgivarens mål keep their source).
  Follow-ups and analyses stay in their year.
- indicators are not copied: their measured values belong to them across years, so charts span years.
  A new target for Y (`targets`) is stored on the indicator (target; target_year = Y where it had one) after the old
  target is kept as Y−1's målvärde (a measurement of kind target for period "Y−1", unless one exists),
  so Y−1 viewed later is judged against the target it had (`queries.indicator_targets`).
- the reporting periods of Y−1, one year on (the year in their name too; 29 February becomes the 28th).
- the årshjul events of Y−1's wheel (the twelve months from the wheel's start month in Y−1) that recur every
  year, one year on (a one-off event stays where it happened):
  meetings (committee meetings, dialogues, decisions) keep their weekday — the second Tuesday of March
  stays the second Tuesday, the last stays the last — every other event keeps its day and month. An
  event that points to a period of Y−1 points to its copy; each new period's due day follows its events.
- the risks of Y−1 (the risk register has no "closed": a risk is open until someone removes it, so all
  are carried), their reporting period mapped to the new one; not their control follow-ups.
- a plan_year row for Y, its title Y−1's with the year replaced; the plan's year and title likewise.
The styrmodell (levels), units, indicators and rings are shared by every year: nothing to copy.
"""

from __future__ import annotations

import calendar
import math
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import insert, select, update

from ..enums import EventKind, Gender, MeasurementKind, NodeKind, Progress
from ..errors import InvalidValue
from ..file.plan_file import PlanFile
from ..rules.periods import add_years
from ..rules.plan_settings import CLOSE_BEFORE_ROLLOVER
from ..tables import (
    Checkpoint,
    DocumentNode,
    GovernanceLevel,
    Indicator,
    IndicatorNode,
    Measurement,
    Node,
    NodeLink,
    NodeSdg,
    NodeSource,
    Plan,
    PlanSetting,
    PlanYear,
    ReportingPeriod,
    Risk,
    WheelEvent,
    new_uuid,
)

ALL = {"all_years": True}
NOT_CARRIED = (Progress.DONE.value, Progress.CANCELLED.value)
MEETING_KINDS = (EventKind.COMMITTEE_MEETING.value, EventKind.DIALOGUE.value, EventKind.DECISION.value)
KINDS = (NodeKind.GOAL.value, NodeKind.ASSIGNMENT.value, NodeKind.MEASURE.value, NodeKind.ACTIVITY.value)


@dataclass(frozen=True)
class TargetChange:
    indicator_id: int
    name: str
    unit: str
    decimals: int
    target: float | None  # today's target (Y−1's)
    target_year: int | None
    new_target: float | None  # Y's target

    @property
    def changed(self) -> bool:
        return self.new_target != self.target


@dataclass
class RolloverReport:
    """What the turn of the year did, or would do (`dry_run`)."""

    from_year: int
    year: int
    title: str  # the new year's verksamhetsplan title
    carried: dict[str, list[str]] = field(default_factory=lambda: {kind: [] for kind in KINDS})  # kind → titles
    staying: dict[str, list[str]] = field(default_factory=lambda: {kind: [] for kind in KINDS})  # done, cancelled …
    ended: list[str] = field(default_factory=list)  # nodes marked as ended, and what lies under them
    periods: list[tuple[str, str]] = field(default_factory=list)  # (Y−1's name, Y's name)
    events: int = 0
    meetings: int = 0  # of the events, those moved to the same weekday
    events_once: int = 0  # one-off events of Y−1's wheel (not recurring yearly): they stay
    risks: int = 0
    targets: list[TargetChange] = field(default_factory=list)  # every indicator, changed or not
    links: int = 0
    dry_run: bool = False

    def count(self, kind: str) -> int:
        return len(self.carried[kind])

    @property
    def targets_changed(self) -> int:
        return sum(1 for change in self.targets if change.changed)

    def counts(self) -> dict[str, int]:
        return {"goals": self.count(NodeKind.GOAL.value), "assignments": self.count(NodeKind.ASSIGNMENT.value),
                "measures": self.count(NodeKind.MEASURE.value), "activities": self.count(NodeKind.ACTIVITY.value),
                "periods": len(self.periods), "events": self.events, "risks": self.risks,
                "targets": self.targets_changed}


def rollover(plan: PlanFile, year: int, *, targets: dict[int, float | None] | None = None, dry_run: bool = False,
             allow_open_year: bool = False) -> RolloverReport:
    """Make plan year `year` from the year before it, the plan's newest (see the module's doc). `targets`:
    indicator id → its target for `year` (None or left out: kept). `dry_run` says what would be done and
    writes nothing. Refused (nothing changed): a year the plan holds, a year that does not follow the newest,
    the newest year still open when the plan requires it closed (unless `allow_open_year`)."""
    targets = _check_targets(targets or {})
    if dry_run:
        with plan.session() as session:
            return _turn(session, year, targets, allow_open_year=allow_open_year, write=False)
    with plan.transaction(allow_closed=True) as session:
        report = _turn(session, year, targets, allow_open_year=allow_open_year, write=True)
    plan.year = None  # the plan now views its newest year, Y
    return report


def _check_targets(targets: dict) -> dict[int, float]:
    out = {}
    for indicator_id, value in targets.items():
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            raise InvalidValue("rollover.target_not_number", value=str(value))
        out[int(indicator_id)] = float(value)
    return out


def refusal(session, year: int, *, allow_open_year: bool = False) -> None:
    """Raise the reason `year` cannot be made now, if there is one."""
    years = sorted(session.execute(select(PlanYear.year)).scalars())
    if not years:
        raise InvalidValue("year.none")
    if year in years:
        raise InvalidValue("rollover.year_exists", year=year)
    newest = years[-1]
    if year < years[0]:
        raise InvalidValue("rollover.before_first", year=year, first=years[0], next=newest + 1)
    if year != newest + 1:
        raise InvalidValue("rollover.not_next", year=year, newest=newest, next=newest + 1)
    if not allow_open_year and _setting_on(session):
        closed = session.execute(select(PlanYear.closed_on).where(PlanYear.year == newest)).scalar()
        if closed is None:
            raise InvalidValue("rollover.not_closed", year=newest, next=year)


def _setting_on(session) -> bool:
    import json

    row = session.get(PlanSetting, CLOSE_BEFORE_ROLLOVER.key)
    try:
        return bool(json.loads(row.value)) if row is not None else CLOSE_BEFORE_ROLLOVER.default
    except ValueError:
        return CLOSE_BEFORE_ROLLOVER.default


def _turn(session, year: int, targets: dict[int, float], *, allow_open_year: bool, write: bool) -> RolloverReport:
    refusal(session, year, allow_open_year=allow_open_year)
    old = year - 1
    old_row = session.execute(select(PlanYear).where(PlanYear.year == old)).scalars().one()
    report = RolloverReport(old, year, replace_year(old_row.title, old, year), dry_run=not write)
    node_map = _nodes(session, old, year, report, write)
    period_map = _periods(session, old, year, report, write)
    _events(session, old, year, period_map, report, write)
    _risks(session, old, year, period_map, report, write)
    _targets(session, old, year, targets, report, write)
    if write:
        _links(session, node_map)
        session.add(PlanYear(year=year, title=report.title))
        plan_row = session.get(Plan, 1)
        plan_row.year, plan_row.title = year, replace_year(plan_row.title, old, year)
        session.add(plan_row)
        session.flush()
    return report


# --- nodes -----------------------------------------------------------------------------------------------

_NODE_SKIP = ("id", "uuid", "year", "previous_uuid", "parent_id")


def _nodes(session, old: int, year: int, report: RolloverReport, write: bool) -> dict[int, int]:
    """Carry the nodes; old id → new id (empty on a dry run)."""
    table = Node.__table__
    kinds = dict(session.execute(select(GovernanceLevel.id, GovernanceLevel.kind)).all())
    rows = session.execute(select(table).where(table.c.year == old)
                           .order_by(table.c.parent_id, table.c.position, table.c.id).execution_options(**ALL)).mappings().all()
    children: dict[int | None, list] = defaultdict(list)
    for row in rows:
        children[row["parent_id"]].append(row)
    carried: list = []  # rows in parent-first order, each with its depth

    def staying(row, ended: bool) -> None:
        (report.ended if ended else report.staying[kinds[row["level_id"]]]).append(row["title"])
        for child in children.get(row["id"], ()):
            staying(child, ended)

    def walk(row, depth: int) -> None:
        kind = kinds[row["level_id"]]
        if row["ended"]:
            staying(row, ended=True)
            return
        if kind != NodeKind.GOAL.value and row["progress"] in NOT_CARRIED:
            staying(row, ended=False)
            return
        carried.append((depth, row))
        report.carried[kind].append(row["title"])
        for child in children.get(row["id"], ()):
            walk(child, depth + 1)

    known = {row["id"] for row in rows}
    for row in rows:  # the roots, and any node whose parent lies in another year (none should)
        if row["parent_id"] is None or row["parent_id"] not in known:
            walk(row, 0)
    if not write or not carried:
        return {}
    columns = [c.name for c in table.columns if c.name not in _NODE_SKIP]
    by_depth: dict[int, list] = defaultdict(list)
    for depth, row in carried:
        by_depth[depth].append(row)
    node_map: dict[int, int] = {}
    for depth in sorted(by_depth):
        uuids = {}
        values = []
        for row in by_depth[depth]:
            uuid = new_uuid()
            uuids[uuid] = row["id"]
            values.append({**{name: row[name] for name in columns}, "uuid": uuid, "year": year,
                           "previous_uuid": row["uuid"], "parent_id": node_map.get(row["parent_id"])})
        session.execute(insert(table), values)
        for new_id, uuid in session.execute(select(table.c.id, table.c.uuid).where(
                table.c.year == year, table.c.parent_id.is_(None) if depth == 0 else table.c.parent_id.in_(
                    [node_map[r["parent_id"]] for r in by_depth[depth]])).execution_options(**ALL)).all():
            if uuid in uuids:
                node_map[uuids[uuid]] = new_id
    return node_map


def _links(session, node_map: dict[int, int]) -> None:
    """What hangs on the carried nodes: serves links among them, Agenda 2030, indicators, styrdokument,
    open checkpoints, the source of uppdragsgivarens mål."""
    old_ids = list(node_map)

    def rows(table, column):
        out = []
        for chunk in range(0, len(old_ids), 900):
            out += session.execute(select(table).where(column.in_(old_ids[chunk:chunk + 900]))
                                   .execution_options(**ALL)).mappings().all()
        return out

    links = [{**row, "source_id": node_map[row["source_id"]], "target_id": node_map[row["target_id"]]}
             for row in rows(NodeLink.__table__, NodeLink.__table__.c.source_id) if row["target_id"] in node_map]
    simple = [(NodeSdg.__table__, NodeSdg.__table__.c.node_id), (IndicatorNode.__table__, IndicatorNode.__table__.c.node_id),
              (DocumentNode.__table__, DocumentNode.__table__.c.node_id), (NodeSource.__table__, NodeSource.__table__.c.node_id)]
    if links:
        session.execute(insert(NodeLink.__table__), links)
    for table, column in simple:
        values = [{**row, "node_id": node_map[row["node_id"]]} for row in rows(table, column)]
        if values:
            session.execute(insert(table), values)
    checkpoints = [{"uuid": new_uuid(), "node_id": node_map[row["node_id"]], "due": row["due"], "title": row["title"],
                    "done": False} for row in rows(Checkpoint.__table__, Checkpoint.__table__.c.node_id) if not row["done"]]
    if checkpoints:
        session.execute(insert(Checkpoint.__table__), checkpoints)


# --- periods, årshjul, risks -----------------------------------------------------------------------------


def _periods(session, old: int, year: int, report: RolloverReport, write: bool) -> dict[int, int]:
    table = ReportingPeriod.__table__
    rows = session.execute(select(table).where(table.c.year == old).order_by(table.c.period_end, table.c.id)).mappings().all()
    values = []
    for row in rows:
        name = replace_year(row["name"], old, year)
        report.periods.append((row["name"], name))
        values.append({"uuid": new_uuid(), "previous_uuid": row["uuid"], "kind": row["kind"], "name": name, "year": year,
                       "period_end": add_years(row["period_end"], 1),
                       "due": add_years(row["due"], 1) if row["due"] else None})
    if not write or not values:
        return {}
    session.execute(insert(table), values)
    new = dict(session.execute(select(table.c.previous_uuid, table.c.id).where(table.c.year == year)).all())
    return {row["id"]: new[row["uuid"]] for row in rows}


def wheel_year(day: date, start_month: int) -> int:
    """The plan year whose wheel (twelve months from `start_month`) holds `day`."""
    return day.year if day.month >= start_month else day.year - 1


def _events(session, old: int, year: int, period_map: dict[int, int], report: RolloverReport, write: bool) -> None:
    table = WheelEvent.__table__
    start_month = session.execute(select(Plan.wheel_start_month)).scalar() or 1
    values = []
    for row in session.execute(select(table).order_by(table.c.start, table.c.id)).mappings():
        if wheel_year(row["start"], start_month) != old:
            continue  # another year's wheel (an event after Y−1's wheel is shown in Y's from now on)
        if not row["recurring_yearly"]:
            report.events_once += 1  # a one-off event stays where it happened
            continue
        meeting = row["kind"] in MEETING_KINDS
        start = same_weekday_next_year(row["start"]) if meeting else add_years(row["start"], 1)
        end = start + (row["end"] - row["start"]) if meeting else max(start, add_years(row["end"], 1))
        report.events += 1
        report.meetings += meeting
        values.append({**{k: v for k, v in row.items() if k != "id"}, "uuid": new_uuid(), "previous_uuid": row["uuid"],
                       "uid": None, "start": start, "end": end, "period_id": period_map.get(row["period_id"])})
    if not write:
        return
    if values:
        session.execute(insert(table), values)
    from .wheel import _sync_periods  # the due day of a period = the end of its latest event

    _sync_periods(session, set(period_map.values()))


def _risks(session, old: int, year: int, period_map: dict[int, int], report: RolloverReport, write: bool) -> None:
    table = Risk.__table__
    values = [{**{k: v for k, v in row.items() if k != "id"}, "uuid": new_uuid(), "previous_uuid": row["uuid"],
               "year": year, "report_period_id": period_map.get(row["report_period_id"])}
              for row in session.execute(select(table).where(table.c.year == old).order_by(table.c.id)).mappings()]
    report.risks = len(values)
    if write and values:
        session.execute(insert(table), values)


# --- indicator targets -----------------------------------------------------------------------------------


def _targets(session, old: int, year: int, targets: dict[int, float], report: RolloverReport, write: bool) -> None:
    indicators = session.execute(select(Indicator.id, Indicator.name, Indicator.unit, Indicator.decimals, Indicator.target,
                                        Indicator.target_year).order_by(Indicator.position, Indicator.id)).all()
    known = {row.id for row in indicators}
    for indicator_id in targets:
        if indicator_id not in known:
            raise InvalidValue("rollover.no_indicator", ident=indicator_id)
    for row in indicators:
        report.targets.append(TargetChange(row.id, row.name, row.unit, row.decimals, row.target, row.target_year,
                                           targets.get(row.id, row.target)))
    changed = [change for change in report.targets if change.changed]
    if not write or not changed:
        return
    period = str(old)
    kept = set(session.execute(select(Measurement.indicator_id).where(
        Measurement.kind == MeasurementKind.TARGET.value, Measurement.gender == Gender.TOTAL.value,
        Measurement.period == period, Measurement.indicator_id.in_([c.indicator_id for c in changed]))).scalars())
    keep = [{"indicator_id": c.indicator_id, "period": period, "date": date(old, 12, 31), "value": c.target,
             "kind": MeasurementKind.TARGET.value, "gender": Gender.TOTAL.value, "comment": "", "source": "styrapp"}
            for c in changed if c.target is not None and c.indicator_id not in kept]
    if keep:
        session.execute(insert(Measurement.__table__), keep)
    for change in changed:
        # a target with a year becomes Y's; one without a year stays without (it holds for every year)
        session.execute(update(Indicator).where(Indicator.id == change.indicator_id).values(
            target=change.new_target, target_year=year if change.target_year is not None else None))


# --- dates and names -------------------------------------------------------------------------------------


def replace_year(text: str, old: int, year: int) -> str:
    """`text` with the year `old` replaced by `year` ("Verksamhetsplan 2026" → "Verksamhetsplan 2027")."""
    return text.replace(str(old), str(year))


def same_weekday_next_year(day: date) -> date:
    """The same weekday in the same month a year on: the second Tuesday of March stays the second Tuesday;
    the last Tuesday of a month stays the last (so a fifth Tuesday becomes the last one)."""
    year = day.year + 1
    days_in_month = calendar.monthrange(day.year, day.month)[1]
    last = day.day + 7 > days_in_month
    new_days = calendar.monthrange(year, day.month)[1]
    first = date(year, day.month, 1)
    first_same = first + timedelta(days=(day.weekday() - first.weekday()) % 7)
    if last:
        candidate = first_same
        while candidate + timedelta(days=7) <= date(year, day.month, new_days):
            candidate += timedelta(days=7)
        return candidate
    return first_same + timedelta(weeks=(day.day - 1) // 7)
