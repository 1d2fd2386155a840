"""A whole plan (or any part of one) into this plan, from rows an exchange format read: one transaction.

Each incoming row is matched to a record of the plan by its uuid, then by its name within its parent
(a value's name, a node's title under the same parent, a unit's name under the same parent unit, a
level's key or name, a period's name and year, an indicator's or ring's name, an event's ring, title and
start, a follow-up's node and period, a control's follow-up's risk and period). A matched record whose
values differ is changed, one that is the same is left; a row that matches nothing is added (keeping its
uuid, so the next import matches it). Nothing is ever deleted: what the file does not name stays
as it is.

References between rows (a parent, a level, a unit, a node, a period, a ring, an indicator) are a
uuid, or a name for a sheet typed by hand. Everything is checked before anything is written: a
reference to nothing, a parent that would make a cycle, a level the styrmodell forbids under its
parent, a uuid twice in the file. A refusal names the sheet and cell (`Row.cells`) and nothing changes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from ..errors import InvalidValue
from ..file.plan_file import PlanFile
from ..file.year_scope import year_in_view
from ..tables import (
    BudgetFigure,
    BudgetLine,
    ControlFollowUp,
    DocumentNode,
    FollowUp,
    GovernanceLevel,
    GoverningDocument,
    Indicator,
    IndicatorSdg,
    Node,
    NodeSdg,
    Organisation,
    OrgUnit,
    Plan,
    PlanValue,
    PlanYear,
    ReportingPeriod,
    ReviewIndicator,
    Risk,
    SituationReview,
    WheelEvent,
    WheelRing,
)
from . import years
from .indicators import _check_kolada
from .plan_import_parts import (
    _controls,
    _flat,
    _level,
    _levels,
    _line_of_figures,
    _links,
    _many,
    _measurements,
    _sdgs,
    _settings,
    _single,
)
from .plan_import_records import (  # noqa: F401 - Row and PlanImportCounts are part of this module's API
    KINDS,
    PlanImportCounts,
    Row,
    _check_uuids,
    _merge_tree,
    _Names,
    _plain,
    _refuse,
    _Table,
)


@dataclass
class PlanData:
    plan: dict[str, tuple[Any, str]] = field(default_factory=dict)  # column → (value, cell)
    organisation: dict[str, tuple[Any, str]] = field(default_factory=dict)
    settings: dict[str, tuple[str, str]] = field(default_factory=dict)
    values: list[Row] = field(default_factory=list)  # the värdegrund's values, in order
    units: list[Row] = field(default_factory=list)
    levels: list[Row] = field(default_factory=list)
    goals: list[Row] = field(default_factory=list)
    assignments: list[Row] = field(default_factory=list)
    links: list[Row] = field(default_factory=list)
    indicators: list[Row] = field(default_factory=list)
    measurements: list[Row] = field(default_factory=list)  # fields: period, kind, gender, value, comment, source
    periods: list[Row] = field(default_factory=list)
    follow_ups: list[Row] = field(default_factory=list)
    rings: list[Row] = field(default_factory=list)
    events: list[Row] = field(default_factory=list)
    risks: list[Row] = field(default_factory=list)
    documents: list[Row] = field(default_factory=list)
    reviews: list[Row] = field(default_factory=list)
    budget_lines: list[Row] = field(default_factory=list)
    budget_figures: list[Row] = field(default_factory=list)
    control_follow_ups: list[Row] = field(default_factory=list)
    controls: list[Row] = field(default_factory=list)  # a risk's control (fields of the risk), the risk by ref


FLAT = (("values", PlanValue, ("name",)), ("risks", Risk, ("title", "year", "unit_id")), ("documents", GoverningDocument, ("title",)),
        ("reviews", SituationReview, ("unit_id", "year")), ("budget_lines", BudgetLine, ("unit_id", "year", "kind")),
        ("budget_figures", BudgetFigure, ("line_id", "period_id")),
        ("control_follow_ups", ControlFollowUp, ("risk_id", "period_id")))


def import_plan(plan: PlanFile, data: PlanData) -> PlanImportCounts:
    """Bring `data` into the plan in one transaction; see the module's text. Returns what it did."""
    counts = PlanImportCounts()
    with plan.transaction() as session:
        connection = session.connection()
        year, renumbered = _year_of_import(session, data)
        if renumbered:  # the nodes read are the plan's one year, renumbered below with the plan
            year, renumbered = year_in_view(session), year
        t = {name: _Table(connection, model, kind, counts, year=year if model is Node else None) for name, model, kind in (
            ("unit", OrgUnit, "units"), ("level", GovernanceLevel, "levels"), ("node", Node, "goals"),
            ("indicator", Indicator, "indicators"), ("period", ReportingPeriod, "periods"),
            ("follow_up", FollowUp, "follow_ups"), ("ring", WheelRing, "rings"), ("event", WheelEvent, "events"))}
        if renumbered:
            t["node"].defaults["year"] = renumbered
        _single(connection, Organisation, data.organisation, counts)
        old_year, old_title = connection.execute(select(Plan.year, Plan.title)).one()
        _single(connection, Plan, data.plan, counts)
        new_year, new_title = connection.execute(select(Plan.year, Plan.title)).one()
        if (new_year, new_title) != (old_year, old_title):  # the plan's one year renumbered, or a new title
            session.expire_all()
            years.keep_years_with_plan(session, session.get(Plan, 1), old_year=old_year,
                                       title_changed=new_title != old_title)
            session.flush()
        _settings(connection, data.settings, counts)

        units = _Names(t["unit"], "name", "unit")
        _merge_tree(data.units, t["unit"], "name", "unit", among=None, fields_of=lambda row, _p: _plain(row))

        rules = _levels(connection, data.levels, t["level"])
        later = []  # the Agenda 2030 goals of nodes and indicators, once these are written
        levels = t["level"]

        for kind, tree, rows in (("goals", "goals", data.goals), ("assignments", "assignments", data.assignments)):
            t["node"].kind = kind
            in_tree = {i for i, r in t["node"].rows.items() if levels.rows[r["level_id"]]["tree"] == tree}
            tree_levels = {i for i, r in levels.rows.items() if r["tree"] == tree}

            def node_fields(row: Row, parent_id, tree_levels=tree_levels):
                fields = _plain(row, "sdgs")
                if "level_id" in row.refs:
                    fields["level_id"] = _level(levels, row, tree_levels)
                if "owner_unit_id" in row.refs:
                    ref = row.refs["owner_unit_id"]
                    fields["owner_unit_id"] = units.find(ref, row, "owner_unit_id") if str(ref).strip() else None
                if not str(fields.get("title") or "").strip():
                    _refuse("xlsx.empty_cell", row, "title")
                fields["title"] = str(fields["title"]).strip()
                return fields

            ids = _merge_tree(rows, t["node"], "title", "node", among=in_tree, fields_of=node_fields)
            for i, row in enumerate(rows):
                record = t["node"].rows[ids[i]]
                if "level_id" not in record:
                    _refuse("xlsx.empty_cell", row, "level_id")
                level = record["level_id"]
                parent = record["parent_id"]
                if parent is None and not levels.rows[level]["allowed_at_root"] or parent is not None and (
                        t["node"].rows[parent]["level_id"], level) not in rules:
                    above = levels.rows[t["node"].rows[parent]["level_id"]]["name"] if parent else None
                    _refuse("xlsx.level_forbidden" if above else "xlsx.level_not_at_top", row, "level_id",
                            level=levels.rows[level]["name"], parent=above or "")
            later.append((NodeSdg, "node_id", [(ids[i], row) for i, row in enumerate(rows)]))

        _check_uuids(data.indicators)
        indicator_names: dict[str, list[int]] = {}
        for k, r in t["indicator"].rows.items():
            indicator_names.setdefault(r["name"].strip().casefold(), []).append(k)
        for row in data.indicators:
            fields = _plain(row, "sdgs")
            if "owner_unit_id" in row.refs:
                ref = row.refs["owner_unit_id"]
                fields["owner_unit_id"] = units.find(ref, row, "owner_unit_id") if str(ref).strip() else None
            fields["name"] = str(fields.get("name") or "").strip()
            if not fields["name"]:
                _refuse("xlsx.empty_cell", row, "name")
            try:
                _check_kolada(fields)
            except InvalidValue as exc:
                raise InvalidValue("xlsx.cell", cell=row.cell("kolada_id"), error=exc) from None
            ind = t["indicator"]
            record = ind.by_uuid.get(row.fields.get("uuid")) or next(
                (k for k in indicator_names.get(fields["name"].casefold(), ()) if k not in ind.taken), None)
            if record is None:
                fields["position"] = max((r["position"] for r in ind.rows.values()), default=-1) + 1
            row.fields["_id"] = ind.put(record, fields, row.fields.get("uuid"), row)
        later.append((IndicatorSdg, "indicator_id", [(r.fields.pop("_id"), r) for r in data.indicators]))

        _check_uuids(data.periods)
        for row in data.periods:
            per = t["period"]
            record = per.by_uuid.get(row.fields.get("uuid")) or next(
                (k for k, r in per.rows.items() if k not in per.taken and r["name"] == row.fields.get("name")
                 and r["year"] == row.fields.get("year")), None)
            per.put(record, _plain(row), row.fields.get("uuid"), row)
        _check_uuids(data.rings)
        for row in data.rings:
            ring = t["ring"]
            record = ring.by_uuid.get(row.fields.get("uuid")) or next(
                (k for k, r in ring.rows.items() if k not in ring.taken and r["name"] == row.fields.get("name")), None)
            fields = _plain(row)
            if record is None:
                fields["position"] = max((r["position"] for r in ring.rows.values()), default=-1) + 1
            ring.put(record, fields, row.fields.get("uuid"), row)
        for table in t.values():  # the references below need the records' ids on disk
            table.write(connection)
            table.inserts, table.updates = [], []
        for model, key, pairs in later:
            _sdgs(connection, model, key, pairs)

        nodes = _Names(t["node"], "title", "node")
        periods = _Names(t["period"], "name", "period")
        indicators = _Names(t["indicator"], "name", "indicator")
        rings = _Names(t["ring"], "name", "ring")
        _links(connection, data.links, t, nodes, indicators, counts)
        _measurements(connection, data.measurements, indicators, counts)
        _check_uuids(data.follow_ups)
        for row in data.follow_ups:
            fields = _plain(row)
            fields["node_id"] = nodes.find(row.refs.get("node_id", ""), row, "node_id")
            fields["period_id"] = periods.find(row.refs.get("period_id", ""), row, "period_id")
            fu = t["follow_up"]
            record = fu.by_uuid.get(row.fields.get("uuid")) or next(
                (k for k, r in fu.rows.items() if r["node_id"] == fields["node_id"]
                 and r["period_id"] == fields["period_id"]), None)
            fu.put(record, fields, row.fields.get("uuid"), row)
        _check_uuids(data.events)
        for row in data.events:
            fields = _plain(row)
            fields["ring_id"] = rings.find(row.refs.get("ring_id", ""), row, "ring_id")
            if "period_id" in row.refs:
                ref = str(row.refs["period_id"]).strip()
                fields["period_id"] = periods.find(ref, row, "period_id") if ref else None
            ev = t["event"]
            record = ev.by_uuid.get(row.fields.get("uuid")) or next(
                (k for k, r in ev.rows.items() if k not in ev.taken and r["ring_id"] == fields["ring_id"]
                 and r["title"] == fields.get("title") and r["start"] == fields.get("start")), None)
            ev.put(record, fields, row.fields.get("uuid"), row)
        flat = {kind: _Table(connection, model, kind, counts) for kind, model, _keys in FLAT}
        refs = {"unit_id": units, "period_id": periods, "line_id": _Names(flat["budget_lines"], "name", "line"),
                "risk_id": _Names(flat["risks"], "title", "risk")}
        try:
            for name in ("follow_up", "event"):
                t[name].write(connection)
            for kind, _model, keys in FLAT:
                rows = getattr(data, kind)
                if kind == "budget_figures":
                    _line_of_figures(rows, flat["budget_lines"], units, periods)
                ids = _flat(rows, flat[kind], keys, refs)
                if kind == "risks":
                    _controls(data.controls, flat[kind], refs["risk_id"], periods)
                if kind == "values":  # new values after the plan's own, in the file's order
                    _append_in_order(flat[kind])
                flat[kind].write(connection)
                if kind == "documents":  # the goals a document steers
                    _many(connection, DocumentNode, "document_id", "node_id", list(zip(ids, rows, strict=True)),
                          "goals", nodes)
                if kind == "reviews":  # the key figures of a nulägeskoll, in print order
                    _many(connection, ReviewIndicator, "review_id", "indicator_id", list(zip(ids, rows, strict=True)),
                          "indicators", indicators, ordered=True)
            session.flush()
        except Exception as exc:  # a CHECK the rows above did not foresee (dates in the wrong order …)
            from sqlalchemy.exc import IntegrityError

            if isinstance(exc, IntegrityError):
                raise InvalidValue("change.breaks_rules", detail=str(exc.orig)) from exc
            raise
    if renumbered:
        plan.year = None  # the plan's one year has the workbook's number now: view it
    return counts


