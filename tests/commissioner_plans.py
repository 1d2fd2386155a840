"""Plans for the tests of uppdragsgivarens mål: Askersund's KF plan, and nämnd plans that fetch from it."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from styrapp.models.content.templates import apply_template
from styrapp.models.file.plan_file import create_plan, open_plan
from styrapp.models.queries import levels
from styrapp.models.services import nodes
from styrapp.models.tables import OrgUnit

KF = "Askersunds kommun"
NAMND = "Kultur- och tekniknämnden"


def level_ids(plan) -> dict[str, int]:
    return {level.name: level.id for level in levels.levels(plan)}


def make_kf_plan(path: Path, goals_per_area: int = 2, *, template: str = "askersund") -> dict[str, int]:
    """KF's plan: two målområden, each with strategiska mål, one with a målprecisering; an uppdrag to
    Kultur- och tekniknämnden serving the first strategiskt mål, one to Socialnämnden. Returns ids by title."""
    create_plan(path, lambda p: apply_template(p, template, organisation_name=KF, year=2027,
                                               plan_title="Mål och budget 2027"))
    ids: dict[str, int] = {}
    with open_plan(path) as plan:
        lv = level_ids(plan)
        with plan.session() as session:
            units = {u.name: u.id for u in session.execute(select(OrgUnit)).scalars()}
        for area in ("Livskvalitet", "Hållbar tillväxt"):
            ids[area] = nodes.create_node(plan, level_id=lv["Målområde"], title=area, description=f"Om {area}")
            for n in range(goals_per_area):
                title = f"{area} mål {n + 1}"
                ids[title] = nodes.create_node(plan, level_id=lv["Strategiskt mål"], parent_id=ids[area], title=title)
        ids["Precisering"] = nodes.create_node(plan, level_id=lv["Målprecisering"], parent_id=ids["Livskvalitet mål 1"],
                                               title="Precisering")
        ids["Uppdrag KTN"] = nodes.create_node(plan, level_id=lv["Uppdrag"], title="Uppdrag KTN",
                                               owner_unit_id=units[NAMND])
        nodes.link_nodes(plan, ids["Uppdrag KTN"], ids["Livskvalitet mål 1"])
        ids["Uppdrag SN"] = nodes.create_node(plan, level_id=lv["Uppdrag"], title="Uppdrag SN",
                                              owner_unit_id=units["Socialnämnden"])
    return ids


def make_namnd_plan(path: Path, name: str = NAMND, template: str = "askersund") -> Path:
    return create_plan(path, lambda p: apply_template(p, template, organisation_name=name, year=2027,
                                                      plan_title=f"Verksamhetsplan 2027 {name}"))
