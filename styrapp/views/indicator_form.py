"""The indicator's own details: name, unit, direction, target and baseline, Kolada id, ownership, a
manual status (always with its reason) and its Agenda 2030 goals. Changes go out as signals."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..models.enums import Direction, Frequency, Status
from .fields import LineField, NumberField, TextArea, WholeNumberBox
from .labels import enum_label, status_text
from .sdg_list import SdgChecklist

if TYPE_CHECKING:
    from ..models.queries.indicator_details import IndicatorDetails


class IndicatorForm(QScrollArea):
    field_edited = Signal(int, dict)  # indicator id, {field: value} to change together
    sdgs_edited = Signal(int, list)
    links_requested = Signal(int)  # indicator id: choose the nodes it is linked to
    unlink_requested = Signal(int, int)  # indicator id, node id

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.indicator_id: int | None = None
        self._filling = False
        body = QWidget()
        self.setWidget(body)
        outer = QVBoxLayout(body)
        box = QGroupBox(self.tr("Indicator"))
        form = QFormLayout(box)
        self.name, self.unit, self.source = LineField(), LineField(), LineField()
        self.description = TextArea()
        self.decimals = WholeNumberBox()  # "2,5" or "1.5" is refused in place, never read as 25 or 15
        self.decimals.setRange(0, 6)
        self.direction = QComboBox()
        for member in Direction:
            self.direction.addItem(enum_label(member), member.value)
        self.baseline, self.target = NumberField(decimals=0), NumberField(decimals=0)
        self.baseline_year, self.target_year = LineField(), LineField()
        self.frequency = QComboBox()
        for member in Frequency:
            self.frequency.addItem(enum_label(member), member.value)
        self.kolada_id, self.kolada_municipality, self.kolada_ou = LineField(), LineField(), LineField()
        self.kolada_id.setPlaceholderText("N01951")
        self.kolada_municipality.setPlaceholderText("1982")
        self.reported = QCheckBox(self.tr("Reported to the municipal council"))
        self.gender_split = QCheckBox(self.tr("Followed for women and men"))
        self.owner = QComboBox()
        self.responsible = LineField()
        self.name.setWhatsThis(self.tr("The indicator's name as it is printed."))
        self.source.setWhatsThis(self.tr("Where the figures come from: Kolada, Statistics Sweden, own measurement, the finance system."))
        self.direction.setWhatsThis(self.tr("Whether a higher or a lower value is better; the status is judged by it."))
        self.baseline.setWhatsThis(self.tr("The comparison value (baseline) the outcome is set against."))
        self.target.setWhatsThis(self.tr("The value aimed at (målvärde); without one the indicator is followed but not judged."))
        self.kolada_id.setWhatsThis(self.tr("The key figure's id in Kolada, e.g. N00945; a Kolada import fills the values of the indicator with this id."))
        self.kolada_municipality.setWhatsThis(self.tr("The municipality code in Kolada whose values are taken, e.g. 1982 for Fagersta."))
        self.reported.setWhatsThis(self.tr("Tick when the indicator is reported to the municipal council."))
        self.gender_split.setWhatsThis(self.tr("Tick when the values are kept for women and men as well as in total."))
        for label, widget in (
            (self.tr("Name"), self.name), (self.tr("Description"), self.description), (self.tr("Unit"), self.unit),
            (self.tr("Decimals"), self.decimals), (self.tr("Direction"), self.direction),
            (self.tr("Baseline"), self.baseline), (self.tr("Baseline year"), self.baseline_year),
            (self.tr("Target"), self.target), (self.tr("Target year"), self.target_year),
            (self.tr("Frequency"), self.frequency), (self.tr("Source"), self.source),
            (self.tr("Kolada id"), self.kolada_id), (self.tr("Municipality code"), self.kolada_municipality),
            (self.tr("Kolada unit"), self.kolada_ou), ("", self.reported), ("", self.gender_split),
            (self.tr("Responsible unit"), self.owner), (self.tr("Responsible person"), self.responsible),
        ):
            form.addRow(label, widget)
        outer.addWidget(box)
        links_box = QGroupBox(self.tr("Measures (goals, assignments and activities)"))
        links_layout = QVBoxLayout(links_box)
        self.links = QListWidget()
        self.links.setAccessibleName(self.tr("Measures (goals, assignments and activities)"))
        self.links.setMinimumHeight(70)
        self.links.setMaximumHeight(130)
        links_layout.addWidget(self.links)
        link_buttons = QHBoxLayout()
        self.choose_links = QPushButton(self.tr("Link to…"))
        self.choose_links.setToolTip(self.tr("Choose the goals, assignments and activities this indicator measures"))
        self.unlink = QPushButton(self.tr("Remove link"))
        self.unlink.setToolTip(self.tr("Remove the link to the selected goal or assignment"))
        link_buttons.addWidget(self.choose_links)
        link_buttons.addWidget(self.unlink)
        link_buttons.addStretch(1)
        links_layout.addLayout(link_buttons)
        outer.addWidget(links_box)
        status_box = QGroupBox(self.tr("Status"))
        status_form = QFormLayout(status_box)
        self.override = QComboBox()
        self.override.addItem(self.tr("By the plan's rule"), None)
        for status in (Status.GREEN, Status.YELLOW, Status.RED):
            self.override.addItem(status_text(status), status.value)
        self.reason = LineField()
        self.reason.setPlaceholderText(self.tr("Why the status is set by hand"))
        status_form.addRow(self.tr("Set by hand"), self.override)
        status_form.addRow(self.tr("Reason"), self.reason)
        outer.addWidget(status_box)
        sdg_box = QGroupBox(self.tr("Agenda 2030"))
        self.sdgs = SdgChecklist()
        self.sdgs.setAccessibleName(self.tr("Agenda 2030"))
        QVBoxLayout(sdg_box).addWidget(self.sdgs)
        outer.addWidget(sdg_box)
        outer.addStretch(1)
        self._connect()
        self.setEnabled(False)

    def _connect(self) -> None:
        for name in ("name", "unit", "source", "description", "kolada_id", "kolada_municipality", "kolada_ou",
                     "responsible"):
            getattr(self, name).committed.connect(lambda value, n=name: self._emit({n: value or (None if n.startswith("kolada") else "")}))
        for name in ("baseline", "target"):
            getattr(self, name).committed.connect(lambda value, n=name: self._emit({n: value}))
        for name in ("baseline_year", "target_year"):
            getattr(self, name).committed.connect(lambda value, n=name: self._emit({n: value}))
        self.decimals.editingFinished.connect(
            lambda: None if self.decimals.error else self._emit({"decimals": self.decimals.value()}))
        self.direction.activated.connect(lambda _i: self._emit({"direction": self.direction.currentData()}))
        self.frequency.activated.connect(lambda _i: self._emit({"frequency": self.frequency.currentData()}))
        self.owner.activated.connect(lambda _i: self._emit({"owner_unit_id": self.owner.currentData()}))
        self.reported.toggled.connect(lambda on: self._emit({"reported_to_council": on}))
        self.gender_split.toggled.connect(lambda on: self._emit({"gender_split": on}))
        self.override.activated.connect(lambda _i: self._emit({"status_override": self.override.currentData(),
                                                               "status_override_reason": self.reason.text().strip()}))
        self.reason.committed.connect(lambda text: self._emit({"status_override_reason": text.strip()}))
        self.sdgs.edited.connect(lambda numbers: None if self._filling or self.indicator_id is None
                                 else self.sdgs_edited.emit(self.indicator_id, numbers))
        self.choose_links.clicked.connect(lambda: None if self.indicator_id is None
                                          else self.links_requested.emit(self.indicator_id))
        self.unlink.clicked.connect(self._unlink)
        self.links.currentRowChanged.connect(lambda row: self.unlink.setEnabled(row >= 0))

    def _unlink(self) -> None:
        item = self.links.currentItem()
        if item is not None and self.indicator_id is not None and item.data(Qt.ItemDataRole.UserRole) is not None:
            self.unlink_requested.emit(self.indicator_id, item.data(Qt.ItemDataRole.UserRole))

    def _emit(self, fields: dict) -> None:
        if self._filling or self.indicator_id is None:
            return
        for year in ("baseline_year", "target_year"):
            if year in fields:
                text = str(fields[year] or "").strip()
                fields[year] = int(text) if text.isdigit() else (None if not text else text)
        self.field_edited.emit(self.indicator_id, fields)

    def show_details(self, details: IndicatorDetails | None) -> None:
        self._filling = True
        try:
            self.setEnabled(details is not None)
            if details is None:
                self.indicator_id = None
                return
            ind = details.indicator
            self.indicator_id = ind.id
            self.name.set_value(ind.name)
            self.description.set_value(ind.description)
            self.unit.set_value(ind.unit)
            self.source.set_value(ind.source)
            self.decimals.setValue(ind.decimals)
            self.direction.setCurrentIndex(max(0, self.direction.findData(ind.direction)))
            self.frequency.setCurrentIndex(max(0, self.frequency.findData(ind.frequency)))
            self.baseline.set_value(ind.baseline)
            self.target.set_value(ind.target)
            self.baseline_year.set_value(str(ind.baseline_year or ""))
            self.target_year.set_value(str(ind.target_year or ""))
            self.kolada_id.set_value(ind.kolada_id or "")
            self.kolada_municipality.set_value(ind.kolada_municipality or "")
            self.kolada_ou.set_value(ind.kolada_ou or "")
            self.reported.setChecked(ind.reported_to_council)
            self.gender_split.setChecked(ind.gender_split)
            self.owner.clear()
            self.owner.addItem(self.tr("(no unit)"), None)
            for unit_id, name in details.units:
                self.owner.addItem(name, unit_id)
            self.owner.setCurrentIndex(max(0, self.owner.findData(ind.owner_unit_id)))
            self.responsible.set_value(ind.responsible)
            self.links.clear()
            for link in details.links:
                item = QListWidgetItem(f"{link.level}: {link.title}")
                item.setData(Qt.ItemDataRole.UserRole, link.id)
                item.setToolTip(link.title)
                self.links.addItem(item)
            if not details.links:
                empty = QListWidgetItem(self.tr("(not linked to a goal)"))
                empty.setFlags(Qt.ItemFlag.NoItemFlags)
                self.links.addItem(empty)
            self.unlink.setEnabled(False)
            self.override.setCurrentIndex(max(0, self.override.findData(ind.status_override)))
            self.reason.set_value(ind.status_override_reason)
            self.sdgs.set_checked(details.sdgs)
        finally:
            self._filling = False

    def set_read_only(self, read_only: bool) -> None:
        """A closed plan year: everything can be read, nothing changed, until the year is reopened."""
        from .read_only import hold_still

        hold_still(self, read_only)
