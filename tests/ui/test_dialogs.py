"""Organisation and styrmodell editors, the new-plan wizard, and the person's settings."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from sqlalchemy import select

from styrapp.models.file.plan_file import open_plan
from styrapp.models.queries.summary import summarise
from styrapp.models.tables import GovernanceLevel, Node, OrgUnit
from styrapp.ui.new_plan_wizard import NewPlanWizard, default_year
from styrapp.ui.organisation_dialog import OrganisationDialog
from styrapp.ui.settings import MAX_RECENT, Settings
from styrapp.ui.styrmodell_dialog import StyrmodellDialog

from .helpers import type_text


def units(plan):
    with plan.session() as session:
        return {u.id: u for u in session.execute(select(OrgUnit)).scalars()}


def test_organisation_editor_adds_renames_moves_deletes_and_undoes(window, qtbot, monkeypatch):
    plan = window.document.plan
    dialog = OrganisationDialog(window.document, window)
    qtbot.addWidget(dialog)
    dialog.show()
    before = units(plan)
    administration = dialog.model.children_of(dialog.model.children_of(None)[0])[0]
    dialog.view.setCurrentIndex(dialog.model.index_of(administration))
    dialog.add(beneath=True)
    new_id = max(units(plan))
    assert units(plan)[new_id].parent_id == administration
    editor = dialog.view.viewport().findChild(QLineEdit)
    editor.selectAll()
    type_text(qtbot, editor, "Kundtjänst")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert units(plan)[new_id].name == "Kundtjänst"
    dialog.manager.setFocus()
    type_text(qtbot, dialog.manager, "Kundtjänstchef")
    qtbot.keyClick(dialog.manager, Qt.Key.Key_Return)
    assert units(plan)[new_id].manager == "Kundtjänstchef"
    # Drag the new unit onto the board: it moves there.
    board = dialog.model.children_of(None)[0]
    mime = dialog.model.mimeData([dialog.model.index_of(new_id)])
    assert dialog.model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, dialog.model.index_of(board))
    assert units(plan)[new_id].parent_id == board
    assert dialog.model.parent_of(new_id) == board
    # Delete a department that owns activities: they stay, without owner; undo gives them back.
    department = next(u.id for u in units(plan).values() if u.name == "Gata och park")
    with plan.session() as session:
        owned = set(session.execute(select(Node.id).where(Node.owner_unit_id == department)).scalars())
    assert owned
    dialog.view.setCurrentIndex(dialog.model.index_of(department))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.delete()
    assert department not in units(plan)
    with plan.session() as session:
        assert all(session.get(Node, n).owner_unit_id is None for n in owned)
    window.actions["edit.undo"].trigger()
    assert units(plan)[department].name == "Gata och park"
    with plan.session() as session:
        assert all(session.get(Node, n).owner_unit_id == department for n in owned)
    window.show_page("goals")  # the goal tree shows the owner again
    assert window.goals.model.row_data(next(iter(owned))).owner == "Gata och park"
    assert set(units(plan)) == set(before) | {new_id}
    dialog.close()


def test_an_empty_unit_name_is_refused_in_the_dialog(window, qtbot):
    dialog = OrganisationDialog(window.document, window)
    qtbot.addWidget(dialog)
    first = dialog.model.children_of(None)[0]
    dialog.view.setCurrentIndex(dialog.model.index_of(first))
    dialog.name.setText("  ")
    dialog.name.commit()
    assert "måste fyllas i" in dialog.refusal.text()
    assert units(window.document.plan)[first].name == "Förbundsdirektionen"


def test_styrmodell_renames_recolours_and_refuses_to_remove_a_level_in_use(window, qtbot, monkeypatch):
    plan = window.document.plan
    dialog = StyrmodellDialog(window.document, window)
    qtbot.addWidget(dialog)
    dialog.show()
    activity_row = next(i for i, r in enumerate(dialog.model.rows) if r.name == "Aktivitet")
    index = dialog.model.index(activity_row, 0)
    dialog.table.setCurrentIndex(index)
    dialog.table.edit(index)
    editor = dialog.table.viewport().findChild(QLineEdit)
    editor.selectAll()
    type_text(qtbot, editor, "Årsaktivitet")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    with plan.session() as session:
        level = session.execute(select(GovernanceLevel).where(GovernanceLevel.name == "Årsaktivitet")).scalar_one()
    window.show_page("goals")
    goals = window.goals.model
    assert goals.row_data(goals.children_of(goals.children_of(None)[0])[0]).level_name == "Årsaktivitet"
    monkeypatch.setattr("PySide6.QtWidgets.QColorDialog.getColor", lambda *a, **k: __import__("PySide6.QtGui", fromlist=["QColor"]).QColor("#123456"))
    dialog.choose_colour()
    with plan.session() as session:
        assert session.get(GovernanceLevel, level.id).colour == "#123456"
    dialog.delete_level()
    assert "används av 10 noder" in dialog.refusal.text()
    with plan.session() as session:
        assert session.get(GovernanceLevel, level.id) is not None
    # Add a level under Uppdrag, remove it (nothing uses it), undo the removal.
    dialog.new_name.setText("Delprojekt")
    dialog.new_kind.setCurrentIndex(dialog.new_kind.findData("activity"))
    dialog.new_parent.setCurrentIndex(next(i for i in range(dialog.new_parent.count())
                                           if dialog.new_parent.itemText(i) == "Under uppdrag"))
    assert dialog.add_level()
    row = next(i for i, r in enumerate(dialog.model.rows) if r.name == "Delprojekt")
    assert dialog.model.rows[row].under == ("Uppdrag",)
    dialog.table.setCurrentIndex(dialog.model.index(row, 0))
    dialog.delete_level()
    assert all(r.name != "Delprojekt" for r in dialog.model.rows)
    window.actions["edit.undo"].trigger()
    assert any(r.name == "Delprojekt" for r in dialog.model.rows)
    dialog.close()


def test_new_plan_wizard_writes_a_plan_from_the_chosen_template(qtbot, swedish, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    wizard = NewPlanWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.organisation_page
    type_text(qtbot, page.name, "Askersunds kommun")
    page.year.setValue(2027)
    wizard.next()
    wizard.template_page.list.setCurrentRow(wizard.template_page.list.count() - 2)  # askersund
    wizard.next()
    target = tmp_path / "plans" / "Askersund 2027.styrplan"
    wizard.file_page.path.setText(str(target))
    wizard.accept()  # Slutför
    assert shown == []
    assert wizard.created == target
    with open_plan(target, read_only=True) as plan:
        summary = summarise(plan)
    assert summary.organisation == "Askersunds kommun" and summary.year == 2027
    assert summary.template == "askersund"


def test_new_plan_wizard_refuses_to_overwrite_a_plan(qtbot, swedish, tmp_path, monkeypatch, demo_path):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    wizard = NewPlanWizard()
    qtbot.addWidget(wizard)
    wizard.organisation_page.name.setText("Testkommun")
    wizard.next()
    wizard.next()
    wizard.file_page.path.setText(str(demo_path))
    before = demo_path.read_bytes()
    assert wizard.file_page.validatePage() is False
    assert shown and "finns redan" in shown[0] and "--force" not in shown[0]
    assert demo_path.read_bytes() == before


def test_default_year_is_next_year_from_july():
    from datetime import date

    assert default_year(date(2026, 3, 1)) == 2026
    assert default_year(date(2026, 11, 22)) == 2027


def test_settings_are_typed_with_defaults_and_survive_bad_values(tmp_path):
    settings = Settings()
    assert settings.language == "sv" and settings.recent_files == [] and settings.last_page == "overview"
    store = QSettings()
    store.setValue("ui/language", "klingon")
    store.setValue("files/recent", "{not json")
    store.setValue("window/page", "x")
    assert settings.language == "sv" and settings.recent_files == [] and settings.last_page == "overview"
    settings.language = "en"
    assert Settings().language == "en"
    for i in range(MAX_RECENT + 3):
        path = tmp_path / f"plan{i}.styrplan"
        path.write_text("")
        settings.add_recent(path)
    assert len(settings.recent_files) == MAX_RECENT
    assert settings.recent_files[0].endswith("plan10.styrplan")
    (tmp_path / "plan10.styrplan").unlink()
    assert all(p.exists() for p in settings.existing_recent())
    settings.set_splitter("x", QByteArray(b"abc"))
    assert settings.splitter("x") == QByteArray(b"abc")


def test_window_geometry_and_page_are_kept(window, demo_path, swedish, qtbot):
    from styrapp.ui.main_window import MainWindow

    window.show_page("assignments")
    window.close()
    assert Settings().geometry == window.saveGeometry()
    again = MainWindow()
    qtbot.addWidget(again)
    again.open_plan_file(demo_path)
    assert again.current_page() is again.assignments
    again.close()


def test_english_is_selectable_and_kept(window, monkeypatch):
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    window.actions["view.language_en"].trigger()
    assert Settings().language == "en"
    assert window.actions["view.language_en"].isChecked() and not window.actions["view.language_sv"].isChecked()


def test_status_rules_change_the_traffic_lights_and_undo(window, qtbot):
    from styrapp.models.queries.plan_settings import get_setting
    from styrapp.models.queries.plan_status import indicator_statuses
    from styrapp.models.rules.plan_settings import STATUS_YELLOW_PROGRESS
    from styrapp.ui.status_rules_dialog import StatusRulesDialog

    plan = window.document.plan
    before = {i: r.status for i, r in indicator_statuses(plan).items()}
    dialog = StatusRulesDialog(window.document, window)
    qtbot.addWidget(dialog)
    assert dialog.progress.value() == 50
    dialog.progress.setValue(90)
    dialog.progress.editingFinished.emit()
    assert get_setting(plan, STATUS_YELLOW_PROGRESS) == 0.9
    after = {i: r.status for i, r in indicator_statuses(plan).items()}
    assert after != before  # "Nöjd kund-index" was 57 % of the way: yellow at 50 %, red at 90 %
    window.actions["edit.undo"].trigger()
    assert get_setting(plan, STATUS_YELLOW_PROGRESS) == 0.5
    assert {i: r.status for i, r in indicator_statuses(plan).items()} == before


def test_backups_are_made_on_open_and_while_editing_and_one_is_put_back(window, qtbot, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    from styrapp.models.file.backups import backups_of
    from styrapp.models.queries.summary import summarise
    from styrapp.ui import commands
    from styrapp.ui.restore_dialog import RestoreDialog

    folder = tmp_path / "backups"
    plan_path = window.document.plan.path
    assert len(backups_of(plan_path, folder)) == 1  # made as the plan opened
    window._backup_if_changed()
    assert len(backups_of(plan_path, folder)) == 1  # nothing changed: no new copy
    window.show_page("goals")
    goal = window.goals.model.children_of(None)[0]
    window.document.run(commands.DeleteNode("mål", goal))
    window._backup_if_changed()  # the timer's turn
    copies = backups_of(plan_path, folder)
    assert len(copies) == 2 and copies[0].counts["goals"] == copies[1].counts["goals"] - 1
    dialog = RestoreDialog(window, folder)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2 and dialog.table.item(1, 1).text() == "5"
    dialog.table.selectRow(1)  # the copy made as it opened
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.put_back()
    assert window.document is not None and summarise(window.document.plan).counts["goals"] == 5
    assert len(backups_of(plan_path, folder)) >= 3  # the plan as it was just before is a backup too


def test_the_backup_settings_are_changed_in_settings_and_take_effect_at_once(window, qtbot, monkeypatch):
    from styrapp.ui.settings import Settings
    from styrapp.ui.settings_dialog import SettingsDialog

    assert window.actions["edit.settings"].shortcut().toString() == "Ctrl+,"
    assert window._backup_timer.interval() == 10 * 60_000

    def person_changes_them(dialog):
        assert (dialog.minutes.value(), dialog.kept.value()) == (10, 10)
        dialog.minutes.setValue(3)
        dialog.kept.setValue(25)
        dialog.accept()
        return True

    monkeypatch.setattr(SettingsDialog, "exec", person_changes_them)
    window.actions["edit.settings"].trigger()
    assert (Settings().backup_minutes, Settings().backups_kept) == (3, 25)
    assert window._backup_timer.interval() == 3 * 60_000  # the new pace at once
