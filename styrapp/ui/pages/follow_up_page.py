"""Uppföljning: choose a reporting period; for every goal, uppdrag, åtgärd and aktivitet, grouped under
its målområde, write status, assessment and analysis, with its indicators' figures and status for that
period beside it, and a count of how many have an assessment. Filter by unit and by "no assessment yet".
An item whose status differs from what its indicators show says so, in the tree and in the form."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ...models.enums import Assessment, Status
from ...views.fields import TextArea
from ...views.follow_up_tree_model import FollowUpTreeModel
from ...views.labels import enum_label, number_text, status_colour, status_text
from ...views.record_table import Column, RecordTableModel
from ..dialogs import error_label
from ..document import PlanDocument


class FollowUpPage(QWidget):
    record_activated = Signal(object)  # has .node_id: the window opens the node in its tree

    def __init__(self, parent=None):
        super().__init__(parent)
        self.document: PlanDocument | None = None
        self._periods = []
        self._rows = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        top = QHBoxLayout()
        title = self.tr("Follow-up")
        top.addWidget(QLabel(f"<b style='font-size:14pt'>{title}</b>"))
        top.addSpacing(16)
        top.addWidget(QLabel(self.tr("Period:")))
        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("Period"))
        self.period.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # a new period's name whole
        self.period.currentIndexChanged.connect(lambda _i: self.refresh())
        top.addWidget(self.period)
        top.addSpacing(12)
        top.addWidget(QLabel(self.tr("Unit:")))
        self.unit = QComboBox()
        self.unit.setAccessibleName(self.tr("Unit"))
        self.unit.setMinimumContentsLength(14)
        self.unit.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.unit.currentIndexChanged.connect(lambda _i: self.refresh())
        top.addWidget(self.unit)
        top.addSpacing(12)
        self.only_unassessed = QCheckBox(self.tr("Only without an assessment"))
        self.only_unassessed.toggled.connect(lambda _on: self.refresh())
        top.addWidget(self.only_unassessed)
        self.progress = QLabel()
        top.addSpacing(16)
        top.addWidget(self.progress)
        top.addStretch(1)
        layout.addLayout(top)

        self.model = FollowUpTreeModel(lambda: self._rows, self)
        self.view = QTreeView()
        self.view.setAccessibleName(self.tr("Goals and assignments to follow up"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setUniformRowHeights(True)
        self.view.setWordWrap(False)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FollowUpTreeModel.TITLE, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().currentChanged.connect(lambda *_: (self.message.clear(), self._show_item()))
        self.view.doubleClicked.connect(self._activated)

        form_box = QWidget()
        form_layout = QVBoxLayout(form_box)
        form_layout.setContentsMargins(8, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        form_layout.addWidget(self.heading)
        # The form shows only for a chosen item: never a control with a value nobody wrote.
        self.form = QWidget()
        column = QVBoxLayout(self.form)
        column.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        self.status = QComboBox()
        self.status.setPlaceholderText(self.tr("not written"))
        for status in (Status.GREEN, Status.YELLOW, Status.RED, Status.UNKNOWN):
            self.status.addItem(status_text(status), status.value)
        self.indicator_status = QLabel()
        self.assessment = QComboBox()
        self.assessment.addItem(self.tr("(not assessed)"), None)
        for member in Assessment:
            self.assessment.addItem(enum_label(member), member.value)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Indicators' status"), self.indicator_status)
        form.addRow(self.tr("Assessment"), self.assessment)
        column.addLayout(form)
        self.remark = error_label()
        column.addWidget(self.remark)
        column.addWidget(QLabel(self.tr("Analysis")))
        self.analysis = TextArea()
        self.period.setWhatsThis(self.tr("The reporting period followed up, e.g. the interim report or the annual report."))
        self.status.setWhatsThis(self.tr("Your judgement of the row for the period: green, yellow or red. Shown with symbol and word."))
        self.assessment.setWhatsThis(self.tr("Whether the goal is achieved, partly achieved or not achieved at the end of the period."))
        self.analysis.setWhatsThis(self.tr("What happened, why, and what is done now; printed in the follow-up report."))
        self.analysis.setAccessibleName(self.tr("Analysis"))
        self.analysis.setMinimumHeight(90)
        self.analysis.setMaximumHeight(16777215)  # it grows with the window
        column.addWidget(self.analysis, 3)
        buttons = QHBoxLayout()
        self.copy_previous = QPushButton(self.tr("Start from last period's text"))
        self.copy_previous.setToolTip(self.tr("Fill the analysis with what was written for the previous period, to write on from"))
        self.copy_previous.clicked.connect(self.copy_last_period)
        buttons.addWidget(self.copy_previous)
        buttons.addStretch(1)
        column.addLayout(buttons)
        figures_title = self.tr("Indicators at the end of the period")
        column.addWidget(QLabel(f"<b>{figures_title}</b>"))
        self.figures = RecordTableModel([
            Column(self.tr("Indicator"), lambda f: f.name, tooltip=lambda f: f.name),
            Column(self.tr("Outcome"), lambda f: number_text(f.outcome, f.decimals) + (f" ({f.outcome_period})" if f.outcome_period else ""),
                   align_right=True),
            Column(self.tr("Target"), lambda f: number_text(f.target, f.decimals), align_right=True),
            Column(self.tr("Status"), lambda f: status_text(f.status), colour=lambda f: status_colour(f.status)),
        ], self)
        figures = QTableView()
        figures.setAccessibleName(figures_title)
        figures.setModel(self.figures)
        figures.verticalHeader().hide()
        figures.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # The numbers and the status on one line each, as wide as they need; the name has the rest, elided
        # with "…" (its tooltip has it whole), never wrapped into a row too low for it.
        figures.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        figures.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        figures.setWordWrap(False)
        figures.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.figures_view = figures
        figures.setMinimumHeight(90)
        column.addWidget(figures, 2)
        form_layout.addWidget(self.form, 1)
        self.empty = QWidget()  # what stands in the form's place when nothing is chosen
        form_layout.addWidget(self.empty, 1)
        self.message = error_label()
        form_layout.addWidget(self.message)
        self.status.activated.connect(lambda _i: self._write(status=self.status.currentData()))
        self.assessment.activated.connect(lambda _i: self._write(assessment=self.assessment.currentData()))
        self.analysis.committed.connect(lambda text: self._write(analysis=text))

        splitter = QSplitter()
        splitter.addWidget(self.view)
        splitter.addWidget(form_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([700, 520])
        layout.addWidget(splitter, 1)
        self._show_item()

    # --- reading --------------------------------------------------------------------------------------

    def set_document(self, document: PlanDocument) -> None:
        from ...models.queries.follow_up_rows import periods

        other_plan = document is not self.document
        self.document = document
        self._periods = periods(document.plan)
        self.period.blockSignals(True)
        self.period.clear()
        for p in self._periods:
            self.period.addItem(f"{p.name} {p.year} ({p.period_end.isoformat()})", p.id)
        # The latest period that has ended: the one being written about now.
        ended = [i for i, p in enumerate(self._periods) if p.period_end <= date.today()]
        self.period.setCurrentIndex(ended[-1] if ended else 0)
        self.period.blockSignals(False)
        self._fill_units(keep=not other_plan)  # another plan's unit ids are not this one's

    def _fill_units(self, keep: bool = True) -> None:
        from ...models.queries.units import unit_rows

        chosen = self.unit.currentData() if keep else None
        rows = unit_rows(self.document.plan)
        depth: dict[int | None, int] = {None: -1}
        self.unit.blockSignals(True)
        self.unit.clear()
        self.unit.addItem(self.tr("All units"), None)
        for row in rows:
            depth[row.id] = depth.get(row.parent_id, -1) + 1
            self.unit.addItem("   " * depth[row.id] + row.name, row.id)
        self.unit.setCurrentIndex(max(0, self.unit.findData(chosen)))
        self.unit.blockSignals(False)

    def show_document(self, document: PlanDocument) -> None:
        self.set_document(document)

    def set_read_only(self, read_only: bool) -> None:
        """A closed plan year in view: the follow-up written then can be read, not changed."""
        self.form.setEnabled(not read_only)

    def concerns(self, changes) -> bool:
        from ...models.changes import Kind

        return changes.touches(Kind.NODE, Kind.FOLLOW_UP, Kind.PERIOD, Kind.INDICATOR, Kind.MEASUREMENT,
                               Kind.LEVEL, Kind.SETTING, Kind.UNIT)

    def show_plan(self, _plan=None) -> None:
        self.refresh()

    def period_id(self) -> int | None:
        return self.period.currentData()

    def refresh(self, changes=None) -> None:
        from ...models.changes import Kind
        from ...models.queries.follow_up_rows import follow_up_tree

        if changes is not None and self.document is not None:
            if changes.touches(Kind.PERIOD):
                chosen = self.period_id()
                self.set_document(self.document)  # the periods themselves changed: choose again, keep the choice
                if chosen is not None and self.period.findData(chosen) >= 0:
                    self.period.setCurrentIndex(self.period.findData(chosen))
            elif changes.touches(Kind.UNIT):
                self._fill_units()

        if self.document is None or self.period_id() is None:
            self._rows = []
            self.model.sync()
            self.progress.setText(self.tr("The plan has no reporting periods; add one under Plan → Reporting periods…"))
            self._show_item()
            return
        tree = follow_up_tree(self.document.plan, self.period_id(), unit_id=self.unit.currentData(),
                              only_unassessed=self.only_unassessed.isChecked())
        self._rows = tree.rows
        self.model.sync()
        self.view.expandAll()
        left = tree.total - tree.assessed
        self.progress.setText(self.tr("%1 of %2 have an assessment").replace("%1", str(tree.assessed))
                              .replace("%2", str(tree.total))
                              + (" – " + self.tr("%1 left").replace("%1", str(left)) if left else " ✓"))
        self._show_item()

    def node_ids(self) -> list[int]:
        """The nodes shown, in order (what a person sees, top to bottom, with everything expanded)."""
        return [r.node_id for r in self._rows if r.node_id is not None]

    def select_node(self, node_id: int) -> None:
        index = self.model.index_of(node_id)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)

    def current_node(self) -> int | None:
        item = self.current_item()
        return item.node_id if item is not None else None

    def current_item(self):
        item = self.model.item(self.view.currentIndex())
        return item if item is not None and item.node_id is not None else None

    def _activated(self, index) -> None:
        item = self.model.item(index)
        if item is not None and item.node_id is not None:
            self.record_activated.emit(item)

    def _show_item(self) -> None:
        item = self.current_item()
        self.form.setVisible(item is not None)
        self.empty.setVisible(item is None)
        if item is None:
            self.heading.setText(self.tr("Choose a goal, assignment or activity to write its follow-up.")
                                 if self._rows else "")
            self.figures.set_records([])
            return
        self.heading.setText(f"<b>{escape(item.level_name)}</b><br>{escape(item.title)}")
        self.status.setCurrentIndex(self.status.findData(item.status.value) if item.status else -1)
        self.assessment.setCurrentIndex(max(0, self.assessment.findData(item.assessment)))
        self.analysis.set_value(item.analysis)
        self.indicator_status.setText(status_text(item.indicators) if item.indicators
                                      else self.tr("no indicators linked"))
        self.remark.setText(
            self.tr("The status written (%1) differs from what its indicators show (%2): check the status, "
                    "or say why in the analysis.").replace("%1", status_text(item.status))
            .replace("%2", status_text(item.indicators)) if item.disagrees else "")
        self.remark.setVisible(item.disagrees)
        from ...models.queries.follow_up_rows import indicator_figures  # the database layer, once there is a plan

        period = next(p for p in self._periods if p.id == self.period_id())
        self.figures.set_records(indicator_figures(self.document.plan, item.node_id, period.period_end))

    # --- writing ------------------------------------------------------------------------------------

    def _write(self, **fields) -> None:
        from .. import commands

        item = self.current_item()
        if item is None or self.document is None:
            return
        self.message.clear()
        self.document.run(commands.SetFollowUp(item.level_name.lower(), item.node_id, self.period_id(), **fields))

    def copy_last_period(self) -> None:
        from ...models.queries.follow_up_rows import previous_analysis

        item = self.current_item()
        if item is None:
            return
        text = previous_analysis(self.document.plan, item.node_id, self.period_id())
        if not text:
            self.message.setText(self.tr("No earlier period has an analysis for this one."))
            return
        self.analysis.setPlainText(text)
        self.analysis.commit()
