"""The organisation, the plan's own fields, and the tree of organisational units."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from .. import trees
from ..enums import OrganisationKind, UnitKind
from ..errors import InvalidMove, InvalidValue
from ..plan_file import PlanFile
from ..tables import Organisation, OrgUnit, Plan
from ._common import apply_fields, check_title, flush_or_explain, get_or_fail


def set_organisation(plan: PlanFile, **fields: Any) -> dict[str, Any]:
    """Create or change the organisation (name, kind, municipality code, logo). Returns old values."""
    if "name" in fields:
        fields["name"] = check_title(fields["name"], "Organisationens namn")
    code = fields.get("municipality_code")
    if code is not None and not (isinstance(code, str) and len(code) == 4 and code.isdigit()):
        raise InvalidValue(f"Kommunkoden ska vara fyra siffror som i Kolada, t.ex. ”0180”; fick ”{code}”.")
    with plan.transaction() as session:
        org = session.get(Organisation, 1)
        if org is None:
            org = Organisation(id=1, name=fields.get("name") or "")
            check_title(org.name, "Organisationens namn")
            session.add(org)
            old: dict[str, Any] = {}
        else:
            old = {name: getattr(org, name) for name in fields if name in Organisation.model_fields}
        apply_fields(org, fields, enums={"kind": OrganisationKind})
        flush_or_explain(session)
        return old


def update_plan(plan: PlanFile, **fields: Any) -> dict[str, Any]:
    """Create or change the plan's own fields (year, vision, värdegrund, mandatperiod …)."""
    if "title" in fields:
        fields["title"] = check_title(fields["title"], "Planens namn")
    year = fields.get("year")
    if year is not None and not (isinstance(year, int) and 1900 <= year <= 2200):
        raise InvalidValue(f"Planåret ska vara ett årtal, t.ex. 2027; fick ”{year}”.")
    month = fields.get("wheel_start_month")
    if month is not None and not (isinstance(month, int) and 1 <= month <= 12):
        raise InvalidValue("Årshjulets startmånad ska vara 1–12.")
    with plan.transaction() as session:
        row = session.get(Plan, 1)
        if row is None:
            row = Plan(id=1, title=fields.get("title") or "Plan", year=fields.get("year") or 2000)
            session.add(row)
            old: dict[str, Any] = {}
        else:
            old = {name: getattr(row, name) for name in fields if name in Plan.model_fields}
        apply_fields(row, fields)
        if row.term_start and row.term_end and row.term_start > row.term_end:
            raise InvalidValue("Mandatperioden slutar innan den börjar.")
        flush_or_explain(session)
        return old


def create_unit(plan: PlanFile, *, name: str, kind: str, parent_id: int | None = None,
                index: int | None = None, **fields: Any) -> int:
    name = check_title(name, "Enhetens namn")
    with plan.transaction() as session:
        if parent_id is not None:
            get_or_fail(session, OrgUnit, parent_id)
        unit = OrgUnit(name=name, parent_id=parent_id)
        apply_fields(unit, {"kind": kind, **fields}, enums={"kind": UnitKind}, forbidden=("id", "parent_id", "position"))
        session.add(unit)
        flush_or_explain(session)
        siblings = [i for i in trees.sibling_ids(session, "org_unit", parent_id) if i != unit.id]
        siblings.insert(len(siblings) if index is None else max(0, min(index, len(siblings))), unit.id)
        trees.write_order(session, "org_unit", siblings)
        return unit.id


def update_unit(plan: PlanFile, unit_id: int, **fields: Any) -> dict[str, Any]:
    if "name" in fields:
        fields["name"] = check_title(fields["name"], "Enhetens namn")
    with plan.transaction() as session:
        unit = get_or_fail(session, OrgUnit, unit_id)
        old = {name: getattr(unit, name) for name in fields if name in OrgUnit.model_fields}
        apply_fields(unit, fields, enums={"kind": UnitKind}, forbidden=("id", "parent_id", "position"))
        flush_or_explain(session)
        return old


def move_unit(plan: PlanFile, unit_id: int, parent_id: int | None, index: int | None = None) -> tuple[int | None, int]:
    with plan.transaction() as session:
        unit = get_or_fail(session, OrgUnit, unit_id)
        if parent_id is not None:
            get_or_fail(session, OrgUnit, parent_id)
            if parent_id == unit_id or unit_id in trees.ancestors(session, "org_unit", parent_id):
                raise InvalidMove(f"”{unit.name}” kan inte flyttas in under sig själv.")
        old_parent = unit.parent_id
        old = trees.sibling_ids(session, "org_unit", old_parent)
        old_index = old.index(unit_id)
        old.remove(unit_id)
        trees.write_order(session, "org_unit", old)
        unit.parent_id = parent_id
        session.add(unit)
        session.flush()
        new = [i for i in trees.sibling_ids(session, "org_unit", parent_id) if i != unit_id]
        new.insert(len(new) if index is None else max(0, min(index, len(new))), unit_id)
        trees.write_order(session, "org_unit", new)
        return old_parent, old_index


def delete_unit(plan: PlanFile, unit_id: int) -> None:
    """Delete a unit and the units beneath it. Nodes and indicators it owned keep existing, unowned."""
    with plan.transaction() as session:
        unit = get_or_fail(session, OrgUnit, unit_id)
        parent_id = unit.parent_id
        session.delete(unit)
        session.flush()
        trees.write_order(session, "org_unit", trees.sibling_ids(session, "org_unit", parent_id))


def unit_by_name(plan: PlanFile, name: str) -> int | None:
    with plan.session() as session:
        return session.execute(select(OrgUnit.id).where(OrgUnit.name == name)).scalars().first()
