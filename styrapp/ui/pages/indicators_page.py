"""Indikatorer: the table of indicators, and the chart of the one selected beneath it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from ...views.chart_view import ChartView
from .table_pages import indicators_page


class IndicatorsPage(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.plan = None
        self.table_page = indicators_page()
        self.model = self.table_page.model
        self.chart = ChartView(self.tr("Select an indicator to see its outcome over time, with target and baseline."))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table_page)
        splitter.addWidget(self.chart)
        splitter.setSizes([330, 380])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.table_page.table.selectionModel().currentRowChanged.connect(lambda current, _prev: self.show_chart(
            self.model.records[current.row()].id if current.isValid() else None))

    def show_plan(self, plan) -> None:
        selected = self.selected_id()
        self.plan = plan
        self.table_page.show_plan(plan)
        rows = [i for i, r in enumerate(self.model.records) if r.id == selected]
        if rows:
            self.table_page.table.selectRow(rows[0])
        else:
            self.chart.clear(self.tr("Select an indicator to see its outcome over time, with target and baseline."))

    def selected_id(self) -> int | None:
        index = self.table_page.table.currentIndex()
        return self.model.records[index.row()].id if index.isValid() and index.row() < len(self.model.records) else None

    def show_chart(self, indicator_id: int | None) -> None:
        if indicator_id is None or self.plan is None:
            return
        from ...models.indicator_series import indicator_series
        from ...reports.charts import indicator_chart

        self.chart.show_figure(indicator_chart(indicator_series(self.plan, indicator_id)))
