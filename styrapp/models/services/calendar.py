"""Reporting periods, follow-ups per period, and the årshjul's rings and events."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import delete, func, select

from ..enums import Assessment, EventKind, PeriodKind, ReportKind, Status
from ..errors import InvalidValue
from ..plan_file import PlanFile
from ..tables import FollowUp, Node, ReportingPeriod, WheelEvent, WheelRing
from ._common import apply_fields, check_dates, check_enum, check_title, flush_or_explain, get_or_fail


def create_period(plan: PlanFile, *, name: str, kind: str, year: int, period_end: date, due: date | None = None) -> int:
    name = check_title(name, "Periodens namn")
    with plan.transaction() as session:
        period = ReportingPeriod(name=name, kind=check_enum(kind, PeriodKind, "Periodtyp"), year=year,
                                 period_end=period_end, due=due)
        session.add(period)
        flush_or_explain(session)
        return period.id


def set_follow_up(plan: PlanFile, node_id: int, period_id: int, **fields: Any) -> dict[str, Any]:
    """Enter status, assessment and analysis for a node in a period. Returns the old values."""
    with plan.transaction() as session:
        get_or_fail(session, Node, node_id)
        get_or_fail(session, ReportingPeriod, period_id)
        row = session.execute(select(FollowUp).where(FollowUp.node_id == node_id, FollowUp.period_id == period_id)).scalars().first()
        if row is None:
            row = FollowUp(node_id=node_id, period_id=period_id)
            session.add(row)
            old: dict[str, Any] = {}
        else:
            old = {name: getattr(row, name) for name in fields if name in FollowUp.model_fields}
        apply_fields(row, fields, enums={"status": Status, "assessment": Assessment},
                     forbidden=("id", "node_id", "period_id", "updated_at"))
        row.updated_at = datetime.now(UTC).replace(microsecond=0)
        flush_or_explain(session)
        return old


def create_ring(plan: PlanFile, *, name: str, colour: str = "#4A6FA5", visible: bool = True) -> int:
    name = check_title(name, "Ringens namn")
    with plan.transaction() as session:
        position = session.execute(select(func.count()).select_from(WheelRing)).scalar_one()
        ring = WheelRing(name=name, colour=colour, visible=visible, position=position)
        session.add(ring)
        session.flush()
        return ring.id


def create_event(plan: PlanFile, *, ring_id: int, title: str, start: date, end: date | None = None, **fields: Any) -> int:
    title = check_title(title, "Händelsens namn")
    end = end or start
    check_dates(start, end)
    if (end - start).days > 366:
        raise InvalidValue("En händelse i årshjulet kan vara högst ett år lång.")
    with plan.transaction() as session:
        get_or_fail(session, WheelRing, ring_id)
        if fields.get("period_id") is not None:
            get_or_fail(session, ReportingPeriod, fields["period_id"])
        event = WheelEvent(ring_id=ring_id, title=title, start=start, end=end, uid=fields.pop("uid", None) or _uid())
        apply_fields(event, fields, enums={"kind": EventKind, "report_kind": ReportKind})
        session.add(event)
        flush_or_explain(session)
        return event.id


def update_event(plan: PlanFile, event_id: int, **fields: Any) -> dict[str, Any]:
    if "title" in fields:
        fields["title"] = check_title(fields["title"], "Händelsens namn")
    with plan.transaction() as session:
        event = get_or_fail(session, WheelEvent, event_id)
        old = {name: getattr(event, name) for name in fields if name in WheelEvent.model_fields}
        apply_fields(event, fields, enums={"kind": EventKind, "report_kind": ReportKind}, forbidden=("id", "uid"))
        check_dates(event.start, event.end)
        flush_or_explain(session)
        return old


def _uid() -> str:
    return f"{uuid.uuid4()}@styrapp"


def follow_up_state(plan: PlanFile, node_id: int, period_id: int) -> dict[str, Any] | None:
    """A node's follow-up in a period as {status, assessment, analysis}, or None if there is none."""
    with plan.session() as session:
        row = session.execute(select(FollowUp).where(FollowUp.node_id == node_id, FollowUp.period_id == period_id)).scalars().first()
        return None if row is None else {"status": row.status, "assessment": row.assessment, "analysis": row.analysis}


def restore_follow_up(plan: PlanFile, node_id: int, period_id: int, state: dict[str, Any] | None) -> None:
    """Put a follow-up back as `follow_up_state` gave it: None removes it."""
    if state is not None:
        set_follow_up(plan, node_id, period_id, **state)
        return
    with plan.transaction() as session:
        session.execute(delete(FollowUp).where(FollowUp.node_id == node_id, FollowUp.period_id == period_id))
