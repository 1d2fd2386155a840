"""The risk matrix as a widget: likelihood up, consequence across (1–4 each, the seeds' scale). Each cell
has its band's colour and its risk value written in it (never colour alone), and the risks that sit
there as numbered chips. A person drags a chip to another cell to change the risk's likelihood and
consequence (or, with the keyboard, moves the selected risk with Ctrl and the arrow keys); the widget
only says so (`risk_moved`) — the page turns that into an undoable command."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ..models.rules.risk import BAND_COLOUR, BAND_WORDS, SCALE, band, risk_value
from ..wording import tr as word
from ..wording import use_language
from .labels import swedish_ui

AXIS = 46  # room for the likelihood axis on the left and the consequence axis below
CHIP_HEIGHT = 20
CELL_INK, BAND_WORD = "#1F2933", "#3A4654"  # the words in the cells, on every band colour at least 4.5:1


@dataclass(frozen=True)
class MatrixRisk:
    id: int
    number: int
    title: str
    likelihood: int
    consequence: int
    chosen: bool = False


class RiskMatrix(QWidget):
    risk_selected = Signal(int)  # a click on a risk's chip
    risk_moved = Signal(int, int, int)  # risk id, likelihood, consequence: a chip dropped in another cell

    def __init__(self, parent=None):
        super().__init__(parent)
        self.risks: list[MatrixRisk] = []
        self.selected: int | None = None
        self._dragging: int | None = None
        self._hover: tuple[int, int] | None = None
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(360, 250)
        self.setAccessibleName(self.tr("Risk matrix"))

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(640, 360)

    def set_risks(self, risks: list[MatrixRisk], selected: int | None = None) -> None:
        self.risks = list(risks)
        self.selected = selected
        self.update()

    def select(self, risk_id: int | None) -> None:
        self.selected = risk_id
        self.update()

    # --- geometry: painting and the mouse use the same rectangles --------------------------------------

    def _grid(self) -> QRectF:
        return QRectF(AXIS, 6, max(40, self.width() - AXIS - 6), max(40, self.height() - AXIS - 6))

    def cell_rect(self, likelihood: int, consequence: int) -> QRectF:
        grid = self._grid()
        w, h = grid.width() / 4, grid.height() / 4
        return QRectF(grid.left() + (consequence - 1) * w, grid.top() + (4 - likelihood) * h, w, h)

    def cell_at(self, point: QPointF) -> tuple[int, int] | None:
        grid = self._grid()
        if not grid.contains(point):
            return None
        consequence = min(4, int((point.x() - grid.left()) / (grid.width() / 4)) + 1)
        likelihood = 4 - min(3, int((point.y() - grid.top()) / (grid.height() / 4)))
        return likelihood, consequence

    def _chips(self) -> list[tuple[MatrixRisk | None, QRectF, list[MatrixRisk]]]:
        """(risk, rectangle, []) per chip; a cell too small for all its risks ends with a chip (risk None)
        that carries the numbers of the rest, so every risk's number stays in its cell."""
        out = []
        by_cell: dict[tuple[int, int], list[MatrixRisk]] = {}
        for risk in sorted(self.risks, key=lambda r: r.number):
            by_cell.setdefault((risk.likelihood, risk.consequence), []).append(risk)
        for (likelihood, consequence), risks in by_cell.items():
            cell = self.cell_rect(likelihood, consequence)
            top = cell.top() + 22
            room = max(1, int((cell.bottom() - 3 - top) // (CHIP_HEIGHT + 2)))
            shown = risks if len(risks) <= room else risks[: room - 1]
            for n, risk in enumerate(shown):
                out.append((risk, QRectF(cell.left() + 4, top + n * (CHIP_HEIGHT + 2), cell.width() - 8, CHIP_HEIGHT), []))
            if len(shown) < len(risks):
                n = len(shown)
                out.append((None, QRectF(cell.left() + 4, top + n * (CHIP_HEIGHT + 2), cell.width() - 8, CHIP_HEIGHT),
                            risks[n:]))
        return out

    def chip_rect(self, risk_id: int) -> QRectF | None:
        """Where a risk's chip is drawn (None: not shown, its cell is full)."""
        return next((rect for risk, rect, _ in self._chips() if risk is not None and risk.id == risk_id), None)

    def _risk_at(self, point: QPointF) -> MatrixRisk | None:
        return next((risk for risk, rect, _ in self._chips() if risk is not None and rect.contains(point)), None)

    def _rest_at(self, point: QPointF) -> list[MatrixRisk]:
        return next((rest for risk, rect, rest in self._chips() if risk is None and rect.contains(point)), [])

    # --- painting -------------------------------------------------------------------------------------------

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        ink = QColor(CELL_INK)
        muted = QColor(BAND_WORD)  # the band's word, lighter than the value yet 4.5:1 on every band
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() * 0.85))
        bold = QFont(self.font())
        bold.setBold(True)
        with use_language("sv" if swedish_ui() else "en"):
            bands = {n: word(text) for n, text in BAND_WORDS.items()}
        for likelihood in SCALE:
            for consequence in SCALE:
                rect = self.cell_rect(likelihood, consequence)
                value = risk_value(likelihood, consequence)
                painter.fillRect(rect, QColor(BAND_COLOUR[band(value)]))
                pen = QPen(QColor("white"), 2)
                if self._dragging is not None and self._hover == (likelihood, consequence):
                    pen = QPen(palette.highlight().color(), 3)
                painter.setPen(pen)
                painter.drawRect(rect.adjusted(1, 1, -1, -1))
                painter.setPen(ink)
                painter.setFont(bold)
                painter.drawText(rect.adjusted(6, 3, -6, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, str(value))
                painter.setFont(small)
                painter.setPen(muted)
                painter.drawText(rect.adjusted(6, 4, -6, 0), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                                 bands[band(value)])
        painter.setFont(self.font())
        metrics = QFontMetrics(self.font())
        for risk, rect, rest in self._chips():
            if risk is None:  # the numbers of the risks the cell has no room for
                painter.setPen(ink)
                painter.setFont(bold)
                numbers = metrics.elidedText(", ".join(str(r.number) for r in rest), Qt.TextElideMode.ElideRight,
                                             int(rect.width() - 8))
                painter.drawText(rect.adjusted(4, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, numbers)
                painter.setFont(self.font())
                continue
            selected = risk.id == self.selected
            painter.setBrush(palette.highlight().color() if selected else QColor(255, 255, 255, 215))
            painter.setPen(QPen(ink if risk.chosen else QColor("#9AA5B1"), 1.6 if risk.chosen else 1))
            painter.drawRoundedRect(rect, 4, 4)
            painter.setPen(palette.highlightedText().color() if selected else ink)
            painter.setFont(bold)
            number = f"{risk.number}"
            painter.drawText(rect.adjusted(5, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, number)
            painter.setFont(self.font())
            left = 5 + QFontMetrics(bold).horizontalAdvance(number) + 5
            title = metrics.elidedText(risk.title, Qt.TextElideMode.ElideRight, int(rect.width() - left - 4))
            painter.drawText(rect.adjusted(left, 0, -4, 0), Qt.AlignmentFlag.AlignVCenter, title)
        # the axes: numbers and names, so the matrix reads without its colours (on the window's own colour)
        painter.setPen(palette.windowText().color())
        grid = self._grid()
        for n in SCALE:
            row = self.cell_rect(n, 1)
            painter.drawText(QRectF(AXIS - 20, row.top(), 16, row.height()), Qt.AlignmentFlag.AlignCenter, str(n))
            column = self.cell_rect(1, n)
            painter.drawText(QRectF(column.left(), grid.bottom() + 2, column.width(), 16), Qt.AlignmentFlag.AlignCenter,
                             str(n))
        painter.setFont(bold)
        painter.drawText(QRectF(grid.left(), grid.bottom() + 18, grid.width(), 18), Qt.AlignmentFlag.AlignCenter,
                         self.tr("Consequence →"))
        painter.save()
        painter.translate(14, grid.center().y())
        painter.rotate(-90)
        painter.drawText(QRectF(-grid.height() / 2, -9, grid.height(), 18), Qt.AlignmentFlag.AlignCenter,
                         self.tr("Likelihood →"))
        painter.restore()
        painter.end()

    # --- gestures -------------------------------------------------------------------------------------------

    def mousePressEvent(self, event) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        risk = self._risk_at(event.position())
        if risk is not None:
            self._dragging = risk.id
            self.selected = risk.id
            self.risk_selected.emit(risk.id)
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
            self.update()

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        if self._dragging is not None:
            self._hover = self.cell_at(event.position())
            self.update()
        else:
            risk = self._risk_at(event.position())
            self.setCursor(Qt.CursorShape.OpenHandCursor if risk is not None else Qt.CursorShape.ArrowCursor)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        risk_id, self._dragging, self._hover = self._dragging, None, None
        self.setCursor(Qt.CursorShape.ArrowCursor)
        self.update()
        if risk_id is None or event.button() != Qt.MouseButton.LeftButton:
            return
        cell = self.cell_at(event.position())
        risk = next((r for r in self.risks if r.id == risk_id), None)
        if cell is not None and risk is not None and cell != (risk.likelihood, risk.consequence):
            self.risk_moved.emit(risk_id, *cell)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        """Ctrl + an arrow moves the selected risk one cell: up and down its likelihood, left and right
        its consequence."""
        risk = next((r for r in self.risks if r.id == self.selected), None)
        steps = {Qt.Key.Key_Up: (1, 0), Qt.Key.Key_Down: (-1, 0), Qt.Key.Key_Right: (0, 1), Qt.Key.Key_Left: (0, -1)}
        if risk is None or event.key() not in steps or not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            return super().keyPressEvent(event)
        dl, dc = steps[event.key()]
        likelihood, consequence = risk.likelihood + dl, risk.consequence + dc
        if likelihood in SCALE and consequence in SCALE:
            self.risk_moved.emit(risk.id, likelihood, consequence)

    def event(self, event) -> bool:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.ToolTip:
            risk = self._risk_at(event.position() if hasattr(event, "position") else QPointF(event.pos()))
            if risk is not None:
                text = f"{risk.number}. {risk.title}\n" + self.tr("Likelihood %1 × consequence %2 = risk value %3").replace(
                    "%1", str(risk.likelihood)).replace("%2", str(risk.consequence)).replace(
                    "%3", str(risk_value(risk.likelihood, risk.consequence)))
                if risk.chosen:
                    text += "\n" + self.tr("In the internal control plan")
                QToolTip.showText(event.globalPos(), text, self)
            elif rest := self._rest_at(event.position() if hasattr(event, "position") else QPointF(event.pos())):
                QToolTip.showText(event.globalPos(), "\n".join(f"{r.number}. {r.title}" for r in rest), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
