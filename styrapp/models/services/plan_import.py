"""A whole plan (or any part of one) into this plan, from rows an exchange format read: one transaction.

Each incoming row is matched to a record of the plan by its uuid, then by its name within its parent
(a node's title under the same parent, a unit's name under the same parent unit, a level's key or
name, a period's name and year, an indicator's or ring's name, an event's ring, title and start, a
follow-up's node and period). A matched record whose values differ is changed, one that is the same
is left; a row that matches nothing is added (keeping its uuid, so the next import matches it). Nothing
is ever deleted: what the file does not name stays as it is.

References between rows (a parent, a level, a unit, a node, a period, a ring, an indicator) are a
uuid, or a name for a sheet typed by hand. Everything is checked before anything is written: a
reference to nothing, a parent that would make a cycle, a level the styrmodell forbids under its
parent, a uuid twice in the file. A refusal names the sheet and cell (`Row.cells`) and nothing changes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlmodel import SQLModel

from ...wording import Phrase
from ..errors import InvalidValue
from ..file.plan_file import PlanFile
from ..tables import (
    BudgetFigure,
    BudgetLine,
    FollowUp,
    GovernanceLevel,
    GoverningDocument,
    Indicator,
    IndicatorNode,
    IndicatorSdg,
    LevelRule,
    Node,
    NodeLink,
    NodeSdg,
    Organisation,
    OrgUnit,
    Plan,
    PlanSetting,
    ReportingPeriod,
    Risk,
    SituationReview,
    WheelEvent,
    WheelRing,
    is_uuid,
    new_uuid,
)
from ..tables._columns import fixed_defaults
from .indicators import _check_kolada, _upsert_measurements


@dataclass
class Row:
    """One row of a sheet: the table's fields it gives, the references it makes (uuid or name) and the
    cell each came from ("Mål!N5")."""

    sheet: str
    number: int
    fields: dict[str, Any] = field(default_factory=dict)
    refs: dict[str, str] = field(default_factory=dict)
    cells: dict[str, str] = field(default_factory=dict)
    many: dict[str, list] = field(default_factory=dict)  # "sdgs": [3, 11]; "parents": level names

    def cell(self, name: str = "") -> str:
        return self.cells.get(name) or f"{self.sheet}!A{self.number}"


@dataclass
class PlanData:
    plan: dict[str, tuple[Any, str]] = field(default_factory=dict)  # column → (value, cell)
    organisation: dict[str, tuple[Any, str]] = field(default_factory=dict)
    settings: dict[str, tuple[str, str]] = field(default_factory=dict)
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


KINDS = ("plan", "units", "levels", "goals", "assignments", "links", "indicators", "measurements", "periods",
         "follow_ups", "rings", "events", "risks", "documents", "reviews", "budget_lines", "budget_figures")
# The flat parts: (kind, table, what a row without a known uuid is matched on).
FLAT = (("risks", Risk, ("title", "year", "unit_id")), ("documents", GoverningDocument, ("title",)),
        ("reviews", SituationReview, ("unit_id", "year")), ("budget_lines", BudgetLine, ("unit_id", "year", "kind", "name")),
        ("budget_figures", BudgetFigure, ("line_id", "period_id")))


@dataclass
class PlanImportCounts:
    """Per kind: how many rows were added, changed and left as they were."""

    counts: dict[str, list[int]] = field(default_factory=lambda: {kind: [0, 0, 0] for kind in KINDS})

    def add(self, kind: str, added=0, changed=0, left=0) -> None:
        c = self.counts[kind]
        c[0], c[1], c[2] = c[0] + added, c[1] + changed, c[2] + left

    @property
    def changed_anything(self) -> bool:
        return any(c[0] or c[1] for c in self.counts.values())


def _same(old, new) -> bool:
    """Whether a stored value and an incoming one are the same (an empty text and nothing are)."""
    if old == new or (old in (None, "") and new in (None, "")):
        return True
    if isinstance(old, bool | int | float) and isinstance(new, bool | int | float):
        return float(old) == float(new)
    return False


class _Table:
    """The rows of one table, what the import adds to and changes in it, written at the end in bulk."""

    def __init__(self, connection, model: type[SQLModel], kind: str, counts: PlanImportCounts):
        self.model, self.kind, self.counts = model, kind, counts
        self.table = model.__table__
        self.rows = {r.id: dict(r._mapping) for r in connection.execute(select(self.table))}
        self.by_uuid = {r["uuid"]: i for i, r in self.rows.items()}
        self.next_id = max(self.rows, default=0) + 1
        self.inserts: list[dict] = []
        self.updates: list[dict] = []
        self.defaults = fixed_defaults(model)
        self.required = [name for name, info in model.model_fields.items()
                         if info.is_required() and name not in ("id", "uuid", "position", "parent_id")]
        self.taken: set[int] = set()  # records an incoming row matched already

    def put(self, row_id: int | None, fields: dict[str, Any], uuid: str | None, row: Row | None = None) -> int:
        """Add (row_id None) or change a record with `fields`; returns its id. A new record lacking a value
        its table needs is refused, naming the row's cell for it."""
        if row_id is None and row is not None:
            for name in self.required:
                if fields.get(name) is None or fields.get(name) == "" and name in ("name", "title"):
                    _refuse("xlsx.empty_cell", row, name)
        elif row is not None:
            for name in ("name", "title"):
                if name in fields and not str(fields[name] or "").strip():
                    _refuse("xlsx.empty_cell", row, name)
        if row_id is None:
            row_id, self.next_id = self.next_id, self.next_id + 1
            record = {**self.defaults, **fields, "id": row_id, "uuid": uuid or new_uuid()}
            self.rows[row_id] = record
            self.by_uuid[record["uuid"]] = row_id
            self.inserts.append(record)
            self.counts.add(self.kind, added=1)
        else:
            old = self.rows[row_id]
            changed = {k: v for k, v in fields.items() if k in old and not _same(old[k], v)}
            if changed:
                old.update(changed)
                self.updates.append({"_id": row_id, **changed})
                self.counts.add(self.kind, changed=1)
            else:
                self.counts.add(self.kind, left=1)
        if uuid:  # a row matched by name: later rows of the file may name it by its uuid in the file
            self.by_uuid.setdefault(uuid, row_id)
        self.taken.add(row_id)
        return row_id

    def write(self, connection) -> None:
        if self.inserts:
            connection.execute(insert(self.table), self.inserts)
        groups: dict[tuple, list[dict]] = {}
        for change in self.updates:
            groups.setdefault(tuple(sorted(change)), []).append(change)
        for keys, changes in groups.items():
            statement = update(self.table).where(self.table.c.id == bindparam("_id")).values(
                {k: bindparam(k) for k in keys if k != "_id"})
            connection.execute(statement, changes)


