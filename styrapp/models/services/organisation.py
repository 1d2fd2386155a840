"""The organisation, the plan's own fields, and the tree of organisational units."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete

from ..enums import OrganisationKind, UnitKind
from ..errors import InvalidMove, InvalidValue
from ..file.plan_file import PlanFile
from ..queries import trees
from ..queries._common import get_or_fail
from ..tables import Organisation, OrgUnit, Plan
from . import years
from ._common import apply_fields, check_title, flush_or_explain
from .tree_order import write_order


def set_organisation(plan: PlanFile, **fields: Any) -> None:
    """Create or change the organisation (name, kind, municipality code, logo)."""
    if "name" in fields:
        fields["name"] = check_title(fields["name"], "The organisation's name")
    code = fields.get("municipality_code")
    if code is not None and not (isinstance(code, str) and len(code) == 4 and code.isdigit()):
        raise InvalidValue("organisation.municipality_code", code=code)
    with plan.transaction() as session:
        org = session.get(Organisation, 1)
        if org is None:
            org = Organisation(id=1, name=fields.get("name") or "")
            check_title(org.name, "The organisation's name")
            session.add(org)
        apply_fields(org, fields, enums={"kind": OrganisationKind})
        flush_or_explain(session)


def update_plan(plan: PlanFile, **fields: Any) -> None:
    """Create or change the plan's own fields (year, vision, värdegrund, mandatperiod …)."""
    if "title" in fields:
        fields["title"] = check_title(fields["title"], "The plan's name")
    year = fields.get("year")
    if year is not None and not (isinstance(year, int) and 1900 <= year <= 2200):
        raise InvalidValue("plan.year", year=year)
    month = fields.get("wheel_start_month")
    if month is not None and not (isinstance(month, int) and 1 <= month <= 12):
        raise InvalidValue("plan.wheel_start_month")
    with plan.transaction() as session:
        row = session.get(Plan, 1)
        old_year = row.year if row is not None else None
        in_view = session.info.get("year")
        if row is not None and in_view is not None and in_view != row.year and "title" in fields:
            years.set_title(session, in_view, fields.pop("title"))  # an older year's own title
        if row is None:
            row = Plan(id=1, title=fields.get("title") or "Plan", year=fields.get("year") or 2000)
            session.add(row)
        apply_fields(row, fields)
        if row.term_start and row.term_end and row.term_start > row.term_end:
            raise InvalidValue("plan.term_backwards")
        flush_or_explain(session)
        years.keep_years_with_plan(session, row, old_year=old_year, title_changed="title" in fields)
        flush_or_explain(session)
    if old_year is not None and old_year != row.year:
        plan.year = None  # the plan's one year has a new number: view it


def create_unit(plan: PlanFile, *, name: str, kind: str, parent_id: int | None = None,
                index: int | None = None, **fields: Any) -> int:
    name = check_title(name, "The unit's name")
    with plan.transaction() as session:
        if parent_id is not None:
            get_or_fail(session, OrgUnit, parent_id)
        unit = OrgUnit(name=name, parent_id=parent_id)
        apply_fields(unit, {"kind": kind, **fields}, enums={"kind": UnitKind}, forbidden=("id", "parent_id", "position"))
        session.add(unit)
        flush_or_explain(session)
        siblings = [i for i in trees.sibling_ids(session, "org_unit", parent_id) if i != unit.id]
        siblings.insert(len(siblings) if index is None else max(0, min(index, len(siblings))), unit.id)
        write_order(session, "org_unit", siblings)
        return unit.id


def update_unit(plan: PlanFile, unit_id: int, **fields: Any) -> None:
    if "name" in fields:
        fields["name"] = check_title(fields["name"], "The unit's name")
    with plan.transaction() as session:
        unit = get_or_fail(session, OrgUnit, unit_id)
        apply_fields(unit, fields, enums={"kind": UnitKind}, forbidden=("id", "parent_id", "position"))
        flush_or_explain(session)


def move_unit(plan: PlanFile, unit_id: int, parent_id: int | None, index: int | None = None) -> None:
    with plan.transaction() as session:
        unit = get_or_fail(session, OrgUnit, unit_id)
        if parent_id is not None:
            get_or_fail(session, OrgUnit, parent_id)
            if parent_id == unit_id or unit_id in trees.ancestors(session, "org_unit", parent_id):
                raise InvalidMove("unit.move_into_itself", name=unit.name)
        old = trees.sibling_ids(session, "org_unit", unit.parent_id)
        old.remove(unit_id)
        write_order(session, "org_unit", old)
        unit.parent_id = parent_id
        session.add(unit)
        session.flush()
        new = [i for i in trees.sibling_ids(session, "org_unit", parent_id) if i != unit_id]
        new.insert(len(new) if index is None else max(0, min(index, len(new))), unit_id)
        write_order(session, "org_unit", new)


def delete_unit(plan: PlanFile, unit_id: int) -> None:
    """Delete a unit and the units beneath it. What they owned stays, unowned."""
    with plan.transaction() as session:
        unit = get_or_fail(session, OrgUnit, unit_id)
        parent_id = unit.parent_id
        session.execute(delete(OrgUnit).where(OrgUnit.id == unit_id))
        write_order(session, "org_unit", trees.sibling_ids(session, "org_unit", parent_id))


