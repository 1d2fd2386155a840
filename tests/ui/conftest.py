import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, monkeypatch):
    """Each test gets its own settings file, backups and logs, never the person's real ones."""
    monkeypatch.setenv("STYRAPP_BACKUP_DIR", str(tmp_path / "backups"))
    monkeypatch.setenv("STYRAPP_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.setenv("STYRAPP_INSTANCE_NAME", f"styrapp-test-{os.getpid()}-{tmp_path.name}")  # never a real styrapp
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QSettings().clear()
    yield


@pytest.fixture(scope="session", autouse=True)
def clipboard_released_before_exit():
    """As the program does when it quits: nothing Python made is left on the clipboard for Qt to
    delete after the interpreter has gone (that crashes the process at exit)."""
    yield
    from styrapp.ui.pages.tree_page import release_clipboard

    release_clipboard()


@pytest.fixture(scope="session")
def swedish(qapp):
    """The UI in Swedish, as users start it."""
    from styrapp.ui.app import install_translations

    qapp.setOrganizationName("styrapp")
    qapp.setApplicationName("styrapp")
    install_translations(qapp, "sv")
    return qapp


def open_window(qtbot, path):
    """The main window at 1366×768 with the plan at `path` open, once Översikt has filled in."""
    from styrapp.ui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    win.open_plan_file(path)
    qtbot.waitUntil(lambda: win.document is not None and win.overview.title.text() != "")  # just after it shows
    return win


@pytest.fixture
def window(qtbot, swedish, demo_path):
    win = open_window(qtbot, demo_path)
    yield win
    win.close()
