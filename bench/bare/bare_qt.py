"""The bare PySide6 program bench/bench_build.py measures the built styrapp against: the same Qt modules,
one window at styrapp's size, shown and painted; with STYRAPP_QUIT_WHEN_USABLE it says so and quits."""

import os
import sys

from PySide6 import QtNetwork, QtPdf, QtPdfWidgets, QtPrintSupport  # noqa: F401 - loaded as styrapp loads them
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel

app = QApplication(sys.argv[:1])
window = QLabel("bare PySide6")
window.resize(1366, 768)
window.show()


def usable() -> None:
    window.grab()
    print("bare: usable", flush=True)
    app.quit()


if os.environ.get("STYRAPP_QUIT_WHEN_USABLE"):
    QTimer.singleShot(0, usable)
sys.exit(app.exec())
