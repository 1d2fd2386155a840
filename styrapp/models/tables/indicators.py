"""Indicators (nyckeltal) with target and baseline, and the measured values that hang on them."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Index, UniqueConstraint
from sqlmodel import Field, SQLModel

from ..enums import Direction, Frequency, Gender, MeasurementKind, Status
from ._columns import one_of, uuid_field


class Indicator(SQLModel, table=True):
    __tablename__ = "indicator"
    __table_args__ = (
        one_of("direction", Direction),
        one_of("frequency", Frequency),
        one_of("status_override", Status, nullable=True),
    )

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = uuid_field()
    position: int = 0
    name: str
    description: str = ""
    source: str = ""  # källa: Kolada, SCB, egen mätning, ekonomisystemet …
    kolada_id: str | None = Field(default=None, index=True)  # "N01951"
    kolada_municipality: str | None = None  # "1982"; "0000" is the whole country
    kolada_ou: str | None = None  # an organisational unit's Kolada id, for unit-level data
    unit: str = ""  # "%", "antal", "kr", "index"
    decimals: int = 0
    direction: str = Direction.HIGHER.value
    target: float | None = None  # målvärde / önskat värde
    target_year: int | None = None
    baseline: float | None = None  # baslinje / jämförelsevärde
    baseline_year: int | None = None
    frequency: str = Frequency.YEARLY.value
    reported_to_council: bool = False  # rapporteras till KF
    gender_split: bool = False
    owner_unit_id: int | None = Field(default=None, foreign_key="org_unit.id", ondelete="SET NULL")
    responsible: str = ""
    status_override: str | None = None  # a manual traffic light …
    status_override_reason: str = ""  # … always with its reason


class IndicatorNode(SQLModel, table=True):
    """An indicator measures a goal; on an uppdrag or aktivitet it is what the work should move."""

    __tablename__ = "indicator_node"

    indicator_id: int = Field(foreign_key="indicator.id", primary_key=True, ondelete="CASCADE")
    node_id: int = Field(foreign_key="node.id", primary_key=True, ondelete="CASCADE", index=True)


class IndicatorSdg(SQLModel, table=True):
    __tablename__ = "indicator_sdg"

    indicator_id: int = Field(foreign_key="indicator.id", primary_key=True, ondelete="CASCADE")
    sdg: int = Field(foreign_key="sdg.number", primary_key=True)


class Measurement(SQLModel, table=True):
    """One value of an indicator for one period, kind (utfall, prognos, målvärde) and gender.

    No uuid of its own: a measurement is identified by its indicator's uuid with period, kind and
    gender (the unique constraint below), which is what every import upserts on and what stays the
    same in another plan; the integer id is only this file's.
    """

    __tablename__ = "measurement"
    __table_args__ = (
        one_of("kind", MeasurementKind),
        one_of("gender", Gender),
        UniqueConstraint("indicator_id", "period", "kind", "gender", name="uq_measurement_period"),
        Index("ix_measurement_indicator_date", "indicator_id", "date"),
    )

    id: int | None = Field(default=None, primary_key=True)
    indicator_id: int = Field(foreign_key="indicator.id", ondelete="CASCADE")
    period: str  # canonical label: "2024", "2024-T2", "2024-08", "2024-08-15" (see models.periods)
    date: date  # the day the period ends; charts and "latest" sort by it
    value: float
    kind: str = MeasurementKind.ACTUAL.value
    gender: str = Gender.TOTAL.value
    comment: str = ""
    source: str = ""  # "Kolada", "exempeldata", "manuell" …
