"""Uppföljning's tree: every goal, uppdrag, åtgärd and aktivitet of a period under its målområde, with
the status written for it, what its indicators say, and its assessment. Read-only; the page writes."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from ..models.enums import Assessment
from .id_tree_model import IdTreeModel, Index
from .ink import ink
from .labels import enum_label, status_colour, status_text

if TYPE_CHECKING:  # the window loads before the database layer does
    from ..models.queries.follow_up_rows import FollowUpItem

DISAGREES = "⚠"


class FollowUpTreeModel(IdTreeModel):
    TITLE, LEVEL, STATUS, INDICATORS, ASSESSMENT = range(5)

    def __init__(self, read: Callable[[], list[FollowUpItem]], parent=None):
        super().__init__(read, parent)
        self.headers = (self.tr("Goal, assignment or activity"), self.tr("Level"), self.tr("Status"),
                        self.tr("Indicators"), self.tr("Assessment"))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 5

    def item(self, index: Index) -> FollowUpItem | None:
        return self._rows.get(index.internalId()) if index.isValid() else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        row = self.item(index)
        if row is None:
            return None
        column = index.column()
        if row.node_id is None:  # the group of uppdrag that serve no goal
            if role == Qt.ItemDataRole.DisplayRole and column == self.TITLE:
                return self.tr("Assignments serving no goal")
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.TITLE:
                return row.title
            if column == self.LEVEL:
                return row.level_name
            if column == self.STATUS:
                return status_text(row.status) if row.status else self.tr("not written")
            if column == self.INDICATORS:
                if row.indicators is None:
                    return ""
                return (DISAGREES + " " if row.disagrees else "") + status_text(row.indicators)
            if column == self.ASSESSMENT:
                return enum_label(Assessment(row.assessment)) if row.assessment else ""
        if role == Qt.ItemDataRole.DecorationRole:
            if column == self.STATUS and row.status:
                return QColor(status_colour(row.status))
            if column == self.INDICATORS and row.indicators:
                return QColor(status_colour(row.indicators))
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.TITLE:
                return row.title
            if column == self.INDICATORS and row.disagrees:
                return self.tr("The status written differs from what its indicators show.")
        if role == Qt.ItemDataRole.ForegroundRole:
            if not row.matches:  # shown only for what is beneath it
                return QColor(ink().dimmed)
            if column == self.INDICATORS and row.disagrees:
                return QColor(ink().refused)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
