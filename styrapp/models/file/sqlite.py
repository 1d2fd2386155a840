"""Everything that is SQLite's own dialect, in one place: connections and their PRAGMAs, the file's
marks (`application_id`, `user_version`), SQLite's checks, its backup API and its upsert.

The rest of models/ speaks SQLAlchemy Core and ORM, which another database would also understand;
a server behind the plan later means a sibling of this module, not edits across the package.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # SQLAlchemy is not loaded here: the window's first tree is read with sqlite3 alone
    from sqlalchemy import Table
    from sqlalchemy.engine import Connection

DatabaseError = sqlite3.DatabaseError
Error = sqlite3.Error


def readonly_uri(path: Path) -> str:
    return f"file:{Path(path).resolve().as_posix()}?mode=ro"


def connect(path: Path, *, read_only: bool = False, timeout: float = 5, autocommit: bool = False) -> sqlite3.Connection:
    """A plain DB-API connection to the file (read-only never creates or changes it)."""
    kwargs: dict[str, Any] = {"timeout": timeout, "check_same_thread": False}
    if autocommit:
        kwargs["isolation_level"] = None
    if read_only:
        return sqlite3.connect(readonly_uri(path), uri=True, **kwargs)
    return sqlite3.connect(path, **kwargs)


def begin(connection: Connection) -> None:
    """SQLAlchemy's transaction begins here, not in the driver (pysqlite's own handling breaks SAVEPOINT)."""
    connection.exec_driver_sql("BEGIN")


def enforce_foreign_keys(dbapi_connection, _record=None) -> None:
    dbapi_connection.execute("PRAGMA foreign_keys = ON")


def no_cache_spill(dbapi_connection, _record=None) -> None:
    """Keep a transaction's pages in memory until it commits, however big it grows: then the plan file
    itself changes only while an edit is being committed, and a copy of it taken at any other moment
    (by a file manager, a backup program) holds the last committed state, not half an edit."""
    dbapi_connection.execute("PRAGMA cache_spill = OFF")


def no_crash_safety(dbapi_connection, _record=None) -> None:
    """For a plan being built in a temporary file that is renamed into place only when complete."""
    dbapi_connection.execute("PRAGMA synchronous = OFF")
    dbapi_connection.execute("PRAGMA journal_mode = MEMORY")


def quick_check(con: sqlite3.Connection) -> list[str]:
    """SQLite's check of every page: the problems it names (empty when the file is sound)."""
    return [row[0] for row in con.execute("PRAGMA quick_check").fetchall() if row[0] != "ok"]


def _lenient(data: bytes) -> str:
    return data.decode("utf-8", "replace")


def for_checking(con: sqlite3.Connection) -> sqlite3.Connection:
    """A connection whose text never fails to decode: a damaged file's names and SQLite's reports on it
    may hold bytes that are not UTF-8, and the check must still say what it found."""
    con.text_factory = _lenient
    return con


def integrity_check(con: sqlite3.Connection, most: int = 20) -> list[str]:
    """SQLite's full check: every page, and every index against its table (quick_check skips that)."""
    rows = [row[0] for row in con.execute(f"PRAGMA integrity_check({int(most)})").fetchall() if row[0] != "ok"]
    problems = (" ".join(str(text).replace("*** in database main ***", "").split()) for text in rows)
    return [text for text in problems if text]


# --- a crash in the middle of a save ---------------------------------------------------------------
# In rollback-journal mode SQLite keeps the original of every page a transaction changes in
# `<plan>-journal` until it commits. A journal left behind by a crash is "hot": the next connection
# that may write puts the originals back before anything reads the file. A read-only connection cannot,
# and refuses with "attempt to write a readonly database".

JOURNAL_SUFFIX = "-journal"
_JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")


def journal_path(path: Path) -> Path:
    return Path(str(path) + JOURNAL_SUFFIX)


