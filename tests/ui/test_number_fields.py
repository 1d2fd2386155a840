"""Numbers never change silently: a number field reads what a person types or pastes the Swedish way
(in English the English way), refuses in place what it cannot read or could read two ways, keeps the
plan's value then, and shows a value with every decimal that was typed. An empty date is shown empty."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from styrapp.models.tables import Indicator
from styrapp.views.fields import REFUSED_STYLE, DateField, NumberField

from .helpers import open_indicator, type_text, values

SWEDISH_FORMS = [("1 234,5", 1234.5, "1 234,5"), ("1234,5", 1234.5, "1 234,5"), ("\u22120,4", -0.4, "\u22120,4"),
                 ("-0,4", -0.4, "\u22120,4"), ("12 %", 12.0, "12"), ("1\u00a0234,5", 1234.5, "1 234,5"),
                 ("1\u202f234,5", 1234.5, "1 234,5"), ("0,125", 0.125, "0,125")]
ENGLISH_FORMS = [("1,234.5", 1234.5, "1,234.5"), ("1234.5", 1234.5, "1,234.5"), ("\u22120.4", -0.4, "-0.4"),
                 ("-0.4", -0.4, "-0.4"), ("12 %", 12.0, "12"), ("1 234.5", 1234.5, "1,234.5")]


def plain(text: str) -> str:
    """The field's text with its no-break spaces as ordinary ones (Qt writes 1 234,5 with U+00A0)."""
    return text.replace("\u00a0", " ").replace("\u202f", " ")


@pytest.fixture
def english(qapp, swedish):
    """The window's language English; Swedish again afterwards."""
    from styrapp.ui.app import install_translations

    install_translations(qapp, "en")
    try:
        yield qapp
    finally:
        install_translations(qapp, "sv")


def make_field(qtbot, value=7.0) -> tuple[NumberField, list]:
    field = NumberField(decimals=0)
    qtbot.addWidget(field)
    field.show()
    field.set_value(value)
    committed: list = []
    field.committed.connect(committed.append)
    return field, committed


