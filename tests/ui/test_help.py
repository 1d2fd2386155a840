"""Hjälp: the handbook in both languages, its window, F1 on every page, Om styrapp, and a tooltip on every
button a person can press."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QAbstractButton, QApplication, QCheckBox, QRadioButton, QTabWidget, QToolBar

from styrapp.paths import docs_dir
from styrapp.ui.help_window import INDEX, HelpWindow, chapters
from styrapp.ui.pages.registry import HELP_CHAPTERS, PAGE_KEYS

LINK = re.compile(r"\]\(([^)#\s]+)\)")


def files(folder: str) -> set[str]:
    return {p.name for p in (docs_dir() / folder).glob("*.md")}


def test_every_chapter_is_in_both_languages_and_every_page_has_one():
    assert files("handbok") == files("handbook")
    assert len(files("handbok")) >= 15 and INDEX in files("handbok")
    assert set(HELP_CHAPTERS) == set(PAGE_KEYS)
    for chapter in HELP_CHAPTERS.values():
        assert chapter in files("handbok") and chapter in files("handbook")


@pytest.mark.parametrize("folder", ["handbok", "handbook"])
def test_every_link_and_picture_in_the_handbook_leads_somewhere(folder):
    for path in (docs_dir() / folder).glob("*.md"):
        for target in LINK.findall(path.read_text(encoding="utf-8")):
            if not target.startswith("http"):
                assert (path.parent / target).resolve().is_file(), f"{path.name}: {target}"


@pytest.mark.parametrize("language", ["sv", "en"])
def test_the_help_window_shows_each_chapter_and_follows_links_between_them(qtbot, language):
    window = HelpWindow(language)
    qtbot.addWidget(window)
    window.show()
    listed = chapters(language)
    assert window.contents.count() == len(listed) == len(files("handbok"))
    for row, chapter in enumerate(listed):
        window.contents.setCurrentRow(row)
        window._chosen(window.contents.item(row))
        assert window.current_file() == chapter.file
        assert chapter.title in window.browser.toPlainText()
    window.show_chapter(INDEX)
    window.follow(QUrl("04-mal.md"))  # a link of the contents, as the browser hands it over
    assert window.current_file() == "04-mal.md"
    assert window.contents.currentItem().data(Qt.ItemDataRole.UserRole) == "04-mal.md"
    window.back.trigger()
    assert window.current_file() == INDEX
    window.forward.trigger()
    assert window.current_file() == "04-mal.md"
    # a picture is loaded, no wider than the text
    image = window.browser.loadResource(2, QUrl.fromLocalFile(str(docs_dir() / "screenshots" / "mal.png")))
    assert 0 < image.width() <= window.browser.viewport().width()


def test_find_in_a_chapter(qtbot):
    window = HelpWindow("sv")
    qtbot.addWidget(window)
    window.show()
    window.show_chapter("07-arshjul.md")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.browser, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.find_bar.isVisible()
    window.find_field.setText("Outlook")
    assert window.browser.textCursor().selectedText() == "Outlook"
    window.find_field.setText("ordsomintefinns")
    assert window.find_note.text() != ""


def test_f1_on_each_page_opens_its_chapter(qtbot, window):
    for key in PAGE_KEYS:
        window.show_page(key)
        qtbot.keyClick(window, Qt.Key.Key_F1)
        assert window.help_window.isVisible()
        assert window.help_window.current_file() == HELP_CHAPTERS[key], key
    window.help_window.close()
    window.actions["help.handbook"].trigger()
    assert window.help_window.current_file() == INDEX


def test_about_lists_the_licences_and_the_folders(qtbot, swedish, tmp_path):
    from styrapp.ui.about_dialog import AboutDialog

    dialog = AboutDialog(None, tmp_path / "logs", tmp_path / "backups")
    qtbot.addWidget(dialog)
    names = {dialog.table.item(row, 0).text(): dialog.table.item(row, 2).text() for row in range(dialog.table.rowCount())}
    assert "LGPL" in names["PySide6"]
    assert "BSD" in names["reportlab"]
    assert "pytest" not in names  # a tool for the tests is not shipped
    text = dialog.folders.text()
    assert QUrl.fromLocalFile(str(tmp_path / "logs")).toString() in text
    assert QUrl.fromLocalFile(str(tmp_path / "backups")).toString() in text
    dialog.copy_button.click()
    copied = QApplication.clipboard().text()
    assert "reportlab" in copied and str(tmp_path / "backups") in copied


def test_every_button_on_every_page_says_what_it_does(qtbot, window):
    silent = []
    for key in PAGE_KEYS:
        window.show_page(key)
        page = window.pages[key]
        tabs = page.findChildren(QTabWidget)
        for tab, index in [(t, i) for t in tabs for i in range(t.count())] or [(None, 0)]:
            if tab is not None:
                tab.setCurrentIndex(index)
            for button in page.findChildren(QAbstractButton):
                if isinstance(button, (QCheckBox, QRadioButton)) or not (button.isVisible() and button.isEnabled()):
                    continue
                if not button.toolTip():
                    silent.append(f"{key}: {button.text() or button.objectName()}")
    for bar in window.findChildren(QToolBar):
        for action in bar.actions():
            if type(action).__name__ == "QAction" and not action.isSeparator() and action.isVisible() and not action.toolTip():
                silent.append(f"toolbar: {action.text()}")
    assert silent == []
