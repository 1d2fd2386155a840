"""Whole or nothing, and nothing left behind: a write that is killed outright leaves a temporary, and the
next write into that folder takes it away (issue 14, item 5: before, 6 of 20 killed reports left a
hidden `.~xxxxxxxx.pdf` beside the target for good)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

import pytest

from styrapp.atomic import STALE_AFTER, _machine, replacing, sweep


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_a_sweep_takes_only_temporaries_whose_writer_is_gone(tmp_path):
    here = _machine()
    old = time.time() - STALE_AFTER - 60
    names = {
        f".~styrapp-{here}-{_dead_pid()}-k3j9x2ab.pdf": True,  # this machine, the process is gone
        f".~styrapp-{here}-{os.getpid()}-abc123.xlsx": False,  # a write still at work (ours)
        ".~styrapp-annandator-999999-abc123.pdf": False,  # another machine on a shared folder: not asked
        ".~styrapp-gammaldator-999999-abc124.pdf": True,  # … unless it is over a day old
        ".~q8w7e6r5.pdf": False,  # the earlier naming, recent: perhaps a write going on
        ".~z1x2c3v4.pdf": True,  # the earlier naming, over a day old
        ".~lock.rapport.docx#": False,  # LibreOffice's, not ours
        "rapport.pdf": False,
        ".~styrapp-x.pdf": False,
    }
    for name in names:
        (tmp_path / name).write_bytes(b"%PDF-")
    for name in (".~styrapp-gammaldator-999999-abc124.pdf", ".~z1x2c3v4.pdf"):
        os.utime(tmp_path / name, (old, old))
    (tmp_path / f".~styrapp-{here}-{_dead_pid()}-folder").mkdir()  # not a file: left alone
    assert sorted(sweep(tmp_path)) == sorted(name for name, goes in names.items() if goes)
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == sorted(n for n, goes in names.items() if not goes)
    assert sweep(tmp_path / "finns-inte") == []


def test_a_write_sweeps_its_folder_first_and_keeps_its_own_temporary_until_done(tmp_path):
    stale = tmp_path / f".~styrapp-{_machine()}-{_dead_pid()}-zzzz.pdf"
    stale.write_bytes(b"%PDF-halv")
    with replacing(tmp_path / "rapport.pdf") as temporary:
        assert not stale.exists()
        assert temporary.name.startswith(f".~styrapp-{_machine()}-{os.getpid()}-")
        assert sweep(tmp_path) == []  # a sweep by someone else meanwhile leaves it
        temporary.write_bytes(b"%PDF-hel")
    assert [p.name for p in tmp_path.iterdir()] == ["rapport.pdf"]


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_killed_reports_leave_nothing_after_the_next_report(demo_path, tmp_path):
    out = tmp_path / "ut"
    out.mkdir()
    target = out / "arshjul.pdf"
    command = [sys.executable, "-m", "styrapp.cli", "report", "--kind", "arshjul", "-o", str(target),
               str(demo_path)]
    rng = random.Random(5)
    left = 0
    for _kill in range(10):
        child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        began = time.monotonic()
        mine = f"-{child.pid}-"  # its own temporary: the one before it was swept when it began to write
        while time.monotonic() - began < 30 and not any(mine in p.name for p in out.iterdir()):
            if child.poll() is not None:
                break
            time.sleep(0.01)
        time.sleep(rng.uniform(0.0, 0.3))  # somewhere in the writing
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        temporaries = [p.name for p in out.iterdir() if p.name.startswith(".~")]
        left += len(temporaries)
        assert len(temporaries) <= 1, temporaries  # each run swept the one before it left
    assert left > 0, left  # the kills did land while a temporary was there
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert [p.name for p in out.iterdir()] == [target.name]
    assert target.read_bytes().startswith(b"%PDF") and target.read_bytes().rstrip().endswith(b"%%EOF")
