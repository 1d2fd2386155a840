"""Organisation: the units tree (KF, nämnder, förvaltning, avdelningar, enheter, bolag) and each unit's details."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ..models.changes import Kind
from ..models.enums import UnitKind
from ..models.queries import units
from ..views.fields import LineField, TextArea
from ..views.labels import enum_label
from ..views.unit_tree_model import UnitTreeModel
from . import commands
from .dialogs import PlanDialog


class OrganisationDialog(PlanDialog):
    def __init__(self, document, parent=None):
        super().__init__(document, parent)
        self.setWindowTitle(self.tr("Organisation"))
        self.resize(900, 560)
        plan = document.plan
        self.model = UnitTreeModel(lambda: units.unit_rows(plan), on_rename=self._rename,
                                   on_move=lambda uid, parent_id, index: self.run(commands.MoveUnit(uid, parent_id, index)),
                                   parent=self)
        self.view = QTreeView()
        self.view.setAccessibleName(self.tr("Units"))
        self.view.setModel(self.model)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked)
        self.view.header().resizeSection(0, 280)
        self.view.expandAll()
        self.view.selectionModel().currentChanged.connect(lambda *_: self._show())

        form_box = QWidget()
        column = QVBoxLayout(form_box)
        form = QFormLayout()
        column.addLayout(form)
        column.addStretch(1)
        self.name = LineField()
        self.kind = QComboBox()
        for member in UnitKind:
            self.kind.addItem(enum_label(member), member.value)
        self.manager = LineField()
        self.mandate = TextArea()
        self.mandate.setFixedHeight(120)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Manager"), self.manager)
        form.addRow(self.tr("Mandate"), self.mandate)
        self.name.committed.connect(lambda v: self._edit(name=v))
        self.manager.committed.connect(lambda v: self._edit(manager=v))
        self.mandate.committed.connect(lambda v: self._edit(mandate=v))
        self.kind.activated.connect(lambda _i: self._edit(kind=self.kind.currentData()))

        splitter = QSplitter()
        splitter.addWidget(self.view)
        splitter.addWidget(form_box)
        splitter.setSizes([520, 380])
        buttons = QHBoxLayout()
        for text, slot in ((self.tr("Add beneath"), lambda: self.add(beneath=True)),
                           (self.tr("Add next to"), lambda: self.add(beneath=False)),
                           (self.tr("Delete"), self.delete)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addLayout(self.undo_buttons())
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.refusal)
        layout.addWidget(close)
        document.changed.connect(self._changed)
        self._show()

    def _changed(self, changes) -> None:
        if changes.touches(Kind.UNIT):
            self.model.sync()
            self._show()

    def current_id(self) -> int | None:
        return self.model.id_of(self.view.currentIndex())

    def _show(self) -> None:
        unit_id = self.current_id()
        for widget in (self.name, self.kind, self.manager, self.mandate):
            widget.setEnabled(unit_id is not None)
        if unit_id is None:
            return
        row = self.model.row_data(unit_id)
        self.name.set_value(row.name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(row.kind)))
        self.manager.set_value(row.manager)
        self.mandate.set_value(row.mandate)

    def _edit(self, **fields) -> None:
        unit_id = self.current_id()
        if unit_id is not None:
            self.run(commands.UpdateUnit(unit_id, **fields))

    def _rename(self, unit_id: int, name: str) -> None:
        self.run(commands.UpdateUnit(unit_id, name=name))

    def add(self, beneath: bool) -> None:
        current = self.current_id()
        parent = current if beneath else (self.model.parent_of(current) if current is not None else None)
        kind = UnitKind.UNIT.value if parent is not None else UnitKind.COMMITTEE.value
        command = commands.CreateUnit(name=self.tr("New unit"), kind=kind, parent_id=parent)
        if self.run(command):
            index = self.model.index_of(command.unit_id)
            self.view.setCurrentIndex(index)
            self.view.edit(index)

    def delete(self) -> None:
        unit_id = self.current_id()
        if unit_id is None:
            return
        text = units.delete_impact_unit(self.document.plan, unit_id)
        answer = QMessageBox.question(self, self.tr("Delete unit"), text + "\n\n" + self.tr(
            "You can undo this with Undo."), QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Yes:
            self.run(commands.DeleteUnit(unit_id))
