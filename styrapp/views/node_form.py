"""The detail form beside a tree: every field of the selected node, and its links.

It shows a `NodeDetails` it is handed and tells what the user changed through signals; the page
turns those into undo commands. Fields that do not belong to the node's kind are hidden.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..models.enums import AssignmentOrigin, NodeKind, Origin, Progress

if TYPE_CHECKING:
    from ..models.queries.node_rows import NodeDetails
from .fields import DateField, LineField, NumberField, TextArea, swatch
from .labels import enum_label
from .sdg_list import SdgChecklist


def wrap_lines(listing: QListWidget) -> None:
    """A list whose lines wrap at its width: a long name is read whole, without scrolling sideways."""
    listing.setWordWrap(True)
    listing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    listing.setResizeMode(QListWidget.ResizeMode.Adjust)


class NodeForm(QScrollArea):
    field_edited = Signal(int, str, object)  # node id, field name, new value
    links_edited = Signal(int, list)  # node id, ids of the nodes it serves
    sdgs_edited = Signal(int, list)  # node id, Agenda 2030 goal numbers
    indicator_linked = Signal(int, int)  # node id, indicator id to link to it
    indicator_unlinked = Signal(int, int)  # node id, indicator id to take away from it
    new_indicator = Signal(int)  # node id: make a new indicator that measures it

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setMinimumWidth(360)
        self.node_id: int | None = None
        self._filling = False
        body = QWidget()
        self.setWidget(body)
        outer = QVBoxLayout(body)
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)
        outer.addWidget(self.heading)
        self.source_note = QLabel()  # uppdragsgivarens mål: whose, from which plan; its title is theirs
        self.source_note.setWordWrap(True)
        self.source_note.setObjectName("source_note")
        self.source_note.hide()
        outer.addWidget(self.source_note)
        self.empty = QLabel(self.tr("Select a node in the tree to see and edit it here."))
        self.empty.setWordWrap(True)
        outer.addWidget(self.empty)

        self.basics = QGroupBox(self.tr("Basics"))
        form = QFormLayout(self.basics)
        self.title = LineField()
        self.description = TextArea()
        self.owner = QComboBox()
        self.responsible = LineField()
        self.origin = QComboBox()
        for member in Origin:
            self.origin.addItem(enum_label(member), member.value)
        self.progress = QComboBox()
        for member in Progress:
            self.progress.addItem(enum_label(member), member.value)
        self.start = DateField()
        self.due = DateField()
        self.how_measured = TextArea()
        colour_row = QWidget()
        colour_layout = QHBoxLayout(colour_row)
        colour_layout.setContentsMargins(0, 0, 0, 0)
        self.colour = QPushButton()
        self.colour.setToolTip(self.tr("The goal area's colour, shown on everything beneath it and in the reports"))
        self.colour_reset = QPushButton(self.tr("Level colour"))
        self.colour_reset.setToolTip(self.tr("Use the level's own colour again"))
        colour_layout.addWidget(self.colour)
        colour_layout.addWidget(self.colour_reset)
        colour_layout.addStretch(1)
        self.rows: dict[str, tuple[QFormLayout, QWidget]] = {}
        for name, label, widget in (
            ("title", self.tr("Title"), self.title),
            ("description", self.tr("Description"), self.description),
            ("owner_unit_id", self.tr("Responsible unit"), self.owner),
            ("responsible", self.tr("Responsible person"), self.responsible),
            ("origin", self.tr("Whose goal"), self.origin),
            ("progress", self.tr("Progress"), self.progress),
            ("start", self.tr("Start"), self.start),
            ("due", self.tr("Due date"), self.due),
            ("how_measured", self.tr("How we measure"), self.how_measured),
            ("colour", self.tr("Colour"), colour_row),
        ):
            form.addRow(label, widget)
            self.rows[name] = (form, widget)
        outer.addWidget(self.basics)

        self.assignment = QGroupBox(self.tr("Assignment"))
        form = QFormLayout(self.assignment)
        self.purpose = TextArea()
        self.change = TextArea()
        self.desired_level = LineField()
        self.assignment_origin = QComboBox()
        self.assignment_origin.addItem(self.tr("(not given)"), None)
        for member in AssignmentOrigin:
            self.assignment_origin.addItem(enum_label(member), member.value)
        self.budget_impact = QCheckBox(self.tr("Affects the budget"))
        self.budget_amount = NumberField(decimals=0)
        self.title.setWhatsThis(self.tr("The name as it is printed in the plan and the reports."))
        self.description.setWhatsThis(self.tr("What the goal or assignment means, in a few sentences; printed under the title."))
        self.owner.setWhatsThis(self.tr("The unit (committee, administration, department) that answers for this; a report for a unit takes what it owns."))
        self.responsible.setWhatsThis(self.tr("The person who answers for this, e.g. a head of unit."))
        self.progress.setWhatsThis(self.tr("How far the work has come: not started, in progress, done, postponed."))
        self.start.setWhatsThis(self.tr("When the work starts; with the end date it is the schedule."))
        self.due.setWhatsThis(self.tr("When the work is to be done."))
        self.purpose.setWhatsThis(self.tr("Why the assignment exists: what it is for."))
        self.change.setWhatsThis(self.tr("The change the assignment must bring (förflyttning)."))
        self.desired_level.setWhatsThis(self.tr("Where things should be when the assignment is done."))
        self.assignment_origin.setWhatsThis(self.tr("Where the assignment comes from: an indicator, an initiative, a programme, the council."))
        self.budget_impact.setWhatsThis(self.tr("Tick when the assignment affects the budget; the amount shows on the Finances page."))
        self.budget_amount.setPlaceholderText(self.tr("thousand kronor"))
        self.follow_up_method = TextArea()
        self.schedule = LineField()
        for label, widget in (
            (self.tr("Purpose"), self.purpose),
            (self.tr("Change sought"), self.change),
            (self.tr("Desired level"), self.desired_level),
            (self.tr("Origin"), self.assignment_origin),
            ("", self.budget_impact),
            (self.tr("Amount (thousand SEK)"), self.budget_amount),
            (self.tr("Follow-up"), self.follow_up_method),
            (self.tr("Schedule"), self.schedule),
        ):
            form.addRow(label, widget)
        outer.addWidget(self.assignment)

        self.links_box = QGroupBox(self.tr("Serves"))
        links_layout = QVBoxLayout(self.links_box)
        self.links = QListWidget()
        self.links.setAccessibleName(self.tr("Serves"))
        self.links.setAccessibleDescription(self.tr("Tick what this serves one level up"))
        self.links.setMinimumHeight(120)
        # A long title is cut with "…" at the list's edge (its tooltip has it whole), its indent kept.
        self.links.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.links.setTextElideMode(Qt.TextElideMode.ElideRight)
        links_layout.addWidget(self.links)
        outer.addWidget(self.links_box)

        self.indicator_box = QGroupBox(self.tr("Indicators"))
        indicator_layout = QVBoxLayout(self.indicator_box)
        self.indicators = QListWidget()
        self.indicators.setAccessibleName(self.tr("Indicators"))
        self.indicators.setMinimumHeight(70)
        self.indicators.setMaximumHeight(130)
        wrap_lines(self.indicators)
        indicator_layout.addWidget(self.indicators)
        add_row = QHBoxLayout()
        self.indicator_choice = QComboBox()
        self.indicator_choice.setAccessibleName(self.tr("Indicator to link"))
        self.indicator_choice.setMinimumContentsLength(12)
        self.indicator_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.link_indicator = QPushButton(self.tr("Link"))
        self.link_indicator.setToolTip(self.tr("Link the indicator chosen to this node"))
        add_row.addWidget(self.indicator_choice, 1)
        add_row.addWidget(self.link_indicator)
        indicator_layout.addLayout(add_row)
        buttons = QHBoxLayout()
        self.unlink_indicator = QPushButton(self.tr("Remove link"))
        self.unlink_indicator.setToolTip(self.tr("Remove the link to the selected indicator"))
        self.create_indicator = QPushButton(self.tr("New indicator…"))
        self.create_indicator.setToolTip(self.tr("Make a new indicator that measures this node"))
        buttons.addWidget(self.unlink_indicator)
        buttons.addWidget(self.create_indicator)
        buttons.addStretch(1)
        indicator_layout.addLayout(buttons)
        outer.addWidget(self.indicator_box)

        self.sdg_box = QGroupBox(self.tr("Agenda 2030"))
        sdg_layout = QVBoxLayout(self.sdg_box)
        self.sdgs = SdgChecklist()
        self.sdgs.setAccessibleName(self.tr("Agenda 2030"))
        wrap_lines(self.sdgs)
        sdg_layout.addWidget(self.sdgs)
        outer.addWidget(self.sdg_box)
        outer.addStretch(1)
        self._connect()
        self.show_details(None)

    def _connect(self) -> None:
        for name in ("title", "responsible", "desired_level", "schedule"):
            getattr(self, name).committed.connect(lambda value, n=name: self._emit(n, value))
        for name in ("description", "how_measured", "purpose", "change", "follow_up_method"):
            getattr(self, name).committed.connect(lambda value, n=name: self._emit(n, value))
        self.start.committed.connect(lambda value: self._emit("start", value))
        self.due.committed.connect(lambda value: self._emit("due", value))
        self.budget_amount.committed.connect(lambda value: self._emit("budget_amount_tkr", value))
        for name in ("owner", "origin", "progress", "assignment_origin"):
            combo: QComboBox = getattr(self, name)
            field = "owner_unit_id" if name == "owner" else name
            combo.activated.connect(lambda _i, c=combo, f=field: self._emit(f, c.currentData()))
        self.budget_impact.toggled.connect(lambda on: self._emit("budget_impact", on))
        self.colour.clicked.connect(self._choose_colour)
        self.colour_reset.clicked.connect(lambda: self._emit("colour", None))
        self.links.itemChanged.connect(self._links_changed)
        self.sdgs.edited.connect(self._sdgs_changed)
        self.link_indicator.clicked.connect(self._link_indicator)
        self.unlink_indicator.clicked.connect(self._unlink_indicator)
        self.create_indicator.clicked.connect(lambda: None if self.node_id is None else self.new_indicator.emit(self.node_id))
        self.indicators.currentRowChanged.connect(lambda row: self.unlink_indicator.setEnabled(
            row >= 0 and self.indicators.item(row).data(Qt.ItemDataRole.UserRole) is not None))

    def _link_indicator(self) -> None:
        indicator_id = self.indicator_choice.currentData()
        if self.node_id is not None and indicator_id is not None:
            self.indicator_linked.emit(self.node_id, indicator_id)

    def _unlink_indicator(self) -> None:
        item = self.indicators.currentItem()
        if self.node_id is not None and item is not None and item.data(Qt.ItemDataRole.UserRole) is not None:
            self.indicator_unlinked.emit(self.node_id, item.data(Qt.ItemDataRole.UserRole))

    def _emit(self, name: str, value) -> None:
        if not self._filling and self.node_id is not None:
            self.field_edited.emit(self.node_id, name, value)

    def _choose_colour(self) -> None:
        colour = QColorDialog.getColor(QColor(self._colour or "#4A6FA5"), self, self.tr("Colour"))
        if colour.isValid():
            self._emit("colour", colour.name())

    def _checked(self, widget: QListWidget) -> list[int]:
        return [widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
                if widget.item(i).checkState() == Qt.CheckState.Checked]

    def _links_changed(self, _item) -> None:
        if not self._filling and self.node_id is not None:
            self.links_edited.emit(self.node_id, self._checked(self.links))

    def _sdgs_changed(self, numbers: list[int]) -> None:
        if not self._filling and self.node_id is not None:
            self.sdgs_edited.emit(self.node_id, numbers)

    # --- showing a node -----------------------------------------------------------------------

    def show_details(self, details: NodeDetails | None) -> None:
        self._filling = True
        try:
            self._fill(details)
        finally:
            self._filling = False

    def _show_source(self, source) -> None:
        """A goal fetched from the uppdragsgivare's plan says so; its title and description are set there."""
        self.source_note.setVisible(source is not None)
        self.title.setReadOnly(source is not None)
        self.description.setReadOnly(source is not None)
        if source is None:
            return
        text = self.tr("The commissioner's goal – from %1, %2").replace("%1", source.organisation).replace(
            "%2", source.plan_title)
        if source.removed:
            text += " " + self.tr("(removed from the commissioner's plan; kept here with its follow-up)")
        self.source_note.setText(text)

    def _fill(self, details: NodeDetails | None) -> None:
        self.node_id = details.node.id if details else None
        for box in (self.basics, self.assignment, self.links_box, self.indicator_box, self.sdg_box):
            box.setVisible(details is not None)
        self.empty.setVisible(details is None)
        if details is None:
            self.heading.setText("")
            self.source_note.hide()
            return
        node, level = details.node, details.level
        goal = level.kind == NodeKind.GOAL
        # The title whole, wrapped under the level's name: the Titel field below may be too narrow for it.
        self.heading.setText(f"<span style='color:{escape(level.colour)}; font-size:16pt'>■</span> "
                             f"<b style='font-size:12pt'>{escape(level.name)}</b><br>{escape(node.title)}")
        self.title.set_value(node.title)
        self.description.set_value(node.description)
        self._show_source(details.source)
        self.owner.clear()
        self.owner.addItem(self.tr("(no unit)"), None)
        for unit_id, _depth, name in details.units:
            self.owner.addItem(name, unit_id)
        self.owner.setCurrentIndex(max(0, self.owner.findData(node.owner_unit_id)))
        self.responsible.set_value(node.responsible)
        self.origin.setCurrentIndex(max(0, self.origin.findData(node.origin)))
        self.progress.setCurrentIndex(max(0, self.progress.findData(node.progress)))
        self.start.set_value(node.start)
        self.due.set_value(node.due)
        self.how_measured.set_value(node.how_measured)
        self._colour = node.colour or level.colour
        self.colour.setIcon(swatch(self._colour, 16))
        self.colour.setText(self._colour)
        self.colour_reset.setEnabled(node.colour is not None)
        for name, visible in (("origin", goal), ("progress", not goal), ("how_measured", goal),
                              ("colour", details.is_root_level)):
            form, widget = self.rows[name]
            form.setRowVisible(widget, visible)
        self.assignment.setVisible(level.kind in (NodeKind.ASSIGNMENT, NodeKind.MEASURE))
        self.purpose.set_value(node.purpose)
        self.change.set_value(node.change)
        self.desired_level.set_value(node.desired_level)
        self.assignment_origin.setCurrentIndex(max(0, self.assignment_origin.findData(node.assignment_origin)))
        self.budget_impact.setChecked(node.budget_impact)
        self.budget_amount.set_value(node.budget_amount_tkr)
        self.follow_up_method.set_value(node.follow_up_method)
        self.schedule.set_value(node.schedule)
        self.links.clear()
        self.links_box.setVisible(bool(details.link_choices))
        for target_id, depth, title in details.link_choices:
            item = QListWidgetItem("    " * depth + title)
            item.setData(Qt.ItemDataRole.UserRole, target_id)
            item.setToolTip(title)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if target_id in details.serves else Qt.CheckState.Unchecked)
            self.links.addItem(item)
        self.sdgs.set_checked(details.sdgs)
        self._fill_indicators(details)

    def _fill_indicators(self, details: NodeDetails) -> None:
        self.indicator_box.setTitle(details.indicator_word or self.tr("Indicators"))
        self.indicators.clear()
        linked = {ident for ident, _name in details.indicators}
        for ident, name in details.indicators:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, ident)
            item.setToolTip(name)
            self.indicators.addItem(item)
        if not details.indicators:
            empty = QListWidgetItem(self.tr("(no indicator measures this yet)"))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.indicators.addItem(empty)
        self.indicator_choice.clear()
        for ident, name in details.indicator_choices:
            if ident not in linked:
                self.indicator_choice.addItem(name, ident)
        self.indicator_choice.setEnabled(self.indicator_choice.count() > 0)
        self.link_indicator.setEnabled(self.indicator_choice.count() > 0)
        self.unlink_indicator.setEnabled(False)

    def set_read_only(self, read_only: bool) -> None:
        """A closed plan year: everything can be read, nothing changed, until the year is reopened."""
        from .read_only import hold_still

        hold_still(self, read_only)
