"""`styrapp-cli import` and `export`: figures from other systems into a plan, and the plan out to Excel."""

from __future__ import annotations

import sys
from pathlib import Path


def register(commands) -> None:
    command = commands.add_parser(
        "import", help="importera mätvärden till planens indikatorer (Kolada: API-JSON eller CSV-tabell; Excel i styrapps format)",
        description="Läser filen helt först; en fil som inte går att läsa ändrar ingenting (slutkod 2). "
                    "Värdena matchas mot indikatorernas Kolada-id och kommun- eller enhetskod. Skriver ut "
                    "vad som importerades och vad som hoppades över, och varför.")
    command.add_argument("plan", metavar="PLAN", type=Path)
    command.add_argument("file", metavar="FIL", type=Path)
    command.add_argument("--format", choices=["kolada", "xlsx"], help="filens format (annars efter filändelsen)")
    command.set_defaults(run=run_import)

    export = commands.add_parser(
        "export", help="exportera planen (xlsx: indikatorer, mätvärden, mål- och uppdragsträd)",
        description="Skriver planens indikatorer med mätvärden och mål- och uppdragsträden till en Excel-fil, "
                    "en tabell per flik. Planen öppnas bara för läsning.")
    export.add_argument("plan", metavar="PLAN", type=Path)
    export.add_argument("--format", choices=["xlsx"], required=True, help="filformat")
    export.add_argument("-o", "--output", metavar="UT", type=Path, required=True, help="filen som skrivs")
    export.set_defaults(run=run_export)


def run_import(args) -> int:
    from ..exchange.importing import guess_format, import_file
    from ..models.plan_file import open_plan
    from .main import UsageError

    kind = args.format or guess_format(args.file)
    if kind is None:
        raise UsageError(f"vet inte vilket format {args.file.name} har; ange --format kolada eller --format xlsx")
    with open_plan(args.plan) as plan:
        report = import_file(plan, args.file, kind)
    for line in report.lines():
        print(line)
    return 0


def run_export(args) -> int:
    from ..exchange.excel import export_xlsx
    from ..models.plan_file import open_plan

    output = args.output if args.output.suffix.lower() == ".xlsx" else args.output.with_name(args.output.name + ".xlsx")
    with open_plan(args.plan, read_only=True) as plan:
        if plan.notice:
            print(plan.notice, file=sys.stderr)
        export_xlsx(plan, output)
    print(f"Planen exporterades till {output}")
    return 0
