"""`demo`, `new`, `info` and `check`: writing, describing and checking plan files."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

from ..models.content.demo import write_demo
from ..models.content.templates import TEMPLATE_NAMES, apply_template
from ..models.enums import OrganisationKind, swedish
from ..models.file.plan_file import create_plan, open_plan
from ..models.queries.red_thread import check_plan
from ..models.queries.summary import summarise
from ..models.rules.red_thread import SEVERITY_SV, Severity, has_errors

COUNT_LABELS = (
    ("goals", "Mål"),
    ("assignments", "Uppdrag"),
    ("measures", "Åtgärder"),
    ("activities", "Aktiviteter"),
    ("indicators", "Indikatorer"),
    ("measurements", "Mätvärden"),
    ("units", "Organisatoriska enheter"),
    ("reporting_periods", "Uppföljningsperioder"),
    ("follow_ups", "Uppföljningar"),
    ("wheel_events", "Händelser i årshjulet"),
    ("risks", "Risker"),
    ("budget_lines", "Budgetrader"),
    ("governing_documents", "Styrdokument"),
    ("situation_reviews", "Nulägeskollar"),
)


def register(commands) -> None:
    demo = commands.add_parser("demo", help="skriv demoplanen (NVK-liknande) till en fil",
                               description="Skriver en färdig demoplan att prova styrapp med.")
    demo.add_argument("out", metavar="UT.styrplan", type=Path)
    demo.add_argument("--force", action="store_true", help="skriv över en befintlig fil")
    demo.set_defaults(run=run_demo)

    new = commands.add_parser("new", help="skapa en ny plan från en mall",
                              description="Skapar en ny, tom plan med en styrmodell från en mall.")
    new.add_argument("out", metavar="UT.styrplan", type=Path)
    new.add_argument("--template", required=True, choices=TEMPLATE_NAMES, metavar="MALL",
                     help=f"styrmodellens mall: {', '.join(TEMPLATE_NAMES)}")
    new.add_argument("--name", required=True, metavar="ORGANISATION", help="organisationens namn")
    new.add_argument("--year", type=int, default=date.today().year + 1, metavar="ÅR",
                     help="planåret (standard: nästa år)")
    new.add_argument("--force", action="store_true", help="skriv över en befintlig fil")
    new.set_defaults(run=run_new)

    info = commands.add_parser("info", help="visa vad en plan innehåller",
                               description="Visar organisation, filformat och antal av varje slag.")
    info.add_argument("plan", metavar="PLAN", type=Path)
    info.add_argument("--json", action="store_true", help="skriv ett JSON-objekt")
    info.set_defaults(run=run_info)

    check = commands.add_parser("check", help="kontrollera röda tråden",
                                description="Kontrollerar att varje aktivitet leder upp till ett mål, att mål "
                                            "har indikatorer och att uppdrag har ansvarig och slutdatum. "
                                            "Slutkod 1 om något fel hittas.")
    check.add_argument("plan", metavar="PLAN", type=Path)
    check.add_argument("--json", action="store_true", help="skriv fynden som JSON")
    check.set_defaults(run=run_check)


def run_demo(args) -> int:
    path = write_demo(args.out, overwrite=args.force)
    print(f"Demoplanen skrevs till {path}")
    return 0


def run_new(args) -> int:
    if not 1900 <= args.year <= 2200:
        from .common import UsageError

        raise UsageError(f"--year {args.year} är inget rimligt planår")
    path = create_plan(
        args.out,
        lambda plan: apply_template(plan, args.template, organisation_name=args.name, year=args.year),
        overwrite=args.force,
    )
    print(f"En ny plan för {args.name} ({args.year}, mall {args.template}) skrevs till {path}")
    return 0


def _notice(plan) -> None:
    if plan.notice:
        print(plan.notice, file=sys.stderr)


def run_info(args) -> int:
    with open_plan(args.plan, read_only=True) as plan:
        _notice(plan)
        summary = summarise(plan)
    if args.json:
        print(json.dumps(summary.as_json(), ensure_ascii=False, indent=2))
        return 0
    kind = swedish(OrganisationKind(summary.organisation_kind)) if summary.organisation_kind else ""
    print(f"{summary.organisation} ({kind})" if kind else summary.organisation)
    print(f"Plan:       {summary.plan_title} ({summary.year}), mall {summary.template}")
    if summary.vision:
        print(f"Vision:     {summary.vision}")
    print(f"Filformat:  version {summary.schema_version}")
    goal_levels = " → ".join(lv["name"] for lv in summary.levels if lv["tree"] == "goals")
    assignment_levels = " → ".join(lv["name"] for lv in summary.levels if lv["tree"] == "assignments")
    if goal_levels:
        print(f"Målträd:    {goal_levels}")
    if assignment_levels:
        print(f"Uppdrag:    {assignment_levels}")
    print("Innehåll:")
    width = max(len(label) for _, label in COUNT_LABELS)
    for key, label in COUNT_LABELS:
        print(f"  {label:<{width}}  {summary.counts[key]:>6}")
    if summary.note:
        print(f"Obs: {summary.note}")
    return 0


def run_check(args) -> int:
    with open_plan(args.plan, read_only=True) as plan:
        _notice(plan)
        findings = check_plan(plan)
    if args.json:
        print(json.dumps([
            {"severity": f.severity.value, "code": f.code, "message": f.message, "node_id": f.node_id,
             "indicator_id": f.indicator_id, "unit_id": f.unit_id} for f in findings
        ], ensure_ascii=False, indent=2))
    else:
        for finding in findings:
            print(f"{SEVERITY_SV[finding.severity]}: {finding.message}")
        counts = {s: sum(1 for f in findings if f.severity == s) for s in Severity}
        print(f"{counts[Severity.ERROR]} fel, {counts[Severity.WARNING]} varningar, "
              f"{counts[Severity.INFO]} noteringar.")
    return 1 if has_errors(findings) else 0
