"""The styrmodell's levels as a table: name, plural, kind, tree, colour and where each may sit."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from ..models.enums import NodeKind, Tree
from .labels import enum_label

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class LevelRow:
    id: int
    name: str
    plural: str
    kind: str
    tree: str
    colour: str
    at_top: bool
    under: tuple[str, ...]  # names of the levels it may sit under


class LevelTableModel(QAbstractTableModel):
    NAME, PLURAL, KIND, TREE, UNDER = range(5)

    def __init__(self, read: Callable[[], list[LevelRow]], on_edit: Callable[[int, str, str], None] | None = None,
                 parent=None):
        super().__init__(parent)
        self._read, self.on_edit = read, on_edit
        self.rows: list[LevelRow] = list(read())
        self.headers = (self.tr("Level"), self.tr("Plural"), self.tr("Kind"), self.tr("Tree"), self.tr("May sit"))

    def sync(self) -> None:
        new = list(self._read())
        if [r.id for r in new] != [r.id for r in self.rows]:
            self.beginResetModel()
            self.rows = new
            self.endResetModel()
            return
        for i, (old, row) in enumerate(zip(self.rows, new, strict=True)):
            if old != row:
                self.rows[i] = row
                self.dataChanged.emit(self.index(i, 0), self.index(i, self.columnCount() - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 5

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == self.NAME:
                return row.name
            if column == self.PLURAL:
                return row.plural
            if column == self.KIND:
                return enum_label(NodeKind(row.kind))
            if column == self.TREE:
                return self.tr("Goals") if row.tree == Tree.GOALS else self.tr("Assignments")
            places = ([self.tr("at the top")] if row.at_top else []) + [
                self.tr("under %1").replace("%1", name.lower()) for name in row.under]
            return ", ".join(places)
        if role == Qt.ItemDataRole.DecorationRole and column == self.NAME:
            return QColor(row.colour)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() in (self.NAME, self.PLURAL):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or index.column() not in (self.NAME, self.PLURAL) or self.on_edit is None:
            return False
        row = self.rows[index.row()]
        field = "name" if index.column() == self.NAME else "plural"
        if str(value).strip() == getattr(row, field):
            return False
        self.on_edit(row.id, field, str(value))
        return True

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 5:
            return self.headers[section]
        return None