# What a reference names, in a refusal (English; the catalogue has the Swedish).
WHAT = {"unit": "a unit", "node": "a goal or assignment", "period": "a follow-up period", "indicator": "an indicator",
        "ring": "a ring of the annual wheel", "line": "a budget line"}


def _refuse(code: str, row: Row, where: str, **values):
    if "what" in values:
        values["what"] = Phrase(WHAT.get(values["what"], values["what"]))
    raise InvalidValue(code, cell=row.cell(where), **values)


def _check_uuids(rows: list[Row]) -> None:
    seen: dict[str, Row] = {}
    for row in rows:
        uuid = row.fields.get("uuid")
        if not uuid:
            continue
        if not is_uuid(uuid):
            _refuse("xlsx.not_a_uuid", row, "uuid", value=uuid)
        if uuid in seen:
            _refuse("xlsx.duplicate_uuid", row, "uuid", value=uuid, other=seen[uuid].cell("uuid"))
        seen[uuid] = row


class _Names:
    """Look a reference up: a uuid of the file or the plan, else a name (unique, case and spaces aside)."""

    def __init__(self, table: _Table, name_field: str, what: str, extra: dict[str, int] | None = None):
        self.table, self.name_field, self.what = table, name_field, what
        self.extra = extra or {}

    def find(self, text: str, row: Row, where: str, among: set[int] | None = None) -> int:
        if text in self.table.by_uuid:
            return self.table.by_uuid[text]
        text = str(text).strip()
        if is_uuid(text.lower()) and text.lower() in self.table.by_uuid:
            return self.table.by_uuid[text.lower()]
        if text in self.extra:
            return self.extra[text]
        key = text.casefold()
        found = [i for i, r in self.table.rows.items() if str(r.get(self.name_field) or "").strip().casefold() == key
                 and (among is None or i in among)]
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            _refuse("xlsx.ambiguous", row, where, value=text, what=self.what)
        _refuse("xlsx.unknown_reference", row, where, value=text, what=self.what)


