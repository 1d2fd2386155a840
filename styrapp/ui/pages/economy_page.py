"""Ekonomi: per unit and year, the budget frame for drift and investering, the outcome and forecast per
reporting period in an editable grid, the deviation from the frame (kr and %, with status symbol and
word by the plan's rule), a chart of frame, outcome and forecast by period, and the unit's uppdrag with
budgetpåverkan with their sum. Every edit is an undo command; amounts are kept exactly (öre)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...models.enums import BudgetKind
from ...models.errors import StyrappError
from ...models.rules import money
from ...views.chart_view import ChartView
from ...views.economy_grid import EconomyGridModel, GridRow, grid_rows
from ...views.fields import DecimalBox
from ...views.labels import enum_label
from ...views.record_table import Column, RecordTableModel
from ..dialogs import error_label
from ..document import PlanDocument

KINDS = (BudgetKind.OPERATING.value, BudgetKind.INVESTMENT.value)


class EconomyPage(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.document: PlanDocument | None = None
        self.view = None  # the shown unit's queries.economy.UnitEconomy
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        top = QHBoxLayout()
        title = self.tr("Finances")
        top.addWidget(QLabel(f"<b style='font-size:14pt'>{title}</b>"))
        top.addSpacing(16)
        top.addWidget(QLabel(self.tr("Unit:")))
        self.unit = QComboBox()
        self.unit.setAccessibleName(self.tr("Unit"))
        self.unit.setMinimumWidth(220)
        self.unit.currentIndexChanged.connect(lambda _i: self.refresh())
        top.addWidget(self.unit)
        top.addWidget(QLabel(self.tr("Year:")))
        self.year = QComboBox()
        self.year.setAccessibleName(self.tr("Year"))
        self.year.currentIndexChanged.connect(lambda _i: self.refresh())
        top.addWidget(self.year)
        top.addSpacing(16)
        top.addWidget(QLabel(self.tr("Amounts in:")))
        self.amount_unit = QComboBox()
        self.amount_unit.setAccessibleName(self.tr("Amounts in"))
        for unit in money.UNITS:
            self.amount_unit.addItem(money.unit_word(unit), unit)
        self.amount_unit.activated.connect(lambda _i: self._set_amount_unit())
        top.addWidget(self.amount_unit)
        top.addStretch(1)
        layout.addLayout(top)

        frames = QGroupBox(self.tr("Budget frame"))
        grid = QGridLayout(frames)
        self.frame_edits: dict[str, QLineEdit] = {}
        self.frame_units: dict[str, QLabel] = {}
        for column, kind in enumerate(KINDS):
            edit = QLineEdit()
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.setMaximumWidth(160)
            edit.setPlaceholderText(self.tr("no frame"))
            edit.setAccessibleName(self.tr("Budget frame, %1").replace("%1", enum_label(BudgetKind(kind))))
            edit.editingFinished.connect(lambda k=kind: self._frame_edited(k))
            self.frame_edits[kind] = edit
            self.frame_units[kind] = QLabel()
            grid.addWidget(QLabel(enum_label(BudgetKind(kind)) + ":"), 0, column * 3)
            grid.addWidget(edit, 0, column * 3 + 1)
            grid.addWidget(self.frame_units[kind], 0, column * 3 + 2)
        grid.addWidget(QLabel(self.tr("Deficit still green up to")), 1, 0)
        self.green = DecimalBox()  # "2.5" is refused in place, never read as 25 %
        self.yellow = DecimalBox()
        self.green.setAccessibleName(self.tr("Deficit still green up to"))
        self.yellow.setAccessibleName(self.tr("Deficit yellow up to"))
        for box in (self.green, self.yellow):
            box.setRange(0, 100)
            box.setDecimals(1)
            box.setSuffix(" %")
            box.editingFinished.connect(self._set_rule)
        grid.addWidget(self.green, 1, 1)
        grid.addWidget(QLabel(self.tr("yellow up to")), 1, 3)
        grid.addWidget(self.yellow, 1, 4)
        grid.addWidget(QLabel(self.tr("of the frame; more is red.")), 1, 5)
        grid.setColumnStretch(6, 1)
        layout.addWidget(frames)

        self.grid = EconomyGridModel(self._write_figure, self._refuse, self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Budget and outcome per unit"))
        self.table.setModel(self.grid)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAlternatingRowColors(True)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._chart_timer.start())

        self.chart = ChartView(self.tr("Enter a frame, an outcome or a forecast to see the chart."))
        # The chart is drawn just after the figures are shown: a person sees the unit at once.
        self._chart_timer = QTimer(self)
        self._chart_timer.setSingleShot(True)
        self._chart_timer.setInterval(0)
        self._chart_timer.timeout.connect(self._show_chart)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.chart, 3)
        work_title = self.tr("Assignments with budget impact")
        right_layout.addWidget(QLabel(f"<b>{work_title}</b>"))
        self.work = RecordTableModel([
            Column(self.tr("Assignment"), lambda a: a.title, tooltip=lambda a: a.title),
            Column(self.tr("Amount"), lambda a: money.format_amount(a.amount, self.grid.unit), align_right=True),
        ], self, key=lambda a: a.node_id)
        work = QTableView()
        work.setAccessibleName(work_title)
        work.setModel(self.work)
        work.verticalHeader().hide()
        work.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        work.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        right_layout.addWidget(work, 1)
        self.work_sum = QLabel()
        right_layout.addWidget(self.work_sum)

        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(right)
        splitter.setSizes([800, 420])
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        self.message = error_label()
        layout.addWidget(self.message)

    # --- reading ------------------------------------------------------------------------------------------

    def show_document(self, document: PlanDocument) -> None:
        self.document = document
        self._fill_choices()

    def _fill_choices(self) -> None:
        from ...models.queries.economy import economy_years
        from ...models.queries.report_rows import plan_header
        from ...models.queries.units import unit_rows

        plan = self.document.plan
        chosen_unit, chosen_year = self.unit.currentData(), self.year.currentData()
        for box in (self.unit, self.year):
            box.blockSignals(True)
            box.clear()
        depth: dict[int, int] = {}
        for row in unit_rows(plan):
            depth[row.id] = depth.get(row.parent_id, -1) + 1 if row.parent_id is not None else 0
            self.unit.addItem("    " * depth[row.id] + row.name, row.id)
        years = economy_years(plan)
        for year in years:
            self.year.addItem(str(year), year)
        followed = getattr(self, "_year_in_view", None) == plan.year  # the window shows another year: follow it
        self._year_in_view = plan.year
        year = chosen_year if followed and chosen_year in years else plan_header(plan).year
        self.year.setCurrentIndex(max(0, self.year.findData(year)))
        if chosen_unit is not None and self.unit.findData(chosen_unit) >= 0:
            self.unit.setCurrentIndex(self.unit.findData(chosen_unit))
        for box in (self.unit, self.year):
            box.blockSignals(False)

    def concerns(self, changes) -> bool:
        from ...models.changes import Kind

        return changes.touches(Kind.BUDGET, Kind.UNIT, Kind.PERIOD, Kind.SETTING, Kind.NODE, Kind.PLAN)

    def show_plan(self, _plan=None) -> None:
        self.refresh()

    def unit_id(self) -> int | None:
        return self.unit.currentData()

    def year_value(self) -> int | None:
        return self.year.currentData()

    def refresh(self, changes=None) -> None:
        from ...models.changes import Kind
        from ...models.queries.economy import unit_economy

        if self.document is None:
            return
        if changes is not None and changes.touches(Kind.UNIT, Kind.PERIOD, Kind.PLAN):
            self._fill_choices()
        if self.unit_id() is None or self.year_value() is None:
            self.view = None
            self.grid.set_rows([], self.grid.unit)
            self.work.set_records([])
            self.message.setText(self.tr("The plan has no units yet: add them under Plan → Organisation."))
            return
        self.view = view = unit_economy(self.document.plan, self.unit_id(), self.year_value())
        unit = view.amount_unit
        self.amount_unit.setCurrentIndex(self.amount_unit.findData(unit))
        for frame in view.frames:
            edit = self.frame_edits[frame.kind]
            if not edit.hasFocus() or changes is not None:
                edit.setText(money.format_amount(frame.frame, unit, exact=True))
            self.frame_units[frame.kind].setText(money.unit_word(unit))
        for box, value in ((self.green, view.rule.green), (self.yellow, view.rule.yellow)):
            box.blockSignals(True)
            box.setValue(round(value * 100, 1))
            box.blockSignals(False)
        self.grid.set_rows(grid_rows(view), unit)
        if not view.periods:
            self.message.setText(self.tr("The plan has no reporting periods in %1, so there is nothing to enter figures for.")
                                 .replace("%1", str(view.year)))
        self.work.set_records(list(view.assignments))
        self.work_sum.setText(self.tr("Sum: %1 %2").replace("%1", money.format_amount(view.assignments_total, unit))
                              .replace("%2", money.unit_word(unit)) if view.assignments else self.tr("No assignment of this unit affects the budget."))
        self._chart_timer.start()

    def _chart_kind(self) -> str:
        index = self.table.currentIndex()
        if index.isValid() and index.row() < len(self.grid.rows):
            return self.grid.rows[index.row()].kind
        return KINDS[0]

    def _show_chart(self) -> None:
        view = self.view
        if view is None:
            return
        kind = self._chart_kind()
        frame = next(f for f in view.frames if f.kind == kind)
        if frame.frame is None and not any(f.outcome is not None or f.forecast is not None for f in frame.figures):
            self.chart.clear(self.tr("%1: no frame, outcome or forecast yet.").replace("%1", enum_label(BudgetKind(kind))))
            return
        from ...reports.alt_text import budget_alt
        from ...reports.charts import budget_chart

        shown = self.chart.figure  # drawn again on the same figure and canvas: much quicker than new ones
        title = f"{view.unit} – {enum_label(BudgetKind(kind), capital=False)} {view.year}"
        series = ([f.period for f in frame.figures], [frame.frame] * len(frame.figures),
                  [f.outcome for f in frame.figures], [f.forecast for f in frame.figures])
        figure = budget_chart(title, *series, view.amount_unit, width=4.8, height=3.0, dpi=90, figure=shown)
        if figure is shown:
            self.chart.redraw()
        else:
            self.chart.show_figure(figure)
        self.chart.describe(budget_alt(title, *series, view.amount_unit))  # what the PDF's figure says of it

    # --- writing ------------------------------------------------------------------------------------------

    def _refuse(self, text: str) -> None:
        self.message.setText(text)

    def _run(self, command) -> bool:
        self.message.clear()
        failed: list[str] = []
        self.document.failed.connect(failed.append)
        try:
            ok = self.document.run(command)
        finally:
            self.document.failed.disconnect(failed.append)
        if failed:
            self.message.setText(failed[-1])
        return ok

    def _frame_edited(self, kind: str) -> None:
        from .. import economy_commands

        if self.view is None or self.document is None:
            return
        edit = self.frame_edits[kind]
        text = edit.text().strip()
        frame = next(f for f in self.view.frames if f.kind == kind)
        if not text:
            if frame.line_id is not None:
                self._run(economy_commands.DeleteBudgetLine(frame.line_id))
            return
        try:
            ore = money.check_frame(money.parse_amount(text, self.view.amount_unit))
        except StyrappError as exc:
            self.message.setText(exc.message)  # the typed text stays in the field, to be put right
            return
        if ore == frame.frame:
            return
        self._run(economy_commands.SetBudgetFrame(self.view.unit_id, self.view.year, kind, ore))

    def _write_figure(self, row: GridRow, field: str, ore: int | None) -> bool:
        from .. import economy_commands

        if self.view is None:
            return False
        current = row.outcome if field == "outcome_ore" else row.forecast
        if ore == current:
            return True
        return self._run(economy_commands.SetBudgetFigure(self.view.unit_id, self.view.year, row.kind, row.period_id,
                                                  **{field: ore}))

    def _set_amount_unit(self) -> None:
        from .. import economy_commands

        unit = self.amount_unit.currentData()
        if self.document is not None and self.view is not None and unit != self.view.amount_unit:
            self._run(economy_commands.SetAmountUnit(unit))

    def _set_rule(self) -> None:
        from .. import economy_commands

        if self.document is None or self.view is None:
            return
        green, yellow = round(self.green.value() / 100, 4), round(self.yellow.value() / 100, 4)
        if (green, yellow) != (self.view.rule.green, self.view.rule.yellow):
            self._run(economy_commands.SetBudgetRule(green, yellow))
