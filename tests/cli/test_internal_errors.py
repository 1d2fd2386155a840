"""An error nobody expected: one line and the log's path on stderr, exit 3, the traceback in the log;
in the window a dialog that says the same and can copy the details."""

from __future__ import annotations

import subprocess
import sys

from styrapp.cli import main


def test_an_internal_error_is_one_line_exit_3_and_the_traceback_is_in_the_log(demo_path, tmp_path, monkeypatch,
                                                                               capsys):
    from styrapp.cli import plan_commands

    monkeypatch.setenv("STYRAPP_LOG_DIR", str(tmp_path / "logs"))

    def broken(_args):
        raise RuntimeError("a bug in styrapp")

    monkeypatch.setattr(plan_commands, "run_info", broken)
    before = demo_path.read_bytes()
    assert main(["info", str(demo_path)]) == 3
    err = capsys.readouterr().err.strip().splitlines()
    log = tmp_path / "logs" / "styrapp-cli.log"
    assert err == [f"styrapp-cli: ett internt fel inträffade; detaljerna finns i {log}"]
    text = log.read_text(encoding="utf-8")
    assert "Traceback" in text and "RuntimeError: a bug in styrapp" in text
    assert demo_path.read_bytes() == before
    assert main(["--language", "en", "info", str(demo_path)]) == 3
    assert "an internal error happened; the details are in" in capsys.readouterr().err


def test_the_window_shows_an_unexpected_error_and_goes_on(tmp_path, demo_path):
    """A slot that raises: logged, a dialog over the window, the program still running, the plan as it was."""
    before = demo_path.read_bytes()
    code = (
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication, QMessageBox\n"
        "qapp = QApplication([])\n"
        "from styrapp.ui import app\n"
        "def broken():\n"
        "    raise RuntimeError('a bug in a slot')\n"
        "def look():\n"
        "    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]\n"
        "    box = boxes[0]\n"
        "    copy = next(b for b in box.buttons() if b.text() == 'Kopiera detaljer')\n"
        "    copy.click()\n"
        "    print('TEXT', box.text().replace(chr(10), ' '), flush=True)\n"
        "    print('COPIED', 'a bug in a slot' in QApplication.clipboard().text(), box.isVisible(), flush=True)\n"
        "    QApplication.clipboard().clear()\n"
        "    QApplication.quit()\n"
        "QTimer.singleShot(400, broken)\n"
        "QTimer.singleShot(900, look)\n"
        f"sys.exit(app.main([{str(demo_path)!r}]))\n"
    )
    env = {"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data"),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "PATH": "/usr/bin:/bin",
           "STYRAPP_LOG_DIR": str(tmp_path / "logs")}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    log = tmp_path / "logs" / "styrapp.log"
    assert "Något oväntat gick fel (RuntimeError: a bug in a slot)" in result.stdout
    assert "inget halvgjort har sparats" in result.stdout and str(log) in result.stdout
    assert "COPIED True True" in result.stdout  # copied, and the box stays open
    assert "RuntimeError: a bug in a slot" in log.read_text(encoding="utf-8")
    assert demo_path.read_bytes() == before
