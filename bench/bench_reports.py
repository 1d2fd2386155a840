"""Speed and size of the PDF reports.

    .venv/bin/python bench/bench_reports.py

Goals (issue 19, tightening issue 7's): the demo plan's verksamhetsplan in under 1 s; the large generated
plan's uppföljningsrapport (500 indicator charts), tagged as PDF/UA, no slower than matplotlib alone
drawing the same 500 charts on one core in this same run (the floor: engine / matplotlib ≤ 1.00), and in
under 30 s; peak memory under 500 MB.
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024  # Linux reports kB; the pool's workers count as children


def _timed(call) -> float:
    started = time.perf_counter()
    call()
    return time.perf_counter() - started


def main() -> None:
    from bench.large_plan import write_large
    from styrapp.models.content.demo import write_demo
    from styrapp.models.file.plan_file import open_plan
    from styrapp.reports.engine import ReportOptions, build_report

    folder = Path(tempfile.mkdtemp())
    demo = write_demo(folder / "demo.styrplan")
    with open_plan(demo, read_only=True) as plan:
        build_report(plan, "internkontroll", folder / "warm.pdf")  # fonts and ReportLab's imports, once
        started = time.perf_counter()
        build_report(plan, "verksamhetsplan", folder / "vp.pdf")  # the first with charts: matplotlib's import too
        first_seconds = time.perf_counter() - started
        demo_seconds = min(_timed(lambda: build_report(plan, "verksamhetsplan", folder / "vp.pdf")) for _ in range(3))

    large = write_large(folder / "large.styrplan")
    with open_plan(large, read_only=True) as plan:
        from styrapp.models.queries import report_rows
        from styrapp.models.queries.follow_up_rows import periods
        from styrapp.models.queries.indicator_series import indicator_series_many
        from styrapp.reports.charts import indicator_chart

        period = periods(plan)[0]
        ids = list(dict.fromkeys(i.id for g in report_rows.goal_rows(plan, period.period_end) for i in g.indicators))
        started = time.perf_counter()
        build_report(plan, "uppfoljning", folder / "uf.pdf", ReportOptions(period=period.name))
        large_seconds = time.perf_counter() - started
        series = indicator_series_many(plan, ids)
    started = time.perf_counter()
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    for item in series:  # matplotlib alone, one core: the same charts drawn, no output at all
        FigureCanvasAgg(indicator_chart(item, width=6.4, height=2.9)).draw()
    matplotlib_seconds = time.perf_counter() - started

    from pypdf import PdfReader

    pages = len(PdfReader(folder / "uf.pdf").pages)
    print(f"demo verksamhetsplan:               {demo_seconds:6.2f} s   (best of 3; goal < 1 s: "
          f"{'met' if demo_seconds < 1 else 'NOT met'})")
    print(f"  the first in a process:           {first_seconds:6.2f} s   (with matplotlib's import, paid once)")
    print(f"large uppföljningsrapport:          {large_seconds:6.2f} s   ({len(ids)} charts, {pages} pages; goal < 30 s: "
          f"{'met' if large_seconds < 30 else 'NOT met'})")
    print(f"matplotlib alone, same charts (1 core): {matplotlib_seconds:6.2f} s   (engine / matplotlib = "
          f"{large_seconds / matplotlib_seconds:.2f}; goal ≤ 1.00: "
          f"{'met' if large_seconds <= matplotlib_seconds else 'NOT met'})")
    print(f"peak memory (largest process):      {peak_mb():6.0f} MB (goal < 500 MB: {'met' if peak_mb() < 500 else 'NOT met'})")


if __name__ == "__main__":
    main()
