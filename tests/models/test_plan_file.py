"""Opening bad files: a clear Swedish message, and the file is never changed."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from styrapp.models.errors import (
    NotAPlan,
    PlanCorrupt,
    PlanExists,
    PlanLocked,
    PlanNotFound,
    PlanReadOnly,
    PlanTooNew,
    PlanTruncated,
)
from styrapp.models.file.lock import lock_path
from styrapp.models.file.plan_file import create_plan, open_plan
from styrapp.models.file.schema import APPLICATION_ID, SCHEMA_VERSION
from styrapp.models.queries.summary import summarise
from tests.unprivileged import open_as_user, owned_by_user, reachable_folder


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def only_file_in(folder, name):
    assert sorted(p.name for p in folder.iterdir()) == [name], "no backup, lock or temp file may be left behind"


def test_new_plan_is_stamped_as_ours(tmp_path):
    path = create_plan(tmp_path / "ny.styrplan", lambda plan: None)
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert con.execute("SELECT count(*) FROM sdg").fetchone()[0] == 17
    con.close()
    with open_plan(path) as plan:
        fk = plan.session().connection().exec_driver_sql("PRAGMA foreign_keys").scalar_one()
        assert fk == 1


def test_missing_file(tmp_path):
    with pytest.raises(PlanNotFound, match="finns inte"):
        open_plan(tmp_path / "saknas.styrplan")


def test_empty_file(tmp_path):
    path = tmp_path / "tom.styrplan"
    path.write_bytes(b"")
    with pytest.raises(NotAPlan, match="tom"):
        open_plan(path)
    assert path.read_bytes() == b""


def test_text_file_is_not_a_plan(tmp_path):
    path = tmp_path / "anteckning.styrplan"
    path.write_text("Mål och budget 2027\n", encoding="utf-8")
    before = digest(path)
    with pytest.raises(NotAPlan, match="inte en styrapp-plan"):
        open_plan(path)
    assert digest(path) == before
    only_file_in(tmp_path, path.name)


def test_other_programs_sqlite_database_is_refused_untouched(tmp_path):
    path = tmp_path / "annan.styrplan"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    before = digest(path)
    with pytest.raises(NotAPlan, match="annat program"):
        open_plan(path)
    assert digest(path) == before
    only_file_in(tmp_path, path.name)


def test_truncated_plan(demo_master, tmp_path):
    path = tmp_path / "avkortad.styrplan"
    data = demo_master.read_bytes()
    path.write_bytes(data[: len(data) // 2 + 100])
    before = digest(path)
    with pytest.raises(PlanTruncated, match="avkortad") as info:
        open_plan(path)
    assert "skadad" in str(info.value)
    assert digest(path) == before
    only_file_in(tmp_path, path.name)


def test_corrupt_pages(demo_master, tmp_path):
    path = tmp_path / "skadad.styrplan"
    data = bytearray(demo_master.read_bytes())
    page = 4096
    for offset in range(2 * page, len(data) - page, 3 * page):  # scribble over several b-tree pages
        data[offset : offset + 64] = b"\xde\xad\xbe\xef" * 16
    path.write_bytes(bytes(data))
    before = digest(path)
    with pytest.raises(PlanCorrupt, match="skadad"):
        open_plan(path)
    with pytest.raises(PlanCorrupt):
        open_plan(path, read_only=True)
    assert digest(path) == before
    only_file_in(tmp_path, path.name)


def test_plan_from_a_newer_styrapp(demo_master, tmp_path):
    path = tmp_path / "framtid.styrplan"
    shutil.copyfile(demo_master, path)
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    con.commit()
    con.close()
    before = digest(path)
    with pytest.raises(PlanTooNew, match="nyare version av styrapp"):
        open_plan(path)
    with pytest.raises(PlanTooNew):
        open_plan(path, read_only=True)
    assert digest(path) == before
    only_file_in(tmp_path, path.name)


def test_read_only_file_refuses_editing_but_can_be_read(demo_master, tmp_path):
    path = tmp_path / "arkiv.styrplan"
    shutil.copyfile(demo_master, path)
    path.chmod(0o444)
    before = digest(path)
    try:
        with pytest.raises(PlanReadOnly, match="skrivskyddad"):
            open_plan(path)
        with open_plan(path, read_only=True) as plan:
            assert "skrivskyddad" in plan.notice
            assert summarise(plan).counts["goals"] == 5
            with pytest.raises(PlanReadOnly):
                with plan.transaction():
                    pass
        assert digest(path) == before
        only_file_in(tmp_path, path.name)
    finally:
        path.chmod(0o644)


def test_plan_already_open_in_this_process(demo_path):
    with open_plan(demo_path):
        with pytest.raises(PlanLocked, match="redan öppen i styrapp"):
            open_plan(demo_path)
        with open_plan(demo_path, read_only=True) as reader:  # looking is fine, with a note
            assert "öppen" in reader.notice
    with open_plan(demo_path):  # closed: free again
        pass
    assert not lock_path(demo_path).exists()


HOLDER = textwrap.dedent(
    """
    import sys, time
    from styrapp.models.file.plan_file import open_plan
    plan = open_plan(sys.argv[1])
    print("open", flush=True)
    time.sleep(60)
    """
)


def test_plan_open_in_another_process_then_crash_leaves_a_stale_lock(demo_path):
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(demo_path)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        before = digest(demo_path)
        with pytest.raises(PlanLocked) as info:
            open_plan(demo_path)
        assert "redan öppen" in info.value.message
        assert digest(demo_path) == before
    finally:
        holder.kill()  # a crash: the lock file stays, the OS lock goes
        holder.wait()
    assert lock_path(demo_path).exists()
    with open_plan(demo_path) as plan:  # the stale lock is taken over
        assert summarise(plan).counts["goals"] == 5


def test_lock_written_by_another_computer_is_respected(demo_path):
    lock_path(demo_path).write_text('{"user": "anna", "host": "KOMMUN-PC-17", "since": "2026-03-02T09:14:00"}')
    with pytest.raises(PlanLocked, match="anna på KOMMUN-PC-17"):
        open_plan(demo_path)
    with open_plan(demo_path, ignore_other_computer=True):
        pass


def test_save_a_copy_uses_the_backup_api(demo, tmp_path):
    copy = demo.save_copy(tmp_path / "kopia.styrplan")
    with open_plan(copy, read_only=True) as plan:
        assert summarise(plan).counts == summarise(demo).counts
    with pytest.raises(PlanExists):
        demo.save_copy(demo.path)


def test_create_refuses_to_overwrite_and_leaves_nothing_half_made(tmp_path):
    path = create_plan(tmp_path / "plan.styrplan", lambda plan: None)
    with pytest.raises(PlanExists):
        create_plan(path, lambda plan: None)

    def fails(plan):
        raise RuntimeError("strömmen gick")

    before = digest(path)
    with pytest.raises(RuntimeError):
        create_plan(path, fails, overwrite=True)
    assert digest(path) == before
    only_file_in(tmp_path, path.name)


def test_directory_is_not_a_plan(tmp_path):
    folder = tmp_path / "mapp.styrplan"
    folder.mkdir()
    with pytest.raises(NotAPlan, match="mapp"):
        open_plan(folder)


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_read_only_folder(demo_master, tmp_path):
    """Refused for editing with the reason, readable as it is, nothing left beside it; as root, checked
    as an unprivileged user (root may write in any folder)."""
    with reachable_folder(tmp_path) as base:
        folder = base / "skyddad"
        folder.mkdir()
        path = folder / "plan.styrplan"
        shutil.copyfile(demo_master, path)
        owned_by_user(path)
        before = digest(path)
        folder.chmod(0o555)
        try:
            opened = open_as_user(path)
        finally:
            folder.chmod(0o755)
        assert opened["edit"]["error"] == "PlanReadOnly" and "mappen" in opened["edit"]["text"], opened
        assert opened["read"]["goals"] == 5, opened
        assert digest(path) == before
        only_file_in(folder, path.name)


LOCKER = textwrap.dedent(
    """
    import os, sys, time
    from pathlib import Path
    from styrapp.models.errors import PlanLocked
    from styrapp.models.file.lock import PlanLock
    plan = Path(sys.argv[1])
    marker = plan.with_name("holder")  # exists exactly while somebody holds the lock
    held = doubles = 0
    while held < int(sys.argv[2]):
        lock = PlanLock(plan)
        try:
            lock.acquire()
        except PlanLocked:
            time.sleep(0.0002)
            continue
        held += 1
        try:
            fd = os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
        except FileExistsError:
            doubles += 1
        else:
            os.close(fd)
            time.sleep(0.001)
            os.unlink(marker)
        lock.release()
    print(held, doubles)
    """
)


def test_one_holder_at_a_time_across_processes(tmp_path):
    """Three processes take and let go of one plan's lock 300 times each: never two holders at once
    (releasing removes the lock file; a process that opened it just before must not hold it then)."""
    plan = tmp_path / "delad.styrplan"
    plan.write_bytes(b"")
    runs = [subprocess.Popen([sys.executable, "-c", LOCKER, str(plan), "300"], stdout=subprocess.PIPE, text=True)
            for _ in range(3)]
    results = [tuple(map(int, run.communicate(timeout=60)[0].split())) for run in runs]
    assert [held for held, _ in results] == [300, 300, 300]
    assert [doubles for _, doubles in results] == [0, 0, 0], results
    assert not lock_path(plan).exists()


def test_take_over_a_lock_left_by_another_computer_from_the_cli(demo_path, capsys):
    from styrapp.cli.main import main

    lock_path(demo_path).write_text('{"user": "anna", "host": "KOMMUN-PC-17", "since": "2026-03-02T09:14:00"}')
    values = demo_path.parent / "tom.csv"
    values.write_text("kpi;municipality_id;period;gender;value\n", encoding="utf-8")
    assert main(["import", str(demo_path), str(values), "--format", "kolada"]) == 2
    err = capsys.readouterr().err
    assert "anna på KOMMUN-PC-17 sedan 2026-03-02 09:14" in err and "--take-over-lock" in err
    main(["import", str(demo_path), str(values), "--format", "kolada", "--take-over-lock"])
    assert "annan dator" not in capsys.readouterr().err
    assert not lock_path(demo_path).exists()
