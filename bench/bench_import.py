"""Speed of the Kolada import: 20,000 values into the generated large plan.

    .venv/bin/python bench/bench_import.py
Goal (issue 5): under 3 s, reading, matching and writing included.
"""

from __future__ import annotations

import json
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import update  # noqa: E402

from bench.large_plan import INDICATORS, write_large  # noqa: E402
from styrapp.exchange.kolada import import_kolada  # noqa: E402
from styrapp.models.file.plan_file import open_plan  # noqa: E402
from styrapp.models.tables import Indicator  # noqa: E402


def main() -> None:
    folder = Path(tempfile.mkdtemp())
    path = write_large(folder / "large.styrplan")
    rng = random.Random(5)
    rows = []
    for i in range(INDICATORS):  # 500 KPIs × 20 years × T/K (two values a row) = 20,000 values
        for year in range(2004, 2024):
            rows.append({"kpi": f"N{10000 + i:05d}", "municipality": "0180", "period": year, "values": [
                {"count": 1, "gender": g, "status": "", "value": round(rng.uniform(40, 95), 1)} for g in ("T", "K")]})
    source = folder / "kolada.json"
    source.write_text(json.dumps({"count": len(rows), "next_page": None, "previous_page": None, "values": rows}))
    with open_plan(path) as plan:
        with plan.transaction() as session:
            for i in range(INDICATORS):
                session.execute(update(Indicator).where(Indicator.id == i + 1).values(
                    kolada_id=f"N{10000 + i:05d}", kolada_municipality="0180"))
        start = time.perf_counter()
        report = import_kolada(plan, source)
        elapsed = time.perf_counter() - start
    print(f"Kolada import of {report.imported:,} values ({report.added:,} new) into the large plan: "
          f"{elapsed * 1000:7.0f} ms  (goal < 3000 ms)  {'ok' if elapsed < 3 else 'SLOW'}")


if __name__ == "__main__":
    main()
