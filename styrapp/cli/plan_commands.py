"""`demo`, `new`, `info` and `check`: writing, describing and checking plan files."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

from ..models.content.demo import write_demo
from ..models.content.templates import TEMPLATE_NAMES, apply_template
from ..models.enums import OrganisationKind
from ..models.enums import label as enum_label
from ..models.file.plan_file import create_plan, open_plan
from ..models.queries.red_thread import check_plan
from ..models.queries.summary import summarise
from ..models.rules.red_thread import SEVERITY_WORDS, Severity, has_errors
from ..wording import tr

COUNT_LABELS = (  # English, worded in the CLI's language
    ("goals", "Goals"),
    ("assignments", "Assignments"),
    ("measures", "Measures"),
    ("activities", "Activities"),
    ("indicators", "Indicators"),
    ("measurements", "Measured values"),
    ("units", "Organisational units"),
    ("reporting_periods", "Follow-up periods"),
    ("follow_ups", "Follow-ups"),
    ("wheel_events", "Events in the annual wheel"),
    ("risks", "Risks"),
    ("budget_lines", "Budget lines"),
    ("governing_documents", "Governing documents"),
    ("situation_reviews", "Situation reviews"),
)


def register(commands) -> None:
    demo = commands.add_parser("demo", help=tr("write the demo plan (NVK-like) to a file"),
                               description=tr("Writes a ready demo plan to try styrapp with."))
    demo.add_argument("out", metavar=tr("OUT.styrplan"), type=Path)
    demo.add_argument("--force", action="store_true", help=tr("overwrite an existing file"))
    demo.set_defaults(run=run_demo)

    new = commands.add_parser("new", help=tr("create a new plan from a template"),
                              description=tr("Creates a new, empty plan with a governance model from a template."))
    new.add_argument("out", metavar=tr("OUT.styrplan"), type=Path)
    new.add_argument("--template", required=True, choices=TEMPLATE_NAMES, metavar=tr("TEMPLATE"),
                     help=tr("the governance model's template: {names}", names=", ".join(TEMPLATE_NAMES)))
    new.add_argument("--name", required=True, metavar="ORGANISATION", help=tr("the organisation's name"))
    new.add_argument("--year", type=int, default=date.today().year + 1, metavar=tr("YEAR"),
                     help=tr("the plan year (default: next year)"))
    new.add_argument("--force", action="store_true", help=tr("overwrite an existing file"))
    new.set_defaults(run=run_new)

    info = commands.add_parser("info", help=tr("show what a plan holds"),
                               description=tr("Shows the organisation, the file format and how many of each kind."))
    info.add_argument("plan", metavar="PLAN", type=Path)
    info.add_argument("--json", action="store_true", help=tr("write a JSON object"))
    info.set_defaults(run=run_info)

    check = commands.add_parser("check", help=tr("check the red thread"),
                                description=tr("Checks that every activity leads up to a goal, that goals have "
                                               "indicators and that assignments have somebody responsible and an "
                                               "end date. Exit code 1 if an error is found."))
    check.add_argument("plan", metavar="PLAN", type=Path)
    check.add_argument("--json", action="store_true", help=tr("write the findings as JSON"))
    check.set_defaults(run=run_check)

    repair = commands.add_parser("repair", help=tr("save what can be saved from a damaged plan into a new plan"),
                                 description=tr("Reads every row SQLite can still read from the damaged plan (with "
                                                "the sqlite3 program's .recover, if it is installed) and writes them "
                                                "into a new plan; rows that break the file format's rules are left "
                                                "out and counted. The damaged plan is not changed."))
    repair.add_argument("plan", metavar="PLAN", type=Path)
    repair.add_argument("-o", "--output", metavar=tr("OUT.styrplan"), type=Path, required=True,
                        help=tr("the new plan to write"))
    repair.set_defaults(run=run_repair)


def run_demo(args) -> int:
    path = write_demo(args.out, overwrite=args.force)
    print(tr("The demo plan was written to {path}", path=path))
    return 0


def run_new(args) -> int:
    if not 1900 <= args.year <= 2200:
        from .common import UsageError

        raise UsageError("cli.year", year=args.year)
    path = create_plan(
        args.out,
        lambda plan: apply_template(plan, args.template, organisation_name=args.name, year=args.year),
        overwrite=args.force,
    )
    print(tr("A new plan for {name} ({year}, template {template}) was written to {path}", name=args.name,
             year=args.year, template=args.template, path=path))
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
    kind = enum_label(OrganisationKind(summary.organisation_kind)) if summary.organisation_kind else ""
    print(f"{summary.organisation} ({kind})" if kind else summary.organisation)
    labels = {key: tr(key) for key in ("Plan:", "Vision:", "File format:", "Goal tree:", "Assignments:")}
    width = max(len(label) for label in labels.values()) + 2
    print(f"{labels['Plan:']:<{width}}" + tr("{title} ({year}), template {template}", title=summary.plan_title,
                                            year=summary.year, template=summary.template))
    if summary.vision:
        print(f"{labels['Vision:']:<{width}}{summary.vision}")
    print(f"{labels['File format:']:<{width}}" + tr("version {version}", version=summary.schema_version))
    goal_levels = " → ".join(lv["name"] for lv in summary.levels if lv["tree"] == "goals")
    assignment_levels = " → ".join(lv["name"] for lv in summary.levels if lv["tree"] == "assignments")
    if goal_levels:
        print(f"{labels['Goal tree:']:<{width}}{goal_levels}")
    if assignment_levels:
        print(f"{labels['Assignments:']:<{width}}{assignment_levels}")
    print(tr("Contents:"))
    counted = [(key, tr(label)) for key, label in COUNT_LABELS]
    width = max(len(label) for _, label in counted)
    for key, label in counted:
        print(f"  {label:<{width}}  {summary.counts[key]:>6}")
    if summary.note:
        print(tr("Note: {note}", note=summary.note))
    return 0


def run_check(args) -> int:
    with open_plan(args.plan, read_only=True) as plan:
        _notice(plan)
        findings = check_plan(plan)
    if args.json:
        print(json.dumps([
            {"severity": f.severity.value, "code": f.code, "message": f.message, "node_id": f.node_id,
             "indicator_id": f.indicator_id, "unit_id": f.unit_id, "risk_id": f.risk_id} for f in findings
        ], ensure_ascii=False, indent=2))
    else:
        for finding in findings:
            print(f"{tr(SEVERITY_WORDS[finding.severity])}: {finding.message}")
        counts = {s: sum(1 for f in findings if f.severity == s) for s in Severity}
        print(tr("{errors} errors, {warnings} warnings, {notes} notes.", errors=counts[Severity.ERROR],
                 warnings=counts[Severity.WARNING], notes=counts[Severity.INFO]))
    return 1 if has_errors(findings) else 0


def run_repair(args) -> int:
    from ..models.file.repair import repair_copy
    from .common import output_path

    result = repair_copy(args.plan, output_path(args.output, ".styrplan", "reparerad"))
    left_out = sum(result.left_out.values())
    print(tr("A repaired copy was written to {path}: {rows} rows saved, {left} left out because they broke the "
             "file format's rules.", path=result.path, rows=result.rows, left=left_out))
    if not result.with_shell:
        print(tr("Note: SQLite's .recover (the sqlite3 program) was not at hand, so only rows on readable pages were "
                 "saved."))
    return 0
