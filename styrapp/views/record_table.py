"""A read-only table of records: each column is a header and a function from record to cell.

Records that carry a key (their `id`, or what `key` gives) are kept in step by it (`row_sync`):
`set_records` with the plan read again removes, inserts and re-draws only the rows whose records
changed, so the selection, the scroll position and the sort stay as they were; the view is reset only
the first time.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from .row_sync import can_sync, sync_rows

SORT_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Column:
    header: str
    text: Callable[[Any], str]
    colour: Callable[[Any], str | None] | None = None  # a swatch before the text
    align_right: bool = False
    tooltip: Callable[[Any], str] | None = None
    sort: Callable[[Any], Any] | None = None  # what the column sorts by (default: its text)
    foreground: Callable[[Any], str | None] | None = None
    accessible: Callable[[Any], str] | None = None  # what a screen reader says of the cell (default: its text)


def _id(record: Any) -> Hashable:
    return getattr(record, "id", None)


class RecordTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], parent=None, *, key: Callable[[Any], Hashable] = _id):
        super().__init__(parent)
        self.columns = list(columns)
        self.records: list[Any] = []
        self.key = key
        # (MIME type, records → bytes): rows may be dragged out (indicators onto a goal in the tree)
        self.drag: tuple[str, Callable[[list[Any]], bytes]] | None = None

    def set_records(self, records: Sequence[Any]) -> None:
        new = list(records)
        if can_sync(self.records, new, self.key):
            sync_rows(self, self.records, new, self.key)
            return
        self.beginResetModel()
        self.records = new
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        record, column = self.records[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(record)
        if role == Qt.ItemDataRole.DecorationRole and column.colour is not None:
            colour = column.colour(record)
            return QColor(colour) if colour else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(record)
        if role == SORT_ROLE:
            key = column.sort(record) if column.sort is not None else column.text(record)
            return float("-inf") if key is None else key
        if role == Qt.ItemDataRole.AccessibleTextRole and column.accessible is not None:
            return column.accessible(record)
        if role == Qt.ItemDataRole.ForegroundRole and column.foreground is not None:
            colour = column.foreground(record)
            return QColor(colour) if colour else None
        return None

    def record(self, row: int) -> Any:
        return self.records[row]

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.columns):
            return self.columns[section].header
        return None

    def flags(self, index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsDragEnabled if self.drag is not None and index.isValid() else flags

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [self.drag[0]] if self.drag is not None else super().mimeTypes()

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.CopyAction | Qt.DropAction.LinkAction

    def mimeData(self, indexes):  # noqa: N802
        from PySide6.QtCore import QByteArray, QMimeData

        if self.drag is None:
            return super().mimeData(indexes)
        rows = sorted({index.row() for index in indexes if index.isValid()})
        records = [self.records[row] for row in rows]
        mime = QMimeData()
        mime.setData(self.drag[0], QByteArray(self.drag[1](records)))
        mime.setText("\n".join(str(getattr(r, "name", "")) for r in records))
        return mime
