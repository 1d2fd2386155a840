"""The plan years a plan file holds: each year's verksamhetsplan title, and whether the year is closed."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint
from sqlmodel import Field, SQLModel

from ._columns import uuid_field


class PlanYear(SQLModel, table=True):
    """One plan year. A closed year (after its årsredovisning) is read-only until it is reopened."""

    __tablename__ = "plan_year"
    __table_args__ = (CheckConstraint("year BETWEEN 1900 AND 2200", name="ck_plan_year_year"),)

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = uuid_field()
    year: int = Field(unique=True)
    title: str  # "Verksamhetsplan 2027"
    closed_on: date | None = None