def _merge_tree(rows: list[Row], table: _Table, name_field: str, what: str, *, among: set[int] | None,
                fields_of) -> dict[int, int]:
    """Match, order and put the rows of a tree (units or nodes): parents first, no cycles. Returns
    row index → record id. `fields_of(row, parent_id)` gives the fields to write (and checks them)."""
    _check_uuids(rows)
    incoming_uuid = {row.fields["uuid"]: i for i, row in enumerate(rows) if row.fields.get("uuid")}
    by_title: dict[str, list[int]] = {}
    for i, row in enumerate(rows):
        by_title.setdefault(str(row.fields.get(name_field) or "").strip().casefold(), []).append(i)
    # The parent of each row: ("row", index) for a row of the file, ("id", record id) for the plan's.
    parent: dict[int, tuple[str, int] | None] = {}
    for i, row in enumerate(rows):
        ref = str(row.refs.get("parent_id") or "").strip()
        if not ref:
            parent[i] = None
        elif is_uuid(ref.lower()) and ref.lower() in incoming_uuid:
            parent[i] = ("row", incoming_uuid[ref.lower()])
        elif is_uuid(ref.lower()) and ref.lower() in table.by_uuid:
            parent[i] = ("id", table.by_uuid[ref.lower()])
        elif is_uuid(ref.lower()):
            _refuse("xlsx.unknown_parent", row, "parent_id", value=ref, what=what)
        elif len(by_title.get(ref.casefold(), [])) == 1:
            parent[i] = ("row", by_title[ref.casefold()][0])
        elif len(by_title.get(ref.casefold(), [])) > 1:
            _refuse("xlsx.ambiguous", row, "parent_id", value=ref, what=what)
        else:
            matches = [k for k, r in table.rows.items() if str(r.get(name_field) or "").strip().casefold() == ref.casefold()
                       and (among is None or k in among)]
            if len(matches) != 1:
                _refuse("xlsx.ambiguous" if matches else "xlsx.unknown_parent", row, "parent_id", value=ref, what=what)
            parent[i] = ("id", matches[0])
        if parent[i] == ("row", i):
            _refuse("xlsx.cycle", row, "parent_id", value=ref)
    # Parents first; a cycle among the file's rows is refused at the row that closes it.
    order: list[int] = []
    state: dict[int, int] = {}
    for start in range(len(rows)):
        path = []
        i = start
        while i is not None and state.get(i) != 2:
            if state.get(i) == 1:
                _refuse("xlsx.cycle", rows[i], "parent_id", value=rows[i].refs.get("parent_id", ""))
            state[i] = 1
            path.append(i)
            p = parent[i]
            i = p[1] if p and p[0] == "row" else None
        for j in reversed(path):
            state[j] = 2
            order.append(j)
    ids: dict[int, int] = {}
    by_place: dict[tuple, list[int]] = {}  # (parent, name) → the plan's records there
    for k, r in table.rows.items():
        if among is None or k in among:
            by_place.setdefault((r["parent_id"], str(r.get(name_field) or "").strip().casefold()), []).append(k)
    siblings: dict[int | None, int] = {}
    for r in table.rows.values():
        siblings[r["parent_id"]] = max(siblings.get(r["parent_id"], -1), r["position"])
    for i in order:
        row = rows[i]
        p = parent[i]
        parent_id = None if p is None else (ids[p[1]] if p[0] == "row" else p[1])
        uuid = row.fields.get("uuid")
        record = table.by_uuid.get(uuid) if uuid else None
        if record is None:
            title = str(row.fields.get(name_field) or "").strip().casefold()
            record = next((k for k in by_place.get((parent_id, title), ()) if k not in table.taken), None)
        fields = fields_of(row, parent_id)
        fields["parent_id"] = parent_id
        if record is None:
            siblings[parent_id] = fields["position"] = siblings.get(parent_id, -1) + 1
        elif table.rows[record]["parent_id"] != parent_id:
            siblings[parent_id] = fields["position"] = siblings.get(parent_id, -1) + 1
        ids[i] = table.put(record, fields, uuid, row)
        if among is not None:
            among.add(ids[i])
    # A row moved under one of its own descendants in the plan makes a cycle too.
    for i in order:
        seen, k = set(), ids[i]
        while k is not None:
            if k in seen:
                _refuse("xlsx.cycle", rows[i], "parent_id", value=rows[i].refs.get("parent_id", ""))
            seen.add(k)
            k = table.rows[k]["parent_id"]
    return ids


