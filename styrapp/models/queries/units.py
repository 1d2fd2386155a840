"""The organisation's units as rows, parents before children, and what deleting one would leave behind."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from ...wording import counted, tr
from ..file.plan_file import PlanFile
from ..tables import BudgetLine, GoverningDocument, Indicator, Node, OrgUnit, Risk, SituationReview
from . import trees
from ._common import get_or_fail


@dataclass(frozen=True)
class UnitRow:
    id: int
    parent_id: int | None
    name: str
    kind: str
    manager: str
    mandate: str


def unit_rows(plan: PlanFile) -> list[UnitRow]:
    """All units, parents before children, siblings in order."""
    with plan.session() as session:
        units = session.execute(select(OrgUnit).order_by(OrgUnit.position, OrgUnit.id)).scalars().all()
        children: dict[int | None, list[OrgUnit]] = {}
        for unit in units:
            children.setdefault(unit.parent_id, []).append(unit)
        out: list[UnitRow] = []

        def visit(parent_id):
            for u in children.get(parent_id, ()):
                out.append(UnitRow(u.id, u.parent_id, u.name, u.kind, u.manager, u.mandate))
                visit(u.id)

        visit(None)
        return out


def unit_by_name(plan: PlanFile, name: str) -> int | None:
    with plan.session() as session:
        return session.execute(select(OrgUnit.id).where(OrgUnit.name == name)).scalars().first()


# Rows that point at a unit and lose the pointer (SET NULL) when it goes.
_OWNED = ((Node, "owner_unit_id"), (Indicator, "owner_unit_id"), (Risk, "unit_id"), (BudgetLine, "unit_id"),
          (GoverningDocument, "unit_id"))


def delete_impact_unit(plan: PlanFile, unit_id: int) -> str:
    """What deleting a unit means, in words, for the confirmation."""
    with plan.session() as session:
        unit = get_or_fail(session, OrgUnit, unit_id)
        ids = trees.subtree(session, "org_unit", unit_id)
        owned = sum(len(session.execute(select(model.id).where(getattr(model, col).in_(ids))).all())
                    for model, col in _OWNED)
        reviews = len(session.execute(select(SituationReview.id).where(SituationReview.unit_id.in_(ids))).all())
    if len(ids) > 1:
        text = str(counted(len(ids) - 1, "“{name}” is deleted together with {count} unit beneath it.",
                           "“{name}” is deleted together with {count} units beneath it.", name=unit.name))
    else:
        text = tr("“{name}” is deleted.", name=unit.name)
    if owned:
        text += " " + str(counted(owned, "{count} goal, assignment, indicator, risk or budget line is left without a "
                                         "responsible unit.", "{count} goals, assignments, indicators, risks or budget "
                                         "lines are left without a responsible unit."))
    if reviews:
        text += " " + str(counted(reviews, "{count} situation review is deleted with it.",
                                  "{count} situation reviews are deleted with it."))
    return text
