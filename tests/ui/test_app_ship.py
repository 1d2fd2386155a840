"""The start as the built program needs it (issue 20): the window's icon, Qt's own Swedish, the bench's
"quit once usable" and the version."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox

ROOT = Path(__file__).resolve().parents[2]


def test_every_window_gets_the_arshjul_icon(qapp):
    from styrapp.ui.app import install_icon

    install_icon(qapp)
    icon = qapp.windowIcon()
    assert not icon.isNull()
    sizes = {size.width() for size in icon.availableSizes()}
    assert {16, 32, 48, 256} <= sizes
    picture = icon.pixmap(32, 32).toImage()
    assert picture.pixelColor(16, 1).alpha() > 0  # the ring's rim is drawn, not an empty picture


def test_qt_own_texts_are_swedish(qapp):
    from styrapp.ui.app import install_translations

    install_translations(qapp, "sv")
    try:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Avbryt"
    finally:
        install_translations(qapp, "sv")


def test_the_start_says_when_the_plan_is_usable_and_quits(demo_path, tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data"),
           "STYRAPP_QUIT_WHEN_USABLE": "1"}
    result = subprocess.run([sys.executable, "-m", "styrapp", str(demo_path)], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "styrapp: usable, plan demo.styrplan"


def test_the_nulageskoll_gauge_is_measured_when_its_page_shows_not_as_the_plan_opens(window, qtbot):
    page = window.pages["review"]
    assert window.current_page() is not page
    assert page._gauge_waits and page.gauge.format() == "%p%"  # Qt's own: nothing measured while the plan opened
    window.show_page("review")
    assert not page._gauge_waits
    assert page.gauge.value() == min(100, round(page.fit().used * 100)) and "%" in page.gauge.format()
