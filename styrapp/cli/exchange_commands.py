"""`styrapp-cli import` and `export`: figures and calendars from other systems into a plan; the plan out
to Excel, and its årshjul out as a calendar (.ics), a picture (PNG, SVG) or a PDF on A4 or A3."""

from __future__ import annotations

import sys
from pathlib import Path


def register(commands) -> None:
    command = commands.add_parser(
        "import", help="importera mätvärden (Kolada: API-JSON eller CSV-tabell; Excel i styrapps format) "
                       "eller kalenderhändelser till årshjulet (.ics)",
        description="Läser filen helt först; en fil som inte går att läsa ändrar ingenting (slutkod 2). "
                    "Mätvärden matchas mot indikatorernas Kolada-id och kommun- eller enhetskod. Kalenderhändelser "
                    "(Outlook, Google, Thunderbird) läggs i årshjulet; återkommande händelser läggs ut per tillfälle "
                    "under planåret, och en händelse med samma UID som förut uppdateras i stället för att dubbleras. "
                    "Skriver ut vad som importerades och vad som hoppades över, och varför.")
    command.add_argument("plan", metavar="PLAN", type=Path)
    command.add_argument("file", metavar="FIL", type=Path)
    command.add_argument("--format", choices=["kolada", "xlsx", "ics"], help="filens format (annars efter filändelsen)")
    command.add_argument("--ring", metavar="NAMN",
                         help="(.ics) ringen i årshjulet som händelserna hamnar i; skapas om den inte finns. "
                              "Utan --ring: ringen de exporterades från, annars en ring med kalenderns namn")
    command.set_defaults(run=run_import)

    export = commands.add_parser(
        "export", help="exportera planen (xlsx: indikatorer, mätvärden, mål- och uppdragsträd; "
                       "ics, png, svg, pdf: årshjulet)",
        description="xlsx: planens indikatorer med mätvärden och mål- och uppdragsträden, en tabell per flik. "
                    "ics: årshjulets händelser som kalender för Outlook eller Google (heldagshändelser, samma UID "
                    "varje gång). png, svg, pdf: årshjulet som bild eller utskrift på A4 eller A3. "
                    "Planen öppnas bara för läsning; filen skrivs hel eller inte alls.")
    export.add_argument("plan", metavar="PLAN", type=Path)
    export.add_argument("--format", choices=["xlsx", "ics", "png", "svg", "pdf"], required=True, help="filformat")
    export.add_argument("--size", choices=["A4", "A3"], type=str.upper, default="A4",
                        help="pappersstorlek för png, svg och pdf (standard A4; A3 för en affisch)")
    export.add_argument("-o", "--output", metavar="UT", type=Path, required=True, help="filen som skrivs")
    export.set_defaults(run=run_export)


def run_import(args) -> int:
    from ..exchange.importing import guess_format, import_file
    from ..models.file.plan_file import open_plan
    from .common import UsageError

    kind = args.format or guess_format(args.file)
    if kind is None:
        raise UsageError(f"vet inte vilket format {args.file.name} har; ange --format kolada, xlsx eller ics")
    if args.ring is not None and kind != "ics":
        raise UsageError("--ring gäller bara kalenderfiler (.ics)")
    if args.ring is not None and not args.ring.strip():
        raise UsageError("--ring behöver ett namn")
    with open_plan(args.plan) as plan:
        report = import_file(plan, args.file, kind, ring=args.ring)
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
            print(f"Planen exporterades till {output}")
            return 0
        from ..models.queries.wheel_rows import read_wheel

        data = read_wheel(plan)
    if args.format == "ics":
        from ..exchange.ical_export import write_ics

        write_ics(data, output)
        print(f"Årshjulets {len(data.events)} händelser exporterades till {output}")
    else:
        from datetime import date

        from ..reports.wheel_figure import save_wheel

        save_wheel(data, output, args.format, args.size, today=date.today())
        print(f"Årshjulet exporterades till {output} ({args.size})")
    return 0
