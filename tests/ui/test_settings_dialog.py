"""Redigera → Inställningar…: each option typed in ui/settings.py with its default (a bad stored value falls
back to it), changed in the dialog as a person does, kept on OK, and its effect seen where it acts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QFileDialog

from styrapp.ui.settings import Settings
from styrapp.ui.settings_dialog import SettingsDialog
from styrapp.ui.theme import apply_theme, current_theme


@pytest.fixture(autouse=True)
def standard_theme_after(qapp):
    yield
    apply_theme(qapp, "standard")


def test_each_option_has_its_default_and_a_bad_stored_value_falls_back_to_it(tmp_path):
    settings = Settings()
    assert (settings.theme, settings.report_paper, settings.report_language, settings.plans_folder) == \
        ("standard", "A4", "sv", "")
    assert (settings.backup_minutes, settings.backups_kept) == (10, 10)
    store = QSettings()
    for key, bad in (("ui/theme", "neon"), ("reports/paper", "A5"), ("reports/language", "fi"),
                     ("files/plans_folder", "relative/folder"), ("backups/minutes", "0"), ("backups/kept", "1000"),
                     ("backups/minutes", "often")):
        store.setValue(key, bad)
        assert getattr(settings, {"ui/theme": "theme", "reports/paper": "report_paper",
                                  "reports/language": "report_language", "files/plans_folder": "plans_folder",
                                  "backups/minutes": "backup_minutes", "backups/kept": "backups_kept"}[key]) == \
            {"ui/theme": "standard", "reports/paper": "A4", "reports/language": "sv", "files/plans_folder": "",
             "backups/minutes": 10, "backups/kept": 10}[key], key
    with pytest.raises(ValueError):
        settings.theme = "neon"
    with pytest.raises(ValueError):
        settings.backups_kept = 0
    assert settings.backups_kept == 10  # the refused value was not stored
    # A folder that has gone: new plans start in Documents again.
    settings.plans_folder = str(tmp_path / "gone")
    assert settings.new_plans_folder() != tmp_path / "gone"


def test_every_option_is_changed_in_the_dialog_and_kept_on_ok(qtbot, swedish, tmp_path, monkeypatch):
    settings = Settings()
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.theme.setCurrentIndex(dialog.theme.findData("high_contrast"))
    dialog.minutes.setValue(5)
    dialog.kept.setValue(30)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    qtbot.mouseClick(dialog.browse, Qt.MouseButton.LeftButton)
    assert dialog.folder.text() == str(tmp_path)
    dialog.paper.setCurrentIndex(dialog.paper.findData("A3"))
    dialog.report_language.setCurrentIndex(dialog.report_language.findData("en"))
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    kept = Settings()
    assert (kept.language, kept.theme, kept.backup_minutes, kept.backups_kept) == ("en", "high_contrast", 5, 30)
    assert (kept.plans_folder, kept.report_paper, kept.report_language) == (str(tmp_path.resolve()), "A3", "en")
    # The colours change at once: the whole program is black with white text.
    assert current_theme() == "high_contrast"
    palette = QApplication.instance().palette()
    assert palette.color(QPalette.ColorRole.Window).name() == "#000000"
    assert palette.color(QPalette.ColorRole.WindowText).name() == "#ffffff"


def test_a_folder_that_does_not_exist_is_refused_and_nothing_is_kept(qtbot, swedish, tmp_path):
    settings = Settings()
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.minutes.setValue(7)
    dialog.folder.clear()
    qtbot.keyClicks(dialog.folder, str(tmp_path / "no such folder"))
    dialog.accept()
    assert dialog.isVisible() and dialog.error.isVisible() and "no such folder" in dialog.error.text()
    assert Settings().backup_minutes == 10 and Settings().plans_folder == ""
    qtbot.keyClick(dialog.folder, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dialog.folder, Qt.Key.Key_Delete)  # empty: the Documents folder
    dialog.accept()
    assert not dialog.isVisible() and Settings().backup_minutes == 7 and Settings().plans_folder == ""


def test_new_plans_and_copies_start_in_the_chosen_folder(qtbot, swedish, tmp_path, monkeypatch):
    from styrapp.ui.new_plan_wizard import NewPlanWizard

    Settings().plans_folder = str(tmp_path)
    wizard = NewPlanWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.organisation_page.name.setText("Testkommun")
    wizard.organisation_page.year.setValue(2027)
    wizard.next()
    wizard.next()
    assert wizard.file_page.path.text() == str(tmp_path / "Testkommun 2027.styrplan")


def test_a_copy_is_saved_starting_in_the_chosen_folder(window, tmp_path, monkeypatch):
    Settings().plans_folder = str(tmp_path)
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda _p, _t, folder, _f: (asked.append(folder), ("", ""))[1])
    window.actions["file.save_copy"].trigger()
    assert asked == [str(tmp_path)]


def test_the_reports_page_starts_with_the_chosen_paper_and_language(qtbot, swedish, demo_path):
    from tests.ui.conftest import open_window

    settings = Settings()
    settings.report_paper = "A3"
    settings.report_language = "en"
    window = open_window(qtbot, demo_path)  # the demo plan keeps no report language of its own
    window.show_page("reports")
    page = window.reports
    page.choose_kind("arshjul")
    assert page.size.currentText() == "A3"
    assert page.language.currentData() == "en"
    # The person chooses Swedish on the page: kept in the plan, and shown so while the default is English.
    page.language.setCurrentIndex(page.language.findData("sv"))
    page.choose_kind("verksamhetsplan")
    assert page.language.currentData() == "sv"
    window.close()


def test_the_language_chosen_in_settings_is_ticked_in_the_view_menu(window, monkeypatch):
    def person_chooses_english(dialog):
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        dialog.accept()
        return True

    monkeypatch.setattr(SettingsDialog, "exec", person_chooses_english)
    window.actions["edit.settings"].trigger()
    assert Settings().language == "en"
    assert window.actions["view.language_en"].isChecked() and not window.actions["view.language_sv"].isChecked()
