"""Accessibility of the window (WCAG 2.1 AA where it applies to a desktop program): every control on every
page and in every dialog the menus open has an accessible name (tests/ui/accessible.py says the rule); Tab
goes from the sidebar into the page and through it in reading order, never back to the sidebar midway;
the årshjul's events are a list a screen reader reads, linked to the wheel; a chart says what the PDF's
alternative text says."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialog

from tests.ui.accessible import unnamed_controls

MENU_DIALOGS = ("plan.details", "plan.organisation", "plan.styrmodell", "plan.status_rules", "plan.periods",
                "plan.rollover", "edit.settings", "file.new", "file.restore", "file.fetch_goals")


def test_every_control_on_every_page_has_an_accessible_name(window, qtbot):
    missing = {}
    for key in window.page_keys:
        window.show_page(key)
        window.catch_up(key)
        QApplication.processEvents()
        page = window.pages[key]
        found = unnamed_controls(page)
        if found:
            missing[key] = found
    window.show_page("goals")
    missing["window"] = [w for w in unnamed_controls(window) if "QStackedWidget" not in w]  # sidebar, toolbar
    found = [f"{key}: {w}" for key, widgets in missing.items() for w in widgets]
    assert found == [], "\n".join(found)


def test_every_dialog_the_menus_open_names_its_controls(window, qtbot, monkeypatch):
    seen: dict[str, list[str]] = {}

    def look(dialog):
        dialog.show()
        QApplication.processEvents()
        seen[type(dialog).__name__] = unnamed_controls(dialog)
        dialog.close()
        return 0

    monkeypatch.setattr(QDialog, "exec", look)
    for key in MENU_DIALOGS:
        window.actions[key].trigger()
    assert len(seen) == len(MENU_DIALOGS)
    found = [f"{key}: {w}" for key, widgets in seen.items() for w in widgets]
    assert found == [], "\n".join(found)
