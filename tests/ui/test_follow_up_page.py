"""Uppföljning: every goal, uppdrag, åtgärd and aktivitet of a period as a tree under its målområde;
filters by unit and by "no assessment yet"; write status, assessment and analysis; undo; the count of
what has an assessment; an item whose status disagrees with its indicators says so; no made-up values."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from styrapp.models.tables import FollowUp
from styrapp.views.follow_up_tree_model import FollowUpTreeModel

from .helpers import type_text


def follow_up(plan, node_id, period_id):
    with plan.session() as session:
        return session.execute(select(FollowUp).where(FollowUp.node_id == node_id,
                                                      FollowUp.period_id == period_id)).scalars().first()


def choose(combo, data):
    combo.setCurrentIndex(combo.findData(data))
    combo.activated.emit(combo.currentIndex())


def row_of(page, title_start: str):
    return next(r for r in page.model._rows.values() if r.title.startswith(title_start))


def cell(page, node_id: int, column: int) -> str:
    return page.model.index_of(node_id, column).data()


def click_item(qtbot, page, node_id: int) -> None:
    """Click the item's row in the tree, as a person chooses it."""
    index = page.model.index_of(node_id)
    page.view.scrollTo(index)
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=page.view.visualRect(index).center())
    assert page.current_node() == node_id


def open_page(window):
    window.show_page("follow_up")
    return window.follow_up


def test_the_demos_23_follow_ups_all_show_under_their_malomrade(window):
    page = open_page(window)
    plan = window.document.plan
    assert page.period.currentText().startswith("Delårsrapport 2026")  # the latest period that has ended
    with plan.session() as session:
        written = session.execute(select(func.count()).select_from(FollowUp)
                                  .where(FollowUp.period_id == page.period_id())).scalar_one()
    assert written == 23 and len(page.node_ids()) == 23
    tops = page.model.children_of(None)
    assert [page.model.row_data(t).level_name for t in tops] == ["Övergripande mål"] * 5
    # An uppdrag sits under the målområde of the goal it serves, its åtgärder under it.
    uppdrag = row_of(page, "Ta fram en långsiktig investeringsplan")
    assert page.model.row_data(uppdrag.parent_id).title.startswith("NVK har god ekonomisk hushållning")
    measure = row_of(page, "Inventera ledningsnätets status")
    assert measure.parent_id == uppdrag.id and cell(page, measure.id, FollowUpTreeModel.LEVEL) == "Åtgärd"
    activity = row_of(page, "Digital felanmälan")
    assert cell(page, activity.id, FollowUpTreeModel.STATUS) == "● Grön"
    # The count means "has an assessment" (bedömning): the five goals have one.
    assert page.progress.text() == "5 av 23 har en bedömning – 18 kvar"
    assert not page.form.isVisible()  # nothing chosen: no form with a value nobody wrote


def test_assess_an_aktivitet_then_undo(window, qtbot):
    page = open_page(window)
    plan = window.document.plan
    period = page.period_id()
    activity = row_of(page, "Trygghetsvandringar")
    click_item(qtbot, page, activity.id)
    assert page.form.isVisible() and page.status.currentText() == "● Grön"
    assert page.indicator_status.text() == "inga indikatorer kopplade"
    choose(page.status, "yellow")
    choose(page.assessment, "partly_met")
    page.analysis.setFocus()
    type_text(qtbot, page.analysis, "Två av fyra vandringar är gjorda.")
    page.analysis.commit()
    row = follow_up(plan, activity.id, period)
    assert (row.status, row.assessment, row.analysis) == ("yellow", "partly_met", "Två av fyra vandringar är gjorda.")
    assert cell(page, activity.id, FollowUpTreeModel.STATUS) == "▲ Gul"
    assert cell(page, activity.id, FollowUpTreeModel.ASSESSMENT) == "Delvis uppfyllt"
    assert page.progress.text() == "6 av 23 har en bedömning – 17 kvar"
    assert window.actions["edit.undo"].text() == "Ångra Följ upp aktivitet"
    for _ in range(3):
        window.actions["edit.undo"].trigger()
    row = follow_up(plan, activity.id, period)
    assert (row.status, row.assessment, row.analysis) == ("green", None, "")
    assert page.progress.text() == "5 av 23 har en bedömning – 18 kvar"
    assert page.current_node() == activity.id  # the choice stays through the undo


def test_a_period_with_nothing_written_shows_empty_fields_not_made_up_ones(window):
    page = open_page(window)
    page.period.setCurrentIndex(page.period.findText("Årsredovisning", Qt.MatchFlag.MatchStartsWith))
    assert page.progress.text() == "0 av 23 har en bedömning – 23 kvar"
    goal = page.model.children_of(None)[0]
    assert cell(page, goal, FollowUpTreeModel.STATUS) == "ej skriven"
    page.select_node(goal)
    assert page.status.currentIndex() == -1 and page.status.currentText() == ""
    assert page.status.placeholderText() == "ej skriven"
    assert page.assessment.currentText() == "(ej bedömt)" and page.analysis.toPlainText() == ""
    assert follow_up(window.document.plan, goal, page.period_id()) is None  # looking writes nothing


