"""A second start of styrapp with a plan hands the plan to the styrapp already running (issue 20, item 2)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QDir
from PySide6.QtNetwork import QLocalServer

from styrapp.ui.single_instance import (
    NAME_VARIABLE,
    InstanceServer,
    bring_forward,
    hand_over,
    open_handed_plan,
    server_name,
)

from .conftest import open_window

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def running(qtbot, swedish, demo_path):
    """A styrapp window with the demo plan open, listening for later starts as the program does."""
    window = open_window(qtbot, demo_path)
    server = InstanceServer(window)
    server.received.connect(lambda path: open_handed_plan(window, path))
    server.woken.connect(lambda: bring_forward(window))
    assert server.listen()
    yield window, server
    server.close()
    window.close()


def _second_start(plan: Path, tmp_path: Path) -> subprocess.Popen:
    """`styrapp PLAN` started again, as a double-click on the file does, in a process of its own."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data")}
    return subprocess.Popen([sys.executable, "-m", "styrapp", str(plan)], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_the_server_name_is_per_person_and_a_test_can_name_its_own(monkeypatch):
    monkeypatch.delenv(NAME_VARIABLE)
    name = server_name()
    assert name.startswith("styrapp-") and len(name) == len("styrapp-") + 16
    monkeypatch.setenv(NAME_VARIABLE, "styrapp-test-x")
    assert server_name() == "styrapp-test-x"


def test_a_second_start_with_a_plan_hands_it_to_the_running_window_and_ends(running, demo_master, tmp_path, qtbot):
    window, _server = running
    other = tmp_path / "andra planen.styrplan"
    shutil.copy(demo_master, other)
    start = _second_start(other, tmp_path)
    qtbot.waitUntil(lambda: start.poll() is not None, timeout=60_000)
    out, err = start.communicate()
    assert start.returncode == 0, err
    assert "Traceback" not in err
    qtbot.waitUntil(lambda: window.document.plan.path == other.resolve(), timeout=10_000)
    assert window.document.plan.path.name == "andra planen.styrplan"
    assert not window.document.plan.read_only  # opened for editing, not refused as "already open"
    assert window.isVisible() and not window.isMinimized()


def test_the_plan_already_open_is_only_brought_forward(running, qtbot, monkeypatch):
    window, server = running
    opened = []
    monkeypatch.setattr(window, "open_plan_file", lambda path: opened.append(path))
    window.showMinimized()
    path = window.document.plan.path
    server.received.emit(path)
    assert opened == []  # not opened again (which would have found its own lock)
    assert not window.isMinimized()
    assert window.document.plan.path == path


def test_a_handed_file_that_is_no_plan_gets_a_message_and_the_open_plan_stays(running, tmp_path, qtbot, monkeypatch):
    window, _server = running
    before = window.document.plan.path
    said = []
    monkeypatch.setattr(window, "show_open_error", lambda path, exc: said.append((path, exc.message)))
    bad = tmp_path / "trasig.styrplan"
    bad.write_text("inte en plan")
    assert _hand_over_while_serving(qtbot, bad)
    qtbot.waitUntil(lambda: bool(said))
    assert said[0][0] == bad.resolve()
    assert window.document.plan.path == before
    assert bad.read_text() == "inte en plan"


def _hand_over_while_serving(qtbot, path: Path) -> bool:
    """hand_over from another process (as a second start does), while this one's event loop serves it."""
    code = ("import sys\nfrom pathlib import Path\nfrom PySide6.QtCore import QCoreApplication\n"
            "from styrapp.ui.single_instance import hand_over\napp = QCoreApplication([])\n"
            "sys.exit(0 if hand_over(Path(sys.argv[1])) else 3)\n")
    start = subprocess.Popen([sys.executable, "-c", code, str(path)], cwd=ROOT, stderr=subprocess.PIPE, text=True)
    qtbot.waitUntil(lambda: start.poll() is not None, timeout=30_000)
    assert "Traceback" not in start.communicate()[1]
    return start.returncode == 0


def test_with_nobody_listening_a_start_opens_the_plan_itself(qapp, tmp_path):
    started = time.perf_counter()
    assert not hand_over(tmp_path / "x.styrplan")
    assert time.perf_counter() - started < 1.0  # no waiting for a styrapp that is not there


def test_a_second_window_does_not_take_the_name_from_the_first(running, qapp):
    _window, server = running
    second = InstanceServer()
    assert not second.listen()  # the first one answers: it keeps the role
    assert server.server.isListening()


@pytest.mark.skipif(sys.platform == "win32", reason="a socket file left behind is how a crash looks on Linux and macOS")
def test_a_name_left_behind_by_a_styrapp_that_crashed_is_cleaned_away(qtbot, qapp, tmp_path):
    name = server_name()
    left = Path(QDir.tempPath()) / name
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(str(left))  # a socket file nobody listens on: its styrapp died without cleaning up
    stale.close()
    try:
        assert left.exists() and not hand_over(tmp_path / "x.styrplan")
        server = InstanceServer()
        got = []
        server.received.connect(got.append)
        assert server.listen()
        assert _hand_over_while_serving(qtbot, tmp_path / "x.styrplan")
        qtbot.waitUntil(lambda: bool(got))
        assert got == [(tmp_path / "x.styrplan").resolve()]
        server.close()
    finally:
        QLocalServer.removeServer(name)


def test_a_start_without_a_plan_brings_the_running_window_forward(running, qtbot, tmp_path):
    """A second `styrapp` with no file (from the menu, say) raises the running window instead of opening
    a second one on the same plan; the plan shown stays."""
    window, server = running
    window.showMinimized()
    shown = window.document.plan.path
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data")}
    with qtbot.waitSignal(server.woken, timeout=60_000):
        start = subprocess.Popen([sys.executable, "-m", "styrapp"], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True)
    try:
        qtbot.waitUntil(lambda: start.poll() is not None, timeout=60_000)
    finally:
        if start.poll() is None:
            start.kill()
    _out, err = start.communicate()
    assert start.returncode == 0, err
    assert not window.isMinimized()
    assert window.document.plan.path == shown
