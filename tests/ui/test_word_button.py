"""Rapporter's "Spara som Word…": the chosen report, with the choices made on the page, written as a Word
document in the background; not offered for the reports drawn page by page."""

from __future__ import annotations

import pytest
from docx import Document
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox


@pytest.fixture
def page(window, qtbot):
    window.show_page("reports")
    qtbot.waitUntil(lambda: window.reports.period.count() > 1)
    return window.reports


def test_save_as_word_writes_the_chosen_report(page, qtbot, tmp_path, monkeypatch):
    asked = []

    def save_name(parent, title, suggested, filters):
        asked.append((title, suggested, filters))
        return str(tmp_path / "delårsrapport"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    said = []
    page.message.connect(said.append)
    page.choose_kind("uppfoljning")
    page.period.setCurrentIndex(page.period.findData("Delårsrapport"))
    assert page.word_button.isEnabled() and page.word_button.text() == "Spara som Word…"
    qtbot.mouseClick(page.word_button, Qt.MouseButton.LeftButton)
    assert not page.word_button.isEnabled() and not page.make_button.isEnabled()  # one report at a time
    qtbot.waitUntil(lambda: page.word_run is None, timeout=60000)
    assert asked == [("Spara som Word", "Uppföljning 2026.docx", "Word-dokument (*.docx)")]
    target = tmp_path / "delårsrapport.docx"
    assert said == [f"Rapporten sparades som Word i {target}"]
    document = Document(target)
    assert [p.text for p in document.paragraphs if p.style.name == "Title"] == ["Uppföljning 2026"]
    assert any(p.text == "Delårsrapport" for p in document.paragraphs)  # the period chosen on the page
    assert any(p.style.name == "Heading 1" for p in document.paragraphs)
    assert page.word_button.isEnabled() and page.make_button.isEnabled()


def test_the_reports_drawn_page_by_page_are_not_offered_as_word(page, qtbot, monkeypatch, tmp_path):
    for kind in ("nulageskoll", "arshjul"):
        page.choose_kind(kind)
        assert not page.word_button.isEnabled() and "bara sparas som PDF" in page.word_button.toolTip()
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append((title, text)))
    run = page.save_word(tmp_path / "hjul")  # had it been asked for: refused, and said why
    with qtbot.waitSignal(run.finished, timeout=60000):
        pass
    assert len(warned) == 1 and warned[0][0] == "Spara som Word"
    assert "”Årshjul” ritas sida för sida och kan inte skrivas som Word-fil" in warned[0][1]
    assert not (tmp_path / "hjul.docx").exists() and not (tmp_path / "hjul").exists()
    page.choose_kind("verksamhetsplan")
    assert page.word_button.isEnabled() and "samma rubriker" in page.word_button.toolTip()
