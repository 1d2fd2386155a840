"""Fetching a record or saying plainly that it is not there."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlmodel import Session, SQLModel

from ..errors import NotFound

M = TypeVar("M", bound=SQLModel)

WHAT = {
    "Node": "Noden",
    "OrgUnit": "Enheten",
    "GovernanceLevel": "Nivån",
    "Indicator": "Indikatorn",
    "Measurement": "Mätvärdet",
    "ReportingPeriod": "Perioden",
    "WheelRing": "Ringen",
    "WheelEvent": "Händelsen",
    "Risk": "Risken",
    "BudgetLine": "Budgetraden",
    "GoverningDocument": "Styrdokumentet",
    "SituationReview": "Nulägeskollen",
}


def get_or_fail(session: Session, model: type[M], ident: Any) -> M:
    row = session.get(model, ident)
    if row is None:
        raise NotFound(WHAT.get(model.__name__, model.__name__), ident)
    return row
