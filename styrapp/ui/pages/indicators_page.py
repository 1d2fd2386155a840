"""Indikatorer: the table of indicators; for the one selected, its chart and its measured values.

Values are typed into the grid, pasted from Excel (period, then totalt, kvinnor, män) or added one by
one below it; each change is one undo step, and a value that is not a number is refused in place.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...models.enums import GENDER_ORDER, Gender, MeasurementKind
from ...models.errors import StyrappError
from ...views.chart_view import ChartView
from ...views.fields import REFUSED_STYLE, say_refusal, typing_language
from ...views.indicator_form import IndicatorForm
from ...views.labels import enum_label, unbroken_menu_paths
from ...views.measurement_grid import MeasurementGridModel, MeasurementGridView
from ...views.node_tree_model import INDICATOR_MIME
from ..dialogs import confirm_delete, error_label
from ..document import PlanDocument
from .table_pages import indicators_page

NAME_COLUMN = 0  # Indikator: the name, capped at NAME_WIDTH
NAME_WIDTH = 260
TABLE_HEIGHT = 410


class IndicatorsPage(QWidget):
    # The Redigera actions this page carries out (see MainWindow._update_edit_actions), and their methods.
    edit_actions = frozenset(("edit.add_child", "edit.add_sibling", "edit.delete", "edit.move_up", "edit.move_down",
                              "view.find"))
    edit_methods = frozenset(("add_child", "add_sibling", "delete_current", "move_current"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self.document: PlanDocument | None = None
        self.table_page = indicators_page()
        self.model = self.table_page.model
        self.search = self.table_page.search  # Visa → Sök
        # Rows are dragged onto a goal or uppdrag (hold them over Mål or Uppdrag in the side bar to go there).
        self.model.drag = (INDICATOR_MIME, lambda records: json.dumps({"ids": [r.id for r in records]}).encode())
        table = self.table_page.table
        table.setDragEnabled(True)
        table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        table.setDefaultDropAction(Qt.DropAction.CopyAction)
        # The name column is capped, its text elided with "…" (the tooltip has it whole), so that at a laptop's
        # width the numbers and the status are in view and the later columns scroll sideways.
        header = table.horizontalHeader()
        header.setSectionResizeMode(NAME_COLUMN, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(NAME_COLUMN, NAME_WIDTH)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows = table.verticalHeader()  # rows as high as their text needs: more indicators in view
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
        top = self.table_page.layout().itemAt(0).layout()
        self.new_button = QPushButton(self.tr("New indicator…"))
        self.new_button.setToolTip(self.tr("Add an indicator (Insert)"))
        self.new_button.clicked.connect(lambda: self.add_child())
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete the selected indicator and its measurements"))
        self.delete_button.clicked.connect(lambda: self.delete_current())
        self.up_button = QPushButton(self.tr("Move up"))
        self.up_button.setToolTip(self.tr("Move the selected indicator up in the plan's order"))
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = QPushButton(self.tr("Move down"))
        self.down_button.setToolTip(self.tr("Move the selected indicator down in the plan's order"))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        for position, button in enumerate((self.new_button, self.delete_button, self.up_button, self.down_button)):
            top.insertWidget(2 + position, button)
        self.chart = ChartView(self.tr("Select an indicator to see its outcome over time, with target and baseline."))
        self.grid_model = MeasurementGridModel(self)
        self.grid_model.on_change = self._change
        self.grid_model.on_error = self._refuse
        self.grid = MeasurementGridView(self.grid_model, self._paste)
        self.grid.setAccessibleName(self.tr("Measured values"))
        self.message = error_label()
        values = QWidget()
        values_layout = QVBoxLayout(values)
        hint = QLabel(unbroken_menu_paths(self.tr(
            "Type over a value, or paste rows copied from Excel: a period, then total, women, men. "
            "Delete clears a value. Edit → Undo takes any change back.")))
        hint.setWordWrap(True)
        values_layout.addWidget(hint)
        values_layout.addWidget(self.grid, 1)
        add = QHBoxLayout()
        self.new_period = QLineEdit()
        self.new_period.setAccessibleName(self.tr("Period of the new value"))
        self.new_period.setPlaceholderText(self.tr("Period, e.g. 2026 or 2026-08"))
        self.new_kind = QComboBox()
        self.new_kind.setAccessibleName(self.tr("Kind of the new value"))
        for kind in (MeasurementKind.ACTUAL, MeasurementKind.FORECAST):
            self.new_kind.addItem(enum_label(kind), kind.value)
        self.new_gender = QComboBox()
        self.new_gender.setAccessibleName(self.tr("Women, men or all"))
        for gender in GENDER_ORDER:
            self.new_gender.addItem(enum_label(Gender(gender)), gender)
        self.new_value = QLineEdit()
        self.new_value.setAccessibleName(self.tr("The new value"))
        self.new_value.setPlaceholderText(self.tr("Value"))
        self.add_button = QPushButton(self.tr("Add value"))
        self.add_button.setToolTip(self.tr("Add a measurement for the next period; or paste rows from Excel into the table"))
        self.add_button.clicked.connect(self.add_value)
        self.new_value.returnPressed.connect(self.add_value)
        self.new_value.textEdited.connect(lambda _text: self.new_value.setStyleSheet(""))
        for widget in (self.new_period, self.new_kind, self.new_gender, self.new_value, self.add_button):
            add.addWidget(widget)
        values_layout.addLayout(add)
        values_layout.addWidget(self.message)
        self.form = IndicatorForm()
        self.form.setAccessibleName(self.tr("The indicator's details"))
        self.form.field_edited.connect(self._edit_indicator)
        self.form.sdgs_edited.connect(self._edit_sdgs)
        self.form.links_requested.connect(self.choose_links)
        self.form.unlink_requested.connect(self._unlink)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("The selected indicator"))
        self.tabs.addTab(self.chart, self.tr("Chart"))
        self.tabs.addTab(values, self.tr("Measured values"))
        self.tabs.addTab(self.form, self.tr("Details"))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table_page)
        splitter.addWidget(self.tabs)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([TABLE_HEIGHT, 300])  # about ten indicators in view above the chart at 1280×720
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.table_page.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_selected())
        self.table_page.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.table_page.table.horizontalHeader().sortIndicatorChanged.connect(lambda *_: self._update_buttons())
        self.table_page.search.textChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    # --- the plan -----------------------------------------------------------------------------------

    @property
    def plan(self):
        return self.document.plan if self.document is not None else None

    def show_document(self, document: PlanDocument) -> None:
        self.document = document

    set_document = show_document

    def set_read_only(self, read_only: bool) -> None:
        """A closed plan year in view: the indicator and its values can be read, not changed."""
        from PySide6.QtWidgets import QAbstractItemView

        self.form.set_read_only(read_only)
        triggers = QAbstractItemView.EditTrigger
        self.grid.setEditTriggers(triggers.NoEditTriggers if read_only else triggers.AllEditTriggers)

    def concerns(self, changes) -> bool:
        from ...models.changes import Kind

        return changes.touches(Kind.INDICATOR, Kind.MEASUREMENT, Kind.NODE, Kind.UNIT, Kind.SETTING, Kind.LEVEL)

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
            self.form.show_details(None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None and self.document is not None
        sorted_or_filtered = (self.table_page.proxy.sortColumn() >= 0 or bool(self.table_page.search.text()))
        self.new_button.setEnabled(self.document is not None)
        self.delete_button.setEnabled(chosen)
        for button in (self.up_button, self.down_button):
            button.setEnabled(chosen and not sorted_or_filtered)
            button.setToolTip(self.tr("The plan's own order: clear the search and the sorting first")
                              if sorted_or_filtered else "")

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
        from ...reports.alt_text import indicator_alt
        from ...reports.charts import indicator_chart

        series = indicator_series(self.plan, record.id)
        self.chart.show_figure(indicator_chart(series))
        self.chart.describe(indicator_alt(series))  # what the PDF's figure says of it
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

    # --- creating, deleting, ordering and linking indicators ---------------------------------------------

    def select_indicator(self, indicator_id: int) -> bool:
        self.table_page.search.clear()
        return self.table_page.select_record(lambda r: r.id == indicator_id)

    def add_child(self, goal_id: int | None = None) -> int | None:
        """New indicator… (Insert): a small dialog; the new one is selected, and if it follows a
        Kolada KPI the page offers to fetch its values from a Kolada file at once."""
        return new_indicator(self, self.document, goal_id, self._created)

    add_sibling = add_child

    def _created(self, command) -> None:
        self.show_plan(self.document.plan)
        self.select_indicator(command.indicator_id)
        if command.args.get("kolada_id"):
            self.offer_kolada(command.indicator_id)

    def offer_kolada(self, indicator_id: int) -> None:
        self.kolada_run = offer_kolada(self, self.document, indicator_id)

    def delete_current(self) -> None:
        from ...models.queries.indicator_links import indicator_delete_impact
        from .. import commands

        record = self.selected()
        if record is None or self.document is None:
            return
        impact = indicator_delete_impact(self.plan, record.id)
        if not confirm_delete(self, self.tr("Delete indicator"), impact.describe()):
            return
        row = self.table_page.table.currentIndex().row()
        if self.document.run(commands.DeleteIndicator(record.name, record.id)):
            rows = self.table_page.proxy.rowCount()
            if rows:
                self.table_page.table.selectRow(min(row, rows - 1))

    def move_current(self, step: int) -> None:
        from .. import commands

        record = self.selected()
        if record is None or self.document is None or not self.up_button.isEnabled():
            return
        ids = [r.id for r in self.model.records]
        row = ids.index(record.id)
        if 0 <= row + step < len(ids):
            self.document.run(commands.MoveIndicator(record.name, record.id, row + step))
            self.select_indicator(record.id)

    def choose_links(self, indicator_id: int) -> None:
        """Link to…: every goal, uppdrag and aktivitet with a box to tick; one undo step."""
        from ...models.queries.indicator_links import linked_nodes
        from ...models.queries.node_rows import tree_titles
        from .. import commands
        from ..indicator_dialogs import NodePickerDialog

        record = self.selected()
        if record is None or self.document is None:
            return
        checked = {n.id for n in linked_nodes(self.plan, indicator_id)}
        sections = [(heading, [(i, d, t) for i, d, t, _k in tree_titles(self.plan, tree)])
                    for heading, tree in ((self.tr("Goals"), "goals"), (self.tr("Assignments"), "assignments"))]
        dialog = NodePickerDialog(self.tr("What “%1” measures").replace("%1", record.name), sections, checked, self)
        if dialog.exec() and set(dialog.checked()) != checked:
            self.document.run(commands.SetIndicatorNodes(record.name, indicator_id, dialog.checked()))

    def _unlink(self, indicator_id: int, node_id: int) -> None:
        from ...models.queries.indicator_links import linked_nodes
        from .. import commands

        record = self.selected()
        node = next((n for n in linked_nodes(self.plan, indicator_id) if n.id == node_id), None)
        if record is not None and node is not None:
            self.document.run(commands.UnlinkIndicator(record.name, indicator_id, node_id, node.title))


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
        except StyrappError as exc:
            self._refuse(exc.message)
            return False
        try:  # "1234.5" in Swedish could be either; refused in place, never read as 12345
            value = parse_number(self.new_value.text(), typing_language())
        except StyrappError as exc:
            self.new_value.setStyleSheet(REFUSED_STYLE)
            say_refusal(self.new_value, exc.message)
            self._refuse(exc.message)
            return False
        self.new_value.setStyleSheet("")
        kind, gender = self.new_kind.currentData(), self.new_gender.currentData()
        self._change([((period, kind, gender), MeasurementIn(period, value, kind=kind, gender=gender))])
        self.new_value.clear()
        return True


def new_indicator(parent: QWidget, document: PlanDocument | None, goal_id: int | None, created) -> int | None:
    """The New indicator dialog, from the Indikatorer page or from a goal's form (then linked to it at
    once); `created(command)` is called once the indicator is there. Returns its id."""
    from ...models.queries.indicator_links import usual_municipality
    from ...models.queries.node_rows import tree_titles
    from .. import commands
    from ..indicator_dialogs import NewIndicatorDialog

    if document is None:
        return None
    plan = document.plan
    done: list = []

    def create(fields: dict) -> str | None:
        command = commands.CreateIndicator(**fields)
        said: list[str] = []

        def note(text: str) -> None:
            said.append(text)

        document.failed.connect(note)
        try:
            ok = document.run(command)
        finally:
            document.failed.disconnect(note)
        if not ok:
            return said[-1] if said else ""
        done.append(command)
        return None

    nodes = [(i, d, t) for tree in ("goals", "assignments") for i, d, t, _k in tree_titles(plan, tree)]
    dialog = NewIndicatorDialog(nodes, create, goal_id=goal_id, municipality=usual_municipality(plan), parent=parent)
    if not dialog.exec() or not done:
        return None
    created(done[0])
    return done[0].indicator_id


def offer_kolada(parent: QWidget, document: PlanDocument, indicator_id: int):
    """An indicator made with a Kolada KPI id: offer to fetch its values from a Kolada file at once
    (the import of File → Import…, in the background, one undo step). Returns the import run, if any."""
    from pathlib import Path

    from ...models.queries.indicator_details import indicator_details
    from ..import_runner import ImportRun

    ind = indicator_details(document.plan, indicator_id).indicator
    question = QCoreApplication.translate(
        "indicators", "“%1” follows the Kolada KPI %2. Fetch its values from a Kolada file now?")
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("indicators", "Kolada"),
                      question.replace("%1", ind.name).replace("%2", ind.kolada_id or ""),
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setInformativeText(QCoreApplication.translate(
        "indicators", "A file downloaded from kolada.se (JSON, CSV or Excel). File → Import… does the same later."))
    box.button(QMessageBox.StandardButton.Yes).setText(QCoreApplication.translate("indicators", "Fetch from a file…"))
    box.button(QMessageBox.StandardButton.No).setText(QCoreApplication.translate("indicators", "Later"))
    box.exec()
    if box.clickedButton() is not box.button(QMessageBox.StandardButton.Yes):
        return None
    name, _ = QFileDialog.getOpenFileName(parent, QCoreApplication.translate("indicators", "Kolada file"), "",
                                          QCoreApplication.translate("indicators", "Kolada (*.json *.csv *.xlsx)"))
    if not name:
        return None
    run = ImportRun(document, Path(name), parent.window(), fmt="kolada")
    run.start()
    return run
