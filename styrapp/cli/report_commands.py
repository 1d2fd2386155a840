"""`styrapp-cli report PLAN --kind KIND [--year Y] [--period P] [--unit U] [--size A4|A3] [--language sv|en]
-o OUT.pdf` (or `-o OUT.docx`: the same report as a Word document)."""

from __future__ import annotations

import sys
from pathlib import Path

from ..reports.kinds import KEYS as KINDS
from ..wording import tr


def register(commands) -> None:
    report = commands.add_parser(
        "report", help=tr("write a report as PDF or Word (operational plan, assignment plan, follow-up, situation "
                          "review, internal control plan, report to the commissioner, annual wheel)"),
        description=tr("Writes the report as a PDF for printing: cover, table of contents, bookmarks, running "
                       "header and footer with page numbers; or, given an OUT.docx, as a Word document with the "
                       "same headings, tables and charts to finish by hand (not the situation review and the "
                       "annual wheel, which are drawn page by page). The plan is opened for reading only; the "
                       "file is written whole or not at all. An unknown report, period or unit gives the valid "
                       "choices."))
    report.add_argument("plan", metavar="PLAN", type=Path)
    report.add_argument("--kind", required=True, choices=KINDS, help=tr("which report"))
    report.add_argument("--year", type=int, help=tr("the plan year, shown as it was: its goals, assignments, periods "
                                                    "and follow-ups (default: the plan's newest year)"))
    report.add_argument("--period", metavar="PERIOD", help=tr("the reporting period's name, for uppfoljning "
                                                               "(default: the latest that has ended)"))
    report.add_argument("--unit", metavar=tr("UNIT"), help=tr("only this unit and the units under it: their goals, "
                                                            "assignments, indicators, budget, risks and situation "
                                                            "review (the annual wheel is always the whole "
                                                            "organisation's)"))
    report.add_argument("--size", choices=["A4", "A3"], type=str.upper, default="A4", help=tr("for arshjul: A4 or A3"))
    report.add_argument("--language", choices=["sv", "en"], type=str.lower,
                        help=tr("the report's language for headings, labels, dates and numbers: sv (Swedish) or "
                                "en (English); the plan's own text is printed as written (default: the plan's "
                                "setting, otherwise Swedish)"))
    report.add_argument("-o", "--output", metavar=tr("OUT.pdf or OUT.docx"), type=Path, required=True,
                        help=tr("the file to write: a PDF, or a Word document when its name ends in .docx"))
    report.set_defaults(run=run_report)


def run_report(args) -> int:
    from ..models.file.plan_file import open_plan
    from ..reports.engine import ReportOptions, build_report
    from .common import output_path

    output = output_path(args.output, ".pdf", "rapport", also=(".docx",))  # .docx: a Word document
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
    print(tr("The report was written to {path}", path=output))
    return 0


class ProgressBar:
    """A bar on a terminal ("[#####     ]  52 % laying out the pages"); nothing when output goes to a file or pipe."""

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
