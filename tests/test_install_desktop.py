"""Linux desktop integration (issue 20, item 2): scripts/install-desktop.sh registers .styrplan as styrapp's
file type for the current user, without root, and takes it away again."""

from __future__ import annotations

import configparser
import os
import stat
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the freedesktop desktop files")


def _run(share: Path, *arguments: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "XDG_DATA_HOME": str(share), "HOME": str(share.parent)}
    return subprocess.run(["bash", str(ROOT / "scripts" / "install-desktop.sh"), *arguments], env=env,
                          capture_output=True, text=True, timeout=60)


def test_the_desktop_entry_and_the_file_type_in_resources():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(ROOT / "resources" / "linux" / "styrapp.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application" and desktop["Icon"] == "styrapp"
    assert desktop["Exec"] == "styrapp %f"  # one file at a time: styrapp opens one plan
    assert "application/x-styrplan;" in desktop["MimeType"]
    mime = ET.parse(ROOT / "resources" / "linux" / "styrapp-mime.xml").getroot()
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    kind = mime.find("m:mime-type", ns)
    assert kind.get("type") == "application/x-styrplan"
    assert kind.find("m:glob", ns).get("pattern") == "*.styrplan"


def test_install_for_the_current_user_and_remove_again(tmp_path):
    folder = tmp_path / "program with space"
    folder.mkdir()
    program = folder / "styrapp"
    program.write_text("#!/bin/sh\n")
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    share = tmp_path / "share"
    result = _run(share, str(program))
    assert result.returncode == 0, result.stderr
    entry = (share / "applications" / "styrapp.desktop").read_text(encoding="utf-8")
    assert f'Exec="{program}" %f' in entry.splitlines()
    assert (share / "mime" / "packages" / "styrapp.xml").is_file()
    for size in (16, 32, 48, 256):
        assert (share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "styrapp.png").is_file()
        assert (share / "icons" / "hicolor" / f"{size}x{size}" / "mimetypes" / "application-x-styrplan.png").is_file()
    globs = share / "mime" / "globs2"
    if globs.exists():  # update-mime-database is there: the shared MIME database knows the file type now
        assert "application/x-styrplan:*.styrplan" in globs.read_text()
    result = _run(share, "--remove")
    assert result.returncode == 0, result.stderr
    assert not (share / "applications" / "styrapp.desktop").exists()
    assert not (share / "mime" / "packages" / "styrapp.xml").exists()
    assert not list((share / "icons").rglob("*.png"))


def test_a_program_that_is_not_there_is_refused_and_nothing_is_installed(tmp_path):
    share = tmp_path / "share"
    result = _run(share, str(tmp_path / "nowhere" / "styrapp"))
    assert result.returncode == 1
    assert "is not a program" in result.stderr
    assert not share.exists()
