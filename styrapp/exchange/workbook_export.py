"""The whole plan to an Excel workbook: one tidy sheet per part (see `workbook_layout`), written the
way `excel` writes every sheet (control characters escaped, long texts continued on "Långa texter",
text that looks like a formula kept as text)."""

from __future__ import annotations

import base64
import json
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path

from ..atomic import replacing
from ..models.enums import SWEDISH, Frequency, Gender, MeasurementKind, RiskCategory
from ..models.file.plan_file import PlanFile
from ..models.queries.exchange_rows import plan_tables
from ..models.queries.node_rows import read_tree
from ..models.queries.plan_status import indicator_statuses
from ..models.rules.money import format_amount
from ..models.rules.risk import risk_value
from . import workbook_layout as L
from .sheet_writing import LONG_TEXT_COLUMNS, LONG_TEXTS, _fitted
from .xlsx_writer import TableWorkbook


def sv(enum: type[StrEnum] | None, value) -> str:
    """An enum value as the sheet writes it: the Swedish word (the value itself if it has none)."""
    if value in (None, ""):
        return ""
    try:
        member = enum(value)
    except ValueError:
        return str(value)
    return SWEDISH.get(member, member.value)


def cell_value(column: L.Column, value):
    """A stored value as a cell holds it."""
    if value is None:
        return None
    if column.kind == "enum":
        return sv(column.enum, value)
    if column.kind == "bool":
        return "ja" if value else "nej"
    if column.kind == "category":  # one of the five words, or the plan's own as it was typed
        return sv(RiskCategory, value) if value in set(RiskCategory) else value
    if column.kind == "budgetkind":
        return L.BUDGET_KIND_WORDS.get(value, value)
    if column.kind in ("frame", "amount"):  # kronor, exact to the öre: "1 234 500" or "1 234 500,50"
        return format_amount(value, "kr", decimals=2 if value % 100 else 0)
    if column.kind == "bytes":
        return base64.b64encode(value).decode("ascii")
    if column.kind == "datetime" and isinstance(value, datetime):
        return value.replace(microsecond=0).isoformat(sep=" ")
    if column.kind == "date" and isinstance(value, str):
        return date.fromisoformat(value[:10])
    return value


def _rows(columns: tuple[L.Column, ...], records: list[dict], special) -> list[list]:
    """A row per record: `special(header, record)` gives the cells the record's own columns do not hold
    (references by uuid, read-only columns); it returns NotImplemented for a plain column."""
    out = []
    for record in records:
        row = []
        for column in columns:
            value = special(column, record)
            if value is NotImplemented:
                value = cell_value(column, record.get(column.field)) if column.field else None
            row.append(value)
        out.append(row)
    return out


