"""Speed of the whole plan in and out of Excel: the generated large plan (10 nämnder, 2,000 nodes, 500
indicators, 20,000 values) exported to a workbook, imported into an empty plan from the same template,
and imported again into that plan (everything matched, nothing changed).

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


if __name__ == "__main__":
    main()
