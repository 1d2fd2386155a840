"""The Intern kontroll page's and report's rows: a unit's risk analysis for a year, numbered highest risk
first, with the rule's suggestion for the internkontrollplan; the chosen risks' controls; and the
follow-up of each control in a reporting period, with the count not yet followed up."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from ..enums import ControlOutcome
from ..file.plan_file import PlanFile
from ..rules.plan_settings import RISK_THRESHOLD
from ..rules.risk import band, is_suggested, risk_value
from ..tables import ControlFollowUp, OrgUnit, ReportingPeriod, Risk
from .follow_up_rows import PeriodInfo
from .plan_settings import get_setting


@dataclass(frozen=True)
class RiskRow:
    id: int
    number: int  # its number in the analysis shown: 1 is the highest risk
    title: str
    description: str
    process: str
    category: str  # a RiskCategory value or the plan's own word
    unit_id: int | None
    unit: str
    year: int
    likelihood: int
    consequence: int
    suggested: bool  # over the plan's threshold: suggested for the internkontrollplan
    chosen: bool
    control: str
    method: str
    responsible: str
    frequency: str
    reporting: str
    report_period_id: int | None
    report_period: str  # the period's name, or ""

    @property
    def value(self) -> int:
        return risk_value(self.likelihood, self.consequence)

    @property
    def band(self) -> int:
        return band(self.value)


@dataclass(frozen=True)
class ControlCheck:
    """A chosen risk's control in a reporting period, and its follow-up there (outcome None: not yet)."""

    risk: RiskRow
    outcome: str | None
    findings: str
    actions: str


@dataclass(frozen=True)
class RiskAnalysis:
    year: int
    unit_id: int | None
    threshold: int
    risks: list[RiskRow]  # numbered, highest risk first

    @property
    def chosen(self) -> list[RiskRow]:
        return [r for r in self.risks if r.chosen]

    def by_id(self, risk_id: int) -> RiskRow | None:
        return next((r for r in self.risks if r.id == risk_id), None)


def risk_years(plan: PlanFile) -> list[int]:
    """The years that have a risk analysis or reporting periods, and the plan's year."""
    from ..tables import PlanYear

    with plan.session() as session:
        years = set(session.execute(select(Risk.year).distinct()).scalars())
        years |= set(session.execute(select(ReportingPeriod.year).distinct()).scalars())
        years |= set(session.execute(select(PlanYear.year)).scalars())
    return sorted(years)


def risk_analysis(plan: PlanFile, year: int, unit_id: int | None = None) -> RiskAnalysis:
    """The risks of `year` (of one unit, or every risk of the year when `unit_id` is None)."""
    threshold = get_setting(plan, RISK_THRESHOLD)
    with plan.session() as session:
        units = dict(session.execute(select(OrgUnit.id, OrgUnit.name)).all())
        periods = dict(session.execute(select(ReportingPeriod.id, ReportingPeriod.name)).all())
        query = select(Risk).where(Risk.year == year)
        if unit_id is not None:
            query = query.where(Risk.unit_id == unit_id)
        risks = session.execute(query).scalars().all()
        ordered = sorted(risks, key=lambda r: (-risk_value(r.likelihood, r.consequence), r.title.casefold(), r.id))
        rows = [RiskRow(r.id, n, r.title, r.description, r.process, r.category, r.unit_id, units.get(r.unit_id, ""),
                        r.year, r.likelihood, r.consequence,
                        is_suggested(risk_value(r.likelihood, r.consequence), threshold), r.chosen, r.control,
                        r.method, r.responsible, r.frequency, r.reporting, r.report_period_id,
                        periods.get(r.report_period_id, "")) for n, r in enumerate(ordered, start=1)]
    return RiskAnalysis(year, unit_id, threshold, rows)


def control_periods(plan: PlanFile, year: int) -> list[PeriodInfo]:
    """The reporting periods of `year`, in order: when controls are reported and followed up."""
    with plan.session() as session:
        return [PeriodInfo(p.id, p.name, p.kind, p.year, p.period_end, p.due) for p in session.execute(
            select(ReportingPeriod).where(ReportingPeriod.year == year)
            .order_by(ReportingPeriod.period_end, ReportingPeriod.id)).scalars()]


def control_checks(plan: PlanFile, analysis: RiskAnalysis, period_id: int) -> list[ControlCheck]:
    """Each chosen risk's control with its follow-up in the period (or none yet)."""
    chosen = analysis.chosen
    with plan.session() as session:
        rows = {row.risk_id: row for row in session.execute(
            select(ControlFollowUp).where(ControlFollowUp.period_id == period_id,
                                          ControlFollowUp.risk_id.in_([r.id for r in chosen]))).scalars()}
    return [ControlCheck(r, rows[r.id].outcome if r.id in rows else None, rows[r.id].findings if r.id in rows else "",
                         rows[r.id].actions if r.id in rows else "") for r in chosen]


def not_followed_up(checks: list[ControlCheck]) -> int:
    """How many controls have no follow-up yet in the period."""
    return sum(1 for check in checks if check.outcome is None)


def follow_up_count(plan: PlanFile, risk_id: int) -> int:
    """How many follow-ups a risk's control has: what deleting the risk takes with it."""
    with plan.session() as session:
        return session.execute(select(func.count()).select_from(ControlFollowUp)
                               .where(ControlFollowUp.risk_id == risk_id)).scalar_one()


@dataclass(frozen=True)
class ControlDue:
    """For the red thread: a chosen risk, the period its control is reported in, and whether it is followed up."""

    risk_id: int
    title: str
    control: str
    responsible: str
    period: str
    period_end: date | None
    followed_up: bool


def controls_due(plan: PlanFile) -> list[ControlDue]:
    """Every chosen risk with the period it is reported in (its own, or else the last of its year)."""
    with plan.session() as session:
        periods = session.execute(select(ReportingPeriod).order_by(ReportingPeriod.period_end)).scalars().all()
        last_of_year = {p.year: p for p in periods}
        by_id = {p.id: p for p in periods}
        done = set(session.execute(select(ControlFollowUp.risk_id, ControlFollowUp.period_id)
                                   .where(ControlFollowUp.outcome.in_([o.value for o in ControlOutcome]))).all())
        out = []
        for risk in session.execute(select(Risk).where(Risk.chosen).order_by(Risk.year, Risk.id)).scalars():
            period = by_id.get(risk.report_period_id) or last_of_year.get(risk.year)
            out.append(ControlDue(risk.id, risk.title, risk.control, risk.responsible,
                                  period.name if period else "", period.period_end if period else None,
                                  period is not None and (risk.id, period.id) in done))
    return out


def risk_year(plan: PlanFile, risk_id: int) -> int | None:
    """The year of a risk's analysis (None: no such risk)."""
    with plan.session() as session:
        return session.execute(select(Risk.year).where(Risk.id == risk_id)).scalar_one_or_none()
