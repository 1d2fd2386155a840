"""Styrmodell templates (resources/templates/*.json): levels, starting goals, units, periods, årshjul.

A new plan starts from one. Each template follows a seed organisation's own words: NVK, Västerås,
Norrtälje, Norsjö, Askersund, and a plain default.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from sqlalchemy import insert

from ...paths import resources_dir
from ..enums import EventKind, NodeKind, OrganisationKind, PeriodKind, ReportKind, Tree, UnitKind
from ..errors import InvalidValue
from ..file.plan_file import PlanFile
from ..rules.plan_settings import INDICATOR_NAME, TEMPLATE_SAMPLES
from ..services import calendar, organisation, plan_settings, plan_values, wheel
from ..tables import GovernanceLevel, LevelRule, Node
from ..tables._columns import fixed_defaults

TEMPLATE_NAMES = ("nvk", "vasteras", "norrtalje", "norsjo", "askersund", "default")


@dataclass(frozen=True)
class Template:
    name: str
    title: str
    description: str
    data: dict[str, Any]


def _template_file(name: str):
    return resources_dir() / "templates" / f"{name}.json"


@cache
def load_template(name: str) -> Template:
    if name not in TEMPLATE_NAMES:
        raise InvalidValue("template.unknown", name=name, choices=", ".join(TEMPLATE_NAMES))
    data = json.loads(_template_file(name).read_text(encoding="utf-8"))
    _validate(name, data)
    return Template(name=name, title=data["title"], description=data["description"], data=data)


def _validate(name: str, data: dict[str, Any]) -> None:
    """A template with a level pointing at a missing level, or a bad kind, is a bug: fail loudly."""
    keys = [lv["key"] for lv in data["levels"]]
    assert len(set(keys)) == len(keys), f"{name}: duplicate level keys"
    OrganisationKind(data["organisation_kind"])
    for level in data["levels"]:
        NodeKind(level["kind"])
        Tree(level["tree"])
        for parent in level.get("parents", []):
            assert parent in keys, f"{name}: level {level['key']} names unknown parent {parent}"
        assert level.get("root") or level.get("parents"), f"{name}: level {level['key']} can never be placed"
    for node in data.get("nodes", []):
        assert node["level"] in keys, f"{name}: node on unknown level {node['level']}"
    periods = {p["name"] for p in data.get("periods", [])}
    for period in data.get("periods", []):
        PeriodKind(period["kind"])
    rings = {r["name"] for r in data.get("wheel", {}).get("rings", [])}
    for event in data.get("wheel", {}).get("events", []):
        assert event["ring"] in rings, f"{name}: event on unknown ring {event['ring']}"
        EventKind(event["kind"])
        if "report_kind" in event:
            ReportKind(event["report_kind"])
        if "period" in event:
            assert event["period"] in periods, f"{name}: event names unknown period {event['period']}"


def all_templates() -> list[Template]:
    return [load_template(name) for name in TEMPLATE_NAMES]


def _day(year: int, month_day: str) -> date:
    month, day = (int(part) for part in month_day.split("-"))
    if month == 2 and day == 29:
        day = 28
    return date(year, month, day)


def apply_template(plan: PlanFile, name: str, *, organisation_name: str, year: int,
                   plan_title: str | None = None, own_words: bool = False) -> dict[str, int]:
    """Fill an empty plan from a template. Returns the ids of the levels by key. The template's vision and
    values are samples to replace, unless `own_words` (the demo plan is NVK's, in NVK's own words)."""
    template = load_template(name)
    data = template.data
    organisation.set_organisation(plan, name=organisation_name, kind=data["organisation_kind"])
    term_start = year - ((year - 2023) % 4)  # Swedish terms: 2023–2026, 2027–2030 …
    organisation.update_plan(
        plan,
        title=plan_title or f"Verksamhetsplan {year}",
        year=year,
        vision=data.get("vision", ""),
        vision_text=data.get("vision_text", ""),
        values=data.get("values", ""),
        term_start=term_start,
        term_end=term_start + 3,
        template=name,
    )
    for value in data.get("value_list", []):
        plan_values.create_value(plan, name=value["name"], text=value.get("text", ""))
    samples = {field: data[field] for field in ("vision", "vision_text", "values") if data.get(field)}
    if data.get("value_list"):
        samples["value_names"] = [value["name"] for value in data["value_list"]]
    if samples and not own_words:  # the template's texts are examples: the plan says so until they are replaced
        plan_settings.set_setting(plan, TEMPLATE_SAMPLES, samples)
    if data.get("indicator_name"):  # what the organisation calls its indicators, shown in the goal tree
        plan_settings.set_setting(plan, INDICATOR_NAME, data["indicator_name"])
    level_ids: dict[str, int] = {}
    with plan.transaction() as session:
        for position, level in enumerate(data["levels"]):
            row = GovernanceLevel(
                key=level["key"], name=level["name"], plural=level["plural"], kind=level["kind"],
                tree=level["tree"], colour=level["colour"], allowed_at_root=bool(level.get("root")),
                position=position, description=level.get("description", ""),
            )
            session.add(row)
            session.flush()
            level_ids[level["key"]] = row.id
        for level in data["levels"]:
            for parent in level.get("parents", []):
                session.add(LevelRule(parent_level_id=level_ids[parent], child_level_id=level_ids[level["key"]]))
        positions: dict[int, int] = {}
        rows = []
        for node in data.get("nodes", []):
            level_id = level_ids[node["level"]]
            rows.append({"level_id": level_id, "title": node["title"], "colour": node.get("colour"), "year": year,
                         "position": positions.setdefault(level_id, 0)})
            positions[level_id] += 1
        if rows:
            session.connection().execute(insert(Node.__table__), [{**_node_defaults(), **r} for r in rows])

    def add_units(units: list[dict], parent_id: int | None) -> None:
        for unit in units:
            unit_id = organisation.create_unit(plan, name=unit["name"], kind=UnitKind(unit["kind"]).value,
                                               parent_id=parent_id, mandate=unit.get("mandate", ""))
            add_units(unit.get("children", []), unit_id)

    add_units(data.get("units", []), None)
    period_ids = {}
    for period in data.get("periods", []):
        period_ids[period["name"]] = calendar.create_period(
            plan, name=period["name"], kind=period["kind"], year=year, period_end=_day(year, period["end"]))
    ring_ids = {}
    for ring in data.get("wheel", {}).get("rings", []):
        ring_ids[ring["name"]] = wheel.create_ring(plan, name=ring["name"], colour=ring["colour"])
    for event in data.get("wheel", {}).get("events", []):
        start = _day(year, event["start"])
        end = _day(year, event.get("end", event["start"]))
        if end < start:  # wraps past the new year (december–januari)
            end = _day(year + 1, event["end"])
        wheel.create_event(
            plan, ring_id=ring_ids[event["ring"]], title=event["title"], start=start, end=end,
            kind=event["kind"], period_id=period_ids.get(event.get("period")), report_kind=event.get("report_kind"),
        )
    return level_ids


def _node_defaults() -> dict[str, Any]:
    return fixed_defaults(Node)
