"""Killed at any moment while editing, a plan opens again whole, with every edit that was reported
done. A child process edits through the services (as the window does, each edit one recording) and
prints a line per committed edit; it is killed with SIGKILL after a random short delay, a hundred
times, and each time the plan is opened, checked by SQLite, and searched for every reported edit."""

from __future__ import annotations

import os
import queue
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
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

    def say(line):
        # One write of a whole line: a child killed in the middle of a print (unbuffered output
        # writes its pieces one by one) must not leave half a line for the next one to run into.
        os.write(1, (line + "\\n").encode())

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
            say(f"done {title}")

    warm = False
    for line in sys.stdin:
        _run, path, tag = line.split()
        if not warm:
            warm_up(path)
            warm = True
        sys.stdout.flush()
        go_read, go_write = os.pipe()
        pid = os.fork()
        if pid == 0:
            try:
                os.close(go_write)
                os.read(go_read, 1)  # starts only once "pid" is out, so no "done" comes before it
                edit(path, tag)
            finally:
                os._exit(0)
        os.close(go_read)
        say(f"pid {pid}")
        os.write(go_write, b"g")
        os.close(go_write)
        _, status = os.waitpid(pid, 0)
        say(f"exit {status}")
    """
)


WAIT = 120  # seconds for any one line: a run that stalls fails, named, instead of holding CI


class Lines:
    """The zygote's output read by a thread, so that every wait has a deadline."""

    def __init__(self, stream):
        self.queue: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, args=(stream,), daemon=True).start()

    def _read(self, stream) -> None:
        for line in stream:
            self.queue.put(line)
        self.queue.put("")

    def next(self, what: str) -> list[str]:
        try:
            words = self.queue.get(timeout=WAIT).split()
        except queue.Empty:
            pytest.fail(f"no line from the editing process within {WAIT} s while waiting for {what}")
        assert words, f"the editing process ended while waiting for {what}"
        return words


def test_a_hundred_kills_lose_no_reported_edit(demo_path):
    rng = random.Random(14)
    zygote = subprocess.Popen([sys.executable, "-c", ZYGOTE], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              text=True, bufsize=1, start_new_session=True)
    lines = Lines(zygote.stdout)
    reported: list[str] = []
    journals = 0
    started = time.monotonic()
    try:
        for run in range(100):
            zygote.stdin.write(f"run {demo_path} k{run}\n")
            zygote.stdin.flush()
            words = lines.next("a child")
            assert words[0] == "pid", words
            time.sleep(rng.uniform(0.0, 0.3))
            os.kill(int(words[1]), signal.SIGKILL)
            while True:
                words = lines.next("the child's end")
                if words[0] == "exit":
                    break
                assert words[0] == "done" and len(words) == 2, words
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
        try:
            os.killpg(zygote.pid, signal.SIGKILL)  # the zygote and any child still editing
        except ProcessLookupError:
            pass
        zygote.wait(timeout=30)
        zygote.stdin.close()
    print(f"{len(reported)} edits reported over 100 kills, {journals} left a hot journal, "
          f"{time.monotonic() - started:.1f} s")
    assert len(reported) >= 50  # the children got to edit, not only to start