def export_plan_workbook(plan: PlanFile, path: Path | str) -> Path:
    """Write every part of the plan to `path` (.xlsx), whole or not at all. Returns the path."""
    path = Path(path)
    data = plan_tables(plan)
    uuid = {name: {r["id"]: r["uuid"] for r in data[name]} for name in
            ("org_unit", "governance_level", "node", "indicator", "reporting_period", "wheel_ring")}
    unit_names = {r["id"]: r["name"] for r in data["org_unit"]}
    node_titles = {r["id"]: r["title"] for r in data["node"]}
    level_by_id = {r["id"]: r for r in data["governance_level"]}
    period_names = {r["id"]: r["name"] for r in data["reporting_period"]}
    indicator_names = {r["id"]: r["name"] for r in data["indicator"]}
    sdgs: dict[tuple[str, int], list[int]] = {}
    for table, key in (("node_sdg", "node_id"), ("indicator_sdg", "indicator_id")):
        for r in data[table]:
            sdgs.setdefault((table, r[key]), []).append(r["sdg"])
    workbook = TableWorkbook("styrapp – export")
    spill: list[list] = []

    # Plan: the organisation's and the plan's fields, then the plan's settings.
    single = {"organisation": (data["organisation"] or [{}])[0], "plan": (data["plan"] or [{}])[0]}
    plan_rows = [[label, cell_value(L.Column(label, field, kind, enum), single[table].get(field))]
                 for label, table, field, kind, enum in L.PLAN_FIELDS]
    listed = {(table, field) for _l, table, field, _k, _e in L.PLAN_FIELDS}
    for table in ("organisation", "plan"):  # columns a later release adds
        for field, value in single[table].items():
            if (table, field) not in listed and field != "id":
                plan_rows.append([f"{table}.{field}", value])
    plan_rows += [[L.SETTING_PREFIX + r["key"], r["value"]] for r in data["plan_setting"]
                  if r["key"] != "template.samples"]  # bookkeeping of the template, not the plan
    _sheet(workbook, L.PLAN, L.PLAN_COLUMNS, plan_rows, spill)
    _write(workbook, L.VALUES, data["plan_value"], lambda c, r: NotImplemented, spill)  # in their order

    # Enheter, depth first.
    units = _depth_first(data["org_unit"])

    def unit_special(column, record):
        if column.header == "överordnad":
            return uuid["org_unit"].get(record["parent_id"], "")
        if column.header == "Överordnad enhet":
            return unit_names.get(record["parent_id"], "")
        return NotImplemented

    _write(workbook, L.UNITS, units, unit_special, spill)

    # Styrmodell, with the levels a level may sit under.
    parents: dict[int, list[str]] = {}
    for rule in data["level_rule"]:
        parents.setdefault(rule["child_level_id"], []).append(level_by_id[rule["parent_level_id"]]["name"])

    def level_special(column, record):
        if column.field == "parents":
            return "; ".join(parents.get(record["id"], []))
        return NotImplemented

    _write(workbook, L.LEVELS, data["governance_level"], level_special, spill)

    # Mål and Uppdrag: the trees as they are shown, depth first.
    nodes = {r["id"]: r for r in data["node"]}
    statuses = indicator_statuses(plan)
    for tree, sheet in (("goals", L.GOALS), ("assignments", L.ASSIGNMENTS)):
        shown = read_tree(plan, tree).rows
        depth: dict[int | None, int] = {None: -1}
        facts = {}
        for row in shown:
            depth[row.id] = depth[row.parent_id] + 1
            facts[row.id] = row

        def node_special(column, record, depth=depth, facts=facts):
            row = facts[record["id"]]
            header = column.header
            if header == "Id":
                return record["id"]
            if header == "Nivå":
                return level_by_id[record["level_id"]]["name"]
            if header == "Djup":
                return depth[record["id"]]
            if header == "Titel":
                return "  " * depth[record["id"]] + record["title"]
            if header == "Överordnad":
                return node_titles.get(record["parent_id"], "")
            if header == "överordnad":
                return uuid["node"].get(record["parent_id"], "")
            if header == "Ansvarig enhet":
                return unit_names.get(record["owner_unit_id"], "")
            if header == "Status":
                return SWEDISH[row.status] if row.status else ""
            if header == "Indikatorer":
                return row.indicators
            if column.field == "sdgs":
                return "; ".join(str(n) for n in sorted(sdgs.get(("node_sdg", record["id"]), [])))
            return NotImplemented

        _write(workbook, sheet, [nodes[row.id] for row in shown], node_special, spill)

    # Kopplingar: node → node (tjänar), indicator → node (mäter).
    link_rows = [[uuid["node"][r["source_id"]], node_titles[r["source_id"]], uuid["node"][r["target_id"]],
                  node_titles[r["target_id"]], L.SERVES] for r in data["node_link"]]
    link_rows += [[uuid["indicator"][r["indicator_id"]], indicator_names[r["indicator_id"]],
                   uuid["node"][r["node_id"]], node_titles[r["node_id"]], L.MEASURES]
                  for r in sorted(data["indicator_node"], key=lambda r: (r["indicator_id"], r["node_id"]))]
    _sheet(workbook, L.LINKS, tuple(c.header for c in L.LINK_COLUMNS), link_rows, spill)

    # Indikatorer and Mätvärden, in the columns earlier releases wrote, and more.
    goals_of: dict[int, list[str]] = {}
    for r in data["indicator_node"]:
        goals_of.setdefault(r["indicator_id"], []).append(node_titles[r["node_id"]])

    def indicator_special(column, record):
        header = column.header
        if header == "Id":
            return record["id"]
        if header == "Status":
            return SWEDISH[statuses[record["id"]].status]
        if header == "Ansvarig enhet":
            return unit_names.get(record["owner_unit_id"], "")
        if header == "Mål":
            return "; ".join(goals_of.get(record["id"], []))
        if column.field == "sdgs":
            return "; ".join(str(n) for n in sorted(sdgs.get(("indicator_sdg", record["id"]), [])))
        return NotImplemented

    _write(workbook, L.INDICATORS, data["indicator"], indicator_special, spill)
    order = {r["id"]: i for i, r in enumerate(data["indicator"])}
    measurement_rows = [[
        m["indicator_id"], indicator_names[m["indicator_id"]], m["period"], cell_value(L.C("", "", "date"), m["date"]),
        sv(MeasurementKind, m["kind"]), Gender(m["gender"]).value, m["value"], m["comment"], m["source"],
        uuid["indicator"][m["indicator_id"]],
    ] for m in sorted(data["measurement"], key=lambda m: (order[m["indicator_id"]], str(m["date"]), m["kind"],
                                                            m["gender"]))]
    _sheet(workbook, L.MEASUREMENTS, tuple(c.header for c in L.MEASUREMENT_COLUMNS), measurement_rows, spill)

    _write(workbook, L.PERIODS, data["reporting_period"], lambda c, r: NotImplemented, spill)

    def follow_up_special(column, record):
        header = column.header
        if header == "Nod-uuid":
            return uuid["node"][record["node_id"]]
        if header == "Mål eller uppdrag":
            return node_titles[record["node_id"]]
        if header == "Period-uuid":
            return uuid["reporting_period"][record["period_id"]]
        if header == "Period":
            return period_names[record["period_id"]]
        return NotImplemented

    node_order = {}
    for tree in ("goals", "assignments"):
        for row in read_tree(plan, tree).rows:
            node_order[row.id] = len(node_order)
    follow_ups = sorted(data["follow_up"], key=lambda r: (node_order.get(r["node_id"], 0), r["period_id"]))
    _write(workbook, L.FOLLOW_UPS, follow_ups, follow_up_special, spill)

    # Årshjul: each ring, then its events.
    ring_names = {r["id"]: r["name"] for r in data["wheel_ring"]}
    wheel_records = []
    for ring in data["wheel_ring"]:
        wheel_records.append({**ring, "type": L.RING, "title": ring["name"], "ring_id": None})
        wheel_records += [{**event, "type": L.EVENT} for event in data["wheel_event"] if event["ring_id"] == ring["id"]]

    def wheel_special(column, record):
        header = column.header
        if header == "Ring-uuid":
            return uuid["wheel_ring"].get(record["ring_id"], "")
        if header == "Ring":
            return ring_names.get(record["ring_id"], "")
        if header == "Period-uuid":
            return uuid["reporting_period"].get(record.get("period_id"), "")
        if header == "Period":
            return period_names.get(record.get("period_id"), "")
        return NotImplemented

    _write(workbook, L.WHEEL, wheel_records, wheel_special, spill)

    # The flat sheets: a unit, a budget line, a risk or a period by its uuid, and its name to read.
    lines = {r["id"]: r for r in data["budget_line"]}
    line_names = {r["id"]: r["name"] for r in data["budget_line"]}
    line_uuids = {r["id"]: r["uuid"] for r in data["budget_line"]}
    risk_titles = {r["id"]: r["title"] for r in data["risk"]}
    risk_uuids = {r["id"]: r["uuid"] for r in data["risk"]}
    goals_of_document: dict[int, list[int]] = {}
    for r in data["document_node"]:
        goals_of_document.setdefault(r["document_id"], []).append(r["node_id"])
    figures_of_review: dict[int, list[int]] = {}
    for r in sorted(data["review_indicator"], key=lambda r: (r["review_id"], r["position"], r["indicator_id"])):
        figures_of_review.setdefault(r["review_id"], []).append(r["indicator_id"])
    period_name = _unique_names(data["reporting_period"], "name")

    def flat_special(column, record):
        header = column.header
        unit_id = record.get("unit_id")
        if "line_id" in record and unit_id is None:  # an outcome: its budget line's unit and kind
            unit_id = lines.get(record["line_id"], {}).get("unit_id")
        if header == "Enhet-uuid":
            return uuid["org_unit"].get(unit_id, "")
        if header == "enhet":
            return unit_names.get(unit_id, "")
        if header == "typ" and "line_id" in record:
            return L.BUDGET_KIND_WORDS.get(lines.get(record["line_id"], {}).get("kind"), "")
        if header == "Budgetrad-uuid":
            return line_uuids.get(record.get("line_id"), "")
        if header == "Budgetrad":
            return line_names.get(record.get("line_id"), "")
        if header.casefold() == "risk-uuid":
            return risk_uuids.get(record.get("risk_id"), "")
        if header.casefold() == "risk" and column.field is None:
            return risk_titles.get(record.get("risk_id"), "")
        if header.casefold() == "period-uuid":
            return uuid["reporting_period"].get(record.get("period_id"), "")
        if header.casefold() == "period" and column.field is None:
            return period_names.get(record.get("period_id"), "")
        if header == "rapporteras i":
            return period_name(record["report_period_id"]) if record.get("report_period_id") else ""
        if header == "riskvärde":
            return risk_value(record["likelihood"], record["consequence"])
        if header in ("mål", "Mål-uuid"):
            names = node_titles if header == "mål" else uuid["node"]
            return "; ".join(names[i] for i in goals_of_document.get(record["id"], []))
        if header in ("nyckeltal (indikatorer)", "Nyckeltal-uuid"):
            names = indicator_names if header != "Nyckeltal-uuid" else uuid["indicator"]
            return "; ".join(names[i] for i in figures_of_review.get(record["id"], []))
        return NotImplemented

    controls = [r for r in data["risk"] if r["chosen"] or any(r.get(f) for f in (
        "control", "method", "responsible", "reporting", "report_period_id")) or r["frequency"] != Frequency.YEARLY]
    for sheet, records in ((L.RISKS, data["risk"]), (L.CONTROLS, [{**r, "risk_id": r["id"]} for r in controls]),
                           (L.DOCUMENTS, data["governing_document"]), (L.REVIEWS, data["situation_review"]),
                           (L.BUDGET, data["budget_line"]), (L.BUDGET_FIGURES, data["budget_figure"]),
                           (L.CONTROL_FOLLOW_UPS, data["control_follow_up"])):
        _write(workbook, sheet, records, flat_special, spill)

    if spill:  # the pieces are written as they are: already in cell_text
        workbook.add_table(LONG_TEXTS, LONG_TEXT_COLUMNS, spill)
    with replacing(path) as temporary:  # whole or not at all
        workbook.save(temporary)
    return path


