"""Styrdokument and nulägeskoll (the risks: services/risks.py; the budget: services/economy.py)."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select

from ..enums import DocumentKind
from ..errors import InvalidValue
from ..file.plan_file import PlanFile
from ..queries._common import get_or_fail
from ..tables import GoverningDocument, OrgUnit, SituationReview
from ._common import apply_fields, check_title, flush_or_explain, refuse_if_closed

SITUATION_FIELDS = ("mission", "analysis", "needs", "results", "challenges", "key_figures", "trends")
SOURCE_FIELDS = tuple(f"{key}_source" for key in SITUATION_FIELDS)  # each section's source line



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
        refuse_if_closed(session, year)
        row = session.execute(select(SituationReview).where(SituationReview.unit_id == unit_id,
                                                            SituationReview.year == year)).scalars().first()
        if row is None:
            row = SituationReview(unit_id=unit_id, year=year)
            session.add(row)
        apply_fields(row, fields)
