"""Grab the README's window screenshots offscreen at 1366×768 (the common municipal laptop).

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [OUT_DIR]

It also grabs the window at 200 % (QT_SCALE_FACTOR=2: 1366×768 logical, 2732×1536 pixels; in a process of
its own, `--scaled`, since the factor is read when the program starts), in the high-contrast theme, and
the Inställningar dialog.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


def _application() -> tuple[Path, QApplication]:
    """A scratch folder for the settings and plans of a run, and the application, named as styrapp is."""
    scratch = Path(tempfile.mkdtemp())
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(scratch))
    app = QApplication([])
    app.setOrganizationName("styrapp")
    app.setApplicationName("styrapp")
    return scratch, app


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    scratch, app = _application()
    from styrapp.models.content.demo import write_demo
    from styrapp.ui.app import install_translations
    from styrapp.ui.main_window import MainWindow

    install_translations(app, "sv")
    from styrapp.ui.theme import apply_theme

    apply_theme(app, "standard")  # as the program starts: the standard theme's palette
    window = MainWindow()
    window.resize(1366, 768)
    window.show()
    window.open_plan_file(write_demo(scratch / "demo.styrplan"))
    for key, name in (("overview", "oversikt"), ("goals", "mal"), ("assignments", "uppdrag"),
                      ("indicators", "indikatorer"), ("follow_up", "uppfoljning"), ("wheel", "arshjul"), ("control", "internkontroll"),
                      ("reports", "rapporter")):
        window.show_page(key)
        app.processEvents()
        if key in ("goals", "assignments"):
            page = window.pages[key]
            page.view.expandAll()
            roots = page.model.children_of(None)
            page.select_node(page.model.children_of(roots[0])[0] if key == "goals" else roots[0])
        if key == "follow_up":
            view = window.follow_up.view  # the second målområde, with its indicators below its analysis
            view.setCurrentIndex(view.model().index(1, 0))
        if key == "reports":
            page = window.reports
            page.choose_kind("uppfoljning")
            page.period.setCurrentIndex(page.period.findData("Delårsrapport"))
            run = page.make()
            while page.run is not None:
                app.processEvents()
            page.thumbnails.setCurrentRow(2)
            import time

            until = time.monotonic() + 2.0  # QtPdf renders the pages in the background
            while time.monotonic() < until:
                app.processEvents()
            del run
        if key == "control":  # the risk matrix with the second risk chosen and its form beside
            page = window.pages["control"]
            page.show_risk(page.analysis.risks[1].id)
        if key == "wheel":
            page = window.wheel
            page.select_event(next(e.id for e in page.data.events if e.title == "Delårsrapport"))
        if key == "indicators":
            page = window.indicators
            page.table_page.select_record(lambda r: r.name.startswith("Nöjd kund-index"))
            app.processEvents()
            window.grab().save(str(out / "indikatorer.png"))
            print(out / "indikatorer.png")
            page.tabs.setCurrentIndex(1)
            name = "matvarden"
        app.processEvents()
        window.grab().save(str(out / f"{name}.png"))
        print(out / f"{name}.png")
    window.close()
    from datetime import date

    from styrapp.models.file.plan_file import open_plan
    from styrapp.models.queries.wheel_rows import read_wheel
    from styrapp.reports.wheel_figure import save_wheel

    with open_plan(scratch / "demo.styrplan", read_only=True) as plan:
        data = read_wheel(plan)
    pdf = save_wheel(data, scratch / "arshjul-a3.pdf", "pdf", "A3", today=date(data.year, 11, 23))
    import subprocess

    subprocess.run(["pdftoppm", "-png", "-r", "60", "-singlefile", str(pdf), str(out / "arshjul-a3")], check=True)
    print(out / "arshjul-a3.png")
    from styrapp.reports.engine import KIND_KEYS, ReportOptions, build_report

    with open_plan(scratch / "demo.styrplan", read_only=True) as plan:
        for kind in (k for k in KIND_KEYS[:-1] if k != "aterrapport"):  # the årshjul is above; the demo has no
            # goals from an uppdragsgivare to report back on
            report = build_report(plan, kind, scratch / f"{kind}.pdf", ReportOptions(period="Delårsrapport"))
            first = 1 if kind == "nulageskoll" else 3  # the first page after the cover and the contents (none)
            subprocess.run(["pdftoppm", "-png", "-r", "50", "-f", str(first), "-l", str(first), "-singlefile",
                            str(report), str(out / f"rapport-{kind}")], check=True)
            print(out / f"rapport-{kind}.png")
        # The internkontrollplan's plan and the follow-up of each control in the delårsrapport.
        subprocess.run(["pdftoppm", "-png", "-r", "50", "-f", "4", "-l", "4", "-singlefile",
                        str(scratch / "internkontroll.pdf"), str(out / "rapport-internkontroll-uppfoljning")], check=True)
        print(out / "rapport-internkontroll-uppfoljning.png")
        # The same follow-up report in English (the language is an option, kept in the plan).
        report = build_report(plan, "uppfoljning", scratch / "english.pdf",
                              ReportOptions(period="Delårsrapport", language="en"))
        subprocess.run(["pdftoppm", "-png", "-r", "50", "-f", "3", "-l", "3", "-singlefile", str(report),
                        str(out / "rapport-uppfoljning-engelska")], check=True)
        print(out / "rapport-uppfoljning-engelska.png")
    plan_year_screenshots(app, out, scratch)
    access_screenshots(app, out, scratch)
    return 0


def _access_window(app, path: Path, key: str):
    """The window at 1366×768 on `path`, on page `key` with a record chosen as a person would."""
    from styrapp.ui.main_window import MainWindow

    window = MainWindow()
    window.resize(1366, 768)
    window.show()
    window.open_plan_file(path)
    window.show_page(key)
    window.catch_up(key)
    app.processEvents()
    if key == "goals":
        page = window.goals
        page.view.expandAll()
        page.select_node(page.model.children_of(page.model.children_of(None)[0])[0])
    elif key == "wheel":
        page = window.wheel
        page.select_event(next(e.id for e in page.data.events if e.title == "Delårsrapport"))
    elif key == "follow_up":
        view = window.follow_up.view
        view.setCurrentIndex(view.model().index(1, 0))
    app.processEvents()
    return window


def access_screenshots(app, out: Path, scratch: Path) -> None:
    """Issue 20: the window at 200 % (another process), in the high-contrast theme, and Inställningar."""
    import subprocess

    from styrapp.ui.settings_dialog import SettingsDialog
    from styrapp.ui.theme import apply_theme

    subprocess.run([sys.executable, str(Path(__file__).resolve()), "--scaled", str(out)], check=True,
                   env={**os.environ, "QT_SCALE_FACTOR": "2", "QT_QPA_PLATFORM": "offscreen"})
    window = _access_window(app, scratch / "demo.styrplan", "goals")
    dialog = SettingsDialog(window.settings, window)
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(out / "installningar.png"))
    print(out / "installningar.png")
    dialog.close()
    window.close()
    apply_theme(app, "high_contrast")
    for key, name in (("goals", "mal"), ("follow_up", "uppfoljning"), ("wheel", "arshjul")):
        window = _access_window(app, scratch / "demo.styrplan", key)
        window.grab().save(str(out / f"{name}-hog-kontrast.png"))
        print(out / f"{name}-hog-kontrast.png")
        window.close()
    apply_theme(app, "standard")


def scaled_screenshots(out: Path) -> int:
    """In a process started with QT_SCALE_FACTOR=2: Mål, Årshjul and Rapporter at 200 %."""
    scratch, app = _application()
    from styrapp.models.content.demo import write_demo
    from styrapp.ui.app import install_translations
    from styrapp.ui.theme import apply_theme

    install_translations(app, "sv")
    apply_theme(app, "standard")
    path = write_demo(scratch / "demo.styrplan")
    for key, name in (("goals", "mal"), ("wheel", "arshjul"), ("follow_up", "uppfoljning")):
        window = _access_window(app, path, key)
        picture = window.grab()  # 2732×1536 pixels
        picture.save(str(out / f"{name}-200.png"))
        print(out / f"{name}-200.png", f"{picture.width()}×{picture.height()}")
        window.close()
    return 0


def plan_year_screenshots(app, out: Path, scratch: Path) -> None:
    """Plan → Ny planperiod… on the demo plan, then the year before, closed, read-only in the window."""
    import shutil

    from styrapp.models.services import years
    from styrapp.ui.main_window import MainWindow
    from styrapp.ui.rollover_dialog import RolloverDialog

    shutil.copyfile(scratch / "demo.styrplan", scratch / "years.styrplan")
    window = MainWindow()
    window.resize(1366, 768)
    window.show()
    window.open_plan_file(scratch / "years.styrplan")
    app.processEvents()
    dialog = RolloverDialog(window.document, window)
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(out / "ny-planperiod.png"))
    print(out / "ny-planperiod.png")
    dialog.apply()
    app.processEvents()
    window.document.view_year(2026)
    years.close_year(window.document.plan, 2026)
    window._fill_years()
    window.show_page("goals")
    app.processEvents()
    window.grab().save(str(out / "stangt-ar.png"))
    print(out / "stangt-ar.png")
    window.close()


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--scaled":
        sys.exit(scaled_screenshots(Path(sys.argv[2])))
    sys.exit(main())
