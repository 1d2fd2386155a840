"""Starting the app: the window opens a plan, every page can be visited, bad files give a message."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from styrapp.models.errors import NotAPlan
from styrapp.ui.main_window import MainWindow
from styrapp.ui.pages.registry import PAGE_KEYS
from styrapp.ui.settings import Settings

ROOT = Path(__file__).resolve().parents[2]


def test_window_shows_the_demo_overview(window, demo_path):
    overview = window.overview
    assert "Norra Västmanlands Kommunalteknikförbund" in overview.title.text()
    assert overview.count_labels["goals"].text() == "5"
    assert overview.count_labels["assignments"].text() == "3"
    assert "●" in overview.status_labels["goals"].text()
    assert overview.findings.count() == 4  # two notes, and two units whose forecast exceeds the frame
    assert "Röda tråden</b> – 4 anmärkningar" in overview.findings_title.text()  # the plural in Swedish too
    assert Settings().last_file == str(demo_path.resolve())
    assert window.windowTitle() == "Verksamhetsplan 2026 · Norra Västmanlands Kommunalteknikförbund – demo.styrplan – styrapp"


def test_every_page_can_be_visited_by_clicking_the_sidebar(window, qtbot):
    for row, key in enumerate(PAGE_KEYS):
        item = window.sidebar.item(row)
        rect = window.sidebar.visualItemRect(item)
        qtbot.mouseClick(window.sidebar.viewport(), qtbot_button(), pos=rect.center())
        assert window.current_page() is window.pages[key]
    assert window.indicators.model.rowCount() == 11
    assert len(window.follow_up.node_ids()) == 23  # 5 goals, 10 aktiviteter, 3 uppdrag, 5 åtgärder
    assert window.wheel.list.model.rowCount() == 10
    assert window.control.risks.rowCount() == 6
    assert window.reports.kinds.count() == 7
    assert [window.sidebar.item(r).text() for r in range(window.sidebar.count())] == [
        "Översikt", "Mål", "Uppdrag", "Indikatorer", "Uppföljning", "Årshjul", "Intern kontroll", "Ekonomi", "Nulägeskoll",
        "Styrdokument", "Rapporter"]


def qtbot_button():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_menus_are_swedish(window):
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&Arkiv", "&Redigera", "&Plan", "&Visa", "&Hjälp"]
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions() if not a.isSeparator()]
    assert texts == ["&Ny plan från mall…", "&Öppna…", "&Senaste", "Spara &kopia som…", "&Importera…",
                     "&Exportera…", "&Hämta mål från uppdragsgivarens plan…",
                     "Åte&rställ från säkerhetskopia…", "S&täng", "&Avsluta"]
    assert window.actions["edit.undo"].text() == "Ångra"


def test_clicking_a_finding_goes_to_what_it_concerns(window, qtbot):
    from styrapp.ui import commands

    level = window.assignments.model.row_data(window.assignments.model.children_of(None)[0]).level_id
    command = commands.CreateNode("uppdrag", level_id=level, parent_id=None, index=None, title="Uppdrag utan ägare")
    assert window.document.run(command)
    window.show_page("overview")
    items = [window.overview.findings.item(i) for i in range(window.overview.findings.count())]
    target = next(i for i in items if i.data(256).node_id == command.node_id)
    assert "Uppdrag utan ägare" in target.text()
    rect = window.overview.findings.visualItemRect(target)
    qtbot.mouseClick(window.overview.findings.viewport(), qtbot_button(), pos=rect.center())
    assert window.current_page() is window.assignments
    assert window.assignments.view.current_id() == command.node_id


def test_bad_file_keeps_the_open_plan(window, demo_path, tmp_path):
    bad = tmp_path / "bad.styrplan"
    bad.write_text("nej")
    with pytest.raises(NotAPlan):
        window.open_plan_file(bad)
    assert window.document is not None and window.document.plan.path == demo_path


def test_a_plan_open_elsewhere_opens_read_only_with_a_banner(window, demo_master, tmp_path):
    import shutil

    from styrapp.models.file.lock import PlanLock

    path = tmp_path / "delad.styrplan"
    shutil.copyfile(demo_master, path)
    other = PlanLock(path)
    other.acquire()  # another styrapp has it open for editing
    try:
        window.open_plan_file(path)
        assert window.document.plan.path == path and window.document.plan.read_only
        assert window.banner.isVisible()
        assert "Endast läsning" in window.banner.text() and "öppen i styrapp" in window.banner.text()
    finally:
        other.release()
    window.open_plan_file(path)  # let go of there: opening again here edits
    assert not window.document.plan.read_only and not window.banner.isVisible()


@pytest.mark.parametrize("take_over", [True, False])
def test_a_lock_left_by_another_computer_is_taken_over_when_the_person_says_so(window, demo_master, tmp_path,
                                                                                monkeypatch, take_over):
    import shutil

    from styrapp.models.file.lock import lock_path

    path = tmp_path / "natverk.styrplan"
    shutil.copyfile(demo_master, path)
    lock_path(path).write_text('{"user": "anna", "host": "KOMMUN-PC-17", "since": "2026-03-02T09:14:00"}')
    asked = []
    monkeypatch.setattr(window, "ask_take_over", lambda locked: asked.append(str(locked.owner)) or take_over)
    window.open_plan_file(path)
    assert asked == ["av anna på KOMMUN-PC-17 sedan 2026-03-02 09:14"]
    assert window.document.plan.read_only is not take_over
    assert window.banner.isVisible() is not take_over


def test_a_damaged_plan_offers_to_repair_a_copy_and_opens_it(window, demo_master, tmp_path, monkeypatch):
    import hashlib
    import shutil
    import sqlite3

    from PySide6.QtWidgets import QFileDialog

    path = tmp_path / "skadad.styrplan"
    shutil.copyfile(demo_master, path)
    con = sqlite3.connect(path)
    con.execute("UPDATE node SET parent_id = 999 WHERE id = 4")  # a goal whose parent is gone
    con.commit()
    con.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    offered = []
    monkeypatch.setattr(window, "offer_repair", lambda text, **_k: offered.append(text) or "repair")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "lagad"), ""))
    assert window.open_with_dialog(path) is True
    assert "skadad" in offered[0] and "hänvisningar" in offered[0]
    assert "styrapp har inte gjort någon säkerhetskopia av den här planen." in offered[0]
    assert window.document.plan.path == tmp_path / "lagad.styrplan"
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before  # never in place


def test_a_damaged_plan_names_the_newest_backup_and_opens_it_as_a_new_file(window, tmp_path, monkeypatch,
                                                                            demo_master):
    import hashlib
    import shutil
    import sqlite3

    from PySide6.QtWidgets import QFileDialog

    from styrapp.models.file.backups import make_backup

    path = tmp_path / "skadad.styrplan"
    shutil.copyfile(demo_master, path)
    backup = make_backup(path, tmp_path / "backups")  # the tests' backup folder
    con = sqlite3.connect(path)
    con.execute("UPDATE node SET parent_id = 999 WHERE id = 4")
    con.commit()
    con.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    offered = []
    monkeypatch.setattr(window, "offer_repair", lambda text, **k: offered.append((text, k)) or "backup")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "från-kopian"), ""))
    assert window.open_with_dialog(path) is True
    assert backup.name in offered[0][0] and offered[0][1] == {"repair": True, "backup": True}
    assert window.document.plan.path == tmp_path / "från-kopian.styrplan"
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_opening_a_bad_file_from_the_menu_shows_a_message(window, tmp_path, monkeypatch):
    bad = tmp_path / "trasig.styrplan"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 50)
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append((title, text)))
    assert window.open_with_dialog(bad) is False
    assert shown and shown[0][0] == "Planen kunde inte öppnas"
    assert window.document.plan.path.name == "demo.styrplan"


def test_close_shows_the_welcome_page_with_recent_plans(window, demo_path):
    window.actions["file.close"].trigger()
    assert window.document is None
    assert window.current_page() is window.welcome
    assert window.welcome.recent.count() == 1
    assert not window.actions["file.save_copy"].isEnabled()
    window.welcome.recent.itemActivated.emit(window.welcome.recent.item(0))
    assert window.document is not None


def test_save_a_copy_uses_the_backup_api(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from styrapp.models.file.plan_file import open_plan
    from styrapp.models.queries.summary import summarise

    dest = tmp_path / "kopia"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(dest), ""))
    window.actions["file.save_copy"].trigger()
    with open_plan(tmp_path / "kopia.styrplan", read_only=True) as copy:
        assert summarise(copy).counts["goals"] == 5


def _start_on_a_bad_file(tmp_path, language: str | None = None):
    """`styrapp FILE` on a broken file in a child process: the messages its dialogs showed, and how it ended."""
    bad = tmp_path / "trasig.styrplan"
    bad.write_text("inte en plan")
    setting = (f"qapp.setOrganizationName('styrapp'); qapp.setApplicationName('styrapp')\n"
               f"from styrapp.ui.settings import Settings\nSettings().language = {language!r}\n") if language else ""
    code = (
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication, QMessageBox\n"
        "qapp = QApplication([])\n"
        + setting +
        "seen = []\n"
        "QMessageBox.critical = staticmethod(lambda p, t, x: seen.append((t, x)))\n"
        "from styrapp.ui import app\n"
        "def done():\n"
        "    print('MESSAGE', seen)\n"
        "    QApplication.quit()\n"
        "QTimer.singleShot(300, done)\n"
        f"sys.exit(app.main([{str(bad)!r}]))\n"
    )
    env = {"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data"),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "PATH": "/usr/bin:/bin",
           "STYRAPP_INSTANCE_NAME": f"styrapp-test-{tmp_path.name}"}
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)


def test_the_gui_entry_point_starts_on_a_bad_file_without_a_traceback(tmp_path):
    """`styrapp FILE` with a broken file: a dialog, then the app stays up (here: closes itself)."""
    result = _start_on_a_bad_file(tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "MESSAGE [(" in result.stdout and "styrapp" in result.stdout


def test_every_source_string_has_a_swedish_translation(tmp_path):
    """lupdate over today's sources: every string must be in the shipped .ts, translated."""
    shipped = {m.findtext("source"): m.find("translation") for m in ET.parse(ROOT / "translations" / "styrapp_sv.ts").iter("message")}
    sources = sorted(str(p) for sub in ("ui", "views") for p in (ROOT / "styrapp" / sub).rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    found = [m.findtext("source") for m in ET.parse(fresh).iter("message")]
    assert len(found) > 150
    missing = [s for s in found if s not in shipped or shipped[s].get("type") == "unfinished"]
    assert missing == [], "run: python scripts/translate.py"
    assert (ROOT / "translations" / "styrapp_sv.qm").stat().st_mtime >= 0


def test_the_last_tree_shows_straight_from_the_file_then_becomes_editable(qtbot, swedish, demo_path, tmp_path):
    Settings().last_page = "goals"
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.preview_plan(demo_path)
    assert window.current_page() is window.goals and window.goals.model.rowCount() == 5
    assert window.document is None  # nothing can be edited yet
    assert window.goals.model.on_rename is None and window.goals.model.on_move is None  # read-only preview
    window.open_plan_file(demo_path)
    assert window.document is not None and window.goals.model.on_rename is not None
    assert window.goals.model.rowCount() == 5
    bad = tmp_path / "trasig.styrplan"
    bad.write_text("inte en plan")
    assert window.preview_plan(bad) is False  # the full open says what is wrong
    window.close()


def test_selecting_an_indicator_draws_its_chart(window, qtbot):
    window.show_page("indicators")
    page = window.indicators
    assert page.chart.figure is None
    row = next(i for i, r in enumerate(page.model.records) if r.name == "Nöjd kund-index, vatten och avlopp")
    rect = page.table_page.table.visualRect(page.table_page.proxy.mapFromSource(page.model.index(row, 0)))
    qtbot.mouseClick(page.table_page.table.viewport(), qtbot_button(), pos=rect.center())
    assert page.chart.figure is not None
    assert page.chart.figure.axes[0].get_title(loc="left").startswith("Nöjd kund-index")


def test_no_translated_text_hides_inside_an_f_string():
    """lupdate does not see tr() inside an f-string's braces: such text would stay English unnoticed."""
    import re

    pattern = re.compile(r"\{\s*(self\.tr|QCoreApplication\.translate|tr)\(")
    offenders = [f"{p.relative_to(ROOT)}:{n}" for sub in ("ui", "views") for p in (ROOT / "styrapp" / sub).rglob("*.py")
                 for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if pattern.search(line)]
    assert offenders == []


def test_overview_shows_which_global_goals_the_plan_covers(window):
    assert "planen arbetar mot 8 av de 17 globala målen" in window.overview.sdg_title.text()
    strip = window.overview.sdgs
    assert "Inget i planen är kopplat" in strip.tooltip_for(0)
    assert "Mål och uppdrag:" in strip.tooltip_for(5) and "NVK har nöjda kunder" in strip.tooltip_for(5)
    rect = strip._tile(5)
    assert strip.index_at(rect.center().x(), rect.center().y()) == 5


def test_every_translated_text_is_a_literal_lupdate_can_see():
    """tr(text) with `text` a variable (or a helper around translate) hides the text from lupdate."""
    import ast

    offenders = []
    for sub in ("ui", "views"):
        for path in (ROOT / "styrapp" / sub).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute | ast.Name):
                    continue
                name = node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id
                position = {"tr": 0, "translate": 1}.get(name)
                receiver = node.func.value if isinstance(node.func, ast.Attribute) else None
                if name == "translate" and isinstance(receiver, ast.Name) and receiver.id not in (
                        "QCoreApplication", "QApplication"):
                    continue  # painter.translate(x, y) moves a painter; it translates no text
                if position is None or len(node.args) <= position:
                    continue
                text = node.args[position]
                if not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []


