"""Intern kontroll: the risk analysis and the risks chosen for the internkontrollplan."""

from __future__ import annotations

from sqlalchemy import CheckConstraint
from sqlmodel import Field, SQLModel

from ..enums import Frequency
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
    reporting: str = ""  # to whom and when the control is reported