def _year_of_import(session, data: PlanData) -> tuple[int | None, int | None]:
    """The plan year the workbook's goals and uppdrag go into, and whether the plan's one year takes the
    workbook's number (that number; else None). A workbook of a year the plan holds goes into that year (the plan's own year and
    title stay); a plan of one year takes the workbook's year (as its Plan sheet says); a plan of several
    years that does not hold the workbook's year refuses it, naming the cell."""
    year = year_in_view(session)
    wanted, cell = data.plan.get("year", (None, ""))
    if not isinstance(wanted, int) or wanted == year:
        return year, None
    held = set(session.execute(select(PlanYear.year)).scalars())
    if wanted in held:
        del data.plan["year"]
        data.plan.pop("title", None)
        return wanted, None
    if len(held) > 1:
        raise InvalidValue("xlsx.cell", cell=cell, error=InvalidValue("year.missing", year=wanted))
    return wanted, wanted


def _append_in_order(table: _Table) -> None:
    """The records the import adds stand after the ones the plan has, in the order the file gives them;
    a value the plan already holds keeps its place."""
    added = {id(record) for record in table.inserts}
    last = max((r.get("position", 0) for r in table.rows.values() if id(r) not in added), default=-1)
    for offset, record in enumerate(table.inserts, start=1):
        record["position"] = last + offset
