"""Everything one report needs from the plan, read once, before a page is laid out.

`read_report_context(plan, needs, year=…, period=…, unit=…)` reads the plan's header, the status rule
(once), the trees and their links (once), and then only what the report kind says it `needs`: the
goals with their indicators as they stood at the period's end, the work, the follow-ups of the
period, the indicator series for the charts, the budget, the risks, the situation reviews, the wheel.
A report builder lays out this context and never reads the plan itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..file.plan_file import PlanFile
from ..rules.status import Thresholds
from .follow_up_rows import PeriodInfo
from .indicator_series import IndicatorSeries, indicator_series_many
from .listings import IndicatorLine, indicator_lines
from .plan_status import thresholds
from .report_rows import (
    BudgetRow,
    GoalRow,
    PlanHeader,
    Scope,
    WorkRow,
    budget_rows,
    follow_ups,
    goals_of,
    indicator_areas,
    indicators_in_scope,
    plan_header,
    read_trees,
    unit_scope,
    work_of,
)

# What a report kind may ask for (ReportKind.needs).
NEEDS = frozenset({"goals", "work", "follow_ups", "charts", "indicator_table", "budget", "risks", "reviews", "wheel",
                   "documents", "commissioner"})


@dataclass
class ReportContext:
    header: PlanHeader
    year: int
    period: PeriodInfo | None
    scope: Scope | None
    limits: Thresholds
    goals: list[GoalRow] = field(default_factory=list)
    work: list[tuple[int, WorkRow, list[str]]] = field(default_factory=list)
    follow_ups: dict = field(default_factory=dict)  # node id → its follow-up in the period
    indicators: list[IndicatorLine] = field(default_factory=list)  # the indicator table (uppdragsplan)
    indicator_areas: dict[int, tuple[list[str], bool, bool]] = field(default_factory=dict)
    series: dict[int, IndicatorSeries] = field(default_factory=dict)  # the charts, by indicator id
    budget: list[BudgetRow] = field(default_factory=list)
    risks: list = field(default_factory=list)  # queries.control_rows.RiskRow, numbered
    control_checks: list = field(default_factory=list)  # the chosen risks' controls in the period (control_rows)
    reviews: list = field(default_factory=list)  # queries.reviews.ReviewData, one per unit
    wheel: object | None = None  # queries.wheel_rows.WheelData
    documents: list = field(default_factory=list)  # queries.documents.DocumentRow, every styrdokument
    # ekonomi (issue 16): every unit's frame, outcome, forecast and status; the uppdrag with budgetpåverkan
    economy: list = field(default_factory=list)  # queries.economy.EconomyRow
    budget_assignments: list = field(default_factory=list)  # (unit, uppdrag, amount in öre)
    amount_unit: str = "tkr"
    # the återrapport: the goals from an uppdragsgivare, by source (queries.commissioner_rows.SourceGroup)
    commissioner: list = field(default_factory=list)
    # the organisation's own styrmodell: template, level keys, Agenda 2030 (queries.styrmodell_rows)
    styrmodell: object | None = None

    def chart_ids(self) -> list[int]:
        """The goals' indicators, each once, in the order the report prints them."""
        return list(dict.fromkeys(i.id for g in self.goals for i in g.indicators))


def read_report_context(plan: PlanFile, needs: frozenset[str], *, year: int, period: PeriodInfo | None = None,
                        unit: str | None = None) -> ReportContext:
    unknown = set(needs) - NEEDS
    assert not unknown, f"a report kind asks for {unknown}"
    limits = thresholds(plan)
    context = ReportContext(plan_header(plan), year, period, unit_scope(plan, unit), limits)
    until = period.period_end if period is not None else _end_of_a_past_year(plan, year)
    scope = context.scope
    trees = read_trees(plan) if needs & {"goals", "work", "indicator_table", "commissioner"} else None
    lines = indicator_lines(plan, until, limits) if needs & {"goals", "indicator_table", "commissioner"} else []
    if trees is not None:
        from .styrmodell_rows import styrmodell_data

        context.styrmodell = styrmodell_data(plan)
    if "goals" in needs:
        context.goals = goals_of(trees, {line.id: line for line in lines}, scope)
    if "commissioner" in needs:
        from .commissioner_rows import commissioned_goals

        goals = context.goals or goals_of(trees, {line.id: line for line in lines}, scope)
        context.commissioner = commissioned_goals(trees, goals, scope)
    if "work" in needs:
        context.work = work_of(trees, scope)
    if "indicator_table" in needs:
        kept = indicators_in_scope(trees, scope)
        context.indicators = [line for line in lines if kept is None or line.id in kept]
        context.indicator_areas = indicator_areas(trees)
    if "follow_ups" in needs and period is not None:
        context.follow_ups = follow_ups(plan, period.id)
    if "charts" in needs and context.goals:
        ids = context.chart_ids()
        context.series = dict(zip(ids, indicator_series_many(plan, ids, limits), strict=True))
    if "budget" in needs:
        context.budget = budget_rows(plan, year, period.id if period is not None else None, scope)
        from . import economy

        ids = scope.ids if scope is not None else None
        context.economy = economy.economy_rows(plan, year, period.id if period is not None else None, ids)
        context.budget_assignments = economy.assignments_with_budget_impact(plan, ids)
        context.amount_unit = economy.amount_unit(plan)
    if "risks" in needs:  # the year's risk analysis (of the unit and those under it), numbered as printed
        from dataclasses import replace

        from .control_rows import RiskAnalysis, control_checks, risk_analysis

        analysis = risk_analysis(plan, year)
        kept = [r for r in analysis.risks if scope is None or r.unit in scope.names]
        context.risks = [replace(r, number=n) for n, r in enumerate(kept, start=1)]
        if period is not None and period.year == year:
            context.control_checks = control_checks(
                plan, RiskAnalysis(year, None, analysis.threshold, context.risks), period.id)
    if "reviews" in needs:
        from .reviews import reviews_of_year
        from .units import unit_by_name

        only = None if unit is None else {unit_by_name(plan, unit)}  # the unit named, as its page is its own
        context.reviews = reviews_of_year(plan, year, only)
    if "documents" in needs:
        from .documents import document_rows

        context.documents = document_rows(plan)
    if "wheel" in needs:
        from .wheel_rows import read_wheel

        context.wheel = read_wheel(plan)
    return context


def _end_of_a_past_year(plan: PlanFile, year: int):
    """The last day of `year` when the plan holds a newer year: a report of a past year shows its
    indicators as they stood when the year ended (None: as they stand now)."""
    from datetime import date

    from .years import plan_years

    newest = max((row.year for row in plan_years(plan)), default=year)
    return date(year, 12, 31) if year < newest else None
