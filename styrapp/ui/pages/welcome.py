"""Shown when no plan is open: start a new plan, open one, a recent one, or the demo plan."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from ..actions import ActionRegistry


class WelcomePage(QWidget):
    open_recent = Signal(object)  # Path
    open_demo = Signal()

    def __init__(self, actions: ActionRegistry, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 40)
        none_open = self.tr("No plan is open.")
        title = QLabel(f"<h1>styrapp</h1><p>{none_open}</p>")
        layout.addWidget(title)
        buttons = QHBoxLayout()
        for key in ("file.new", "file.open"):
            button = QPushButton(actions[key].icon(), actions[key].text().replace("&", ""))
            button.clicked.connect(actions[key].trigger)
            buttons.addWidget(button)
        demo = QPushButton(self.tr("Open the demo plan"))
        demo.clicked.connect(self.open_demo)
        buttons.addWidget(demo)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        recent = self.tr("Recent plans")
        layout.addWidget(QLabel(f"<b>{recent}</b>"))
        self.recent = QListWidget()
        self.recent.itemActivated.connect(lambda item: self.open_recent.emit(item.data(Qt.ItemDataRole.UserRole)))
        layout.addWidget(self.recent, 1)

    def show_recent(self, paths: list[Path]) -> None:
        self.recent.clear()
        for path in paths:
            item = QListWidgetItem(f"{path.name}   —   {path.parent}")
            item.setData(Qt.ItemDataRole.UserRole, path)
            self.recent.addItem(item)
