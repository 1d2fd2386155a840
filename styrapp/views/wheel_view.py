"""The årshjul, painted: the scene from `models/wheel_scene.py` drawn with QPainter, and the gestures
that edit it.

- Hover shows an event's details; a click selects it (`event_selected`).
- Dragging an event moves it in time; dragging either end of an arc changes its length. While the
  mouse moves only the picture changes (the rest of the wheel is a cached picture; the dragged event
  is drawn over it in its lane); on release `event_moved` carries the new dates, the page makes that
  one undoable edit, and the wheel is laid out anew (lanes, labels).
- A double click on empty space in a ring asks for a new event there (`create_requested` with the ring
  and the date under the mouse).
"""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QStaticText,
    QTransform,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ..models.queries.wheel_rows import WheelData
from ..models.wheel.geometry import point, polar
from ..models.wheel.scene import Scene, SceneOptions, Wedge, build_scene, date_range


class WheelView(QWidget):
    event_selected = Signal(object)  # an event id, or None
    event_moved = Signal(int, object, object)  # id, new start, new end
    create_requested = Signal(int, object)  # ring id, date
    event_activated = Signal(int)  # double click on an event
    numbers_changed = Signal()  # events without room for their name got other numbers (see `number_of`)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.data: WheelData | None = None
        self.today: date | None = date.today()
        self.selected: int | None = None
        self.scene: Scene | None = None
        self._fonts: dict[tuple[float, bool], QFont] = {}
        self._metrics: dict[tuple[float, bool], QFontMetricsF] = {}
        self._paths: list[tuple[QPainterPath, QBrush, QPen, int | None]] = []
        self._lines: list = []
        self._dots: list = []
        self._texts: list = []
        self._today_pen = QPen(QColor("#C62828"), 1.6)
        self._selected_pen = QPen(QColor("#111111"), 2.4)
        self._no_brush = QBrush(Qt.BrushStyle.NoBrush)
        self._drag: dict | None = None
        self._cache: tuple[int | None, QPixmap] | None = None
        self.setMouseTracking(True)
        self.setMinimumSize(360, 320)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Annual wheel"))

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(760, 620)

    # --- data ------------------------------------------------------------------------------------

    def set_data(self, data: WheelData | None, today: date | None = None) -> None:
        self.data = data
        if today is not None:
            self.today = today
        self._drag = None
        if self.selected is not None and (data is None or data.event(self.selected) is None):
            self.selected = None
        self._rebuild()

    def select(self, event_id: int | None) -> None:
        if event_id != self.selected:
            self.selected = event_id
            self.update()

    def _rebuild(self) -> None:
        data = self.data
        if data is None or self.width() < 10:
            self.scene, self._paths, self._lines, self._dots, self._texts = None, [], [], [], []
            self._cache = None
            self.update()
            return
        before = self.scene.numbers if self.scene is not None else {}
        self.scene = build_scene(data, self.width(), self.height(),
                                 SceneOptions(today=self.today, legend="corner", min_font=7.5, measure=self.measure,
                                              curved_months=False))
        # Pens, brushes, paths and laid-out texts are made once per layout, not per paint. No pen is a
        # QPen object too (never the Qt.NoPen enum, which PySide6 must convert on every call).
        no_pen = QPen(Qt.PenStyle.NoPen)
        self._paths = [(self._wedge_path(w), QBrush(self._colour(w.fill, w.alpha)),
                        QPen(QColor(w.stroke), 1.0) if w.stroke else no_pen, w.event_id) for w in self.scene.wedges]
        self._lines = [(QPen(QColor(line.colour), line.width), QPointF(line.x1, line.y1), QPointF(line.x2, line.y2),
                        line.event_id) for line in self.scene.lines]
        self._dots = [(QPen(QColor(d.stroke), 1.2) if d.stroke else no_pen, QBrush(QColor(d.fill)), QPointF(d.x, d.y),
                       d.r, d.event_id) for d in self.scene.dots]
        self._texts = [self._static_text(t) for t in self.scene.texts]
        self._cache = None
        self.update()
        if self.scene.numbers != before and self._drag is None:
            self.numbers_changed.emit()

    def _static_text(self, text) -> tuple:
        font = self._font(text.size, text.bold)
        transform = QTransform(1, 0, 0, 1, text.x, text.y).rotate(text.rotation)
        static = QStaticText(text.text)
        static.setTextFormat(Qt.TextFormat.PlainText)
        static.prepare(transform, font)
        size = static.size()
        dx = {"center": -size.width() / 2, "left": 0.0, "right": -size.width()}[text.align]
        return font, QColor(text.colour), transform, QPointF(dx, -size.height() / 2), static, text.event_id

    def number_of(self, event_id: int) -> int | None:
        """The number an event carries in the wheel when its name did not fit (the list shows it too)."""
        return self.scene.numbers.get(event_id) if self.scene is not None else None

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._rebuild()

    # --- fonts -----------------------------------------------------------------------------------

    def _font(self, size: float, bold: bool) -> QFont:
        key = (round(size * 2) / 2, bold)
        font = self._fonts.get(key)
        if font is None:
            font = QFont(self.font())
            font.setPixelSize(max(1, round(key[0])))
            font.setBold(bold)
            # Most of the wheel's texts are rotated; unhinted glyphs draw about twice as fast there
            # and look the same at an angle.
            font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
            self._fonts[key] = font
            self._metrics[key] = QFontMetricsF(font)
        return font

    def measure(self, text: str, size: float) -> float:
        self._font(size, False)
        return self._metrics[(round(size * 2) / 2, False)].horizontalAdvance(text)

    # --- painting --------------------------------------------------------------------------------

    def _wedge_path(self, w: Wedge) -> QPainterPath:
        s = self.scene
        path = QPainterPath()
        outer = QRectF(s.cx - w.outer, s.cy - w.outer, 2 * w.outer, 2 * w.outer)
        inner = QRectF(s.cx - w.inner, s.cy - w.inner, 2 * w.inner, 2 * w.inner)
        start = 90.0 - w.angle  # Qt: anticlockwise from three o'clock
        if w.sweep >= 360.0:
            path.addEllipse(outer)
            path.addEllipse(inner)
            return path
        path.arcMoveTo(outer, start)
        path.arcTo(outer, start, -w.sweep)
        path.arcTo(inner, start - w.sweep, w.sweep)
        path.closeSubpath()
        return path

    @staticmethod
    def _colour(name: str, alpha: float = 1.0) -> QColor:
        colour = QColor(name)
        if alpha < 1.0:
            colour.setAlphaF(alpha)
        return colour

    def paint_items(self, painter: QPainter, leave_out: int | None = None) -> None:
        """Everything in the scene, except what belongs to the event `leave_out` (the one being dragged)."""
        scene = self.scene
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        for path, brush, pen, event_id in self._paths:
            if event_id is None or event_id != leave_out:
                painter.setPen(pen)
                painter.setBrush(brush)
                painter.drawPath(path)
        for pen, a, b, event_id in self._lines:
            if event_id is None or event_id != leave_out:
                painter.setPen(pen)
                painter.drawLine(a, b)
        if scene.today is not None:
            angle, inner, outer = scene.today
            painter.setPen(self._today_pen)
            painter.drawLine(QPointF(*point(inner, angle, scene.cx, scene.cy)), QPointF(*point(outer, angle, scene.cx, scene.cy)))
        for pen, brush, centre, r, event_id in self._dots:
            if event_id is None or event_id != leave_out:
                painter.setPen(pen)
                painter.setBrush(brush)
                painter.drawEllipse(centre, r, r)
        for font, colour, transform, offset, static, event_id in self._texts:
            if event_id is None or event_id != leave_out:
                painter.setFont(font)
                painter.setPen(colour)
                painter.setTransform(transform)
                painter.drawStaticText(offset, static)
        painter.resetTransform()

    def _background(self, leave_out: int | None) -> QPixmap:
        """The wheel drawn once into a pixmap; repaints (hover, selection, a drag) only copy it."""
        if self._cache is None or self._cache[0] != leave_out:
            ratio = self.devicePixelRatioF()
            pixmap = QPixmap(round(self.width() * ratio), round(self.height() * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(QColor("#FFFFFF"))
            painter = QPainter(pixmap)
            self.paint_items(painter, leave_out)
            painter.end()
            self._cache = (leave_out, pixmap)
        return self._cache[1]

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        if self.scene is None:
            painter.fillRect(self.rect(), QColor("#FFFFFF"))
            painter.end()
            return
        dragged = self._drag["id"] if self._drag is not None and self._drag.get("moved") else None
        painter.drawPixmap(0, 0, self._background(dragged))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if dragged is not None:
            self._paint_dragged(painter)
        elif self.selected is not None:
            painter.setPen(self._selected_pen)
            painter.setBrush(self._no_brush)
            for path, _brush, _pen, event_id in self._paths:
                if event_id == self.selected:
                    painter.drawPath(path)
            for _pen, _brush, centre, r, event_id in self._dots:
                if event_id == self.selected:
                    painter.drawEllipse(centre, r + 2.5, r + 2.5)
        if self.hasFocus():  # the keyboard is here: a frame says so (the wheel draws itself, no style does)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            painter.setPen(QPen(self.palette().highlight().color(), 2, Qt.PenStyle.DashLine))
            painter.setBrush(self._no_brush)
            painter.drawRect(self.rect().adjusted(1, 1, -2, -2))
        painter.end()

    def _paint_dragged(self, painter: QPainter) -> None:
        """The event being dragged, at its new dates, in its lane; the wheel is laid out anew on release."""
        drag, scene = self._drag, self.scene
        row = self.data.event(drag["id"])
        colour = QColor(row.colour)
        wedge = next((w for w in scene.wedges if w.event_id == row.id), None)
        painter.setPen(self._selected_pen)
        painter.setBrush(colour)
        if wedge is not None:
            start, sweep = scene.wheel.span(drag["new_start"], drag["new_end"])
            painter.drawPath(self._wedge_path(dataclasses.replace(wedge, angle=start, sweep=sweep)))
            return
        dot = next((d for d in scene.dots if d.event_id == row.id and d.radius), None)
        if dot is not None:
            start, sweep = scene.wheel.span(drag["new_start"], drag["new_end"])
            x, y = point(dot.radius, start + sweep / 2, scene.cx, scene.cy)
            painter.drawEllipse(QPointF(x, y), dot.r, dot.r)

    # --- gestures --------------------------------------------------------------------------------

    def event_at(self, pos: QPointF) -> int | None:
        return self.scene.event_at(pos.x(), pos.y()) if self.scene else None

    def mousePressEvent(self, event) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton or self.scene is None:
            return super().mousePressEvent(event)
        pos = event.position()
        event_id = self.event_at(pos)
        self.select(event_id)
        self.event_selected.emit(event_id)
        if event_id is not None and self.data is not None:
            row = self.data.event(event_id)
            mode = self.scene.edge_at(pos.x(), pos.y(), event_id) or "move"
            self._drag = {"id": event_id, "mode": mode, "angle": polar(pos.x(), pos.y(), self.scene.cx, self.scene.cy)[1],
                          "start": row.start, "end": row.end, "moved": False}

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        if self.scene is None:
            return
        pos = event.position()
        if self._drag is not None and event.buttons() & Qt.MouseButton.LeftButton:
            self._drag_to(pos)
            return
        event_id = self.event_at(pos)
        edge = self.scene.edge_at(pos.x(), pos.y(), event_id) if event_id is not None else None
        self.setCursor(Qt.CursorShape.SizeHorCursor if edge else
                       Qt.CursorShape.OpenHandCursor if event_id is not None else Qt.CursorShape.ArrowCursor)
        if event_id is None:
            QToolTip.hideText()
        else:
            QToolTip.showText(event.globalPosition().toPoint(), self.details(event_id), self)

    def details(self, event_id: int) -> str:
        """What hovering an event tells: name, dates, ring, kind, period and who is responsible."""
        from html import escape

        from ..models.enums import EventKind
        from .labels import enum_label

        row = self.data.event(event_id)
        when = date_range(row.start, row.end) + (f" {row.start.year}" if row.start.year == row.end.year else "")
        lines = [f"<b>{escape(row.title)}</b>", escape(when), escape(self.tr("Ring: %1").replace("%1", row.ring))]
        try:
            lines.append(escape(enum_label(EventKind(row.kind))))
        except ValueError:
            pass
        if row.period:
            lines.append(escape(self.tr("Reporting period: %1").replace("%1", row.period)))
        if row.responsible:
            lines.append(escape(self.tr("Responsible: %1").replace("%1", row.responsible)))
        if row.description:
            lines.append(f"<i>{escape(row.description[:300])}</i>")
        return "<br>".join(lines)

    def _drag_to(self, pos: QPointF) -> None:
        drag, scene = self._drag, self.scene
        angle = polar(pos.x(), pos.y(), scene.cx, scene.cy)[1]
        delta = (angle - drag["angle"] + 180.0) % 360.0 - 180.0
        days = round(delta / 360.0 * scene.wheel.days)
        start, end = drag["start"], drag["end"]
        if drag["mode"] == "move":
            start, end = start + timedelta(days=days), end + timedelta(days=days)
        elif drag["mode"] == "end":
            end = max(start, end + timedelta(days=days))
        else:
            start = min(end, start + timedelta(days=days))
        if (start, end) == (drag.get("new_start", drag["start"]), drag.get("new_end", drag["end"])):
            return
        drag.update(new_start=start, new_end=end, moved=True)
        self.setCursor(Qt.CursorShape.ClosedHandCursor if drag["mode"] == "move" else Qt.CursorShape.SizeHorCursor)
        self.update()
        QToolTip.showText(self.mapToGlobal(pos.toPoint()), date_range(start, end), self)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        drag, self._drag = self._drag, None
        if drag is None or not drag["moved"]:
            return super().mouseReleaseEvent(event)
        self.update()
        start, end = drag["new_start"], drag["new_end"]
        if (start, end) != (drag["start"], drag["end"]):
            self.event_moved.emit(drag["id"], start, end)  # the page's edit lays the wheel out from the plan

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802
        if self.scene is None or event.button() != Qt.MouseButton.LeftButton:
            return
        pos = event.position()
        event_id = self.event_at(pos)
        if event_id is not None:
            self.event_activated.emit(event_id)
            return
        ring = self.scene.ring_at(pos.x(), pos.y())
        if ring is not None:
            self.create_requested.emit(ring[0], self.scene.date_at(pos.x(), pos.y()))

    def focusInEvent(self, event) -> None:  # noqa: N802
        self.update()  # the focus frame
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802
        self.update()
        super().focusOutEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape and self._drag is not None:
            self._drag = None  # the drag is called off; nothing changes
            self.update()
            return
        step = {Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1, Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1}.get(event.key())
        if step is not None and self.data is not None and self.data.events:
            order = [e.id for e in sorted(self.data.events, key=lambda e: (e.start, e.end, e.title))]
            at = order.index(self.selected) if self.selected in order else (-1 if step > 0 else len(order))
            chosen = order[(at + step) % len(order)]
            self.select(chosen)
            self.event_selected.emit(chosen)  # the page shows it in the list and the form
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected is not None:
            self.event_activated.emit(self.selected)
            return
        super().keyPressEvent(event)
