"""Årshjul: the year's rhythm as a wheel beside a list of the same events, the selected event's form
and the rings. Every change is one undo step; the wheel exports to calendar, picture and print."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QApplication,
    QColorDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...models.enums import EventKind
from ...models.errors import StyrappError
from ...models.queries.wheel_rows import WheelData
from ...models.wheel.scene import date_range
from ...views.event_form import EventForm
from ...views.labels import date_text, enum_label
from ...views.record_table import Column
from ...views.ring_list import RingList
from ...views.wheel_view import WheelView
from ..document import PlanDocument
from ..later import Later
from .table_pages import TablePage

commands = Later("styrapp.ui.wheel_commands")
wheel_rows = Later("styrapp.models.queries.wheel_rows")
EVENT_COLUMN = 3  # No., Start, End, Event, …


def _kind(value: str) -> str:
    try:
        return enum_label(EventKind(value))
    except ValueError:
        return value


class WheelPage(QWidget):
    """The Edit menu's Delete and Add work here too: on the selected event, and a new event."""

    EDIT_ACTIONS = ("delete_current", "add_child", "add_sibling")
    EDIT_ACTION_KEYS = ("edit.delete", "edit.add_child", "edit.add_sibling")
    edit_actions = frozenset(EDIT_ACTION_KEYS)
    edit_methods = frozenset(EDIT_ACTIONS)
    message = Signal(str)
    import_requested = Signal(object, object)  # path, ring name or None

    def __init__(self, parent=None):
        super().__init__(parent)
        self.document: PlanDocument | None = None
        self.data: WheelData | None = None
        self.wheel = WheelView()
        self.list = TablePage(
            QCoreApplication.translate("pages", "Events"), "",
            [
                Column(QCoreApplication.translate("pages", "No."), lambda r: str(self.wheel.number_of(r.id) or ""),
                       sort=lambda r: self.wheel.number_of(r.id) or 0,
                       tooltip=lambda r: QCoreApplication.translate(
                           "pages", "The number this event carries in the wheel, where its name did not fit")
                       if self.wheel.number_of(r.id) else ""),
                Column(QCoreApplication.translate("pages", "Start"), lambda r: date_text(r.start), sort=lambda r: r.start),
                Column(QCoreApplication.translate("pages", "End"), lambda r: date_text(r.end) if r.end != r.start else "",
                       sort=lambda r: r.end),
                Column(QCoreApplication.translate("pages", "Event"), lambda r: r.title, colour=lambda r: r.colour,
                       tooltip=lambda r: r.title, accessible=self._spoken),
                Column(QCoreApplication.translate("pages", "Ring"), lambda r: r.ring),
                Column(QCoreApplication.translate("pages", "Kind"), lambda r: _kind(r.kind)),
                Column(QCoreApplication.translate("pages", "Period"), lambda r: r.period),
                Column(QCoreApplication.translate("pages", "Responsible"), lambda r: r.responsible),
            ],
            lambda _plan: self.data.events if self.data is not None else [],
            searchable=True,
        )
        self.list.intro.hide()
        # The event's name takes the width the list has and is shortened with "…" (the whole name is its
        # tooltip); ring, kind, period and responsible follow to the right, reached with the scroll bar.
        header = self.list.table.horizontalHeader()
        header.setSectionResizeMode(EVENT_COLUMN, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(EVENT_COLUMN, 260)
        self.list.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.form = EventForm()
        self.rings = RingList()
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("The selected event and the rings"))
        form_scroll = QScrollArea()
        form_scroll.setAccessibleName(self.tr("Event"))
        form_scroll.setWidgetResizable(True)
        form_scroll.setWidget(self.form)
        self.tabs.addTab(form_scroll, self.tr("Event"))
        self.tabs.addTab(self.rings, self.tr("Rings"))

        header = QHBoxLayout()
        self.heading = QLabel()
        header.addWidget(self.heading)
        header.addStretch(1)
        self.new_button = QPushButton(self.tr("New event"))
        self.new_button.setToolTip(self.tr("Add an event to the wheel (Insert, or double-click an empty place in a ring)"))
        self.delete_button = QPushButton(self.tr("Delete event"))
        self.delete_button.setToolTip(self.tr("Delete the selected event (Delete)"))
        self.import_button = QPushButton(self.tr("Import calendar…"))
        self.import_button.setToolTip(self.tr("Bring the events of a calendar file (.ics) from Outlook or Google into a ring"))
        # A push button with a menu: its width counts the menu's arrow, which a tool button drew over its text.
        self.export_button = QPushButton(self.tr("Export"))
        self.export_button.setToolTip(self.tr("The wheel as a PDF (A4 or A3 poster), PNG or SVG picture, or its events as a calendar file (.ics)"))
        menu = QMenu(self.export_button)
        self.export_actions = {
            ("ics", None): menu.addAction(self.tr("Calendar for Outlook or Google (.ics)…")),
            ("pdf", "A4"): menu.addAction(self.tr("PDF, A4…")),
            ("pdf", "A3"): menu.addAction(self.tr("PDF, A3 poster…")),
            ("png", "A4"): menu.addAction(self.tr("Picture, PNG…")),
            ("svg", "A4"): menu.addAction(self.tr("Picture, SVG…")),
        }
        for (fmt, size), action in self.export_actions.items():
            action.triggered.connect(lambda _c=False, f=fmt, s=size: self.choose_export(f, s))
        self.export_button.setMenu(menu)
        for widget in (self.new_button, self.delete_button, self.import_button, self.export_button):
            header.addWidget(widget)
        hint = QLabel(self.tr("Drag an event to move it, drag an end to change its length, double-click a ring "
                              "to add an event there. Edit → Undo takes any change back."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")

        side = QSplitter(Qt.Orientation.Vertical)
        side.addWidget(self.list)
        side.addWidget(self.tabs)
        side.setSizes([400, 300])  # the list shows about ten events; the event's form scrolls
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("wheel-splitter")
        self.splitter.addWidget(self.wheel)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([560, 500])  # the wheel is round: at laptop heights it needs no more width than this
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.addLayout(header)
        layout.addWidget(hint)
        layout.addWidget(self.splitter, 1)

        self.wheel.event_selected.connect(self._wheel_selected)
        self.wheel.numbers_changed.connect(self._numbers_changed)
        self.wheel.event_moved.connect(lambda event_id, start, end: self._run(commands.UpdateEvent(event_id, start=start, end=end)))
        self.wheel.create_requested.connect(self.create_event)
        self.wheel.event_activated.connect(lambda _id: self.form.focus_title())
        self.list.table.selectionModel().currentRowChanged.connect(lambda *_: self._list_selected())
        self.form.edited.connect(lambda event_id, fields: self._run(commands.UpdateEvent(event_id, **fields)))
        self.new_button.clicked.connect(lambda: self.create_event(None, None))
        self.delete_button.clicked.connect(self.delete_current)
        self.import_button.clicked.connect(self.choose_import)
        self.rings.add_requested.connect(self.add_ring)
        self.rings.renamed.connect(lambda ring_id, name: self._run(commands.UpdateRing(ring_id, name=name)))
        self.rings.visibility_changed.connect(lambda ring_id, on: self._run(commands.UpdateRing(ring_id, visible=on)))
        self.rings.colour_requested.connect(self.choose_ring_colour)
        self.rings.move_requested.connect(lambda ring_id, position: self._run(commands.MoveRing(ring_id, position)))
        self.rings.delete_requested.connect(self.delete_ring)
        self._update_buttons()

    # --- the plan -----------------------------------------------------------------------------------

    def show_document(self, document: PlanDocument) -> None:
        self.document = document

    set_document = show_document

    def concerns(self, changes) -> bool:
        from ...models.changes import Kind

        return changes.touches(Kind.EVENT, Kind.RING, Kind.PERIOD, Kind.PLAN)

    def refresh(self, _changes=None) -> None:
        self.show_plan(self.document.plan)

    def show_plan(self, plan) -> None:
        selected = self.wheel.selected
        self.data = wheel_rows.read_wheel(plan)
        title = self.tr("Annual wheel %1").replace("%1", self.data.year_label)
        self.heading.setText(f"<b style='font-size:14pt'>{title}</b>")
        self.wheel.set_data(self.data)
        self._describe_wheel(title)
        self.list.show_plan(plan)
        self.rings.show_rings(self.data.rings)
        self.select_event(selected if selected is not None and self.data.event(selected) else None)

    def _describe_wheel(self, title: str) -> None:
        """The wheel for a screen reader: its title and number of events, then the PDF's alternative text
        (every event with its dates and ring); the list beside it holds the same events, one a row."""
        from ...reports.alt_text import wheel_alt

        self.wheel.setAccessibleName(title)
        self.wheel.setAccessibleDescription(
            self.tr("%1 with %2 events; the list Events beside it holds each with its dates and ring, and choosing "
                    "one there chooses it here. The arrow keys go from event to event.")
            .replace("%1", title).replace("%2", str(len(self.data.events))) + " " + wheel_alt(self.data))
        self.list.table.setAccessibleDescription(
            self.tr("The events of the annual wheel, one a row; the one chosen here is chosen in the wheel."))

    def _spoken(self, row) -> str:
        """An event's row as a screen reader says it: "Budgetdialog, 3 februari–14 mars, ring Politik"."""
        from ...wording import long_date

        when = long_date(row.start) if row.start == row.end else f"{long_date(row.start)}–{long_date(row.end)}"
        return self.tr("%1, %2, ring %3").replace("%1", row.title).replace("%2", when).replace("%3", row.ring)

    def selected_event(self):
        return self.data.event(self.wheel.selected) if self.data is not None and self.wheel.selected is not None else None

    def select_event(self, event_id: int | None) -> None:
        self.wheel.select(event_id)
        if event_id is None:
            self.list.table.clearSelection()
        else:
            self.list.table.blockSignals(True)
            self.list.select_record(lambda r: r.id == event_id)
            self.list.table.blockSignals(False)
        self.form.show_event(self.selected_event(), self.data)
        self._update_buttons()

    def _wheel_selected(self, event_id) -> None:
        self.select_event(event_id)
        if event_id is not None:
            self.tabs.setCurrentIndex(0)

    def _list_selected(self) -> None:
        record = self.list.record_at(self.list.table.currentIndex())
        if record is not None and record.id != self.wheel.selected:
            self.wheel.select(record.id)
            self.form.show_event(record, self.data)
            self.tabs.setCurrentIndex(0)
            self._update_buttons()

    def _numbers_changed(self) -> None:
        model = self.list.model
        if model.rowCount():
            model.dataChanged.emit(model.index(0, 0), model.index(model.rowCount() - 1, 0))

    def _update_buttons(self) -> None:
        has_plan = self.document is not None and not self.document.plan.read_only
        self.delete_button.setEnabled(has_plan and self.wheel.selected is not None)
        self.new_button.setEnabled(has_plan)
        self.import_button.setEnabled(has_plan)

    def _run(self, command) -> bool:
        return self.document is not None and self.document.run(command)

    # --- events -------------------------------------------------------------------------------------

    def create_event(self, ring_id: int | None, day: date | None) -> int | None:
        """A new one-day event, named for typing over: where the user double-clicked, or today in the
        selected event's ring (else the outermost shown ring)."""
        if self.data is None:
            return None
        if not self.data.rings:
            self.tabs.setCurrentIndex(1)
            self.message.emit(self.tr("The wheel has no rings yet: add one on the Rings tab first."))
            return None
        if ring_id is None:
            current = self.selected_event()
            visible = self.data.visible_rings() or self.data.rings
            ring_id = current.ring_id if current is not None else visible[0].id
        if day is None:
            day = self._today_in_plan_year()
        command = commands.CreateEvent(ring_id=ring_id, title=self.tr("New event"), start=day, end=day,
                              kind=EventKind.OTHER.value)
        if not self._run(command):
            return None
        self.select_event(command.event_id)
        self.tabs.setCurrentIndex(0)
        self.form.focus_title()
        self.message.emit(self.tr("Added an event on %1. Type its name.").replace("%1", date_range(day, day)))
        return command.event_id

    def _today_in_plan_year(self) -> date:
        today = date.today()
        wheel_first = date(self.data.year, self.data.start_month, 1)
        try:
            day = today.replace(year=self.data.year if today.month >= self.data.start_month else self.data.year + 1)
        except ValueError:
            day = date(self.data.year, 2, 28)
        return day if day >= wheel_first else wheel_first

    def add_child(self) -> None:
        self.create_event(None, None)

    add_sibling = add_child

    def delete_current(self) -> None:
        event = self.selected_event()
        if event is not None and self._run(commands.DeleteEvents([event.id])):
            self.message.emit(self.tr("Deleted “%1”. Edit → Undo brings it back.").replace("%1", event.title))

    # --- rings --------------------------------------------------------------------------------------

    def add_ring(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New ring"), self.tr("Name of the ring (e.g. Dialoger):"))
        if ok and name.strip():
            command = commands.CreateRing(name=name, colour=wheel_rows.next_ring_colour({r.colour for r in self.data.rings}))
            if self._run(command):
                self.rings.select(command.ring_id)

    def choose_ring_colour(self, ring_id: int) -> None:
        ring = self.data.ring(ring_id)
        chosen = QColorDialog.getColor(QColor(ring.colour), self, self.tr("Colour of the ring"))
        if chosen.isValid():
            self._run(commands.UpdateRing(ring_id, colour=chosen.name().upper()))

    def delete_ring(self, ring_id: int) -> None:
        ring = self.data.ring(ring_id)
        count = sum(1 for e in self.data.events if e.ring_id == ring_id)
        if self._run(commands.DeleteRing(ring_id)):
            self.message.emit(self.tr("Deleted the ring “%1” with %n event(s). Edit → Undo brings them back.", "",
                                      count).replace("%1", ring.name))

    # --- files --------------------------------------------------------------------------------------

    def choose_import(self) -> None:
        if self.data is None:
            return
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import calendar"), "",
                                              self.tr("iCalendar (*.ics *.ical *.ifb)"))
        if not name:
            return
        by_calendar = self.tr("As the calendar says (a new ring if needed)")
        choice, ok = QInputDialog.getItem(self, self.tr("Import calendar"), self.tr("Put the events in the ring:"),
                                          [by_calendar] + [r.name for r in self.data.rings], 0, True)
        if ok:
            self.import_requested.emit(Path(name), None if choice == by_calendar else choice)

    def choose_export(self, fmt: str, size: str | None) -> None:
        if self.data is None:
            return
        filters = {"ics": self.tr("iCalendar (*.ics)"), "pdf": self.tr("PDF (*.pdf)"), "png": self.tr("PNG picture (*.png)"),
                   "svg": self.tr("SVG picture (*.svg)")}
        title = self.tr("Annual wheel")
        suggested = f"{title} {self.data.year_label.replace('/', '-')}{' ' + size if fmt == 'pdf' else ''}.{fmt}"
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export the annual wheel"), suggested, filters[fmt])
        if name:
            self.export_to(Path(name), fmt, size or "A4")

    def export_to(self, path: Path, fmt: str, size: str = "A4") -> bool:
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(path.name + f".{fmt}")
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if fmt == "ics":
                from ...exchange.ical_export import write_ics

                write_ics(self.data, path)
            else:
                from ...reports.wheel_figure import save_wheel

                save_wheel(self.data, path, fmt, size, today=date.today())
        except (OSError, StyrappError) as exc:
            QApplication.restoreOverrideCursor()
            self.message.emit(self.tr("Could not export: %1").replace("%1", getattr(exc, "message", None) or str(exc)))
            return False
        QApplication.restoreOverrideCursor()
        self.message.emit(self.tr("Exported the annual wheel to %1").replace("%1", str(path)))
        return True
