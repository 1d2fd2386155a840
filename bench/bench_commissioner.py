"""Speed of fetching uppdragsgivarens mål: a linked import of 500 goals from KF's plan, with its comparison.

    .venv/bin/python bench/bench_commissioner.py
Goal (issue 18): under 2 s, reading the source, comparing and writing included; and the re-import after
50 goals were renamed at the source.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert, select, text  # noqa: E402

from styrapp.models.content.templates import apply_template  # noqa: E402
from styrapp.models.file.plan_file import create_plan, open_plan  # noqa: E402
from styrapp.models.queries.source_plan import read_source_plan  # noqa: E402
from styrapp.models.services import commissioner  # noqa: E402
from styrapp.models.tables import GovernanceLevel, Node  # noqa: E402

AREAS, GOALS_PER_AREA = 25, 19  # 25 målområden + 475 strategiska mål = 500 goals


def write_kf(path: Path) -> Path:
    def build(plan):
        apply_template(plan, "askersund", organisation_name="Askersunds kommun", year=2027)
        with plan.transaction() as session:
            session.execute(text("DELETE FROM node"))
            lv = dict(session.execute(select(GovernanceLevel.name, GovernanceLevel.id)).all())
            connection = session.connection()
            for a in range(AREAS):
                area = connection.execute(insert(Node.__table__).values(
                    level_id=lv["Målområde"], title=f"Målområde {a + 1}", description="Text " * 20, year=2027,
                    position=a, uuid=f"area-{a:04d}", ended=False, origin="own", progress="not_started",
                    budget_impact=False)).inserted_primary_key[0]
                connection.execute(insert(Node.__table__), [dict(
                    level_id=lv["Strategiskt mål"], parent_id=area, title=f"Mål {a + 1}.{g + 1}", description="Text " * 20,
                    year=2027, position=g, uuid=f"goal-{a:04d}-{g:04d}", ended=False, origin="own",
                    progress="not_started", budget_impact=False) for g in range(GOALS_PER_AREA)])
    return create_plan(path, build)


def main() -> None:
    folder = Path(tempfile.mkdtemp())
    source = write_kf(folder / "kf.styrplan")
    target = create_plan(folder / "namnd.styrplan", lambda p: apply_template(
        p, "askersund", organisation_name="Kultur- och tekniknämnden", year=2027))
    with open_plan(target) as plan:
        start = time.perf_counter()
        comparison = commissioner.compare(plan, read_source_plan(source, target=plan))
        done = commissioner.apply(plan, comparison)
        first = time.perf_counter() - start
    with open_plan(source) as kf:
        with kf.transaction() as session:
            session.execute(text("UPDATE node SET title = title || ' (ny lydelse)' WHERE id % 10 = 0"))
    with open_plan(target) as plan:
        start = time.perf_counter()
        comparison = commissioner.compare(plan, read_source_plan(source, target=plan))
        again = commissioner.apply(plan, comparison)
        second = time.perf_counter() - start
    print(f"Linked import of {len(done.added)} goals with its comparison: {first * 1000:7.0f} ms  (goal < 2000 ms)  "
          f"{'ok' if first < 2 else 'SLOW'}")
    print(f"Re-import with {len(again.changed)} changed of {len(comparison.items)}:   {second * 1000:7.0f} ms  "
          f"(goal < 2000 ms)  {'ok' if second < 2 else 'SLOW'}")


if __name__ == "__main__":
    main()
