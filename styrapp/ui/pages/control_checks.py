"""Intern kontroll's third tab: the follow-up of each chosen risk's control in a reporting period — performed
or not, what was found, the actions decided — with the count not yet followed up. A part of `ControlPage`,
kept apart so the page's module stays one idea (its texts are the page's: translated in its context)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...models.enums import ControlOutcome
from ...models.rules.risk import OUTCOME_COLOUR
from ...views.fields import TextArea
from ...views.record_table import Column, RecordTableModel
from .control_parts import outcome_text, records_table, selected_record, side_form


class ControlChecks:
    """Mixed into ControlPage: uses its tabs, document, analysis, current risk, show_risk and _run."""

    def _build_follow_up_tab(self) -> None:
        tab = QWidget()
        outer = QHBoxLayout(tab)
        outer.setContentsMargins(4, 6, 4, 4)
        left = QVBoxLayout()
        row = QHBoxLayout()
        row.addWidget(QLabel(QCoreApplication.translate("ControlPage", "Period:")))
        self.period = QComboBox()
        self.period.setAccessibleName(QCoreApplication.translate("ControlPage", "Period"))
        self.period.currentIndexChanged.connect(lambda _i: self._show_checks())
        row.addWidget(self.period)
        row.addSpacing(16)
        self.left_count = QLabel()
        row.addWidget(self.left_count)
        row.addStretch(1)
        left.addLayout(row)
        self.checks = RecordTableModel([
            Column(QCoreApplication.translate("ControlPage", "No."), lambda c: str(c.risk.number), align_right=True),
            Column(QCoreApplication.translate("ControlPage", "Risk"), lambda c: c.risk.title, tooltip=lambda c: c.risk.title),
            Column(QCoreApplication.translate("ControlPage", "Follow-up"), lambda c: outcome_text(c.outcome), colour=lambda c: OUTCOME_COLOUR[c.outcome]),
            Column(QCoreApplication.translate("ControlPage", "Control"), lambda c: c.risk.control, tooltip=lambda c: c.risk.control),
            Column(QCoreApplication.translate("ControlPage", "Found"), lambda c: c.findings, tooltip=lambda c: c.findings),
            Column(QCoreApplication.translate("ControlPage", "Actions decided"), lambda c: c.actions, tooltip=lambda c: c.actions),
        ], self, key=lambda c: c.risk.id)
        self.check_table = records_table(self.checks)
        self.check_table.setAccessibleName(QCoreApplication.translate("ControlPage", "Follow-up of the controls"))
        self.check_table.selectionModel().currentRowChanged.connect(
            lambda *_: self.show_risk(getattr(getattr(selected_record(self.check_table, self.checks), "risk", None), "id", None)))
        left.addWidget(self.check_table, 1)
        outer.addLayout(left, 1)

        form_box, box, self.check_heading, form = side_form(400)
        self.outcome = QComboBox()
        self.outcome.addItem(outcome_text(None), None)
        for member in ControlOutcome:
            self.outcome.addItem(outcome_text(member.value), member.value)
        self.outcome.activated.connect(lambda _i: self._follow_up())
        self.findings = TextArea()
        self.findings.setFixedHeight(110)
        self.findings.committed.connect(lambda _t: self._follow_up())
        self.actions = TextArea()
        self.actions.setFixedHeight(110)
        self.actions.committed.connect(lambda _t: self._follow_up())
        form.addRow(QCoreApplication.translate("ControlPage", "Follow-up"), self.outcome)
        form.addRow(QCoreApplication.translate("ControlPage", "What was found"), self.findings)
        form.addRow(QCoreApplication.translate("ControlPage", "Actions decided"), self.actions)
        box.addLayout(form)
        self.check_hint = QLabel()
        self.check_hint.setWordWrap(True)
        box.addWidget(self.check_hint)
        box.addStretch(1)
        outer.addWidget(form_box)
        self.tabs.addTab(tab, QCoreApplication.translate("ControlPage", "Follow-up of the controls"))

    def _show_checks(self) -> None:
        from ...models.queries.control_rows import control_checks, not_followed_up

        period_id = self.period.currentData()
        if self.analysis is None or period_id is None:
            self.checks.set_records([])
            self.left_count.setText(QCoreApplication.translate("ControlPage", "The year has no reporting periods."))
            self._show_check()
            return
        checks = control_checks(self.document.plan, self.analysis, period_id)
        self.checks.set_records(checks)
        left = not_followed_up(checks)
        self.left_count.setText(
            QCoreApplication.translate("ControlPage", "%1 of %2 controls not yet followed up").replace("%1", str(left)).replace("%2", str(len(checks)))
            if left else QCoreApplication.translate("ControlPage", "Every control is followed up ✓") if checks else
            QCoreApplication.translate("ControlPage", "No risk is chosen for the internal control plan."))
        self._show_check()

    def _current_check(self):
        return next((c for c in self.checks.records if c.risk.id == self._current), None)

    def _show_check(self) -> None:
        check = self._current_check()
        self.outcome.setEnabled(check is not None)
        texts_open = check is not None and check.outcome is not None
        for field in (self.findings, self.actions):
            field.setEnabled(texts_open)
        if check is None:
            self.check_heading.setText(QCoreApplication.translate("ControlPage", "Select a control to write its follow-up for the period."))
            self.outcome.setCurrentIndex(0)
            self.findings.set_value("")
            self.actions.set_value("")
            self.check_hint.clear()
            return
        self.check_heading.setText(f"<b>{check.risk.number}. {escape(check.risk.title)}</b><br>"
                                   f"{escape(check.risk.control)}")
        self.outcome.setCurrentIndex(max(0, self.outcome.findData(check.outcome)))
        self.findings.set_value(check.findings)
        self.actions.set_value(check.actions)
        self.check_hint.setText("" if texts_open else QCoreApplication.translate("ControlPage", "Say first whether the control was performed; "
                                                               "then write what it found and the actions decided."))

    def _follow_up(self) -> None:
        from .. import control_commands

        check = self._current_check()
        period_id = self.period.currentData()
        if check is None or period_id is None:
            return
        outcome = self.outcome.currentData()
        findings = self.findings.toPlainText() if outcome is not None else ""
        actions = self.actions.toPlainText() if outcome is not None else ""
        if (outcome, findings, actions) == (check.outcome, check.findings, check.actions):
            return
        self._run(control_commands.SetControlFollowUp(check.risk.title, check.risk.id, period_id, outcome, findings, actions))
