"""Agenda 2030 at a glance: the 17 global goals as tiles in their official colours; the goals the plan
works towards are filled and carry how many goals, uppdrag and indicators point at them, the others
are pale outlines. A tile's tooltip names what is linked."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QToolTip, QWidget

if TYPE_CHECKING:
    from ..models.queries.agenda2030_coverage import SdgCoverage


class SdgStrip(QWidget):
    TILE, GAP = 46, 4

    def __init__(self, parent=None):
        super().__init__(parent)
        self.coverage: list[SdgCoverage] = []
        self.setMouseTracking(True)
        self.setMinimumHeight(self.TILE + 2)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(17 * (self.TILE + self.GAP), self.TILE + 2)

    def show_coverage(self, coverage: list[SdgCoverage]) -> None:
        self.coverage = coverage
        self.update()

    def _tile(self, i: int) -> QRectF:
        width = min(self.TILE, (self.width() - 16 * self.GAP) / 17)
        return QRectF(i * (width + self.GAP), 1, width, width)

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        for i, item in enumerate(self.coverage):
            rect = self._tile(i)
            colour = QColor(item.colour)
            if item.covered:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
                painter.drawRoundedRect(rect, 4, 4)
                painter.setPen(QColor("white"))
            else:
                painter.setBrush(QColor(colour.red(), colour.green(), colour.blue(), 30))
                painter.setPen(QPen(colour, 1.5, Qt.PenStyle.DashLine))
                painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 4, 4)
                painter.setPen(colour.darker(130))
            painter.drawText(rect.adjusted(0, 3, 0, 0), Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                             str(item.number))
            if item.covered:
                small = QFont(self.font())
                small.setPointSizeF(max(6.5, self.font().pointSizeF() - 2))
                painter.setFont(small)
                painter.drawText(rect.adjusted(0, 0, 0, -3), Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                                 str(len(item.nodes) + len(item.indicators)))
                painter.setFont(font)
        painter.end()

    def index_at(self, x: float, y: float) -> int | None:
        for i in range(len(self.coverage)):
            if self._tile(i).contains(x, y):
                return i
        return None

    def tooltip_for(self, i: int) -> str:
        item = self.coverage[i]
        text = f"<b>{item.number}. {escape(item.name)}</b>"
        if not item.covered:
            return text + "<br>" + escape(self.tr("Nothing in the plan is linked to this goal."))
        if item.nodes:
            text += "<br>" + escape(self.tr("Goals and assignments:")) + "<br>" + "<br>".join(f"• {escape(t)}" for t in item.nodes)
        if item.indicators:
            text += "<br>" + escape(self.tr("Indicators:")) + "<br>" + "<br>".join(f"• {escape(t)}" for t in item.indicators)
        return text

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        i = self.index_at(event.position().x(), event.position().y())
        if i is None:
            QToolTip.hideText()
        else:
            QToolTip.showText(event.globalPosition().toPoint(), self.tooltip_for(i), self)
