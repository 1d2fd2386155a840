"""Small editing widgets that commit when the user is done (Enter or leaving the field), not per key."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, QPoint, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap, QValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDoubleSpinBox,
    QHBoxLayout,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QSpinBox,
    QToolTip,
    QWidget,
)

from ..models.errors import InvalidValue
from ..models.rules.numbers import decimals_of, parse_number


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


def typing_language() -> str:
    """The language numbers are typed in: the window's ("sv" unless it is English)."""
    return "sv" if QLocale().language() == QLocale.Language.Swedish else "en"


def shown_number(value: float, least_decimals: int = 0) -> str:
    """`value` as the window shows it (1 234,5 in Swedish, 1,234.5 in English), with every decimal it has:
    never rounded to fewer than were typed."""
    return QLocale().toString(float(value), "f", decimals_of(value, least_decimals))


REFUSED_STYLE = "QLineEdit { border: 2px solid #C62828; border-radius: 2px; }"
REFUSAL_SECONDS = 15


def say_refusal(field: QWidget, message: str) -> None:
    """Say why `field` refused what was typed, where the person looks: beside the field (a tooltip), and in
    the main window's status bar, which keeps it a while after the tooltip has gone."""
    if field.isVisible():
        QToolTip.showText(field.mapToGlobal(QPoint(0, field.height())), message, field)
    window = field.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(message, REFUSAL_SECONDS * 1000)


class NumberField(QLineEdit):
    """A number as a person types or pastes it ("1 234,5", "−0,4", "12 %"; in English "1,234.5"); empty means
    no value. Emits `committed` with a float or None when the person is done. Text it cannot read, or
    could read two ways ("1234.5" in Swedish), is refused in place: the field is framed in red, says why
    (tooltip, and `refused` with the message), keeps what was typed for mending, and commits nothing.
    Escape puts back the value the plan holds."""

    committed = Signal(object)
    refused = Signal(str)

    def __init__(self, decimals: int = 1, parent=None):
        super().__init__(parent)
        self.decimals = decimals  # shown at least; a value with more keeps them all
        self._shown: float | None = None
        self.error = ""  # why the text now in the field was refused, or ""
        self.editingFinished.connect(self.commit)
        self.textEdited.connect(lambda _text: self._clear_error())

    def set_value(self, value: float | None) -> None:
        self._shown = value
        self._clear_error()
        self.setText("" if value is None else shown_number(value, self.decimals))

    def value(self) -> float | None:
        """What the field says now: the number typed, or the value shown when the text cannot be read."""
        text = self.text().strip()
        if not text:
            return None
        try:
            return parse_number(text, typing_language())
        except InvalidValue:
            return self._shown

    def commit(self) -> None:
        text = self.text().strip()
        try:
            value = None if not text else parse_number(text, typing_language())
        except InvalidValue as exc:
            self._refuse(exc.message)
            return
        self._clear_error()
        changed = value != self._shown
        self.set_value(value)  # shown as the window writes it, with every decimal typed
        if changed:
            self.committed.emit(value)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.key() == Qt.Key.Key_Escape and (self.error or self.text() != self._shown_text()):
            self.set_value(self._shown)
            return
        super().keyPressEvent(event)

    def _shown_text(self) -> str:
        return "" if self._shown is None else shown_number(self._shown, self.decimals)

    def _refuse(self, message: str) -> None:
        self.error = message
        self.setStyleSheet(REFUSED_STYLE)
        self.setToolTip(message)
        say_refusal(self, message)
        self.refused.emit(message)

    def _clear_error(self) -> None:
        if self.error:
            self.error = ""
            self.setStyleSheet("")
            self.setToolTip("")
            QToolTip.hideText()


