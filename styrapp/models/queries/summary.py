"""What a plan holds, counted: for `styrapp-cli info`, the Översikt page and the benchmarks."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select

from ..enums import NodeKind
from ..file import sqlite
from ..file.plan_file import PlanFile
from ..file.schema import SCHEMA_VERSION
from ..file.year_scope import year_in_view
from ..tables import (
    BudgetLine,
    FollowUp,
    GovernanceLevel,
    GoverningDocument,
    Indicator,
    Measurement,
    Node,
    Organisation,
    OrgUnit,
    Plan,
    PlanYear,
    ReportingPeriod,
    Risk,
    SituationReview,
    WheelEvent,
    WheelRing,
)
from .years import title_in_view


@dataclass
class PlanSummary:
    organisation: str
    organisation_kind: str
    plan_title: str
    year: int | None
    vision: str
    note: str
    template: str
    schema_version: int
    counts: dict[str, int] = field(default_factory=dict)
    levels: list[dict[str, str]] = field(default_factory=list)

    def as_json(self) -> dict:
        return {
            "organisation": self.organisation,
            "organisation_kind": self.organisation_kind,
            "plan": self.plan_title,
            "year": self.year,
            "vision": self.vision,
            "template": self.template,
            "note": self.note,
            "schema_version": self.schema_version,
            "counts": self.counts,
            "levels": self.levels,
        }


def _count(session, model, *where) -> int:
    return session.execute(select(func.count()).select_from(model).where(*where)).scalar_one()


def _wheel_events(session, year: int | None, start_month: int) -> int:
    """The events shown in the year in view's årshjul (`wheel_rows.wheel_year_of`)."""
    from .wheel_rows import wheel_year_of

    years = sorted(session.execute(select(PlanYear.year)).scalars())
    if year is None or not years:
        return _count(session, WheelEvent)
    return sum(1 for start in session.execute(select(WheelEvent.start)).scalars()
               if wheel_year_of(start, years, start_month) == year)


def summarise(plan: PlanFile) -> PlanSummary:
    with plan.session() as session:
        org = session.get(Organisation, 1)
        row = session.get(Plan, 1)
        year, title = year_in_view(session), title_in_view(session)
        version = sqlite.user_version(session.connection())
        by_kind = dict(session.execute(
            select(GovernanceLevel.kind, func.count(Node.id))
            .join(Node, Node.level_id == GovernanceLevel.id).group_by(GovernanceLevel.kind)).all())
        levels = [
            {"tree": lv.tree, "name": lv.name, "kind": lv.kind}
            for lv in session.execute(select(GovernanceLevel).order_by(GovernanceLevel.tree.desc(), GovernanceLevel.position)).scalars()
        ]
        counts = {
            "goals": by_kind.get(NodeKind.GOAL.value, 0),
            "assignments": by_kind.get(NodeKind.ASSIGNMENT.value, 0),
            "measures": by_kind.get(NodeKind.MEASURE.value, 0),
            "activities": by_kind.get(NodeKind.ACTIVITY.value, 0),
            "indicators": _count(session, Indicator),
            "measurements": _count(session, Measurement),
            "units": _count(session, OrgUnit),
            # the year in view's own (a plan file holds several plan years)
            "reporting_periods": _count(session, ReportingPeriod, ReportingPeriod.year == year),
            "follow_ups": session.execute(select(func.count()).select_from(FollowUp)
                                          .join(Node, Node.id == FollowUp.node_id)).scalar_one(),
            "wheel_rings": _count(session, WheelRing),
            "wheel_events": _wheel_events(session, year, row.wheel_start_month if row else 1),
            "risks": _count(session, Risk, Risk.year == year),
            "budget_lines": _count(session, BudgetLine),
            "governing_documents": _count(session, GoverningDocument),
            "situation_reviews": _count(session, SituationReview),
        }
    return PlanSummary(
        organisation=org.name if org else "",
        organisation_kind=org.kind if org else "",
        plan_title=title if row else "",
        year=year if row else None,
        vision=row.vision if row else "",
        note=row.note if row else "",
        template=row.template if row else "",
        schema_version=version or SCHEMA_VERSION,
        counts=counts,
        levels=levels,
    )
