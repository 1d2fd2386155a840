"""Indicators, their links to goals and Agenda 2030, and their measured values."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, insert, select

from ...wording import Phrase
from ..enums import Direction, Frequency, Gender, MeasurementKind, Status
from ..errors import InvalidValue, NotFound
from ..file import sqlite
from ..file.plan_file import PlanFile
from ..queries._common import get_or_fail
from ..rules.measurements import MeasurementIn, MeasurementKey
from ..rules.numbers import parse_number
from ..rules.periods import parse_period
from ..tables import Indicator, IndicatorNode, IndicatorSdg, Measurement, Node, OrgUnit, Sdg
from ._common import apply_fields, check_title, flush_or_explain

INDICATOR_ENUMS = {"direction": Direction, "frequency": Frequency, "status_override": Status}


def _check_kolada(fields: dict[str, Any]) -> None:
    kpi = fields.get("kolada_id")
    if kpi is not None:
        kpi = str(kpi).strip().upper()
        if kpi and not (len(kpi) == 6 and kpi[0] in "NU" and kpi[1:].isdigit()):
            raise InvalidValue("indicator.kolada_id", kpi=kpi)
        fields["kolada_id"] = kpi or None
    code = fields.get("kolada_municipality")
    if code is not None:
        code = str(code).strip()
        if code and not (len(code) == 4 and code.isdigit()):
            raise InvalidValue("indicator.municipality_code", code=code)
        fields["kolada_municipality"] = code or None
    if fields.get("status_override") and not str(fields.get("status_override_reason", "")).strip():
        raise InvalidValue("indicator.override_reason")


def _check_kolada_once(session, indicator: Indicator) -> None:
    """A Kolada KPI is followed once per municipality (or unit): the import matches by the pair, so a
    second indicator on the same pair would never get its values."""
    if not indicator.kolada_id or not (indicator.kolada_municipality or indicator.kolada_ou):
        return
    area = indicator.kolada_ou or indicator.kolada_municipality
    column = Indicator.kolada_ou if indicator.kolada_ou else Indicator.kolada_municipality
    other = session.execute(select(Indicator.name).where(
        Indicator.kolada_id == indicator.kolada_id, column == area,
        Indicator.id != indicator.id if indicator.id is not None else True)).scalars().first()
    if other is not None:
        raise InvalidValue("indicator.kolada_twice", other=other, kpi=indicator.kolada_id, area=area)


def create_indicator(plan: PlanFile, *, name: str, goal_ids: list[int] = (), sdgs: list[int] = (), **fields: Any) -> int:
    name = check_title(name, "The indicator's name")
    _check_kolada(fields)
    with plan.transaction() as session:
        if fields.get("owner_unit_id") is not None:
            get_or_fail(session, OrgUnit, fields["owner_unit_id"])
        position = session.execute(select(func.count()).select_from(Indicator)).scalar_one()
        indicator = Indicator(name=name, position=position)
        apply_fields(indicator, fields, enums=INDICATOR_ENUMS, forbidden=("id", "position"))
        _check_kolada_once(session, indicator)
        session.add(indicator)
        flush_or_explain(session)
        for node_id in dict.fromkeys(goal_ids):
            get_or_fail(session, Node, node_id)
            session.add(IndicatorNode(indicator_id=indicator.id, node_id=node_id))
        for number in sorted(set(sdgs)):
            get_or_fail(session, Sdg, number)
            session.add(IndicatorSdg(indicator_id=indicator.id, sdg=number))
        return indicator.id


def update_indicator(plan: PlanFile, indicator_id: int, **fields: Any) -> None:
    if "name" in fields:
        fields["name"] = check_title(fields["name"], "The indicator's name")
    with plan.transaction() as session:
        indicator = get_or_fail(session, Indicator, indicator_id)
        merged = {"status_override_reason": indicator.status_override_reason, **fields}
        if "status_override" in fields or "status_override_reason" in fields:
            merged.setdefault("status_override", indicator.status_override)
        _check_kolada(merged)
        fields = {k: merged[k] for k in fields}
        with session.no_autoflush:
            apply_fields(indicator, fields, enums=INDICATOR_ENUMS, forbidden=("id", "position"))
            if {"kolada_id", "kolada_municipality", "kolada_ou"} & set(fields):
                _check_kolada_once(session, indicator)
        flush_or_explain(session)


def link_indicator(plan: PlanFile, indicator_id: int, node_id: int) -> bool:
    with plan.transaction() as session:
        get_or_fail(session, Indicator, indicator_id)
        get_or_fail(session, Node, node_id)
        if session.get(IndicatorNode, (indicator_id, node_id)):
            return False
        session.add(IndicatorNode(indicator_id=indicator_id, node_id=node_id))
        return True


def set_indicator_sdgs(plan: PlanFile, indicator_id: int, numbers: list[int]) -> list[int]:
    with plan.transaction() as session:
        get_or_fail(session, Indicator, indicator_id)
        old = sorted(session.execute(select(IndicatorSdg.sdg).where(IndicatorSdg.indicator_id == indicator_id)).scalars())
        session.execute(delete(IndicatorSdg).where(IndicatorSdg.indicator_id == indicator_id))
        for number in sorted(set(numbers)):
            get_or_fail(session, Sdg, number)
            session.add(IndicatorSdg(indicator_id=indicator_id, sdg=number))
        return old


def _ordered_ids(session) -> list[int]:
    return list(session.execute(select(Indicator.id).order_by(Indicator.position, Indicator.id)).scalars())


def _renumber(session, ids: list[int]) -> None:
    """Positions 0, 1, 2 … in the order of `ids`, writing only the rows whose position changes."""
    current = dict(session.execute(select(Indicator.id, Indicator.position).where(Indicator.id.in_(ids))).all())
    for position, ident in enumerate(ids):
        if current.get(ident) != position:
            session.get(Indicator, ident).position = position


def delete_indicator(plan: PlanFile, indicator_id: int) -> None:
    """Delete an indicator with its measured values, its links to goals and uppdrag, and its Agenda
    2030 goals (the tables cascade); the others close up."""
    with plan.transaction() as session:
        indicator = get_or_fail(session, Indicator, indicator_id)
        session.delete(indicator)
        session.flush()
        _renumber(session, _ordered_ids(session))


def move_indicator(plan: PlanFile, indicator_id: int, index: int) -> None:
    """Put an indicator at `index` among the others (counted without it), the plan's own order."""
    with plan.transaction() as session:
        get_or_fail(session, Indicator, indicator_id)
        ids = [i for i in _ordered_ids(session) if i != indicator_id]
        ids.insert(max(0, min(int(index), len(ids))), indicator_id)
        _renumber(session, ids)


