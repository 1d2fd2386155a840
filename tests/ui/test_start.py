"""The window opens a plan and shows its overview; a bad file gives a message and keeps the plan."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from styrapp.models.errors import NotAPlan
from styrapp.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, monkeypatch):
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))


def test_window_shows_the_demo_overview(qtbot, demo_path):
    window = MainWindow()
    qtbot.addWidget(window)
    window.open_plan_file(demo_path)
    assert "Norra Västmanlands Kommunalteknikförbund" in window.overview.title.text()
    assert window.overview.count_labels["goals"].text() == "5"
    assert window.overview.findings.count() == 2
    assert QSettings().value("files/last") == str(demo_path)
    window.close()


def test_bad_file_keeps_the_open_plan(qtbot, demo_path, tmp_path):
    window = MainWindow()
    qtbot.addWidget(window)
    window.open_plan_file(demo_path)
    bad = tmp_path / "bad.styrplan"
    bad.write_text("nej")
    with pytest.raises(NotAPlan):
        window.open_plan_file(bad)
    assert window.plan is not None and window.plan.path == demo_path
    window.close()


def test_every_source_string_has_a_swedish_translation():
    ts = Path(__file__).resolve().parents[2] / "translations" / "styrapp_sv.ts"
    unfinished = [m.findtext("source") for m in ET.parse(ts).iter("message")
                  if m.find("translation").get("type") == "unfinished"]
    assert unfinished == []
