"""The Ekonomi page's grid: one row per kind (drift, investering) and reporting period, with the outcome
and the forecast editable and the deviation from the frame beside them, in kr and %, with its status
symbol and word (never colour alone). Amounts are öre, shown in the plan's unit; what a person types is
read by `rules.money.parse_amount` and handed to `write`, which runs the undo command."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from ..models.enums import BudgetKind, Status
from ..models.rules import money
from ..models.rules.money import unit_word
from .ink import status_ink
from .labels import status_text


@dataclass(frozen=True)
class GridRow:
    kind: str
    period_id: int
    period: str
    frame: int | None
    outcome: int | None
    forecast: int | None
    status: Status

    @property
    def key(self) -> tuple[str, int]:
        return self.kind, self.period_id

    @property
    def deviation(self) -> int | None:
        return None if self.frame is None else money.deviation(self.frame, self.forecast)

    @property
    def share(self) -> float | None:
        return None if self.frame is None else money.deviation_share(self.frame, self.forecast)


def grid_rows(view) -> list[GridRow]:
    """The rows of a `queries.economy.UnitEconomy`."""
    out = []
    for frame in view.frames:
        for figure in frame.figures:
            status = (money.deviation_status(frame.frame, figure.forecast, view.rule) if frame.frame is not None
                      else Status.UNKNOWN)
            out.append(GridRow(frame.kind, figure.period_id, figure.period, frame.frame, figure.outcome,
                               figure.forecast, status))
    return out


KIND, PERIOD, OUTCOME, FORECAST, DEVIATION, SHARE, STATUS = range(7)
EDITABLE = {OUTCOME: "outcome_ore", FORECAST: "forecast_ore"}


class EconomyGridModel(QAbstractTableModel):
    def __init__(self, write: Callable[[GridRow, str, int | None], bool], refuse: Callable[[str], None], parent=None):
        super().__init__(parent)
        self.rows: list[GridRow] = []
        self.unit = "tkr"
        self.write, self.refuse = write, refuse

    def headers(self) -> list[str]:
        unit = self.unit
        return [QCoreApplication.translate("EconomyGrid", "Kind"), QCoreApplication.translate("EconomyGrid", "Period"),
                QCoreApplication.translate("EconomyGrid", "Outcome (%1)").replace("%1", unit_word(unit)),
                QCoreApplication.translate("EconomyGrid", "Full-year forecast (%1)").replace("%1", unit_word(unit)),
                QCoreApplication.translate("EconomyGrid", "Deviation (%1)").replace("%1", unit_word(unit)),
                QCoreApplication.translate("EconomyGrid", "Deviation %"),
                QCoreApplication.translate("EconomyGrid", "Status")]

    def set_rows(self, rows: list[GridRow], unit: str) -> None:
        """Same rows (the same kinds and periods): only the cells are redrawn; else the table anew."""
        if unit == self.unit and [r.key for r in rows] == [r.key for r in self.rows]:
            changed = [i for i, (a, b) in enumerate(zip(self.rows, rows, strict=True)) if a != b]
            self.rows = rows
            if changed:  # one signal for the rows between the first and the last that changed
                self.dataChanged.emit(self.index(changed[0], 0), self.index(changed[-1], STATUS))
            return
        self.beginResetModel()
        self.rows, self.unit = rows, unit
        self.endResetModel()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, STATUS)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 7

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def flags(self, index):
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() in EDITABLE else flags

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.EditRole:  # what is kept, every decimal: nothing the person typed is lost
            value = row.outcome if column == OUTCOME else row.forecast if column == FORECAST else None
            return money.format_amount(value, self.unit, exact=True) if column in EDITABLE else self._text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= OUTCOME and column != STATUS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == STATUS and row.deviation is not None:
            return QColor(status_ink(row.status))
        if role == Qt.ItemDataRole.ToolTipRole and column in EDITABLE:
            return QCoreApplication.translate("EconomyGrid", "Type an amount in %1, as 4 321 or −12,5; empty clears it.").replace("%1", self.unit)
        return None

    def _text(self, row: GridRow, column: int) -> str:
        if column == KIND:  # short: the page says "budget" already
            return (QCoreApplication.translate("EconomyGrid", "Operating") if row.kind == BudgetKind.OPERATING.value
                    else QCoreApplication.translate("EconomyGrid", "Capital"))
        if column == PERIOD:
            return row.period
        if column == OUTCOME:
            return money.format_amount(row.outcome, self.unit)
        if column == FORECAST:
            return money.format_amount(row.forecast, self.unit)
        if column == DEVIATION:
            return money.format_amount(row.deviation, self.unit)
        if column == SHARE:
            return money.format_percent(row.share)
        if column == STATUS:
            return status_text(row.status) if row.deviation is not None else ""
        return ""

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or index.column() not in EDITABLE:
            return False
        row = self.rows[index.row()]
        text = str(value).strip()
        from ..models.errors import StyrappError

        try:
            ore = money.parse_amount(text, self.unit) if text else None
        except StyrappError as exc:
            self.refuse(exc.message)
            return False
        return self.write(row, EDITABLE[index.column()], ore)
