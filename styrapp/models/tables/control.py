"""Intern kontroll: the risk analysis, the risks chosen for the internkontrollplan with their control,
and the follow-up of each control in a reporting period."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, UniqueConstraint
from sqlmodel import Field, SQLModel

from ..enums import ControlOutcome, Frequency
from ._columns import one_of, uuid_field


class Risk(SQLModel, table=True):
    __tablename__ = "risk"
    __table_args__ = (
        CheckConstraint("likelihood BETWEEN 1 AND 4", name="ck_risk_likelihood"),
        CheckConstraint("consequence BETWEEN 1 AND 4", name="ck_risk_consequence"),
        one_of("frequency", Frequency),
    )

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = uuid_field()
    previous_uuid: str | None = None  # the record of the year before it was carried over from
    year: int
    unit_id: int | None = Field(default=None, foreign_key="org_unit.id", ondelete="SET NULL")
    process: str = ""  # process or rutin the risk belongs to
    title: str
    description: str = ""
    likelihood: int  # sannolikhet 1–4
    consequence: int  # konsekvens 1–4
    chosen: bool = False  # förs in i internkontrollplanen
    control: str = ""  # kontrollmoment
    responsible: str = ""
    frequency: str = Frequency.YEARLY.value
    reporting: str = ""  # to whom the control is reported
    # a RiskCategory value, or the plan's own word as typed; empty: none given
    category: str = ""
    method: str = ""  # how the control is made (stickprov, genomgång, …)
    # the reporting period in which the control is reported (and followed up at the latest)
    report_period_id: int | None = Field(default=None, foreign_key="reporting_period.id", ondelete="SET NULL")


class ControlFollowUp(SQLModel, table=True):
    """The follow-up of a chosen risk's control in a reporting period."""

    __tablename__ = "control_follow_up"
    __table_args__ = (
        one_of("outcome", ControlOutcome),
        UniqueConstraint("risk_id", "period_id", name="uq_control_follow_up_risk_period"),
    )

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = uuid_field()
    risk_id: int = Field(foreign_key="risk.id", ondelete="CASCADE")
    period_id: int = Field(foreign_key="reporting_period.id", ondelete="CASCADE", index=True)
    outcome: str = ControlOutcome.OK.value
    findings: str = ""  # what the control found
    actions: str = ""  # the actions decided
    updated_at: datetime | None = None
