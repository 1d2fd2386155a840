"""A crash in the middle of a save is recovered, not called damage; a damaged plan is named, with one
message, and never crashes a command or passes silently; the file is never changed by a refusal."""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from styrapp.cli.main import main
from styrapp.models.errors import PlanCorrupt, PlanFileError, PlanNeedsRecovery
from styrapp.models.file import damage
from styrapp.models.file import sqlite as plan_sqlite
from styrapp.models.file.plan_file import open_plan
from styrapp.models.file.schema import SCHEMA_VERSION
from styrapp.models.queries.summary import summarise
from tests.unprivileged import open_as_user, owned_by_user, reachable_folder

SCHEMA_FIXTURES = Path(__file__).resolve().parents[1] / "data" / "schema"


def digest(path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def titles(path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return [row[0] for row in con.execute("SELECT title FROM node ORDER BY id")]
    finally:
        con.close()


# --- a crash in the middle of a save -----------------------------------------------------------

# What the reproduction does: a big transaction with a tiny cache, so that SQLite writes
# pages of the unfinished change into the plan file itself (the originals are in the journal).
HALF_SAVE = textwrap.dedent(
    """
    import sqlite3, sys, time
    con = sqlite3.connect(sys.argv[1], isolation_level=None)
    con.execute("PRAGMA cache_size = 1")
    con.execute("BEGIN")
    con.execute("UPDATE node SET title = title || printf('%.3000c', 'x')")
    con.execute("UPDATE measurement SET value = value + 1")
    print("written", flush=True)
    time.sleep(60)
    """
)


def kill_mid_save(path: Path) -> None:
    child = subprocess.Popen([sys.executable, "-c", HALF_SAVE, str(path)], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "written"
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        child.stdout.close()
    assert plan_sqlite.hot_journal(path) is not None, "the child should leave a hot journal"


def test_a_crash_mid_save_is_recovered_not_called_damage(demo_path, capsys):
    before = titles(demo_path)
    kill_mid_save(demo_path)
    assert main(["info", str(demo_path)]) == 0
    out, err = capsys.readouterr()
    assert "skadad" not in out + err
    assert "stängdes inte ordentligt" in err  # the person is told what happened
    assert not plan_sqlite.journal_path(demo_path).exists()
    assert titles(demo_path) == before  # every committed edit is there, the unfinished one is not
    assert main(["check", str(demo_path)]) == 0


def test_the_window_open_recovers_too(demo_path):
    before = titles(demo_path)
    kill_mid_save(demo_path)
    with open_plan(demo_path) as plan:
        assert "stängdes inte ordentligt" in plan.notice
        assert summarise(plan).counts["goals"] == 5
    assert titles(demo_path) == before


def test_a_crash_mid_save_on_a_write_protected_file_says_what_to_do(demo_path, capsys):
    kill_mid_save(demo_path)
    demo_path.chmod(0o444)
    try:
        before = digest(demo_path), digest(plan_sqlite.journal_path(demo_path))
        with pytest.raises(PlanNeedsRecovery) as info:
            open_plan(demo_path, read_only=True)
        text = info.value.text("sv")
        assert "stängdes inte ordentligt" in text and "skrivskyddad" in text and "demo.styrplan-journal" in text
        assert "skadad" not in text
        assert "was not closed properly" in info.value.text("en")
        assert main(["info", str(demo_path)]) == 2
        assert capsys.readouterr().err.count("\n") == 1
        assert (digest(demo_path), digest(plan_sqlite.journal_path(demo_path))) == before
    finally:
        demo_path.chmod(0o644)
    with open_plan(demo_path, read_only=True) as plan:  # write access back: recovered on open
        assert summarise(plan).counts["goals"] == 5


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_a_crash_mid_save_in_a_write_protected_folder_says_what_to_do(demo_master, tmp_path):
    """SQLite needs the folder to put a crash right (it deletes the journal); as root, checked as an
    unprivileged user, since root may write in any folder."""
    with reachable_folder(tmp_path) as base:
        folder = base / "skyddad"
        folder.mkdir()
        path = folder / "demo.styrplan"
        shutil.copyfile(demo_master, path)
        saved = titles(path)
        kill_mid_save(path)
        journal = plan_sqlite.journal_path(path)
        owned_by_user(path, journal)  # the files may be written; only the folder is protected
        before = digest(path), digest(journal)
        folder.chmod(0o555)
        try:
            opened = open_as_user(path)
        finally:
            folder.chmod(0o755)
        for mode in ("edit", "read"):
            assert opened[mode].get("error") == "PlanNeedsRecovery", opened
            text = opened[mode]["text"]
            assert "stängdes inte ordentligt" in text and "mappen den ligger i är skrivskyddad" in text
            assert "demo.styrplan-journal" in text and "skadad" not in text
        assert (digest(path), digest(journal)) == before
        assert sorted(p.name for p in folder.iterdir()) == ["demo.styrplan", "demo.styrplan-journal"]
        with open_plan(path, read_only=True) as plan:  # write access back: recovered on open
            assert "stängdes inte ordentligt" in plan.notice
        assert titles(path) == saved


def test_a_copy_of_the_file_alone_after_a_crash_never_passes_for_a_saved_plan(demo_path, tmp_path):
    before = titles(demo_path)
    kill_mid_save(demo_path)
    copy = tmp_path / "kopia.styrplan"
    shutil.copyfile(demo_path, copy)  # a file manager: the plan without its journal
    try:
        with open_plan(copy, read_only=True) as plan:
            assert summarise(plan).counts["goals"] == 5
        assert titles(copy) == before
    except PlanCorrupt as exc:
        assert "kopierades" in exc.text("sv")  # the sign of a half-written change was seen


def test_save_a_copy_after_a_crash_holds_only_what_was_saved(demo_path, tmp_path):
    before = titles(demo_path)
    kill_mid_save(demo_path)
    with open_plan(demo_path) as plan:
        copy = plan.save_copy(tmp_path / "kopia.styrplan")
    assert titles(copy) == before
    assert not plan_sqlite.journal_path(copy).exists()


def test_writers_never_spill_an_unfinished_change_into_the_file(demo):
    with demo.transaction() as session:
        dbapi = session.connection().connection.dbapi_connection
        assert dbapi.execute("PRAGMA cache_spill").fetchone()[0] == 0


# --- damaged plans are named ------------------------------------------------------------------


def altered(demo_master, tmp_path, *statements, name="ändrad.styrplan", foreign_keys=False) -> Path:
    path = tmp_path / name
    shutil.copyfile(demo_master, path)
    con = sqlite3.connect(path, isolation_level=None)
    con.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
    for statement in statements:
        con.execute(statement)
    con.close()
    return path


@pytest.mark.parametrize("statements, words", [
    (["ALTER TABLE node RENAME COLUMN title TO titel"], "saknar kolumnen title"),
    (["DROP TABLE checkpoint"], "tabellen checkpoint saknas"),
    (["DROP INDEX ix_node_uuid"], "ix_node_uuid"),
    (["ALTER TABLE node ADD COLUMN extra TEXT"], "kolumn extra"),
    (["CREATE TABLE annat (x)"], "tabellen annat hör inte till"),
    (["UPDATE node SET title = CAST(x'c3286869' AS TEXT) WHERE id = 3"], "inte är giltig UTF-8"),
    (["UPDATE node SET parent_id = 999 WHERE id = 3"], "hänvisningar pekar på poster som inte finns"),
    (["UPDATE measurement SET value = 'mycket' WHERE id = 2"], "fel slag"),
    (["UPDATE follow_up SET updated_at = '2026-13-45 99:00:00' WHERE id = 1"], "inte går att läsa"),
    (["PRAGMA writable_schema = ON",  # a bit flipped in a REFERENCES … ON DELETE: the columns look the same
      "UPDATE sqlite_master SET sql = replace(sql, 'ON DELETE CASCADE', 'ON DELETE RESTRICT') WHERE name = 'budget_figure'"],
     "definitionen av tabellen budget_figure"),
])
def test_schema_and_values_that_are_not_the_format_are_refused(demo_master, tmp_path, capsys, statements, words):
    path = altered(demo_master, tmp_path, *statements)
    before = digest(path)
    with pytest.raises(PlanCorrupt) as info:
        open_plan(path)
    assert words in info.value.text("sv"), info.value.text("sv")
    for command in (["info", str(path)], ["check", str(path)],
                    ["report", str(path), "--kind", "uppdragsplan", "-o", str(tmp_path / "r.pdf")]):
        assert main(command) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "skadad" in err and "Traceback" not in err
    assert digest(path) == before
    assert not (tmp_path / "r.pdf").exists()


def test_the_current_schema_is_what_a_new_plan_has(demo_master):
    con = sqlite3.connect(demo_master)
    try:
        assert damage.normalised(plan_sqlite.schema_structure(con)) == damage.expected_structure(SCHEMA_VERSION)
    finally:
        con.close()


def test_old_schemas_are_recorded():
    """old_schemas.OLD_SCHEMAS holds the schema of every older file format as its fixtures have it."""
    from styrapp.models.file.old_schemas import OLD_SCHEMAS as recorded

    for fixture in sorted(SCHEMA_FIXTURES.glob("v*.styrplan")):
        version = fixture.name[1:].split("-")[0].split(".")[0]
        con = sqlite3.connect(f"file:{fixture.resolve().as_posix()}?mode=ro", uri=True)
        try:
            assert damage.normalised(plan_sqlite.schema_structure(con)) == damage.normalised(recorded[int(version)]), fixture
            assert damage.find_damage(con, int(version)) is None, fixture
        finally:
            con.close()


# --- the fuzz test: truncated, bit-flipped and schema-altered copies ----------------------------

ALTERATIONS = [
    "ALTER TABLE {table} RENAME COLUMN {column} TO {column}_x",
    "ALTER TABLE {table} RENAME TO {table}_x",
    "DROP TABLE {table}",
    "ALTER TABLE {table} ADD COLUMN fuzz INTEGER",
    "ALTER TABLE {table} DROP COLUMN {column}",
    "DROP INDEX IF EXISTS ix_{table}_uuid",
    "CREATE INDEX fuzz_ix ON {table} ({column})",
    "UPDATE {table} SET {column} = CAST(x'ff00fe' AS TEXT)",
    "UPDATE {table} SET {column} = x'00ff'",
    "UPDATE {table} SET {column} = 'fuzz'",
    "UPDATE {table} SET {column} = 1e308 * 10",
    "UPDATE {table} SET {column} = NULL",
    "UPDATE {table} SET {column} = {column} + 100000",
    "DELETE FROM {table} WHERE rowid IN (SELECT rowid FROM {table} LIMIT 1)",
    "PRAGMA user_version = {number}",
]


def _variants(master: bytes, seed: int, count: int):
    rng = random.Random(seed)
    con = sqlite3.connect(":memory:")
    con.deserialize(master)
    tables = {t: [r[1] for r in con.execute(f'PRAGMA table_info("{t}")')]
              for (t,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    con.close()
    for number in range(count):
        kind = ("truncate", "flip", "flip", "schema")[number % 4]
        if kind == "truncate":
            yield kind, master[: rng.choice([rng.randrange(0, len(master)), rng.randrange(1, len(master) // 4096) * 4096])], ""
        elif kind == "flip":
            data = bytearray(master)
            for _ in range(rng.choice([1, 1, 2, 8])):
                bit = rng.randrange(len(data) * 8)
                data[bit // 8] ^= 1 << (bit % 8)
            yield kind, bytes(data), ""
        else:
            table = rng.choice(sorted(tables))
            statement = rng.choice(ALTERATIONS).format(table=table, column=rng.choice(tables[table]),
                                                        number=rng.choice([0, 1, 3, 99]))
            yield kind, master, statement


def write_variant(path: Path, data: bytes, statement: str) -> Path:
    """A variant from `_variants` as a file: its bytes, with its schema alteration made if it has one."""
    path.write_bytes(data)
    if statement:
        con = sqlite3.connect(path, isolation_level=None)
        try:
            con.execute(statement)
        except sqlite3.Error:
            path.write_bytes(data)  # the alteration does not apply to this table: the plan as it is
        finally:
            con.close()
    return path


def test_fuzzed_plans_give_one_message_and_are_never_changed(demo_master, tmp_path, capsys):
    master = demo_master.read_bytes()
    seen = {"refused": 0, "opened": 0}
    kinds = ("uppdragsplan", "nulageskoll", "internkontroll", "uppfoljning")
    for number, (kind, data, statement) in enumerate(_variants(master, seed=14, count=240)):
        path = write_variant(tmp_path / f"v{number}.styrplan", data, statement)
        before = digest(path)
        where = f"variant {number} ({kind} {statement})"
        codes = []
        for command in (["info", str(path)], ["check", str(path)],
                        ["report", str(path), "--kind", kinds[number % len(kinds)], "-o", str(tmp_path / "r.pdf")]):
            code = main(command)
            out, err = capsys.readouterr()
            assert "Traceback" not in out + err, where
            assert code in (0, 1, 2), where
            if code == 2:
                assert err.count("\n") == 1 and err.startswith("styrapp-cli: "), f"{where}: {err}"
            codes.append(code)
        try:
            with open_plan(path) as plan:
                summarise(plan)
            opened = True
        except PlanFileError as exc:
            assert exc.text("sv") and exc.text("en"), where
            opened = False
        assert digest(path) == before, f"{where}: the file was changed"
        if opened:
            assert codes[0] == 0, f"{where}: the window opened what info refused"
        seen["opened" if opened else "refused"] += 1
        (tmp_path / "r.pdf").unlink(missing_ok=True)
        path.unlink()
        for extra in tmp_path.glob(f"v{number}.*"):  # a backup made by an upgrade the variant claimed
            extra.unlink()
    print(seen)
    assert seen["refused"] >= 120, seen  # most variants are damaged, and named so


def test_a_database_error_after_the_checks_is_named_not_a_traceback(demo_path, capsys, monkeypatch):
    """SQLite reads pages when a query needs them; a disk that fails later still gives one message."""
    import styrapp.cli.plan_commands as commands

    def failing(plan):
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(commands, "summarise", failing)
    assert main(["info", str(demo_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "skadad" in err and "demo.styrplan" in err


def test_save_a_copy_puts_right_a_crash_that_happened_while_the_plan_was_open(demo_path, tmp_path):
    before = titles(demo_path)
    with open_plan(demo_path, read_only=True) as plan:
        kill_mid_save(demo_path)  # another styrapp, editing the same plan, crashed meanwhile
        copy = plan.save_copy(tmp_path / "kopia.styrplan")
    assert titles(copy) == before
    assert plan_sqlite.hot_journal(demo_path) is None


@pytest.mark.parametrize("with_shell", [True, False])
def test_repair_a_copy_saves_the_readable_rows_into_a_plan_that_opens(demo_master, tmp_path, capsys, monkeypatch,
                                                                      with_shell):
    """With the sqlite3 shell's .recover where it works (not Debian's 3.40: it lacks the dbpage table),
    otherwise row by row; either way a plan that opens, without the rows that broke the rules."""
    if not with_shell:
        monkeypatch.setattr(plan_sqlite, "recover_tool", lambda: None)
    path = altered(demo_master, tmp_path, "UPDATE node SET title = CAST(x'c328' AS TEXT) WHERE id = 3",
                   "UPDATE node SET parent_id = 999 WHERE id = 4", "DROP INDEX ix_node_uuid")
    before = digest(path)
    assert main(["repair", str(path), "-o", str(tmp_path / "lagad")]) == 0
    out = capsys.readouterr().out
    assert "reparerad kopia" in out and "utelämnade" in out
    if not with_shell:
        assert ".recover" in out
    assert digest(path) == before
    with open_plan(tmp_path / "lagad.styrplan") as plan:
        counts = summarise(plan).counts
    assert counts["measurements"] == 92 and counts["goals"] == 4  # the goal whose parent is gone is left out
    repaired = titles(tmp_path / "lagad.styrplan")
    assert len(repaired) == len(titles(demo_master)) - 3  # with the two activities under it
    # the broken text is kept, its unreadable bytes marked (.recover) or replaced by U+FFFD (row by row)
    assert sum(1 for t in repaired if not t.isprintable() or "\ufffd" in t) <= 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lagad.styrplan", "ändrad.styrplan"]


# Values SQLite holds that the tables may not read back, one cell at a time; the quick check SQLite
# answers (`damage._looks_clean`) must send every one of them to the row-by-row reading, which names it.
ODD_CELLS = [
    ("node", "title", "CAST(x'c328' AS TEXT)"), ("node", "title", "CAST(x'e282' AS TEXT)"), ("node", "owner_unit_id", "'enhet'"),
    ("node", "title", "42"), ("node", "start", "'2026-02-30'"), ("node", "start", "'0000-01-01'"),
    ("node", "start", "'2026-1-5'"), ("node", "due", "'i morgon'"), ("node", "budget_impact", "2"),
    ("measurement", "value", "'mycket'"), ("measurement", "date", "'2026-13-01'"), ("measurement", "date", "x'00'"),
    ("follow_up", "updated_at", "'2026-02-29 10:00:00'"), ("follow_up", "updated_at", "'2026-01-01'"),
    ("wheel_event", "recurring_yearly", "7"), ("wheel_event", "start", "'0000-06-01'"), ("wheel_ring", "visible", "-1"), ("indicator", "name", "CAST(x'ff' AS TEXT)"),
    ("plan", "decided_on", "'2026-06-31'"), ("organisation", "name", "CAST(x'f09f98' AS TEXT)"),
]


@pytest.mark.parametrize(("table", "column", "value"), ODD_CELLS)
def test_the_quick_value_check_never_passes_what_reading_row_by_row_refuses(demo_path, monkeypatch, table, column, value):
    con = sqlite3.connect(demo_path)
    try:
        columns = {row[1] for row in con.execute(f"PRAGMA table_info({table})")}
        if column not in columns:
            pytest.skip(f"{table} has no {column}")
        con.execute("PRAGMA ignore_check_constraints = ON")
        con.execute(f"UPDATE {table} SET {column} = {value} WHERE rowid = (SELECT min(rowid) FROM {table})")
        con.commit()
        quick = list(damage.bad_values(con))
        monkeypatch.setattr(damage, "_looks_clean", lambda *_args: False)
        slow = list(damage.bad_values(con))
    finally:
        con.close()
    assert [(t, r, str(p.worded())) for t, r, p in quick] == [(t, r, str(p.worded())) for t, r, p in slow]
    assert all(t == table for t, _r, _p in slow)  # the demo plan's own values all read back


def test_the_quick_value_check_passes_a_clean_plan_without_reading_it_row_by_row(demo_path, monkeypatch):
    monkeypatch.setattr(damage, "_wrong", lambda *_args: pytest.fail("read row by row"))
    con = sqlite3.connect(demo_path)
    try:
        assert list(damage.bad_values(con)) == []
    finally:
        con.close()
