"""Reporting periods and the follow-up of each node in a period. The årshjul's rings and events are in
`wheel.py`; a period's decision day follows the årshjul's event that points to it (`wheel.move_period_due`)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import func, select

from ...wording import Phrase, counted
from ..enums import Assessment, PeriodKind, Status
from ..errors import InUse, InvalidValue
from ..file.plan_file import PlanFile
from ..queries._common import get_or_fail
from ..tables import BudgetFigure, FollowUp, Node, ReportingPeriod
from . import wheel
from ._common import apply_fields, check_enum, check_title, flush_or_explain, refuse_if_closed

PERIOD_FIELDS = ("name", "kind", "period_end", "due")


def create_period(plan: PlanFile, *, name: str, kind: str, year: int | None = None, period_end: date,
                  due: date | None = None) -> int:
    """A new reporting period; its year is the year its figures end in unless given."""
    name = check_title(name, "The period's name")
    kind = check_enum(kind, PeriodKind, "Period type")
    _check_day(period_end, "The period's end")
    if due is not None:
        _check_day(due, "The decision date")
    year = period_end.year if year is None else year
    with plan.transaction() as session:
        refuse_if_closed(session, year)
        _refuse_duplicate(session, name, year, None)
        period = ReportingPeriod(name=name, kind=kind, year=year, period_end=period_end, due=due)
        _check_due(period.name, period.due, period.period_end)
        session.add(period)
        flush_or_explain(session)
        return period.id


def update_period(plan: PlanFile, period_id: int, **fields: Any) -> None:
    """Rename a period, change its kind, its end or its decision date. The decision date is the last
    day of the årshjul's event for the period, if it has one: a new date moves that event."""
    for name in fields:
        if name not in PERIOD_FIELDS:
            raise InvalidValue("field.not_editable", name=name)
    if "name" in fields:
        fields["name"] = check_title(fields["name"], "The period's name")
    if "kind" in fields:
        fields["kind"] = check_enum(fields["kind"], PeriodKind, "Period type")
    if "period_end" in fields:
        _check_day(fields["period_end"], "The period's end")
    if fields.get("due") is not None:
        _check_day(fields["due"], "The decision date")
    with plan.transaction() as session:
        period = get_or_fail(session, ReportingPeriod, period_id)
        refuse_if_closed(session, period.year)
        name = fields.get("name", period.name)
        year = fields["period_end"].year if "period_end" in fields else period.year
        if name.casefold() != period.name.casefold() or year != period.year:
            _refuse_duplicate(session, name, year, period.id)
        for key in ("name", "kind"):
            if key in fields:
                setattr(period, key, fields[key])
        if "period_end" in fields:
            period.period_end, period.year = fields["period_end"], year
        if "due" in fields:
            _check_due(period.name, fields["due"], period.period_end)  # before the wheel's events move
            wheel.move_period_due(session, period, fields["due"])
        elif "period_end" in fields:
            wheel.sync_period_due(session, period.id)  # a yearly event's next turn may follow the new end
        _check_due(period.name, period.due, period.period_end)
        flush_or_explain(session)


def delete_period(plan: PlanFile, period_id: int) -> None:
    """Remove a period nothing is written for. The årshjul's events that pointed to it stay, without it."""
    with plan.transaction() as session:
        period = get_or_fail(session, ReportingPeriod, period_id)
        refuse_if_closed(session, period.year)
        follow_ups = session.execute(select(func.count()).select_from(FollowUp)
                                     .where(FollowUp.period_id == period_id)).scalar_one()
        if follow_ups:
            raise InUse("period.in_use", name=period.name,
                        count=counted(follow_ups, "{count} follow-up is written for it",
                                          "{count} follow-ups are written for it"))
        figures = session.execute(select(func.count()).select_from(BudgetFigure)
                                  .where(BudgetFigure.period_id == period_id)).scalar_one()
        if figures:
            raise InUse("period.in_use", name=period.name,
                        count=counted(figures, "{count} budget figure is entered for it",
                                      "{count} budget figures are entered for it"))
        session.execute(ReportingPeriod.__table__.delete().where(ReportingPeriod.id == period_id))


def _check_day(value: Any, label: str) -> None:
    if not isinstance(value, date) or isinstance(value, datetime):
        raise InvalidValue("period.not_a_date", label=Phrase(label), value=value)


def _check_due(name: str, due: date | None, end: date) -> None:
    if due is not None and due < end:
        raise InvalidValue("period.due_before_end", name=name, due=due.isoformat(), end=end.isoformat())


def _refuse_duplicate(session, name: str, year: int, own_id: int | None) -> None:
    names = session.execute(select(ReportingPeriod.name).where(ReportingPeriod.year == year,
                                                                ReportingPeriod.id != (own_id or -1))).scalars()
    if name.casefold() in {other.casefold() for other in names}:  # SQLite's lower() leaves Å as it is
        raise InvalidValue("period.exists", name=name, year=year)


def set_follow_up(plan: PlanFile, node_id: int, period_id: int, **fields: Any) -> None:
    """Enter status, assessment and analysis for a node in a period."""
    with plan.transaction() as session:
        get_or_fail(session, Node, node_id)
        refuse_if_closed(session, get_or_fail(session, ReportingPeriod, period_id).year)
        row = session.execute(select(FollowUp).where(FollowUp.node_id == node_id, FollowUp.period_id == period_id)).scalars().first()
        if row is None:
            row = FollowUp(node_id=node_id, period_id=period_id)
            session.add(row)
        apply_fields(row, fields, enums={"status": Status, "assessment": Assessment},
                     forbidden=("id", "node_id", "period_id", "updated_at"))
        row.updated_at = datetime.now(UTC).replace(microsecond=0)
        flush_or_explain(session)


