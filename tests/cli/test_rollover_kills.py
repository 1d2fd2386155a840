"""Killed at any moment, `styrapp-cli rollover` leaves the plan as it was or with the whole new year, never
part of it: one transaction. Each run is a real `python -m styrapp.cli` process, killed with SIGKILL while
it holds the plan open, while SQLite's journal is there, or anywhere; then the plan is opened as the
window opens it (which puts back a change left half-written) and SQLite checks every page."""

from __future__ import annotations

import os
import random
import signal
import sqlite3

import pytest

from styrapp.models.file.plan_file import open_plan
from tests.cli.test_import_kills import cli, content, fresh, integrity, run_and_kill

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX")


def new_year(path) -> tuple:
    """What 2027 holds: plan years, its nodes, periods, risks, the årshjul's events, the plan's year."""
    con = sqlite3.connect(path)
    try:
        return tuple(con.execute(sql).fetchone()[0] for sql in (
            "SELECT group_concat(year) FROM (SELECT year FROM plan_year ORDER BY year)",
            "SELECT count(*) FROM node WHERE year = 2027",
            "SELECT count(*) FROM reporting_period WHERE year = 2027",
            "SELECT count(*) FROM risk WHERE year = 2027",
            "SELECT count(*) FROM wheel_event",
            "SELECT year FROM plan"))
    finally:
        con.close()


def test_a_killed_rollover_is_wholly_there_or_wholly_absent(demo_master, tmp_path):
    rng = random.Random(int.from_bytes(os.urandom(4), "little"))
    plan = tmp_path / "plan.styrplan"
    before = content(demo_master)
    complete = ("2026,2027", 18, 2, 6, 20, 2027)
    runs = ["open"] * 3 + ["writing"] * 3 + ["anywhere"] * 2
    for how in runs:
        fresh(demo_master, plan)
        where = run_and_kill(cli("rollover", plan, "--year", "2027"), plan, how, rng, tmp_path / "err.log",
                             window=(0.3, 2.0))
        with open_plan(plan):  # the window's open: a half-written change is put back
            pass
        assert integrity(plan) == "ok"
        if content(plan) == before:
            assert where != "gone"  # a run that finished wrote the whole year
        else:
            assert new_year(plan) == complete, where
