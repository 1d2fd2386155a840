"""Styrmodell: the plan's levels with the organisation's own names and colours; add and remove levels."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from ..models.changes import Kind
from ..models.enums import NodeKind, Tree
from ..models.file.plan_file import PlanFile
from ..models.queries import levels as level_queries
from ..views.labels import enum_label
from ..views.level_table_model import LevelRow, LevelTableModel
from . import commands
from .dialogs import PlanDialog


def read_levels(plan: PlanFile) -> list[LevelRow]:
    levels = level_queries.levels(plan)
    names = {lv.id: lv.name for lv in levels}
    parents = level_queries.level_parents(plan)
    order = sorted(levels, key=lambda lv: (lv.tree != Tree.GOALS, lv.position))
    return [LevelRow(lv.id, lv.name, lv.plural, lv.kind, lv.tree, lv.colour, lv.allowed_at_root,
                     tuple(names[p] for p in parents.get(lv.id, []))) for lv in order]


class StyrmodellDialog(PlanDialog):
    def __init__(self, document, parent=None):
        super().__init__(document, parent)
        self.setWindowTitle(self.tr("Governance model"))
        self.resize(860, 540)
        plan = document.plan
        self.model = LevelTableModel(lambda: read_levels(plan),
                                     on_edit=lambda lid, field, value: self.run(commands.UpdateLevel(lid, **{field: value})),
                                     parent=self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Levels of the governance model"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)

        row_buttons = QHBoxLayout()
        self.colour_button = QPushButton(self.tr("Colour…"))
        self.colour_button.setToolTip(self.tr("Change the selected level's colour"))
        self.colour_button.clicked.connect(self.choose_colour)
        self.delete_button = QPushButton(self.tr("Remove level"))
        self.delete_button.setToolTip(self.tr("Remove the selected level; only a level no node uses can go"))
        self.delete_button.clicked.connect(self.delete_level)
        row_buttons.addWidget(self.colour_button)
        row_buttons.addWidget(self.delete_button)
        row_buttons.addStretch(1)
        row_buttons.addLayout(self.undo_buttons())

        add_box = QGroupBox(self.tr("Add a level"))
        form = QFormLayout(add_box)
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(self.tr("e.g. Nyckelresultat"))
        self.new_kind = QComboBox()
        for member in NodeKind:
            self.new_kind.addItem(enum_label(member), member.value)
        self.new_parent = QComboBox()
        add = QPushButton(self.tr("Add level"))
        add.setToolTip(self.tr("Add a level to the governance model"))
        add.clicked.connect(self.add_level)
        form.addRow(self.tr("Name"), self.new_name)
        form.addRow(self.tr("Kind"), self.new_kind)
        form.addRow(self.tr("Place"), self.new_parent)
        form.addRow("", add)

        # What the organisation calls its indicators (NVK: Nyckeltal): the goal tree shows them by this word.
        from ..models.queries.plan_settings import get_setting
        from ..models.rules.plan_settings import INDICATOR_NAME
        from ..views.fields import LineField

        indicator_box = QGroupBox(self.tr("Indicators"))
        indicator_form = QFormLayout(indicator_box)
        self.indicator_word = LineField()
        self.indicator_word.setPlaceholderText(self.tr("Indicator"))
        self.indicator_word.set_value(get_setting(plan, INDICATOR_NAME))
        self.indicator_word.committed.connect(lambda text: self.run(commands.SetPlanSetting(
            self.tr("Call the indicators %1").replace("%1", text.strip() or self.tr("Indicator")),
            INDICATOR_NAME.key, text.strip())))
        indicator_form.addRow(self.tr("An indicator is called"), self.indicator_word)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row_buttons)
        layout.addWidget(self.refusal)
        layout.addWidget(add_box)
        layout.addWidget(indicator_box)
        layout.addWidget(close)
        document.changed.connect(self._changed)
        self._fill_parents()

    def _changed(self, changes) -> None:
        if changes.touches(Kind.SETTING):  # an undo of the word shows here too
            from ..models.queries.plan_settings import get_setting
            from ..models.rules.plan_settings import INDICATOR_NAME

            self.indicator_word.set_value(get_setting(self.document.plan, INDICATOR_NAME))
        if changes.touches(Kind.LEVEL):
            self.model.sync()
            self._fill_parents()

    def _fill_parents(self) -> None:
        self.new_parent.clear()
        self.new_parent.addItem(self.tr("At the top of the goal tree"), ("top", Tree.GOALS.value))
        self.new_parent.addItem(self.tr("At the top of the assignment tree"), ("top", Tree.ASSIGNMENTS.value))
        for row in self.model.rows:
            self.new_parent.addItem(self.tr("Under %1").replace("%1", row.name.lower()), ("under", row.id))

    def current(self) -> LevelRow | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def choose_colour(self) -> None:
        row = self.current()
        if row is None:
            return
        colour = QColorDialog.getColor(QColor(row.colour), self, self.tr("Colour"))
        if colour.isValid():
            self.run(commands.UpdateLevel(row.id, colour=colour.name()))

    def delete_level(self) -> None:
        row = self.current()
        if row is not None:
            self.run(commands.DeleteLevel(row.id))

    def add_level(self) -> bool:
        name = self.new_name.text().strip()
        kind = self.new_kind.currentData()
        place, target = self.new_parent.currentData()
        if place == "top":
            tree, parents, at_top = target, [], True
        else:
            parent_row = next(r for r in self.model.rows if r.id == target)
            tree, parents, at_top = parent_row.tree, [target], False
        taken = {lv.key for lv in level_queries.levels(self.document.plan)}
        base = re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_") or "level"
        key, n = base, 1
        while key in taken:
            n += 1
            key = f"{base}_{n}"
        ok = self.run(commands.CreateLevel(key=key, name=name, plural=name, kind=kind, tree=tree,
                                           allowed_at_root=at_top, parents=parents))
        if ok:
            self.new_name.clear()
        return ok