def hot_journal(path: Path) -> Path | None:
    """The journal beside `path` if it holds originals SQLite will put back (its header is written),
    else None. Whether it is really hot (no live transaction owns it) only SQLite can tell."""
    journal = journal_path(path)
    try:
        with open(journal, "rb") as handle:
            head = handle.read(len(_JOURNAL_MAGIC))
    except OSError:
        return None
    return journal if head == _JOURNAL_MAGIC else None


def roll_back_journal(path: Path, timeout: float = 5) -> None:
    """Let SQLite put back what a crashed transaction left half-written: a connection that may write
    reads the schema, which takes the lock and rolls a hot journal back. Raises sqlite3.Error if the
    file is busy (a live transaction: not ours to roll back) or damaged."""
    con = sqlite3.connect(path, timeout=timeout)
    try:
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        con.close()


def is_busy(exc: Exception) -> bool:
    return isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc)


def needs_rollback(exc: Exception) -> bool:
    """Did a read-only connection refuse because the file has a hot journal?"""
    return getattr(exc, "sqlite_errorcode", None) == 776 or "attempt to write a readonly database" in str(exc)


def foreign_key_problems(con: sqlite3.Connection) -> list[tuple]:
    return con.execute("PRAGMA foreign_key_check").fetchall()


def schema_structure(con: sqlite3.Connection) -> dict[str, dict[str, Any]]:
    """Every table as SQLite sees it: its columns (name, declared type, NOT NULL, primary key), its
    indexes (name → unique, columns) and its CREATE statement, spaces normalised (the CHECKs and
    REFERENCES are in it). Raises sqlite3.Error on a file too damaged to say."""
    out: dict[str, dict[str, Any]] = {}
    tables = con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                         "ORDER BY name").fetchall()
    for table, sql in tables:
        columns = [(name, (kind or "").upper(), bool(notnull), int(pk))
                   for _cid, name, kind, notnull, _default, pk in con.execute(f"PRAGMA table_info({quote(table)})")]
        indexes = {}
        for _seq, name, unique, origin, _partial in con.execute(f"PRAGMA index_list({quote(table)})").fetchall():
            if origin == "pk":
                continue
            cols = [row[2] for row in con.execute(f"PRAGMA index_info({quote(name)})").fetchall()]
            indexes[name] = (bool(unique), cols)
        out[table] = {"columns": columns, "indexes": indexes, "sql": " ".join((sql or "").split())}
    return out


def typed_rows(con: sqlite3.Connection, table: str, columns: list[str]):
    """(rowid, [(typeof, raw value), …]) for every row of `table`, text as undecoded bytes, so that a
    check can say which cell is unreadable instead of failing on it."""
    select = ", ".join(f"typeof({quote(c)}), {quote(c)}" for c in columns)
    cursor = con.cursor()
    previous, con.text_factory = con.text_factory, bytes
    try:
        for row in cursor.execute(f"SELECT rowid, {select} FROM {quote(table)}"):
            yield row[0], [(kind.decode(), value) for kind, value in zip(row[1::2], row[2::2], strict=True)]
    finally:
        con.text_factory = previous


def any_row(con: sqlite3.Connection, table: str, condition: str) -> bool:
    return con.execute(f"SELECT EXISTS (SELECT 1 FROM {quote(table)} WHERE {condition})").fetchone()[0] == 1


def all_text_is_utf8(con: sqlite3.Connection, table: str, columns: list[str]) -> bool:
    """Whether every text in these columns of `table` is valid UTF-8: SQLite stores what it is given, so
    each column is read in one scan as bytes, joined by line breaks (which join no broken sequence into
    a whole one), and decoded once."""
    if not columns:
        return True
    joined = ", ".join(f"group_concat(CASE WHEN typeof({quote(c)}) = 'text' THEN {quote(c)} END, char(10))"
                       for c in columns)
    previous, con.text_factory = con.text_factory, bytes
    try:
        texts = con.execute(f"SELECT {joined} FROM {quote(table)}").fetchone()
    finally:
        con.text_factory = previous
    try:
        for text in texts:
            (text or b"").decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def dialect():
    """SQLAlchemy's SQLite dialect: how its column types turn stored values into Python ones."""
    from sqlalchemy.dialects.sqlite import pysqlite

    return pysqlite.dialect()


