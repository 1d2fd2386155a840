"""`styrapp-cli import` and `export`: figures and calendars from other systems into a plan; the plan out
to Excel, and its årshjul out as a calendar (.ics), a picture (PNG, SVG) or a PDF on A4 or A3."""

from __future__ import annotations

import sys
from pathlib import Path

from ..exchange.workbook_layout import SHEETS
from ..wording import tr
from .commissioner_commands import add_arguments as add_plan_arguments


def register(commands) -> None:
    command = commands.add_parser(
        "import", help=tr("import a plan from Excel in styrapp's layout (all of it or some sheets), values "
                          "(Kolada: API JSON or a CSV table) or calendar events into the annual wheel (.ics)"),
        description=tr("Reads the whole file first; a file that cannot be read changes nothing (exit code 2). "
                       "Values are matched to the indicators' Kolada ids and municipality or unit codes. Calendar "
                       "events (Outlook, Google, Thunderbird) go into the annual wheel; recurring events are laid "
                       "out per occasion in the plan year, and an event with the same UID as before is updated "
                       "instead of doubled. An Excel workbook in styrapp's layout (what export --format xlsx "
                       "writes, or sheets typed by hand with its column names) is matched by uuid, then by name "
                       "within its parent. Prints what was added, changed and left, and what was skipped, and why."))
    command.epilog = tr("--format ekonomi: outcome and forecast from the ekonomisystem (CSV or Excel), one row per "
                        "unit, period and kind, with the columns enhet, period, typ, utfall and/or prognos; a header "
                        "may name its unit: utfall (tkr). The README has an example.")
    command.add_argument("plan", metavar="PLAN", type=Path)
    command.add_argument("file", metavar=tr("FILE"), type=Path)
    command.add_argument("--format", choices=["kolada", "xlsx", "ics", "ekonomi", "plan"],
                         help=tr("the file's format (otherwise by its extension)"))
    command.add_argument("--ring", metavar=tr("NAME"),
                         help=tr("(.ics) the ring of the annual wheel the events go into; made if it does not "
                                 "exist. Without --ring: the ring they were exported from, otherwise a ring with "
                                 "the calendar's name"))
    command.add_argument("--take-over-lock", action="store_true",
                         help=tr("open the plan although its lock file says it is open in styrapp on another computer "
                                 "(only when styrapp is no longer running there)"))
    add_plan_arguments(command)
    command.set_defaults(run=run_import)

    export = commands.add_parser(
        "export", help=tr("export the plan (xlsx: the whole plan; ics, png, svg, pdf: the annual wheel)"),
        description=tr("xlsx: the whole plan, one part a sheet ({sheets}), every row with its "
                       "record's uuid; `import` reads it back into any plan. ics: the annual wheel's events as a "
                       "calendar for Outlook or Google (all-day events, the same UID every time). png, svg, pdf: the "
                       "annual wheel as a picture or a print on A4 or A3. The plan is opened for reading only; the "
                       "file is written whole or not at all.", sheets=", ".join(SHEETS)))
    export.add_argument("plan", metavar="PLAN", type=Path)
    export.add_argument("--format", choices=["xlsx", "ics", "png", "svg", "pdf"], required=True,
                        help=tr("file format"))
    export.add_argument("--size", choices=["A4", "A3"], type=str.upper, default="A4",
                        help=tr("paper size for png, svg and pdf (default A4; A3 for a poster)"))
    export.add_argument("-o", "--output", metavar=tr("OUT"), type=Path, required=True, help=tr("the file to write"))
    export.set_defaults(run=run_export)


def run_import(args) -> int:
    from ..exchange.importing import guess_format, import_file
    from ..models.file.plan_file import open_plan
    from .common import UsageError

    kind = args.format or ("plan" if args.file.suffix.lower() == ".styrplan" else guess_format(args.file))
    if kind is None:
        raise UsageError("cli.unknown_format", name=args.file.name)
    from .commissioner_commands import check_arguments, run_plan_import

    check_arguments(args, kind)
    if kind == "plan":
        return run_plan_import(args)
    if args.ring is not None and kind != "ics":
        raise UsageError("cli.ring_only_ics")
    if args.ring is not None and not args.ring.strip():
        raise UsageError("cli.ring_needs_name")
    with open_plan(args.plan, ignore_other_computer=args.take_over_lock) as plan:
        report = import_file(plan, args.file, args.format, ring=args.ring)  # None: by extension and content
    for line in report.lines():
        print(line)
    return 0


def run_export(args) -> int:
    from ..models.file.plan_file import open_plan
    from .common import output_path

    output = output_path(args.output, f".{args.format}", "plan" if args.format == "xlsx" else "arshjul")
    with open_plan(args.plan, read_only=True) as plan:
        if plan.notice:
            print(plan.notice, file=sys.stderr)
        if args.format == "xlsx":
            from ..exchange.excel import export_xlsx

            export_xlsx(plan, output)
            print(tr("The plan was exported to {path}", path=output))
            return 0
        from ..models.queries.wheel_rows import read_wheel

        data = read_wheel(plan)
    if args.format == "ics":
        from ..exchange.ical_export import write_ics

        write_ics(data, output)
        print(tr("The annual wheel's {count} events were exported to {path}", count=len(data.events), path=output))
    else:
        from datetime import date

        from ..reports.wheel_figure import save_wheel

        save_wheel(data, output, args.format, args.size, today=date.today())
        print(tr("The annual wheel was exported to {path} ({size})", path=output, size=args.size))
    return 0
