"""A unit's nulägeskoll for a year as the page and the printed page read it, with its key figures."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select

from ..enums import Gender, MeasurementKind
from ..file.plan_file import PlanFile
from ..tables import Indicator, Measurement, OrgUnit, ReviewIndicator, SituationReview

SECTION_KEYS = ("mission", "analysis", "needs", "results", "challenges", "key_figures", "trends")


@dataclass(frozen=True)
class KeyFigure:
    """An indicator as a nulägeskoll prints it: latest outcome, target, trend, women and men."""

    indicator_id: int
    name: str
    unit: str
    decimals: int
    latest: float | None
    period: str
    target: float | None
    previous: float | None
    direction: str
    women: float | None = None
    men: float | None = None

    @property
    def trend(self) -> int:
        """+1 better, -1 worse, 0 the same or unknown (the latest outcome against the one before)."""
        if self.latest is None or self.previous is None or self.latest == self.previous:
            return 0
        return 1 if (self.latest > self.previous) == (self.direction == "higher") else -1

    @property
    def arrow(self) -> str:
        if self.latest is None or self.previous is None:
            return ""
        return "↗" if self.latest > self.previous else "↘" if self.latest < self.previous else "→"


@dataclass(frozen=True)
class ReviewData:
    unit_id: int
    unit: str
    year: int
    mandate: str  # the unit's reglemente or ägardirektiv: the mission's text until one is written
    texts: dict[str, str]
    sources: dict[str, str]
    indicator_ids: tuple[int, ...] = ()
    exists: bool = False
    key_figures: tuple[KeyFigure, ...] = field(default=())

    def text(self, key: str) -> str:
        """What is printed: the mission falls back on the unit's mandate."""
        if key == "mission" and not self.texts["mission"].strip():
            return self.mandate
        return self.texts[key]


def key_figures(session, indicator_ids: list[int]) -> list[KeyFigure]:
    if not indicator_ids:
        return []
    indicators = {i.id: i for i in session.execute(select(Indicator).where(Indicator.id.in_(indicator_ids))).scalars()}
    series: dict[tuple[int, str], list[tuple[float, str]]] = {}
    query = (select(Measurement.indicator_id, Measurement.gender, Measurement.value, Measurement.period)
             .where(Measurement.kind == MeasurementKind.ACTUAL.value, Measurement.indicator_id.in_(indicator_ids))
             .order_by(Measurement.date, Measurement.id))
    for indicator_id, gender, value, period in session.execute(query).all():
        series.setdefault((indicator_id, gender), []).append((value, period))
    out = []
    for indicator_id in indicator_ids:
        ind = indicators.get(indicator_id)
        if ind is None:
            continue
        total = series.get((indicator_id, Gender.TOTAL.value), [])
        latest, period = total[-1] if total else (None, "")

        def same_period(gender: str, indicator_id=indicator_id, period=period) -> float | None:
            return next((v for v, p in reversed(series.get((indicator_id, gender), [])) if p == period), None)

        out.append(KeyFigure(ind.id, ind.name, ind.unit, ind.decimals, latest, period, ind.target,
                             total[-2][0] if len(total) > 1 else None, ind.direction,
                             same_period(Gender.WOMEN.value) if period else None,
                             same_period(Gender.MEN.value) if period else None))
    return out


def _data(session, unit: OrgUnit, year: int, review: SituationReview | None) -> ReviewData:
    texts = {key: getattr(review, key) if review else "" for key in SECTION_KEYS}
    sources = {key: getattr(review, f"{key}_source") if review else "" for key in SECTION_KEYS}
    ids: list[int] = []
    if review is not None:
        ids = list(session.execute(select(ReviewIndicator.indicator_id).where(ReviewIndicator.review_id == review.id)
                                   .order_by(ReviewIndicator.position, ReviewIndicator.indicator_id)).scalars())
    return ReviewData(unit.id, unit.name, year, unit.mandate or "", texts, sources, tuple(ids), review is not None,
                      tuple(key_figures(session, ids)))


def review_of(plan: PlanFile, unit_id: int, year: int) -> ReviewData | None:
    """A unit's nulägeskoll for `year` (empty when none is written yet); None when the unit is not there."""
    with plan.session() as session:
        unit = session.get(OrgUnit, unit_id)
        if unit is None:
            return None
        review = session.execute(select(SituationReview).where(SituationReview.unit_id == unit_id,
                                                               SituationReview.year == year)).scalars().first()
        return _data(session, unit, year, review)


def reviews_of_year(plan: PlanFile, year: int, unit_ids: set[int] | None = None) -> list[ReviewData]:
    """Every nulägeskoll written for `year`, in the organisation's order (only `unit_ids`' when given)."""
    with plan.session() as session:
        units = {u.id: u for u in session.execute(select(OrgUnit)).scalars()}
        order = {row.id: n for n, row in enumerate(_ordered(units))}
        reviews = session.execute(select(SituationReview).where(SituationReview.year == year)).scalars().all()
        chosen = [r for r in reviews if r.unit_id in units and (unit_ids is None or r.unit_id in unit_ids)]
        chosen.sort(key=lambda r: order.get(r.unit_id, 0))
        return [_data(session, units[r.unit_id], year, r) for r in chosen]


def _ordered(units: dict[int, OrgUnit]) -> list[OrgUnit]:
    children: dict[int | None, list[OrgUnit]] = {}
    for unit in sorted(units.values(), key=lambda u: (u.position, u.id)):
        children.setdefault(unit.parent_id, []).append(unit)
    out: list[OrgUnit] = []

    def visit(parent):
        for unit in children.get(parent, ()):
            out.append(unit)
            visit(unit.id)

    visit(None)
    return out
