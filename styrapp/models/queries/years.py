"""The plan years a plan file holds, and the one in view: its title and whether it is closed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlmodel import Session

from ..file.plan_file import PlanFile
from ..file.year_scope import year_in_view
from ..tables import Plan, PlanYear


@dataclass(frozen=True)
class YearRow:
    year: int
    title: str
    closed_on: date | None
    newest: bool  # the plan's own year: the one being planned, and the one a plan opens at

    @property
    def closed(self) -> bool:
        return self.closed_on is not None


def year_rows(session: Session) -> list[YearRow]:
    newest = session.execute(select(Plan.year)).scalar()
    rows = session.execute(select(PlanYear).order_by(PlanYear.year)).scalars()
    return [YearRow(r.year, r.title, r.closed_on, r.year == newest) for r in rows]


def plan_years(plan: PlanFile) -> list[YearRow]:
    """Every plan year of the plan, oldest first."""
    with plan.session() as session:
        return year_rows(session)


def year_row(session: Session, year: int | None = None) -> YearRow | None:
    """The plan year `year` (default: the one in view), or None if the plan does not hold it."""
    year = year_in_view(session) if year is None else year
    row = session.execute(select(PlanYear).where(PlanYear.year == year)).scalars().first()
    if row is None:
        return None
    newest = session.execute(select(Plan.year)).scalar()
    return YearRow(row.year, row.title, row.closed_on, row.year == newest)


def year_in_view_row(plan: PlanFile) -> YearRow | None:
    with plan.session() as session:
        return year_row(session)


def title_in_view(session: Session) -> str:
    """The title of the verksamhetsplan of the year in view ("Verksamhetsplan 2027")."""
    row = year_row(session)
    if row is not None:
        return row.title
    return session.execute(select(Plan.title)).scalar() or ""
