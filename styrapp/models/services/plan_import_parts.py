"""The parts of a plan import that are not trees: the plan's own row, its settings, the styrmodell, Agenda
2030 goals, links, measured values and the flat sheets (see `plan_import`)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import insert, select, update

from ..errors import InvalidValue
from ..tables import (
    IndicatorNode,
    LevelRule,
    NodeLink,
    PlanSetting,
    new_uuid,
)
from .indicators import _upsert_measurements
from .plan_import_records import PlanImportCounts, Row, _check_uuids, _Names, _plain, _refuse, _same, _Table


def _flat(rows: list[Row], table: _Table, keys: tuple[str, ...], refs: dict[str, _Names]) -> list[int]:
    """Rows of a flat sheet: references looked up, matched by uuid, else by `keys`. Returns each row's record."""
    _check_uuids(rows)
    ids = []
    for row in rows:
        fields = _plain(row)
        for name, ref in row.refs.items():
            fields[name] = refs[name].find(ref, row, name) if str(ref).strip() else None
        for name in ("likelihood", "consequence"):
            if name in fields and fields[name] is not None and not 1 <= fields[name] <= 4:
                raise InvalidValue("risk.scale", label=row.cell(name), value=fields[name])
        record = table.by_uuid.get(row.fields.get("uuid")) or next(
            (k for k, r in table.rows.items() if k not in table.taken and all(
                _same(r.get(key), fields.get(key)) for key in keys)), None)
        if table.kind == "budget_lines":
            _budget_line(row, fields, record, table, refs["unit_id"])
        if "decided_on" in fields or "valid_until" in fields:  # a document valid only until before its decision
            old = table.rows.get(record, {})
            start, end = fields.get("decided_on", old.get("decided_on")), fields.get("valid_until", old.get("valid_until"))
            if start is not None and end is not None and end < start:
                raise InvalidValue("xlsx.cell", cell=row.cell("valid_until"), error=InvalidValue(
                    "document.valid_before_decided", end=end.isoformat(), start=start.isoformat()))
        ids.append(table.put(record, fields, row.fields.get("uuid"), row))
    return ids


def _budget_line(row: Row, fields: dict[str, Any], record: int | None, table: _Table, units: _Names) -> None:
    """A budget line: its name is its unit's when the row gives none (as the economy service names it), and
    a unit has one line a year of each kind (a second one in the file is refused with its cell)."""
    if not str(fields.get("name") or "").strip() and record is None and fields.get("unit_id"):
        fields["name"] = units.table.rows[fields["unit_id"]]["name"]
    line = table.rows.get(record, {})
    place = tuple(fields.get(key, line.get(key)) for key in ("unit_id", "year", "kind"))
    if place[2] is None:
        place = (place[0], place[1], "operating")
    for k, r in table.rows.items():
        if k != record and (r["unit_id"], r["year"], r["kind"]) == place:
            from ...wording import Phrase
            from .economy import money_kind_label

            unit = units.table.rows[place[0]]["name"] if place[0] is not None else "—"
            raise InvalidValue("xlsx.cell", cell=row.cell("unit_id"), error=InvalidValue(
                "budget.frame_exists", unit=unit, year=place[1], kind=Phrase(money_kind_label(place[2]))))


def _line_of_figures(rows: list[Row], lines: _Table, units: _Names, periods: _Names) -> None:
    """An outcome row that names no budget line names its unit, kind and period: the line is that unit's
    line of that kind in the period's year (refused when there is none, or more than one)."""
    for row in rows:
        unit_ref = row.refs.pop("unit_id", "")
        kind = row.fields.pop("kind", None)
        if str(row.refs.get("line_id") or "").strip():
            continue
        if not str(unit_ref).strip() or not str(row.refs.get("period_id") or "").strip():
            _refuse("xlsx.empty_cell", row, "unit_id" if not str(unit_ref).strip() else "period_id")
        unit = units.find(unit_ref, row, "unit_id")
        period = periods.find(row.refs["period_id"], row, "period_id")
        year = periods.table.rows[period]["year"]
        kind = kind or "operating"
        found = [k for k, r in lines.rows.items() if r["unit_id"] == unit and r["kind"] == kind and r["year"] == year]
        if len(found) != 1:
            _refuse("xlsx.ambiguous" if found else "xlsx.unknown_reference", row, "unit_id",
                    value=f"{unit_ref} {year}", what="line")
        row.refs["line_id"] = lines.rows[found[0]]["uuid"]


