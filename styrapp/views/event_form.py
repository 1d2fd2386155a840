"""The form beside the årshjul: every field of the selected event.

It shows an `EventRow` and says what the user changed through `edited(event id, fields)`; the page
turns that into one undoable edit. Moving the start keeps the event's length, as calendars do.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QColorDialog, QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from ..models.enums import EventKind, ReportKind
from ..models.queries.wheel_rows import EventRow, WheelData
from .fields import DayField, LineField, TextArea, swatch
from .labels import enum_label

_OWN = "own"


class EventForm(QWidget):
    edited = Signal(int, dict)  # event id, {field: new value}

    def __init__(self, parent=None):
        super().__init__(parent)
        self.current: EventRow | None = None
        self._filling = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        self.empty = QLabel(self.tr("Select an event in the wheel or the list to see and edit it here. "
                                    "Double-click empty space in a ring to add one there."))
        self.empty.setWordWrap(True)
        outer.addWidget(self.empty)
        self.body = QWidget()
        form = QFormLayout(self.body)
        form.setContentsMargins(0, 0, 0, 0)
        self.title = LineField()
        self.ring = QComboBox()
        self.start = DayField()
        self.end = DayField()
        self.kind = QComboBox()
        for member in EventKind:
            self.kind.addItem(enum_label(member), member.value)
        self.report_kind = QComboBox()
        self.report_kind.addItem(self.tr("(no report)"), None)
        for member in ReportKind:
            self.report_kind.addItem(enum_label(member), member.value)
        self.period = QComboBox()
        self.colour = QComboBox()
        self.responsible = LineField()
        self.description = TextArea()
        self.yearly = QCheckBox(self.tr("Comes back every year"))
        form.addRow(self.tr("Name"), self.title)
        form.addRow(self.tr("Ring"), self.ring)
        form.addRow(self.tr("Start"), self.start)
        form.addRow(self.tr("End"), self.end)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Report"), self.report_kind)
        form.addRow(self.tr("Reporting period"), self.period)
        form.addRow(self.tr("Colour"), self.colour)
        form.addRow(self.tr("Responsible"), self.responsible)
        form.addRow(self.tr("Description"), self.description)
        form.addRow("", self.yearly)
        self.period_note = QLabel()
        self.period_note.setWordWrap(True)
        self.period_note.setStyleSheet("color: palette(placeholder-text);")
        form.addRow("", self.period_note)
        outer.addWidget(self.body)
        outer.addStretch(1)
        self.body.hide()

        self.title.committed.connect(lambda text: self._emit(title=text))
        self.responsible.committed.connect(lambda text: self._emit(responsible=text))
        self.description.committed.connect(lambda text: self._emit(description=text))
        self.start.committed.connect(self._start_changed)
        self.end.committed.connect(lambda day: self._emit(end=day))
        self.ring.activated.connect(lambda _i: self._emit(ring_id=self.ring.currentData()))
        self.kind.activated.connect(lambda _i: self._emit(kind=self.kind.currentData()))
        self.report_kind.activated.connect(lambda _i: self._emit(report_kind=self.report_kind.currentData()))
        self.period.activated.connect(lambda _i: self._emit(period_id=self.period.currentData()))
        self.colour.activated.connect(self._colour_chosen)
        self.yearly.toggled.connect(lambda on: self._emit(recurring_yearly=on))

    def show_event(self, event: EventRow | None, data: WheelData | None) -> None:
        self.current = event
        self.empty.setVisible(event is None)
        self.body.setVisible(event is not None)
        if event is None or data is None:
            return
        self._filling = True
        try:
            self.title.set_value(event.title)
            self.ring.clear()
            for ring in data.rings:
                self.ring.addItem(swatch(ring.colour), ring.name, ring.id)
            self.ring.setCurrentIndex(self.ring.findData(event.ring_id))
            self.start.set_value(event.start)
            self.end.set_value(event.end)
            self.kind.setCurrentIndex(max(0, self.kind.findData(event.kind)))
            self.report_kind.setCurrentIndex(max(0, self.report_kind.findData(event.report_kind)))
            self.period.clear()
            self.period.addItem(self.tr("(none)"), None)
            for period in data.periods:
                self.period.addItem(period.name, period.id)
            self.period.setCurrentIndex(max(0, self.period.findData(event.period_id)))
            period = next((p for p in data.periods if p.id == event.period_id), None)
            self.period_note.setText(
                self.tr("The period's report is decided %1, the last day of this event; moving the event moves it.")
                .replace("%1", period.due.isoformat()) if period is not None and period.due else "")
            self.colour.clear()
            ring = data.ring(event.ring_id)
            self.colour.addItem(swatch(ring.colour if ring else event.colour), self.tr("The ring's colour"), None)
            for title, colour in data.area_colours:
                self.colour.addItem(swatch(colour), title, colour)
            if event.own_colour and self.colour.findData(event.own_colour) < 0:
                self.colour.addItem(swatch(event.own_colour), event.own_colour, event.own_colour)
            self.colour.addItem(self.tr("Other colour…"), _OWN)
            self.colour.setCurrentIndex(max(0, self.colour.findData(event.own_colour)))
            self.responsible.set_value(event.responsible)
            self.description.set_value(event.description)
            self.yearly.setChecked(event.recurring_yearly)
        finally:
            self._filling = False

    def _emit(self, **fields) -> None:
        if not self._filling and self.current is not None:
            self.edited.emit(self.current.id, fields)

    def _start_changed(self, day) -> None:
        if self.current is not None:
            self._emit(start=day, end=day + (self.current.end - self.current.start))

    def _colour_chosen(self, _index: int) -> None:
        value = self.colour.currentData()
        if value == _OWN:
            from PySide6.QtGui import QColor

            chosen = QColorDialog.getColor(QColor(self.current.colour), self, self.tr("Colour of the event"))
            if not chosen.isValid():
                self.colour.setCurrentIndex(max(0, self.colour.findData(self.current.own_colour)))
                return
            value = chosen.name().upper()
        self._emit(colour=value)

    def focus_title(self) -> None:
        self.title.setFocus(Qt.FocusReason.OtherFocusReason)
        self.title.selectAll()
