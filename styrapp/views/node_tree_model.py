"""The goal tree and the uppdrag tree as one item model: columns, colours, editing and drag and drop.

The model reads through a function it is handed and asks for changes through callbacks
(`on_rename(id, title)`, `on_move(id, parent_id, index)`); it never writes itself. The owner runs
the edit (as an undo command) and calls `sync()`, which turns the result into precise signals.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from PySide6.QtCore import QByteArray, QCoreApplication, QMimeData, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from ..models.enums import NodeKind, Progress
from ..models.queries.tree_rows import INDICATOR_ROW, LINK_BASE, NodeRow, link_of
from .id_tree_model import IdTreeModel, Index
from .ink import ink, status_ink
from .labels import date_text, enum_label, status_text

MIME = "application/x-styrapp-node-ids"
# Indicators dragged from the Indikatorer table: {"ids": [indicator ids]}; dropped on a node, they are linked to it.
INDICATOR_MIME = "application/x-styrapp-indicator-ids"


_ICON: list = []


def _indicator_icon():
    """Three rising bars: an indicator row, told apart from a node's colour square at a glance."""
    if not _ICON:
        from PySide6.QtGui import QIcon, QPainter, QPixmap

        pixmap = QPixmap(14, 14)
        pixmap.fill(QColor(0, 0, 0, 0))
        painter = QPainter(pixmap)
        for i, height in enumerate((5, 8, 12)):
            painter.fillRect(1 + i * 4, 13 - height, 3, height, QColor("#546E7A"))
        painter.end()
        _ICON.append(QIcon(pixmap))
    return _ICON[0]


_ITALIC: list[QFont] = []


def _italic() -> QFont:
    if not _ITALIC:
        font = QFont()
        font.setItalic(True)
        _ITALIC.append(font)
    return _ITALIC[0]


