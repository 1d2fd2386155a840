"""One door for every import, by format: what the CLI and the window call."""

from __future__ import annotations

from pathlib import Path

from ..models.file.plan_file import PlanFile
from .kolada import ImportRefused, Progress

SUFFIXES = {".json": "kolada", ".csv": "kolada", ".xlsx": "xlsx", ".ics": "ics", ".ical": "ics", ".ifb": "ics"}
FORMATS = ("kolada", "xlsx", "ics", "ekonomi")


def guess_format(path: Path) -> str | None:
    return SUFFIXES.get(Path(path).suffix.lower())


def _workbook_kind(path: Path) -> str:
    """"plan" for an .xlsx with sheets of the whole-plan layout besides Indikatorer and Mätvärden,
    "xlsx" for one with only those (the indicators' import), "kolada" for any other (a Kolada table)."""
    import zipfile

    from openpyxl import load_workbook

    from .workbook_layout import INDICATORS, MEASUREMENTS, SHEETS

    try:
        book = load_workbook(path, read_only=True)
    except Exception:  # noqa: BLE001 - the importer that follows says what is wrong with the file
        return "xlsx"
    try:
        names = set(book.sheetnames)
    except zipfile.BadZipFile:
        return "xlsx"
    finally:
        book.close()
    if names & (set(SHEETS) - {INDICATORS, MEASUREMENTS}):
        return "plan"
    return "xlsx" if names & {INDICATORS, MEASUREMENTS} else "kolada"


def import_file(plan: PlanFile, path: Path | str, fmt: str | None = None, progress: Progress | None = None,
                ring: str | None = None):
    """Import `path` into `plan`; returns a report with `lines()`. Raises ImportRefused for a bad file.
    `ring` is the årshjul ring for a calendar's events (see `ical_import.import_calendar`)."""
    kind = fmt or guess_format(Path(path))
    if fmt is None and kind in ("kolada", "xlsx") and Path(path).is_file():
        from .economy_import import looks_like_economy

        if looks_like_economy(path):  # enhet, period, utfall/prognos: the ekonomisystem's export
            kind = "ekonomi"
    if kind == "ekonomi":
        from .economy_import import import_economy

        return import_economy(plan, path, progress)
    if kind == "ics":
        from .ical_import import import_calendar

        return import_calendar(plan, path, ring, progress)
    if kind == "xlsx" and Path(path).is_file():
        found = _workbook_kind(Path(path))
        kind = "kolada" if found == "kolada" and fmt is None else found if found != "kolada" else kind
    if kind == "kolada":
        from .kolada import import_kolada

        return import_kolada(plan, path, progress)
    if kind == "plan":
        from .workbook_import import import_plan_workbook

        return import_plan_workbook(plan, path, progress)
    if kind == "xlsx":
        from .excel_import import import_xlsx

        return import_xlsx(plan, path, progress)
    raise ImportRefused("import.unknown_format", name=Path(path).name)
