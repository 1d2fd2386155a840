"""The organisation's units as a tree model: name, kind, manager. Renames and moves go to callbacks."""

from __future__ import annotations

import json
from collections.abc import Callable

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, Qt

from ..models.enums import UnitKind
from .id_tree_model import IdTreeModel, Index
from .labels import enum_label

MIME = "application/x-styrapp-unit-ids"


class UnitTreeModel(IdTreeModel):
    def __init__(self, read: Callable[[], list], *, on_rename: Callable[[int, str], None] | None = None,
                 on_move: Callable[[int, int | None, int], None] | None = None, parent=None):
        self.on_rename, self.on_move = on_rename, on_move
        super().__init__(read, parent)
        self.headers = (self.tr("Unit"), self.tr("Kind"), self.tr("Manager"))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.internalId()]  # an organisation.UnitRow
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return (row.name, enum_label(UnitKind(row.kind)), row.manager)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and row.mandate:
            return row.mandate
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
                 | Qt.ItemFlag.ItemIsDropEnabled)
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == 0 else flags

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or index.column() != 0 or self.on_rename is None:
            return False
        if str(value).strip() == self._rows[index.internalId()].name:
            return False
        self.on_rename(index.internalId(), str(value))
        return True

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME]

    def mimeData(self, indexes) -> QMimeData:  # noqa: N802
        ids = sorted({i.internalId() for i in indexes if i.isValid()})
        mime = QMimeData()
        mime.setData(MIME, QByteArray(json.dumps(ids).encode()))
        return mime

    def dropMimeData(self, data: QMimeData, action, row: int, column: int, parent: Index) -> bool:  # noqa: N802
        if not data.hasFormat(MIME) or self.on_move is None:
            return False
        for unit_id, parent_id, index in self.drop_moves(json.loads(bytes(data.data(MIME)).decode()), parent, row):
            self.on_move(unit_id, parent_id, index)
        return True
