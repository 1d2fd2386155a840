"""The plan import's rows and records: an incoming row, a table's records with what the import adds and
changes, references looked up by uuid or name, and trees put in order (see `plan_import`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlmodel import SQLModel

from ...wording import Phrase
from ..errors import InvalidValue
from ..tables import (
    is_uuid,
    new_uuid,
)
from ..tables._columns import fixed_defaults


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


KINDS = ("plan", "values", "units", "levels", "goals", "assignments", "links", "indicators", "measurements", "periods",
         "follow_ups", "rings", "events", "risks", "documents", "reviews", "budget_lines", "budget_figures",
         "control_follow_ups", "controls")
# The flat parts: (kind, table, what a row without a known uuid is matched on).

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

    def __init__(self, connection, model: type[SQLModel], kind: str, counts: PlanImportCounts, *, year: int | None = None):
        """`year`: a table of one plan year's records (the nodes): only that year's rows, new rows in it."""
        self.model, self.kind, self.counts = model, kind, counts
        self.table = model.__table__
        query = select(self.table) if year is None else select(self.table).where(self.table.c.year == year)
        self.rows = {r.id: dict(r._mapping) for r in connection.execute(query)}
        self.by_uuid = {r["uuid"]: i for i, r in self.rows.items()}
        self.next_id = max(self.rows, default=0) + 1
        self.inserts: list[dict] = []
        self.updates: list[dict] = []
        self.defaults = fixed_defaults(model) | ({"year": year} if year is not None else {})
        self.required = [name for name, info in model.model_fields.items()
                         if info.is_required() and name not in ("id", "uuid", "position", "parent_id", *self.defaults)]
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
        "ring": "a ring of the annual wheel", "line": "a budget line", "risk": "a risk"}


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
