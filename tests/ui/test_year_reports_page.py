"""Rapporter for an older plan year: the year chosen on the page reaches the report made in the
background, while the window goes on seeing the year it shows; a year the plan does not hold is
refused on the page."""

from __future__ import annotations

from pypdf import PdfReader

from tests.reports.test_year_reports import _second_year


def test_the_page_makes_the_report_of_the_year_chosen_and_refuses_one_not_held(window, qtbot):
    plan = window.document.plan
    _second_year(plan)
    window.show_page("reports")
    page = window.reports
    qtbot.waitUntil(lambda: page.period.count() >= 1)
    page.choose_kind("verksamhetsplan")
    page.year.setValue(2026)
    run = page.make()
    with qtbot.waitSignal(run.finished, timeout=60000):
        pass
    assert run.error == "" and plan.year == 2027  # the window still sees its year
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(run.result).pages).split())
    assert "Verksamhetsplan 2026" in text and "Nöjda invånare i hela förbundet 2027" not in text
    page.year.setValue(2025)
    run = page.make()
    with qtbot.waitSignal(run.finished, timeout=60000):
        pass
    assert run.error == "Planen har inget planår 2025. Välj bland: 2026, 2027." and page.status.text() == run.error
