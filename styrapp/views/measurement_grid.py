"""The grid of an indicator's measured values: period, kind, totalt, kvinnor, män, comment.

Typing a value or pasting rows from Excel asks for a change through `on_change(changes)`; a value
that is not a number is refused in place through `on_error(message)`, and nothing else is touched.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ..models.enums import GENDER_ORDER as GENDERS
from ..models.enums import Gender, MeasurementKind
from ..models.errors import InvalidValue
from .fields import shown_number, typing_language
from .labels import enum_label
from .row_sync import can_sync, sync_rows

if TYPE_CHECKING:
    from ..models.queries.measurement_grid import GridRow

Index = QModelIndex | QPersistentModelIndex
PERIOD, KIND, TOTAL, WOMEN, MEN, COMMENT = range(6)


def _row_key(row: GridRow) -> tuple[str, str]:
    return row.period, row.kind


class MeasurementGridModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[GridRow] = []
        self.decimals = 0
        self.indicator_id: int | None = None
        self.on_change: Callable[[list], None] | None = None
        self.on_error: Callable[[str], None] | None = None
        self.headers = (self.tr("Period"), self.tr("Kind"), self.tr("Total"), self.tr("Women"), self.tr("Men"),
                        self.tr("Comment"))

    def set_rows(self, rows: list[GridRow], decimals: int, indicator_id: int | None = None) -> None:
        """Show `rows`. The same indicator read again after an edit keeps its rows in step by period and
        kind (only the rows that changed are redrawn; the selection and an open editor stay); another
        indicator, or other decimals, fills the grid anew."""
        rows = list(rows)
        if indicator_id is not None and indicator_id == self.indicator_id and decimals == self.decimals \
                and can_sync(self.rows, rows, _row_key):
            sync_rows(self, self.rows, rows, _row_key)
            return
        self.beginResetModel()
        self.rows, self.decimals, self.indicator_id = rows, decimals, indicator_id
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 6:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == PERIOD:
                return row.period
            if column == KIND:
                return enum_label(MeasurementKind(row.kind))
            if column == COMMENT:
                return row.comment
            value = row.values.get(GENDERS[column - TOTAL])
            if value is None:
                return ""
            # Every decimal the value has, at least the indicator's: 1234,5 typed is not shown as 1 235.
            return shown_number(value, self.decimals if role == Qt.ItemDataRole.DisplayRole else 0)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (TOTAL, WOMEN, MEN):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and row.source and column in (TOTAL, WOMEN, MEN):
            return self.tr("Source: %1").replace("%1", row.source)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() in (TOTAL, WOMEN, MEN, COMMENT):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        from ..models.rules.measurements import MeasurementIn
        from ..models.rules.numbers import parse_number

        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.on_change is None:
            return False
        row, column = self.rows[index.row()], index.column()
        text = str(value).strip()
        if column == COMMENT:
            total = row.values.get(Gender.TOTAL.value)
            if total is None or text == row.comment:
                if total is None and text:
                    self._error(self.tr("A comment needs a total value on the same row."))
                return False
            key = (row.period, row.kind, Gender.TOTAL.value)
            self.on_change([(key, MeasurementIn(row.period, total, row.kind, Gender.TOTAL.value, text, row.source))])
            return True
        gender = GENDERS[column - TOTAL]
        key = (row.period, row.kind, gender)
        if not text:
            if row.values.get(gender) is None:
                return False
            self.on_change([(key, None)])
            return True
        try:
            number = parse_number(text, typing_language())  # "1234.5" in Swedish is refused, not read as 12345
        except InvalidValue as exc:
            self._error(exc.message)
            return False
        if number == row.values.get(gender):
            return False
        keep = gender == Gender.TOTAL.value
        self.on_change([(key, MeasurementIn(row.period, number, row.kind, gender, row.comment if keep else "",
                                            row.source if keep else ""))])
        return True

    def _error(self, message: str) -> None:
        if self.on_error is not None:
            self.on_error(message)


class MeasurementGridView(QTableView):
    """The grid, with Ctrl+V taking rows copied from Excel (period, then values), and Delete clearing."""

    def __init__(self, model: MeasurementGridModel, on_paste: Callable[[str, int, str], None], parent=None):
        super().__init__(parent)
        self.setModel(model)
        self.on_paste = on_paste
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setMinimumSectionSize(90)
        self.horizontalHeader().setStretchLastSection(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.matches(QKeySequence.StandardKey.Paste):
            index = self.currentIndex()
            column = index.column() if index.isValid() and index.column() in (TOTAL, WOMEN, MEN) else TOTAL
            kind = self.model().rows[index.row()].kind if index.isValid() else MeasurementKind.ACTUAL.value
            self.on_paste(QGuiApplication.clipboard().text(), column - TOTAL, kind)
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.state() != self.State.EditingState:
            index = self.currentIndex()
            if index.isValid() and index.column() in (TOTAL, WOMEN, MEN):
                self.model().setData(index, "")
                return
        super().keyPressEvent(event)
