"""The migration ledger: every earlier schema version opens and ends up with today's schema."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from styrapp.models.errors import MigrationFailed
from styrapp.models.file import migrations
from styrapp.models.file.plan_file import create_plan, open_plan
from styrapp.models.file.schema import SCHEMA_VERSION, schema_fingerprint
from styrapp.models.queries.summary import summarise

FIXTURES = sorted((Path(__file__).parents[1] / "data" / "schema").glob("v*.styrplan"))


def fingerprint(path: Path):
    con = sqlite3.connect(path)
    try:
        return schema_fingerprint(con)
    finally:
        con.close()


def test_there_is_a_file_for_every_released_version():
    versions = sorted(int(p.stem[1:]) for p in FIXTURES)
    assert versions == list(range(1, SCHEMA_VERSION + 1))


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_every_schema_version_opens_with_the_current_schema(fixture, tmp_path):
    path = tmp_path / fixture.name
    shutil.copyfile(fixture, path)
    with open_plan(path) as plan:
        assert summarise(plan).counts["goals"] == 5
    fresh = create_plan(tmp_path / "fresh.styrplan", lambda plan: None)
    assert fingerprint(path) == fingerprint(fresh)
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def _v1(tmp_path) -> Path:
    return create_plan(tmp_path / "gammal.styrplan", lambda plan: None)


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
