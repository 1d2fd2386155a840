"""Reporting periods and the follow-up of each node in a period. The årshjul's rings and events are in
`wheel.py`."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select

from ..enums import Assessment, PeriodKind, Status
from ..file.plan_file import PlanFile
from ..queries._common import get_or_fail
from ..tables import FollowUp, Node, ReportingPeriod
from ._common import apply_fields, check_enum, check_title, flush_or_explain


def create_period(plan: PlanFile, *, name: str, kind: str, year: int, period_end: date, due: date | None = None) -> int:
    name = check_title(name, "The period's name")
    with plan.transaction() as session:
        period = ReportingPeriod(name=name, kind=check_enum(kind, PeriodKind, "Period type"), year=year,
                                 period_end=period_end, due=due)
        session.add(period)
        flush_or_explain(session)
        return period.id


def set_follow_up(plan: PlanFile, node_id: int, period_id: int, **fields: Any) -> None:
    """Enter status, assessment and analysis for a node in a period."""
    with plan.transaction() as session:
        get_or_fail(session, Node, node_id)
        get_or_fail(session, ReportingPeriod, period_id)
        row = session.execute(select(FollowUp).where(FollowUp.node_id == node_id, FollowUp.period_id == period_id)).scalars().first()
        if row is None:
            row = FollowUp(node_id=node_id, period_id=period_id)
            session.add(row)
        apply_fields(row, fields, enums={"status": Status, "assessment": Assessment},
                     forbidden=("id", "node_id", "period_id", "updated_at"))
        row.updated_at = datetime.now(UTC).replace(microsecond=0)
        flush_or_explain(session)


