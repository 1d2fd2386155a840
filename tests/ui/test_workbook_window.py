"""Arkiv → Exportera… and Arkiv → Importera… with the whole-plan workbook, as a person uses them."""

from __future__ import annotations

from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog, QMessageBox

from styrapp.exchange.workbook_layout import SHEETS
from styrapp.models.queries.node_rows import read_tree


def _menu_texts(window, title: str) -> list[str]:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == title)
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def test_arkiv_exportera_writes_the_whole_plan(window, qtbot, monkeypatch, tmp_path):
    texts = _menu_texts(window, "&Arkiv")
    assert texts.index("&Exportera…") == texts.index("&Importera…") + 1
    target = tmp_path / "vår plan"  # typed without the extension
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kw: (str(target), ""))
    runs = []
    original = window.export_workbook
    monkeypatch.setattr(window, "export_workbook", lambda path: runs.append(original(path)) or runs[-1])
    window.actions["file.export"].trigger()
    with qtbot.waitSignal(runs[0].finished, timeout=20000) as blocker:
        pass
    assert blocker.args == [True]
    written = tmp_path / "vår plan.xlsx"
    assert load_workbook(written, read_only=True).sheetnames == list(SHEETS)
    assert window.statusBar().currentMessage() == f"Planen exporterades till {written}"


def test_importing_a_workbook_in_the_window_is_one_undo_step(window, qtbot, monkeypatch, tmp_path):
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(text))
    plan = window.document.plan
    path = tmp_path / "plan.xlsx"
    run = window.export_workbook(path)
    with qtbot.waitSignal(run.finished, timeout=20000):
        pass
    book = load_workbook(path)
    goals = book["Mål"]
    header = [c.value for c in goals[1]]
    before = read_tree(plan, "goals").rows[0].title
    goals.cell(2, header.index("Titel") + 1).value = "Ett mål med nytt namn från Excel"
    goals.append({header.index("Nivå") + 1: "Övergripande mål", header.index("Titel") + 1: "Ett nytt mål från Excel"})
    book.save(path)
    depth = window.document.undo_stack.count()
    run = window.import_file(path)
    with qtbot.waitSignal(run.finished, timeout=20000) as blocker:
        pass
    assert blocker.args == [True]
    assert "Mål: 1 nya, 1 ändrade, 14 oförändrade." in shown[0] and "Ångra" in shown[0]
    titles = [r.title for r in read_tree(plan, "goals").rows]
    assert "Ett mål med nytt namn från Excel" in titles and "Ett nytt mål från Excel" in titles
    assert window.document.undo_stack.count() == depth + 1
    window.document.undo_stack.undo()  # one step takes the whole import back
    titles = [r.title for r in read_tree(plan, "goals").rows]
    assert titles[0] == before and "Ett nytt mål från Excel" not in titles


def test_a_refused_workbook_in_the_window_names_the_cell_and_changes_nothing(window, qtbot, monkeypatch, tmp_path):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    path = tmp_path / "plan.xlsx"
    run = window.export_workbook(path)
    with qtbot.waitSignal(run.finished, timeout=20000):
        pass
    book = load_workbook(path)
    book["Uppdrag"]["F2"] = "Nämnden som inte finns"
    book.save(path)
    depth = window.document.undo_stack.count()
    run = window.import_file(path)
    with qtbot.waitSignal(run.finished, timeout=20000) as blocker:
        pass
    assert blocker.args == [False]
    assert "Uppdrag!F2" in shown[0] and "Inget har ändrats" in shown[0]
    assert window.document.undo_stack.count() == depth


def test_exportera_waits_for_a_plan(window):
    window.actions["file.close"].trigger()
    assert not window.actions["file.export"].isEnabled()
