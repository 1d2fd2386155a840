"""Reparera en kopia…: what can be saved from a damaged plan, as a new plan beside it; the damaged file
is only read, never changed.

SQLite's own `.recover` (a command of the sqlite3 shell, not of Python's sqlite3 module) reads every
row it still can, broken pages or not; without the shell, each table is read row by row as far as
SQLite gets. The rows then go into a new plan of the current schema: the columns both have, a row that
breaks a rule of the format (a required value missing, a value that cannot be read, a link to a record
that is gone) left out, so that the copy passes every check on open. What was left out is counted.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import PlanExists, PlanFileError
from . import damage, sqlite
from .header import SUFFIX, is_ours


@dataclass
class Repaired:
    path: Path
    copied: dict[str, int] = field(default_factory=dict)
    left_out: dict[str, int] = field(default_factory=dict)
    with_shell: bool = False

    @property
    def rows(self) -> int:
        return sum(self.copied.values()) - sum(self.left_out.values())


def repair_copy(path: Path | str, dest: Path | str) -> Repaired:
    from sqlmodel import SQLModel

    from .plan_file import create_plan

    path, dest = Path(path), Path(dest)
    if dest.suffix == "":
        dest = dest.with_suffix(SUFFIX)
    if dest.exists() or dest.resolve() == path.resolve():
        raise PlanExists(dest)
    if not path.is_file() or not is_ours(path):
        raise PlanFileError(path, "file.repair_not_a_plan", name=path.name)
    raw = dest.with_name(f".{dest.name}.recovered-{os.getpid()}")
    tool = sqlite.recover_tool()
    result = Repaired(dest)
    try:
        result.with_shell = tool is not None and sqlite.recover_into(path, raw, tool)
        if not result.with_shell:
            raw.unlink(missing_ok=True)
            sqlite.copy_readable_rows(path, raw)
        tables = [table.name for table in SQLModel.metadata.sorted_tables]

        def build(plan) -> None:
            with plan.engine.connect() as connection:
                con = connection.connection.dbapi_connection
                sqlite.set_foreign_keys(con, False)
                result.copied = sqlite.copy_rows_into(con, raw, tables)
                while True:  # rows that cannot be read, then links that point nowhere, until none are left
                    bad: dict[str, list[int]] = {}
                    for table, rowid, _problem in damage.bad_values(con):
                        bad.setdefault(table, []).append(rowid)
                    for table, rowid, _parent, _fk in sqlite.foreign_key_problems(con):
                        bad.setdefault(table, []).append(rowid)
                    if not bad:
                        break
                    for table, rowids in bad.items():
                        rowids = sorted(set(rowids))
                        sqlite.delete_rows(con, table, rowids)
                        result.left_out[table] = result.left_out.get(table, 0) + len(rowids)
                    con.commit()
                con.commit()

        create_plan(dest, build)
    except OSError as exc:
        raise PlanFileError(path, "file.repair_failed", name=path.name, detail=str(exc)) from exc
    finally:
        raw.unlink(missing_ok=True)
    return result
