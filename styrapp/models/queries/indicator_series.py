"""One indicator's figures over time, gathered for a chart or a report table: outcome (utfall) in
total and for women and men, forecast (prognos), target (målvärde), baseline (jämförelsevärde) and
the traffic light the plan's rule gives the latest outcome."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from ..enums import Gender, MeasurementKind
from ..file.plan_file import PlanFile
from ..file.year_scope import year_in_view
from ..rules.status import StatusResult, Thresholds
from ..tables import Indicator, Measurement
from ._common import get_or_fail
from .indicator_targets import kept_target_year, targets_in_view
from .plan_status import status_of, thresholds


@dataclass(frozen=True)
class Point:
    period: str
    date: date
    value: float


@dataclass
class IndicatorSeries:
    name: str
    unit: str
    decimals: int
    direction: str
    target: float | None
    target_year: int | None
    baseline: float | None
    baseline_year: int | None
    source: str
    status: StatusResult
    actual: dict[str, list[Point]] = field(default_factory=dict)  # gender (T, K, M) → points in date order
    forecast: list[Point] = field(default_factory=list)  # total

    @property
    def periods(self) -> list[str]:
        """Every period that has a value of any kind, in date order: the chart's x axis."""
        seen: dict[str, date] = {}
        for point in [*self.forecast, *(p for points in self.actual.values() for p in points)]:
            seen.setdefault(point.period, point.date)
        return sorted(seen, key=lambda label: (seen[label], label))

    @property
    def latest(self) -> Point | None:
        total = self.actual.get(Gender.TOTAL.value, [])
        return total[-1] if total else None


def indicator_series(plan: PlanFile, indicator_id: int) -> IndicatorSeries:
    return indicator_series_many(plan, [indicator_id])[0]


def indicator_series_many(plan: PlanFile, indicator_ids: list[int], limits: Thresholds | None = None) -> list[IndicatorSeries]:
    """The series of several indicators, in the order asked for, from one query (a report has hundreds)."""
    limits = limits or thresholds(plan)
    with plan.session() as session:
        indicators = {ind.id: ind for ind in session.execute(
            select(Indicator).where(Indicator.id.in_(indicator_ids))).scalars()}
        for indicator_id in indicator_ids:
            if indicator_id not in indicators:
                get_or_fail(session, Indicator, indicator_id)  # says which one is missing
        rows = session.execute(
            select(Measurement.indicator_id, Measurement.period, Measurement.date, Measurement.value, Measurement.kind,
                   Measurement.gender)
            .where(Measurement.indicator_id.in_(indicator_ids)).order_by(Measurement.date, Measurement.id)).all()
        targets = targets_in_view(session, indicator_ids)  # an older year in view: the target it had
        viewed = year_in_view(session)
    made = {
        ind.id: IndicatorSeries(
            name=ind.name, unit=ind.unit, decimals=ind.decimals, direction=ind.direction, target=targets.get(ind.id, ind.target),
            target_year=kept_target_year(ind.target_year, viewed, ind.id in targets), baseline=ind.baseline,
            baseline_year=ind.baseline_year, source=ind.source,
            status=None,  # set below
        ) for ind in indicators.values()}
    for indicator_id, period, day, value, kind, gender in rows:
        series, point = made[indicator_id], Point(period, day, value)
        if kind == MeasurementKind.ACTUAL.value:
            series.actual.setdefault(gender, []).append(point)
        elif kind == MeasurementKind.FORECAST.value and gender == Gender.TOTAL.value:
            series.forecast.append(point)
    for indicator_id, series in made.items():
        latest = series.latest
        series.status = status_of(indicators[indicator_id], latest.value if latest else None, limits, targets)
    return [made[indicator_id] for indicator_id in indicator_ids]
