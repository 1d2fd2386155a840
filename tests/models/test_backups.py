"""Rolling backups: consistent copies named by plan and time, the newest kept, listed with what they
hold, restored whole."""

from __future__ import annotations

from datetime import datetime, timedelta

from styrapp.models.file.backups import backups_of, default_folder, make_backup, newest_backup, restore
from styrapp.models.file.plan_file import open_plan
from styrapp.models.queries.node_rows import read_tree
from styrapp.models.queries.summary import summarise
from styrapp.models.services import nodes


def test_the_newest_backups_are_kept_listed_newest_first_with_their_counts(demo_path, tmp_path):
    folder = tmp_path / "backups"
    start = datetime(2026, 12, 1, 9, 0, 0)
    made = [make_backup(demo_path, folder, keep=10, now=start + timedelta(minutes=10 * i)) for i in range(12)]
    listed = backups_of(demo_path, folder)
    assert [b.path for b in listed] == made[::-1][:10]
    assert listed[0].when == start + timedelta(minutes=110)
    assert listed[0].counts["goals"] == 5 and listed[0].counts["indicators"] == 11
    assert "demo.säkerhetskopia-20261201-105000.styrplan" == listed[0].path.name
    assert not list(folder.glob(".*tmp*"))  # nothing half-written left beside them
    twice = make_backup(demo_path, folder, now=start + timedelta(minutes=110))  # the same second again
    assert twice.name.endswith("-2.styrplan") and twice.exists()


def test_a_backup_restored_is_the_plan_as_it_was(demo_path, tmp_path):
    folder = tmp_path / "backups"
    backup = make_backup(demo_path, folder)
    with open_plan(demo_path) as plan:
        goal = read_tree(plan, "goals").rows[0].id
        nodes.delete_node(plan, goal)
        after = summarise(plan).counts["goals"]
    assert after < 5
    restored = restore(backup, tmp_path / "återställd.styrplan")
    with open_plan(restored, read_only=True) as copy:
        assert summarise(copy).counts["goals"] == 5
    restore(backup, demo_path)  # over the (closed) plan itself
    with open_plan(demo_path, read_only=True) as plan:
        assert summarise(plan).counts["goals"] == 5


def test_a_damaged_backup_is_listed_without_counts(demo_path, tmp_path):
    folder = tmp_path / "backups"
    good = make_backup(demo_path, folder, now=datetime(2026, 1, 1))
    bad = folder / "demo.säkerhetskopia-20260102-000000.styrplan"
    bad.write_bytes(b"inte en plan")
    listed = backups_of(demo_path, folder)
    assert [b.path for b in listed] == [bad, good] and listed[0].counts == {} and listed[1].counts
    assert backups_of(tmp_path / "annan.styrplan", folder) == []  # another plan's name: none of these


def test_the_newest_backup_of_a_plan_and_where_they_are_kept(demo_path, tmp_path, monkeypatch):
    folder = tmp_path / "backups"
    assert newest_backup(demo_path, folder) is None  # no folder yet: none, not an error
    make_backup(demo_path, folder, now=datetime(2026, 1, 1, 8, 0, 0))
    newest = make_backup(demo_path, folder, now=datetime(2026, 1, 1, 8, 0, 0))  # the same second: "-2"
    make_backup(demo_path, folder, now=datetime(2025, 12, 31))  # older, made later
    found = newest_backup(demo_path, folder)
    assert found.path == newest and found.when == datetime(2026, 1, 1, 8, 0, 0) and found.counts == {}
    assert newest_backup(tmp_path / "annan.styrplan", folder) is None
    monkeypatch.setenv("STYRAPP_BACKUP_DIR", str(folder))
    assert default_folder() == folder
    monkeypatch.delenv("STYRAPP_BACKUP_DIR")
    assert default_folder().name == "backups" and "styrapp" in str(default_folder())
