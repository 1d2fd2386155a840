"""The pages that show a plan's lists as tables: Indikatorer, Uppföljning (and the Årshjul's list of
events). Each shows what the plan holds now and says, in a line, what more the page will do."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from ...models.file.plan_file import PlanFile
from ...views.labels import number_text, status_colour, status_text, unbroken_menu_paths
from ...views.record_table import SORT_ROLE, Column, RecordTableModel


class TablePage(QWidget):
    record_activated = Signal(object)

    def __init__(self, title: str, intro: str, columns: Sequence[Column],
                 load: Callable[[PlanFile], Sequence[Any]], parent=None, *, searchable: bool = False,
                 kinds: tuple = ()):
        super().__init__(parent)
        self._load = load
        self.kinds = kinds  # the kinds of record (models.changes.Kind) whose changes it shows
        self.document = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        top = QHBoxLayout()
        top.addWidget(QLabel(f"<b style='font-size:14pt'>{title}</b>"))
        top.addStretch(1)
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Search in %1").replace("%1", re.sub(r"<[^>]+>", "", title)))
        self.search.setPlaceholderText(self.tr("Search…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(260)
        self.search.setVisible(searchable)
        top.addWidget(self.search)
        layout.addLayout(top)
        self.intro = QLabel(unbroken_menu_paths(intro))
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.model = RecordTableModel(columns, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setAccessibleName(re.sub(r"<[^>]+>", "", title))
        self.table.setModel(self.proxy)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(searchable)  # until a header is clicked: the plan's own order
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)
        self.table.doubleClicked.connect(lambda index: self.record_activated.emit(self.record_at(index)))
        layout.addWidget(self.table, 1)
        self.empty = QLabel()
        layout.addWidget(self.empty)

    def record_at(self, index) -> Any:
        """The record behind a row of the table as sorted and filtered, or None."""
        if not index.isValid():
            return None
        return self.model.record(self.proxy.mapToSource(index).row())

    def select_record(self, predicate: Callable[[Any], bool]) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if predicate(self.record_at(index)):
                self.table.selectRow(row)
                return True
        return False

    def show_document(self, document) -> None:
        self.document = document

    def concerns(self, changes) -> bool:
        return changes.touches(*self.kinds)

    def refresh(self, _changes=None) -> None:
        self.show_plan(self.document.plan)

    def show_plan(self, plan: PlanFile) -> None:
        records = self._load(plan)
        self.model.set_records(records)
        self.empty.setText(self.tr("Nothing here yet in this plan.") if not records else "")


def _listings():
    from ...models.queries import listings  # loaded with the plan, not at start-up

    return listings


def indicators_page() -> TablePage:
    return TablePage(
        QCoreApplication.translate("pages", "Indicators"),
        QCoreApplication.translate("pages", "Every indicator with its baseline, target and latest outcome, and the traffic light the plan's rule gives it. Select one to see its chart, enter its measured values and edit its details. File → Import… brings in values from Kolada and Excel."),
        [
            Column(QCoreApplication.translate("pages", "Indicator"), lambda r: r.name, tooltip=lambda r: r.name),
            Column(QCoreApplication.translate("pages", "Unit"), lambda r: r.unit),
            Column(QCoreApplication.translate("pages", "Baseline"), lambda r: number_text(r.baseline, r.decimals),
                   align_right=True, sort=lambda r: r.baseline),
            Column(QCoreApplication.translate("pages", "Target"), lambda r: number_text(r.target, r.decimals),
                   align_right=True, sort=lambda r: r.target),
            Column(QCoreApplication.translate("pages", "Latest outcome"), lambda r: number_text(r.latest, r.decimals),
                   align_right=True, sort=lambda r: r.latest),
            Column(QCoreApplication.translate("pages", "Period"), lambda r: r.latest_period),
            Column(QCoreApplication.translate("pages", "Trend"), lambda r: r.arrow, sort=lambda r: r.trend,
                   foreground=lambda r: {1: "#2E7D32", -1: "#C62828"}.get(r.trend),
                   tooltip=lambda r: {1: QCoreApplication.translate("pages", "Better than the period before"),
                                      -1: QCoreApplication.translate("pages", "Worse than the period before")}.get(r.trend, "")),
            Column(QCoreApplication.translate("pages", "Status"), lambda r: status_text(r.status), colour=lambda r: status_colour(r.status),
                   tooltip=lambda r: str(r.reason), sort=lambda r: ["red", "yellow", "green", "unknown"].index(r.status.value)),
            Column(QCoreApplication.translate("pages", "Council"), lambda r: QCoreApplication.translate("pages", "yes") if r.reported_to_council else "",
                   tooltip=lambda r: QCoreApplication.translate("pages", "Reported to the council") if r.reported_to_council else ""),
            Column(QCoreApplication.translate("pages", "Kolada"), lambda r: r.kolada_id),
            Column(QCoreApplication.translate("pages", "Source"), lambda r: r.source),
            Column(QCoreApplication.translate("pages", "Goals"), lambda r: "; ".join(r.goals), tooltip=lambda r: "\n".join(r.goals)),
        ],
        lambda plan: _listings().indicator_lines(plan),
        searchable=True,
    )

