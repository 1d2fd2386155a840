"""Speed of the turn of the year: plan year 2028 made from 2027 of the generated large plan (2,000 nodes,
500 indicators, every one with a new target), in one transaction.

    .venv/bin/python bench/bench_rollover.py
Goal (issue 18): under 3 s. Printed beside a floor from the same run: SQLite itself copying the same node
rows (INSERT … SELECT in one transaction, no Python per row), what no rollover can beat on this machine.
"""

from __future__ import annotations

import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.large_plan import INDICATORS, write_large  # noqa: E402
from styrapp.models.file.plan_file import open_plan  # noqa: E402
from styrapp.models.services.risks import create_risk  # noqa: E402
from styrapp.models.services.rollover import rollover  # noqa: E402

RISKS = 100


def floor(path: Path) -> float:
    """SQLite alone copying 2027's nodes into 2028 (then the copy is thrown away)."""
    con = sqlite3.connect(path)
    columns = [row[1] for row in con.execute("PRAGMA table_info(node)") if row[1] not in ("id", "uuid", "year")]
    names = ", ".join(columns)
    start = time.perf_counter()
    with con:
        con.execute(f"INSERT INTO node (uuid, year, {names}) SELECT lower(hex(randomblob(18))), 2028, {names} "
                    f"FROM node WHERE year = 2027")
    elapsed = time.perf_counter() - start
    con.close()
    return elapsed


def main() -> None:
    folder = Path(tempfile.mkdtemp())
    path = write_large(folder / "large.styrplan")
    with open_plan(path) as plan:
        for i in range(RISKS):
            create_risk(plan, year=2027, title=f"Risk {i + 1}", likelihood=1 + i % 4, consequence=1 + (i // 4) % 4)
    shutil.copyfile(path, folder / "floor.styrplan")
    shutil.copyfile(path, folder / "window.styrplan")
    floor_seconds = floor(folder / "floor.styrplan")
    with open_plan(path) as plan:
        targets = {i + 1: 85.0 for i in range(INDICATORS)}
        start = time.perf_counter()
        report = rollover(plan, 2028, targets=targets)
        elapsed = time.perf_counter() - start
    counts = report.counts()
    nodes = sum(counts[k] for k in ("goals", "assignments", "measures", "activities"))
    print(f"Rollover of the large plan to 2028 ({nodes:,} nodes, {counts['periods']} periods, {counts['events']} events, "
          f"{counts['risks']} risks, {counts['targets']} targets): {elapsed * 1000:7.0f} ms  (goal < 3000 ms)  "
          f"{'ok' if elapsed < 3 else 'SLOW'}")
    with open_plan(folder / "window.styrplan") as plan:  # as the window does it: recorded for undo
        start = time.perf_counter()
        with plan.recording(allow_closed=True) as edit:
            rollover(plan, 2028, targets=targets)
        recorded = time.perf_counter() - start
        start = time.perf_counter()
        plan.revert(edit)
        undone = time.perf_counter() - start
    print(f"  the same recorded for undo, as the window does it:       {recorded * 1000:7.0f} ms  "
          f"{'ok' if recorded < 3 else 'SLOW'}; its undo {undone * 1000:.0f} ms")
    print(f"  floor, SQLite copying the node rows by itself:           {floor_seconds * 1000:7.0f} ms")


if __name__ == "__main__":
    main()
