"""Styrdokument: the register of the plan's governing documents — title, kind (Norrtälje's four, aktiverande
or normerande), who decided it, when, until when it holds or must be reviewed, the owning unit, the goals it
serves and where the document itself is. Add, edit and delete (each one undo step); sort by a column, search;
a document past its date, or decided by a body the plan's rule does not give its kind, is marked in words."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from ...models.changes import Kind
from ...models.enums import DocumentKind
from ...views.fields import DateField
from ...views.labels import enum_label
from ...views.record_table import Column
from ..dialogs import error_label
from .table_pages import TablePage


def effect_text(effect: str) -> str:
    return (QCoreApplication.translate("documents", "activating") if effect == "activating"
            else QCoreApplication.translate("documents", "normative"))


def _date(value: date | None) -> str:
    return value.isoformat() if value else ""


def _valid_text(row) -> str:
    if row.past_date:
        return _date(row.valid_until) + " – " + QCoreApplication.translate("documents", "past its date")
    return _date(row.valid_until)


def _decider_text(row) -> str:
    if row.wrong_decider:
        return row.decided_by + " – " + QCoreApplication.translate("documents", "not the body for this kind")
    return row.decided_by


def _columns() -> list[Column]:
    return [
        Column(QCoreApplication.translate("documents", "Title"), lambda r: r.title, tooltip=lambda r: r.description or r.title,
               sort=lambda r: r.title.casefold()),
        Column(QCoreApplication.translate("documents", "Kind"), lambda r: enum_label(DocumentKind(r.kind))),
        Column(QCoreApplication.translate("documents", "Effect"), lambda r: effect_text(r.effect)),
        Column(QCoreApplication.translate("documents", "Decided by"), _decider_text, foreground=lambda r: "#B71C1C" if r.wrong_decider else None,
               tooltip=lambda r: QCoreApplication.translate("documents", "The plan's rule gives this kind of document to another body.")
               if r.wrong_decider else ""),
        Column(QCoreApplication.translate("documents", "Decided"), lambda r: _date(r.decided_on), sort=lambda r: r.decided_on or date.min),
        Column(QCoreApplication.translate("documents", "Valid until / review by"), _valid_text,
               foreground=lambda r: "#B71C1C" if r.past_date else None, sort=lambda r: r.valid_until or date.max),
        Column(QCoreApplication.translate("documents", "Unit"), lambda r: r.unit),
        Column(QCoreApplication.translate("documents", "Goals"), lambda r: "; ".join(r.goals), tooltip=lambda r: "\n".join(r.goals)),
        Column(QCoreApplication.translate("documents", "Document"), lambda r: r.location, tooltip=lambda r: r.location),
    ]


class DocumentsPage(TablePage):
    def __init__(self, parent=None):
        def document_rows(plan):
            from ...models.queries.documents import document_rows  # the database layer, once there is a plan

            return document_rows(plan)

        super().__init__(
            QCoreApplication.translate("pages", "Governing documents"),
            QCoreApplication.translate("pages", "Every strategy, programme, plan, policy and guideline, who decides it "
                                       "and until when it holds. Strategies/programmes and plans are activating "
                                       "(change), policies and guidelines normative (rules for existing work)."),
            _columns(), document_rows, parent, searchable=True, kinds=(Kind.DOCUMENT, Kind.NODE, Kind.UNIT, Kind.SETTING))
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.setToolTip(self.tr("Add a governing document to the register"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setToolTip(self.tr("Change the selected document"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete the selected document from the register"))
        self.open_button = QPushButton(self.tr("Open the document"))
        self.open_button.setToolTip(self.tr("Open the document's link or file"))
        for button in (self.add_button, self.edit_button, self.delete_button, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.rule_button = QPushButton(self.tr("Who decides what…"))
        self.rule_button.setToolTip(self.tr("The plan's rule of which body decides each kind of document"))
        self.rule_button.clicked.connect(self.edit_rule)
        buttons.addWidget(self.rule_button)
        self.layout().insertLayout(2, buttons)
        self.message = error_label()
        self.layout().addWidget(self.message)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(lambda: self.edit(self.current()))
        self.delete_button.clicked.connect(lambda: self.delete(self.current()))
        self.open_button.clicked.connect(lambda: self.open_location(self.current()))
        self.record_activated.connect(self.edit)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        self._enable()

    def current(self):
        return self.record_at(self.table.currentIndex())

    def _enable(self) -> None:
        row = self.current()
        self.edit_button.setEnabled(row is not None)
        self.delete_button.setEnabled(row is not None)
        self.open_button.setEnabled(row is not None and bool(row.location.strip()))

    def show_plan(self, plan) -> None:
        chosen = self.current()
        super().show_plan(plan)
        if chosen is not None:
            self.select_record(lambda r: r is not None and r.id == chosen.id)
        self._enable()

    # --- editing ---------------------------------------------------------------------------------------

    def _run(self, command) -> bool:
        said: list[str] = []
        self.document.failed.connect(said.append)
        try:
            done = self.document.run(command)
        finally:
            self.document.failed.disconnect(said.append)
        self.message.setText(said[-1] if said else "")
        return done

    def add(self) -> None:
        from .. import review_commands

        dialog = DocumentDialog(self.document.plan, None, self)
        dialog.save = lambda values, goals: self._run(review_commands.CreateDocument(goal_ids=goals, **values))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.select_record(lambda r: r is not None and r.title == dialog.values()[0]["title"].strip())
            self._enable()

    def edit(self, row) -> None:
        from .. import review_commands

        if row is None:
            return
        dialog = DocumentDialog(self.document.plan, row, self)

        def save(values, goals):
            changed = {k: v for k, v in values.items() if getattr(row, k) != v}
            goal_change = goals if list(goals) != list(row.goal_ids) else None
            if not changed and goal_change is None:
                return True
            return self._run(review_commands.UpdateDocument(row.title, row.id, goal_ids=goal_change, **changed))

        dialog.save = save
        dialog.exec()

    def delete(self, row) -> None:
        from .. import review_commands

        if row is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete governing document"),
            self.tr("Delete “%1” from the register? Edit → Undo brings it back.").replace("%1", row.title))
        if answer == QMessageBox.StandardButton.Yes:
            self._run(review_commands.DeleteDocument(row.title, row.id))

    def edit_rule(self) -> None:
        from ...models.queries.plan_settings import get_setting
        from ...models.rules.plan_settings import DOCUMENT_DECIDERS
        from .. import commands

        dialog = RuleDialog(get_setting(self.document.plan, DOCUMENT_DECIDERS), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._run(commands.SetPlanSetting(self.tr("Change who decides each kind of document"),
                                              DOCUMENT_DECIDERS.key, dialog.rule()))

    def open_location(self, row) -> bool:
        if row is None or not row.location.strip():
            return False
        where = row.location.strip()
        url = QUrl(where) if "://" in where else QUrl.fromLocalFile(where)
        return QDesktopServices.openUrl(url)


class RuleDialog(QDialog):
    """Which body decides each kind of document: KF, KS, or a nämnd (or KS). A higher body may always decide
    what the rule gives a lower one."""

    CHOICES = (("KF",), ("KS",), ("nämnd", "KS"))

    def __init__(self, rule: dict, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who decides what"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("The body that decides each kind of document. A new document starts with it, and "
                               "the check warns about a document decided by a lower body."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.combos: dict[str, QComboBox] = {}
        words = {("KF",): self.tr("KF (the council)"), ("KS",): self.tr("KS (the executive board)"),
                 ("nämnd", "KS"): self.tr("a committee or KS")}
        for member in DocumentKind:
            combo = QComboBox()
            for choice in self.CHOICES:
                combo.addItem(words[choice], list(choice))
            now = tuple(rule.get(member.value) or ())
            combo.setCurrentIndex(next((i for i, c in enumerate(self.CHOICES) if c == now), 0))
            form.addRow(enum_label(member), combo)
            self.combos[member.value] = combo
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def rule(self) -> dict:
        return {kind: list(combo.currentData()) for kind, combo in self.combos.items()}


class DocumentDialog(QDialog):
    """One styrdokument's fields and goals. `save(values, goal_ids)` is given by the page: it runs the
    command and says whether the plan took it; a refusal keeps the dialog open with the reason."""

    def __init__(self, plan, row=None, parent=None):
        from ...models.queries.node_rows import read_tree
        from ...models.queries.plan_settings import get_setting
        from ...models.queries.units import unit_rows
        from ...models.rules.plan_settings import DOCUMENT_DECIDERS

        super().__init__(parent)
        self.setWindowTitle(self.tr("Governing document") if row is None else row.title)
        self.save = lambda values, goals: True
        self._rule = get_setting(plan, DOCUMENT_DECIDERS)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.title = QLineEdit(row.title if row else "")
        self.kind = QComboBox()
        for member in DocumentKind:
            self.kind.addItem(enum_label(member), member.value)
        self.kind.setCurrentIndex(max(0, self.kind.findData(row.kind if row else DocumentKind.POLICY.value)))
        self.decided_by = QLineEdit(row.decided_by if row else self._default())
        self._decider_typed = row is not None
        self.decided_by.textEdited.connect(lambda _t: setattr(self, "_decider_typed", True))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.effect = QLabel()
        self.decided_on = DateField()
        self.decided_on.set_value(row.decided_on if row else None)
        self.valid_until = DateField()
        self.valid_until.set_value(row.valid_until if row else None)
        self.unit = QComboBox()
        self.unit.addItem(self.tr("(none)"), None)
        for unit in unit_rows(plan):
            self.unit.addItem(unit.name, unit.id)
        self.unit.setCurrentIndex(max(0, self.unit.findData(row.unit_id if row else None)))
        location = QHBoxLayout()
        self.location = QLineEdit(row.location if row else "")
        self.location.setPlaceholderText(self.tr("A web address or a file's path"))
        browse = QPushButton(self.tr("Choose file…"))
        browse.setToolTip(self.tr("Choose the document's file on this computer or the network"))
        browse.clicked.connect(self._browse)
        location.addWidget(self.location, 1)
        location.addWidget(browse)
        self.reference = QLineEdit(row.reference if row else "")
        self.description = QPlainTextEdit(row.description if row else "")
        self.description.setFixedHeight(60)
        self.goals = QListWidget()
        chosen = set(row.goal_ids) if row else set()
        goal_rows = [g for g in read_tree(plan, "goals").rows if g.kind == "goal" or g.id in chosen]  # goals (not the work under them)
        depth: dict[int, int] = {}
        for goal in goal_rows:
            depth[goal.id] = depth.get(goal.parent_id, -1) + 1 if goal.parent_id is not None else 0
            item = QListWidgetItem("    " * depth[goal.id] + goal.title)
            item.setData(Qt.ItemDataRole.UserRole, goal.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if goal.id in chosen else Qt.CheckState.Unchecked)
            item.setToolTip(goal.title)
            self.goals.addItem(item)
        self.goals.setMinimumHeight(120)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow("", self.effect)
        form.addRow(self.tr("Decided by"), self.decided_by)
        form.addRow(self.tr("Decided on"), self.decided_on)
        form.addRow(self.tr("Valid until / review by"), self.valid_until)
        form.addRow(self.tr("Owner unit"), self.unit)
        form.addRow(self.tr("Document"), location)
        form.addRow(self.tr("Reference number"), self.reference)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("Goals"), self.goals)
        layout.addLayout(form)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._show_effect()
        self.resize(560, 640)

    def _default(self) -> str:
        from ...models.rules.documents import default_decider

        return default_decider(self.kind.currentData(), self._rule)

    def _kind_changed(self) -> None:
        if not self._decider_typed:  # the plan's rule, until the person says otherwise
            self.decided_by.setText(self._default())
        self._show_effect()

    def _show_effect(self) -> None:
        from ...models.rules.documents import effect

        self.effect.setText(self.tr("Effect: %1").replace("%1", effect_text(effect(self.kind.currentData()))))

    def _browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("The document's file"))
        if path:
            self.location.setText(path)

    def values(self) -> tuple[dict, list[int]]:
        values = {"title": self.title.text(), "kind": self.kind.currentData(), "decided_by": self.decided_by.text().strip(),
                  "decided_on": self.decided_on.value(), "valid_until": self.valid_until.value(),
                  "unit_id": self.unit.currentData(), "location": self.location.text().strip(),
                  "reference": self.reference.text().strip(), "description": self.description.toPlainText()}
        goals = [self.goals.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.goals.count())
                 if self.goals.item(i).checkState() == Qt.CheckState.Checked]
        return values, goals

    def accept(self) -> None:
        values, goals = self.values()
        page = self.parent()
        if self.save(values, goals):
            super().accept()
        else:  # refused: the reason, and the dialog stays with what was typed
            self.error.setText(getattr(page, "message", QLabel()).text())

