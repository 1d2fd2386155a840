"""Arkiv → Hämta mål från uppdragsgivarens plan…: goals (and the uppdrag addressed here) fetched from
another plan and kept linked to it (models/services/commissioner.py). The person chooses the file,
which level here each of its levels goes to, and then, in a list of the differences side by side (new;
changed: before → after; removed at the source), which to take. What is taken is one undo step."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
)

from ..models.errors import StyrappError
from .dialogs import PlanDialog
from .document import PlanCommand

LEAVE_OUT = "-"


class FetchGoals(PlanCommand):
    """The accepted differences of a comparison written in one transaction: one undo step."""

    def __init__(self, comparison, accepted: set[str]):
        super().__init__(QCoreApplication.translate("commands", "Fetch goals from %1")
                         .replace("%1", comparison.source.organisation))
        self.comparison, self.accepted = comparison, accepted
        self.done = None

    def do(self) -> None:
        from ..models.services.commissioner import apply

        self.done = apply(self.plan, self.comparison, self.accepted)


class CommissionerDialog(PlanDialog):
    def __init__(self, document, parent=None, path: Path | None = None):
        super().__init__(document, parent)
        self.setWindowTitle(self.tr("Fetch goals from the commissioner's plan"))
        self.resize(900, 620)
        self.source = None
        self.comparison = None
        self.level_combos: dict[str, QComboBox] = {}
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Goals set by the commissioner (the council, the committee) are fetched from their plan "
                               "file and kept linked to it: here they can be followed up and linked, and fetching "
                               "again shows what changed there."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.file = QLineEdit()
        self.file.setAccessibleName(self.tr("The commissioner's plan (.styrplan)"))
        self.file.setReadOnly(True)
        self.file.setPlaceholderText(self.tr("The commissioner's plan (.styrplan)"))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self.choose_file)
        row.addWidget(QLabel(self.tr("Plan:")))
        row.addWidget(self.file, 1)
        row.addWidget(choose)
        layout.addLayout(row)
        self.about = QLabel()
        self.about.setWordWrap(True)
        layout.addWidget(self.about)
        self.unit = QComboBox()
        self.levels_box = QGroupBox(self.tr("Levels: where each of the commissioner's levels goes in this plan"))
        self.levels_form = QFormLayout(self.levels_box)
        self.levels_form.addRow(self.tr("Assignments addressed to"), self.unit)
        self.unit.currentIndexChanged.connect(lambda _i: self._reread())
        layout.addWidget(self.levels_box)
        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels([self.tr("Change"), self.tr("Level"), self.tr("Here now"),
                                              self.tr("In the commissioner's plan")])
        self.list = QTreeView()
        self.list.setAccessibleName(self.tr("The goals and what changed"))
        self.list.setModel(self.model)
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setWordWrap(True)
        header = self.list.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.list, 1)
        self.summary = QLabel()
        layout.addWidget(self.summary)
        layout.addWidget(self.refusal)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.fetch = self.buttons.addButton(self.tr("Fetch the chosen"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.fetch.setEnabled(False)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.levels_box.setVisible(False)
        if path is not None:
            self.open_source(path)

    # --- the source and its levels ---------------------------------------------------------------

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("The commissioner's plan"), "",
                                              self.tr("styrapp plan (*.styrplan)"))
        if name:
            self.open_source(Path(name))

    def open_source(self, path: Path) -> None:
        self.file.setText(str(path))
        self._path = path
        self.unit.blockSignals(True)
        self.unit.clear()
        self.unit.addItem(self.tr("this organisation (by its name)"), None)
        self.unit.blockSignals(False)
        if self._read() and self.source is not None:
            self.unit.blockSignals(True)
            for name in self.source.units:
                self.unit.addItem(name, name)
            self.unit.blockSignals(False)
            self._fill_levels()
            self.compare()

    def _read(self) -> bool:
        from ..models.queries.source_plan import read_source_plan

        self.refusal.setText("")
        try:
            self.source = read_source_plan(self._path, target=self.document.plan, unit=self.unit.currentData())
        except StyrappError as exc:
            self.source = None
            self.refusal.setText(exc.message)
            self.model.removeRows(0, self.model.rowCount())
            self.levels_box.setVisible(False)
            self.fetch.setEnabled(False)
            self.about.setText("")
            return False
        source = self.source
        text = self.tr("%1 – %2 (%3)").replace("%1", source.organisation).replace("%2", source.plan_title).replace(
            "%3", str(source.plan_year))
        if source.notice:
            text += "\n" + source.notice
        if source.organisation_kind != self._own_kind():
            text += "\n" + self.tr("%1 is another kind of organisation than this one: check where each of its levels "
                                   "goes.").replace("%1", source.organisation)
        self.about.setText(text)
        return True

    def _own_kind(self) -> str:
        from ..models.queries.plan_details import plan_details

        return plan_details(self.document.plan).organisation_kind

    def _reread(self) -> None:
        if getattr(self, "_path", None) is not None and self._read():
            self._fill_levels()
            self.compare()

    def _fill_levels(self) -> None:
        from ..models.queries.levels import levels

        kept = self.mapping()
        while self.levels_form.rowCount() > 1:
            self.levels_form.removeRow(1)
        self.level_combos = {}
        mine = levels(self.document.plan)
        for level in self.source.levels:
            if not level.used:
                continue
            combo = QComboBox()
            combo.setObjectName(f"level:{level.name}")
            combo.addItem(self.tr("(leave out)"), LEAVE_OUT)
            in_tree = [m for m in mine if m.tree == level.tree and m.kind == level.kind]
            for m in in_tree:
                combo.addItem(m.name, m.name)
            wanted = kept.get(level.name)
            if wanted is None:  # by name, else by depth
                same = next((m.name for m in in_tree if m.name.casefold() == level.name.casefold()), None)
                wanted = same or (in_tree[level.depth].name if level.depth < len(in_tree) else LEAVE_OUT)
            combo.setCurrentIndex(max(0, combo.findData(wanted)))
            combo.currentIndexChanged.connect(lambda _i: self.compare())
            self.levels_form.addRow(level.name, combo)
            self.level_combos[level.name] = combo
        self.levels_box.setVisible(True)

    def mapping(self) -> dict[str, str]:
        return {name: combo.currentData() for name, combo in self.level_combos.items()}

    # --- the differences -------------------------------------------------------------------------

    def compare(self) -> None:
        from ..models.services.commissioner import compare

        self.refusal.setText("")
        self.model.removeRows(0, self.model.rowCount())
        try:
            self.comparison = compare(self.document.plan, self.source, self.mapping())
        except StyrappError as exc:
            self.comparison = None
            self.refusal.setText(exc.message)
            self.fetch.setEnabled(False)
            return
        words = {"new": self.tr("New"), "changed": self.tr("Changed"), "removed": self.tr("Removed there")}
        for item in self.comparison.differences:
            kind = QStandardItem(words[item.kind])
            kind.setCheckable(True)
            kind.setCheckState(Qt.CheckState.Checked)
            kind.setData(item.source_uuid, Qt.ItemDataRole.UserRole)
            level = item.level if item.kind != "changed" or "level" not in item.fields else f"{item.old_level} → {item.level}"
            before = "" if item.kind == "new" else item.old_title
            after = item.title if item.kind != "removed" else self.tr("(no longer there; kept here and marked)")
            if item.kind == "changed" and "description" in item.fields:
                before += "\n" + item.old_description
                after += "\n" + item.description
            cells = [kind, QStandardItem(level), QStandardItem(before), QStandardItem(after)]
            for cell in cells[1:]:
                cell.setToolTip(cell.text())
            self.model.appendRow(cells)
        count = len(self.comparison.differences)
        unchanged = len(self.comparison.of("unchanged"))
        differences = self.tr("1 difference") if count == 1 else self.tr("%1 differences").replace("%1", str(count))
        same = self.tr("1 goal as before.") if unchanged == 1 else self.tr("%1 goals as before.").replace("%1", str(unchanged))
        self.summary.setText(f"{differences}; {same}")
        self.fetch.setEnabled(count > 0)

    def accepted_items(self) -> set[str]:
        out = set()
        for row in range(self.model.rowCount()):
            item = self.model.item(row, 0)
            if item.checkState() == Qt.CheckState.Checked:
                out.add(item.data(Qt.ItemDataRole.UserRole))
        return out

    def apply(self) -> None:
        if self.comparison is None:
            return
        accepted = self.accepted_items()
        if not accepted:
            self.refusal.setText(self.tr("Tick the differences to fetch."))
            return
        if self.document.run(FetchGoals(self.comparison, accepted)):
            self.accept()
