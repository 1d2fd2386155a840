"""Intern kontroll, per unit and year: the riskanalys as a table and as a 4×4 matrix (both editable: add,
edit in the form beside, delete, drag a risk to another cell), the internkontrollplan (the risks chosen
for it, the rule's suggestions, each chosen risk's control) and the follow-up of each control per
reporting period, with the count not yet followed up. Every change is one undoable command."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...models.changes import Kind
from ...models.enums import Frequency, RiskCategory
from ...models.rules.risk import (
    BAND_COLOUR,
    BAND_WORDS,
    SCALE,
    THRESHOLD_RANGE,
    band,
)
from ...views.fields import LineField, TextArea, WholeNumberBox
from ...views.labels import enum_label
from ...views.record_table import Column, RecordTableModel
from ...views.risk_matrix import MatrixRisk, RiskMatrix
from .control_checks import ControlChecks
from .control_parts import category_text, records_table, select_record, selected_record, side_form, window_word


class ControlPage(ControlChecks, QWidget):
    message = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.document = None
        self.analysis = None
        self._periods = []
        self._current: int | None = None  # the risk shown in the forms
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        top = QHBoxLayout()
        title = self.tr("Internal control")
        top.addWidget(QLabel(f"<b style='font-size:14pt'>{title}</b>"))
        top.addSpacing(16)
        top.addWidget(QLabel(self.tr("Unit:")))
        self.unit = QComboBox()
        self.unit.setAccessibleName(self.tr("Unit"))
        self.unit.setMinimumContentsLength(16)
        self.unit.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        top.addWidget(self.unit)
        top.addWidget(QLabel(self.tr("Year:")))
        self.year = QComboBox()
        self.year.setAccessibleName(self.tr("Year"))
        top.addWidget(self.year)
        top.addSpacing(16)
        top.addWidget(QLabel(self.tr("Suggest for the plan over risk value:")))
        self.threshold = WholeNumberBox()  # "1.5" is refused in place, never read as 15
        self.threshold.setAccessibleName(self.tr("Suggest for the plan over risk value"))
        self.threshold.setRange(*THRESHOLD_RANGE)
        self.threshold.setKeyboardTracking(False)
        self.threshold.setToolTip(self.tr("A risk whose value (likelihood × consequence) is over this is suggested "
                                          "for the internal control plan. Whether it is chosen stays your choice."))
        top.addWidget(self.threshold)
        top.addStretch(1)
        layout.addLayout(top)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Internal control"))
        layout.addWidget(self.tabs, 1)
        self._build_analysis_tab()
        self._build_plan_tab()
        self._build_follow_up_tab()
        self.unit.currentIndexChanged.connect(lambda _i: self.refresh())
        self.year.currentIndexChanged.connect(lambda _i: self._year_changed())
        self.threshold.valueChanged.connect(self._threshold_changed)

    # --- building -------------------------------------------------------------------------------------------

    def _build_analysis_tab(self) -> None:
        tab = QWidget()
        outer = QHBoxLayout(tab)
        outer.setContentsMargins(4, 6, 4, 4)
        left = QSplitter(Qt.Orientation.Vertical)
        self.matrix = RiskMatrix()
        self.matrix.risk_selected.connect(self.show_risk)
        self.matrix.risk_moved.connect(self.move_risk)
        left.addWidget(self.matrix)
        self.risks = RecordTableModel([
            Column(self.tr("No."), lambda r: str(r.number), align_right=True),
            Column(self.tr("Risk"), lambda r: r.title, tooltip=lambda r: r.description or r.title),
            Column(self.tr("Category"), lambda r: category_text(r.category)),
            Column(self.tr("Likelihood"), lambda r: str(r.likelihood), align_right=True),
            Column(self.tr("Consequence"), lambda r: str(r.consequence), align_right=True),
            Column(self.tr("Risk value"), lambda r: f"{r.value} ({window_word(BAND_WORDS[r.band])})",
                   colour=lambda r: BAND_COLOUR[r.band], sort=lambda r: r.value),
            Column(self.tr("In plan"), lambda r: self.tr("yes") if r.chosen else (self.tr("suggested") if r.suggested else "")),
            Column(self.tr("Unit"), lambda r: r.unit),
            Column(self.tr("Process"), lambda r: r.process),
        ], self)
        self.risk_table = records_table(self.risks)
        self.risk_table.setAccessibleName(self.tr("Risks"))
        self.risk_table.selectionModel().currentRowChanged.connect(
            lambda *_: self.show_risk(getattr(selected_record(self.risk_table, self.risks), "id", None)))
        left.addWidget(self.risk_table)
        left.setSizes([330, 220])
        outer.addWidget(left, 1)

        form_box, box, self.risk_heading, form = side_form(380)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add risk"))
        self.add_button.setToolTip(self.tr("Add a risk to the risk analysis of the unit chosen"))
        self.add_button.clicked.connect(self.add_risk)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setToolTip(self.tr("Delete the selected risk; you are told first what goes with it"))
        self.delete_button.clicked.connect(self.delete_risk)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        box.insertLayout(0, buttons)  # above the heading
        self.title = LineField()
        self.title.committed.connect(lambda text: self._update(title=text))
        self.category = QComboBox()
        self.category.setEditable(True)
        self.category.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.category.addItem("", "")
        for member in RiskCategory:
            self.category.addItem(enum_label(member), member.value)
        self.category.setToolTip(self.tr("One of the usual kinds, or the plan's own word"))
        self.category.activated.connect(lambda _i: self._category_committed())
        self.category.lineEdit().editingFinished.connect(self._category_committed)
        self.likelihood = QComboBox()
        self.consequence = QComboBox()
        for combo in (self.likelihood, self.consequence):
            for n in SCALE:
                combo.addItem(str(n), n)
        self.likelihood.activated.connect(lambda _i: self._update(likelihood=self.likelihood.currentData()))
        self.consequence.activated.connect(lambda _i: self._update(consequence=self.consequence.currentData()))
        self.value_label = QLabel()
        self.chosen = QCheckBox(self.tr("In the internal control plan"))
        self.chosen.clicked.connect(lambda checked: self._update(chosen=checked))
        self.suggestion = QLabel()
        self.suggestion.setWordWrap(True)
        self.process = LineField()
        self.process.committed.connect(lambda text: self._update(process=text))
        self.risk_unit = QComboBox()
        self.risk_unit.activated.connect(lambda _i: self._update(unit_id=self.risk_unit.currentData()))
        self.description = TextArea()
        self.description.committed.connect(lambda text: self._update(description=text))
        form.addRow(self.tr("Risk"), self.title)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Likelihood (1–4)"), self.likelihood)
        form.addRow(self.tr("Consequence (1–4)"), self.consequence)
        form.addRow(self.tr("Risk value"), self.value_label)
        form.addRow("", self.chosen)
        form.addRow("", self.suggestion)
        form.addRow(self.tr("Process"), self.process)
        form.addRow(self.tr("Unit"), self.risk_unit)
        form.addRow(self.tr("Description"), self.description)
        box.addLayout(form)
        box.addStretch(1)
        outer.addWidget(form_box)
        self.tabs.addTab(tab, self.tr("Risk analysis"))

    def _build_plan_tab(self) -> None:
        tab = QWidget()
        outer = QHBoxLayout(tab)
        outer.setContentsMargins(4, 6, 4, 4)
        left = QVBoxLayout()
        self.plan_intro = QLabel()
        self.plan_intro.setWordWrap(True)
        left.addWidget(self.plan_intro)
        self.controls = RecordTableModel([
            Column(self.tr("No."), lambda r: str(r.number), align_right=True),
            Column(self.tr("Risk"), lambda r: r.title, tooltip=lambda r: r.title),
            Column(self.tr("Risk value"), lambda r: str(r.value), colour=lambda r: BAND_COLOUR[r.band], align_right=True),
            Column(self.tr("Control"), lambda r: r.control or self.tr("(no control yet)"), tooltip=lambda r: r.control),
            Column(self.tr("Method"), lambda r: r.method),
            Column(self.tr("Responsible"), lambda r: r.responsible),
            Column(self.tr("Frequency"), lambda r: enum_label(Frequency(r.frequency))),
            Column(self.tr("Reported in"), lambda r: r.report_period),
            Column(self.tr("Reported to"), lambda r: r.reporting),
        ], self)
        self.control_table = records_table(self.controls)
        self.control_table.setAccessibleName(self.tr("Controls in the internal control plan"))
        self.control_table.selectionModel().currentRowChanged.connect(
            lambda *_: self.show_risk(getattr(selected_record(self.control_table, self.controls), "id", None)))
        left.addWidget(self.control_table, 2)
        self.suggested_intro = QLabel()
        self.suggested_intro.setWordWrap(True)
        left.addWidget(self.suggested_intro)
        self.suggested = RecordTableModel([
            Column(self.tr("No."), lambda r: str(r.number), align_right=True),
            Column(self.tr("Risk"), lambda r: r.title),
            Column(self.tr("Risk value"), lambda r: str(r.value), colour=lambda r: BAND_COLOUR[r.band], align_right=True),
        ], self)
        self.suggested_table = records_table(self.suggested)
        self.suggested_table.setAccessibleName(self.tr("Risks suggested for the plan"))
        self.suggested_table.setMaximumHeight(130)
        left.addWidget(self.suggested_table, 1)
        choose_row = QHBoxLayout()
        self.choose_button = QPushButton(self.tr("Choose for the plan"))
        self.choose_button.setToolTip(self.tr("Put the selected risk into the internal-control plan"))
        self.choose_button.clicked.connect(self.choose_suggested)
        choose_row.addWidget(self.choose_button)
        choose_row.addStretch(1)
        left.addLayout(choose_row)
        outer.addLayout(left, 1)

        form_box, box, self.control_heading, form = side_form(400)
        self.control = TextArea()
        self.control.committed.connect(lambda text: self._update(control=text))
        self.method = LineField()
        self.method.committed.connect(lambda text: self._update(method=text))
        self.responsible = LineField()
        self.responsible.committed.connect(lambda text: self._update(responsible=text))
        self.frequency = QComboBox()
        for member in Frequency:
            self.frequency.addItem(enum_label(member), member.value)
        self.frequency.activated.connect(lambda _i: self._update(frequency=self.frequency.currentData()))
        self.report_period = QComboBox()
        self.report_period.activated.connect(lambda _i: self._update(report_period_id=self.report_period.currentData()))
        self.reporting = LineField()
        self.reporting.committed.connect(lambda text: self._update(reporting=text))
        form.addRow(self.tr("Control"), self.control)
        form.addRow(self.tr("Method"), self.method)
        form.addRow(self.tr("Responsible"), self.responsible)
        form.addRow(self.tr("Frequency"), self.frequency)
        form.addRow(self.tr("Reported in"), self.report_period)
        form.addRow(self.tr("Reported to"), self.reporting)
        box.addLayout(form)
        self.unchoose_button = QPushButton(self.tr("Take out of the plan"))
        self.unchoose_button.setToolTip(self.tr("Take the selected risk out of the internal-control plan; its control is kept"))
        self.unchoose_button.clicked.connect(lambda: self._update(chosen=False))
        row = QHBoxLayout()
        row.addWidget(self.unchoose_button)
        row.addStretch(1)
        box.addLayout(row)
        box.addStretch(1)
        outer.addWidget(form_box)
        self.tabs.addTab(tab, self.tr("Internal control plan"))

    # --- the page protocol ------------------------------------------------------------------------------------

    def show_document(self, document) -> None:
        self.document = document
        self._current = None
        self._fill_choices(keep=False)
        self.refresh()

    def concerns(self, changes) -> bool:
        return changes.touches(Kind.RISK, Kind.CONTROL_FOLLOW_UP, Kind.UNIT, Kind.PERIOD, Kind.SETTING, Kind.PLAN)

    def _fill_choices(self, keep: bool = True) -> None:
        """The unit and year combos (keeping what was chosen) and the threshold."""
        from ...models.queries.control_rows import risk_years
        from ...models.queries.plan_details import plan_details
        from ...models.queries.units import unit_rows

        plan = self.document.plan
        unit, year = self.unit.currentData(), self.year.currentData()
        units = unit_rows(plan)
        depth = {}
        for u in units:
            depth[u.id] = depth.get(u.parent_id, -1) + 1
        for combo in (self.unit, self.year, self.risk_unit):
            combo.blockSignals(True)
        self.unit.clear()
        self.unit.addItem(self.tr("All units"), None)
        self.risk_unit.clear()
        self.risk_unit.addItem(self.tr("(no unit)"), None)
        for u in units:
            self.unit.addItem("   " * depth[u.id] + u.name, u.id)
            self.risk_unit.addItem("   " * depth[u.id] + u.name, u.id)
        self.year.clear()
        for y in risk_years(plan):
            self.year.addItem(str(y), y)
        plan_year = plan_details(plan).year
        self.unit.setCurrentIndex(max(0, self.unit.findData(unit)) if keep else 0)
        followed = getattr(self, "_year_in_view", None) == plan.year  # the window shows another year: follow it
        self._year_in_view = plan.year
        wanted = year if keep and followed and year is not None else plan_year
        self.year.setCurrentIndex(max(0, self.year.findData(wanted)))
        for combo in (self.unit, self.year, self.risk_unit):
            combo.blockSignals(False)
        self._fill_periods()

    def _fill_periods(self) -> None:
        from datetime import date

        from ...models.queries.control_rows import control_periods

        year = self.year.currentData()
        self._periods = control_periods(self.document.plan, year) if year is not None else []
        chosen = self.period.currentData()
        for combo in (self.period, self.report_period):
            combo.blockSignals(True)
            combo.clear()
        self.report_period.addItem(self.tr("(the year's last period)"), None)
        for p in self._periods:
            text = f"{p.name} ({p.period_end.isoformat()})"
            self.period.addItem(text, p.id)
            self.report_period.addItem(p.name, p.id)
        if chosen is not None and self.period.findData(chosen) >= 0:
            self.period.setCurrentIndex(self.period.findData(chosen))
        else:  # the latest period that has ended: the one being followed up now
            ended = [i for i, p in enumerate(self._periods) if p.period_end <= date.today()]
            self.period.setCurrentIndex(ended[-1] if ended else 0)
        for combo in (self.period, self.report_period):
            combo.blockSignals(False)

    def _year_changed(self) -> None:
        self._fill_periods()
        self.refresh()

    def refresh(self, changes=None) -> None:
        from ...models.queries.control_rows import risk_analysis

        if self.document is None:
            return
        if changes is not None and changes.touches(Kind.UNIT, Kind.PERIOD, Kind.PLAN):
            self._fill_choices()
        year = self.year.currentData()
        if year is None:
            return
        self.analysis = risk_analysis(self.document.plan, year, self.unit.currentData())
        self.threshold.blockSignals(True)
        self.threshold.setValue(self.analysis.threshold)
        self.threshold.blockSignals(False)
        risks = self.analysis.risks
        if self._current is not None and self.analysis.by_id(self._current) is None:
            self._current = None
        self.risks.set_records(risks)
        self.matrix.set_risks([MatrixRisk(r.id, r.number, r.title, r.likelihood, r.consequence, r.chosen) for r in risks],
                              self._current)
        self.controls.set_records(self.analysis.chosen)
        suggested = [r for r in risks if r.suggested and not r.chosen]
        self.suggested.set_records(suggested)
        self.plan_intro.setText(self.tr("The risks chosen for the internal control plan, each with its control. "
                                        "Select one to write its control beside."))
        self.suggested_intro.setText(
            self.tr("Suggested by the plan's rule (risk value over %1) but not chosen:").replace(
                "%1", str(self.analysis.threshold)) if suggested else
            self.tr("Every risk over the plan's threshold (%1) is chosen.").replace("%1", str(self.analysis.threshold)))
        self.suggested_table.setVisible(bool(suggested))
        self.choose_button.setVisible(bool(suggested))
        self._show_checks()
        self.show_risk(self._current)

    # --- showing the chosen risk in the forms ---------------------------------------------------------------

    def current_risk(self):
        return self.analysis.by_id(self._current) if self.analysis is not None and self._current is not None else None

    def show_risk(self, risk_id: int | None) -> None:
        self._current = risk_id
        risk = self.current_risk()
        self.matrix.select(risk_id)
        for table, model in ((self.risk_table, self.risks), (self.control_table, self.controls)):
            table.blockSignals(True)
            table.selectionModel().blockSignals(True)
            select_record(table, model, risk_id)
            table.selectionModel().blockSignals(False)
            table.blockSignals(False)
        self.check_table.selectionModel().blockSignals(True)
        for row, check in enumerate(self.checks.records):
            if check.risk.id == risk_id:
                self.check_table.selectRow(row)
                break
        else:
            self.check_table.clearSelection()
        self.check_table.selectionModel().blockSignals(False)
        fields = (self.title, self.category, self.likelihood, self.consequence, self.chosen, self.process,
                  self.risk_unit, self.description, self.delete_button)
        for widget in fields:
            widget.setEnabled(risk is not None)
        if risk is None:
            self.risk_heading.setText(self.tr("Select a risk in the matrix or the table to edit it, or add one."))
            self.title.set_value("")
            self.description.set_value("")
            self.process.set_value("")
            self.category.setEditText("")
            for box in (self.likelihood, self.consequence, self.risk_unit):
                box.setCurrentIndex(-1)  # empty, not a likelihood of 1 nobody gave
            self.chosen.setChecked(False)
            self.value_label.clear()
            self.suggestion.clear()
        else:
            self.risk_heading.setText(f"<b>{risk.number}. {escape(risk.title)}</b>")
            self.title.set_value(risk.title)
            self.description.set_value(risk.description)
            self.process.set_value(risk.process)
            index = self.category.findData(risk.category)
            if index >= 0:
                self.category.setCurrentIndex(index)
            else:
                self.category.setEditText(risk.category)
            self.likelihood.setCurrentIndex(self.likelihood.findData(risk.likelihood))
            self.consequence.setCurrentIndex(self.consequence.findData(risk.consequence))
            self.value_label.setText(f"<b>{risk.value}</b> – {escape(window_word(BAND_WORDS[band(risk.value)]))}")
            self.chosen.setChecked(risk.chosen)
            self.risk_unit.setCurrentIndex(max(0, self.risk_unit.findData(risk.unit_id)))
            threshold = self.analysis.threshold
            self.suggestion.setText(
                (self.tr("Suggested: its risk value is over %1.") if risk.suggested else
                 self.tr("Not suggested: its risk value is not over %1.")).replace("%1", str(threshold)))
        self._show_control(risk)
        self._show_check()

    def _show_control(self, risk) -> None:
        chosen = risk is not None and risk.chosen
        for widget in (self.control, self.method, self.responsible, self.frequency, self.report_period, self.reporting,
                       self.unchoose_button):
            widget.setEnabled(chosen)
        if not chosen:
            self.control_heading.setText(self.tr("Select a chosen risk to write its control.") if risk is None else
                                         self.tr("“%1” is not in the internal control plan. Choose it there first.")
                                         .replace("%1", escape(risk.title)))
            for field in (self.control,):
                field.set_value("")
            for field in (self.method, self.responsible, self.reporting):
                field.set_value("")
            for box in (self.frequency, self.report_period):
                box.setCurrentIndex(-1)
            return
        self.control_heading.setText(f"<b>{risk.number}. {escape(risk.title)}</b>")
        self.control.set_value(risk.control)
        self.method.set_value(risk.method)
        self.responsible.set_value(risk.responsible)
        self.reporting.set_value(risk.reporting)
        self.frequency.setCurrentIndex(max(0, self.frequency.findData(risk.frequency)))
        self.report_period.setCurrentIndex(max(0, self.report_period.findData(risk.report_period_id)))

    def select_risk(self, risk_id: int) -> None:
        """Show a risk's control in the internkontrollplan (from a finding of the red thread): its year,
        all units, if the risk is not among those shown."""
        from ...models.queries.control_rows import risk_year

        if self.document is None:
            return
        if self.analysis is None or self.analysis.by_id(risk_id) is None:
            year = risk_year(self.document.plan, risk_id)
            if year is None:
                return
            for combo, data in ((self.unit, None), (self.year, year)):
                combo.blockSignals(True)
                combo.setCurrentIndex(max(0, combo.findData(data)))
                combo.blockSignals(False)
            self._fill_periods()
        self._current = risk_id
        self.refresh()
        self.tabs.setCurrentIndex(1)

    # --- writing ------------------------------------------------------------------------------------------

    def _run(self, command) -> bool:
        return self.document is not None and self.document.run(command)

    def _update(self, **fields) -> None:
        from .. import control_commands

        risk = self.current_risk()
        if risk is None:
            return
        self._run(control_commands.UpdateRisk(risk.title, risk.id, **fields))

    def _category_committed(self) -> None:
        risk = self.current_risk()
        if risk is None:
            return
        text = self.category.currentText().strip()
        index = self.category.findText(text, Qt.MatchFlag.MatchFixedString)
        value = self.category.itemData(index) if index >= 0 else text
        if value != risk.category:
            self._update(category=value)

    def move_risk(self, risk_id: int, likelihood: int, consequence: int) -> None:
        from .. import control_commands

        risk = self.analysis.by_id(risk_id) if self.analysis else None
        if risk is not None:
            self._current = risk_id
            self._run(control_commands.UpdateRisk(risk.title, risk_id, likelihood=likelihood, consequence=consequence))

    def add_risk(self) -> None:
        from .. import control_commands

        year = self.year.currentData()
        if self.document is None or year is None:
            return
        command = control_commands.CreateRisk(title=self.tr("New risk"), year=year, likelihood=1, consequence=1,
                                      unit_id=self.unit.currentData())
        if self._run(command):
            self._current = command.risk_id
            self.tabs.setCurrentIndex(0)
            self.refresh()
            self.title.setFocus()
            self.title.selectAll()

    def delete_risk(self) -> None:
        from ...models.queries.control_rows import follow_up_count
        from .. import control_commands

        risk = self.current_risk()
        if risk is None:
            return
        count = follow_up_count(self.document.plan, risk.id)
        text = self.tr("Delete the risk “%1”?").replace("%1", risk.title)
        goes = []
        if risk.control:
            goes.append(self.tr("its control in the internal control plan"))
        if count == 1:
            goes.append(self.tr("its follow-up in 1 period"))
        elif count:
            goes.append(self.tr("its follow-ups in %1 periods").replace("%1", str(count)))
        if goes:
            text += "\n\n" + self.tr("With it go: %1.").replace("%1", "; ".join(goes))
        text += "\n\n" + self.tr("Edit → Undo brings it back.")
        answer = QMessageBox.question(self, self.tr("Delete risk"), text)
        if answer == QMessageBox.StandardButton.Yes:
            self._current = None
            self._run(control_commands.DeleteRisk(risk.title, risk.id))

    def choose_suggested(self) -> None:
        from .. import control_commands

        risk = selected_record(self.suggested_table, self.suggested) or (self.suggested.records[0] if self.suggested.records else None)
        if risk is not None:
            self._current = risk.id
            self._run(control_commands.UpdateRisk(risk.title, risk.id, chosen=True))

    def _threshold_changed(self, value: int) -> None:
        from .. import control_commands

        if self.analysis is not None and value != self.analysis.threshold:
            self._run(control_commands.SetRiskThreshold(value))
