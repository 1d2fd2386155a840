"""Rapporter as a user works it: choose a report, make it in the background, see it, save and print it."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt


@pytest.fixture
def page(window, qtbot):
    window.show_page("reports")
    qtbot.waitUntil(lambda: window.reports.period.count() > 1)
    return window.reports


def _make(page, qtbot):
    run = page.make()
    assert run is not None
    with qtbot.waitSignal(run.finished, timeout=60000):
        pass
    return run


def test_the_follow_up_report_for_a_chosen_period_is_previewed_with_thumbnails(page, qtbot, tmp_path):
    page.choose_kind("uppfoljning")
    assert page.period.isEnabled() and not page.unit.isEnabled()
    page.period.setCurrentIndex(page.period.findData("Delårsrapport"))
    _make(page, qtbot)
    assert page.page_count() >= 5 and page.thumbnails.count() == page.page_count()
    assert page.save_button.isEnabled() and page.print_button.isEnabled()
    page.zoom.setCurrentIndex(3)  # 100 %
    page.thumbnails.setCurrentRow(2)
    assert page.view.pageNavigator().currentPage() == 2
    assert page.save_to(tmp_path / "delårsrapport")
    text = PdfReader(tmp_path / "delårsrapport.pdf").pages[0].extract_text()
    assert "Uppföljning 2026" in text and "Delårsrapport" in text


def test_every_kind_can_be_made_from_the_page(page, qtbot):
    for row in range(page.kinds.count()):
        page.kinds.setCurrentRow(row)
        run = _make(page, qtbot)
        assert run.error == "" and page.page_count() >= 1


def test_printing_renders_every_page(page, qtbot, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    page.choose_kind("internkontroll")
    _make(page, qtbot)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "utskrift.pdf"))
    page.print_to(printer)
    assert len(PdfReader(tmp_path / "utskrift.pdf").pages) == page.page_count()


def test_cancel_leaves_nothing_and_says_so(page, qtbot):
    page.choose_kind("verksamhetsplan")
    run = page.make()
    run.worker.cancel.set()
    with qtbot.waitSignal(run.finished, timeout=60000):
        pass
    assert "avbröts" in page.status.text() and page.current is None
    assert list(page.folder.iterdir()) == []
    assert page.make_button.isEnabled()


def test_a_unit_without_a_nulageskoll_gets_a_report_that_says_so(page, qtbot):
    page.choose_kind("nulageskoll")
    page.unit.setCurrentIndex(page.unit.findData("Gata och park"))
    qtbot.mouseClick(page.make_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.run is None and page.current is not None, timeout=60000)
    assert page.page_count() == 3  # cover, contents, and the page that says there is none
    assert "ingen nulägeskoll" in page.pdf.pageLabel(2) or page.page_count() == 3