def test_in_english_the_window_shows_a_refusal_in_english(tmp_path):
    """The window started in English (the person's setting): the refusal in its dialog is English too."""
    result = _start_on_a_bad_file(tmp_path, "en")
    assert result.returncode == 0, result.stderr
    assert "Could not open the plan" in result.stdout
    assert "trasig.styrplan is no styrapp plan (the file is no SQLite database)." in result.stdout
    assert "inte en styrapp-plan" not in result.stdout


def test_the_program_ends_cleanly_after_a_copy_left_nodes_on_the_clipboard(tmp_path, demo_path):
    """Ctrl+C in a tree, then quit: the process exits with 0 (the clipboard's data made in Python once
    crashed the exit after the interpreter had stopped)."""
    code = (
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "qapp = QApplication([])\n"
        "from styrapp.ui import app\n"
        "def copy_and_quit():\n"
        "    window = next(w for w in QApplication.topLevelWidgets() if w.objectName() == 'main-window')\n"
        "    window.show_page('goals')\n"
        "    page = window.goals\n"
        "    page.view.select_node(page.model.children_of(None)[0])\n"
        "    page.copy_current()\n"
        "    print('COPIED', QApplication.clipboard().mimeData().formats(), flush=True)\n"
        "    QApplication.quit()\n"
        "QTimer.singleShot(500, copy_and_quit)\n"
        f"sys.exit(app.main([{str(demo_path)!r}]))\n"
    )
    env = {"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data"),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "PATH": "/usr/bin:/bin"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert "COPIED" in result.stdout and "application/x-styrapp-nodes+json" in result.stdout, result.stderr
    assert result.returncode == 0, (result.returncode, result.stderr)


