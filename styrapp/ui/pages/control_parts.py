"""What the tabs of Intern kontroll share: the words for a risk's category and a control's follow-up, the
tables of risks and the form beside each."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QFormLayout, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from ...models.enums import ControlOutcome, RiskCategory
from ...models.rules.risk import NOT_FOLLOWED_UP, OUTCOME_SYMBOL
from ...views.labels import enum_label, swedish_ui
from ...views.record_table import RecordTableModel
from ...wording import tr as word
from ...wording import use_language


def window_word(text: str) -> str:
    """A Qt-free text (rules.risk) in the window's language."""
    with use_language("sv" if swedish_ui() else "en"):
        return word(text)


def category_text(category: str) -> str:
    try:
        return enum_label(RiskCategory(category))
    except ValueError:
        return category  # the plan's own word, as typed


def outcome_text(outcome: str | None) -> str:
    """Symbol and word, never colour alone: "✓ Genomförd utan anmärkning", "○ Inte uppföljd än"."""
    words = enum_label(ControlOutcome(outcome)) if outcome else window_word(NOT_FOLLOWED_UP).capitalize()
    return f"{OUTCOME_SYMBOL[outcome]} {words}"


def records_table(model) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    header.setMaximumSectionSize(250)  # a long title or control is cut (its tooltip has it whole), not scrolled to
    return table


def selected_record(table: QTableView, model: RecordTableModel):
    index = table.currentIndex()
    return model.records[index.row()] if index.isValid() and index.row() < len(model.records) else None


def select_record(table: QTableView, model: RecordTableModel, risk_id: int | None, attr: str = "id") -> None:
    for row, record in enumerate(model.records):
        if getattr(record, attr) == risk_id:
            if table.currentIndex().row() != row:
                table.selectRow(row)
            return
    table.clearSelection()
    table.setCurrentIndex(model.index(-1, -1))


def side_form(widest: int) -> tuple[QWidget, QVBoxLayout, QLabel, QFormLayout]:
    """The form beside a tab's table: its box (300 px up to `widest`), the column in it, a wrapping heading
    already in the column, and the form to fill (added to the column by the caller)."""
    form_box = QWidget()
    form_box.setMinimumWidth(300)
    form_box.setMaximumWidth(widest)
    box = QVBoxLayout(form_box)
    box.setContentsMargins(6, 0, 0, 0)
    heading = QLabel()
    heading.setWordWrap(True)
    box.addWidget(heading)
    form = QFormLayout()
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    return form_box, box, heading, form
