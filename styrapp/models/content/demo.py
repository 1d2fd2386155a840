"""The demo plan: a believable NVK-style plan for 2026, built through the services from the seeds.

`styrapp-cli demo OUT` and the GUI's first start write it. Real texts and Kolada figures are used
where they exist (see `demo_data`); every invented figure is marked as example data, in the plan's
note, in the indicators' source and in each measurement's source.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select

from ..enums import Gender, MeasurementKind
from ..file.plan_file import PlanFile, create_plan
from ..queries import units as unit_queries
from ..rules import money
from ..rules.measurements import MeasurementIn
from ..services import calendar, control, documents, economy, indicators, nodes, organisation, risks, wheel
from ..services import levels as levels_service
from ..tables import Node, ReportingPeriod
from . import demo_data as data
from .templates import apply_template

YEAR = 2026
EXAMPLE = "exempeldata"
NOTE = (
    "Demoplan. Vision, övergripande mål och målens styrmodell är NVK:s egna. Invånarantalen för Fagersta och "
    "Norberg är verkliga (Källa: Kolada, N01951). Övriga nyckeltal, aktiviteter, uppdrag, uppföljning, "
    "budget och risker är exempeldata, påhittade för att visa hur styrapp fungerar."
)


def write_demo(path: Path | str, *, overwrite: bool = False) -> Path:
    return create_plan(path, build_demo, overwrite=overwrite)


def build_demo(plan: PlanFile) -> None:
    levels = apply_template(plan, "nvk", organisation_name="Norra Västmanlands Kommunalteknikförbund", year=YEAR,
                            plan_title=f"Verksamhetsplan {YEAR}", own_words=True)
    organisation.set_organisation(plan, short_name="NVK")
    organisation.update_plan(plan, note=NOTE, decided_by="Förbundsdirektionen", decided_on=date(YEAR - 1, 11, 26))

    with plan.session() as session:
        goal_ids = list(session.execute(
            select(Node.id).where(Node.parent_id.is_(None)).order_by(Node.position)).scalars())
        periods = {p.name: p.id for p in session.execute(select(ReportingPeriod)).scalars()}
    assert len(goal_ids) == 5, "the NVK template carries the five övergripande mål"
    for goal_id, sdgs in zip(goal_ids, ([6, 11], [16], [3, 8], [6, 9, 11], [12, 13]), strict=True):
        nodes.set_node_sdgs(plan, goal_id, sdgs)

    board = unit_queries.unit_by_name(plan, "Förbundsdirektionen")
    administration = unit_queries.unit_by_name(plan, "Förvaltningen")
    organisation.update_unit(plan, administration, manager="Förbundsdirektör")
    units = {
        name: organisation.create_unit(plan, name=name, kind="department", parent_id=administration, mandate=mandate)
        for name, mandate in data.DEPARTMENTS
    }
    for goal_id in goal_ids:
        nodes.update_node(plan, goal_id, owner_unit_id=board)

    indicator_ids = {}
    for goal_index, spec in data.INDICATORS:
        spec = dict(spec)
        actual = spec.pop("actual", {})
        forecast = spec.pop("forecast", {})
        delar = spec.pop("delar", None)
        sdgs = spec.pop("sdgs", [])
        owner = spec.pop("owner", None)
        if spec.get("source") != "Kolada":
            spec["description"] = (spec.get("description", "") + " Siffrorna är exempeldata.").strip()
        indicator_id = indicators.create_indicator(
            plan, goal_ids=[goal_ids[goal_index]], sdgs=sdgs, owner_unit_id=units.get(owner), **spec)
        indicator_ids[spec["name"]] = indicator_id
        items = []
        for year, value in actual.items():
            items += _split(str(year), value, MeasurementKind.ACTUAL)
        for year, value in forecast.items():
            items += _split(str(year), value, MeasurementKind.FORECAST)
        if delar is not None:
            items += _split(f"{YEAR}-08", delar, MeasurementKind.ACTUAL)
        code = spec.get("kolada_municipality")
        if code in data.KOLADA_N01951:
            for year, (total, women, men) in data.KOLADA_N01951[code].items():
                for gender, value in ((Gender.TOTAL, total), (Gender.WOMEN, women), (Gender.MEN, men)):
                    items.append(MeasurementIn(str(year), value, gender=gender.value, source="Kolada"))
        if items:
            indicators.add_measurements(plan, indicator_id, items)

    activity_level = levels["activity"]
    followed = []
    for goal_index, title, owner, responsible, start, due, progress, indicator in data.ACTIVITIES:
        activity_id = nodes.create_node(
            plan, level_id=activity_level, parent_id=goal_ids[goal_index], title=title,
            owner_unit_id=units[owner], responsible=responsible, start=date.fromisoformat(start),
            due=date.fromisoformat(due), progress=progress)
        if indicator:
            indicators.link_indicator(plan, indicator_ids[indicator], activity_id)
        followed.append((activity_id, progress))

    followed += _add_assignments(plan, goal_ids, units)

    interim = periods["Delårsrapport"]
    for goal_id, (status, assessment, analysis) in zip(goal_ids, data.FOLLOW_UPS, strict=True):
        calendar.set_follow_up(plan, goal_id, interim, status=status, assessment=assessment, analysis=analysis)
    for node_id, progress in followed:
        status = {"done": "green", "ongoing": "green", "postponed": "red", "not_started": "yellow"}[progress]
        calendar.set_follow_up(plan, node_id, interim, status=status)

    meetings = wheel.create_ring(plan, name="Direktionens sammanträden", colour="#5B5EA6")
    for month_day in data.MEETINGS:
        day = date.fromisoformat(f"{YEAR}-{month_day}")
        wheel.create_event(plan, ring_id=meetings, title="Direktionssammanträde", start=day,
                           kind="committee_meeting", responsible="Förbundssekreterare")

    risk_ids = {}
    for (title, process, category, likelihood, consequence, chosen, ctrl, method, responsible, frequency, reporting,
         period, unit) in data.RISKS:
        risk_ids[title] = risks.create_risk(
            plan, title=title, year=YEAR, likelihood=likelihood, consequence=consequence, chosen=chosen,
            control=ctrl, method=method, responsible=responsible, frequency=frequency, reporting=reporting,
            process=process, category=category, unit_id=units.get(unit), report_period_id=periods.get(period))
    for title, outcome, findings, actions in data.CONTROL_FOLLOW_UPS:
        risks.set_control_follow_up(plan, risk_ids[title], interim, outcome=outcome, findings=findings,
                                    actions=actions)
    for unit_name, frame, outcome, forecast in data.BUDGET:
        line = economy.create_budget_line(plan, year=YEAR, frame_ore=money.parse_amount(frame, "tkr"),
                                          unit_id=units[unit_name])
        economy.set_budget_figure(plan, line, interim, outcome_ore=money.parse_amount(outcome, "tkr"),
                                  forecast_ore=money.parse_amount(forecast, "tkr"))
    for title, kind, decided_by, decided_on, valid_until in data.DOCUMENTS:
        document_id = control.create_document(plan, title=title, kind=kind, decided_by=decided_by,
                                              decided_on=date.fromisoformat(decided_on),
                                              valid_until=date.fromisoformat(valid_until) if valid_until else None)
        documents.set_document_goals(plan, document_id, [goal_ids[i] for i in data.DOCUMENT_GOALS.get(title, ())])
    control.set_situation_review(plan, administration, YEAR, **data.SITUATION, **data.SITUATION_SOURCES)
    documents.set_review_key_figures(plan, administration, YEAR,
                                     [indicator_ids[name] for name in data.SITUATION_KEY_FIGURES])


def _add_assignments(plan: PlanFile, goal_ids: list[int], units: dict[str, int]) -> list[tuple[int, str]]:
    """The example uppdrag tree; returns (id, progress) of each uppdrag and åtgärd, for their follow-up."""
    assignment = levels_service.create_level(plan, key="assignment", name="Uppdrag", plural="Uppdrag",
                                             kind="assignment", tree="assignments", allowed_at_root=True,
                                             colour="#8E5B9A", description="Uppdrag från direktionen (exempel).")
    measure = levels_service.create_level(plan, key="measure", name="Åtgärd", plural="Åtgärder", kind="measure",
                                          tree="assignments", parents=[assignment], colour="#B07CC0")
    added = []
    for goal_index, title, owner, responsible, due, progress, budget, measures in data.ASSIGNMENTS:
        assignment_id = nodes.create_node(
            plan, level_id=assignment, title=title, owner_unit_id=units[owner], responsible=responsible,
            start=date(YEAR, 1, 1), due=date.fromisoformat(due), progress=progress, assignment_origin="council",
            budget_amount_tkr=budget, purpose="Exempeluppdrag i demoplanen.")
        nodes.link_nodes(plan, assignment_id, goal_ids[goal_index])
        added.append((assignment_id, progress))
        for measure_title, measure_owner, measure_due, measure_progress in measures:
            added.append((nodes.create_node(
                plan, level_id=measure, parent_id=assignment_id, title=measure_title,
                owner_unit_id=units[measure_owner], due=date.fromisoformat(measure_due), progress=measure_progress,
            ), measure_progress))
    return added


def _split(period: str, value, kind: MeasurementKind) -> list[MeasurementIn]:
    """A value, or a (T, K, M) triple, as measurements marked as example data."""
    if isinstance(value, tuple):
        return [MeasurementIn(period, v, kind=kind.value, gender=g.value, source=EXAMPLE)
                for v, g in zip(value, (Gender.TOTAL, Gender.WOMEN, Gender.MEN), strict=True)]
    return [MeasurementIn(period, value, kind=kind.value, source=EXAMPLE)]