def set_foreign_keys(con: sqlite3.Connection, on: bool) -> None:
    con.execute(f"PRAGMA foreign_keys = {'ON' if on else 'OFF'}")


def set_user_version(con: sqlite3.Connection | Connection, version: int) -> None:
    sql = f"PRAGMA user_version = {int(version)}"
    con.execute(sql) if isinstance(con, sqlite3.Connection) else con.exec_driver_sql(sql)


def user_version(connection: Connection) -> int:
    return connection.exec_driver_sql("PRAGMA user_version").scalar_one()


def stamp(connection: Connection, application_id: int, version: int) -> None:
    """Mark a new database as one of ours, of schema `version`."""
    connection.exec_driver_sql(f"PRAGMA application_id = {int(application_id)}")
    set_user_version(connection, version)


def schema_rows(con: sqlite3.Connection) -> list[tuple[str, str, str | None]]:
    """(type, name, sql) of every table and index, SQLite's own left out."""
    return con.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"
    ).fetchall()


def table_sql(con: sqlite3.Connection, table: str) -> str:
    """The CREATE TABLE statement SQLite keeps for `table`."""
    row = con.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)).fetchone()
    if row is None:
        error = sqlite3.OperationalError(f"the table {table} is missing")
        error.phrase = ("the table {table} is missing", {"table": table})  # worded by the migration that asked
        raise error
    return row[0]


def column_names(con: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in con.execute(f"PRAGMA table_info({quote(table)})")]


def quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def add_function(con: sqlite3.Connection, name: str, function, arguments: int = 0) -> None:
    """A Python function callable from SQL on this connection (a migration's fresh values)."""
    con.create_function(name, arguments, function)


def rebuild_table(con: sqlite3.Connection, table: str, create_sql: str, columns: list[str], values: list[str]) -> None:
    """Replace `table` with one made by `create_sql`, copying every row: `columns` of the new table get
    `values` (SQL expressions over the old table's columns). For a migration that changes what
    ALTER TABLE cannot (a NOT NULL column, a constraint): the new table's statement is exactly
    `create_sql`, as a new plan's would be. Its indexes are made again as they were.

    Runs inside the caller's transaction, with foreign keys off (the ledger checks them after the
    step); legacy_alter_table keeps the other tables' REFERENCES pointing at `table`, not the old copy.
    """
    indexes = con.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
        (table,),
    ).fetchall()
    old = f"_old_{table}"
    con.execute("PRAGMA legacy_alter_table = ON")
    try:
        for name, _sql in indexes:
            con.execute(f"DROP INDEX {quote(name)}")
        con.execute(f"ALTER TABLE {quote(table)} RENAME TO {quote(old)}")
        con.execute(create_sql)
        con.execute(f"INSERT INTO {quote(table)} ({', '.join(map(quote, columns))}) "
                    f"SELECT {', '.join(values)} FROM {quote(old)}")
        con.execute(f"DROP TABLE {quote(old)}")
        for _name, sql in indexes:
            con.execute(sql)
    finally:
        con.execute("PRAGMA legacy_alter_table = OFF")


def backup(source_path: Path, dest: Path) -> None:
    """A consistent copy through SQLite's backup API (safe even while the file is in use)."""
    source = connect(source_path, read_only=True)
    try:
        target = sqlite3.connect(dest)
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()


# --- saving what can be saved from a damaged plan --------------------------------------------------

def recover_tool() -> str | None:
    """The sqlite3 shell, if installed: its `.recover` reads every row it still can from a damaged file
    (Python's sqlite3 module has no such thing)."""
    import shutil

    return shutil.which("sqlite3")


