"""`styrapp-cli import`: bring figures from other systems into a plan (Kolada now; Excel to come)."""

from __future__ import annotations

from pathlib import Path

# Which importer a file goes to when --format is not given.
SUFFIXES = {".json": "kolada", ".csv": "kolada"}


def register(commands) -> None:
    command = commands.add_parser(
        "import", help="importera mätvärden till planens indikatorer (Kolada: API-JSON eller CSV-tabell)",
        description="Läser filen helt först; en fil som inte går att läsa ändrar ingenting (slutkod 2). "
                    "Värdena matchas mot indikatorernas Kolada-id och kommun- eller enhetskod. Skriver ut "
                    "vad som importerades och vad som hoppades över, och varför.")
    command.add_argument("plan", metavar="PLAN", type=Path)
    command.add_argument("file", metavar="FIL", type=Path)
    command.add_argument("--format", choices=["kolada"], help="filens format (annars efter filändelsen)")
    command.set_defaults(run=run_import)


def run_import(args) -> int:
    from ..exchange.kolada import import_kolada
    from ..models.plan_file import open_plan
    from .main import UsageError

    kind = args.format or SUFFIXES.get(args.file.suffix.lower())
    if kind is None:
        raise UsageError(f"vet inte vilket format {args.file.name} har; ange --format kolada")
    with open_plan(args.plan) as plan:
        report = import_kolada(plan, args.file)
    for line in report.lines():
        print(line)
    return 0
