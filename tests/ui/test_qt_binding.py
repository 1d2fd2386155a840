"""The installed Qt binding itself: a version that loses references to None aborts the program after
a few thousand calls (PySide6 6.12.0 on Python 3.11 does), so it must never be the one installed."""

from __future__ import annotations

import sys

from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QLabel


def test_calls_that_return_nothing_keep_none_alive(qapp):
    label = QLabel()
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    colour = QColor("#00587A")
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
        painter.setPen(colour)
    after = sys.getrefcount(None)
    painter.end()
    assert after > before - 500, "this PySide6 loses a reference to None per call; see pyproject.toml"


def test_our_qtpdf_is_there_for_the_report_preview():
    from PySide6 import QtPdf  # noqa: F401 - an add-on module the Rapporter page needs
