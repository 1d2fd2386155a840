"""Ekonomi as rows: one unit's frames, outcomes and forecasts per period for the Ekonomi page, every
unit's figures at a period for the reports and the red thread. Amounts are öre (rules/money.py)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from ..enums import BudgetKind, Status
from ..file.plan_file import PlanFile
from ..file.year_scope import year_in_view
from ..rules import money
from ..rules import plan_settings as settings
from ..tables import BudgetFigure, BudgetLine, Node, OrgUnit, PlanYear, ReportingPeriod
from .plan_settings import get_setting

KINDS = (BudgetKind.OPERATING.value, BudgetKind.INVESTMENT.value)


def amount_unit(plan: PlanFile) -> str:
    unit = get_setting(plan, settings.ECONOMY_UNIT)
    return unit if unit in money.UNITS else settings.ECONOMY_UNIT.default


def budget_rule(plan: PlanFile) -> money.BudgetRule:
    stored = get_setting(plan, settings.ECONOMY_RULE)
    try:
        return money.check_rule(float(stored.get("green", 0.0)), float(stored.get("yellow", 0.02)))
    except (TypeError, ValueError, Exception):  # a hand-edited setting: the default rule
        return money.BudgetRule()


@dataclass(frozen=True)
class PeriodFigure:
    period_id: int
    period: str
    outcome: int | None
    forecast: int | None


@dataclass(frozen=True)
class FrameRow:
    """A unit's frame for a kind, with its figures in each period of the year (in period order)."""

    line_id: int | None  # None: no frame set yet
    kind: str
    frame: int | None
    figures: tuple[PeriodFigure, ...]

    def latest(self) -> PeriodFigure | None:
        """The last period with a forecast (or an outcome)."""
        for figure in reversed(self.figures):
            if figure.forecast is not None or figure.outcome is not None:
                return figure
        return None


@dataclass(frozen=True)
class BudgetAssignment:
    node_id: int
    title: str
    amount: int | None  # öre


@dataclass(frozen=True)
class UnitEconomy:
    unit_id: int
    unit: str
    year: int
    periods: tuple[tuple[int, str], ...]  # (id, name) of the year's reporting periods, in order
    frames: tuple[FrameRow, ...]  # drift, investering
    assignments: tuple[BudgetAssignment, ...] = field(default=())
    amount_unit: str = "tkr"
    rule: money.BudgetRule = money.BudgetRule()

    @property
    def assignments_total(self) -> int:
        return money.total(a.amount for a in self.assignments)


def _periods(session, year: int) -> list[ReportingPeriod]:
    return list(session.execute(select(ReportingPeriod).where(ReportingPeriod.year == year)
                                .order_by(ReportingPeriod.period_end, ReportingPeriod.id)).scalars())


def node_amount(tkr: float | None) -> int | None:
    """An uppdrag's budget amount (kept in tkr on the node) as öre."""
    if tkr is None:
        return None
    try:
        return money.parse_amount(float(tkr), "tkr")
    except Exception:
        return None


def unit_economy(plan: PlanFile, unit_id: int, year: int) -> UnitEconomy:
    """What the Ekonomi page shows for one unit and year."""
    unit_setting, rule = amount_unit(plan), budget_rule(plan)
    with plan.session() as session:
        unit = session.get(OrgUnit, unit_id)
        periods = _periods(session, year)
        lines = {line.kind: line for line in reversed(session.execute(
            select(BudgetLine).where(BudgetLine.unit_id == unit_id, BudgetLine.year == year)
            .order_by(BudgetLine.id)).scalars().all())}
        ids = [line.id for line in lines.values()]
        figures = {(f.line_id, f.period_id): f for f in session.execute(
            select(BudgetFigure).where(BudgetFigure.line_id.in_(ids))).scalars()} if ids else {}
        frames = []
        for kind in KINDS:
            line = lines.get(kind)
            row = []
            for period in periods:
                figure = figures.get((line.id, period.id)) if line is not None else None
                row.append(PeriodFigure(period.id, period.name, figure.outcome_ore if figure else None,
                                        figure.forecast_ore if figure else None))
            frames.append(FrameRow(line.id if line else None, kind, line.frame_ore if line else None, tuple(row)))
        nodes = session.execute(select(Node.id, Node.title, Node.budget_amount_tkr).where(
            Node.owner_unit_id == unit_id, Node.budget_impact.is_(True)).order_by(Node.position, Node.id)).all()
        return UnitEconomy(unit_id, unit.name if unit else "", year, tuple((p.id, p.name) for p in periods),
                           tuple(frames), tuple(BudgetAssignment(i, t, node_amount(a)) for i, t, a in nodes),
                           unit_setting, rule)


@dataclass(frozen=True)
class EconomyRow:
    """One unit's budget line at a period: for the uppföljningsrapport and the red thread."""

    unit_id: int | None
    unit: str
    name: str
    kind: str
    frame: int
    outcome: int | None
    forecast: int | None
    status: Status
    year: int = 0

    @property
    def deviation(self) -> int | None:
        return money.deviation(self.frame, self.forecast)

    @property
    def share(self) -> float | None:
        return money.deviation_share(self.frame, self.forecast)


