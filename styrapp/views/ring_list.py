"""The årshjul's rings as a list, outermost first: tick to show or hide, F2 or double click to rename,
buttons to add, recolour, move in or out and delete. It only says what the user asked for; the page
makes the edits."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from ..models.queries.wheel_rows import RingRow
from .fields import swatch

ID_ROLE = Qt.ItemDataRole.UserRole


class RingList(QWidget):
    add_requested = Signal()
    renamed = Signal(int, str)
    visibility_changed = Signal(int, bool)
    colour_requested = Signal(int)
    move_requested = Signal(int, int)  # ring id, new position
    delete_requested = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rings: list[RingRow] = []
        self._filling = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Rings"))
        self.list.setEditTriggers(QListWidget.EditTrigger.DoubleClicked | QListWidget.EditTrigger.EditKeyPressed)
        layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.add = QPushButton(self.tr("New ring"))
        self.add.setToolTip(self.tr("Add a ring to the wheel for a kind of event"))
        self.colour = QPushButton(self.tr("Colour…"))
        self.colour.setToolTip(self.tr("Change the selected ring's colour"))
        self.up = QPushButton(self.tr("Outwards"))
        self.up.setToolTip(self.tr("Move the selected ring outwards"))
        self.down = QPushButton(self.tr("Inwards"))
        self.down.setToolTip(self.tr("Move the selected ring inwards"))
        self.delete = QPushButton(self.tr("Delete"))
        self.delete.setToolTip(self.tr("Delete the selected ring and its events"))
        for button in (self.add, self.colour, self.up, self.down, self.delete):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.add.clicked.connect(self.add_requested)
        self.colour.clicked.connect(lambda: self._with_current(self.colour_requested.emit))
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(1))
        self.delete.clicked.connect(lambda: self._with_current(self.delete_requested.emit))
        self.list.itemChanged.connect(self._item_changed)
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self._update_buttons()

    def show_rings(self, rings: list[RingRow]) -> None:
        """Show `rings`: the same rings in the same order are redrawn in place, only those that changed
        (an event's edit leaves the list as it is); other rings or another order fill the list anew."""
        rings = list(rings)
        same_rings = [r.id for r in rings] == [r.id for r in self.rings] and self.list.count() == len(rings)
        self._filling = True
        try:
            if same_rings:
                for row, (old, ring) in enumerate(zip(self.rings, rings, strict=True)):
                    if old != ring:
                        self._fill(self.list.item(row), ring)
            else:
                current = self.current_id()
                self.list.clear()
                for ring in rings:
                    item = QListWidgetItem()
                    item.setData(ID_ROLE, ring.id)
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setToolTip(self.tr("Ticked: shown in the wheel. Double-click to rename."))
                    self._fill(item, ring)
                    self.list.addItem(item)
                    if ring.id == current:
                        self.list.setCurrentItem(item)
            self.rings = rings
        finally:
            self._filling = False
        self._update_buttons()

    @staticmethod
    def _fill(item: QListWidgetItem, ring: RingRow) -> None:
        item.setIcon(swatch(ring.colour))
        item.setText(ring.name)
        item.setCheckState(Qt.CheckState.Checked if ring.visible else Qt.CheckState.Unchecked)

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def select(self, ring_id: int) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == ring_id:
                self.list.setCurrentRow(row)

    def _with_current(self, call) -> None:
        ring_id = self.current_id()
        if ring_id is not None:
            call(ring_id)

    def _move(self, step: int) -> None:
        row = self.list.currentRow()
        if row >= 0 and 0 <= row + step < self.list.count():
            self.move_requested.emit(self.current_id(), row + step)

    def _item_changed(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        ring = next((r for r in self.rings if r.id == item.data(ID_ROLE)), None)
        if ring is None:
            return
        visible = item.checkState() == Qt.CheckState.Checked
        if visible != ring.visible:
            self.visibility_changed.emit(ring.id, visible)
        elif item.text() != ring.name:
            self.renamed.emit(ring.id, item.text())

    def _update_buttons(self) -> None:
        row = self.list.currentRow()
        for button in (self.colour, self.delete):
            button.setEnabled(row >= 0)
        self.up.setEnabled(row > 0)
        self.down.setEnabled(0 <= row < self.list.count() - 1)
