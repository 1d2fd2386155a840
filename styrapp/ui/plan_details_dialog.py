"""Plan → Planuppgifter…: the organisation, the plan's title and year, the mandatperiod, who decides it
and when, the note on the cover, the logo, the vision and the värdegrund with its values. Every change is
one undo step and shows at once on Översikt, in the window's title and in the reports."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..models.changes import Kind
from ..models.enums import OrganisationKind
from ..models.queries.plan_details import PlanDetails, plan_details
from ..views.fields import DateField, LineField, TextArea, WholeNumberBox
from ..views.labels import enum_label
from . import commands
from .dialogs import PlanDialog
from .logo import logo_command, logo_file

NO_YEAR = 1899  # a year box at its minimum shows "–": no year given


class PlanDetailsDialog(PlanDialog):
    def __init__(self, document, parent=None):
        super().__init__(document, parent)
        self.setWindowTitle(self.tr("Plan details"))
        self.resize(820, 600)
        self.details = PlanDetails()
        self.sample_note = QLabel()  # above the tabs: seen whichever tab is open
        self.sample_note.setWordWrap(True)
        self.sample_note.setStyleSheet("background: #FFF4D6; color: #5C4400; padding: 4px; border-radius: 3px;")
        tabs = QTabWidget()
        tabs.setAccessibleName(self.tr("Plan details"))
        tabs.addTab(self._plan_tab(), self.tr("Organisation and plan"))
        tabs.addTab(self._values_tab(), self.tr("Vision and values"))
        self.tabs = tabs
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addLayout(self.undo_buttons())
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.sample_note)
        layout.addWidget(tabs, 1)
        layout.addWidget(self.refusal)
        bottom = QHBoxLayout()
        bottom.addLayout(buttons, 1)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        document.changed.connect(self._changed)
        self._show()

    # --- the two tabs --------------------------------------------------------------------------------------

    def _plan_tab(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        form = QFormLayout()
        column.addLayout(form)
        column.addStretch(1)  # the rows keep their height; the room left stays below them
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.organisation = LineField()
        self.organisation_kind = QComboBox()
        for member in OrganisationKind:
            self.organisation_kind.addItem(enum_label(member), member.value)
        self.code = LineField()
        self.code.setMaxLength(4)
        self.code.setPlaceholderText(self.tr("e.g. 0188 (Kolada's municipality code)"))
        self.title = LineField()
        self.year = self._year_box(allow_none=False)
        self.term_start = self._year_box()
        self.term_end = self._year_box()
        term = QHBoxLayout()
        term.addWidget(self.term_start)
        term.addWidget(QLabel("–"))
        term.addWidget(self.term_end)
        term.addStretch(1)
        self.decided_by = QComboBox()
        self.decided_by.setEditable(True)
        self.decided_by.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.decided_by.lineEdit().setPlaceholderText(self.tr("e.g. Kommunfullmäktige, the committee or the board"))
        self.decided_on = DateField()
        self.note = TextArea()
        self.organisation.setWhatsThis(self.tr("The organisation's name, as on every report's cover."))
        self.organisation_kind.setWhatsThis(self.tr("Municipality, region or joint authority (kommunalförbund)."))
        self.code.setWhatsThis(self.tr("The municipality code (e.g. 1982); Kolada uses it."))
        self.title.setWhatsThis(self.tr("The plan's title, e.g. Verksamhetsplan 2026; shown in the window's title and on the cover."))
        self.year.setWhatsThis(self.tr("The plan year. Next year's plan is made with Plan → New plan period…."))
        self.term_start.setWhatsThis(self.tr("The first year of the term of office."))
        self.term_end.setWhatsThis(self.tr("The last year of the term of office."))
        self.decided_by.setWhatsThis(self.tr("The body that decides the plan, e.g. the committee."))
        self.decided_on.setWhatsThis(self.tr("The date the plan was decided."))
        self.note.setWhatsThis(self.tr("A note printed on the cover, e.g. the decision's reference."))
        self.note.setFixedHeight(56)
        self.logo = QLabel()
        self.logo.setFixedSize(160, 56)
        self.logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo.setStyleSheet("border: 1px solid palette(mid);")
        self.logo_choose = QPushButton(self.tr("Choose…"))
        self.logo_choose.setToolTip(self.tr("Choose the logo on the reports' cover (PNG or JPEG)"))
        self.logo_remove = QPushButton(self.tr("Remove"))
        self.logo_remove.setToolTip(self.tr("Print the reports without a logo"))
        logo = QHBoxLayout()
        logo.addWidget(self.logo)
        logo.addWidget(self.logo_choose)
        logo.addWidget(self.logo_remove)
        logo.addStretch(1)
        form.addRow(self.tr("Organisation"), self.organisation)
        form.addRow(self.tr("Kind"), self.organisation_kind)
        form.addRow(self.tr("Municipality code"), self.code)
        form.addRow(self.tr("The plan's title"), self.title)
        form.addRow(self.tr("Plan year"), self.year)
        form.addRow(self.tr("Term of office"), term)
        form.addRow(self.tr("Decided by"), self.decided_by)
        form.addRow(self.tr("Decided on"), self.decided_on)
        form.addRow(self.tr("Note on the cover"), self.note)
        form.addRow(self.tr("Logo on the cover"), logo)

        self.organisation.committed.connect(lambda v: self._organisation(self.tr("Rename the organisation"), name=v))
        self.organisation_kind.activated.connect(lambda _i: self._organisation(
            self.tr("Change the kind of organisation"), kind=self.organisation_kind.currentData()))
        self.code.committed.connect(lambda v: self._organisation(self.tr("Change the municipality code"),
                                                                 municipality_code=v.strip() or None))
        self.title.committed.connect(lambda v: self._plan(title=v))
        self.year.editingFinished.connect(lambda: self._year_changed(self.year, "year"))
        self.term_start.editingFinished.connect(lambda: self._year_changed(self.term_start, "term_start"))
        self.term_end.editingFinished.connect(lambda: self._year_changed(self.term_end, "term_end"))
        self.decided_by.lineEdit().editingFinished.connect(self._decided_by_changed)
        self.decided_by.activated.connect(lambda _i: self._decided_by_changed())
        self.decided_on.committed.connect(lambda v: self._plan(decided_on=v))
        self.note.committed.connect(lambda v: self._plan(note=v))
        self.logo_choose.clicked.connect(self.choose_logo)
        self.logo_remove.clicked.connect(lambda: self.set_logo(None))
        return page

    def _values_tab(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.vision = LineField()
        self.vision_text = TextArea()
        self.vision_text.setFixedHeight(72)
        self.values_intro = TextArea()
        self.values_intro.setFixedHeight(56)
        form.addRow(self.tr("Vision"), self.vision)
        form.addRow(self.tr("About the vision"), self.vision_text)
        form.addRow(self.tr("Values, introduction"), self.values_intro)
        column.addLayout(form)

        self.value_list = QListWidget()
        self.value_list.setAccessibleName(self.tr("Values"))
        self.value_list.setMaximumWidth(240)
        self.value_list.currentRowChanged.connect(lambda _r: self._show_value())
        self.value_name = LineField()
        self.value_text = TextArea()
        self.vision.setWhatsThis(self.tr("The long-term picture of the future, in one sentence; printed first in the plan."))
        self.value_name.setWhatsThis(self.tr("The value's name, e.g. Respekt."))
        self.value_text.setWhatsThis(self.tr("What the value means in daily work."))
        self.value_text.setMinimumHeight(72)
        self.value_text.setMaximumHeight(16777215)
        value_form = QFormLayout()
        value_form.addRow(self.tr("Value"), self.value_name)
        value_form.addRow(self.tr("What it means"), self.value_text)
        value_buttons = QHBoxLayout()
        self.value_add = QPushButton(self.tr("Add a value"))
        self.value_add.setToolTip(self.tr("Add a value to the values (värdegrund)"))
        self.value_up = QPushButton(self.tr("Move up"))
        self.value_up.setToolTip(self.tr("Move the selected value up"))
        self.value_down = QPushButton(self.tr("Move down"))
        self.value_down.setToolTip(self.tr("Move the selected value down"))
        self.value_delete = QPushButton(self.tr("Delete"))
        self.value_delete.setToolTip(self.tr("Delete the selected value"))
        for button in (self.value_add, self.value_up, self.value_down, self.value_delete):
            value_buttons.addWidget(button)
        value_buttons.addStretch(1)
        values = QHBoxLayout()
        values.addWidget(self.value_list)
        editor = QVBoxLayout()
        editor.addLayout(value_form, 1)
        values.addLayout(editor, 1)
        heading = QLabel(self.tr("The values"))
        heading.setStyleSheet("font-weight: 600;")
        column.addWidget(heading)
        column.addLayout(values, 1)
        column.addLayout(value_buttons)

        self.vision.committed.connect(lambda v: self._plan(vision=v))
        self.vision_text.committed.connect(lambda v: self._plan(vision_text=v))
        self.values_intro.committed.connect(lambda v: self._plan(values=v))
        self.value_name.committed.connect(lambda v: self._edit_value(name=v))
        self.value_text.committed.connect(lambda v: self._edit_value(text=v))
        self.value_add.clicked.connect(self.add_value)
        self.value_up.clicked.connect(lambda: self.move_value(-1))
        self.value_down.clicked.connect(lambda: self.move_value(+1))
        self.value_delete.clicked.connect(self.delete_value)
        return page

    def _year_box(self, allow_none: bool = True) -> QSpinBox:
        box = WholeNumberBox()  # "20.26" is refused in place, never read as 2026
        box.setRange(NO_YEAR if allow_none else 1900, 2200)
        box.setGroupSeparatorShown(False)
        if allow_none:
            box.setSpecialValueText("–")
        box.setKeyboardTracking(False)
        return box

    # --- showing ---------------------------------------------------------------------------------------------

    def _changed(self, changes) -> None:
        if changes.touches(Kind.PLAN, Kind.UNIT, Kind.SETTING):
            self._show()

    def _show(self) -> None:
        details = self.details = plan_details(self.document.plan)
        self.organisation.set_value(details.organisation)
        self.organisation_kind.setCurrentIndex(max(0, self.organisation_kind.findData(details.organisation_kind)))
        self.code.set_value(details.municipality_code)
        self.title.set_value(details.title)
        for box, value in ((self.year, details.year), (self.term_start, details.term_start),
                           (self.term_end, details.term_end)):
            box.blockSignals(True)
            box.setValue(value or NO_YEAR)
            box.blockSignals(False)
        several = details.years_held > 1  # the next year is made by the turn of the year, never by renumbering
        self.year.setEnabled(not several)
        self.year.setToolTip(self.tr("The plan holds several plan years; the next one is made with Plan → New plan "
                                     "period…") if several else "")
        self.decided_by.blockSignals(True)
        self.decided_by.clear()
        self.decided_by.addItems(list(details.deciders))
        self.decided_by.setEditText(details.decided_by)
        self.decided_by.blockSignals(False)
        self.decided_on.set_value(details.decided_on)
        self.note.set_value(details.note)
        self._show_logo()
        self.vision.set_value(details.vision)
        self.vision_text.set_value(details.vision_text)
        self.values_intro.set_value(details.values)
        samples = [word for field, word in (("vision", self.tr("the vision")), ("vision_text", self.tr("the text about the vision")),
                                            ("values", self.tr("the introduction to the values")),
                                            ("value_names", self.tr("the values")))
                   if field in details.samples]
        self.sample_note.setText(self.tr("Examples from the template, to replace with your own: %1.")
                                 .replace("%1", ", ".join(samples)))
        self.sample_note.setVisible(bool(samples))
        row = self.value_list.currentRow()
        chosen = self.value_list.currentItem().data(Qt.ItemDataRole.UserRole) if self.value_list.currentItem() else None
        self.value_list.blockSignals(True)
        self.value_list.clear()
        for value in details.value_rows:
            item = QListWidgetItem(value.name)
            item.setData(Qt.ItemDataRole.UserRole, value.id)
            self.value_list.addItem(item)
        ids = [v.id for v in details.value_rows]
        if chosen in ids:
            self.value_list.setCurrentRow(ids.index(chosen))
        elif ids:
            self.value_list.setCurrentRow(min(max(row, 0), len(ids) - 1))
        self.value_list.blockSignals(False)
        self._show_value()

    def _show_logo(self) -> None:
        data = self.details.logo
        picture = QPixmap()
        if data and picture.loadFromData(data):
            self.logo.setPixmap(picture.scaled(self.logo.size() * 0.9, Qt.AspectRatioMode.KeepAspectRatio,
                                               Qt.TransformationMode.SmoothTransformation))
        else:
            self.logo.setPixmap(QPixmap())
            self.logo.setText(self.tr("(no logo)"))
        self.logo_remove.setEnabled(bool(data))

    def current_value_id(self) -> int | None:
        item = self.value_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _show_value(self) -> None:
        value_id = self.current_value_id()
        value = next((v for v in self.details.value_rows if v.id == value_id), None)
        for widget in (self.value_name, self.value_text, self.value_delete):
            widget.setEnabled(value is not None)
        row = self.value_list.currentRow()
        self.value_up.setEnabled(value is not None and row > 0)
        self.value_down.setEnabled(value is not None and row < self.value_list.count() - 1)
        # An empty form when no value is chosen: never a value that is not there.
        self.value_name.set_value(value.name if value else "")
        self.value_text.set_value(value.text if value else "")

    # --- editing ---------------------------------------------------------------------------------------------

    def _organisation(self, text: str, **fields) -> None:
        if not self.run(commands.UpdateOrganisation(text, **fields)):
            self._show()  # refused: the message says why, and the field shows what the plan holds

    def _plan(self, **fields) -> None:
        if not self.run(commands.UpdatePlan(**fields)):
            self._show()

    def _year_changed(self, box: QSpinBox, field: str) -> None:
        value = None if box.value() == NO_YEAR else box.value()
        if value != getattr(self.details, field):
            self._plan(**{field: value})

    def _decided_by_changed(self) -> None:
        text = self.decided_by.currentText().strip()
        if text != self.details.decided_by:
            self._plan(decided_by=text)

    def choose_logo(self) -> None:
        data, problem = logo_file(self)
        if problem:
            self.refusal.setText(problem)
        elif data is not None:
            self.set_logo(data)

    def set_logo(self, data: bytes | None) -> bool:
        """A PNG or JPEG of at most 2 MB on the reports' cover, or none; one undo step."""
        command, problem = logo_command(data)
        if command is None:
            self.refusal.setText(problem)
            return False
        return self.run(command)

    def add_value(self) -> None:
        row = self.value_list.currentRow()
        command = commands.AddValue(name=self.tr("New value"), index=row + 1 if row >= 0 else None)
        if self.run(command):
            ids = [v.id for v in self.details.value_rows]
            if command.value_id in ids:
                self.value_list.setCurrentRow(ids.index(command.value_id))
            self.value_name.setFocus()
            self.value_name.selectAll()

    def _edit_value(self, **fields) -> None:
        value_id = self.current_value_id()
        if value_id is not None and not self.run(commands.UpdateValue(value_id, **fields)):
            self._show()

    def move_value(self, step: int) -> None:
        value_id = self.current_value_id()
        if value_id is not None:
            self.run(commands.MoveValue(value_id, self.value_list.currentRow() + step))

    def delete_value(self) -> None:
        value_id = self.current_value_id()
        if value_id is None:
            return
        name = self.value_list.currentItem().text()
        answer = QMessageBox.question(
            self, self.tr("Delete value"),
            self.tr("Delete the value “%1” and its text?").replace("%1", name) + "\n\n" + self.tr("You can undo this with Undo."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Yes:
            self.run(commands.DeleteValue(value_id))
