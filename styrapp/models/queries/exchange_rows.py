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


# The tables the whole-plan workbook holds, each read whole as plain rows, in the order a person sees them.
WORKBOOK_TABLES = ("organisation", "plan", "plan_setting", "plan_value", "org_unit", "governance_level", "level_rule", "node",
                   "node_link", "node_sdg", "indicator", "indicator_node", "indicator_sdg", "measurement",
                   "reporting_period", "follow_up", "wheel_ring", "wheel_event", "risk", "governing_document",
                   "situation_review", "budget_line", "budget_figure", "control_follow_up", "document_node",
                   "review_indicator")
_ORDER = {"plan_value": ("position", "id"), "org_unit": ("parent_id", "position", "id"), "governance_level": ("tree", "position", "id"),
          "node": ("parent_id", "position", "id"), "indicator": ("position", "id"),
          "measurement": ("indicator_id", "date", "kind", "gender"), "reporting_period": ("year", "period_end", "id"),
          "wheel_ring": ("position", "id"), "wheel_event": ("ring_id", "start", "id"),
          "risk": ("year", "id"), "situation_review": ("year", "id"), "budget_line": ("year", "id"),
          "budget_figure": ("line_id", "period_id"), "control_follow_up": ("risk_id", "period_id")}


def plan_tables(plan: PlanFile) -> dict[str, list[dict]]:
    """Every row of the tables the whole-plan workbook holds, as dicts of column → value, in one read
    transaction. Trees are in (parent, position) order; the exporter lays them out depth first."""
    from sqlmodel import SQLModel

    from .. import tables

    assert tables  # registers the tables on the metadata
    out: dict[str, list[dict]] = {}
    with plan.session() as session:
        connection = session.connection()
        for name in WORKBOOK_TABLES:
            table = SQLModel.metadata.tables[name]
            order = [table.c[c] for c in _ORDER.get(name, ()) if c in table.c] or list(table.primary_key.columns)
            out[name] = [dict(row._mapping) for row in connection.execute(select(table).order_by(*order))]
    return out


def table_columns(name: str) -> dict[str, tuple[str, bool]]:
    """A table's columns in order: name → (how a cell of it is read, whether it may be empty). The kinds:
    bool, int, float, datetime, date, bytes, text."""
    from datetime import date, datetime

    from sqlmodel import SQLModel

    from .. import tables

    assert tables
    table = SQLModel.metadata.tables.get(name)
    if table is None:
        return {}
    out = {}
    for column in table.columns:
        try:
            python = column.type.python_type
        except NotImplementedError:
            python = str
        kind = {bool: "bool", int: "int", float: "float", datetime: "datetime", date: "date", bytes: "bytes"}.get(
            python, "text")
        out[column.name] = (kind, bool(column.nullable))
    return out
