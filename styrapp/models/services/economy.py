"""Ekonomi: a unit's budget frame per year and kind (drift, investering), its outcome and forecast per
reporting period, and the plan's rule for a deviation's colour. Amounts are öre (rules/money.py)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import insert, select

from ...wording import Phrase
from ..enums import BudgetKind, label
from ..errors import InvalidValue, NotFound
from ..file import sqlite
from ..file.plan_file import PlanFile
from ..queries._common import get_or_fail
from ..rules import money
from ..rules import plan_settings as settings
from ..tables import BudgetFigure, BudgetLine, OrgUnit, ReportingPeriod
from ._common import check_enum, check_title, flush_or_explain, refuse_if_closed
from .plan_settings import set_setting

UNSET = object()  # a figure's outcome or forecast left as it is


def _line_for(session, unit_id: int | None, year: int, kind: str) -> BudgetLine | None:
    return session.execute(select(BudgetLine).where(
        BudgetLine.unit_id.is_(None) if unit_id is None else BudgetLine.unit_id == unit_id,
        BudgetLine.year == year, BudgetLine.kind == kind).order_by(BudgetLine.id)).scalars().first()


def create_budget_line(plan: PlanFile, *, year: int, frame_ore: int, unit_id: int | None = None,
                       kind: str = BudgetKind.OPERATING.value, name: str | None = None) -> int:
    """A unit's frame for a year and kind; one per unit, year and kind. The name is the unit's unless given."""
    frame_ore = money.check_frame(frame_ore)
    kind = check_enum(kind, BudgetKind, "The kind of budget")
    with plan.transaction() as session:
        refuse_if_closed(session, year)
        unit = get_or_fail(session, OrgUnit, unit_id) if unit_id is not None else None
        if name is None:
            name = unit.name if unit is not None else label(BudgetKind(kind))
        name = check_title(name, "The budget line's name")
        if _line_for(session, unit_id, year, kind) is not None:
            raise InvalidValue("budget.frame_exists", unit=unit.name if unit else "—", year=year,
                               kind=Phrase(money_kind_label(kind)))
        line = BudgetLine(name=name, year=year, frame_ore=frame_ore, unit_id=unit_id, kind=kind)
        session.add(line)
        flush_or_explain(session)
        return line.id


def money_kind_label(kind: str) -> str:
    """The English word of a kind of budget (operating budget, capital budget)."""
    from ..enums import LABELS
    return LABELS[BudgetKind(kind)]


def set_frame(plan: PlanFile, unit_id: int, year: int, kind: str, frame_ore: int) -> int:
    """Set a unit's frame for a year and kind, making the budget line if there is none. Returns its id."""
    frame_ore = money.check_frame(frame_ore)
    kind = check_enum(kind, BudgetKind, "The kind of budget")
    with plan.transaction() as session:
        get_or_fail(session, OrgUnit, unit_id)
        refuse_if_closed(session, year)
        line = _line_for(session, unit_id, year, kind)
        if line is not None:
            line.frame_ore = frame_ore
            return line.id
    return create_budget_line(plan, year=year, frame_ore=frame_ore, unit_id=unit_id, kind=kind)


def update_frame(plan: PlanFile, line_id: int, frame_ore: int) -> None:
    frame_ore = money.check_frame(frame_ore)
    with plan.transaction() as session:
        line = get_or_fail(session, BudgetLine, line_id)
        refuse_if_closed(session, line.year)
        refuse_if_closed(session, line.year)
        line.frame_ore = frame_ore


def delete_budget_line(plan: PlanFile, line_id: int) -> None:
    """Remove a frame with its outcomes and forecasts."""
    with plan.transaction() as session:
        line = get_or_fail(session, BudgetLine, line_id)
        refuse_if_closed(session, line.year)
        for figure in session.execute(select(BudgetFigure).where(BudgetFigure.line_id == line_id)).scalars():
            session.delete(figure)
        session.delete(line)


