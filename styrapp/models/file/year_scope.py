"""The plan year in view. A plan file holds several plan years; a session sees the goals, uppdrag and
aktiviteter of one of them, the year in its `info["year"]` (the plan's newest year unless the person
chose another), so no read of nodes has to remember to filter them.

Every ORM select on a plan's session gets `node.year = <year>` added for each place `node` appears
(joins and aliases too). A read that must see every year (the rollover, a year's removal, the
whole-plan export) asks for it with `.execution_options(all_years=True)`. SQL written out by hand
filters on `year_in_view(session)` itself.
"""

from __future__ import annotations

from functools import lru_cache

from sqlalchemy import event, text
from sqlalchemy.orm import ORMExecuteState, with_loader_criteria
from sqlmodel import Session

from ..tables import Node

ALL_YEARS = "all_years"


class PlanSession(Session):
    """A session on a plan file, seeing one plan year's nodes (see the module's doc)."""


@lru_cache(maxsize=32)
def _in_year(year: int):
    """The option that keeps a select to one year's nodes, made once per year (it is the same every time)."""
    return with_loader_criteria(Node, Node.year == year, include_aliases=True)


@event.listens_for(PlanSession, "do_orm_execute")
def _only_the_year_in_view(state: ORMExecuteState) -> None:
    if not state.is_select or state.execution_options.get(ALL_YEARS):
        return
    year = state.session.info.get("year")
    if year is not None:
        state.statement = state.statement.options(_in_year(year))


def year_in_view(session: Session) -> int | None:
    """The plan year the session sees; the plan's own year for a session made outside a PlanFile."""
    year = session.info.get("year")
    if year is None:
        year = session.connection().execute(text("SELECT year FROM plan")).scalar()
    return year


def year_closed_on(session: Session, year: int | None):
    """The day `year` was closed, or None while it is open."""
    if year is None:
        return None
    return session.connection().execute(text("SELECT closed_on FROM plan_year WHERE year = :y"), {"y": year}).scalar()
