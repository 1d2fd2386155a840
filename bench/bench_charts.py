"""Speed of opening an indicator and drawing its chart: 40 periods, in the generated large plan.

    .venv/bin/python bench/bench_charts.py
Goal (issue 5): under 150 ms once matplotlib is loaded; the first chart also pays for loading it.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.large_plan import write_large  # noqa: E402
from styrapp.models.file.plan_file import open_plan  # noqa: E402
from styrapp.models.queries.indicator_series import indicator_series  # noqa: E402


def draw(plan, indicator_id: int) -> float:
    start = time.perf_counter()
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from styrapp.reports.charts import indicator_chart

    figure = indicator_chart(indicator_series(plan, indicator_id))
    FigureCanvasAgg(figure).draw()
    return (time.perf_counter() - start) * 1000


def main() -> None:
    path = write_large(Path(tempfile.mkdtemp()) / "large.styrplan")
    with open_plan(path) as plan:
        series = indicator_series(plan, 1)
        cold = draw(plan, 1)
        warm = statistics.median(draw(plan, i) for i in range(2, 12))
    print(f"indicator with {len(series.periods)} periods, read and drawn, first chart (loads matplotlib): {cold:6.0f} ms")
    print(f"indicator with {len(series.periods)} periods, read and drawn, afterwards (median of 10):   {warm:6.0f} ms"
          f"  (goal < 150 ms)  {'ok' if warm < 150 else 'SLOW'}")


if __name__ == "__main__":
    main()
