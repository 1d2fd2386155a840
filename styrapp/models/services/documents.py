"""Styrdokument: add, change, delete, link to goals; a nulägeskoll's key figures. (Creating a document and
writing a nulägeskoll's texts are in `control.py`.)"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import delete, select

from ..enums import DocumentKind
from ..errors import InvalidValue
from ..file.plan_file import PlanFile
from ..queries._common import get_or_fail
from ..tables import DocumentNode, GoverningDocument, Indicator, Node, OrgUnit, ReviewIndicator, SituationReview
from ._common import apply_fields, check_title, flush_or_explain, refuse_if_closed

DOCUMENT_FIELDS = ("title", "kind", "decided_by", "decided_on", "valid_until", "unit_id", "reference",
                   "description", "location")


def check_document_dates(decided_on: date | None, valid_until: date | None) -> None:
    if decided_on is not None and valid_until is not None and valid_until < decided_on:
        raise InvalidValue("document.valid_before_decided", end=valid_until.isoformat(), start=decided_on.isoformat())


def update_document(plan: PlanFile, document_id: int, **fields: Any) -> None:
    unknown = set(fields) - set(DOCUMENT_FIELDS)
    if unknown:
        raise InvalidValue("field.not_editable", name=sorted(unknown)[0])
    if "title" in fields:
        fields["title"] = check_title(fields["title"], "The document's name")
    with plan.transaction() as session:
        document = get_or_fail(session, GoverningDocument, document_id)
        check_document_dates(fields.get("decided_on", document.decided_on),
                             fields.get("valid_until", document.valid_until))
        if fields.get("unit_id") is not None:
            get_or_fail(session, OrgUnit, fields["unit_id"])
        apply_fields(document, fields, enums={"kind": DocumentKind})
        flush_or_explain(session)


def delete_document(plan: PlanFile, document_id: int) -> None:
    with plan.transaction() as session:
        session.delete(get_or_fail(session, GoverningDocument, document_id))


def set_document_goals(plan: PlanFile, document_id: int, node_ids: list[int]) -> None:
    """The goals a document serves or regulates: exactly `node_ids`."""
    with plan.transaction() as session:
        get_or_fail(session, GoverningDocument, document_id)
        for node_id in node_ids:
            get_or_fail(session, Node, node_id)
        have = set(session.execute(select(DocumentNode.node_id).where(DocumentNode.document_id == document_id)).scalars())
        wanted = list(dict.fromkeys(node_ids))
        gone = have - set(wanted)
        if gone:
            session.execute(delete(DocumentNode).where(DocumentNode.document_id == document_id,
                                                       DocumentNode.node_id.in_(gone)))
        for node_id in wanted:
            if node_id not in have:
                session.add(DocumentNode(document_id=document_id, node_id=node_id))
        flush_or_explain(session)


def set_review_key_figures(plan: PlanFile, unit_id: int, year: int, indicator_ids: list[int]) -> None:
    """The indicators a unit's nulägeskoll shows as key figures, in this order (the review is made if it
    is not there yet)."""
    with plan.transaction() as session:
        get_or_fail(session, OrgUnit, unit_id)
        refuse_if_closed(session, year)
        for indicator_id in indicator_ids:
            get_or_fail(session, Indicator, indicator_id)
        review = session.execute(select(SituationReview).where(SituationReview.unit_id == unit_id,
                                                               SituationReview.year == year)).scalars().first()
        if review is None:
            review = SituationReview(unit_id=unit_id, year=year)
            session.add(review)
            session.flush()
        wanted = list(dict.fromkeys(indicator_ids))
        rows = {row.indicator_id: row for row in session.execute(
            select(ReviewIndicator).where(ReviewIndicator.review_id == review.id)).scalars()}
        for indicator_id, row in rows.items():
            if indicator_id not in wanted:
                session.delete(row)
        for position, indicator_id in enumerate(wanted):
            row = rows.get(indicator_id)
            if row is None:
                session.add(ReviewIndicator(review_id=review.id, indicator_id=indicator_id, position=position))
            elif row.position != position:
                row.position = position
        flush_or_explain(session)
