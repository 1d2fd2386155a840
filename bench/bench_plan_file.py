"""Speed of the plan file: write the demo, open, check, one edit; the same for the large plan.

    .venv/bin/python bench/bench_plan_file.py
Goals (issue 3): demo write, open and check well under 1 s each; the large plan (10 nämnder,
2,000 nodes, 500 indicators, 20,000 values) written in under 3 s, opened and checked in under 1 s;
one edit through a service commits in under 5 ms.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.large_plan import write_large  # noqa: E402
from styrapp.models.content.demo import write_demo  # noqa: E402
from styrapp.models.file.plan_file import open_plan  # noqa: E402
from styrapp.models.queries.node_facts import children  # noqa: E402
from styrapp.models.queries.red_thread import check_plan  # noqa: E402
from styrapp.models.queries.summary import summarise  # noqa: E402
from styrapp.models.services import nodes  # noqa: E402


def timed(fn):
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def report(name: str, seconds: float, goal: float) -> None:
    verdict = "ok" if seconds < goal else "OVER GOAL"
    print(f"{name:<42} {seconds * 1000:9.1f} ms   (goal < {goal * 1000:.0f} ms)  {verdict}")


def main() -> None:
    folder = Path(tempfile.mkdtemp())
    t, demo = timed(lambda: write_demo(folder / "demo.styrplan"))
    report("demo plan: write", t, 1.0)
    t, plan = timed(lambda: open_plan(demo))
    report("demo plan: open", t, 1.0)
    t, _ = timed(lambda: check_plan(plan))
    report("demo plan: check", t, 1.0)
    node = children(plan, None, "goals")[0]  # the first övergripande mål
    edits = []
    for i in range(50):
        t, _ = timed(lambda i=i: nodes.rename_node(plan, node, f"Mål {i}"))
        edits.append(t)
    report("one edit (rename, median of 50)", statistics.median(edits), 0.005)
    plan.close()

    t, large = timed(lambda: write_large(folder / "large.styrplan"))
    report("large plan: write", t, 3.0)
    t, plan = timed(lambda: open_plan(large))
    report("large plan: open", t, 1.0)
    t, findings = timed(lambda: check_plan(plan))
    report("large plan: check", t, 1.0)
    counts = summarise(plan).counts
    print(f"   large plan holds {counts['goals'] + counts['assignments'] + counts['activities']} nodes, "
          f"{counts['indicators']} indicators, {counts['measurements']} measurements; {len(findings)} findings")
    moves = []
    def move():
        with plan.recording() as edit:  # as the window does: the edit is recorded (and taken back after)
            nodes.move_node(plan, 200, 10, 0)
        return edit

    for _ in range(20):
        t, edit = timed(move)
        moves.append(t)
        plan.revert(edit)
    report("large plan: one move (median of 20)", statistics.median(moves), 0.050)  # issue 4: < 50 ms
    plan.close()


if __name__ == "__main__":
    main()
