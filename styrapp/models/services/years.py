"""The plan years of a plan file: a new year's row, each year's title, closing and reopening a year.

The turn of the year itself (making year Y from year Y−1) is `services.rollover`.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select, update
from sqlmodel import Session

from ..errors import InvalidValue
from ..file.plan_file import PlanFile
from ..tables import Node, Plan, PlanYear


def keep_years_with_plan(session: Session, row: Plan, *, old_year: int | None, title_changed: bool) -> None:
    """After the plan's own fields changed (`update_plan`): a new plan gets its first plan year; a plan of
    one year that changes its year renumbers that year (its goals and uppdrag with it); a plan of
    several years refuses a change of year (the next year is made by the turn of the year); the plan's
    title is its newest year's."""
    years = list(session.execute(select(PlanYear).order_by(PlanYear.year)).scalars())
    if not years:
        session.add(PlanYear(year=row.year, title=row.title))
        return
    if old_year is not None and old_year != row.year:
        if len(years) > 1:
            raise InvalidValue("year.several", year=old_year, years=len(years))
        years[0].year = row.year
        session.add(years[0])
        session.execute(update(Node).where(Node.year == old_year).values(year=row.year)
                        .execution_options(all_years=True, synchronize_session=False))
    if title_changed:
        set_title(session, row.year, row.title)


def set_title(session: Session, year: int, title: str) -> None:
    row = _year(session, year)
    row.title = title
    session.add(row)


def close_year(plan: PlanFile, year: int, *, on: date | None = None) -> None:
    """Close `year` (after its årsredovisning): from now on it is read-only until reopened."""
    with plan.transaction(allow_closed=True) as session:
        row = _year(session, year)
        if row.closed_on is not None:
            raise InvalidValue("year.already_closed", year=year)
        row.closed_on = on or date.today()
        session.add(row)


def reopen_year(plan: PlanFile, year: int) -> None:
    """Open a closed year for changes again (the window asks the person to confirm first)."""
    with plan.transaction(allow_closed=True) as session:
        row = _year(session, year)
        if row.closed_on is None:
            raise InvalidValue("year.not_closed", year=year)
        row.closed_on = None
        session.add(row)


def _year(session: Session, year: int) -> PlanYear:
    row = session.execute(select(PlanYear).where(PlanYear.year == year)).scalars().first()
    if row is None:
        raise InvalidValue("year.missing", year=year)
    return row


def count_years(session: Session) -> int:
    return session.execute(select(func.count()).select_from(PlanYear)).scalar() or 0
