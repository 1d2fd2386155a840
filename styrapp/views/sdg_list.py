"""The 17 global goals as a checklist in their official colours, for linking a goal or an indicator."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from ..models.rules.agenda2030 import SDGS, sdg_name
from .fields import swatch


class SdgChecklist(QListWidget):
    edited = Signal(list)  # the numbers now ticked, after the user ticked or unticked one

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setMinimumHeight(150)
        self._filling = False
        for number, _name, colour in SDGS:  # in the window's language (set at start)
            item = QListWidgetItem(swatch(colour), f"{number}. {sdg_name(number)}")
            item.setData(Qt.ItemDataRole.UserRole, number)
            item.setToolTip(f"{number}. {sdg_name(number)}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.addItem(item)
        self.itemChanged.connect(lambda _item: None if self._filling else self.edited.emit(self.checked()))

    def checked(self) -> list[int]:
        return [self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())
                if self.item(i).checkState() == Qt.CheckState.Checked]

    def set_checked(self, numbers: list[int]) -> None:
        self._filling = True
        try:
            for i in range(self.count()):
                item = self.item(i)
                item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in numbers
                                   else Qt.CheckState.Unchecked)
        finally:
            self._filling = False
