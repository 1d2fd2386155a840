"""A generated large plan for the benchmarks: 10 nämnder, 2,000 nodes, 500 indicators, 20,000 values.

Built with Core bulk inserts in one transaction, the way imports and year rollovers work.
"""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

from sqlalchemy import insert, select

from styrapp.models.content.templates import apply_template
from styrapp.models.file.plan_file import PlanFile, create_plan
from styrapp.models.queries import units as unit_queries
from styrapp.models.services import organisation
from styrapp.models.tables import GovernanceLevel, Indicator, IndicatorNode, Measurement, Node

COMMITTEES, NODES, INDICATORS, MEASUREMENTS = 10, 2000, 500, 20000


def build_large(plan: PlanFile) -> None:
    rng = random.Random(2027)
    apply_template(plan, "norrtalje", organisation_name="Storstad kommun", year=2027)
    council = unit_queries.unit_by_name(plan, "Kommunfullmäktige")
    units = [organisation.create_unit(plan, name=f"Nämnd {i + 1}", kind="committee", parent_id=council)
             for i in range(COMMITTEES)]
    with plan.transaction() as session:
        lv = {row.key: row.id for row in session.execute(select(GovernanceLevel)).scalars()}
        connection = session.connection()
        next_id = 1
        rows = []
        areas = []
        for a in range(8):
            rows.append(dict(id=next_id, parent_id=None, position=a, level_id=lv["focus_area"], title=f"Målområde {a + 1}"))
            areas.append(next_id)
            next_id += 1
        directions = []
        for d in range(120):
            parent = areas[d % len(areas)]
            rows.append(dict(id=next_id, parent_id=parent, position=d // len(areas), level_id=lv["direction_goal"],
                             title=f"Inriktningsmål {d + 1}", owner_unit_id=units[d % COMMITTEES]))
            directions.append(next_id)
            next_id += 1
        goals = []
        counters: dict[int, int] = {}
        while next_id <= 1000:
            parent = directions[rng.randrange(len(directions))]
            counters[parent] = counters.get(parent, -1) + 1
            rows.append(dict(id=next_id, parent_id=parent, position=counters[parent], level_id=lv["result_goal"],
                             title=f"Resultatmål {next_id}", owner_unit_id=units[rng.randrange(COMMITTEES)]))
            goals.append(next_id)
            next_id += 1
        assignments = []
        for i in range(300):
            rows.append(dict(id=next_id, parent_id=None, position=i, level_id=lv["assignment"], title=f"Uppdrag {i + 1}",
                             owner_unit_id=units[i % COMMITTEES], due=date(2027, 12, 31)))
            assignments.append(next_id)
            next_id += 1
        counters = {}
        while next_id <= NODES:
            parent = assignments[rng.randrange(len(assignments))]
            counters[parent] = counters.get(parent, -1) + 1
            rows.append(dict(id=next_id, parent_id=parent, position=counters[parent], level_id=lv["activity"],
                             title=f"Aktivitet {next_id}", due=date(2027, 12, 31)))
            next_id += 1
        connection.execute(insert(Node.__table__), [{**_defaults(), "year": 2027, **r} for r in rows])
        connection.execute(insert(Indicator.__table__), [
            dict(id=i + 1, position=i, name=f"Indikator {i + 1}", unit="%", direction="higher",
                 target=80.0, baseline=60.0, frequency="yearly", decimals=0, reported_to_council=False,
                 gender_split=False, description="", source="Kolada", responsible="", status_override_reason="")
            for i in range(INDICATORS)])
        connection.execute(insert(IndicatorNode.__table__), [
            dict(indicator_id=i + 1, node_id=goals[i % len(goals)]) for i in range(INDICATORS)])
        per = MEASUREMENTS // INDICATORS
        connection.execute(insert(Measurement.__table__), [
            dict(indicator_id=i + 1, period=str(1987 + y), date=date(1987 + y, 12, 31), value=rng.uniform(40, 95),
                 kind="actual", gender="T", comment="", source="Kolada")
            for i in range(INDICATORS) for y in range(per)])


def _defaults():
    from styrapp.models.tables._columns import fixed_defaults

    return fixed_defaults(Node)


def write_large(path: Path) -> Path:
    return create_plan(path, build_large, overwrite=True)
