"""The migration ledger: every earlier schema version opens and ends up with today's schema.

The files of earlier versions in tests/data/schema/ were written by the release of that version
(see make_fixture.py), never by today's code: a migration tested only on a file the test wrote
itself proves little.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlmodel import SQLModel

from styrapp.cli import main as cli
from styrapp.models.content.templates import TEMPLATE_NAMES
from styrapp.models.errors import MigrationFailed
from styrapp.models.file import migrations
from styrapp.models.file.plan_file import create_plan, open_plan
from styrapp.models.file.schema import SCHEMA_VERSION, schema_fingerprint
from styrapp.models.tables import is_uuid

SCHEMA_DIR = Path(__file__).parents[1] / "data" / "schema"
FIXTURES = sorted(SCHEMA_DIR.glob("v*.styrplan"))


def version_of(path: Path) -> int:
    return int(path.stem[1:].split("-")[0])


def fingerprint(path: Path):
    con = sqlite3.connect(path)
    try:
        return schema_fingerprint(con)
    finally:
        con.close()


def counts(path: Path) -> dict[str, int]:
    con = sqlite3.connect(path)
    try:
        names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {name: con.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}
    finally:
        con.close()


def uuid_tables() -> list[str]:
    return sorted(t.name for t in SQLModel.metadata.tables.values() if "uuid" in t.c)


def test_there_are_files_of_every_earlier_version_from_the_demo_and_every_template():
    versions = {version_of(p) for p in FIXTURES}
    assert set(range(1, SCHEMA_VERSION)) <= versions
    for version in range(1, SCHEMA_VERSION):
        names = {p.stem for p in FIXTURES if version_of(p) == version}
        assert {f"v{version}-demo", *(f"v{version}-{t}" for t in TEMPLATE_NAMES)} <= names


def test_every_record_a_person_makes_has_a_uuid():
    """Tables with their own id; link tables are known by their two ends, a measurement by its
    indicator, period, kind and gender, settings by their key, the Agenda 2030 goals by number."""
    with_id = sorted(t.name for t in SQLModel.metadata.tables.values() if "id" in t.c)
    assert uuid_tables() == [name for name in with_id if name != "measurement"]
    for table in SQLModel.metadata.tables.values():
        if "uuid" in table.c:
            column = table.c.uuid
            assert not column.nullable and column.unique and column.default is not None, table.name


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_every_schema_version_opens_with_the_current_schema(fixture, tmp_path):
    path = tmp_path / fixture.name
    shutil.copyfile(fixture, path)
    before = counts(path)
    old = version_of(fixture) < SCHEMA_VERSION  # a file of this version, written just before a bump
    with open_plan(path) as plan:
        assert ("uppgraderades" in plan.notice) == old
    backups = list(tmp_path.glob(f"{fixture.stem}.före-uppgradering-v{version_of(fixture)}-*{fixture.suffix}"))
    assert len(backups) == old
    if old:
        assert counts(backups[0]) == before and fingerprint(backups[0]) == fingerprint(fixture)  # as it was
    after = counts(path)
    assert {name: after[name] for name in before} == before  # every row kept
    # tables of later versions start empty, but for the plan's years: a file of version 3 or before held one
    assert after.get("plan_year", 0) == (before.get("plan", 0) if "plan_year" not in before else before["plan_year"])
    assert all(after[name] == 0 for name in set(after) - set(before) - {"plan_year"})
    fresh = create_plan(tmp_path / "fresh.styrplan", lambda plan: None)
    assert fingerprint(path) == fingerprint(fresh)
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    seen = []
    for table in uuid_tables():
        seen += [row[0] for row in con.execute(f'SELECT uuid FROM "{table}"')]
    con.close()
    assert seen and all(is_uuid(u) for u in seen) and len(set(seen)) == len(seen)
    with open_plan(path) as plan:  # the second time there is nothing to do
        assert plan.notice == ""
    assert len(list(tmp_path.glob("*före-uppgradering*"))) == old


def test_the_wheel_events_keep_their_icalendar_uids(tmp_path):
    """Events made in styrapp keep `<uuid>@styrapp` (now made from their uuid); one imported from
    another calendar keeps that calendar's UID; a UID found twice is not given to two records."""
    path = tmp_path / "v1-demo.styrplan"
    shutil.copyfile(SCHEMA_DIR / "v1-demo.styrplan", path)
    con = sqlite3.connect(path)
    ids = [r[0] for r in con.execute("SELECT id FROM wheel_event ORDER BY id")]
    con.execute("UPDATE wheel_event SET uid = 'abc-123@outlook.com' WHERE id = ?", (ids[0],))
    twice = con.execute("SELECT uid FROM wheel_event WHERE id = ?", (ids[1],)).fetchone()[0]
    con.execute("UPDATE wheel_event SET uid = ? WHERE id = ?", (twice, ids[2]))
    con.commit()
    uids = dict(con.execute("SELECT id, uid FROM wheel_event"))
    con.close()
    from styrapp.models.queries.wheel_rows import read_wheel

    with open_plan(path) as plan:
        after = {row.id: row.uid for row in read_wheel(plan).events}
    assert after == uids
    con = sqlite3.connect(path)
    rows = {r[0]: r[1:] for r in con.execute("SELECT id, uuid, uid FROM wheel_event")}
    con.close()
    assert rows[ids[0]][1] == "abc-123@outlook.com"
    assert rows[ids[1]] == (twice.removesuffix("@styrapp"), None)
    assert rows[ids[2]][1] == twice and rows[ids[2]][0] != rows[ids[1]][0]
    assert all(uid is None and f"{uuid}@styrapp" == uids[i] for i, (uuid, uid) in rows.items() if i not in ids[:1] + ids[2:3])


