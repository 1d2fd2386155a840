"""The window in English: on every page, every label, button, action, tab, group box and table header
that comes from the catalogue is English. The plan's own words (goal titles, unit and level names,
rings, periods: the demo plan is Swedish) are taken out first; what is left must have no Swedish in it."""

from __future__ import annotations

import re
import sqlite3

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTabBar,
    QWidget,
)

# Words that never stand in correct English (whole words, any case).
SWEDISH_WORDS = {"och", "inte", "är", "finns", "lägg", "till", "ta", "bort", "välj", "spara", "skapa", "sök", "enhet",
                 "enheter", "perioden", "period", "rapport", "rapporter", "mål", "uppdrag", "nämnd", "nämnder",
                 "styrmodell", "styrmodellen", "årshjul", "årshjulet", "eller", "för", "med", "på", "av", "ingen",
                 "inga", "saknas", "visa", "ny", "nytt", "nya", "öppna", "stäng", "ändra", "kopiera", "klistra",
                 "indikatorer", "uppföljning", "verksamhetsplan", "nulägeskoll", "förvaltning", "avdelningar", "ej"}
SWEDISH_WORDS -= {"period"}  # English too
LANGUAGE_NAMES = ("Svenska",)  # the language menu names each language in itself


def _plan_words(path) -> list[str]:
    """Every text the plan file holds (titles, names, descriptions …), longest first."""
    words: set[str] = set()
    with sqlite3.connect(path) as db:
        for (table,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
            columns = [row[1] for row in db.execute(f"PRAGMA table_info('{table}')")]
            for row in db.execute(f"SELECT * FROM '{table}'"):
                words |= {value.strip() for value in row if isinstance(value, str) and value.strip()}
            del columns
    return sorted(words, key=len, reverse=True)


def _texts(window: QWidget) -> set[str]:
    """The visible words of the frame: labels, buttons, group boxes, tabs, headers, combo items, actions."""
    found: set[str] = set()
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel):
            found.add(widget.text())
        elif isinstance(widget, QAbstractButton):
            found |= {widget.text(), widget.toolTip()}
        elif isinstance(widget, QGroupBox):
            found.add(widget.title())
        elif isinstance(widget, QTabBar):
            found |= {widget.tabText(i) for i in range(widget.count())}
        elif isinstance(widget, QLineEdit):
            found.add(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            found |= {widget.itemText(i) for i in range(widget.count())}
        elif isinstance(widget, QListWidget):  # the sidebar, the report kinds
            found |= {widget.item(i).text() for i in range(widget.count())}
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            found |= {str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                      for c in range(model.columnCount(QModelIndex()))}
    for action in window.findChildren(QAction):
        found |= {action.text(), action.toolTip(), action.statusTip()}
    return {text for text in found if text and text.strip()}


def _swedish(text: str, plan_words: list[str]) -> set[str]:
    text = re.sub(r"<[^>]+>", " ", text)  # rich text
    for word in plan_words:  # as written, or lower case inside a sentence ("Under övergripande mål")
        text = re.sub(re.escape(word), " ", text, flags=re.IGNORECASE)
    for name in LANGUAGE_NAMES:
        text = text.replace(name, " ")
    found = {word for word in re.findall(r"[A-Za-zÅÄÖåäö]+", text.lower()) if word in SWEDISH_WORDS}
    found |= {"t.o.m."} if "t.o.m." in text else set()
    return found | ({"å/ä/ö"} if re.search("[åäöÅÄÖ]", text) else set())


@pytest.fixture
def english(qapp, swedish):
    """The window in English, as a person who chose English starts it; Swedish again afterwards."""
    from styrapp.ui.app import install_translations

    install_translations(qapp, "en")
    try:
        yield qapp
    finally:
        install_translations(qapp, "sv")


def test_every_page_of_the_english_window_is_english(qtbot, english, demo_path):
    from styrapp.ui.main_window import MainWindow
    from styrapp.ui.pages.registry import PAGE_KEYS

    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.open_plan_file(demo_path)
    qtbot.waitUntil(lambda: window.overview.title.text() != "")
    plan_words = _plan_words(demo_path)
    wrong: dict[str, dict[str, set[str]]] = {}
    seen = 0
    try:
        for key in PAGE_KEYS:
            window.show_page(key)
            qtbot.wait(50)
            texts = _texts(window)
            seen += len(texts)
            bad = {text: _swedish(text, plan_words) for text in texts}
            bad = {text: words for text, words in bad.items() if words}
            if bad:
                wrong[key] = bad
    finally:
        window.close()
    assert seen > 300  # the scan does find the words
    assert wrong == {}
    assert "The red thread</b> – 4 findings" in window.overview.findings_title.text()  # not "2 finding(s)"


def test_the_english_windows_dialogs_are_english(qtbot, english, demo_path):
    """Organisation, governance model, status rules and the new-plan wizard, shown in English."""
    from styrapp.ui.main_window import MainWindow
    from styrapp.ui.new_plan_wizard import NewPlanWizard
    from styrapp.ui.organisation_dialog import OrganisationDialog
    from styrapp.ui.status_rules_dialog import StatusRulesDialog
    from styrapp.ui.styrmodell_dialog import StyrmodellDialog

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.open_plan_file(demo_path)
    plan_words = _plan_words(demo_path)
    wrong = {}
    try:
        for make in (lambda: OrganisationDialog(window.document, window), lambda: StyrmodellDialog(window.document, window),
                     lambda: StatusRulesDialog(window.document, window), lambda: NewPlanWizard(window)):
            dialog = make()
            dialog.show()
            qtbot.wait(20)
            texts = _texts(dialog) | {dialog.windowTitle()}
            bad = {text: _swedish(text, plan_words) for text in texts}
            wrong |= {text: words for text, words in bad.items() if words}
            dialog.close()
    finally:
        window.close()
    assert wrong == {}
