"""Indikatorer: the table of indicators; for the one selected, its chart and its measured values.

Values are typed into the grid, pasted from Excel (period, then totalt, kvinnor, män) or added one by
one below it; each change is one undo step, and a value that is not a number is refused in place.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...models.enums import GENDER_ORDER, Gender, MeasurementKind
from ...models.errors import StyrappError
from ...views.chart_view import ChartView
from ...views.indicator_form import IndicatorForm
from ...views.labels import enum_label
from ...views.measurement_grid import MeasurementGridModel, MeasurementGridView
from ..document import PlanDocument
from .table_pages import indicators_page


class IndicatorsPage(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.document: PlanDocument | None = None
        self.table_page = indicators_page()
        self.model = self.table_page.model
        self.chart = ChartView(self.tr("Select an indicator to see its outcome over time, with target and baseline."))
        self.grid_model = MeasurementGridModel(self)
        self.grid_model.on_change = self._change
        self.grid_model.on_error = self._refuse
        self.grid = MeasurementGridView(self.grid_model, self._paste)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #B71C1C;")
        values = QWidget()
        values_layout = QVBoxLayout(values)
        values_layout.addWidget(QLabel(self.tr(
            "Type over a value, or paste rows copied from Excel: a period, then total, women, men. "
            "Delete clears a value. Edit → Undo takes any change back.")))
        values_layout.addWidget(self.grid, 1)
        add = QHBoxLayout()
        self.new_period = QLineEdit()
        self.new_period.setPlaceholderText(self.tr("Period, e.g. 2026 or 2026-08"))
        self.new_kind = QComboBox()
        for kind in (MeasurementKind.ACTUAL, MeasurementKind.FORECAST):
            self.new_kind.addItem(enum_label(kind), kind.value)
        self.new_gender = QComboBox()
        for gender in GENDER_ORDER:
            self.new_gender.addItem(enum_label(Gender(gender)), gender)
        self.new_value = QLineEdit()
        self.new_value.setPlaceholderText(self.tr("Value"))
        self.add_button = QPushButton(self.tr("Add value"))
        self.add_button.clicked.connect(self.add_value)
        self.new_value.returnPressed.connect(self.add_value)
        for widget in (self.new_period, self.new_kind, self.new_gender, self.new_value, self.add_button):
            add.addWidget(widget)
        values_layout.addLayout(add)
        values_layout.addWidget(self.message)
        self.form = IndicatorForm()
        self.form.field_edited.connect(self._edit_indicator)
        self.form.sdgs_edited.connect(self._edit_sdgs)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.chart, self.tr("Chart"))
        self.tabs.addTab(values, self.tr("Measured values"))
        self.tabs.addTab(self.form, self.tr("Details"))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table_page)
        splitter.addWidget(self.tabs)
        splitter.setSizes([300, 410])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.table_page.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_selected())

    # --- the plan -----------------------------------------------------------------------------------

    @property
    def plan(self):
        return self.document.plan if self.document is not None else None

    def show_document(self, document: PlanDocument) -> None:
        self.document = document

    set_document = show_document

    def concerns(self, changes) -> bool:
        from ...models.changes import Kind

        return changes.touches(Kind.INDICATOR, Kind.MEASUREMENT, Kind.NODE, Kind.UNIT, Kind.SETTING)

    def refresh(self, changes=None) -> None:
        """The list is kept in step by id; the chart, the grid and the form are read again only when the
        change touched the indicator they show (its values, its links, the status rules)."""
        from ...models.changes import Kind

        selected = self.selected_id()
        if changes is None or selected is None:
            self.show_plan(self.document.plan)
            return
        self.table_page.show_plan(self.document.plan)
        if not self.table_page.select_record(lambda r: r.id == selected):
            self.show_plan(self.document.plan)  # the indicator shown is gone
            return
        ids = changes.ids(Kind.INDICATOR)
        if ids is None or selected in ids or changes.touches(Kind.SETTING, Kind.NODE, Kind.UNIT):
            self.show_selected()

    def show_plan(self, plan) -> None:
        selected = self.selected_id()
        self.table_page.show_plan(plan)
        if selected is not None and self.table_page.select_record(lambda r: r.id == selected):
            self.show_selected()
        else:
            self.chart.clear(self.tr("Select an indicator to see its outcome over time, with target and baseline."))
            self.grid_model.set_rows([], 0)

    def selected_id(self) -> int | None:
        record = self.selected()
        return record.id if record is not None else None

    def selected(self):
        index = self.table_page.table.currentIndex()
        if not index.isValid() or self.table_page.proxy.mapToSource(index).row() >= len(self.model.records):
            return None
        return self.table_page.record_at(index)

    def show_selected(self) -> None:
        record = self.selected()
        if record is None or self.plan is None:
            return
        from ...models.queries.indicator_details import indicator_details
        from ...models.queries.indicator_series import indicator_series
        from ...models.queries.measurement_grid import grid_rows
        from ...reports.charts import indicator_chart

        self.chart.show_figure(indicator_chart(indicator_series(self.plan, record.id)))
        self.grid_model.set_rows(grid_rows(self.plan, record.id), record.decimals, record.id)
        self.form.show_details(indicator_details(self.plan, record.id))

    # --- edits ------------------------------------------------------------------------------------------

    def _change(self, changes: list) -> None:
        from .. import commands

        record = self.selected()
        if record is None or self.document is None:
            return
        self.message.clear()
        if not self.document.run(commands.ChangeMeasurements(record.name, record.id, changes)):
            self.show_selected()

    def _edit_indicator(self, indicator_id: int, fields: dict) -> None:
        from .. import commands

        record = self.selected()
        if record is None or self.document is None:
            return
        self.message.clear()
        if not self.document.run(commands.UpdateIndicator(record.name, indicator_id, **fields)):
            self.show_selected()  # the form shows what is stored again

    def _edit_sdgs(self, indicator_id: int, numbers: list) -> None:
        from .. import commands

        record = self.selected()
        if record is not None and self.document is not None:
            self.document.run(commands.SetIndicatorSdgs(record.name, indicator_id, numbers))

    def _refuse(self, text: str) -> None:
        self.message.setText(text)

    def _paste(self, text: str, first_gender: int, kind: str) -> None:
        from ...models.queries.measurement_grid import parse_pasted, plan_year

        if self.selected() is None:
            return
        try:
            changes = parse_pasted(text, kind=kind, first_gender=max(0, first_gender), year=plan_year(self.plan))
        except StyrappError as exc:
            self._refuse(self.tr("Nothing was pasted. %1").replace("%1", exc.message))
            return
        self._change(changes)

    def add_value(self) -> bool:
        from ...models.queries.measurement_grid import check_period, plan_year
        from ...models.rules.measurements import MeasurementIn
        from ...models.rules.numbers import parse_number

        if self.selected() is None:
            return False
        try:
            period = check_period(self.new_period.text(), plan_year(self.plan))
            value = parse_number(self.new_value.text())
        except StyrappError as exc:
            self._refuse(exc.message)
            return False
        kind, gender = self.new_kind.currentData(), self.new_gender.currentData()
        self._change([((period, kind, gender), MeasurementIn(period, value, kind=kind, gender=gender))])
        self.new_value.clear()
        return True
