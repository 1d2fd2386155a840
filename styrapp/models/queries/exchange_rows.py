"""What the exchange formats read from a plan: the workbook's records, the indicators Kolada feeds."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select

from ..file.plan_file import PlanFile
from ..tables import Indicator, IndicatorNode, Measurement, Node, OrgUnit


@dataclass
class WorkbookRows:
    units: dict[int, str]
    titles: dict[int, str]
    goals_of: dict[int, list[str]] = field(default_factory=dict)  # indicator id → the titles of its goals
    indicators: list[Indicator] = field(default_factory=list)
    measurements: list[Measurement] = field(default_factory=list)
    node_uuids: dict[int, str] = field(default_factory=dict)


def workbook_rows(plan: PlanFile) -> WorkbookRows:
    with plan.session() as session:
        units = dict(session.execute(select(OrgUnit.id, OrgUnit.name)).all())
        titles = dict(session.execute(select(Node.id, Node.title)).all())
        rows = WorkbookRows(units, titles, node_uuids=dict(session.execute(select(Node.id, Node.uuid)).all()))
        for indicator_id, node_id in session.execute(select(IndicatorNode.indicator_id, IndicatorNode.node_id)).all():
            rows.goals_of.setdefault(indicator_id, []).append(titles[node_id])
        rows.indicators = list(session.execute(select(Indicator).order_by(Indicator.position, Indicator.id)).scalars())
        rows.measurements = list(session.execute(select(Measurement).order_by(
            Measurement.indicator_id, Measurement.date, Measurement.kind, Measurement.gender)).scalars())
    return rows


def kolada_indicators(plan: PlanFile) -> list[Indicator]:
    """The indicators that name a Kolada KPI."""
    with plan.session() as session:
        return list(session.execute(select(Indicator).where(Indicator.kolada_id.is_not(None))).scalars())