def economy_rows(plan: PlanFile, year: int, period_id: int | None = None, unit_ids: frozenset[int] | None = None,
                 *, latest: bool = False) -> list[EconomyRow]:
    """Every budget line of the year with its outcome and forecast at `period_id` (latest=True: at the
    last period of the year that has figures for the line); only `unit_ids`' lines when given."""
    rule = budget_rule(plan)
    with plan.session() as session:
        units = dict(session.execute(select(OrgUnit.id, OrgUnit.name)).all())
        order = {p.id: i for i, p in enumerate(_periods(session, year))}
        query = select(BudgetFigure).join(BudgetLine, BudgetFigure.line_id == BudgetLine.id).where(BudgetLine.year == year)
        if period_id is not None and not latest:
            query = query.where(BudgetFigure.period_id == period_id)
        figures: dict[int, BudgetFigure] = {}
        for figure in session.execute(query).scalars():
            seen = figures.get(figure.line_id)
            if seen is None or order.get(figure.period_id, -1) > order.get(seen.period_id, -1):
                figures[figure.line_id] = figure
        out = []
        for line in session.execute(select(BudgetLine).where(BudgetLine.year == year)
                                    .order_by(BudgetLine.unit_id, BudgetLine.kind.desc(), BudgetLine.id)).scalars():
            if unit_ids is not None and line.unit_id not in unit_ids:
                continue
            figure = figures.get(line.id)
            outcome = figure.outcome_ore if figure else None
            forecast = figure.forecast_ore if figure else None
            out.append(EconomyRow(line.unit_id, units.get(line.unit_id, ""), line.name, line.kind, line.frame_ore,
                                  outcome, forecast, money.deviation_status(line.frame_ore, forecast, rule), line.year))
        return out


def assignments_with_budget_impact(plan: PlanFile, unit_ids: frozenset[int] | None = None) -> list[tuple[str, str, int | None]]:
    """(unit, uppdrag, amount in öre) of every node marked as affecting the budget."""
    with plan.session() as session:
        units = dict(session.execute(select(OrgUnit.id, OrgUnit.name)).all())
        rows = session.execute(select(Node.owner_unit_id, Node.title, Node.budget_amount_tkr)
                               .where(Node.budget_impact.is_(True)).order_by(Node.owner_unit_id, Node.position, Node.id)).all()
        return [(units.get(u, ""), title, node_amount(a)) for u, title, a in rows
                if unit_ids is None or u in unit_ids]


# --- what an ekonomi import matches against (exchange/economy_import.py) -----------------------------------


@dataclass
class ImportFacts:
    """What an ekonomi import matches its rows against."""

    units: dict[str, int]  # lower-case name or short name → id
    unit_names: dict[int, str]
    years: list[int]
    by_name: dict[str, list[ReportingPeriod]]
    by_month: dict[tuple[int, int], ReportingPeriod]
    frames: dict[tuple[int, int, str], int]  # (unit, year, kind) → frame in öre
    plan_year: int


def import_facts(plan: PlanFile) -> ImportFacts:
    with plan.session() as session:
        units: dict[str, int] = {}
        names: dict[int, str] = {}
        rows = session.execute(select(OrgUnit.id, OrgUnit.name, OrgUnit.short_name).order_by(OrgUnit.id)).all()
        for ident, name, short in rows:  # a name wins over another unit's short name
            names[ident] = name
            if short and short.strip():
                units.setdefault(short.strip().lower(), ident)
        for ident, name, _short in rows:
            units[name.strip().lower()] = ident
        periods = list(session.execute(select(ReportingPeriod).order_by(ReportingPeriod.period_end)).scalars())
        for period in periods:
            session.expunge(period)
        plan_year = year_in_view(session) or date.today().year
        frames = {(u, y, k): f for u, y, k, f in session.execute(
            select(BudgetLine.unit_id, BudgetLine.year, BudgetLine.kind, BudgetLine.frame_ore)
            .order_by(BudgetLine.id.desc())).all()}
    by_name: dict[str, list[ReportingPeriod]] = {}
    by_month: dict[tuple[int, int], ReportingPeriod] = {}
    for period in periods:
        by_name.setdefault(period.name.strip().lower(), []).append(period)
        by_month.setdefault((period.period_end.year, period.period_end.month), period)
    years = sorted({plan_year, *(p.year for p in periods)})
    return ImportFacts(units, names, years, by_name, by_month, frames, plan_year)


def line_id_for(plan: PlanFile, unit_id: int, year: int, kind: str) -> int | None:
    """The budget line of a unit, year and kind, if there is one."""
    with plan.session() as session:
        return session.execute(select(BudgetLine.id).where(
            BudgetLine.unit_id == unit_id, BudgetLine.year == year, BudgetLine.kind == kind)
            .order_by(BudgetLine.id)).scalars().first()


def economy_years(plan: PlanFile) -> list[int]:
    """The years the Ekonomi page offers: the plan's year, its periods' and its frames'."""
    with plan.session() as session:
        years = set(session.execute(select(ReportingPeriod.year)).scalars())
        years |= set(session.execute(select(BudgetLine.year)).scalars())
        years |= set(session.execute(select(PlanYear.year)).scalars())
    return sorted(years)
