"""Flat lists of what a plan holds, for the pages that show tables and the reports: indicators and
risks. Plain values only; the UI decides how to show them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from ...wording import Phrase
from ..enums import Status
from ..file.plan_file import PlanFile
from ..file.year_scope import year_in_view
from ..rules.risk import risk_value
from ..rules.status import Thresholds
from ..tables import Indicator, IndicatorNode, Node, OrgUnit, Risk
from .indicator_targets import kept_target_year, targets_in_view
from .plan_status import actual_totals, status_of, thresholds


@dataclass(frozen=True)
class IndicatorLine:
    id: int
    name: str
    unit: str
    decimals: int
    baseline: float | None
    target: float | None
    latest: float | None
    latest_period: str
    status: Status
    reason: Phrase  # why the status is what it is, worded where shown
    source: str
    kolada_id: str = ""
    previous: float | None = None  # the outcome before the latest, for the trend
    direction: str = "higher"
    goals: tuple[str, ...] = ()
    reported_to_council: bool = False
    baseline_year: int | None = None
    target_year: int | None = None

    @property
    def trend(self) -> int:
        """+1 better, -1 worse, 0 the same or unknown: the latest outcome against the one before."""
        if self.latest is None or self.previous is None or self.latest == self.previous:
            return 0
        rising = self.latest > self.previous
        return 1 if rising == (self.direction == "higher") else -1

    @property
    def arrow(self) -> str:
        if self.latest is None or self.previous is None:
            return ""
        return "↗" if self.latest > self.previous else "↘" if self.latest < self.previous else "→"


def indicator_lines(plan: PlanFile, until: date | None = None, limits: Thresholds | None = None) -> list[IndicatorLine]:
    """Every indicator with its latest outcome and traffic light; as they stood on `until` (a reporting
    period's end) when given, else with everything measured. `limits`: the plan's status rule, when the
    caller has read it already."""
    limits = limits or thresholds(plan)
    with plan.session() as session:
        outcomes = actual_totals(session, until=until)
        goals: dict[int, list[str]] = {}
        for ind_id, title in session.execute(select(IndicatorNode.indicator_id, Node.title)
                                             .join(Node, Node.id == IndicatorNode.node_id)).all():
            goals.setdefault(ind_id, []).append(title)
        out = []
        targets = targets_in_view(session)  # an older year in view: the targets it had
        viewed = year_in_view(session)
        for ind in session.execute(select(Indicator).order_by(Indicator.position, Indicator.id)).scalars():
            series = outcomes.get(ind.id, [])
            value, period = series[-1] if series else (None, "")
            previous = series[-2][0] if len(series) > 1 else None
            result = status_of(ind, value, limits, targets)
            out.append(IndicatorLine(ind.id, ind.name, ind.unit, ind.decimals, ind.baseline,
                                     targets.get(ind.id, ind.target), value,
                                     period, result.status, result.reason, ind.source, ind.kolada_id or "", previous,
                                     ind.direction, tuple(goals.get(ind.id, ())), ind.reported_to_council,
                                     ind.baseline_year, kept_target_year(ind.target_year, viewed, ind.id in targets)))
        return out


@dataclass(frozen=True)
class RiskLine:
    id: int
    title: str
    process: str
    unit: str
    likelihood: int
    consequence: int
    chosen: bool
    control: str
    responsible: str
    frequency: str = ""
    reporting: str = ""
    year: int | None = None

    @property
    def score(self) -> int:
        return risk_value(self.likelihood, self.consequence)


def risk_lines(plan: PlanFile) -> list[RiskLine]:
    with plan.session() as session:
        units = dict(session.execute(select(OrgUnit.id, OrgUnit.name)).all())
        risks = session.execute(select(Risk)).scalars().all()
        lines = [RiskLine(r.id, r.title, r.process, units.get(r.unit_id, ""), r.likelihood, r.consequence, r.chosen,
                          r.control, r.responsible, r.frequency, r.reporting, r.year) for r in risks]
    return sorted(lines, key=lambda r: (-r.score, r.title))