def unlink_indicator(plan: PlanFile, indicator_id: int, node_id: int) -> bool:
    """Take the link between an indicator and a node away; False when there was none."""
    with plan.transaction() as session:
        get_or_fail(session, Indicator, indicator_id)
        get_or_fail(session, Node, node_id)
        link = session.get(IndicatorNode, (indicator_id, node_id))
        if link is None:
            return False
        session.delete(link)
        return True


def set_indicator_nodes(plan: PlanFile, indicator_id: int, node_ids: list[int]) -> list[int]:
    """The goals, uppdrag and aktiviteter an indicator is linked to, all at once; returns the old ones."""
    wanted = list(dict.fromkeys(int(i) for i in node_ids))
    with plan.transaction() as session:
        get_or_fail(session, Indicator, indicator_id)
        for node_id in wanted:
            get_or_fail(session, Node, node_id)
        old = sorted(session.execute(select(IndicatorNode.node_id)
                                     .where(IndicatorNode.indicator_id == indicator_id)).scalars())
        gone = [i for i in old if i not in wanted]
        if gone:
            session.execute(delete(IndicatorNode).where(IndicatorNode.indicator_id == indicator_id,
                                                        IndicatorNode.node_id.in_(gone)))
        for node_id in wanted:
            if node_id not in old:
                session.add(IndicatorNode(indicator_id=indicator_id, node_id=node_id))
        return old


# --- measurements ------------------------------------------------------------------------------


def _upsert_measurements():
    """One statement that adds values or replaces those of the same indicator, period, kind and gender."""
    return sqlite.upsert(Measurement.__table__, ["indicator_id", "period", "kind", "gender"],
                         ("value", "date", "comment", "source"))


def _row(indicator_id: int, item: MeasurementIn) -> dict[str, Any]:
    label, end = parse_period(item.period)
    kind = MeasurementKind(item.kind).value if item.kind in MeasurementKind._value2member_map_ else None
    gender = Gender(item.gender).value if item.gender in Gender._value2member_map_ else None
    if kind is None:
        raise InvalidValue("measurement.kind", kind=item.kind)
    if gender is None:
        raise InvalidValue("measurement.gender", gender=item.gender)
    return {"indicator_id": indicator_id, "period": label, "date": end, "value": parse_number(item.value),
            "kind": kind, "gender": gender, "comment": item.comment, "source": item.source}


def add_measurements(plan: PlanFile, indicator_id: int, items: list[MeasurementIn]) -> int:
    """Record many values in one transaction (bulk insert); all are checked before any is written."""
    rows = [_row(indicator_id, item) for item in items]
    keys = [(r["period"], r["kind"], r["gender"]) for r in rows]
    if len(set(keys)) != len(keys):
        raise InvalidValue("measurement.twice")
    with plan.transaction() as session:
        get_or_fail(session, Indicator, indicator_id)
        session.connection().execute(insert(Measurement.__table__), rows)
        return len(rows)


