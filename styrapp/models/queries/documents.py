"""The register of styrdokument: every document with its kind, who decided it, its dates and goals, and
what is wrong with it (past its date, decided by a body the plan's rule does not give that kind)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from ..file.plan_file import PlanFile
from ..rules.documents import decider_fits, due_in_year, effect, past_date
from ..rules.plan_settings import DOCUMENT_DECIDERS
from ..tables import DocumentNode, GoverningDocument, Node, OrgUnit
from .plan_settings import get_setting


@dataclass(frozen=True)
class DocumentRow:
    id: int
    title: str
    kind: str
    effect: str  # activating or normative
    decided_by: str
    decided_on: date | None
    valid_until: date | None
    unit_id: int | None
    unit: str
    goal_ids: tuple[int, ...]
    goals: tuple[str, ...]
    location: str
    reference: str
    description: str
    past_date: bool
    wrong_decider: bool

    def due_in(self, year: int) -> bool:
        return due_in_year(self.valid_until, year)


def document_rows(plan: PlanFile, today: date | None = None) -> list[DocumentRow]:
    """Every styrdokument, by title."""
    today = today or date.today()
    rule = get_setting(plan, DOCUMENT_DECIDERS)
    with plan.session() as session:
        units = dict(session.execute(select(OrgUnit.id, OrgUnit.name)).all())
        goals: dict[int, list[tuple[int, str]]] = {}
        for document_id, node_id, title in session.execute(
                select(DocumentNode.document_id, Node.id, Node.title).join(Node, Node.id == DocumentNode.node_id)
                .order_by(Node.position, Node.id)).all():
            goals.setdefault(document_id, []).append((node_id, title))
        out = []
        for d in session.execute(select(GoverningDocument)).scalars():
            linked = goals.get(d.id, [])
            out.append(DocumentRow(d.id, d.title, d.kind, effect(d.kind), d.decided_by, d.decided_on, d.valid_until,
                                   d.unit_id, units.get(d.unit_id, ""), tuple(i for i, _ in linked),
                                   tuple(t for _, t in linked), d.location, d.reference, d.description,
                                   past_date(d.valid_until, today), not decider_fits(d.kind, d.decided_by, rule)))
    return sorted(out, key=lambda r: (r.title.casefold(), r.id))


def documents_of_goals(plan: PlanFile) -> dict[int, list[str]]:
    """Goal id → the titles of the styrdokument linked to it."""
    with plan.session() as session:
        out: dict[int, list[str]] = {}
        for node_id, title in session.execute(
                select(DocumentNode.node_id, GoverningDocument.title)
                .join(GoverningDocument, GoverningDocument.id == DocumentNode.document_id)
                .order_by(GoverningDocument.title)).all():
            out.setdefault(node_id, []).append(title)
        return out