class WholeNumberBox(QSpinBox):
    """A whole number in a spin box (a year, a share in per cent, a count), read like NumberField: "1 234",
    "−5", "12 %" are read; what cannot be read as a whole number in range ("1234.5" in Swedish, which a plain
    QSpinBox turns into 12345 by swallowing the point, "12,5", "abc") is refused in place, framed in red
    with its message (tooltip, `refused`), and the box keeps the value it had."""

    refused = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.error = ""
        self._tip = ""
        self.setKeyboardTracking(False)  # the value changes when the person is done typing, not at "1234" of "1234.5"
        self.lineEdit().textEdited.connect(lambda _text: self._clear_error())

    def read(self, text: str) -> int:
        """The whole number `text` says (prefix and suffix aside); raises InvalidValue saying why not. A box
        with a special value text ("–": no year) reads it, or nothing typed, as its minimum."""
        number_text = text.strip()
        if self.specialValueText() and number_text in ("", self.specialValueText().strip()):
            return self.minimum()
        if self.prefix() and number_text.startswith(self.prefix().strip()):
            number_text = number_text[len(self.prefix().strip()):].strip()
        suffix = self.suffix().strip()
        if suffix and number_text.endswith(suffix):
            number_text = number_text[:-len(suffix)].strip()
        number = parse_number(number_text, typing_language())
        if number != int(number):
            raise InvalidValue("number.not_whole", value=number_text)
        if not self.minimum() <= number <= self.maximum():
            raise InvalidValue("number.out_of_range", value=number_text, low=self.minimum(), high=self.maximum())
        return int(number)

    def validate(self, text: str, pos: int):
        try:
            self.read(text)
        except InvalidValue:
            return QValidator.State.Intermediate, text, pos  # shown as typed, judged when the person is done
        return QValidator.State.Acceptable, text, pos

    def valueFromText(self, text: str) -> int:  # noqa: N802 - Qt API
        try:
            return self.read(text)
        except InvalidValue:
            return self.value()

    def fixup(self, text: str) -> str:
        return text  # never mended into another number

    def check(self) -> bool:
        """Judge the text now in the box: True when it is a whole number in range; else refused in place."""
        try:
            self.read(self.text())
        except InvalidValue as exc:
            if not self.error:
                self._tip = self.toolTip()  # the box's own explanation, back once the text is mended
            self.error = exc.message
            self.setStyleSheet(REFUSED_SPIN_STYLE)
            self.setToolTip(exc.message)
            say_refusal(self, exc.message)
            self.refused.emit(exc.message)
            return False
        self._clear_error()
        return True

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.check()
        super().focusOutEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.check()
        super().keyPressEvent(event)

    def _clear_error(self) -> None:
        if self.error:
            self.error = ""
            self.setStyleSheet("")
            self.setToolTip(self._tip)


class DecimalBox(QDoubleSpinBox):
    """A number with decimals in a spin box (a share in per cent), read as WholeNumberBox reads: "2,5 %", "−1,5"
    are read; what it cannot read ("2.5" in Swedish, which a plain QDoubleSpinBox turns into 25), or would have
    to round to the decimals it keeps, or is out of range, is refused in place with its message; the box keeps
    the value it had."""

    refused = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.error = ""
        self._tip = ""
        self.setKeyboardTracking(False)
        self.lineEdit().textEdited.connect(lambda _text: self._clear_error())

    def read(self, text: str) -> float:
        number_text = text.strip()
        if self.prefix() and number_text.startswith(self.prefix().strip()):
            number_text = number_text[len(self.prefix().strip()):].strip()
        suffix = self.suffix().strip()
        if suffix and number_text.endswith(suffix):
            number_text = number_text[:-len(suffix)].strip()
        number = parse_number(number_text, typing_language())
        if round(number, self.decimals()) != number:
            raise InvalidValue("number.too_many_decimals", value=number_text, decimals=self.decimals())
        if not self.minimum() <= number <= self.maximum():
            raise InvalidValue("number.out_of_range", value=number_text, low=shown_number(self.minimum()),
                               high=shown_number(self.maximum()))
        return number

    validate = WholeNumberBox.validate
    valueFromText = WholeNumberBox.valueFromText  # noqa: N815 - Qt API
    fixup = WholeNumberBox.fixup
    check = WholeNumberBox.check
    _clear_error = WholeNumberBox._clear_error

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.check()
        super().focusOutEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.check()
        super().keyPressEvent(event)


REFUSED_SPIN_STYLE = "QAbstractSpinBox { border: 2px solid #C62828; border-radius: 2px; }"


NO_DATE = QDate(1800, 1, 1)  # what an empty DateField holds: shown as nothing, never as a made-up date


class DateField(QWidget):
    """An optional date: a tick box says whether there is one, the date edit (with calendar) says which.
    Without a date the edit is empty (not a greyed today); ticking the box starts from today."""

    committed = Signal(object)  # date or None

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.enabled = QCheckBox()
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setMinimumDate(NO_DATE)
        self.edit.setSpecialValueText(" ")  # the minimum date is shown as this: no date
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
        self.edit.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)

    def shown_text(self) -> str:
        """What the date edit shows: "" without a date."""
        return self.edit.text().strip()

    def value(self) -> date | None:
        if not self.enabled.isChecked() or self.edit.date() == NO_DATE:
            return None
        d = self.edit.date()
        return date(d.year(), d.month(), d.day())

    def _toggled(self, on: bool) -> None:
        self.edit.setEnabled(on)
        if on and self.edit.date() == NO_DATE:
            self.edit.setDate(QDate.currentDate())  # a date to start from, which the person then changes
        elif not on:
            self.edit.setDate(NO_DATE)
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
