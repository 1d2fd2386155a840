"""`styrapp-cli report PLAN --kind KIND [--year Y] [--period P] [--unit U] [--size A4|A3] [--language sv|en]
-o OUT.pdf`."""

from __future__ import annotations

import sys
from pathlib import Path

KINDS = ("verksamhetsplan", "uppdragsplan", "uppfoljning", "nulageskoll", "internkontroll", "arshjul")


def register(commands) -> None:
    report = commands.add_parser(
        "report", help="skriv en rapport som PDF (verksamhetsplan, uppdragsplan, uppföljning, nulägeskoll, "
                       "internkontrollplan, årshjul)",
        description="Skriver rapporten som PDF för utskrift: försättsblad, innehållsförteckning, bokmärken, "
                    "sidhuvud och sidfot med sidnummer. Planen öppnas bara för läsning; filen skrivs hel eller "
                    "inte alls. En okänd rapport, period eller enhet ger de giltiga valen.")
    report.add_argument("plan", metavar="PLAN", type=Path)
    report.add_argument("--kind", required=True, choices=KINDS, help="vilken rapport")
    report.add_argument("--year", type=int, help="år (standard: planens år)")
    report.add_argument("--period", metavar="PERIOD", help="rapportperiodens namn, för uppfoljning (standard: den "
                                                            "senaste som har tagit slut)")
    report.add_argument("--unit", metavar="ENHET", help="bara den här enheten och enheterna under den: deras mål, "
                                                         "uppdrag, indikatorer, budget, risker och nulägeskoll "
                                                         "(årshjulet gäller alltid hela organisationen)")
    report.add_argument("--size", choices=["A4", "A3"], type=str.upper, default="A4", help="för arshjul: A4 eller A3")
    report.add_argument("--language", choices=["sv", "en"], type=str.lower,
                        help="rapportens språk för rubriker, etiketter, datum och tal: sv (svenska) eller en "
                             "(engelska); planens egen text skrivs som den står (standard: planens inställning, "
                             "annars svenska)")
    report.add_argument("-o", "--output", metavar="UT.pdf", type=Path, required=True, help="filen som skrivs")
    report.set_defaults(run=run_report)


def run_report(args) -> int:
    from ..models.file.plan_file import open_plan
    from ..reports.engine import ReportOptions, build_report
    from .common import output_path

    output = output_path(args.output, ".pdf", "rapport")
    bar = ProgressBar(sys.stderr)
    with open_plan(args.plan, read_only=True) as plan:
        if plan.notice:
            print(plan.notice, file=sys.stderr)
        try:
            build_report(plan, args.kind, output, ReportOptions(args.year, args.period, args.unit, args.size,
                                                                   language=args.language),
                         progress=bar.update)
        finally:
            bar.finish()
    print(f"Rapporten skrevs till {output}")
    return 0


class ProgressBar:
    """A bar on a terminal ("[#####     ]  52 % sätter sidorna"); nothing when output goes to a file or pipe."""

    def __init__(self, stream, width: int = 30):
        self.stream, self.width = stream, width
        self.active = hasattr(stream, "isatty") and stream.isatty()
        self.shown = False

    def update(self, percent: int, what: str) -> bool:
        if self.active:
            filled = self.width * max(0, min(100, percent)) // 100
            self.stream.write(f"\r[{'#' * filled}{' ' * (self.width - filled)}] {percent:3d} % {what[:40]:<40}")
            self.stream.flush()
            self.shown = True
        return True

    def finish(self) -> None:
        if self.shown:
            self.stream.write("\r" + " " * (self.width + 50) + "\r")
            self.stream.flush()
