"""An indicator's measured values as stored."""

from __future__ import annotations

from sqlalchemy import select

from ..file.plan_file import PlanFile
from ..tables import Measurement


def measurements(plan: PlanFile, indicator_id: int) -> list[Measurement]:
    with plan.session() as session:
        return list(session.execute(
            select(Measurement).where(Measurement.indicator_id == indicator_id)
            .order_by(Measurement.date, Measurement.kind, Measurement.gender)).scalars())
