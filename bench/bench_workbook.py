"""Speed of the whole plan in and out of Excel: the generated large plan (10 nämnder, 2,000 nodes, 500
indicators, 20,000 values) exported to a workbook, imported into an empty plan from the same template,
and imported again into that plan (everything matched, nothing changed). Then the same with the sheets
of issues 16 and 17 full: 100 units × 12 monthly periods of outcome (bench_economy's plan), 3 risks a
unit with their controls, 100 styrdokument steering 2 goals each, and a nulägeskoll a unit with 3 key figures.

    .venv/bin/python bench/bench_workbook.py
Goal (issue 15): export and re-import of the large plan's whole workbook each under 3 s.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.large_plan import write_large  # noqa: E402
from styrapp.exchange.workbook_export import export_plan_workbook  # noqa: E402
from styrapp.exchange.workbook_import import import_plan_workbook  # noqa: E402
from styrapp.models.content.templates import apply_template  # noqa: E402
from styrapp.models.file.plan_file import create_plan, open_plan  # noqa: E402
from styrapp.models.queries.summary import summarise  # noqa: E402

GOAL = 3.0


def report(name: str, seconds: float, goal: float = GOAL) -> None:
    verdict = "ok" if seconds < goal else "OVER GOAL"
    print(f"{name:<52} {seconds * 1000:9.1f} ms   (goal < {goal * 1000:.0f} ms)  {verdict}")


def main() -> None:
    folder = Path(tempfile.mkdtemp())
    large = write_large(folder / "large.styrplan")
    book = folder / "large.xlsx"
    with open_plan(large, read_only=True) as plan:
        start = time.perf_counter()
        export_plan_workbook(plan, book)
        report("export the large plan's whole workbook", time.perf_counter() - start)
        counts = summarise(plan).counts
    empty = create_plan(folder / "empty.styrplan",
                        lambda p: apply_template(p, "norrtalje", organisation_name="Storstad kommun", year=2027))
    with open_plan(empty) as plan:
        start = time.perf_counter()
        with plan.recording():  # as the window runs it: one step on the undo stack
            import_plan_workbook(plan, book)
        report("import it into an empty plan (recorded for undo)", time.perf_counter() - start)
        again = summarise(plan).counts
        start = time.perf_counter()
        lines = import_plan_workbook(plan, book).lines()
        report("import it again into that plan (nothing changes)", time.perf_counter() - start)
    same = all(again[key] == counts[key] for key in ("goals", "assignments", "activities", "indicators",
                                                        "measurements", "units"))
    print(f"   {book.stat().st_size / 1e6:.1f} MB; the copy holds the same counts: {'yes' if same else 'NO'}; "
          f"last import: {lines[-1]}")
    later_parts(folder)


def prepare(path: Path) -> tuple[Path, list[int], list[int]]:
    """The large plan with 100 units, each a drift frame and outcome and forecast in 12 monthly periods."""
    import calendar
    import random
    from datetime import date

    from sqlalchemy import insert, select

    from bench.bench_economy import MONTH_NAMES, UNITS, YEAR
    from styrapp.models.services import economy
    from styrapp.models.tables import OrgUnit, ReportingPeriod

    write_large(path)
    rng = random.Random(16)
    with open_plan(path) as plan:
        with plan.transaction() as session:
            connection = session.connection()
            connection.execute(insert(OrgUnit.__table__), [
                dict(name=f"Enhet {i + 1:03d}", short_name=f"{4000 + i}", kind="unit", position=1000 + i,
                     mandate="", manager="") for i in range(UNITS)])
            unit_ids = list(connection.execute(select(OrgUnit.id).where(OrgUnit.name.like("Enhet %"))
                                               .order_by(OrgUnit.id)).scalars())
            connection.execute(insert(ReportingPeriod.__table__), [
                dict(name=f"Bänkmånad {MONTH_NAMES[m]}", kind="monthly_report", year=YEAR,
                     period_end=date(YEAR, m + 1, calendar.monthrange(YEAR, m + 1)[1])) for m in range(12)])
            period_ids = list(connection.execute(select(ReportingPeriod.id).where(
                ReportingPeriod.name.like("Bänkmånad %")).order_by(ReportingPeriod.period_end)).scalars())
        figures = []
        for unit_id in unit_ids:
            frame = rng.randrange(5_000, 90_000) * 100_000  # 5–90 mnkr
            economy.create_budget_line(plan, year=YEAR, frame_ore=frame, unit_id=unit_id)
            for m, period_id in enumerate(period_ids):
                figures.append(economy.FigureIn(unit_id, period_id, "operating", frame * (m + 1) // 12,
                                                frame + rng.randrange(-3, 4) * frame // 100))
        economy.import_figures(plan, figures)
    return path, unit_ids, period_ids


def later_parts(folder: Path) -> None:
    """Intern kontroll, ekonomi, styrdokument and nulägeskoll, each sheet full, out and back."""
    from sqlalchemy import func, insert, select

    from bench.bench_economy import UNITS, YEAR
    from styrapp.models.tables import (
        BudgetFigure,
        DocumentNode,
        GoverningDocument,
        Node,
        ReviewIndicator,
        Risk,
        SituationReview,
    )

    path, unit_ids, period_ids = prepare(folder / "economy.styrplan")
    with open_plan(path) as plan:
        with plan.transaction() as session:
            connection = session.connection()
            connection.execute(insert(Risk.__table__), [
                dict(year=YEAR, unit_id=unit, title=f"Risk {k + 1} i enhet {unit}", likelihood=1 + k % 4,
                     consequence=1 + (unit + k) % 4, chosen=k == 0, control=f"Kontroll {k + 1}" if k == 0 else "",
                     responsible="Ekonomichef", frequency="yearly", report_period_id=period_ids[5], category="finance")
                for unit in unit_ids[:UNITS] for k in range(3)])
            connection.execute(insert(GoverningDocument.__table__), [
                dict(title=f"Styrdokument {i + 1}", kind="policy", decided_by="KF", unit_id=unit_ids[i],
                     reference=f"KS 2027/{i + 1}", description="", location=f"https://example.se/{i + 1}.pdf")
                for i in range(100)])
            documents = list(connection.execute(select(GoverningDocument.id)).scalars())
            goals = list(connection.execute(select(Node.id).order_by(Node.id).limit(200)).scalars())
            connection.execute(insert(DocumentNode.__table__), [
                dict(document_id=d, node_id=goals[(2 * i + k) % len(goals)]) for i, d in enumerate(documents)
                for k in range(2)])
            connection.execute(insert(SituationReview.__table__), [
                dict(unit_id=unit, year=YEAR, mission="Uppdraget.", analysis="Analys " * 40, needs="", results="",
                     challenges="", key_figures="", trends="") for unit in unit_ids[:UNITS]])
            reviews = list(connection.execute(select(SituationReview.id)).scalars())
            connection.execute(insert(ReviewIndicator.__table__), [
                dict(review_id=r, indicator_id=1 + (i + k) % 500, position=k) for i, r in enumerate(reviews)
                for k in range(3)])
        with plan.session() as session:
            figures = session.execute(select(func.count()).select_from(BudgetFigure)).scalar_one()
        book = folder / "economy.xlsx"
        start = time.perf_counter()
        export_plan_workbook(plan, book)
        report("export it with risks, budget, outcome, documents", time.perf_counter() - start)
    empty = create_plan(folder / "empty-economy.styrplan",
                        lambda p: apply_template(p, "norrtalje", organisation_name="Storstad kommun", year=YEAR))
    with open_plan(empty) as plan:
        start = time.perf_counter()
        with plan.recording():
            import_plan_workbook(plan, book)
        report("import that into an empty plan (recorded for undo)", time.perf_counter() - start)
        start = time.perf_counter()
        lines = import_plan_workbook(plan, book).lines()
        report("import it again into that plan (nothing changes)", time.perf_counter() - start)
        with plan.session() as session:
            copied = session.execute(select(func.count()).select_from(BudgetFigure)).scalar_one()
    print(f"   {book.stat().st_size / 1e6:.1f} MB; outcome rows {figures} → {copied}; last import: {lines[-1]}")


if __name__ == "__main__":
    main()