def test_the_filters_keep_a_units_items_and_those_without_an_assessment(window):
    page = open_page(window)
    page.unit.setCurrentIndex(page.unit.findText("Gata och park", Qt.MatchFlag.MatchEndsWith))
    matching = [r for r in page.model._rows.values() if r.node_id is not None and r.matches]
    assert {r.title[:20] for r in matching} == {"Trygghetsvandringar ", "Digital felanmälan m", "Byta sex arbetsfordo"}
    context = [r for r in page.model._rows.values() if not r.matches]
    assert {r.level_name for r in context} == {"Övergripande mål"}  # the goals above them, greyed
    assert page.model.index_of(context[0].id).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert page.progress.text() == "0 av 3 har en bedömning – 3 kvar"
    page.unit.setCurrentIndex(0)  # all units
    page.only_unassessed.setChecked(True)
    assert len([r for r in page.model._rows.values() if r.matches]) == 18
    assessed_goal = row_of(page, "NVK levererar rätt kvalitet")
    assert not assessed_goal.matches  # it has an assessment: shown only for the aktiviteter beneath it
    done = row_of(page, "Digital felanmälan").id
    page.select_node(done)
    choose(page.assessment, "met")
    assert done not in page.node_ids()  # assessed now: it leaves the list of what is left
    assert page.progress.text() == "6 av 23 har en bedömning – 17 kvar"
    page.only_unassessed.setChecked(False)
    assert len(page.node_ids()) == 23


def test_an_activitys_status_beside_its_indicators_with_a_remark_when_they_disagree(window, qtbot):
    page = open_page(window)
    activity = row_of(page, "Förnya 1,2 km vattenledning")  # written red; its indicator is green
    assert cell(page, activity.id, FollowUpTreeModel.INDICATORS) == "⚠ ● Grön"
    click_item(qtbot, page, activity.id)
    assert page.status.currentText() == "■ Röd" and page.indicator_status.text() == "● Grön"
    assert page.remark.isVisible()
    assert page.remark.text().startswith("Den skrivna statusen (■ Röd) skiljer sig från vad indikatorerna visar (● Grön)")
    choose(page.status, "green")
    assert not page.remark.isVisible()
    assert cell(page, activity.id, FollowUpTreeModel.INDICATORS) == "● Grön"
    agreeing = row_of(page, "Digital felanmälan")
    assert cell(page, agreeing.id, FollowUpTreeModel.INDICATORS) == "● Grön"


def test_the_analysis_box_grows_with_the_window(window):
    page = open_page(window)
    page.select_node(row_of(page, "Digital felanmälan").id)
    window.resize(QSize(1280, 720))
    QApplication.processEvents()
    small = page.analysis.height()
    window.resize(QSize(1366, 1000))
    QApplication.processEvents()
    assert page.analysis.height() > small + 100


def test_start_from_last_periods_text(window):
    page = open_page(window)
    plan = window.document.plan
    interim = page.period_id()
    goal = page.model.children_of(None)[0]
    earlier = follow_up(plan, goal, interim).analysis
    page.period.setCurrentIndex(page.period.findText("Årsredovisning", Qt.MatchFlag.MatchStartsWith))
    page.select_node(goal)
    page.copy_previous.click()
    assert follow_up(plan, goal, page.period_id()).analysis == earlier
    assert page.analysis.toPlainText() == earlier
    page.select_node(row_of(page, "Digital felanmälan").id)  # no earlier analysis
    page.copy_previous.click()
    assert "Ingen tidigare period" in page.message.text()


def test_a_new_plan_without_periods_says_where_to_add_one_and_shows_no_form(window, tmp_path):
    from styrapp.models.content.templates import apply_template
    from styrapp.models.file.plan_file import create_plan
    from styrapp.models.queries.follow_up_rows import periods
    from styrapp.models.services.calendar import delete_period

    def build(plan):
        apply_template(plan, "default", organisation_name="Testkommun", year=2027)
        for period in periods(plan):
            delete_period(plan, period.id)

    window.open_plan_file(create_plan(tmp_path / "ny.styrplan", build))
    page = open_page(window)
    assert page.period.count() == 0
    assert page.progress.text().startswith("Planen har inga rapporteringsperioder; lägg till en under Plan → Rapporteringsperioder")
    assert page.node_ids() == [] and not page.form.isVisible() and not page.status.isVisible()


def test_another_plan_starts_with_all_units(window, qtbot, demo_master, tmp_path):
    import shutil

    page = open_page(window)
    page.unit.setCurrentIndex(page.unit.findText("Gata och park", Qt.MatchFlag.MatchEndsWith))
    assert len(page.node_ids()) < 23
    other = tmp_path / "annan.styrplan"
    shutil.copyfile(demo_master, other)
    window.open_plan_file(other)
    page = open_page(window)
    qtbot.waitUntil(lambda: len(page.node_ids()) == 23)  # the page fills in just after the plan opens
    assert page.unit.currentText() == "Alla enheter"
