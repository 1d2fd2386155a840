"""Uppföljning: write status, assessment and analysis per period; undo; progress; last period's text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from styrapp.models.tables import FollowUp

from .helpers import type_text


def follow_up(plan, node_id, period_id):
    with plan.session() as session:
        return session.execute(select(FollowUp).where(FollowUp.node_id == node_id,
                                                      FollowUp.period_id == period_id)).scalars().first()


def choose(combo, data):
    combo.setCurrentIndex(combo.findData(data))
    combo.activated.emit(combo.currentIndex())


def test_write_a_follow_up_for_the_annual_report_and_undo(window, qtbot):
    window.show_page("follow_up")
    page = window.follow_up
    plan = window.document.plan
    assert page.period.currentText().startswith("Delårsrapport 2026")  # the latest period that has ended
    assert page.progress.text().startswith("8 av 8 bedömda")
    page.period.setCurrentIndex(page.period.findText("Årsredovisning", Qt.MatchFlag.MatchStartsWith))
    assert page.progress.text() == "0 av 8 bedömda – 8 kvar"
    page.table.selectRow(0)
    item = page.current_item()
    period = page.period_id()
    assert page.figures.rowCount() == 3  # the goal's three indicators, as they stood at the period's end
    choose(page.status, "green")
    choose(page.assessment, "met")
    page.analysis.setFocus()
    type_text(qtbot, page.analysis, "Målvärdet nåddes under hösten.")
    page.analysis.commit()
    row = follow_up(plan, item.node_id, period)
    assert (row.status, row.assessment, row.analysis) == ("green", "met", "Målvärdet nåddes under hösten.")
    assert page.progress.text() == "1 av 8 bedömda – 7 kvar"
    assert window.actions["edit.undo"].text() == "Ångra Följ upp övergripande mål"
    for _ in range(3):
        window.actions["edit.undo"].trigger()
    assert follow_up(plan, item.node_id, period) is None  # it did not exist before
    assert page.progress.text() == "0 av 8 bedömda – 8 kvar"


def test_start_from_last_periods_text(window, qtbot):
    window.show_page("follow_up")
    page = window.follow_up
    plan = window.document.plan
    interim = page.period_id()
    page.table.selectRow(0)
    node = page.current_item().node_id
    earlier = follow_up(plan, node, interim).analysis
    page.period.setCurrentIndex(page.period.findText("Årsredovisning", Qt.MatchFlag.MatchStartsWith))
    page.table.selectRow(0)
    page.copy_previous.click()
    assert follow_up(plan, node, page.period_id()).analysis == earlier
    assert page.analysis.toPlainText() == earlier
    page.table.selectRow(7)  # an uppdrag without earlier analysis
    page.copy_previous.click()
    assert "Ingen tidigare period" in page.message.text()
