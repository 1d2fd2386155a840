"""Speed of ekonomi with the generated large plan, given 100 units × 12 monthly periods of outcome.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_economy.py

Goals (issue 16): the Ekonomi page shows a unit (frames, grid, chart, uppdrag) under 100 ms; importing
10,000 outcome rows from the ekonomisystem's CSV under 2 s (reading, matching and writing included).
"""

from __future__ import annotations

import calendar
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import insert  # noqa: E402

from bench.large_plan import write_large  # noqa: E402
from styrapp.models.file.plan_file import open_plan  # noqa: E402
from styrapp.models.services import calendar as periods  # noqa: E402
from styrapp.models.services import economy  # noqa: E402
from styrapp.models.tables import OrgUnit  # noqa: E402

YEAR, UNITS, IMPORT_UNITS, MONTHS = 2027, 100, 417, 12  # 417 units × 12 months × 2 kinds ≥ 10,000 rows
MONTH_NAMES = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
               "november", "december")


def prepare(folder: Path) -> tuple[Path, list[int], list[int]]:
    path = write_large(folder / "large.styrplan")
    rng = random.Random(16)
    with open_plan(path) as plan:
        with plan.transaction() as session:
            session.connection().execute(insert(OrgUnit.__table__), [
                dict(name=f"Enhet {i + 1:03d}", short_name=f"{4000 + i}", kind="unit", position=1000 + i,
                     mandate="", manager="") for i in range(IMPORT_UNITS)])
        from sqlalchemy import select

        with plan.session() as session:
            unit_ids = list(session.execute(select(OrgUnit.id).where(OrgUnit.name.like("Enhet %"))
                                            .order_by(OrgUnit.id)).scalars())
        from styrapp.models.queries.follow_up_rows import periods as period_rows

        have = {p.name: p.id for p in period_rows(plan) if p.year == YEAR}  # the template's own, kept
        period_ids = [have.get(f"Månadsrapport {MONTH_NAMES[m]}") or periods.create_period(
            plan, name=f"Månadsrapport {MONTH_NAMES[m]}", kind="monthly_report", year=YEAR,
            period_end=date(YEAR, m + 1, calendar.monthrange(YEAR, m + 1)[1])) for m in range(MONTHS)]
        figures = []
        for unit_id in unit_ids[:UNITS]:
            frame = rng.randrange(5_000, 90_000) * 100_000  # 5–90 mnkr
            economy.create_budget_line(plan, year=YEAR, frame_ore=frame, unit_id=unit_id)
            for m, period_id in enumerate(period_ids):
                figures.append(economy.FigureIn(unit_id, period_id, "operating", frame * (m + 1) // 12,
                                                frame + rng.randrange(-3, 4) * frame // 100))
        economy.import_figures(plan, figures)
    return path, unit_ids, period_ids


def bench_page(path: Path, unit_ids: list[int]) -> list[float]:
    from PySide6.QtWidgets import QApplication

    from styrapp.ui.document import PlanDocument
    from styrapp.ui.pages.economy_page import EconomyPage

    app = QApplication.instance() or QApplication(sys.argv[:1])
    plan = open_plan(path)
    document = PlanDocument(plan)
    page = EconomyPage()
    page.resize(1180, 700)
    page.show()
    page.show_document(document)
    page.year.setCurrentIndex(page.year.findData(YEAR))
    app.processEvents()
    page.unit.setCurrentIndex(page.unit.findData(unit_ids[UNITS - 1]))  # the first chart loads matplotlib: not counted
    app.processEvents()
    shown, charted = [], []
    for unit_id in unit_ids[:20]:
        start = time.perf_counter()
        page.unit.setCurrentIndex(page.unit.findData(unit_id))  # read, fill frames, grid and uppdrag
        page.repaint()  # … and paint them
        shown.append(time.perf_counter() - start)
        app.processEvents()  # the chart, drawn on the next turn of the event loop, and painted
        page.chart.repaint()
        charted.append(time.perf_counter() - start)
    assert page.grid.rowCount() >= 2 * MONTHS and page.chart.figure is not None
    document.close()
    return shown, charted


def bench_import(path: Path, unit_ids: list[int], folder: Path) -> tuple[float, int]:
    from styrapp.exchange.economy_import import import_economy

    rng = random.Random(7)
    lines = ["Enhet;Period;Typ;Utfall (tkr);Prognos (tkr)"]
    for name in (f"{4000 + i}" for i in range(len(unit_ids))):  # by short name, as an ansvarskod
        for kind in ("drift", "investering"):
            for m in range(MONTHS):
                if len(lines) > 10_000:
                    break
                outcome = f"{rng.randrange(100, 90_000):,}".replace(",", "\u00a0") + f",{rng.randrange(10)}"
                forecast = f"{rng.randrange(1_000, 90_000):,}".replace(",", "\u00a0")
                lines.append(f"{name};{YEAR}-{m + 1:02d};{kind};{outcome};{forecast}")
    source = folder / "utfall.csv"
    source.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    with open_plan(path) as plan:
        start = time.perf_counter()
        report = import_economy(plan, source)
        elapsed = time.perf_counter() - start
    return elapsed, report.imported


def main() -> None:
    folder = Path(tempfile.mkdtemp())
    path, unit_ids, _periods = prepare(folder)
    shown, charted = bench_page(path, unit_ids)
    median, worst = statistics.median(shown) * 1000, max(shown) * 1000
    print(f"Ekonomi page, one unit of {UNITS} with {MONTHS} periods shown (query, frames, grid, painted): "
          f"median {median:5.0f} ms, worst {worst:5.0f} ms  (goal < 100 ms)  {'ok' if median < 100 else 'SLOW'}")
    median, worst = statistics.median(charted) * 1000, max(charted) * 1000
    print(f"  … and its chart drawn just after:                          "
          f"median {median:5.0f} ms, worst {worst:5.0f} ms")
    elapsed, rows = bench_import(path, unit_ids, folder)
    print(f"Ekonomi import of {rows:,} rows (Windows-1252 CSV, tkr with decimals) into the large plan: "
          f"{elapsed * 1000:7.0f} ms  (goal < 2000 ms)  {'ok' if elapsed < 2 else 'SLOW'}")


if __name__ == "__main__":
    main()
