"""Agenda 2030: the 17 global goals with their Swedish names and official colours (reference data)."""

from __future__ import annotations

from sqlalchemy import CheckConstraint
from sqlmodel import Field, SQLModel

from ..rules.agenda2030 import SDGS, swedish_name  # noqa: F401 - re-exported with the table


class Sdg(SQLModel, table=True):
    __tablename__ = "sdg"
    __table_args__ = (CheckConstraint("number BETWEEN 1 AND 17", name="ck_sdg_number"),)

    number: int = Field(primary_key=True)
    name: str
    colour: str