def _controls(rows: list[Row], risks: _Table, names: _Names, periods: _Names) -> None:
    """Kontroller: the control of a risk (of the file or the plan, by uuid or title) written on the risk."""
    kind, risks.kind = risks.kind, "controls"
    added = {record["id"] for record in risks.inserts}
    try:
        for row in rows:
            ref = str(row.refs.get("risk_id") or "").strip()
            if not ref:
                _refuse("xlsx.empty_cell", row, "risk_id")
            record = names.find(ref, row, "risk_id")
            fields = _plain(row)
            if "report_period_id" in row.refs:
                text = str(row.refs["report_period_id"]).strip()
                year = risks.rows[record]["year"]  # a period's name is looked up among the risk's year's first
                same_year = {k for k, r in periods.table.rows.items() if r["year"] == year}
                named = {k for k in same_year if str(periods.table.rows[k]["name"]).strip().casefold() == text.casefold()}
                fields["report_period_id"] = (None if not text else periods.find(text, row, "report_period_id",
                                                                                 among=same_year if named else None))
            before = list(risks.counts.counts["controls"])
            risks.put(record, fields, None, row)
            if record in added:  # the control of a risk this import adds is new too, not a change
                risks.counts.counts["controls"] = [before[0] + 1, before[1], before[2]]
    finally:
        risks.kind = kind


def _many(connection, model, owner: str, other: str, pairs: list[tuple[int, Row]], field: str, names: _Names,
          ordered: bool = False) -> None:
    """Links a row names ("; "-separated, by name or uuid) that its record lacks are added (none removed);
    `ordered`: in the order named, after the ones the record has."""
    have: dict[int, dict[int, int]] = {}
    for r in connection.execute(select(model.__table__)):
        have.setdefault(getattr(r, owner), {})[getattr(r, other)] = getattr(r, "position", 0)
    new = []
    for record, row in pairs:
        links = have.setdefault(record, {})
        for name in row.many.get(field, []):
            target = names.find(name, row, field)
            if target in links:
                continue
            links[target] = max(links.values(), default=-1) + 1
            new.append({owner: record, other: target, **({"position": links[target]} if ordered else {})})
    if new:
        connection.execute(insert(model.__table__), new)


def _single(connection, model, values: dict[str, tuple[Any, str]], counts: PlanImportCounts) -> None:
    """The one organisation or plan row: the fields the file gives (its uuid stays this plan's)."""
    fields = {k: v for k, (v, _cell) in values.items() if k != "uuid"}
    if not fields:
        return
    _check_single(values)
    old = dict(connection.execute(select(model.__table__)).one()._mapping)
    changed = {k: v for k, v in fields.items() if k in old and not _same(old[k], v)}
    if changed:
        connection.execute(update(model.__table__).values(changed))
    counts.add("plan", changed=1 if changed else 0, left=0 if changed else 1)


def _check_single(values: dict[str, tuple[Any, str]]) -> None:
    """The checks the organisation's and the plan's services make, with the cell named."""
    def refuse(name: str, error: InvalidValue):
        raise InvalidValue("xlsx.cell", cell=values[name][1], error=error)

    code = values.get("municipality_code", (None, ""))[0]
    if code and not (len(code) == 4 and code.isdigit()):
        refuse("municipality_code", InvalidValue("organisation.municipality_code", code=code))
    year = values.get("year", (None, ""))[0]
    if "year" in values and not (isinstance(year, int) and 1900 <= year <= 2200):
        refuse("year", InvalidValue("plan.year", year=year))
    month = values.get("wheel_start_month", (None, ""))[0]
    if "wheel_start_month" in values and not (isinstance(month, int) and 1 <= month <= 12):
        refuse("wheel_start_month", InvalidValue("plan.wheel_start_month"))
    start, end = values.get("term_start", (None, ""))[0], values.get("term_end", (None, ""))[0]
    if start and end and start > end:
        refuse("term_end", InvalidValue("plan.term_backwards"))


