"""Plan → New plan period…: the turn of the year. Shows what making year Y from Y−1 will do (what continues,
what stays, what is moved, what is shared), lets the person give each indicator its target for the new
year, and does it as one step on the undo stack. If the plan requires Y−1 closed first and it is not, it
asks to close it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSplitter,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ..models.errors import InvalidValue, StyrappError
from ..models.queries.plan_settings import get_setting
from ..models.queries.years import plan_years
from ..models.rules.numbers import parse_number
from ..models.rules.plan_settings import CLOSE_BEFORE_ROLLOVER
from ..models.services.rollover import RolloverReport, rollover
from ..views.fields import typing_language
from ..views.labels import number_text
from .dialogs import PlanDialog
from .rollover_commands import Rollover, run_rollover

NEW_TARGET = 2  # the column of the new year's target


class TargetModel(QStandardItemModel):
    """The indicators with today's target and an editable target for the new year, read as the window's
    language writes numbers; a value that is no number is refused with the reason."""

    def __init__(self, report: RolloverReport, on_error, parent=None):
        super().__init__(parent)
        self.on_error = on_error
        self.changes = {change.indicator_id: change for change in report.targets}
        self.values: dict[int, float | None] = {change.indicator_id: change.target for change in report.targets}
        self.setHorizontalHeaderLabels([
            self.tr("Indicator"),
            self.tr("Target {year}").replace("{year}", str(report.from_year)),
            self.tr("Target {year}").replace("{year}", str(report.year)),
        ])
        for change in report.targets:
            name = QStandardItem(change.name)
            name.setData(change.indicator_id, Qt.ItemDataRole.UserRole)
            name.setToolTip(change.name)
            old = QStandardItem(self._text(change.target, change))
            new = QStandardItem(self._text(change.target, change))
            for item in (name, old):
                item.setEditable(False)
            for item in (old, new):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            new.setToolTip(self.tr("Type the target for the new year; leave it as it is to keep it."))
            self.appendRow([name, old, new])

    @staticmethod
    def _text(value: float | None, change) -> str:
        if value is None:
            return ""
        text = number_text(value, change.decimals)
        return f"{text} %" if change.unit == "%" else text

    def setData(self, index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or index.column() != NEW_TARGET:
            return super().setData(index, value, role)
        indicator_id = self.item(index.row(), 0).data(Qt.ItemDataRole.UserRole)
        change = self.changes[indicator_id]
        text = str(value).strip()
        if change.unit == "%" and text.endswith("%"):
            text = text[: -len(change.unit)].strip()
        try:
            number = None if not text else parse_number(text, typing_language())
        except InvalidValue as exc:
            self.on_error(exc.message)
            return False
        self.on_error("")
        if number is None:  # an emptied cell keeps today's target
            number = change.target
        self.values[indicator_id] = number
        return super().setData(index, self._text(number, change), role)

    def targets(self) -> dict[int, float | None]:
        """Indicator id → the new year's target where it differs from today's (an emptied one is kept)."""
        return {i: value for i, value in self.values.items()
                if value is not None and value != self.changes[i].target}


def _group(model: QStandardItemModel, title: str, lines: list[str], *, counted: bool = True) -> None:
    head = QStandardItem(f"{title} ({len(lines)})" if counted else title)
    head.setToolTip(head.text())
    head.setEditable(False)
    font = head.font()
    font.setBold(True)
    head.setFont(font)
    for line in lines:
        item = QStandardItem(line)
        item.setToolTip(line)
        item.setEditable(False)
        head.appendRow(item)
    model.appendRow(head)


class RolloverDialog(PlanDialog):
    def __init__(self, document, parent=None):
        super().__init__(document, parent)
        plan = document.plan
        years = plan_years(plan)
        self.old = years[-1].year if years else plan.year
        self.year = self.old + 1
        self.setWindowTitle(self.tr("New plan period"))
        self.resize(1060, 640)
        self.applied = False
        self.report = rollover(plan, self.year, dry_run=True, allow_open_year=True)

        intro = QLabel(self.tr(
            "Plan year {year} (“{title}”) is made from {old}. What continues gets a copy in {year} that remembers "
            "where it came from; what is done stays in {old} with every follow-up and analysis. It is one step: "
            "Edit → Undo takes it all back.").replace("{year}", str(self.year)).replace("{old}", str(self.old))
            .replace("{title}", self.report.title))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)

        self.summary_model = QStandardItemModel(self)
        self._fill_summary()
        self.summary = QTreeView()
        self.summary.setAccessibleName(self.tr("What the new plan period takes over"))
        self.summary.setModel(self.summary_model)
        self.summary.setHeaderHidden(True)
        self.summary.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.summary.setWordWrap(True)
        for row in (4, 5, 7, 9):  # what stays behind, and what is not copied, is what a person checks first
            self.summary.setExpanded(self.summary_model.index(row, 0), True)

        self.targets_model = TargetModel(self.report, self._refused, self)
        self.targets = QTableView()
        self.targets.setAccessibleName(self.tr("Targets for the new year"))
        self.targets.setModel(self.targets_model)
        self.targets.verticalHeader().hide()
        triggers = QAbstractItemView.EditTrigger
        self.targets.setEditTriggers(triggers.DoubleClicked | triggers.EditKeyPressed | triggers.AnyKeyPressed
                                     | triggers.SelectedClicked)
        header = self.targets.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        targets_box = QWidget()
        targets_layout = QVBoxLayout(targets_box)
        targets_layout.setContentsMargins(0, 0, 0, 0)
        targets_label = QLabel(self.tr("The indicators go on into {year} with their measured values. Their targets "
                                       "for {year}:").replace("{year}", str(self.year)))
        targets_label.setWordWrap(True)
        targets_layout.addWidget(targets_label)
        targets_layout.addWidget(self.targets)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.summary)
        splitter.addWidget(targets_box)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.addButton(self.tr("Make {year}").replace("{year}", str(self.year)),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.refusal)
        layout.addWidget(self.buttons)

    def _fill_summary(self) -> None:
        r, old, year = self.report, str(self.old), str(self.year)
        _group(self.summary_model, self.tr("Goals continuing"), r.carried["goal"])
        _group(self.summary_model, self.tr("Assignments continuing"), r.carried["assignment"])
        _group(self.summary_model, self.tr("Measures continuing"), r.carried["measure"])
        _group(self.summary_model, self.tr("Activities continuing"), r.carried["activity"])
        _group(self.summary_model, self.tr("Marked as ended, not carried"), r.ended)
        staying = r.staying["assignment"] + r.staying["measure"] + r.staying["activity"]
        _group(self.summary_model, self.tr("Done or cancelled (or under such), staying in {old}").replace("{old}", old),
               staying)
        _group(self.summary_model, self.tr("Reporting periods moved to {year}").replace("{year}", year),
               [f"{a} → {b}" if a != b else a for a, b in r.periods])
        _group(self.summary_model, self.tr("Annual wheel"), [
            self.tr("{count} events moved one year").replace("{count}", str(r.events)),
            self.tr("{count} meetings on the same weekday (the second Tuesday stays the second Tuesday)")
            .replace("{count}", str(r.meetings)),
            self.tr("{count} one-off events stay in {old}").replace("{count}", str(r.events_once)).replace("{old}", old)],
               counted=False)
        _group(self.summary_model, self.tr("Risks carried: {count}").replace("{count}", str(r.risks)), [], counted=False)
        _group(self.summary_model, self.tr("Shared by every year, nothing to copy"), [
            self.tr("The governance model and its levels"), self.tr("The organisation's units"),
            self.tr("The indicators and their measured values")], counted=False)

    def apply(self) -> None:
        plan = self.document.plan
        close_first = False
        if get_setting(plan, CLOSE_BEFORE_ROLLOVER) and not next(
                (y.closed for y in plan_years(plan) if y.year == self.old), False):
            answer = QMessageBox.question(
                self, self.tr("New plan period"),
                self.tr("Close {old} first?").replace("{old}", str(self.old)) + "\n\n" + self.tr(
                    "The plan requires {old} to be closed (after its annual report) before {year} is made from it. "
                    "A closed year can be read but not changed until it is reopened.")
                .replace("{old}", str(self.old)).replace("{year}", str(self.year)))
            if answer != QMessageBox.StandardButton.Yes:
                return
            close_first = True
        try:
            targets = self.targets_model.targets()
        except StyrappError as exc:  # pragma: no cover - the model refuses bad numbers as they are typed
            self._refused(exc.message)
            return
        if run_rollover(self.document, Rollover(self.year, targets, close_first=close_first)):
            self.applied = True
            self.accept()