def test_fuzzed_plans_opened_in_the_window_give_one_message_and_are_never_changed(window, demo_master, tmp_path,
                                                                                   monkeypatch):
    """Truncated, bit-flipped and schema-altered copies of the demo plan through the window's own open:
    each opens or is refused with one message (a damaged one with the offer to repair a copy, which is
    declined here); the file is never changed, and the plan that was open stays open when one is refused."""
    import hashlib

    from tests.models.test_plan_damage import _variants, write_variant

    messages = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: messages.append(text))
    monkeypatch.setattr(window, "offer_repair", lambda text, **_k: messages.append(text))
    seen = {"opened": 0, "refused": 0}
    for number, (kind, data, statement) in enumerate(_variants(demo_master.read_bytes(), seed=31, count=24)):
        path = write_variant(tmp_path / f"w{number}.styrplan", data, statement)
        before = hashlib.sha256(path.read_bytes()).hexdigest()
        open_before = window.document.plan.path
        messages.clear()
        opened = window.open_with_dialog(path)
        where = f"variant {number} ({kind} {statement})"
        if opened:
            assert window.document.plan.path == path and not messages, where
            window.open_plan_file(open_before)  # back to a sound plan, so the next file is judged alone
        else:
            assert len(messages) == 1 and messages[0].strip(), where
            assert window.document.plan.path == open_before, where
        assert hashlib.sha256(path.read_bytes()).hexdigest() == before, f"{where}: the file was changed"
        seen["opened" if opened else "refused"] += 1
    assert seen["refused"] >= 10, seen


def test_the_smoke_option_opens_the_demo_shows_every_page_and_quits_with_0(tmp_path):
    """`styrapp --smoke` (what .ci/run starts under Xvfb): the window, a new demo plan, every page, exit 0,
    and the person's own settings and data folders are left as they were."""
    env = {"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data"),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "PATH": "/usr/bin:/bin"}
    result = subprocess.run([sys.executable, "-m", "styrapp", "--smoke"], capture_output=True, text=True, env=env,
                            timeout=120, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert f"platform offscreen, {len(PAGE_KEYS)} pages shown, plan demo.styrplan" in result.stdout
    from styrapp.reports.kinds import KEYS

    assert [kind for kind in KEYS if f"report {kind}.pdf made" not in result.stdout] == []  # one of each kind
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "config").exists() and not (tmp_path / "data").exists()