def _plain(row: Row, *skip: str) -> dict[str, Any]:
    return {k: v for k, v in row.fields.items() if k not in ("uuid", *skip)}


def import_plan(plan: PlanFile, data: PlanData) -> PlanImportCounts:
    """Bring `data` into the plan in one transaction; see the module's text. Returns what it did."""
    counts = PlanImportCounts()
    with plan.transaction() as session:
        connection = session.connection()
        t = {name: _Table(connection, model, kind, counts) for name, model, kind in (
            ("unit", OrgUnit, "units"), ("level", GovernanceLevel, "levels"), ("node", Node, "goals"),
            ("indicator", Indicator, "indicators"), ("period", ReportingPeriod, "periods"),
            ("follow_up", FollowUp, "follow_ups"), ("ring", WheelRing, "rings"), ("event", WheelEvent, "events"))}
        _single(connection, Organisation, data.organisation, counts)
        _single(connection, Plan, data.plan, counts)
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
        refs = {"unit_id": units, "period_id": periods, "line_id": _Names(flat["budget_lines"], "name", "line")}
        try:
            for name in ("follow_up", "event"):
                t[name].write(connection)
            for kind, _model, keys in FLAT:
                _flat(getattr(data, kind), flat[kind], keys, refs)
                flat[kind].write(connection)
            session.flush()
        except Exception as exc:  # a CHECK the rows above did not foresee (dates in the wrong order …)
            from sqlalchemy.exc import IntegrityError

            if isinstance(exc, IntegrityError):
                raise InvalidValue("change.breaks_rules", detail=str(exc.orig)) from exc
            raise
    return counts


def _flat(rows: list[Row], table: _Table, keys: tuple[str, ...], refs: dict[str, _Names]) -> None:
    """Rows of a flat sheet: references looked up, matched by uuid, else by `keys`."""
    _check_uuids(rows)
    for row in rows:
        fields = _plain(row)
        for name, ref in row.refs.items():
            fields[name] = refs[name].find(ref, row, name) if str(ref).strip() else None
        for name in ("likelihood", "consequence"):
            if name in fields and fields[name] is not None and not 1 <= fields[name] <= 4:
                raise InvalidValue("risk.scale", label=row.cell(name), value=fields[name])
        record = table.by_uuid.get(row.fields.get("uuid")) or next(
            (k for k, r in table.rows.items() if k not in table.taken and all(
                _same(r.get(key), fields.get(key)) for key in keys)), None)
        table.put(record, fields, row.fields.get("uuid"), row)