class NodeTreeModel(IdTreeModel):
    """Columns: title, responsible unit, status, indicators (goals), progress (uppdrag, aktiviteter), due date."""

    TITLE, OWNER, STATUS, INDICATORS, PROGRESS, DUE = range(6)

    def __init__(self, tree: str, read: Callable[[], list[NodeRow]], *,
                 on_rename: Callable[[int, str], None] | None = None,
                 on_move: Callable[[int, int | None, int], None] | None = None,
                 on_moves: Callable[[list[tuple[int, int | None, int]]], None] | None = None, parent=None,
                 read_part: Callable | None = None,
                 on_link: Callable[[list[int], int], None] | None = None):
        self.tree = tree
        self.on_link = on_link  # (indicator ids, node id): indicators dropped on a node
        self.on_rename = on_rename
        self.on_move = on_move
        self.on_moves = on_moves
        super().__init__(read, parent, read_part=read_part)
        self.headers = (self.tr("Title"), self.tr("Responsible unit"), self.tr("Status"), self.tr("Indicators"),
                        self.tr("Progress"), self.tr("Due date"))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 6

    # Roles as plain ints: a view asks for a dozen roles of every visible cell on every paint, and
    # comparing with PySide's enum members costs more than the answer.
    _DISPLAY, _EDIT, _DECORATION, _FOREGROUND, _TOOLTIP, _ACCESSIBLE, _USER = (int(r) for r in (
        Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole,
        Qt.ItemDataRole.UserRole))
    _FONT = int(Qt.ItemDataRole.FontRole)  # uppdragsgivarens mål in italics: set in another plan
    _ASKED = frozenset((_DISPLAY, _EDIT, _DECORATION, _FOREGROUND, _TOOLTIP, _ACCESSIBLE, _USER, _FONT))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        role = int(role)
        if role not in self._ASKED or not index.isValid():
            return None
        row: NodeRow = self._rows[index.internalId()]
        column = index.column()
        if role == self._DISPLAY or role == self._EDIT:
            if column == self.TITLE:
                return row.title
            if column == self.OWNER:
                return row.owner or row.responsible  # an indicator row: its unit, as "%" or "antal"
            if column == self.STATUS:
                return status_text(row.status)
            if column == self.INDICATORS:
                return str(row.indicators) if row.indicators else ""
            if column == self.PROGRESS:
                return enum_label(Progress(row.progress)) if row.kind not in self._NO_PROGRESS else ""
            if column == self.DUE:
                return date_text(row.due)
            return None
        if role == self._DECORATION:
            if column != self.TITLE:
                return None
            return QColor(row.colour) if row.colour else _indicator_icon() if row.kind == INDICATOR_ROW else None
        if role == self._FOREGROUND:
            if row.kind == INDICATOR_ROW:
                return QColor(ink().indicator)
            return QColor(status_ink(row.status)) if column == self.STATUS and row.status is not None else None
        if role == self._FONT:
            return _italic() if row.source and column == self.TITLE else None
        if role == self._TOOLTIP:
            if column == self.TITLE and row.source:  # uppdragsgivarens mål: whose it is
                return f"{row.level_name}: {row.title}\n" + QCoreApplication.translate(
                    "NodeTreeModel", "The commissioner's goal, from %1").replace("%1", row.source)
            if column == self.TITLE:
                return f"{row.level_name}: {row.title}"
            if column == self.OWNER and row.responsible:
                return f"{row.owner} – {row.responsible}" if row.owner else row.responsible
            return None
        if role == self._ACCESSIBLE:
            return row.level_name if column == self.TITLE else None
        return row.id  # UserRole

    # Combined once: a view asks for flags row by row, and or-ing Python enum flags is slow.
    _ROW_FLAGS = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
                  | Qt.ItemFlag.ItemIsDropEnabled)
    _TITLE_FLAGS = _ROW_FLAGS | Qt.ItemFlag.ItemIsEditable

    _LINK_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
    _NO_PROGRESS = frozenset((NodeKind.GOAL, INDICATOR_ROW))

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        if index.internalId() >= LINK_BASE:  # an indicator under its goal: neither renamed, moved nor a parent
            return self._LINK_FLAGS
        if index.column() == self.TITLE and self._rows[index.internalId()].source:  # renamed at its source only
            return self._ROW_FLAGS
        return self._TITLE_FLAGS if index.column() == self.TITLE else self._ROW_FLAGS

    def is_indicator_row(self, ident: int | None) -> bool:
        return ident is not None and ident >= LINK_BASE

    def indicator_link(self, ident: int) -> tuple[int, int]:
        """(node id, indicator id) of an indicator row."""
        return link_of(ident)

    def node_children(self, ident: int | None) -> list[int]:
        """The nodes under `ident` in order, without its indicator rows."""
        return [i for i in self._kids.get(ident, ()) if i < LINK_BASE]

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or index.column() != self.TITLE or not index.isValid():
            return False
        row: NodeRow = self._rows[index.internalId()]
        if self.on_rename is None or str(value).strip() == row.title:
            return False
        self.on_rename(row.id, str(value))
        return True

    # --- drag and drop: the model only says what moved where; the owner runs the move -------------

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction | Qt.DropAction.LinkAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME, INDICATOR_MIME] if self.on_link is not None else [MIME]

    def mimeData(self, indexes) -> QMimeData:  # noqa: N802
        ids = []
        for index in indexes:
            if index.isValid() and index.internalId() not in ids:
                ids.append(index.internalId())
        mime = QMimeData()
        mime.setData(MIME, QByteArray(json.dumps({"tree": self.tree, "ids": ids}).encode()))
        mime.setText("\n".join(self._rows[i].title for i in ids))
        return mime

    def canDropMimeData(self, data: QMimeData, action, row: int, column: int, parent: Index) -> bool:  # noqa: N802
        if data.hasFormat(INDICATOR_MIME):  # linked to the node it is dropped on, not put between nodes
            return self.on_link is not None and parent.isValid() and row < 0 and parent.internalId() < LINK_BASE
        return action == Qt.DropAction.MoveAction and data.hasFormat(MIME)

    def dropMimeData(self, data: QMimeData, action, row: int, column: int, parent: Index) -> bool:  # noqa: N802
        if data.hasFormat(INDICATOR_MIME):
            if not self.canDropMimeData(data, action, row, column, parent):
                return False
            try:
                ids = [int(i) for i in json.loads(bytes(data.data(INDICATOR_MIME)).decode())["ids"]]
            except (ValueError, KeyError, TypeError):
                return False
            self.on_link(ids, parent.internalId())
            return True
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME) or self.on_move is None:
            return False
        payload = json.loads(bytes(data.data(MIME)).decode())
        if payload.get("tree") != self.tree:
            return False
        moves = self.drop_moves(payload["ids"], parent, row)
        if len(moves) == 1:
            self.on_move(*moves[0])
        elif moves and self.on_moves is not None:  # several nodes dropped: one edit, one undo step
            self.on_moves(moves)
        else:
            for node_id, parent_id, index in moves:
                self.on_move(node_id, parent_id, index)
        return True
