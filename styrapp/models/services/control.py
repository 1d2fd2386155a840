"""Intern kontroll, budget, styrdokument and nulägeskoll."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select

from ..enums import BudgetKind, DocumentKind, Frequency
from ..errors import InvalidValue
from ..file.plan_file import PlanFile
from ..queries._common import get_or_fail
from ..rules.risk import check_scale
from ..tables import BudgetFigure, BudgetLine, GoverningDocument, OrgUnit, ReportingPeriod, Risk, SituationReview
from ._common import apply_fields, check_title, flush_or_explain

SITUATION_FIELDS = ("mission", "analysis", "needs", "results", "challenges", "key_figures", "trends")
SOURCE_FIELDS = tuple(f"{key}_source" for key in SITUATION_FIELDS)  # each section's source line


def create_risk(plan: PlanFile, *, title: str, year: int, likelihood: int, consequence: int, **fields: Any) -> int:
    title = check_title(title, "The risk's name")
    with plan.transaction() as session:
        if fields.get("unit_id") is not None:
            get_or_fail(session, OrgUnit, fields["unit_id"])
        risk = Risk(title=title, year=year, likelihood=check_scale(likelihood, "Likelihood"),
                    consequence=check_scale(consequence, "Consequence"))
        apply_fields(risk, fields, enums={"frequency": Frequency})
        session.add(risk)
        flush_or_explain(session)
        return risk.id


def create_budget_line(plan: PlanFile, *, name: str, year: int, frame_tkr: float, unit_id: int | None = None,
                       kind: str = BudgetKind.OPERATING.value) -> int:
    name = check_title(name, "The budget line's name")
    with plan.transaction() as session:
        if unit_id is not None:
            get_or_fail(session, OrgUnit, unit_id)
        line = BudgetLine(name=name, year=year, frame_tkr=float(frame_tkr), unit_id=unit_id)
        apply_fields(line, {"kind": kind}, enums={"kind": BudgetKind})
        session.add(line)
        flush_or_explain(session)
        return line.id


def set_budget_figure(plan: PlanFile, line_id: int, period_id: int, *, outcome_tkr: float | None = None,
                      forecast_tkr: float | None = None) -> None:
    with plan.transaction() as session:
        get_or_fail(session, BudgetLine, line_id)
        get_or_fail(session, ReportingPeriod, period_id)
        row = session.execute(select(BudgetFigure).where(BudgetFigure.line_id == line_id,
                                                         BudgetFigure.period_id == period_id)).scalars().first()
        if row is None:
            row = BudgetFigure(line_id=line_id, period_id=period_id)
            session.add(row)
        row.outcome_tkr = outcome_tkr
        row.forecast_tkr = forecast_tkr


def create_document(plan: PlanFile, *, title: str, kind: str, decided_on: date | None = None,
                    valid_until: date | None = None, **fields: Any) -> int:
    from ..queries.plan_settings import get_setting
    from ..rules.documents import default_decider
    from ..rules.plan_settings import DOCUMENT_DECIDERS
    from .documents import check_document_dates

    title = check_title(title, "The document's name")
    check_document_dates(decided_on, valid_until)
    if "decided_by" not in fields:  # the plan's rule says who decides this kind
        fields["decided_by"] = default_decider(str(kind), get_setting(plan, DOCUMENT_DECIDERS))
    with plan.transaction() as session:
        if fields.get("unit_id") is not None:
            get_or_fail(session, OrgUnit, fields["unit_id"])
        document = GoverningDocument(title=title, decided_on=decided_on, valid_until=valid_until)
        apply_fields(document, {"kind": kind, **fields}, enums={"kind": DocumentKind})
        session.add(document)
        flush_or_explain(session)
        return document.id


def set_situation_review(plan: PlanFile, unit_id: int, year: int, **fields: Any) -> None:
    """Write a unit's nulägeskoll for a year."""
    unknown = set(fields) - set(SITUATION_FIELDS) - set(SOURCE_FIELDS)
    if unknown:
        raise InvalidValue("situation_review.no_field", name=sorted(unknown)[0])
    with plan.transaction() as session:
        get_or_fail(session, OrgUnit, unit_id)
        row = session.execute(select(SituationReview).where(SituationReview.unit_id == unit_id,
                                                            SituationReview.year == year)).scalars().first()
        if row is None:
            row = SituationReview(unit_id=unit_id, year=year)
            session.add(row)
        apply_fields(row, fields)
