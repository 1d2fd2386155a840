"""The organisation that owns the plan, the plan itself, and its organisational units."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, Column, LargeBinary
from sqlmodel import Field, SQLModel

from ..enums import OrganisationKind, UnitKind
from ._columns import one_of, uuid_field


class Organisation(SQLModel, table=True):
    """The kommun, region or förbund whose plan this file holds. Exactly one row."""

    __tablename__ = "organisation"
    __table_args__ = (CheckConstraint("id = 1", name="ck_single_organisation"), one_of("kind", OrganisationKind))

    id: int = Field(default=1, primary_key=True)
    uuid: str = uuid_field()
    name: str
    short_name: str = ""
    kind: str = OrganisationKind.MUNICIPALITY.value
    # Kolada's four-digit municipality code ("0180"), for a kommun; a förbund has member codes
    # on its indicators instead.
    municipality_code: str | None = None
    logo: bytes | None = Field(default=None, sa_column=Column(LargeBinary, nullable=True))
    logo_mime: str | None = None


class Plan(SQLModel, table=True):
    """The plan: its year, vision, värdegrund and mandatperiod. Exactly one row."""

    __tablename__ = "plan"
    __table_args__ = (
        CheckConstraint("id = 1", name="ck_single_plan"),
        CheckConstraint("year BETWEEN 1900 AND 2200", name="ck_plan_year"),
        CheckConstraint("wheel_start_month BETWEEN 1 AND 12", name="ck_wheel_start_month"),
        CheckConstraint("term_start IS NULL OR term_end IS NULL OR term_start <= term_end", name="ck_term"),
    )

    id: int = Field(default=1, primary_key=True)
    uuid: str = uuid_field()
    title: str
    year: int
    vision: str = ""
    vision_text: str = ""  # the longer text that explains the vision
    values: str = ""  # värdegrund
    term_start: int | None = None  # mandatperiod, e.g. 2023
    term_end: int | None = None  # e.g. 2026
    decided_by: str = ""
    decided_on: date | None = None
    wheel_start_month: int = 1
    template: str = "default"
    # Free text shown on the cover and in `info`: e.g. that figures are example data.
    note: str = ""


class PlanValue(SQLModel, table=True):
    """One value of the värdegrund, in order: its name ("Invånaren först") and the text that explains it.
    The plan's `values` text is the introduction to them all."""

    __tablename__ = "plan_value"

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = uuid_field()
    position: int = 0
    name: str
    text: str = ""


class PlanSetting(SQLModel, table=True):
    """Settings that belong to the plan, not the person: status thresholds, report options.

    Values are JSON text; `models.settings` declares each key with its type and default.
    """

    __tablename__ = "plan_setting"

    key: str = Field(primary_key=True)
    value: str


class OrgUnit(SQLModel, table=True):
    """KF, KS/direktion, nämnder, bolag, förvaltning, avdelningar and enheter as one ordered tree."""

    __tablename__ = "org_unit"
    __table_args__ = (one_of("kind", UnitKind),)

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = uuid_field()
    parent_id: int | None = Field(default=None, foreign_key="org_unit.id", ondelete="CASCADE", index=True)
    position: int = 0
    name: str
    short_name: str = ""
    kind: str = UnitKind.UNIT.value
    mandate: str = ""  # reglemente, ägardirektiv or grunduppdrag
    manager: str = ""
