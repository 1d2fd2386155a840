"""The migration ledger: one small step per schema version, run forward on open.

Each step turns a plan file of version N into version N+1. Steps run in order, each in its own
transaction together with its `user_version` bump, so a failure leaves the file at the last
version that completed, and a backup copy of the original is always made first.

To change the schema: change the tables, bump `schema.SCHEMA_VERSION`, add the step here as
`STEPS[old_version] = function`, and add a file of the old version to `tests/data/schema/` (made
with `python tests/data/schema/make_fixture.py`). A test opens every such file and checks that the
result has exactly the schema of a newly created plan.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping
from datetime import datetime
from pathlib import Path

from ...wording import Phrase
from ..errors import MigrationFailed
from . import sqlite
from .schema import SCHEMA_VERSION

Step = Callable[[sqlite3.Connection], None]

# STEPS[n] migrates a file of version n to version n + 1. Version 1 is the first released schema.
STEPS: dict[int, Step] = {}


def backup_path(path: Path, version: int) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.stem}.före-uppgradering-v{version}-{stamp}{path.suffix}")


def backup_copy(path: Path, dest: Path) -> None:
    """A consistent copy of an SQLite file through the backup API (safe even if it is in use)."""
    sqlite.backup(path, dest)


def migrate(
    path: Path,
    from_version: int,
    *,
    to_version: int = SCHEMA_VERSION,
    steps: Mapping[int, Step] = STEPS,
) -> Path | None:
    """Bring the file at `path` from `from_version` up to `to_version`. Returns the backup's path."""
    if from_version >= to_version:
        return None
    missing = [v for v in range(from_version, to_version) if v not in steps]
    if missing:
        raise MigrationFailed(path, from_version, Phrase("styrapp has no upgrade from version {version}", version=missing[0]), None)
    backup = backup_path(path, from_version)
    backup_copy(path, backup)
    con = sqlite.connect(path, autocommit=True)
    try:
        sqlite.set_foreign_keys(con, False)  # steps may rebuild tables; checked below
        for version in range(from_version, to_version):
            con.execute("BEGIN IMMEDIATE")
            try:
                steps[version](con)
                problems = sqlite.foreign_key_problems(con)
                if problems:
                    error = sqlite3.IntegrityError(f"{len(problems)} broken links after the step")
                    error.phrase = Phrase("{count} broken links after the step", count=len(problems))
                    raise error
                sqlite.set_user_version(con, version + 1)
                con.execute("COMMIT")
            except Exception as exc:
                con.execute("ROLLBACK")
                raise MigrationFailed(path, version, getattr(exc, "phrase", None) or str(exc), backup) from exc
    finally:
        con.close()
    return backup