def retype(qtbot, field: QLineEdit, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    type_text(qtbot, field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


@pytest.mark.parametrize(("typed", "number", "shown"), SWEDISH_FORMS)
def test_a_number_field_reads_every_swedish_form_and_shows_every_decimal_typed(qtbot, swedish, typed, number, shown):
    field, committed = make_field(qtbot)
    retype(qtbot, field, typed)
    assert committed == [number]
    assert plain(field.text()) == shown  # 1 234,5 in a field of whole numbers, not 1 235
    assert field.error == "" and field.styleSheet() == ""


@pytest.mark.parametrize(("typed", "number", "shown"), ENGLISH_FORMS)
def test_a_number_field_reads_the_english_forms_in_the_english_window(qtbot, english, typed, number, shown):
    field, committed = make_field(qtbot)
    retype(qtbot, field, typed)
    assert committed == [number]
    assert plain(field.text()).replace("\u2212", "-") == shown


@pytest.mark.parametrize(("typed", "says"), [
    ("1234.5", "”1234.5” har en punkt"), ("1.234", "”1.234” har en punkt"), ("12 34", "kan inte läsas som ett tal"),
    ("sju", "”sju” är inget tal"), ("12 kr", "”12 kr” är inget tal")])
def test_what_a_swedish_field_cannot_read_is_refused_in_place_and_the_value_stays(qtbot, swedish, typed, says):
    field, committed = make_field(qtbot, 7.0)
    refusals: list = []
    field.refused.connect(refusals.append)
    retype(qtbot, field, typed)
    assert committed == []  # never 12345, never anything
    assert says in field.error and says in field.toolTip() and refusals == [field.error]
    assert field.styleSheet() == REFUSED_STYLE
    assert field.text() == typed  # kept, to be mended
    assert field.value() == 7.0
    qtbot.keyClick(field, Qt.Key.Key_Escape)  # Escape puts back what the plan holds
    assert field.text() == "7" and field.error == "" and field.styleSheet() == ""
    assert committed == []


def test_mending_a_refused_number_commits_it_and_clears_the_mark(qtbot, swedish):
    field, committed = make_field(qtbot, None)
    retype(qtbot, field, "1234.5")
    assert field.error and committed == []
    field.setFocus()
    field.setCursorPosition(4)
    qtbot.keyClick(field, Qt.Key.Key_Delete)  # the point out …
    assert field.error == ""  # … and the red frame goes as soon as the person mends it
    type_text(qtbot, field, ",")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert committed == [1234.5] and plain(field.text()) == "1 234,5"


def test_an_english_field_refuses_a_decimal_comma(qtbot, english):
    field, committed = make_field(qtbot, 7.0)
    retype(qtbot, field, "1234,5")
    assert committed == [] and "“1234,5” has a comma that does not mark thousands" in field.error


def test_emptying_a_number_field_clears_the_value(qtbot, swedish):
    field, committed = make_field(qtbot, 7.0)
    retype(qtbot, field, "")
    assert committed == [None] and field.text() == ""


def test_an_empty_date_is_shown_empty_and_ticking_it_starts_from_today(qtbot, swedish):
    from datetime import date

    field = DateField()
    qtbot.addWidget(field)
    field.show()
    committed: list = []
    field.committed.connect(committed.append)
    field.set_value(None)
    assert field.shown_text() == "" and not field.edit.isEnabled() and field.value() is None
    assert QDate.currentDate().toString("yyyy-MM-dd") not in field.edit.text()
    field.enabled.setChecked(True)
    assert committed == [date.today()] and field.shown_text() == date.today().isoformat()
    field.set_value(date(2026, 3, 31))
    assert field.shown_text() == "2026-03-31"
    field.enabled.setChecked(False)
    assert committed[-1] is None and field.shown_text() == ""


# --- in the window: the indicator's grid of values and its details form ------------------------------------



def edit_cell(qtbot, page, row, column, text):
    page.tabs.setCurrentIndex(1)
    grid = page.grid
    index = page.grid_model.index(row, column)
    grid.setCurrentIndex(index)
    grid.edit(index)
    editor = next(e for e in grid.viewport().findChildren(QLineEdit) if e.isVisible())  # not the last one, going
    editor.selectAll()
    type_text(qtbot, editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()


def test_the_grid_refuses_a_point_in_swedish_and_keeps_every_decimal_of_a_typed_value(window, qtbot):
    page, ident = open_indicator(window, qtbot, "Invånare i Norberg")  # whole numbers: 0 decimals
    plan = window.document.plan
    row = next(i for i, r in enumerate(page.grid_model.rows) if r.kind == "actual")
    period = page.grid_model.rows[row].period
    before = values(plan, ident)
    edit_cell(qtbot, page, row, 2, "1234.5")
    assert "”1234.5” har en punkt" in page.message.text()
    assert values(plan, ident) == before and not window.document.undo_stack.canUndo()
    edit_cell(qtbot, page, row, 2, "1 234,5")
    assert values(plan, ident)[(period, "actual", "T")] == 1234.5
    shown = page.grid_model.index(row, 2).data()
    assert plain(shown) == "1 234,5"  # not 1 235
    edit_cell(qtbot, page, row, 2, "\u22120,4")
    assert values(plan, ident)[(period, "actual", "T")] == -0.4


def test_the_indicators_target_refuses_a_point_and_the_plan_keeps_its_value(window, qtbot):
    page, ident = open_indicator(window, qtbot, "Sjukfrånvaro")
    plan = window.document.plan
    page.tabs.setCurrentIndex(2)
    target = page.form.target

    def stored():
        with plan.session() as session:
            return session.get(Indicator, ident).target

    before = stored()
    retype(qtbot, target, "1234.5")
    assert stored() == before and "har en punkt" in target.error
    assert "”1234.5” har en punkt" in window.statusBar().currentMessage()  # said where the person looks too
    assert not window.document.undo_stack.canUndo()
    retype(qtbot, target, "4,25 %")
    assert stored() == 4.25 and plain(target.text()) == "4,25"



def test_a_value_added_below_the_grid_refuses_a_point_in_swedish_and_nothing_is_added(window, qtbot):
    page, ident = open_indicator(window, qtbot, "Invånare i Norberg")
    plan = window.document.plan
    page.tabs.setCurrentIndex(1)
    before = values(plan, ident)
    page.new_period.setText("2031")
    retype(qtbot, page.new_value, "1234.5")  # Return adds the value
    assert "”1234.5” har en punkt" in page.message.text()
    assert page.new_value.styleSheet() == REFUSED_STYLE and page.new_value.text() == "1234.5"  # kept for mending
    assert values(plan, ident) == before and not window.document.undo_stack.canUndo()
    retype(qtbot, page.new_value, "1 234,5")
    assert values(plan, ident)[("2031", "actual", "T")] == 1234.5  # not 12345
    assert page.new_value.styleSheet() == "" and page.message.text() == ""


def test_the_indicators_decimals_refuse_a_decimal_and_the_plan_keeps_its_count(window, qtbot):
    from styrapp.views.fields import WholeNumberBox

    page, ident = open_indicator(window, qtbot, "Sjukfrånvaro")
    plan = window.document.plan
    page.tabs.setCurrentIndex(2)
    box = page.form.decimals
    assert isinstance(box, WholeNumberBox)

    def stored():
        with plan.session() as session:
            return session.get(Indicator, ident).decimals

    before = stored()
    retype_box(qtbot, box, "2,5")
    assert stored() == before and "”2,5” är inget heltal" in box.error
    assert not window.document.undo_stack.canUndo()
    retype_box(qtbot, box, "3")
    assert stored() == 3 and box.error == ""


# --- whole numbers in spin boxes: a year, a share in per cent, a count ------------------------------------------

def make_box(qtbot, low=-100000, high=100000, value=7, suffix=""):
    from styrapp.views.fields import WholeNumberBox

    box = WholeNumberBox()
    qtbot.addWidget(box)
    box.setRange(low, high)
    box.setSuffix(suffix)
    box.setValue(value)
    box.show()
    changes: list = []
    box.valueChanged.connect(changes.append)
    return box, changes


def retype_box(qtbot, box, text):
    box.setFocus()
    box.lineEdit().selectAll()
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Delete)
    type_text(qtbot, box.lineEdit(), text)
    qtbot.keyClick(box, Qt.Key.Key_Return)


@pytest.mark.parametrize(("typed", "number"), [("1 234", 1234), ("1\u00a0234", 1234), ("\u22125", -5), ("-5", -5),
                                               ("12 %", 12), ("2027", 2027)])
def test_a_spin_box_reads_whole_numbers_the_swedish_way(qtbot, swedish, typed, number):
    box, _changes = make_box(qtbot)
    retype_box(qtbot, box, typed)
    assert box.value() == number and box.error == ""


@pytest.mark.parametrize(("typed", "says"), [("1234.5", "har en punkt"), ("12,5", "”12,5” är inget heltal"),
                                             ("sju", "är inget tal"), ("200001", "ligger utanför det som kan väljas")])
def test_a_spin_box_refuses_in_place_what_a_plain_one_would_turn_into_another_number(qtbot, swedish, typed, says):
    """A plain QSpinBox in Swedish swallows the point of "1234.5" and takes 12345."""
    box, changes = make_box(qtbot, high=200000)
    retype_box(qtbot, box, typed)
    assert box.value() == 7 and changes == []
    assert says in box.error and says in box.toolTip() and box.styleSheet() != ""


def test_a_spin_box_with_a_per_cent_suffix_in_english(qtbot, english):
    box, _changes = make_box(qtbot, 0, 100, 50, " %")
    retype_box(qtbot, box, "40 %")
    assert box.value() == 40
    retype_box(qtbot, box, "12.5")
    assert box.value() == 40 and "“12.5” is no whole number" in box.error


def test_the_status_rules_refuse_a_share_with_decimals_and_take_a_typed_per_cent(window, qtbot):
    from styrapp.models.queries.plan_settings import get_setting
    from styrapp.models.rules.plan_settings import STATUS_YELLOW_PROGRESS
    from styrapp.ui.status_rules_dialog import StatusRulesDialog

    plan = window.document.plan
    dialog = StatusRulesDialog(window.document, window)
    qtbot.addWidget(dialog)
    dialog.show()
    retype_box(qtbot, dialog.progress, "62,5 %")
    dialog.progress.editingFinished.emit()
    assert get_setting(plan, STATUS_YELLOW_PROGRESS) == 0.5 and "inget heltal" in dialog.progress.error
    assert not window.document.undo_stack.canUndo()
    retype_box(qtbot, dialog.progress, "60 %")
    assert get_setting(plan, STATUS_YELLOW_PROGRESS) == 0.6 and dialog.progress.error == ""
    dialog.close()


def test_the_window_shows_a_value_with_every_decimal_it_has_and_at_least_the_indicators(swedish):
    """The tables of Indikatorer and Uppföljning show values through number_text: never rounded away."""
    from styrapp.views.labels import number_text

    assert plain(number_text(1234.5, 0)) == "1 234,5"
    assert plain(number_text(72.0, 1)) == "72,0" and plain(number_text(13341.0, 0)) == "13 341"
    assert number_text(-0.4, 0) == "\u22120,4" and number_text(None, 2) == ""


def test_the_risk_threshold_refuses_a_point_and_keeps_its_explanation(window, qtbot):
    """A plain spin box read "1.5" as 15, a threshold in range: the plan's threshold changed silently."""
    window.show_page("control")
    page = window.pages["control"]
    box = page.threshold
    explanation = box.toolTip()
    assert explanation and page.analysis.threshold == 6
    retype_box(qtbot, box, "1.5")
    assert "”1.5” har en punkt" in box.error and box.toolTip() == box.error
    assert page.analysis.threshold == 6 and box.value() == 6 and not window.document.undo_stack.canUndo()
    retype_box(qtbot, box, "8")
    assert page.analysis.threshold == 8 and box.error == "" and box.toolTip() == explanation


def test_the_economy_rule_refuses_a_point_and_decimals_it_would_round_and_keeps_its_share(window, qtbot):
    """A plain QDoubleSpinBox read "2.5" as 25 % in Swedish: the plan's rule changed silently."""
    from styrapp.views.fields import REFUSED_SPIN_STYLE, DecimalBox

    window.show_page("economy")
    page = window.pages["economy"]
    qtbot.waitUntil(lambda: page.view is not None)
    box = page.yellow
    assert isinstance(box, DecimalBox) and isinstance(page.green, DecimalBox)
    before = (page.view.rule.green, page.view.rule.yellow)
    for typed, says in (("2.5", "”2.5” har en punkt"), ("2,55", "”2,55” har fler decimaler än fältet sparar (1)"),
                        ("250", "250 ligger utanför det som kan väljas här")):
        retype_box(qtbot, box, typed)
        assert says in box.error and box.styleSheet() == REFUSED_SPIN_STYLE, typed
        assert (page.view.rule.green, page.view.rule.yellow) == before and not window.document.undo_stack.canUndo()
    retype_box(qtbot, box, "2,5 %")
    assert page.view.rule.yellow == 0.025 and box.error == "" and box.styleSheet() == ""


def test_a_year_in_the_plans_details_refuses_a_point_and_an_emptied_year_is_no_year(window, qtbot):
    """A plain spin box read "20.31" as 2031 in Swedish; "–" (or nothing) is no year, as the box shows it."""
    from styrapp.models.queries.plan_details import plan_details
    from styrapp.ui.plan_details_dialog import NO_YEAR, PlanDetailsDialog

    plan = window.document.plan
    dialog = PlanDetailsDialog(window.document, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.isVisible)
    box = dialog.term_end
    box.window().activateWindow()
    before = plan_details(plan).term_end
    assert before is not None  # the demo plan's term ends in a year
    retype_box(qtbot, box, "20.31")
    assert "”20.31” har en punkt" in box.error
    assert plan_details(plan).term_end == before and box.value() == (before or NO_YEAR)
    retype_box(qtbot, box, "")
    assert plan_details(plan).term_end is None and box.error == "" and box.text() == "–"
    window.document.undo_stack.undo()
    assert plan_details(plan).term_end == before
