"""Killed at any moment while editing, a plan opens again whole, with every edit that was reported
done. A child process edits through the services (as the window does, each edit one recording) and
prints a line per committed edit; it is killed with SIGKILL after a random short delay, a hundred
times, and each time the plan is opened, checked by SQLite, and searched for every reported edit."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time

import pytest

from styrapp.models.file import sqlite as plan_sqlite
from styrapp.models.file.plan_file import open_plan

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the editing children are forked")

# Imports once, then forks a child per run, so that a run costs milliseconds, not an interpreter's start.
# "run PLAN TAG" → "pid N", the child's "done TITLE" lines, then "exit STATUS" once it is gone.
ZYGOTE = textwrap.dedent(
    """
    import os, shutil, sys
    from styrapp.models.file.plan_file import open_plan
    from styrapp.models.services import nodes

    def warm_up(path):
        # What the first open and edit of a process compute (schemas, SQL, mappers), done once here on a
        # scratch copy, so that a child edits at once; every connection is closed again before a fork.
        scratch = path + ".warm"
        shutil.copyfile(path, scratch)
        plan = open_plan(scratch)
        with plan.recording():
            nodes.rename_node(plan, nodes.duplicate_node(plan, 6, 1), "warm")
        plan.close()
        os.unlink(scratch)

    def edit(path, tag):
        plan = open_plan(path)
        for number in range(10_000):
            title = f"{tag}-{number}"
            with plan.recording():
                if number % 2:
                    nodes.create_node(plan, level_id=1, title=title)
                else:  # two services in one edit: a copy of an activity, renamed
                    copy = nodes.duplicate_node(plan, 6, 1)
                    nodes.rename_node(plan, copy, title)
            print("done", title, flush=True)

    warm = False
    for line in sys.stdin:
        _run, path, tag = line.split()
        if not warm:
            warm_up(path)
            warm = True
        sys.stdout.flush()
        pid = os.fork()
        if pid == 0:
            try:
                edit(path, tag)
            finally:
                os._exit(0)
        print("pid", pid, flush=True)
        _, status = os.waitpid(pid, 0)
        print("exit", status, flush=True)
    """
)


def test_a_hundred_kills_lose_no_reported_edit(demo_path):
    rng = random.Random(14)
    zygote = subprocess.Popen([sys.executable, "-c", ZYGOTE], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              text=True, bufsize=1)
    reported: list[str] = []
    journals = 0
    started = time.monotonic()
    try:
        for run in range(100):
            zygote.stdin.write(f"run {demo_path} k{run}\n")
            zygote.stdin.flush()
            words = zygote.stdout.readline().split()
            assert words[0] == "pid", words
            time.sleep(rng.uniform(0.0, 0.3))
            os.kill(int(words[1]), signal.SIGKILL)
            while True:
                words = zygote.stdout.readline().split()
                if words[0] == "exit":
                    break
                assert words[0] == "done", words
                reported.append(words[1])
            journals += plan_sqlite.hot_journal(demo_path) is not None
            with open_plan(demo_path) as plan:  # recovers a hot journal, checks every page, link and value
                assert "skadad" not in plan.notice
            con = sqlite3.connect(demo_path)
            try:
                assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
                titles = {row[0] for row in con.execute("SELECT title FROM node")}
            finally:
                con.close()
            missing = [title for title in reported if title not in titles]
            assert not missing, f"run {run}: reported done but not in the plan: {missing[:5]}"
    finally:
        zygote.stdin.close()
        zygote.wait(timeout=30)
        zygote.stdout.close()
    print(f"{len(reported)} edits reported over 100 kills, {journals} left a hot journal, "
          f"{time.monotonic() - started:.1f} s")
    assert len(reported) >= 50  # the children got to edit, not only to start