def _settings(connection, settings: dict[str, tuple[str, str]], counts: PlanImportCounts) -> None:
    old = dict(connection.execute(select(PlanSetting.key, PlanSetting.value)).all())
    for key, (value, _cell) in settings.items():
        if old.get(key) == value:
            continue
        if key in old:
            connection.execute(update(PlanSetting.__table__).where(PlanSetting.key == key).values(value=value))
        else:
            connection.execute(insert(PlanSetting.__table__).values(key=key, value=value))


def _level(levels: _Table, row: Row, among: set[int]) -> int:
    text = str(row.refs.get("level_id") or "").strip()
    if not text:
        _refuse("xlsx.empty_cell", row, "level_id")
    for field_name in ("uuid", "key", "name", "plural"):
        found = [i for i in among if str(levels.rows[i][field_name]).casefold() == text.casefold()]
        if len(found) == 1:
            return found[0]
    _refuse("xlsx.unknown_level", row, "level_id", value=text,
            choices=", ".join(levels.rows[i]["name"] for i in sorted(among, key=lambda i: levels.rows[i]["position"])))


def _levels(connection, rows: list[Row], levels: _Table) -> set[tuple[int, int]]:
    """The styrmodell's levels and which may sit under which; returns the rules (parent, child)."""
    _check_uuids(rows)
    ids = []
    for row in rows:
        fields = _plain(row, "parents")
        record = levels.by_uuid.get(row.fields.get("uuid")) or next(
            (k for k, r in levels.rows.items() if k not in levels.taken and (r["key"] == fields.get("key") or (
                not fields.get("key") and r["name"] == fields.get("name")))), None)
        if record is None:
            if not fields.get("key"):
                fields["key"] = fields.get("name") or new_uuid()
            if not fields.get("plural"):
                fields["plural"] = fields.get("name")
            tree = fields.get("tree", "goals")
            fields["position"] = max((r["position"] for r in levels.rows.values() if r["tree"] == tree), default=-1) + 1
        ids.append(levels.put(record, fields, row.fields.get("uuid"), row))
    levels.write(connection)
    levels.inserts, levels.updates = [], []
    rules = {(r.parent_level_id, r.child_level_id) for r in connection.execute(select(LevelRule))}
    new = []
    for row, child in zip(rows, ids, strict=True):
        tree = {i for i, r in levels.rows.items() if r["tree"] == levels.rows[child]["tree"]}
        for name in row.many.get("parents", []):
            parent = _level(levels, Row(row.sheet, row.number, refs={"level_id": name}, cells={
                "level_id": row.cell("parents")}), tree)
            if (parent, child) not in rules:
                rules.add((parent, child))
                new.append({"parent_level_id": parent, "child_level_id": child})
    if new:
        connection.execute(insert(LevelRule.__table__), new)
    return rules


def _sdgs(connection, model, key: str, pairs: list[tuple[int, Row]]) -> None:
    """Agenda 2030 goals a row names that its record lacks are added."""
    have = {(getattr(r, key), r.sdg) for r in connection.execute(select(model.__table__))}
    new = []
    for record, row in pairs:
        for number in row.many.get("sdgs", []):
            if not 1 <= number <= 17:
                _refuse("xlsx.sdg", row, "sdgs", value=number)
            if (record, number) not in have:
                have.add((record, number))
                new.append({key: record, "sdg": number})
    if new:
        connection.execute(insert(model.__table__), new)


