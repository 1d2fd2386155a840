"""Nulägeskoll: write each section and watch the fit gauge move; pick key figures; undo. Styrdokument: add,
edit (a refused date keeps the dialog open and changes nothing), delete, undo."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from styrapp.models.queries.documents import document_rows
from styrapp.models.queries.reviews import review_of
from styrapp.reports.situation_report import SECTIONS

from .helpers import answer_next_message_box, type_text


def _review_page(window):
    window.show_page("review")
    page = window.pages["review"]
    page.unit.setCurrentIndex(page.unit.findData(page.unit.itemData(1)))
    return page


def test_write_each_section_and_watch_the_gauge_move_then_undo(window, qtbot):
    page = _review_page(window)
    plan = window.document.plan
    unit_id, year = page.unit_id(), page.year.value()
    before = review_of(plan, unit_id, year)
    used = page.fit().used
    for key, _title in SECTIONS:
        field = page.texts[key]
        field.setFocus()
        field.moveCursor(field.textCursor().MoveOperation.End)
        type_text(qtbot, field, " Mer text.")
        field.insertPlainText(" Ett längre stycke om läget i verksamheten." * 12)  # as a paste does
        qtbot.waitUntil(lambda used=used: page.fit().used > used and page.gauge.value() == min(100, round(page.fit().used * 100)))
        used = page.fit().used
        page.sources[key].setFocus()  # leaving the section saves it
        page.sources[key].selectAll()
        type_text(qtbot, page.sources[key], "SCB")
        page.sources[key].commit()
        stored = review_of(plan, unit_id, year)
        assert stored.texts[key].endswith("om läget i verksamheten.") and stored.sources[key] == "SCB"
    assert not page.fit().fits and page.fit().shorten in page.texts  # full: the gauge says what to shorten
    assert page.gauge.value() == 100 and page.share_labels[page.fit().shorten][0].styleSheet().count("bold")
    while window.document.undo_stack.canUndo():
        window.document.undo_stack.undo()
    assert review_of(plan, unit_id, year) == before
    assert page.texts["analysis"].toPlainText() == before.text("analysis")


def test_pick_key_figures_and_undo(window, qtbot):
    page = _review_page(window)
    plan = window.document.plan
    unit_id, year = page.unit_id(), page.year.value()
    used = page.fit().used
    before = list(review_of(plan, unit_id, year).indicator_ids)
    rows = [row for row in range(page.indicators.count())
            if page.indicators.item(row).checkState() == Qt.CheckState.Unchecked][:2]
    added = [page.indicators.item(row).data(Qt.ItemDataRole.UserRole) for row in rows]
    for row in rows:
        page.indicators.item(row).setCheckState(Qt.CheckState.Checked)

    def checked():
        return [page.indicators.item(row).data(Qt.ItemDataRole.UserRole) for row in range(page.indicators.count())
                if page.indicators.item(row).checkState() == Qt.CheckState.Checked]

    review = review_of(plan, unit_id, year)
    assert list(review.indicator_ids) == before + added  # printed in the order chosen, the new ones last
    assert sorted(checked()) == sorted(before + added)
    assert all(figure.name for figure in review.key_figures)
    assert page.fit().used > used  # the key figure table takes more room on the page
    window.document.undo_stack.undo()
    window.document.undo_stack.undo()
    assert list(review_of(plan, unit_id, year).indicator_ids) == before and sorted(checked()) == sorted(before)


def _fill_dialog(fill, seen):
    def attempt():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(20, attempt)
            return
        seen.append(dialog)
        fill(dialog)

    QTimer.singleShot(20, attempt)


def test_add_edit_and_delete_a_governing_document_with_undo(window, qtbot):
    window.show_page("documents")
    page = window.pages["documents"]
    plan = window.document.plan
    count = len(document_rows(plan))
    seen: list = []

    def add(dialog):
        dialog.title.setText("Policy för digitalisering")
        dialog.kind.setCurrentIndex(dialog.kind.findData("policy"))
        assert dialog.decided_by.text() == "KF"  # the plan's rule for a policy
        dialog.decided_on.set_value(date(2026, 2, 1))
        dialog.valid_until.set_value(date(2029, 12, 31))
        dialog.goals.item(0).setCheckState(Qt.CheckState.Checked)
        dialog.accept()

    _fill_dialog(add, seen)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    rows = {r.title: r for r in document_rows(plan)}
    added = rows["Policy för digitalisering"]
    assert len(rows) == count + 1 and added.decided_by == "KF" and len(added.goal_ids) == 1
    assert page.current().id == added.id

    def refuse_then_cancel(dialog):
        dialog.valid_until.edit.setDate(QDate(2025, 1, 1))  # before the decision
        dialog.accept()
        assert dialog.isVisible() and "2026-02-01" in dialog.error.text()
        dialog.reject()

    _fill_dialog(refuse_then_cancel, seen)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    assert next(r for r in document_rows(plan) if r.id == added.id) == added  # nothing changed

    def rename(dialog):
        dialog.title.setText("Digitaliseringspolicy")
        dialog.decided_by.setText("Kommunstyrelsen")
        dialog.accept()

    _fill_dialog(rename, seen)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    edited = next(r for r in document_rows(plan) if r.id == added.id)
    assert edited.title == "Digitaliseringspolicy" and edited.wrong_decider  # a policy is KF's
    assert "Digitaliseringspolicy" in [page.model.record(i).title for i in range(page.model.rowCount())]

    page.search.setText("digitalis")
    assert page.proxy.rowCount() == 1
    page.search.clear()
    page.select_record(lambda r: r.id == added.id)
    said: list[str] = []
    answer_next_message_box(page_button_yes(), said)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert all(r.id != added.id for r in document_rows(plan)) and said
    window.document.undo_stack.undo()  # the delete
    assert next(r for r in document_rows(plan) if r.id == added.id).title == "Digitaliseringspolicy"
    window.document.undo_stack.undo()  # the edit
    assert next(r for r in document_rows(plan) if r.id == added.id).title == "Policy för digitalisering"
    window.document.undo_stack.undo()  # the add
    assert len(document_rows(plan)) == count


def page_button_yes():
    from PySide6.QtWidgets import QMessageBox

    return QMessageBox.StandardButton.Yes


def test_a_document_past_its_date_is_marked_on_the_page_and_listed_on_the_overview(window, qtbot):
    from styrapp.ui import review_commands

    window.document.run(review_commands.CreateDocument(title="Gammal avfallsplan", kind="plan", decided_on=date(2015, 1, 1),
                                                valid_until=date(2020, 12, 31)))
    window.show_page("overview")
    overview = window.pages["overview"]
    qtbot.waitUntil(lambda: "Gammal avfallsplan (2020-12-31)" in overview.documents.text())
    assert overview.documents.isVisible()
    finding = next(overview.findings.item(i) for i in range(overview.findings.count())
                   if "Gammal avfallsplan" in overview.findings.item(i).text())
    overview.findings.itemClicked.emit(finding)
    page = window.pages["documents"]
    assert window.stack.currentWidget() is page
    row = next(i for i in range(page.model.rowCount()) if page.model.record(i).title == "Gammal avfallsplan")
    valid = page.model.index(row, 5).data()
    assert valid.startswith("2020-12-31 – ")  # said in words, not by colour alone
    window.document.undo_stack.undo()
    window.show_page("overview")
    qtbot.waitUntil(lambda: not overview.documents.isVisible())


def test_the_plans_rule_of_who_decides_what_is_changed_and_undone(window, qtbot):
    from styrapp.models.queries.plan_settings import get_setting
    from styrapp.models.rules.plan_settings import DOCUMENT_DECIDERS

    window.show_page("documents")
    page = window.pages["documents"]
    plan = window.document.plan
    seen: list = []

    def guidelines_by_ks(dialog):
        combo = dialog.combos["guideline"]
        combo.setCurrentIndex(combo.findData(["KS"]))
        dialog.accept()

    _fill_dialog(guidelines_by_ks, seen)
    qtbot.mouseClick(page.rule_button, Qt.MouseButton.LeftButton)
    rule = get_setting(plan, DOCUMENT_DECIDERS)
    assert rule["guideline"] == ["KS"] and rule["policy"] == ["KF"]
    styrmodell = next(r for r in document_rows(plan) if r.title == "Styrmodell för NVK")  # by the direktion: fine
    assert not styrmodell.wrong_decider
    window.document.undo_stack.undo()
    assert get_setting(plan, DOCUMENT_DECIDERS) == DOCUMENT_DECIDERS.default


def test_a_deleted_units_review_goes_with_it_after_the_warning_and_comes_back_with_undo(window, qtbot):
    from PySide6.QtWidgets import QMessageBox

    from styrapp.ui.organisation_dialog import OrganisationDialog

    page = _review_page(window)  # the demo's Förvaltningen, which has the nulägeskoll
    plan = window.document.plan
    unit_id, year = page.unit_id(), page.year.value()
    assert review_of(plan, unit_id, year).exists
    dialog = OrganisationDialog(window.document, window)
    qtbot.addWidget(dialog)
    dialog.view.setCurrentIndex(dialog.model.index_of(unit_id))
    said: list[str] = []
    answer_next_message_box(QMessageBox.StandardButton.Yes, said)
    dialog.delete()
    assert "1 nulägeskoll tas bort med den." in said[0]
    assert review_of(plan, unit_id, year) is None and page.unit.findData(unit_id) < 0
    dialog.close()
    window.document.undo_stack.undo()
    assert review_of(plan, unit_id, year).exists
    page.unit.setCurrentIndex(page.unit.findData(unit_id))
    assert page.texts["analysis"].toPlainText().startswith("Verksamheten levererar")
