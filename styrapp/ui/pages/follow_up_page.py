"""Uppföljning: choose a reporting period; for each goal and uppdrag write status, assessment and
analysis, with the indicators' figures for that period beside it and a count of what is left."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...models.enums import Assessment, Status
from ...views.fields import TextArea
from ...views.labels import enum_label, number_text, status_colour, status_text
from ...views.record_table import Column, RecordTableModel
from ..document import PlanDocument


class FollowUpPage(QWidget):
    record_activated = Signal(object)  # has .node_id: the window opens the node in its tree

    def __init__(self, parent=None):
        super().__init__(parent)
        self.document: PlanDocument | None = None
        self._periods = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        top = QHBoxLayout()
        title = self.tr("Follow-up")
        top.addWidget(QLabel(f"<b style='font-size:14pt'>{title}</b>"))
        top.addSpacing(16)
        top.addWidget(QLabel(self.tr("Period:")))
        self.period = QComboBox()
        self.period.currentIndexChanged.connect(lambda _i: self.refresh())
        top.addWidget(self.period)
        self.progress = QLabel()
        top.addSpacing(16)
        top.addWidget(self.progress)
        top.addStretch(1)
        layout.addLayout(top)
        self.items = RecordTableModel([
            Column(self.tr("Goal or assignment"), lambda r: "    " * r.depth + r.title, tooltip=lambda r: r.title),
            Column(self.tr("Level"), lambda r: r.level_name),
            Column(self.tr("Status"), lambda r: status_text(r.status) if r.status else QCoreApplication.translate("FollowUpPage", "not written"),
                   colour=lambda r: status_colour(r.status)),
            Column(self.tr("Assessment"), lambda r: enum_label(Assessment(r.assessment)) if r.assessment else ""),
        ], self, key=lambda r: r.node_id)
        self.table = QTableView()
        self.table.setModel(self.items)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_item())
        self.table.doubleClicked.connect(lambda index: self.record_activated.emit(self.items.records[index.row()]))

        form_box = QWidget()
        form_layout = QVBoxLayout(form_box)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        form_layout.addWidget(self.heading)
        form = QFormLayout()
        self.status = QComboBox()
        for status in (Status.GREEN, Status.YELLOW, Status.RED, Status.UNKNOWN):
            self.status.addItem(status_text(status), status.value)
        self.assessment = QComboBox()
        self.assessment.addItem(self.tr("(not assessed)"), None)
        for member in Assessment:
            self.assessment.addItem(enum_label(member), member.value)
        self.analysis = TextArea()
        self.analysis.setFixedHeight(150)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Assessment"), self.assessment)
        form.addRow(self.tr("Analysis"), self.analysis)
        form_layout.addLayout(form)
        buttons = QHBoxLayout()
        self.copy_previous = QPushButton(self.tr("Start from last period's text"))
        self.copy_previous.clicked.connect(self.copy_last_period)
        buttons.addWidget(self.copy_previous)
        buttons.addStretch(1)
        form_layout.addLayout(buttons)
        figures_title = self.tr("Indicators at the end of the period")
        form_layout.addWidget(QLabel(f"<b>{figures_title}</b>"))
        self.figures = RecordTableModel([
            Column(self.tr("Indicator"), lambda f: f.name, tooltip=lambda f: f.name),
            Column(self.tr("Outcome"), lambda f: number_text(f.outcome, f.decimals) + (f" ({f.outcome_period})" if f.outcome_period else ""),
                   align_right=True),
            Column(self.tr("Target"), lambda f: number_text(f.target, f.decimals), align_right=True),
            Column(self.tr("Status"), lambda f: status_text(f.status), colour=lambda f: status_colour(f.status)),
        ], self)
        figures = QTableView()
        figures.setModel(self.figures)
        figures.verticalHeader().hide()
        figures.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        figures.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        form_layout.addWidget(figures, 1)
        self.message = QLabel()
        self.message.setStyleSheet("color: #B71C1C;")
        form_layout.addWidget(self.message)
        self.status.activated.connect(lambda _i: self._write(status=self.status.currentData()))
        self.assessment.activated.connect(lambda _i: self._write(assessment=self.assessment.currentData()))
        self.analysis.committed.connect(lambda text: self._write(analysis=text))

        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(form_box)
        splitter.setSizes([700, 520])
        layout.addWidget(splitter, 1)
        self._show_item()

    # --- reading --------------------------------------------------------------------------------------

    def set_document(self, document: PlanDocument) -> None:
        from ...models.queries.follow_up_rows import periods

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

    def show_document(self, document: PlanDocument) -> None:
        self.set_document(document)

    def concerns(self, changes) -> bool:
        from ...models.changes import Kind

        return changes.touches(Kind.NODE, Kind.FOLLOW_UP, Kind.PERIOD, Kind.INDICATOR, Kind.MEASUREMENT,
                               Kind.LEVEL, Kind.SETTING)

    def show_plan(self, _plan=None) -> None:
        self.refresh()

    def period_id(self) -> int | None:
        return self.period.currentData()

    def refresh(self, changes=None) -> None:
        from ...models.changes import Kind
        from ...models.queries.follow_up_rows import follow_up_items, progress

        if changes is not None and changes.touches(Kind.PERIOD) and self.document is not None:
            chosen = self.period_id()
            self.set_document(self.document)  # the periods themselves changed: choose again, keep the choice
            if chosen is not None and self.period.findData(chosen) >= 0:
                self.period.setCurrentIndex(self.period.findData(chosen))

        if self.document is None or self.period_id() is None:
            self.items.set_records([])
            self.progress.setText(self.tr("The plan has no reporting periods."))
            return
        current = self.current_node()
        items = follow_up_items(self.document.plan, self.period_id())
        self.items.set_records(items)
        done, total = progress(items)
        left = total - done
        self.progress.setText(self.tr("%1 of %2 assessed").replace("%1", str(done)).replace("%2", str(total))
                              + (" – " + self.tr("%1 left").replace("%1", str(left)) if left else " ✓"))
        rows = [i for i, r in enumerate(items) if r.node_id == current]
        if rows:
            self.table.selectRow(rows[0])
        self._show_item()

    def current_node(self) -> int | None:
        index = self.table.currentIndex()
        return self.items.records[index.row()].node_id if index.isValid() and index.row() < len(self.items.records) else None

    def current_item(self):
        index = self.table.currentIndex()
        return self.items.records[index.row()] if index.isValid() and index.row() < len(self.items.records) else None

    def _show_item(self) -> None:
        item = self.current_item()
        for widget in (self.status, self.assessment, self.analysis, self.copy_previous):
            widget.setEnabled(item is not None)
        if item is None:
            self.heading.setText(self.tr("Select a goal or assignment to write its follow-up."))
            self.figures.set_records([])
            return
        self.heading.setText(f"<b>{escape(item.level_name)}</b><br>{escape(item.title)}")
        self.status.setCurrentIndex(max(0, self.status.findData((item.status or Status.UNKNOWN).value)))
        self.assessment.setCurrentIndex(max(0, self.assessment.findData(item.assessment)))
        self.analysis.set_value(item.analysis)
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