def recover_into(source: Path, raw: Path, tool: str, timeout: float = 300) -> bool:
    """Every row `.recover` can read from `source` (opened read-only, never changed) into a new file `raw`.
    False if the shell cannot (`.recover` needs SQLite built with the dbpage table; Debian's 3.40 is not)."""
    import subprocess

    try:
        dump = subprocess.run([tool, "-readonly", str(source), ".recover"], capture_output=True, timeout=timeout)
        if dump.returncode != 0 or b"error" in dump.stderr or b"CREATE TABLE" not in dump.stdout:
            return False
        load = subprocess.run([tool, str(raw)], input=dump.stdout, capture_output=True, timeout=timeout)
    except (OSError, subprocess.SubprocessError):
        return False
    return load.returncode == 0


def copy_readable_rows(source: Path, raw: Path) -> None:
    """Without the shell: each table's rows one by one, as far as SQLite can still read them."""
    con = for_checking(connect(source, read_only=True))
    target = sqlite3.connect(raw)
    try:
        try:
            tables = con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql IS NOT NULL "
                                 "AND name NOT LIKE 'sqlite_%'").fetchall()
        except (sqlite3.Error, UnicodeDecodeError):
            tables = []
        for name, sql in tables:
            try:
                target.execute(sql)
                columns = column_names(con, name)
                marks = ", ".join("?" for _ in columns)
                con.text_factory = bytes
                cursor = con.execute(f"SELECT {', '.join(f'typeof({quote(c)}), {quote(c)}' for c in columns)} "
                                     f"FROM {quote(name)}")
                while True:
                    try:
                        row = cursor.fetchone()
                    except sqlite3.Error:
                        break  # the rest of the table is behind a broken page
                    if row is None:
                        break
                    values = [v.decode("utf-8", "replace") if kind == b"text" else v
                              for kind, v in zip(row[::2], row[1::2], strict=True)]
                    target.execute(f"INSERT OR IGNORE INTO {quote(name)} VALUES ({marks})", values)
            except (sqlite3.Error, UnicodeDecodeError):
                continue
            finally:
                con.text_factory = _lenient
        target.commit()
    finally:
        target.close()
        con.close()


def copy_rows_into(con: sqlite3.Connection, raw: Path, tables: list[str]) -> dict[str, int]:
    """Into the plan on `con` (fresh, of the current schema), the rows of `raw` that fit: the columns both
    have, rows that break NOT NULL, CHECK or UNIQUE left out. Rows copied per table."""
    counts: dict[str, int] = {}
    con.execute("ATTACH DATABASE ? AS recovered", (str(raw),))
    try:
        present = {row[0] for row in con.execute("SELECT name FROM recovered.sqlite_master WHERE type = 'table'")}
        for table in tables:
            if table not in present:
                continue
            theirs = {row[1] for row in con.execute(f"PRAGMA recovered.table_info({quote(table)})")}
            columns = [c for c in column_names(con, table) if c in theirs]
            if not columns:
                continue
            names = ", ".join(map(quote, columns))
            before = con.total_changes
            con.execute(f"INSERT OR IGNORE INTO main.{quote(table)} ({names}) SELECT {names} FROM recovered.{quote(table)}")
            counts[table] = con.total_changes - before
    finally:
        con.commit()
        con.execute("DETACH DATABASE recovered")
    return counts


def delete_rows(con: sqlite3.Connection, table: str, rowids: list[int]) -> None:
    con.executemany(f"DELETE FROM {quote(table)} WHERE rowid = ?", [(r,) for r in rowids])


def upsert(table: Table, keys: list[str], update: tuple[str, ...]):
    """INSERT … ON CONFLICT (keys) DO UPDATE SET the `update` columns: one statement for many rows."""
    from sqlalchemy.dialects.sqlite import insert

    statement = insert(table)
    return statement.on_conflict_do_update(index_elements=keys,
                                           set_={name: statement.excluded[name] for name in update})


def upsert_keeping(table: Table, keys: list[str], update: tuple[str, ...]):
    """As `upsert`, but a NULL among the new values keeps the stored one (a row that gives only some)."""
    from sqlalchemy import func
    from sqlalchemy.dialects.sqlite import insert

    statement = insert(table)
    return statement.on_conflict_do_update(index_elements=keys, set_={
        name: func.coalesce(statement.excluded[name], table.c[name]) for name in update})


