"""Fetching a record or saying plainly that it is not there."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlmodel import Session, SQLModel

from ...wording import Phrase
from ..errors import NotFound

M = TypeVar("M", bound=SQLModel)

WHAT = {  # English; worded with the message (styrapp.wording)
    "Node": "The node",
    "OrgUnit": "The unit",
    "GovernanceLevel": "The level",
    "Indicator": "The indicator",
    "Measurement": "The value",
    "ReportingPeriod": "The period",
    "WheelRing": "The ring",
    "WheelEvent": "The event",
    "Risk": "The risk",
    "BudgetLine": "The budget line",
    "GoverningDocument": "The governing document",
    "SituationReview": "The situation review",
}


def get_or_fail(session: Session, model: type[M], ident: Any) -> M:
    row = session.get(model, ident)
    if row is None:
        raise NotFound(Phrase(WHAT.get(model.__name__, model.__name__)), ident)
    return row