def _single(connection, model, values: dict[str, tuple[Any, str]], counts: PlanImportCounts) -> None:
    """The one organisation or plan row: the fields the file gives (its uuid stays this plan's)."""
    fields = {k: v for k, (v, _cell) in values.items() if k != "uuid"}
    if not fields:
        return
    old = dict(connection.execute(select(model.__table__)).one()._mapping)
    changed = {k: v for k, v in fields.items() if k in old and not _same(old[k], v)}
    if changed:
        connection.execute(update(model.__table__).values(changed))
    counts.add("plan", changed=1 if changed else 0, left=0 if changed else 1)


def _settings(connection, settings: dict[str, tuple[str, str]], counts: PlanImportCounts) -> None:
    old = dict(connection.execute(select(PlanSetting.key, PlanSetting.value)).all())
    for key, (value, _cell) in settings.items():
        if old.get(key) == value:
            continue
        if key in old:
            connection.execute(update(PlanSetting.__table__).where(PlanSetting.key == key).values(value=value))
        else:
            connection.execute(insert(PlanSetting.__table__).values(key=key, value=value))


def _level(levels: _Table, row: Row, among: set[int]) -> int:
    text = str(row.refs.get("level_id") or "").strip()
    if not text:
        _refuse("xlsx.empty_cell", row, "level_id")
    for field_name in ("uuid", "key", "name", "plural"):
        found = [i for i in among if str(levels.rows[i][field_name]).casefold() == text.casefold()]
        if len(found) == 1:
            return found[0]
    _refuse("xlsx.unknown_level", row, "level_id", value=text,
            choices=", ".join(levels.rows[i]["name"] for i in sorted(among, key=lambda i: levels.rows[i]["position"])))


def _levels(connection, rows: list[Row], levels: _Table) -> set[tuple[int, int]]:
    """The styrmodell's levels and which may sit under which; returns the rules (parent, child)."""
    _check_uuids(rows)
    ids = []
    for row in rows:
        fields = _plain(row, "parents")
        record = levels.by_uuid.get(row.fields.get("uuid")) or next(
            (k for k, r in levels.rows.items() if k not in levels.taken and (r["key"] == fields.get("key") or (
                not fields.get("key") and r["name"] == fields.get("name")))), None)
        if record is None:
            if not fields.get("key"):
                fields["key"] = fields.get("name") or new_uuid()
            if not fields.get("plural"):
                fields["plural"] = fields.get("name")
            tree = fields.get("tree", "goals")
            fields["position"] = max((r["position"] for r in levels.rows.values() if r["tree"] == tree), default=-1) + 1
        ids.append(levels.put(record, fields, row.fields.get("uuid"), row))
    levels.write(connection)
    levels.inserts, levels.updates = [], []
    rules = {(r.parent_level_id, r.child_level_id) for r in connection.execute(select(LevelRule))}
    new = []
    for row, child in zip(rows, ids, strict=True):
        tree = {i for i, r in levels.rows.items() if r["tree"] == levels.rows[child]["tree"]}
        for name in row.many.get("parents", []):
            parent = _level(levels, Row(row.sheet, row.number, refs={"level_id": name}, cells={
                "level_id": row.cell("parents")}), tree)
            if (parent, child) not in rules:
                rules.add((parent, child))
                new.append({"parent_level_id": parent, "child_level_id": child})
    if new:
        connection.execute(insert(LevelRule.__table__), new)
    return rules


def _sdgs(connection, model, key: str, pairs: list[tuple[int, Row]]) -> None:
    """Agenda 2030 goals a row names that its record lacks are added."""
    have = {(getattr(r, key), r.sdg) for r in connection.execute(select(model.__table__))}
    new = []
    for record, row in pairs:
        for number in row.many.get("sdgs", []):
            if not 1 <= number <= 17:
                _refuse("xlsx.sdg", row, "sdgs", value=number)
            if (record, number) not in have:
                have.add((record, number))
                new.append({key: record, "sdg": number})
    if new:
        connection.execute(insert(model.__table__), new)


