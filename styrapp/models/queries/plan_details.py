"""The plan's details as a person edits them: the organisation, the plan's own fields, the värdegrund's
values, and which of the template's sample texts are still there to be replaced."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlmodel import select

from ..enums import UnitKind
from ..file.plan_file import PlanFile
from ..file.year_scope import year_in_view
from ..rules.plan_settings import TEMPLATE_SAMPLES
from ..tables import Organisation, OrgUnit, Plan, PlanValue
from .plan_settings import get_setting
from .years import title_in_view, year_rows

# The units that decide a plan: fullmäktige, styrelse or direktion, and the nämnder.
DECIDING_KINDS = (UnitKind.COUNCIL.value, UnitKind.BOARD.value, UnitKind.COMMITTEE.value)


@dataclass(frozen=True)
class ValueRow:
    id: int
    name: str
    text: str


@dataclass(frozen=True)
class PlanDetails:
    organisation: str = ""
    organisation_kind: str = "municipality"
    municipality_code: str = ""
    logo: bytes | None = None  # the picture on the reports' cover
    title: str = ""
    year: int = 0
    vision: str = ""
    vision_text: str = ""
    values: str = ""  # the introduction to the values
    value_rows: tuple[ValueRow, ...] = ()
    term_start: int | None = None
    term_end: int | None = None
    decided_by: str = ""
    decided_on: date | None = None
    note: str = ""
    template: str = ""
    samples: frozenset[str] = field(default_factory=frozenset)  # fields that still hold the template's sample
    deciders: tuple[str, ...] = ()  # the plan's units that can decide it, for "decided by"
    years_held: int = 1  # the plan years the file holds: with more than one, the year is not renumbered here


def value_rows(session) -> tuple[ValueRow, ...]:
    rows = session.exec(select(PlanValue).order_by(PlanValue.position, PlanValue.id)).all()
    return tuple(ValueRow(r.id, r.name, r.text) for r in rows)


def plan_details(plan: PlanFile) -> PlanDetails:
    samples = get_setting(plan, TEMPLATE_SAMPLES)
    with plan.session() as session:
        org = session.get(Organisation, 1)
        row = session.get(Plan, 1)
        values = value_rows(session)
        deciders = tuple(session.exec(select(OrgUnit.name).where(OrgUnit.kind.in_(DECIDING_KINDS))
                                      .order_by(OrgUnit.parent_id.is_not(None), OrgUnit.position, OrgUnit.id)).all())
        if row is None:
            return PlanDetails(organisation=org.name if org else "", deciders=deciders)
        still = {name for name in ("vision", "vision_text", "values")
                 if samples.get(name) and samples.get(name) == getattr(row, name)}
        if samples.get("value_names") and samples["value_names"] == [v.name for v in values]:
            still.add("value_names")
        return PlanDetails(
            organisation=org.name if org else "", organisation_kind=org.kind if org else "municipality",
            municipality_code=(org.municipality_code or "") if org else "", logo=org.logo if org else None,
            title=title_in_view(session), year=year_in_view(session) or row.year, vision=row.vision, vision_text=row.vision_text, values=row.values,
            value_rows=values, term_start=row.term_start, term_end=row.term_end, decided_by=row.decided_by,
            decided_on=row.decided_on, note=row.note, template=row.template, samples=frozenset(still),
            deciders=tuple(dict.fromkeys(deciders)),
            years_held=len(year_rows(session)),
        )
