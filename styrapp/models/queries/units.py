"""The organisation's units as rows, parents before children."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from ..file.plan_file import PlanFile
from ..tables import OrgUnit


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
