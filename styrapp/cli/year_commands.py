"""`year`: the plan years a plan holds, and closing and reopening one (after its årsredovisning)."""

from __future__ import annotations

import json
from pathlib import Path

from ..models.errors import InvalidValue
from ..models.file.plan_file import open_plan
from ..wording import tr
from .common import UsageError


def register(commands) -> None:
    year = commands.add_parser(
        "year", help=tr("list the plan years; close or reopen one"),
        description=tr("Lists the plan years the plan holds, the newest last, and whether each is closed. A closed "
                       "year (after its annual report) is read-only in the window and the command line until it "
                       "is reopened; reopening asks for --yes, since it lets what was decided be changed."))
    year.add_argument("plan", metavar="PLAN", type=Path)
    what = year.add_mutually_exclusive_group()
    what.add_argument("--close", type=int, metavar=tr("YEAR"), help=tr("close this plan year"))
    what.add_argument("--reopen", type=int, metavar=tr("YEAR"), help=tr("reopen this closed plan year"))
    year.add_argument("--yes", action="store_true", help=tr("confirm reopening a closed year"))
    year.add_argument("--json", action="store_true", help=tr("write the plan years as JSON"))
    year.set_defaults(run=run_year)


def run_year(args) -> int:
    from ..models.queries.years import plan_years
    from ..models.services import years

    if args.reopen is not None and not args.yes:
        raise UsageError("cli.reopen_needs_yes", year=args.reopen)
    changing = args.close is not None or args.reopen is not None
    with open_plan(args.plan, read_only=not changing) as plan:
        if args.close is not None:
            _held(plan, args.close)
            years.close_year(plan, args.close)
            print(tr("{year} is closed: it is read-only until it is reopened.", year=args.close))
        elif args.reopen is not None:
            _held(plan, args.reopen)
            years.reopen_year(plan, args.reopen)
            print(tr("{year} is open for changes again.", year=args.reopen))
        rows = plan_years(plan)
    if args.json:
        print(json.dumps([{"year": r.year, "title": r.title, "closed_on": r.closed_on.isoformat() if r.closed_on else None,
                           "newest": r.newest} for r in rows], ensure_ascii=False, indent=2))
    elif not changing:
        for row in rows:
            state = (tr("closed {day}", day=row.closed_on.isoformat()) if row.closed else tr("open"))
            print(f"{row.year}  {row.title}  ({state})")
    return 0


def _held(plan, year: int) -> None:
    from ..models.queries.years import plan_years

    if year not in {r.year for r in plan_years(plan)}:
        raise InvalidValue("year.missing", year=year)
