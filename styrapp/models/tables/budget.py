"""Budget frames per unit, year and kind (drift, investering), with outcome and forecast per reporting
period. Amounts are öre (hundredths of a krona), stored as integers: exact, never binary floats (see rules/money.py)."""

from __future__ import annotations

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

from ..enums import BudgetKind
from ._columns import one_of, uuid_field


class BudgetLine(SQLModel, table=True):
    __tablename__ = "budget_line"
    __table_args__ = (one_of("kind", BudgetKind),)

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = uuid_field()
    unit_id: int | None = Field(default=None, foreign_key="org_unit.id", ondelete="SET NULL")
    year: int
    kind: str = BudgetKind.OPERATING.value
    name: str
    frame_ore: int  # ram, in öre


class BudgetFigure(SQLModel, table=True):
    __tablename__ = "budget_figure"
    __table_args__ = (UniqueConstraint("line_id", "period_id", name="uq_budget_figure_period"),)

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = uuid_field()
    line_id: int = Field(foreign_key="budget_line.id", ondelete="CASCADE")
    period_id: int = Field(foreign_key="reporting_period.id", ondelete="CASCADE")
    outcome_ore: int | None = None  # utfall so far, in öre
    forecast_ore: int | None = None  # helårsprognos, in öre