def set_budget_figure(plan: PlanFile, line_id: int, period_id: int, *, outcome_ore=UNSET, forecast_ore=UNSET) -> None:
    """A line's outcome and/or forecast for a reporting period (None clears it; left out: as it was).
    The period must lie in the line's year. A figure with neither is removed."""
    outcome = UNSET if outcome_ore is UNSET else money.check_amount(outcome_ore)
    forecast = UNSET if forecast_ore is UNSET else money.check_amount(forecast_ore)
    with plan.transaction() as session:
        line = get_or_fail(session, BudgetLine, line_id)
        period = get_or_fail(session, ReportingPeriod, period_id)
        if period.year != line.year:
            raise InvalidValue("budget.period_year", period=period.name, year=line.year)
        row = session.execute(select(BudgetFigure).where(BudgetFigure.line_id == line_id,
                                                         BudgetFigure.period_id == period_id)).scalars().first()
        if row is None:
            row = BudgetFigure(line_id=line_id, period_id=period_id)
            session.add(row)
        if outcome is not UNSET:
            row.outcome_ore = outcome
        if forecast is not UNSET:
            row.forecast_ore = forecast
        if row.outcome_ore is None and row.forecast_ore is None:
            if row.id is not None:
                session.delete(row)
            else:
                session.expunge(row)


def set_amount_unit(plan: PlanFile, unit: str) -> str:
    """Show the plan's amounts in kr, tkr or mnkr; returns the old unit."""
    return set_setting(plan, settings.ECONOMY_UNIT, money.check_unit(unit))


def set_budget_rule(plan: PlanFile, green: float, yellow: float) -> None:
    """The deficit (a share of the frame) up to which a deviation is green, and up to which yellow."""
    rule = money.check_rule(float(green), float(yellow))
    set_setting(plan, settings.ECONOMY_RULE, {"green": rule.green, "yellow": rule.yellow})


# --- many figures at once (the ekonomisystem's export) -------------------------------------------------


@dataclass(frozen=True)
class FigureIn:
    """One row of an import: a unit's outcome and/or forecast (öre; None: not given) in a period."""

    unit_id: int
    period_id: int
    kind: str
    outcome: int | None
    forecast: int | None


def import_figures(plan: PlanFile, rows: list[FigureIn]) -> tuple[int, int, list[int]]:
    """Record many outcomes and forecasts in one transaction (Core statements, not an object per row).
    A unit without a frame for the period's year and kind gets a budget line with frame 0. What a row
    does not give stays as it was. All rows are checked before any is written.
    Returns (added, replaced, ids of the lines made)."""
    keys = [(r.unit_id, r.period_id, r.kind) for r in rows]
    if len(set(keys)) != len(keys):
        raise InvalidValue("budget.twice")
    for r in rows:
        check_enum(r.kind, BudgetKind, "The kind of budget")
        money.check_amount(r.outcome)
        money.check_amount(r.forecast)
    if not rows:
        return 0, 0, []
    with plan.transaction() as session:
        connection = session.connection()
        units = dict(connection.execute(select(OrgUnit.id, OrgUnit.name).where(
            OrgUnit.id.in_({r.unit_id for r in rows}))).all())
        years = dict(connection.execute(select(ReportingPeriod.id, ReportingPeriod.year).where(
            ReportingPeriod.id.in_({r.period_id for r in rows}))).all())
        for r in rows:
            if r.unit_id not in units:
                raise NotFound(Phrase("The unit"), r.unit_id)
            if r.period_id not in years:
                raise NotFound(Phrase("The period"), r.period_id)
        lines: dict[tuple[int, int, str], int] = {}
        for line_id, unit_id, year, kind in connection.execute(
                select(BudgetLine.id, BudgetLine.unit_id, BudgetLine.year, BudgetLine.kind)
                .where(BudgetLine.unit_id.in_(units)).order_by(BudgetLine.id.desc())).all():
            lines[(unit_id, year, kind)] = line_id  # the first line of each wins (read last)
        wanted = {(r.unit_id, years[r.period_id], r.kind) for r in rows}
        made = []
        for unit_id, year, kind in sorted(wanted - set(lines)):
            line_id = connection.execute(insert(BudgetLine.__table__).values(
                unit_id=unit_id, year=year, kind=kind, name=units[unit_id], frame_ore=0)).inserted_primary_key[0]
            lines[(unit_id, year, kind)] = line_id
            made.append(line_id)
        values = [{"line_id": lines[(r.unit_id, years[r.period_id], r.kind)], "period_id": r.period_id,
                   "outcome_ore": r.outcome, "forecast_ore": r.forecast} for r in rows]
        existing = set(connection.execute(select(BudgetFigure.line_id, BudgetFigure.period_id).where(
            BudgetFigure.line_id.in_({v["line_id"] for v in values}))).all())
        connection.execute(sqlite.upsert_keeping(BudgetFigure.__table__, ["line_id", "period_id"],
                                                 ("outcome_ore", "forecast_ore")), values)
        replaced = sum(1 for v in values if (v["line_id"], v["period_id"]) in existing)
        return len(values) - replaced, replaced, made
