"""A damaged plan, as styrapp-cli words it: what is wrong, the newest backup styrapp made of that plan by
name (or that it made none, and where it keeps them), and the `repair` command to run; one line, exit 2,
the file unchanged. The backups are looked for where the window makes them (STYRAPP_BACKUP_DIR here)."""

from __future__ import annotations

import hashlib
import shlex
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from styrapp.models.file.backups import make_backup
from styrapp.models.file.plan_file import open_plan
from styrapp.models.queries.summary import summarise

from .running import run


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def damage(path: Path) -> None:
    """A goal whose parent is not there (a bit flipped in a page, as SQLite sees it): a damaged plan."""
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA foreign_keys = OFF")
    con.execute("UPDATE node SET parent_id = 999 WHERE id = 4")
    con.close()



@pytest.fixture
def backups(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "säkerhetskopior"
    monkeypatch.setenv("STYRAPP_BACKUP_DIR", str(folder))
    return folder


def test_a_damaged_plan_names_the_newest_backup_styrapp_made_of_it(demo_master, tmp_path, backups, capsys):
    plan = tmp_path / "plan.styrplan"
    shutil.copyfile(demo_master, plan)
    older = make_backup(plan, backups, now=datetime(2026, 3, 1, 14, 2, 3))
    newest = make_backup(plan, backups, now=datetime(2026, 3, 2, 9, 15, 0))
    other = tmp_path / "annan.styrplan"
    shutil.copyfile(demo_master, other)
    make_backup(other, backups, now=datetime(2026, 3, 3, 8, 0, 0))  # another plan's, newer: not this one's
    damage(plan)
    before = digest(plan)
    for command in ("info", "check"):
        code, out, err = run(capsys, command, plan)
        assert code == 2 and out == "" and err.count("\n") == 1 and "Traceback" not in err
        assert "Planen plan.styrplan är skadad och kan inte öppnas: 1 hänvisningar pekar på poster" in err
        assert f"Den senaste säkerhetskopian styrapp gjorde av den här planen är {newest} (2026-03-02 09:15)" in err
        assert older.name not in err and "annan" not in err
        assert "kopiera den till ett nytt namn och öppna kopian" in err
        repair = f"styrapp-cli repair {shlex.quote(str(plan))} -o {shlex.quote(str(tmp_path / 'plan-reparerad.styrplan'))}"
        assert err.rstrip().endswith(f"Eller rädda det som fortfarande går att läsa till en ny plan: {repair}")
        assert "Öppna en säkerhetskopia i stället" not in err  # no advice of a backup the program may not have
    code, _out, err = run(capsys, "--language", "en", "info", plan)
    assert code == 2 and err.count("\n") == 1
    assert "The plan plan.styrplan is damaged and cannot be opened: 1 references point to records" in err
    assert f"The newest backup styrapp made of this plan is {newest} (2026-03-02 09:15): copy it to a new name" in err
    assert "plan-repaired.styrplan" in err
    assert digest(plan) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["annan.styrplan", "plan.styrplan", "säkerhetskopior"]
    # Following the advice: the backup, copied to a new name, opens with everything the demo had.
    copy = tmp_path / "plan-från-kopian.styrplan"
    shutil.copyfile(newest, copy)
    with open_plan(copy, read_only=True) as opened, open_plan(demo_master, read_only=True) as demo:
        assert summarise(opened).counts == summarise(demo).counts


def test_without_a_backup_it_says_so_and_the_repair_command_it_gives_works(demo_master, tmp_path, backups, capsys):
    plan = tmp_path / "min plan.styrplan"  # a space in the name: the command is quoted for a shell
    shutil.copyfile(demo_master, plan)
    damage(plan)
    before = digest(plan)
    code, out, err = run(capsys, "info", plan)
    assert code == 2 and out == "" and err.count("\n") == 1
    assert f"styrapp har inte gjort någon säkerhetskopia av den här planen (säkerhetskopiorna sparas i {backups})" in err
    assert digest(plan) == before and not backups.exists()
    command = err.rstrip().split("till en ny plan: ", 1)[1]
    words = shlex.split(command)
    assert words[:2] == ["styrapp-cli", "repair"] and words[2] == str(plan)
    code, out, _err = run(capsys, *words[1:])
    assert code == 0 and "reparerad kopia" in out
    with open_plan(tmp_path / "min plan-reparerad.styrplan", read_only=True) as repaired:
        assert summarise(repaired).counts["goals"] == 4  # the goal whose parent is gone is left out
    assert digest(plan) == before
    code, _out, err = run(capsys, "--language", "en", "check", plan)
    assert code == 2 and f"styrapp has made no backup of this plan (its backups are kept in {backups})" in err


def test_damage_met_after_the_checks_on_open_gets_the_same_advice(demo_path, backups, capsys, monkeypatch):
    """SQLite reads pages when a query needs them: a disk that fails later is named the same way."""
    import styrapp.cli.plan_commands as commands

    newest = make_backup(demo_path, backups, now=datetime(2026, 4, 1, 7, 30, 0))

    def failing(plan):
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(commands, "summarise", failing)
    before = digest(demo_path)
    code, _out, err = run(capsys, "info", demo_path)
    assert code == 2 and err.count("\n") == 1
    assert "Planen demo.styrplan är skadad" in err and f"{newest} (2026-04-01 07:30)" in err and "styrapp-cli repair" in err
    assert digest(demo_path) == before


def test_repair_itself_does_not_send_you_to_repair(demo_master, tmp_path, backups, capsys):
    text = tmp_path / "text.styrplan"
    text.write_text("inte en plan")
    code, _out, err = run(capsys, "repair", text, "-o", tmp_path / "ut.styrplan")
    assert code == 2 and err.count("\n") == 1 and "styrapp-cli repair" not in err
    assert text.read_text() == "inte en plan" and not (tmp_path / "ut.styrplan").exists()
