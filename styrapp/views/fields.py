"""Small editing widgets that commit when the user is done (Enter or leaving the field), not per key."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtGui import QColor, QDoubleValidator, QIcon, QPixmap
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QLineEdit, QPlainTextEdit, QWidget


def swatch(colour: str, size: int = 14) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class TextArea(QPlainTextEdit):
    """Multi-line text that emits `committed` when focus leaves it and the text changed."""

    committed = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setFixedHeight(64)
        self._shown = ""

    def set_value(self, text: str) -> None:
        self._shown = text or ""
        self.setPlainText(self._shown)

    def focusOutEvent(self, event) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.commit()

    def commit(self) -> None:
        if self.toPlainText() != self._shown:
            self._shown = self.toPlainText()
            self.committed.emit(self._shown)


class LineField(QLineEdit):
    committed = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._shown = ""
        self.editingFinished.connect(self.commit)

    def set_value(self, text: str) -> None:
        self._shown = text or ""
        self.setText(self._shown)
        self.setCursorPosition(0)  # a long title shows its beginning
        self.setToolTip(self._shown if len(self._shown) > 40 else "")

    def commit(self) -> None:
        if self.text() != self._shown:
            self._shown = self.text()
            self.committed.emit(self._shown)


class NumberField(QLineEdit):
    """A number typed the Swedish way (1 234,5); empty means no value. Emits float or None."""

    committed = Signal(object)

    def __init__(self, decimals: int = 1, parent=None):
        super().__init__(parent)
        self.decimals = decimals
        validator = QDoubleValidator(self)
        validator.setNotation(QDoubleValidator.Notation.StandardNotation)
        validator.setDecimals(6)
        self.setValidator(validator)
        self._shown: float | None = None
        self.editingFinished.connect(self.commit)

    def set_value(self, value: float | None) -> None:
        self._shown = value
        if value is None:
            self.setText("")
            return
        # As many decimals as the value has (never rounded away), at least `decimals`.
        text = QLocale().toString(float(value), "f", 6)
        point = QLocale().decimalPoint()
        whole, _, fraction = text.partition(point)
        fraction = fraction.rstrip("0").ljust(self.decimals, "0")
        self.setText(whole + (point + fraction if fraction else ""))

    def value(self) -> float | None:
        text = self.text().strip()
        if not text:
            return None
        number, ok = QLocale().toDouble(text)
        return number if ok else self._shown

    def commit(self) -> None:
        value = self.value()
        if value != self._shown:
            self._shown = value
            self.committed.emit(value)


class DateField(QWidget):
    """An optional date: a tick box says whether there is one, the date edit (with calendar) says which."""

    committed = Signal(object)  # date or None

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.enabled = QCheckBox()
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        layout.addWidget(self.enabled)
        layout.addWidget(self.edit, 1)
        self._shown: date | None = None
        self.enabled.toggled.connect(self._toggled)
        self.edit.editingFinished.connect(self.commit)
        self.edit.calendarWidget().clicked.connect(lambda _d: self.commit())

    def set_value(self, value: date | None) -> None:
        self._shown = value
        self.enabled.blockSignals(True)
        self.enabled.setChecked(value is not None)
        self.enabled.blockSignals(False)
        self.edit.setEnabled(value is not None)
        self.edit.setDate(QDate(value.year, value.month, value.day) if value else QDate.currentDate())

    def value(self) -> date | None:
        if not self.enabled.isChecked():
            return None
        d = self.edit.date()
        return date(d.year(), d.month(), d.day())

    def _toggled(self, on: bool) -> None:
        self.edit.setEnabled(on)
        self.commit()

    def commit(self) -> None:
        value = self.value()
        if value != self._shown:
            self._shown = value
            self.committed.emit(value)


class DayField(QDateEdit):
    """A date that must be there (an event's start or end), committed when the user is done with it."""

    committed = Signal(object)  # date

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self._shown: date | None = None
        self.editingFinished.connect(self.commit)
        self.calendarWidget().clicked.connect(lambda _d: self.commit())

    def set_value(self, value: date) -> None:
        self._shown = value
        self.setDate(QDate(value.year, value.month, value.day))

    def value(self) -> date:
        d = self.date()
        return date(d.year(), d.month(), d.day())

    def commit(self) -> None:
        value = self.value()
        if value != self._shown:
            self._shown = value
            self.committed.emit(value)