def _sheet(workbook: TableWorkbook, title: str, columns: tuple[str, ...], rows: list[list], spill: list[list]) -> None:
    """A table on its own sheet; text as a cell holds it, what does not fit continued in `spill`."""
    workbook.add_table(title, columns, [_fitted(row, title, number, spill) for number, row in enumerate(rows, start=2)])


def _unique_names(records: list[dict], field: str):
    """A record's name by its id, or its uuid where another record has the same name (so it is read back as the
    same record)."""
    count: dict[str, int] = {}
    for r in records:
        key = str(r[field] or "").strip().casefold()
        count[key] = count.get(key, 0) + 1
    by_id = {r["id"]: r for r in records}

    def name(record_id: int) -> str:
        r = by_id[record_id]
        return r[field] if count[str(r[field] or "").strip().casefold()] == 1 and r[field].strip() else r["uuid"]

    return name


def _write(workbook, sheet: str, records: list[dict], special, spill) -> None:
    columns = L.written_columns(sheet)
    rows = _rows(columns, records, special)
    for row in rows:  # a later release's JSON-like values are written as text
        for i, value in enumerate(row):
            if isinstance(value, dict | list):
                row[i] = json.dumps(value, ensure_ascii=False)
    _sheet(workbook, sheet, tuple(c.header for c in columns), rows, spill)


def _depth_first(records: list[dict]) -> list[dict]:
    children: dict[int | None, list[dict]] = {}
    for r in records:
        children.setdefault(r["parent_id"], []).append(r)
    out: list[dict] = []
    stack = list(reversed(children.get(None, [])))
    while stack:
        record = stack.pop()
        out.append(record)
        stack += reversed(children.get(record["id"], []))
    return out
