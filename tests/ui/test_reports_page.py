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
    assert page.period.isEnabled() and page.unit.isEnabled()  # a follow-up report may be for one unit
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
    assert page.page_count() == 1  # no cover, no contents: the one page, which says there is none
    from pypdf import PdfReader

    assert "Planen har ingen nulägeskoll för 2026 för Gata och park." in PdfReader(page.current).pages[0].extract_text()


def test_sections_are_chosen_on_the_page_kept_in_the_plan_and_undone(window, page, qtbot, tmp_path):
    from styrapp.models.queries.plan_settings import get_setting
    from styrapp.models.rules.plan_settings import REPORT_OPTIONS
    from styrapp.reports.engine import build_report

    page.choose_kind("verksamhetsplan")
    page.section_boxes["wheel"].setChecked(False)
    page.section_boxes["charts"].setChecked(False)
    plan = window.document.plan
    assert set(get_setting(plan, REPORT_OPTIONS)["sections"]["verksamhetsplan"]) == {"vision", "goals", "work", "budget", "documents"}
    text = " ".join(PdfReader(build_report(plan, "verksamhetsplan", tmp_path / "vp.pdf")).pages[1].extract_text().split())
    assert "Årshjul" not in text and "Budgetram" in text  # the contents list what is in the report
    window.document.undo_stack.undo()
    window.document.undo_stack.undo()
    from styrapp.reports.report_settings import all_sections, chosen_sections

    assert chosen_sections(get_setting(plan, REPORT_OPTIONS), "verksamhetsplan") == all_sections("verksamhetsplan")
    assert page.section_boxes["wheel"].isChecked()


def test_a_logo_goes_on_the_cover_and_a_bad_one_is_refused(window, page, qtbot, tmp_path):
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage

    from styrapp.models.queries.report_rows import plan_header

    image = QImage(120, 60, QImage.Format.Format_RGB32)
    image.fill(QColor("#00587A"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    assert page.set_logo(bytes(data))
    plan = window.document.plan
    assert plan_header(plan).logo == bytes(data)
    page.choose_kind("internkontroll")
    _make(page, qtbot)
    assert PdfReader(page.current).pages[0].images  # the cover carries the picture
    messages = []
    page.message.connect(messages.append)
    assert not page.set_logo(b"%PDF-1.4 not a picture")
    assert "PNG- eller JPEG" in messages[-1] and plan_header(plan).logo == bytes(data)
    window.document.undo_stack.undo()
    assert plan_header(plan).logo is None


def test_the_report_language_and_colour_are_chosen_on_the_page_and_kept_in_the_plan(window, page, qtbot):
    from styrapp.models.queries.plan_settings import get_setting
    from styrapp.models.rules.plan_settings import REPORT_OPTIONS

    plan = window.document.plan
    page.choose_kind("internkontroll")
    page.language.setCurrentIndex(page.language.findData("en"))
    assert get_setting(plan, REPORT_OPTIONS)["language"] == "en"
    _make(page, qtbot)
    assert "Risk matrix" in PdfReader(page.current).pages[2].extract_text()
    assert page.set_colour("#AA1E2D")
    assert get_setting(plan, REPORT_OPTIONS)["accent"] == "#AA1E2D" and "#AA1E2D" in page.colour_button.text()
    assert page.colour_reset.isEnabled()
    qtbot.mouseClick(page.colour_reset, Qt.MouseButton.LeftButton)
    assert "accent" not in get_setting(plan, REPORT_OPTIONS) and not page.colour_reset.isEnabled()
    window.document.undo_stack.undo()  # the colour comes back …
    assert get_setting(plan, REPORT_OPTIONS)["accent"] == "#AA1E2D"
    window.document.undo_stack.undo()
    window.document.undo_stack.undo()  # … and then Swedish
    assert get_setting(plan, REPORT_OPTIONS).get("language", "sv") == "sv"
    assert page.language.currentData() == "sv"


def test_printing_at_a_printers_high_resolution_fills_the_paper_the_right_way_round(page, qtbot, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    page.choose_kind("uppdragsplan")  # landscape pages after a portrait cover
    _make(page, qtbot)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "utskrift.pdf"))
    assert printer.resolution() >= 600
    page.print_to(printer)
    printed = PdfReader(tmp_path / "utskrift.pdf").pages
    assert len(printed) == page.page_count() and printed[2].images  # each page drawn as a picture of it
    cover, table = printed[0].mediabox, printed[2].mediabox
    assert cover.width < cover.height and table.width > table.height  # landscape tables on landscape paper


def test_without_a_pdf_viewer_the_page_says_what_to_do_instead(page, qtbot, monkeypatch):
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QMessageBox

    page.choose_kind("internkontroll")
    _make(page, qtbot)
    told = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda _url: False))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda _parent, _title, text: told.append(text)))
    assert not page.open_external()
    assert "Spara som PDF" in told[0] and page.current.exists()
