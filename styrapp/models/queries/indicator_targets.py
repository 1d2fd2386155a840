"""An indicator's target as it was in an earlier plan year.

An indicator is shared by every plan year; its `target` is the newest year's. When the turn of the year
gives an indicator a new target, the old one is kept as a measurement of kind target for the old year's
period ("2026", see `services.rollover`). Viewing that older year, its traffic lights and charts are
judged against that target; viewing the newest year, the indicator's own target counts.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlmodel import Session

from ..enums import Gender, MeasurementKind
from ..file.year_scope import year_in_view
from ..tables import Measurement, Plan


def targets_in_view(session: Session, indicator_ids: list[int] | None = None) -> dict[int, float]:
    """Indicator id → its target for the year in view, where that differs from the indicator's own
    (an older year with a kept målvärde); empty when the newest year is in view."""
    year = year_in_view(session)
    newest = session.execute(select(Plan.year)).scalar()
    if year is None or newest is None or year >= newest:
        return {}
    query = select(Measurement.indicator_id, Measurement.value).where(
        Measurement.kind == MeasurementKind.TARGET.value, Measurement.gender == Gender.TOTAL.value,
        Measurement.period == str(year))
    if indicator_ids is not None:
        query = query.where(Measurement.indicator_id.in_(indicator_ids))
    return dict(session.execute(query).all())


def kept_target_year(target_year: int | None, year: int | None, kept: bool) -> int | None:
    """The target's year as shown for the year in view: a kept target was that year's (the turn of the
    year dates a new target only where the old one had a year, so a target without one stays without)."""
    return year if kept and target_year is not None else target_year
