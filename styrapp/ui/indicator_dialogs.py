"""The small dialogs of the indicators: a new indicator (its name, and optionally its Kolada id and the
goal it measures), and the picker of the goals, uppdrag and aktiviteter an indicator is linked to."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from .dialogs import error_label


class NewIndicatorDialog(QDialog):
    """Name (required), Kolada id and municipality code (optional), the goal it measures (optional).

    OK hands the fields to `create(fields) -> str | None`, which runs the edit and answers the
    refusal's words, if any: the dialog then stays open with the words under the fields, and what the
    person typed stays as typed."""

    def __init__(self, goals: list[tuple[int, int, str]], create: Callable[[dict], str | None], *,
                 goal_id: int | None = None, municipality: str = "", parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New indicator"))
        self.setMinimumWidth(440)
        self._create = create
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Sick leave among employees"))
        self.unit = QLineEdit()
        self.unit.setPlaceholderText(self.tr("%, number, SEK …"))
        self.kolada_id = QLineEdit()
        self.kolada_id.setPlaceholderText("N01951")
        self.municipality = QLineEdit(municipality)
        self.municipality.setPlaceholderText("1982")
        self.goal = QComboBox()
        self.goal.addItem(self.tr("(nothing yet)"), None)
        for ident, depth, title in goals:
            self.goal.addItem("    " * depth + title, ident)
        self.goal.setCurrentIndex(max(0, self.goal.findData(goal_id)))
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Unit"), self.unit)
        form.addRow(self.tr("Kolada id"), self.kolada_id)
        form.addRow(self.tr("Municipality code"), self.municipality)
        form.addRow(self.tr("It measures"), self.goal)
        layout.addLayout(form)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def fields(self) -> dict:
        goal = self.goal.currentData()
        fields = {"name": self.name.text(), "unit": self.unit.text().strip(), "goal_ids": [goal] if goal else []}
        if self.kolada_id.text().strip():
            fields["kolada_id"] = self.kolada_id.text()
            fields["kolada_municipality"] = self.municipality.text()
        return fields

    def accept(self) -> None:
        refusal = self._create(self.fields())
        if refusal is not None:
            self.error.setText(refusal)
            self.name.setFocus()
            return
        super().accept()


class NodePickerDialog(QDialog):
    """Every goal, uppdrag, åtgärd and aktivitet with a box to tick: those ticked are what the
    indicator is linked to. A filter narrows the list (a large plan has thousands)."""

    def __init__(self, title: str, sections: list[tuple[str, list[tuple[int, int, str]]]], checked: set[int],
                 parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(520, 560)
        layout = QVBoxLayout(self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        layout.addWidget(self.search)
        self.list = QListWidget()
        for heading, nodes in sections:
            if not nodes:
                continue
            item = QListWidgetItem(heading)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = item.font()
            font.setBold(True)
            item.setFont(font)
            self.list.addItem(item)
            for ident, depth, name in nodes:
                item = QListWidgetItem("    " * depth + name)
                item.setData(Qt.ItemDataRole.UserRole, ident)
                item.setToolTip(name)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if ident in checked else Qt.CheckState.Unchecked)
                self.list.addItem(item)
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def item_of(self, ident: int) -> QListWidgetItem | None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == ident:
                return self.list.item(row)
        return None

    def checked(self) -> list[int]:
        return [self.list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.list.count())
                if self.list.item(r).data(Qt.ItemDataRole.UserRole) is not None
                and self.list.item(r).checkState() == Qt.CheckState.Checked]

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.list.count()):
            item = self.list.item(row)
            node = item.data(Qt.ItemDataRole.UserRole) is not None
            item.setHidden(bool(needle) and node and needle not in item.text().casefold())
