"""Killed at any moment, `styrapp-cli import` leaves the plan as it was or with the whole import, never
part of it; a killed `styrapp-cli report` leaves the plan byte for byte as it was (a report only reads).

Each run is a real `python -m styrapp.cli` process, killed with SIGKILL: at a random moment of its whole
run, while it holds the plan open (its lock file is there), or while it writes (SQLite's journal is
there). After each kill the plan is opened as the window and the CLI open it (which puts back a change
left half-written), SQLite checks every page, and the whole content is compared with the plan before
the import and after a complete one."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from styrapp.cli import main
from styrapp.models.file import sqlite as plan_sqlite
from styrapp.models.file.lock import lock_path
from styrapp.models.file.plan_file import open_plan
from tests.conftest import REALDATA

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX")

KOLADA = REALDATA / "kolada" / "fagersta_norberg_n01951_n00945.v2.json"
RUN_DEADLINE = 60.0  # seconds one child may take, killed or not, before the test fails


def content(path: Path) -> dict[str, list[str]]:
    """Every row of every table, in an order that does not depend on how SQLite stored them."""
    con = sqlite3.connect(path)
    try:
        tables = [name for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {table: sorted(repr(row) for row in con.execute(f'SELECT * FROM "{table}"')) for table in tables}
    finally:
        con.close()


def integrity(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()


def cli(*args) -> list[str]:
    return [sys.executable, "-m", "styrapp.cli", *map(str, args)]


def fresh(master: Path, path: Path) -> None:
    """`path` as the plan before any import, with no journal or lock file of an earlier run beside it."""
    for leftover in (path, plan_sqlite.journal_path(path), lock_path(path)):
        leftover.unlink(missing_ok=True)
    shutil.copyfile(master, path)


def hidden_outputs(folder: Path) -> set[str]:
    """The hidden files of reports and exports being written beside their targets (styrapp's atomic
    writes); a killed one leaves its file until the next write to the folder clears it."""
    return {path.name for path in folder.glob(".~styrapp-*")}


def run_and_kill(command: list[str], plan: Path, how: str, rng: random.Random, log: Path,
                 window: tuple[float, float] = (0.0, 2.5)) -> str:
    """Run `command` and kill it the way `how` says: "anywhere" (`window` seconds after its start), or a
    moment after the plan is "open" (its lock file), is "writing" (SQLite's journal) or the "output" is
    being written (a hidden file in the plan's folder). Returns what it was doing when killed ("gone" if
    it had finished by itself, with exit code 0)."""
    lock, journal = lock_path(plan), plan_sqlite.journal_path(plan)
    earlier = hidden_outputs(plan.parent)  # left by a run killed before this one

    def writing_output() -> bool:
        return bool(hidden_outputs(plan.parent) - earlier)

    signs = {"open": lock.exists, "writing": journal.exists, "output": writing_output}
    with open(log, "wb") as err:
        child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=err, stdin=subprocess.DEVNULL)
    started = time.monotonic()
    deadline = started + RUN_DEADLINE
    try:
        if how == "anywhere":  # an import runs for about 1.5-3 s here, a report for 3-5 s
            kill_at = started + rng.uniform(*window)
        else:
            while not signs[how]() and child.poll() is None:
                assert time.monotonic() < deadline, f"{command} did not finish in {RUN_DEADLINE} s"
                time.sleep(0.0002)
            # here the plan is open for 0.07-0.12 s (Kolada) or about 1 s (Excel), the journal there for
            # 4-30 ms; a report writes its PDF for a few tenths of a second
            kill_at = time.monotonic() + {"open": rng.uniform(0.0, 0.1), "writing": rng.uniform(0.0, 0.003),
                                          "output": rng.uniform(0.0, 0.05)}[how]
        while child.poll() is None and time.monotonic() < kill_at:
            time.sleep(0.0005)
        where = ("gone" if child.poll() is not None else "writing" if journal.exists() else "open" if lock.exists()
                 else "output" if writing_output() else "outside")
        if child.poll() is None:
            os.kill(child.pid, signal.SIGKILL)
        status = child.wait(timeout=max(1.0, deadline - time.monotonic()))
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(timeout=10)
    problem = f"{command[3:]} exited with {status}: {log.read_text(errors='replace')}"
    assert status == 0 if where == "gone" else status in (-signal.SIGKILL, 0), problem
    return where


def test_a_killed_import_is_wholly_there_or_wholly_absent(demo_master, tmp_path):
    started = time.monotonic()
    seed = int.from_bytes(os.urandom(4), "little")
    rng = random.Random(seed)
    plan = tmp_path / "plan.styrplan"
    # An Excel file in styrapp's layout, made by the export, holding the demo's values and Kolada's; and
    # what a whole import of each makes of the demo plan (the CLI in this process: the same code, at once).
    scratch = tmp_path / "med-kolada.styrplan"
    shutil.copyfile(demo_master, scratch)
    excel = tmp_path / "plan.xlsx"
    assert main(["import", str(scratch), str(KOLADA)]) == 0
    assert main(["export", str(scratch), "--format", "xlsx", "-o", str(excel)]) == 0
    before = content(demo_master)
    complete = {}
    for source in (KOLADA, excel):
        fresh(demo_master, plan)
        assert main(["import", str(plan), str(source)]) == 0
        complete[source] = content(plan)
        assert complete[source] != before and len(complete[source]["measurement"]) > len(before["measurement"])

    runs = [(KOLADA, "anywhere")] * 5 + [(KOLADA, "open")] * 6 + [(KOLADA, "writing")] * 6
    runs += [(excel, "anywhere")] * 1 + [(excel, "open")] * 2 + [(excel, "writing")] * 2
    rng.shuffle(runs)
    seen = []
    for number in range(len(runs) + 12):
        if number >= len(runs):  # a child that finished before its kill does not count: more, but bounded
            if sum(where != "gone" for where, _ in seen) >= 20:
                break
            runs.append((KOLADA, "open"))
        source, how = runs[number]
        fresh(demo_master, plan)
        where = run_and_kill(cli("import", plan, source), plan, how, rng, tmp_path / f"stderr-{number}.txt")
        with open_plan(plan):  # puts back a change the kill left half-written (a hot journal)
            pass
        assert plan_sqlite.hot_journal(plan) is None  # (an empty journal SQLite never wrote into may stay)
        assert integrity(plan) == "ok", (number, how, where, seed)
        after = content(plan)
        assert after in (before, complete[source]), (
            f"run {number} ({source.name}, killed {how}/{where}) left a partial import; seed {seed}")
        seen.append((where, "whole" if after == complete[source] else "absent"))
    killed = [entry for entry in seen if entry[0] != "gone"]
    assert len(killed) >= 20, seen
    assert sum(where in ("open", "writing") for where, _ in killed) >= 6, seen  # inside the import, not only around it
    elapsed = time.monotonic() - started
    print(f"{len(killed)} kills in {len(seen)} runs, {elapsed:.1f} s:", dict(Counter(seen)))


def test_a_killed_report_leaves_the_plan_as_it_was(demo_master, tmp_path, monkeypatch):
    rng = random.Random()
    folder = tmp_path / "rapporter"  # the reports beside the plan, as a person writes them
    folder.mkdir()
    # The unfinished PDF in the same folder, so that "output" can see it being written (styrapp writes it in
    # its own folder for unfinished writes, see styrapp/atomic.py).
    monkeypatch.setenv("STYRAPP_TEMP_DIR", str(folder))
    plan = folder / "plan.styrplan"
    shutil.copyfile(demo_master, plan)
    before = plan.read_bytes()
    seen = []
    for number, (kind, how) in enumerate((("verksamhetsplan", "anywhere"), ("uppfoljning", "output"),
                                          ("arshjul", "anywhere"), ("uppdragsplan", "output"))):
        where = run_and_kill(cli("report", plan, "--kind", kind, "-o", folder / f"{kind}.pdf"), plan, how, rng,
                             tmp_path / f"stderr-{number}.txt", window=(0.8, 4.0))
        seen.append(where)
        assert plan.read_bytes() == before, f"the report {kind}, killed ({where}), changed the plan"
        assert not plan_sqlite.journal_path(plan).exists() and not lock_path(plan).exists()
        with open_plan(plan, read_only=True):
            pass
        assert plan.read_bytes() == before
    assert sum(where != "gone" for where in seen) >= 2, seen
    print(f"{sum(where != 'gone' for where in seen)} reports killed:", seen)
