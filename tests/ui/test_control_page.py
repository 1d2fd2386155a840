"""Intern kontroll as a person uses it: add a risk, drag it in the matrix, choose it for the plan, write its
control, follow it up, undo each step; delete with a confirmation that says what goes with it; a refused
value leaves the plan as it was."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from styrapp.models.tables import ControlFollowUp, Risk
from tests.conftest import dump

from .helpers import answer_next_message_box, type_text


def risk(plan, risk_id):
    with plan.session() as session:
        row = session.get(Risk, risk_id)
        return None if row is None else (row.title, row.likelihood, row.consequence, row.chosen, row.control,
                                          row.responsible)


def follow_ups(plan, risk_id):
    with plan.session() as session:
        return [(r.period_id, r.outcome, r.findings) for r in session.execute(
            select(ControlFollowUp).where(ControlFollowUp.risk_id == risk_id)).scalars()]


def choose(combo, data):
    combo.setCurrentIndex(combo.findData(data))
    combo.activated.emit(combo.currentIndex())


def write(qtbot, field, text):
    field.setFocus()
    field.selectAll()
    type_text(qtbot, field, text)
    field.commit()


def undo(window):
    window.actions["edit.undo"].trigger()


def test_a_risk_from_the_analysis_to_its_follow_up_and_back_step_by_step(window, qtbot):
    window.show_page("control")
    page = window.pages["control"]
    plan = window.document.plan
    assert page.year.currentData() == 2026 and len(page.analysis.risks) == 6
    assert page.matrix.risks and len(page.controls.records) == 4
    states = [dump(plan)]

    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)  # add: a new risk, its name ready to be typed
    risk_id = page._current
    assert risk(plan, risk_id)[1:4] == (1, 1, False)
    states.append(dump(plan))
    page.title.selectAll()
    type_text(qtbot, page.title, "Brister i informationssäkerheten")
    page.title.commit()
    assert risk(plan, risk_id)[0] == "Brister i informationssäkerheten"
    states.append(dump(plan))

    chip = page.matrix.chip_rect(risk_id)  # drag its chip from cell (1, 1) to likelihood 3, consequence 4
    target = page.matrix.cell_rect(3, 4).center().toPoint()
    qtbot.mousePress(page.matrix, Qt.MouseButton.LeftButton, pos=chip.center().toPoint())
    qtbot.mouseMove(page.matrix, target)
    qtbot.mouseRelease(page.matrix, Qt.MouseButton.LeftButton, pos=target)
    assert risk(plan, risk_id)[1:3] == (3, 4)
    assert page.analysis.by_id(risk_id).suggested  # 12 is over the threshold 6: suggested, not chosen
    assert not risk(plan, risk_id)[3] and page.suggested.records[0].id == risk_id
    assert page.risks.records[page.risk_table.currentIndex().row()].id == risk_id  # the table follows the matrix
    states.append(dump(plan))

    page.tabs.setCurrentIndex(1)  # the internkontrollplan: choose the suggestion, write its control
    page.suggested_table.selectRow(0)
    qtbot.mouseClick(page.choose_button, Qt.MouseButton.LeftButton)
    assert risk(plan, risk_id)[3] is True and any(r.id == risk_id for r in page.controls.records)
    states.append(dump(plan))
    assert page.control.isEnabled()
    write(qtbot, page.control, "Genomgång av behörigheter i verksamhetssystemen")
    states.append(dump(plan))
    write(qtbot, page.responsible, "IT-chef")
    assert risk(plan, risk_id)[4:] == ("Genomgång av behörigheter i verksamhetssystemen", "IT-chef")
    states.append(dump(plan))

    page.tabs.setCurrentIndex(2)  # its follow-up in the annual report
    page.period.setCurrentIndex(page.period.findText("Årsredovisning", Qt.MatchFlag.MatchStartsWith))
    period = page.period.currentData()
    assert page.left_count.text().startswith("5 ")  # five chosen controls, none followed up at the year's end
    page.show_risk(risk_id)
    assert not page.findings.isEnabled()  # first: was it performed?
    choose(page.outcome, "deviations")
    assert follow_ups(plan, risk_id) == [(period, "deviations", "")]
    assert page.left_count.text().startswith("4 ")
    states.append(dump(plan))
    assert page.findings.isEnabled()
    write(qtbot, page.findings, "Tre konton för personer som slutat")
    assert follow_ups(plan, risk_id) == [(period, "deviations", "Tre konton för personer som slutat")]
    shown = page.checks.records[[c.risk.id for c in page.checks.records].index(risk_id)]
    assert page.checks.data(page.checks.index(page.checks.records.index(shown), 2)).startswith("▲ ")  # symbol and word
    states.append(dump(plan))

    for before in reversed(states[:-1]):  # undo each step, one at a time, back to the demo as it was
        undo(window)
        assert dump(plan) == before
    assert page.analysis.by_id(risk_id) is None and page.left_count.text().startswith("4 ")


def test_move_a_risk_with_the_keyboard_and_refuse_an_empty_name(window, qtbot):
    window.show_page("control")
    page = window.pages["control"]
    plan = window.document.plan
    first = page.analysis.risks[0]
    page.risk_table.selectRow(0)
    assert page._current == first.id and page.matrix.selected == first.id
    page.matrix.setFocus()
    qtbot.keyClick(page.matrix, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert risk(plan, first.id)[1:3] == (first.likelihood + 1, first.consequence)
    qtbot.keyClick(page.matrix, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.matrix, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert risk(plan, first.id)[1:3] == (first.likelihood - 1, first.consequence)
    before = dump(plan)
    page.title.selectAll()
    page.title.del_()
    page.title.commit()
    assert "måste fyllas i" in window.statusBar().currentMessage()
    assert dump(plan) == before and page.title.text() == first.title  # the stored name shows again
    steps = window.document.undo_stack.count()
    for likelihood, consequence in ((5, 2), (0, 2), (2, 5), (2, 0)):  # off the scale: refused, said, nothing written
        page.move_risk(first.id, likelihood, consequence)
        assert "1–4" in window.statusBar().currentMessage()
        assert dump(plan) == before and window.document.undo_stack.count() == steps


def test_delete_says_what_goes_with_the_risk_and_undo_brings_it_all_back(window, qtbot):
    window.show_page("control")
    page = window.pages["control"]
    plan = window.document.plan
    chosen = page.analysis.chosen[0]
    assert follow_ups(plan, chosen.id)
    page.show_risk(chosen.id)
    before = dump(plan)
    seen: list[str] = []
    answer_next_message_box(QMessageBox.StandardButton.No, seen)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert dump(plan) == before and chosen.title in seen[0]
    answer_next_message_box(QMessageBox.StandardButton.Yes, seen)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert chosen.title in seen[1] and "1" in seen[1].split(chosen.title)[1]  # its control and its one follow-up
    assert risk(plan, chosen.id) is None and follow_ups(plan, chosen.id) == []
    assert all(r.id != chosen.id for r in page.matrix.risks)
    undo(window)
    assert dump(plan) == before and page.analysis.by_id(chosen.id) is not None


def test_the_threshold_is_the_plans_and_one_undo_step(window, qtbot):
    window.show_page("control")
    page = window.pages["control"]
    assert [r.suggested for r in page.analysis.risks].count(True) == 3
    page.threshold.setValue(5)
    assert page.analysis.threshold == 5 and [r.suggested for r in page.analysis.risks].count(True) == 5
    assert all(not r.chosen for r in page.suggested.records) and len(page.suggested.records) == 1
    undo(window)
    assert page.analysis.threshold == 6 and page.threshold.value() == 6


def test_per_unit_and_year(window, qtbot):
    window.show_page("control")
    page = window.pages["control"]
    page.unit.setCurrentIndex(page.unit.findText("Vatten och avlopp", Qt.MatchFlag.MatchEndsWith))
    assert [r.title for r in page.analysis.risks] == ["Driftstopp i vattenverket efter ett it-angrepp"]
    assert len(page.matrix.risks) == 1 and len(page.checks.records) == 1
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    added = page.current_risk()
    assert added.unit == "Vatten och avlopp" and added.year == 2026


def test_a_finding_of_the_red_thread_leads_to_the_risks_control(window, qtbot):
    from styrapp.models.queries.red_thread import check_plan
    from styrapp.models.services import risks

    plan = window.document.plan
    window.show_page("control")
    page = window.pages["control"]
    page.unit.setCurrentIndex(page.unit.findText("Gata och park", Qt.MatchFlag.MatchEndsWith))
    shown = page.analysis.risks[0]  # a risk of Gata och park is shown; the finding is about another unit's
    target = next(r.id for r in risks_of_unit(plan, "Vatten och avlopp"))
    risks.update_risk(plan, target, responsible="")
    finding = next(f for f in check_plan(plan) if f.code == "chosen_risk_without_responsible")
    assert finding.risk_id == target and shown.id != target
    window.show_page("overview")
    window._go_to_finding(finding)
    assert window.stack.currentWidget() is page and page.tabs.currentIndex() == 1
    assert page.unit.currentData() is None and page.current_risk().id == target
    assert page.controls.records[page.control_table.currentIndex().row()].id == target


def risks_of_unit(plan, name):
    from styrapp.models.queries.control_rows import risk_analysis

    return [r for r in risk_analysis(plan, 2026).risks if r.unit == name]


def test_with_no_risk_chosen_the_forms_show_no_made_up_values(window):
    window.show_page("control")
    page = window.control
    page.show_risk(None)
    assert not page.likelihood.isEnabled() and page.likelihood.currentText() == ""
    assert page.consequence.currentText() == "" and page.risk_unit.currentText() == ""
    assert not page.chosen.isChecked()
    assert page.frequency.currentText() == "" and page.report_period.currentText() == ""
