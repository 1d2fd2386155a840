"""A measured value on its way into the plan: what a grid, a paste or an import hands the services."""

from __future__ import annotations

from dataclasses import dataclass

from ..enums import Gender, MeasurementKind


@dataclass(frozen=True)
class MeasurementIn:
    """One value to record: period label, value, kind, gender, comment, source."""

    period: str
    value: float
    kind: str = MeasurementKind.ACTUAL.value
    gender: str = Gender.TOTAL.value
    comment: str = ""
    source: str = ""


MeasurementKey = tuple[str, str, str]  # (period label, kind, gender)
