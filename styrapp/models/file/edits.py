"""One undo contract for every edit: what the database did, and how to take it back.

    with plan.recording() as edit:      # every service call inside is one transaction
        nodes.move_node(plan, a, ...)
        nodes.move_node(plan, b, ...)
    edit.changes                        # Changes(node=[a, b, …])
    redo = plan.revert(edit)            # the plan as before; `redo` puts it back again

While an edit is recorded, SQLite itself logs the inverse of every row it inserts, updates or deletes
(cascades included; see `sqlite.undo_log_script`), so an undo restores the plan exactly — same ids,
same values — whatever service made the change, an import of 10 000 values as much as a rename.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from ..changes import TABLE_KINDS, TABLE_REFERENCES, Changes, Kind


@dataclass
class Edit:
    """The row changes of one recorded edit, in order: (table, rowid, inverse statement, references)."""

    entries: list[tuple[str, int, str, str]] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.entries)

    @property
    def changes(self) -> Changes:
        found: dict[Kind, set[int]] = {}
        for table, rid, _inverse, refs in self.entries:
            kind = TABLE_KINDS.get(table)
            if kind is not None:
                found.setdefault(kind, set()).add(rid)
            for ref in refs.split():
                name, _, ident = ref.partition(":")
                if ident:
                    found.setdefault(Kind(name), set()).add(int(ident))
        return Changes({kind: frozenset(ids) for kind, ids in found.items()})

    def inverse_statements(self) -> list[str]:
        return [inverse for _t, _r, inverse, _refs in reversed(self.entries)]


@cache
def logged_tables() -> dict[str, list[str]]:
    """Every table of the plan with its columns (the reference list of Agenda 2030 goals never changes)."""
    from sqlmodel import SQLModel

    from .. import tables

    assert tables  # registers the tables on the metadata
    return {name: [c.name for c in table.columns] for name, table in SQLModel.metadata.tables.items() if name != "sdg"}


@cache
def undo_log_script() -> tuple[str, ...]:
    from .sqlite import undo_log_script as script

    return tuple(script(logged_tables(), {t: tuple((c, k.value) for c, k in refs) for t, refs in TABLE_REFERENCES.items()}))
