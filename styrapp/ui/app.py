"""`styrapp` (GUI): open the last plan, a named file, or a fresh copy of the demo plan."""

from __future__ import annotations

import argparse
import os
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
        # Qt's own Swedish (qtbase_sv) travels in our translations/ too: the built program has no Qt folder of its own.
        if translator.load(name, folder) or translator.load(name, str(translations_dir())):
            app.installTranslator(translator)
            _installed.append(translator)


def install_icon(app: QApplication) -> None:
    """styrapp's årshjul as the icon of every window (title bar, task bar, Alt+Tab): resources/icons."""
    from PySide6.QtGui import QIcon

    from ..paths import resources_dir

    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        icon.addFile(str(resources_dir() / "icons" / f"styrapp-{size}.png"))
    app.setWindowIcon(icon)


def parse_args(argv: list[str]) -> argparse.Namespace:
    from ..wording import tr  # the window's language is not known yet: Swedish, the default

    parser = argparse.ArgumentParser(prog="styrapp", description=tr("styrapp – plan and follow up the governance model."))
    parser.add_argument("file", nargs="?", type=Path, help=tr("a plan file (.styrplan) to open"))
    parser.add_argument("--demo", action="store_true", help=tr("open a new copy of the demo plan"))
    parser.add_argument("--smoke", action="store_true",
                        help=tr("check that the program works here: open a new copy of the demo plan, show every "
                                "page, make one report of each kind, quit (exit status 0 when all went well)"))
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("styrapp")
    app.setApplicationName("styrapp")
    app.setDesktopFileName("styrapp")  # Wayland and the Linux menus: resources/linux/styrapp.desktop
    install_icon(app)
    if args.smoke:
        return smoke(app)
    from .single_instance import InstanceServer, bring_forward, hand_over, open_handed_plan

    if args.file is not None and hand_over(args.file):  # a styrapp is running: it opens the plan
        return 0
    if args.file is None and not args.demo and hand_over(None):  # a styrapp is running: it comes forward
        return 0
    from .settings import Settings

    settings = Settings()
    install_translations(app, settings.language)
    from .theme import apply_theme

    apply_theme(app, settings.theme)
    from .failure_dialog import install as install_failure_dialog
    from .main_window import MainWindow

    window = MainWindow(settings)
    install_failure_dialog(window)
    instance = InstanceServer(window)  # later starts with a plan hand it here (a double-click on a .styrplan)
    instance.received.connect(lambda path: open_handed_plan(window, path))
    instance.woken.connect(lambda: bring_forward(window))
    instance.listen()
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
    if os.environ.get(QUIT_WHEN_USABLE):
        import time

        QTimer.singleShot(0, lambda: quit_when_usable(app, window, time.monotonic() + SMOKE_SECONDS))
    return app.exec()


QUIT_WHEN_USABLE = "STYRAPP_QUIT_WHEN_USABLE"


def quit_when_usable(app: QApplication, window, deadline: float) -> None:
    """With STYRAPP_QUIT_WHEN_USABLE set (bench/bench_build.py): once the plan is open for editing in the
    painted window, print "styrapp: usable" and quit (exit status 1 if that has not happened by `deadline`).
    The start's time is taken from outside."""
    import time

    if window.document is None or not window.isVisible():
        if time.monotonic() > deadline:
            print("styrapp: not usable in time", flush=True)
            app.exit(1)
            return
        QTimer.singleShot(5, lambda: quit_when_usable(app, window, deadline))
        return
    window.grab()  # painted
    print(f"styrapp: usable, plan {window.document.plan.path.name}", flush=True)
    app.quit()


SMOKE_SECONDS = 120  # a smoke run that has not finished by then has hung: it fails


def smoke(app: QApplication) -> int:
    """`styrapp --smoke`: start the real window on the platform at hand (xcb under X or Xvfb), open a new
    copy of the demo plan, show every page, make one report of each kind into the run's own folder, quit. Exit status 0 when all of that worked, 1 when something
    failed (the error is printed), 2 when it did not finish in SMOKE_SECONDS. The person's own settings,
    recent files and demo plan are left alone: the run keeps its settings and its demo in a folder of its own."""
    import tempfile
    import traceback

    from PySide6.QtCore import QSettings

    folder = Path(tempfile.mkdtemp(prefix="styrapp-smoke-"))
    for name, sub in (("STYRAPP_BACKUP_DIR", "backups"), ("STYRAPP_LOG_DIR", "logs"), ("MPLCONFIGDIR", "matplotlib")):
        os.environ[name] = str(folder / sub)  # matplotlib's cache too: the charts on Ekonomi load it
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "settings"))
    from ..models.content.demo import write_demo
    from .settings import Settings

    settings = Settings()
    install_translations(app, settings.language)
    from .main_window import MainWindow

    result = {"code": 2}

    def run() -> None:
        try:
            from PySide6.QtCore import QCoreApplication

            if settings.language == "sv" and QCoreApplication.translate("QPlatformTheme", "Cancel") != "Avbryt":
                raise RuntimeError("Qt's own Swedish (qtbase_sv.qm) did not load: its buttons would be English")
            window = MainWindow(settings)
            window.show()
            window.open_plan_file(write_demo(folder / "demo.styrplan"))
            for key in window.page_keys:
                window.show_page(key)
                app.processEvents()
                if window.current_page() is not window.pages[key] or not window.pages[key].isVisible():
                    raise RuntimeError(f"the page {key} is not shown")
            print(f"styrapp --smoke: platform {app.platformName()}, {len(window.page_keys)} pages shown, "
                  f"plan {window.document.plan.path.name}", flush=True)
            smoke_reports(window.document.plan, folder / "reports")
            window.close()
            result["code"] = 0
        except BaseException:  # noqa: BLE001 - whatever it was, the run failed and says why
            traceback.print_exc()
            result["code"] = 1
        app.exit(result["code"])

    watchdog = QTimer()
    watchdog.setSingleShot(True)
    watchdog.timeout.connect(lambda: (print("styrapp --smoke: no answer in time", file=sys.stderr, flush=True),
                                      app.exit(2)))
    watchdog.start(SMOKE_SECONDS * 1000)
    QTimer.singleShot(0, run)
    app.exec()
    import shutil

    shutil.rmtree(folder, ignore_errors=True)
    return result["code"]


def smoke_reports(plan, folder: Path) -> None:
    """One report of each kind of `plan` into `folder`, each checked to be a PDF (part of `--smoke`: in the
    built program this proves ReportLab, matplotlib, pikepdf and the fonts came along)."""
    from ..reports import kinds
    from ..reports.engine import build_report

    folder.mkdir(parents=True, exist_ok=True)
    # Each kind as a PDF, and those a Word document can hold as .docx too (where reports have Word: WORD_KEYS).
    made = [(kind, ".pdf", b"%PDF-") for kind in kinds.KEYS]
    made += [(kind, ".docx", b"PK") for kind in getattr(kinds, "WORD_KEYS", ())]
    for kind, suffix, start in made:
        path = build_report(plan, kind, folder / f"{kind}{suffix}")
        with open(path, "rb") as file:
            if file.read(len(start)) != start:
                raise RuntimeError(f"the report {kind} is not a {suffix} file: {path}")
        print(f"styrapp --smoke: report {kind}{suffix} made, {path.stat().st_size // 1024} kB", flush=True)