def test_the_cli_shows_a_migrated_plan(tmp_path, capsys):
    path = tmp_path / "v1-demo.styrplan"
    shutil.copyfile(SCHEMA_DIR / "v1-demo.styrplan", path)
    assert cli(["info", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["schema_version"] == SCHEMA_VERSION and data["counts"]["goals"] == 5
    assert cli(["info", str(path)]) == 0
    assert "Norra Västmanlands" in capsys.readouterr().out


def _v1(tmp_path) -> Path:
    path = tmp_path / "gammal.styrplan"
    shutil.copyfile(SCHEMA_DIR / "v1.styrplan", path)
    return path


def test_steps_run_in_order_each_bumping_the_version_after_a_backup(tmp_path):
    path = _v1(tmp_path)
    ran = []

    def add_column(con):
        ran.append(1)
        con.execute("ALTER TABLE node ADD COLUMN code TEXT NOT NULL DEFAULT ''")

    def add_table(con):
        ran.append(2)
        con.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT)")

    backup = migrations.migrate(path, 1, to_version=3, steps={1: add_column, 2: add_table})
    assert ran == [1, 2]
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA user_version").fetchone()[0] == 3
    assert "code" in [row[1] for row in con.execute("PRAGMA table_info(node)")]
    con.close()
    assert backup.exists() and "före-uppgradering-v1" in backup.name
    assert sqlite3.connect(backup).execute("PRAGMA user_version").fetchone()[0] == 1


def test_a_failing_step_rolls_back_that_step_and_keeps_the_backup(tmp_path):
    path = _v1(tmp_path)

    def good(con):
        con.execute("CREATE TABLE note (id INTEGER PRIMARY KEY)")

    def bad(con):
        con.execute("CREATE TABLE half (id INTEGER)")
        raise ValueError("oväntat innehåll")

    with pytest.raises(MigrationFailed, match="oväntat innehåll") as info:
        migrations.migrate(path, 1, to_version=3, steps={1: good, 2: bad})
    assert "Säkerhetskopian" in info.value.message
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA user_version").fetchone()[0] == 2  # the good step stays
    tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master")}
    assert "note" in tables and "half" not in tables
    con.close()


def test_a_missing_step_is_refused_before_anything_changes(tmp_path):
    path = _v1(tmp_path)
    before = path.read_bytes()
    with pytest.raises(MigrationFailed, match="saknar uppgradering"):
        migrations.migrate(path, 1, to_version=2, steps={})
    assert path.read_bytes() == before