# --- the undo log ----------------------------------------------------------------------------------
# While an edit is recorded, temporary triggers on every table write the inverse of each row change
# into a temporary table: a DELETE for an insert, the old values for an update, the whole row for a
# delete, each value through quote() (which gives back a REAL exactly). They live on the recording
# connection only and vanish with it; the plan file never holds them.

UNDO_LOG = "styrapp_undo_log"


def _quote_columns(prefix: str, columns: list[str]) -> str:
    return " || ',' || ".join(f"quote({prefix}.\"{c}\")" for c in columns)


def undo_log_script(tables: dict[str, list[str]], references: dict[str, tuple[tuple[str, Any], ...]]) -> list[str]:
    """The statements that create the log and its triggers for `tables` (name → columns)."""
    out = [f"CREATE TEMP TABLE IF NOT EXISTS {UNDO_LOG} (seq INTEGER PRIMARY KEY, tbl TEXT NOT NULL, "
           "rid INTEGER NOT NULL, inverse TEXT NOT NULL, refs TEXT NOT NULL DEFAULT '')"]
    for table, columns in tables.items():
        names = ",".join(f'"{c}"' for c in columns)
        # Only the columns the update changed, so that taking it back rewrites no more than it must
        # (an index over a column left alone is left alone); an update that changed nothing is not logged.
        changed = " || ".join(f"CASE WHEN OLD.\"{c}\" IS NOT NEW.\"{c}\" THEN ',\"{c}\"=' || quote(OLD.\"{c}\") "
                              "ELSE '' END" for c in columns)
        any_changed = " OR ".join(f"OLD.\"{c}\" IS NOT NEW.\"{c}\"" for c in columns)

        def refs(row: str, table=table) -> str:
            parts = [f"'{kind}:' || coalesce({row}.\"{column}\", '')" for column, kind in references.get(table, ())]
            return " || ' ' || ".join(parts) if parts else "''"

        log = f"INSERT INTO {UNDO_LOG}(tbl, rid, inverse, refs) VALUES ('{table}', "
        out += [
            f"CREATE TEMP TRIGGER IF NOT EXISTS undo_{table}_insert AFTER INSERT ON main.\"{table}\" BEGIN "
            f"{log}NEW.rowid, 'DELETE FROM \"{table}\" WHERE rowid=' || NEW.rowid, {refs('NEW')}); END",
            f"CREATE TEMP TRIGGER IF NOT EXISTS undo_{table}_update AFTER UPDATE ON main.\"{table}\" "
            f"WHEN {any_changed} BEGIN "
            f"{log}OLD.rowid, 'UPDATE \"{table}\" SET ' || substr({changed}, 2) || ' WHERE rowid=' || OLD.rowid, "
            f"{refs('OLD')} || ' ' || {refs('NEW')}); END",
            f"CREATE TEMP TRIGGER IF NOT EXISTS undo_{table}_delete AFTER DELETE ON main.\"{table}\" BEGIN "
            f"{log}OLD.rowid, 'INSERT INTO \"{table}\"(rowid,{names}) VALUES(' || OLD.rowid || ',' || "
            f"{_quote_columns('OLD', columns)} || ')', {refs('OLD')}); END",
        ]
    return out


def take_undo_log(connection: Connection) -> list[tuple[str, int, str, str]]:
    """The log's entries in the order they happened, and an empty log for what follows."""
    cursor = connection.connection.dbapi_connection.cursor()
    rows = cursor.execute(f"SELECT tbl, rid, inverse, refs FROM temp.{UNDO_LOG} ORDER BY seq").fetchall()
    cursor.execute(f"DELETE FROM temp.{UNDO_LOG}")
    return rows


def run_script(dbapi_connection: sqlite3.Connection, statements) -> None:
    """Statements on a DB-API connection outside any transaction (the undo log's temporary triggers)."""
    for statement in statements:
        dbapi_connection.execute(statement)


def defer_foreign_keys(connection: Connection) -> None:
    """Check foreign keys at commit, not per statement: an undo puts rows back in reverse order, so a
    link may come back a moment before the goal it points to."""
    connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