def _links(connection, rows: list[Row], t, nodes: _Names, indicators: _Names, counts: PlanImportCounts) -> None:
    serves = {(r.source_id, r.target_id) for r in connection.execute(select(NodeLink))}
    measures = {(r.indicator_id, r.node_id) for r in connection.execute(select(IndicatorNode))}
    new_serves, new_measures = [], []
    for row in rows:
        kind = str(row.fields.get("kind") or "").strip().casefold()
        target = nodes.find(row.refs.get("target", ""), row, "target")
        source_ref = row.refs.get("source", "")
        if not kind:  # left empty by hand: an indicator measures, a node serves
            try:
                nodes.find(source_ref, row, "source")
                kind = "tjänar"
            except InvalidValue:
                kind = "mäter"
        if kind in ("mäter", "measures", "indikator"):
            source = indicators.find(source_ref, row, "source")
            if (source, target) in measures:
                counts.add("links", left=1)
                continue
            measures.add((source, target))
            new_measures.append({"indicator_id": source, "node_id": target})
        elif kind in ("tjänar", "serves"):
            source = nodes.find(source_ref, row, "source")
            if source == target:
                _refuse("xlsx.cycle", row, "target", value=row.refs.get("target", ""))
            if (source, target) in serves:
                counts.add("links", left=1)
                continue
            serves.add((source, target))
            new_serves.append({"source_id": source, "target_id": target, "kind": "serves"})
        else:
            _refuse("xlsx.choose", row, "kind", value=row.fields.get("kind"), choices="tjänar, mäter")
        counts.add("links", added=1)
    if new_serves:
        connection.execute(insert(NodeLink.__table__), new_serves)
    if new_measures:
        connection.execute(insert(IndicatorNode.__table__), new_measures)


def _measurements(connection, rows: list[Row], indicators: _Names, counts: PlanImportCounts) -> None:
    from ..enums import Gender, MeasurementKind
    from ..rules.periods import parse_period

    kinds, genders = {m.value for m in MeasurementKind}, {g.value for g in Gender}
    periods: dict[str, tuple] = {}  # the same few labels on thousands of rows: each read once
    values = []
    for row in rows:
        ref = row.refs.get("indicator_id") or row.refs.get("indicator_name") or ""
        indicator = indicators.find(ref, row, "indicator_id" if row.refs.get("indicator_id") else "indicator_name")
        f = row.fields
        label = str(f["period"])
        if label not in periods:
            try:
                periods[label] = parse_period(label)
            except InvalidValue as exc:
                raise InvalidValue("xlsx.cell", cell=row.cell("period"), error=exc) from None
        if f["kind"] not in kinds:
            raise InvalidValue("measurement.kind", kind=f["kind"])
        if f["gender"] not in genders:
            raise InvalidValue("measurement.gender", gender=f["gender"])
        canonical, end = periods[label]
        values.append({"indicator_id": indicator, "period": canonical, "date": end, "value": float(f["value"]),
                       "kind": f["kind"], "gender": f["gender"], "comment": f.get("comment") or "",
                       "source": f.get("source") or ""})
    if not values:
        return
    keys = [(v["indicator_id"], v["period"], v["kind"], v["gender"]) for v in values]
    if len(set(keys)) != len(keys):
        raise InvalidValue("measurement.twice_in_file")
    from ..tables import Measurement

    present = {(r.indicator_id, r.period, r.kind, r.gender): (r.value, r.comment, r.source)
               for r in connection.execute(select(Measurement.indicator_id, Measurement.period, Measurement.kind,
                                                  Measurement.gender, Measurement.value, Measurement.comment,
                                                  Measurement.source))}
    write = []
    for key, value in zip(keys, values, strict=True):
        old = present.get(key)
        if old is None:
            counts.add("measurements", added=1)
        elif old == (value["value"], value["comment"], value["source"]):
            counts.add("measurements", left=1)
            continue
        else:
            counts.add("measurements", changed=1)
        write.append(value)
    if write:
        connection.execute(_upsert_measurements(), write)
