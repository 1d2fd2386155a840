"""`styrapp` (GUI): open the last plan, a named file, or a fresh copy of the demo plan."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from ..models.errors import StyrappError
from ..paths import translations_dir
from .demo_copy import demo_copy

_installed: list[QTranslator] = []  # the translators install_translations put in, taken out by the next call


def install_translations(app: QApplication, language: str = "sv") -> None:
    from ..wording import set_default_language

    set_default_language(language)  # the wheel's picture and the charts on screen speak the window's language
    while _installed:
        app.removeTranslator(_installed.pop())
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        files = [("styrapp_en", str(translations_dir()))]  # only the plural texts: "2 findings", not "2 finding(s)"
    else:
        QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
        files = [("qtbase_sv", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
                 ("styrapp_sv", str(translations_dir()))]
    for name, folder in files:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)


def parse_args(argv: list[str]) -> argparse.Namespace:
    from ..wording import tr  # the window's language is not known yet: Swedish, the default

    parser = argparse.ArgumentParser(prog="styrapp", description=tr("styrapp – plan and follow up the governance model."))
    parser.add_argument("file", nargs="?", type=Path, help=tr("a plan file (.styrplan) to open"))
    parser.add_argument("--demo", action="store_true", help=tr("open a new copy of the demo plan"))
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("styrapp")
    app.setApplicationName("styrapp")
    from .settings import Settings

    settings = Settings()
    install_translations(app, settings.language)
    from .failure_dialog import install as install_failure_dialog
    from .main_window import MainWindow

    window = MainWindow(settings)
    install_failure_dialog(window)
    target = args.file
    if target is None and not args.demo:
        last = settings.last_file
        target = Path(last) if last and Path(last).exists() else None
    if target is None:
        target = demo_copy()
    window.show()

    def open_target() -> None:
        from ..logs import start_logging  # once the window is up: the log's file handling costs start-up time

        start_logging("styrapp")
        try:
            window.open_plan_file(target)
        except StyrappError as exc:
            window.close_plan()
            window.show_open_error(target, exc)

    if window.preview_plan(target):  # the tree shows at once; editing starts a moment later
        QTimer.singleShot(0, open_target)
    else:
        open_target()
    from .pages.tree_page import release_clipboard

    app.aboutToQuit.connect(release_clipboard)
    return app.exec()