def _links(connection, rows: list[Row], t, nodes: _Names, indicators: _Names, counts: PlanImportCounts) -> None:
    serves = {(r.source_id, r.target_id) for r in connection.execute(select(NodeLink))}
    measures = {(r.indicator_id, r.node_id) for r in connection.execute(select(IndicatorNode))}
    new_serves, new_measures = [], []
    for row in rows:
        kind = str(row.fields.get("kind") or "").strip().casefold()
        target = nodes.find(row.refs.get("target", ""), row, "target")
        source_ref = row.refs.get("source", "")
        if kind in ("mäter", "measures", "indikator"):
            source = indicators.find(source_ref, row, "source")
            if (source, target) in measures:
                counts.add("links", left=1)
                continue
            measures.add((source, target))
            new_measures.append({"indicator_id": source, "node_id": target})
        elif kind in ("tjänar", "serves", ""):
            source = nodes.find(source_ref, row, "source")
            if source == target:
                _refuse("xlsx.cycle", row, "target", value=row.refs.get("target", ""))
            if (source, target) in serves:
                counts.add("links", left=1)
                continue
            serves.add((source, target))
            new_serves.append({"source_id": source, "target_id": target, "kind": "serves"})
        else:
            _refuse("xlsx.choose", row, "kind", value=row.fields.get("kind"), choices="tjänar, mäter")
        counts.add("links", added=1)
    if new_serves:
        connection.execute(insert(NodeLink.__table__), new_serves)
    if new_measures:
        connection.execute(insert(IndicatorNode.__table__), new_measures)


def _measurements(connection, rows: list[Row], indicators: _Names, counts: PlanImportCounts) -> None:
    from ..enums import Gender, MeasurementKind
    from ..rules.periods import parse_period

    kinds, genders = {m.value for m in MeasurementKind}, {g.value for g in Gender}
    periods: dict[str, tuple] = {}  # the same few labels on thousands of rows: each read once
    values = []
    for row in rows:
        ref = row.refs.get("indicator_id") or row.refs.get("indicator_name") or ""
        indicator = indicators.find(ref, row, "indicator_id" if row.refs.get("indicator_id") else "indicator_name")
        f = row.fields
        label = str(f["period"])
        if label not in periods:
            try:
                periods[label] = parse_period(label)
            except InvalidValue as exc:
                raise InvalidValue("xlsx.cell", cell=row.cell("period"), error=exc) from None
        if f["kind"] not in kinds:
            raise InvalidValue("measurement.kind", kind=f["kind"])
        if f["gender"] not in genders:
            raise InvalidValue("measurement.gender", gender=f["gender"])
        canonical, end = periods[label]
        values.append({"indicator_id": indicator, "period": canonical, "date": end, "value": float(f["value"]),
                       "kind": f["kind"], "gender": f["gender"], "comment": f.get("comment") or "",
                       "source": f.get("source") or ""})
    if not values:
        return
    keys = [(v["indicator_id"], v["period"], v["kind"], v["gender"]) for v in values]
    if len(set(keys)) != len(keys):
        raise InvalidValue("measurement.twice_in_file")
    from ..tables import Measurement

    present = {(r.indicator_id, r.period, r.kind, r.gender): (r.value, r.comment, r.source)
               for r in connection.execute(select(Measurement.indicator_id, Measurement.period, Measurement.kind,
                                                  Measurement.gender, Measurement.value, Measurement.comment,
                                                  Measurement.source))}
    write = []
    for key, value in zip(keys, values, strict=True):
        old = present.get(key)
        if old is None:
            counts.add("measurements", added=1)
        elif old == (value["value"], value["comment"], value["source"]):
            counts.add("measurements", left=1)
            continue
        else:
            counts.add("measurements", changed=1)
        write.append(value)
    if write:
        connection.execute(_upsert_measurements(), write)
