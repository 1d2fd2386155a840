"""`styrapp-cli rollover PLAN --year Y [--dry-run]`: the turn of the year (plan year Y made from Y−1)."""

from __future__ import annotations

import sys
from pathlib import Path

from ..wording import tr

CARRIED = (  # report key → English label, worded in the CLI's language
    ("goals", "Goals"),
    ("assignments", "Assignments"),
    ("measures", "Measures"),
    ("activities", "Activities"),
    ("periods", "Follow-up periods"),
    ("events", "Events in the annual wheel"),
    ("risks", "Risks"),
    ("targets", "Indicator targets changed"),
)
STAYING = (
    ("assignment", "Assignments done or cancelled"),
    ("measure", "Measures done or cancelled, or under one that stays"),
    ("activity", "Activities done or cancelled, or under one that stays"),
)


def register(commands) -> None:
    command = commands.add_parser(
        "rollover", help=tr("make the next plan year from the newest (the turn of the year)"),
        description=tr("Makes plan year YEAR from the year before it, the plan's newest: goals not marked as ended, "
                       "assignments and activities not done, the follow-up periods, the annual wheel and the risks, "
                       "each linked to the record it came from. Done work and every follow-up stay in their year."))
    command.add_argument("plan", metavar="PLAN", type=Path)
    command.add_argument("--year", type=int, required=True, metavar=tr("YEAR"), help=tr("the new plan year"))
    command.add_argument("--dry-run", action="store_true",
                         help=tr("only show what would be done; nothing is written"))
    command.set_defaults(run=run_rollover)


def run_rollover(args) -> int:
    from ..models.file.plan_file import open_plan
    from ..models.services.rollover import rollover

    with open_plan(args.plan, read_only=args.dry_run) as plan:
        if plan.notice:
            print(plan.notice, file=sys.stderr)
        report = rollover(plan, args.year, dry_run=args.dry_run)
    print_report(report)
    return 0


def print_report(report) -> None:
    if report.dry_run:
        print(tr("Would make plan year {year} (“{title}”) from {old}; nothing has been written.",
                 year=report.year, title=report.title, old=report.from_year))
    else:
        print(tr("Plan year {year} (“{title}”) was made from {old}.", year=report.year, title=report.title,
                 old=report.from_year))
    counts = report.counts()
    labels = [(tr(label), counts[key]) for key, label in CARRIED]
    width = max(len(label) for label, _ in labels) + 2
    print(tr("Carried into {year}:", year=report.year))
    for label, count in labels:
        print(f"  {label + ':':<{width}}{count}")
    print(tr("Periods and events are moved one year on; meetings keep their weekday (the second Tuesday of a month "
             "stays the second Tuesday)."))
    print(tr("Staying in {year}:", year=report.from_year))
    staying = [(tr("Marked as ended, with what lies under them"), report.ended)] + [(tr(label), report.staying[key]) for key, label in STAYING]
    width = max(len(label) for label in [*(label for label, _ in staying), tr("One-off events in the annual wheel")]) + 2
    for label, titles in staying:
        print(f"  {label + ':':<{width}}{len(titles)}")
        for title in titles:
            print(f"    – {title}")
    once = tr("One-off events in the annual wheel")
    print(f"  {once + ':':<{width}}{report.events_once}")
    print(tr("Follow-ups and analyses stay in {year}. The indicators and their measured values, the governance model "
             "and the organisational units are shared by every year: nothing to copy.", year=report.from_year))