def upsert_measurements(plan: PlanFile, items: list[tuple[int, MeasurementIn]]) -> tuple[int, int]:
    """Record values for many indicators in one transaction, replacing those for the same period,
    kind and gender (an import run again changes nothing). All are checked before any is written.
    Returns (added, replaced)."""
    rows = [_row(indicator_id, item) for indicator_id, item in items]
    keys = [(r["indicator_id"], r["period"], r["kind"], r["gender"]) for r in rows]
    if len(set(keys)) != len(keys):
        raise InvalidValue("measurement.twice_indicator")
    if not rows:
        return 0, 0
    with plan.transaction() as session:
        connection = session.connection()
        indicator_ids = sorted({r["indicator_id"] for r in rows})
        known = set(connection.execute(select(Indicator.id).where(Indicator.id.in_(indicator_ids))).scalars())
        if missing := [i for i in indicator_ids if i not in known]:
            raise NotFound(Phrase("The indicator"), missing[0])
        existing = set(connection.execute(
            select(Measurement.indicator_id, Measurement.period, Measurement.kind, Measurement.gender)
            .where(Measurement.indicator_id.in_(indicator_ids))).all())
        connection.execute(_upsert_measurements(), rows)
        replaced = sum(1 for key in keys if key in existing)
        return len(rows) - replaced, replaced




def replace_measurements(plan: PlanFile, indicator_id: int,
                         changes: list[tuple[MeasurementKey, MeasurementIn | None]]) -> None:
    """Set (MeasurementIn) or clear (None) values of one indicator in one transaction, all checked first."""
    rows = {}
    for _key, item in changes:
        if item is not None:
            row = _row(indicator_id, item)
            rows[(row["period"], row["kind"], row["gender"])] = row
    keys = [(parse_period(k[0])[0], k[1], k[2]) for k, _item in changes]
    if len(set(keys)) != len(keys):
        raise InvalidValue("measurement.twice")
    with plan.transaction() as session:
        get_or_fail(session, Indicator, indicator_id)
        wanted = set(keys)
        stored = {(m.period, m.kind, m.gender): m for m in session.execute(
            select(Measurement).where(Measurement.indicator_id == indicator_id,
                                      Measurement.period.in_({k[0] for k in keys}))).scalars()
            if (m.period, m.kind, m.gender) in wanted}
        for key in keys:
            existing = stored.get(key)
            if existing is not None:
                session.delete(existing)
        session.flush()
        if rows:
            session.connection().execute(insert(Measurement.__table__), list(rows.values()))


@dataclass
class ImportCounts:
    created: int = 0
    updated: int = 0
    added: int = 0
    replaced: int = 0


def import_indicators(plan: PlanFile, specs: list[dict[str, Any]],
                      values: list[tuple[str, MeasurementIn]]) -> ImportCounts:
    """Create or update indicators and record their values (matched by indicator name), all in one
    transaction: any error changes nothing. An indicator is matched by its "uuid" first; a uuid this
    plan does not have means the row comes from another plan (or a deleted indicator), whose "id"
    says nothing here, so it is matched by name only, and if it is new it keeps that uuid. A row
    without a uuid is matched by "id" when it names one of the plan's, else by name."""
    counts = ImportCounts()
    for spec in specs:
        spec["name"] = check_title(spec.get("name"), "The indicator's name")
        _check_kolada(spec)
    with plan.transaction() as session:
        existing = {ind.id: ind for ind in session.execute(select(Indicator)).scalars()}
        by_name = {ind.name: ind for ind in existing.values()}
        by_uuid = {ind.uuid: ind for ind in existing.values()}
        position = len(existing)
        for spec in specs:
            fields = {k: v for k, v in spec.items() if k not in ("id", "uuid")}
            uuid = spec.get("uuid")
            if uuid:
                indicator = by_uuid.get(uuid) or by_name.get(fields["name"])
            else:
                indicator = existing.get(spec.get("id")) or by_name.get(fields["name"])
            if indicator is None:
                indicator = Indicator(name=fields["name"], position=position)
                if uuid:
                    indicator.uuid = uuid
                position += 1
                counts.created += 1
            else:
                counts.updated += 1
            apply_fields(indicator, fields, enums=INDICATOR_ENUMS, forbidden=("id", "position"))
            session.add(indicator)
            flush_or_explain(session)
            by_name[indicator.name] = indicator
            by_uuid[indicator.uuid] = indicator
        rows = []
        for name, item in values:
            indicator = by_name.get(name)
            if indicator is None:
                raise InvalidValue("measurement.unknown_indicator", name=name)
            rows.append(_row(indicator.id, item))
        keys = [(r["indicator_id"], r["period"], r["kind"], r["gender"]) for r in rows]
        if len(set(keys)) != len(keys):
            raise InvalidValue("measurement.twice_in_file")
        if rows:
            ids = sorted({r["indicator_id"] for r in rows})
            present = set(session.connection().execute(
                select(Measurement.indicator_id, Measurement.period, Measurement.kind, Measurement.gender)
                .where(Measurement.indicator_id.in_(ids))).all())
            session.connection().execute(_upsert_measurements(), rows)
            counts.replaced = sum(1 for key in keys if key in present)
            counts.added = len(rows) - counts.replaced
        return counts
