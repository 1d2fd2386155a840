"""Plan → Reporting periods: the plan's periods (månadsrapport, tertial, delårsrapport, delårsbokslut,
årsredovisning or the organisation's own), each with its end and its decision date; add, rename,
change, remove. Every change is one step on the plan's undo stack. A period's decision date is the last
day of the årshjul's event that points to it: a new date here moves that event in the wheel."""

from __future__ import annotations

import warnings
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from ..models.changes import Kind
from ..models.enums import PeriodKind
from ..views.fields import DateField, DayField, LineField
from ..views.labels import date_text
from ..views.record_table import Column, RecordTableModel
from . import commands
from .dialogs import PlanDialog


def kind_word(kind: str) -> str:
    """The words for a period's kind, as the organisations call them."""
    words = {
        PeriodKind.MONTHLY_REPORT: QCoreApplication.translate("PeriodsDialog", "Monthly report"),
        PeriodKind.TERTIAL_REPORT: QCoreApplication.translate("PeriodsDialog", "Four-monthly report (tertial)"),
        PeriodKind.INTERIM_REPORT: QCoreApplication.translate("PeriodsDialog", "Interim report"),
        PeriodKind.INTERIM_ACCOUNTS: QCoreApplication.translate("PeriodsDialog", "Interim accounts"),
        PeriodKind.ANNUAL_REPORT: QCoreApplication.translate("PeriodsDialog", "Annual report"),
        PeriodKind.OTHER: QCoreApplication.translate("PeriodsDialog", "Own period"),
    }
    return words.get(kind, kind)


def _kind_choices(combo: QComboBox) -> None:
    for member in PeriodKind:
        combo.addItem(kind_word(member), member.value)


class PeriodsDialog(PlanDialog):
    def __init__(self, document, parent=None):
        super().__init__(document, parent)
        self.setWindowTitle(self.tr("Reporting periods"))
        self.resize(820, 600)
        self.rows = RecordTableModel([
            Column(self.tr("Period"), lambda r: r.name, tooltip=lambda r: r.name),
            Column(self.tr("Kind"), lambda r: kind_word(r.kind)),
            Column(self.tr("Period end"), lambda r: date_text(r.period_end)),
            Column(self.tr("Decision date"), lambda r: date_text(r.due)),
            Column(self.tr("Follow-ups written"), lambda r: str(r.follow_ups), align_right=True),
        ], self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Reporting periods"))
        self.table.setModel(self.rows)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show())

        row_buttons = QHBoxLayout()
        self.remove_button = QPushButton(self.tr("Remove period"))
        self.remove_button.setToolTip(self.tr("Remove the selected period"))
        self.remove_button.clicked.connect(self.remove_period)
        row_buttons.addWidget(self.remove_button)
        row_buttons.addStretch(1)
        row_buttons.addLayout(self.undo_buttons())

        # The chosen period: shown only when one is chosen (never a made-up value in an empty form).
        self.details = QGroupBox(self.tr("The chosen period"))
        form = QFormLayout(self.details)
        self.name = LineField()
        self.kind = QComboBox()
        _kind_choices(self.kind)
        self.period_end = DayField()
        self.due = DateField()
        self.due_note = QLabel()
        self.due_note.setWordWrap(True)
        self.due_note.setStyleSheet("color: palette(placeholder-text);")
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Period end"), self.period_end)
        form.addRow(self.tr("Decision date"), self.due)
        form.addRow("", self.due_note)
        self.name.committed.connect(lambda value: self._edit(name=value))
        self.kind.activated.connect(lambda _i: self._edit(kind=self.kind.currentData()))
        self.period_end.committed.connect(lambda value: self._edit(period_end=value))
        self.due.committed.connect(lambda value: self._edit(due=value))
        self.hint = QLabel(self.tr("Choose a period in the list to change it, or add one below."))

        add_box = QGroupBox(self.tr("Add a period"))
        add_form = QFormLayout(add_box)
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(self.tr("e.g. Tertialrapport 1"))
        self.new_kind = QComboBox()
        _kind_choices(self.new_kind)
        self.new_end = DayField()
        add = QPushButton(self.tr("Add period"))
        add.setToolTip(self.tr("Add a reporting period"))
        add.clicked.connect(self.add_period)
        add_form.addRow(self.tr("Name"), self.new_name)
        add_form.addRow(self.tr("Kind"), self.new_kind)
        add_form.addRow(self.tr("Period end"), self.new_end)
        add_form.addRow("", add)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row_buttons)
        layout.addWidget(self.refusal)
        layout.addWidget(self.hint)
        layout.addWidget(self.details)
        layout.addWidget(add_box)
        layout.addWidget(close)
        document.changed.connect(self._changed)
        self._open = True
        self._read()
        self.new_end.set_value(date(self._plan_year(), 12, 31))
        if self.rows.records:
            self.table.selectRow(0)
        self._show()

    # --- reading ----------------------------------------------------------------------------------------

    def _plan_year(self) -> int:
        from ..models.queries.wheel_rows import read_wheel

        return read_wheel(self.document.plan).year

    def _read(self) -> None:
        from ..models.queries.follow_up_rows import period_rows

        self.rows.set_records(period_rows(self.document.plan))

    def _changed(self, changes) -> None:
        if changes.touches(Kind.PERIOD, Kind.FOLLOW_UP, Kind.EVENT):
            self._read()
        self._show()  # a refused edit shows again what is stored

    def current(self):
        index = self.table.currentIndex()
        return self.rows.records[index.row()] if index.isValid() and index.row() < len(self.rows.records) else None

    def _show(self) -> None:
        row = self.current()
        self.details.setVisible(row is not None)
        self.hint.setVisible(row is None)
        self.remove_button.setEnabled(row is not None)
        if row is None:
            return
        self.name.set_value(row.name)
        self.kind.setCurrentIndex(self.kind.findData(row.kind))
        self.period_end.set_value(row.period_end)
        self.due.set_value(row.due)
        self.due_note.setText(
            self.tr("The last day of the annual wheel's event “%1”: a new date moves the event.").replace("%1", row.event)
            if row.event else self.tr("No event in the annual wheel points to this period."))

    # --- writing ----------------------------------------------------------------------------------------

    def _edit(self, **fields) -> None:
        row = self.current()
        if row is not None:
            self.run(commands.UpdatePeriod(row.name, row.id, **fields))

    def remove_period(self) -> None:
        row = self.current()
        if row is not None:
            self.run(commands.DeletePeriod(row.name, row.id))

    def add_period(self) -> bool:
        command = commands.CreatePeriod(name=self.new_name.text(), kind=self.new_kind.currentData(),
                                        period_end=self.new_end.value())
        if not self.run(command):
            return False
        self.new_name.clear()
        ids = [r.id for r in self.rows.records]
        if command.period_id in ids:
            self.table.selectRow(ids.index(command.period_id))
        return True

    def done(self, result: int) -> None:
        if not self._open:  # once (closing the window may close it again)
            QDialog.done(self, result)
            return
        self._open = False
        with warnings.catch_warnings():  # the window may have let go of the plan first, and of its listeners
            warnings.simplefilter("ignore", RuntimeWarning)
            self.document.changed.disconnect(self._changed)  # a closed dialog no longer follows the plan
            super().done(result)
