"""Outcome and forecast from the ekonomisystem: a CSV or Excel export, one row per unit, period and kind.

Columns are found by their header, in any case and any order:

- `enhet`: the unit's name or its short name (kortnamn, e.g. the ansvarskod), as in the plan;
- `period`: a month `YYYY-MM` (the plan's reporting period that ends in that month) or the name of one
  of the plan's reporting periods;
- `typ`: `drift` or `investering` (drift when the column is missing or the cell empty);
- `utfall` and/or `prognos`: amounts as Swedish software writes them ("4 321 000", "1 234,50",
  "−12 300"); a header may name its unit, `utfall (tkr)`, `prognos (mnkr)`; kr when it names none.

A CSV may be separated by `;`, `,` or tab, in UTF-8 (with or without BOM) or Windows-1252 (what Swedish
Excel writes). The whole file is checked before anything is written: an unknown unit, a period outside
the plan's years, two rows for the same unit, period and kind, text where an amount belongs or an
amount too large to be meant (öre in a column that says tkr) refuse it whole, with the row named.
A row without any amount, or for a month in which the plan has no reporting period, is skipped and
the report says so. The rows go in as one transaction (one undo step in the window).
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..models.enums import BudgetKind
from ..models.errors import StyrappError
from ..models.file.plan_file import PlanFile
from ..models.queries.economy import ImportFacts, import_facts
from ..models.rules import money
from ..models.services.economy import FigureIn, import_figures
from ..wording import Phrase, counted, tr
from .kolada import ImportRefused, Progress, step

MAX_BYTES = 20 * 1024 * 1024  # a year of monthly figures for a thousand units is well under 2 MB
# An amount larger than this (in kr) is no unit's figure: Sweden's largest municipality's whole budget
# is below it. In a column that says tkr it most likely is kr or öre read as tkr.
PLAUSIBLE_KRONOR = 10**11
PLAUSIBLE_TIMES_FRAME = 100  # an outcome or forecast over 100 times the unit's frame is a unit mistake

_HEADER = re.compile(r"(enhet|period|typ|utfall|prognos)\s*(?:\(\s*([^)]*?)\s*\))?")
_MONTH = re.compile(r"(\d{4})-(\d{1,2})")
KINDS = {"drift": BudgetKind.OPERATING.value, "driftbudget": BudgetKind.OPERATING.value,
         "operating": BudgetKind.OPERATING.value, "investering": BudgetKind.INVESTMENT.value,
         "investeringar": BudgetKind.INVESTMENT.value, "investeringsbudget": BudgetKind.INVESTMENT.value,
         "investment": BudgetKind.INVESTMENT.value}
KIND_WORD = {BudgetKind.OPERATING.value: "drift", BudgetKind.INVESTMENT.value: "investering"}


def _refuse(path: Path, reason: Phrase) -> ImportRefused:
    return ImportRefused("import.refused", name=path.name, reason=reason)


# --- reading the file ------------------------------------------------------------------------------------


def _decode(path: Path, data: bytes) -> str:
    if b"\x00" in data[:4096]:
        raise _refuse(path, Phrase("the file is not text (it holds binary data)"))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")  # what Swedish Excel writes ("Spara som CSV")


def _delimiter(header_line: str) -> str:
    for candidate in (";", "\t", ","):
        if candidate in header_line:
            return candidate
    return ";"


def _csv_rows(path: Path, data: bytes) -> list[list[object]]:
    text = _decode(path, data)
    lines = text.splitlines()
    first = next((line for line in lines if line.strip()), "")
    return [list(row) for row in csv.reader(io.StringIO(text), delimiter=_delimiter(first))]


def _xlsx_rows(path: Path) -> list[list[object]]:
    """The first sheet, its cells as they are (numbers stay numbers)."""
    import zipfile

    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError):
        raise _refuse(path, Phrase("it is no Excel file (.xlsx)")) from None
    try:
        return [["" if cell is None else cell for cell in row] for row in book.worksheets[0].iter_rows(values_only=True)]
    finally:
        book.close()


def read_rows(path: Path | str) -> list[list[object]]:
    """The file's rows (header first), refused if it is too large or unreadable."""
    path = Path(path)
    if not path.is_file():
        raise ImportRefused("file.not_found", path=str(path))
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise _refuse(path, Phrase("the file is {size} MB; an ekonomi file may be at most {most} MB",
                                   size=size // (1024 * 1024), most=MAX_BYTES // (1024 * 1024)))
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return _xlsx_rows(path)
    return _csv_rows(path, path.read_bytes())


def looks_like_economy(path: Path | str) -> bool:
    """True for a CSV or Excel file whose header has `enhet` and `utfall` or `prognos`."""
    try:
        rows = read_rows(path)
    except StyrappError:
        return False
    header = next((row for row in rows if any(str(c).strip() for c in row)), [])
    names = {m.group(1) for m in (_HEADER.fullmatch(str(c).strip().lower()) for c in header) if m}
    return "enhet" in names and bool(names & {"utfall", "prognos"})


@dataclass(frozen=True)
class Column:
    index: int
    name: str  # enhet, period, typ, utfall, prognos
    header: str  # as written in the file
    unit: str = "kr"


def _columns(path: Path, header: list[object]) -> dict[str, Column]:
    found: dict[str, Column] = {}
    for index, cell in enumerate(header):
        written = str(cell).strip().lstrip("\ufeff")
        match = _HEADER.fullmatch(written.lower())
        if match is None:
            continue
        name, unit = match.group(1), (match.group(2) or "kr").lower()
        if unit not in money.UNITS:
            raise _refuse(path, Phrase("the column “{column}” names the unit “{unit}”; write kr, tkr or mnkr",
                                       column=written, unit=match.group(2)))
        if name in found:
            raise _refuse(path, Phrase("the file has two columns “{name}” (“{first}” and “{second}”)", name=name,
                                       first=found[name].header, second=written))
        found[name] = Column(index, name, written, unit)
    written_header = ", ".join(str(c).strip() for c in header if str(c).strip()) or "–"
    for needed in ("enhet", "period"):
        if needed not in found:
            raise _refuse(path, Phrase("the file has no column “{column}” (its columns: {columns})", column=needed,
                                       columns=written_header))
    if "utfall" not in found and "prognos" not in found:
        raise _refuse(path, Phrase("the file has neither an “utfall” nor a “prognos” column (its columns: {columns})",
                                   columns=written_header))
    return found


# --- matching against the plan ---------------------------------------------------------------------------


@dataclass
class EconomyReport:
    """What an ekonomi import did; `lines()` words it in the current language."""

    added: int = 0
    replaced: int = 0
    per_unit: Counter = field(default_factory=Counter)  # unit name → rows
    skips: Counter = field(default_factory=Counter)  # reason (a Phrase) → rows
    new_frames: list[str] = field(default_factory=list)  # units that got a budget line with frame 0

    @property
    def imported(self) -> int:
        return self.added + self.replaced

    def skipped_count(self) -> int:
        return sum(self.skips.values())

    def lines(self) -> list[str]:
        out = [tr("Imported {rows} of outcome and forecast ({added} new, {replaced} replaced earlier figures).",
                  rows=counted(self.imported, "{count} row", "{count} rows"), added=self.added, replaced=self.replaced)]
        for name, count in sorted(self.per_unit.items()):
            out.append(f"  {name}: {count}")
        if self.skips:
            out.append(tr("Skipped {rows}:", rows=counted(self.skipped_count(), "{count} row", "{count} rows")))
            for reason, count in self.skips.most_common():
                out.append(f"  {count} – {reason}")
        if self.new_frames:
            out.append(tr("Note: {units} had no budget frame for the year; their frame is 0 until it is entered on "
                          "the Ekonomi page.", units=", ".join(sorted(set(self.new_frames)))))
        return out


def _text(cell: object) -> str:
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip()


def _period(path: Path, facts: ImportFacts, number: int, cell: object):
    """The reporting period a row's `period` names, or the reason to skip the row (a month with no period)."""
    if isinstance(cell, (date,)):  # an Excel date cell: its month
        year, month = cell.year, cell.month
        written = f"{year}-{month:02d}"
    else:
        written = _text(cell)
        match = _MONTH.fullmatch(written)
        if match is None:
            named = facts.by_name.get(written.lower())
            if not named:
                raise _refuse(path, Phrase("row {row}: “{period}” is neither a month (YYYY-MM) nor the name of one of "
                                           "the plan's reporting periods", row=number, period=written))
            return next((p for p in named if p.year == facts.plan_year), named[0])
        year, month = int(match.group(1)), int(match.group(2))
        if not 1 <= month <= 12:
            raise _refuse(path, Phrase("row {row}: “{period}” is no month (YYYY-MM)", row=number, period=written))
    if year not in facts.years:
        raise _refuse(path, Phrase("row {row}: the period {period} lies outside the plan's years ({years})", row=number,
                                   period=written, years=", ".join(map(str, facts.years))))
    period = facts.by_month.get((year, month))
    if period is None:
        return Phrase("the plan has no reporting period that ends in {month}", month=f"{year}-{month:02d}")
    return period


class _Sentence:
    """A refusal inside another message: worded without its full stop (the message goes on)."""

    def __init__(self, error: StyrappError):
        self.error = error

    def worded(self) -> str:
        return self.error.worded().rstrip(".")


def _amount(path: Path, number: int, column: Column, cell: object) -> int | None:
    if isinstance(cell, str) and not cell.strip() or cell == "":
        return None
    try:
        # any size here, so that an amount far too large is said to be in the wrong unit (below)
        ore = money.parse_amount(cell if not isinstance(cell, str) else cell.strip(), column.unit, most=10**18)
    except StyrappError as exc:
        raise _refuse(path, Phrase("row {row}, column “{column}”: {error}", row=number, column=column.header,
                                   error=_Sentence(exc))) from None
    if abs(ore) > PLAUSIBLE_KRONOR * money.ORE_PER_KRONA:
        raise _refuse(path, Phrase(
            "row {row}, column “{column}”: {value} {unit} would be {kronor} kr, more than a whole municipality's "
            "budget; the amounts are probably in kronor or hundredths of a krona, not {unit}. Write the column's unit in its header, "
            "for example “utfall (kr)”", row=number, column=column.header, value=_text(cell), unit=column.unit,
            kronor=money.format_amount(ore, "kr")))
    return ore


def read_economy(plan: PlanFile, path: Path | str, progress: Progress | None = None) -> tuple[list[FigureIn], EconomyReport]:
    """Read and check the whole file against the plan; refuse it whole if anything is wrong."""
    path = Path(path)
    step(progress, 5, "Reading the file")
    rows = read_rows(path)
    start = next((i for i, row in enumerate(rows) if any(_text(c) for c in row)), None)
    if start is None:
        raise _refuse(path, Phrase("the file is empty"))
    columns = _columns(path, rows[start])
    step(progress, 30, "Matching against the plan's units and periods")
    facts = import_facts(plan)
    report = EconomyReport()
    out: list[FigureIn] = []
    seen: dict[tuple[int, int, str], int] = {}
    unit_col, period_col = columns["enhet"], columns["period"]
    kind_col, outcome_col, forecast_col = columns.get("typ"), columns.get("utfall"), columns.get("prognos")
    width = max(c.index for c in columns.values()) + 1
    for number, row in enumerate(rows[start + 1:], start=start + 2):
        if not any(_text(c) for c in row):
            continue
        row = list(row) + [""] * (width - len(row))
        written_unit = _text(row[unit_col.index])
        if not written_unit:
            raise _refuse(path, Phrase("row {row} names no unit", row=number))
        unit_id = facts.units.get(written_unit.lower())
        if unit_id is None:
            raise _refuse(path, Phrase("row {row}: the plan has no unit with the name or short name “{unit}”",
                                       row=number, unit=written_unit))
        period = _period(path, facts, number, row[period_col.index])
        kind = BudgetKind.OPERATING.value
        if kind_col is not None and _text(row[kind_col.index]):
            kind = KINDS.get(_text(row[kind_col.index]).lower())
            if kind is None:
                raise _refuse(path, Phrase("row {row}: the kind “{kind}” is neither drift nor investering", row=number,
                                           kind=_text(row[kind_col.index])))
        outcome = _amount(path, number, outcome_col, row[outcome_col.index]) if outcome_col else None
        forecast = _amount(path, number, forecast_col, row[forecast_col.index]) if forecast_col else None
        if isinstance(period, Phrase):
            report.skips[period] += 1
            continue
        key = (unit_id, period.id, kind)
        if key in seen:
            raise _refuse(path, Phrase("rows {first} and {row} both give {unit}, {period}, {kind}; keep one of them",
                                       first=seen[key], row=number, unit=facts.unit_names[unit_id], period=period.name,
                                       kind=KIND_WORD[kind]))
        seen[key] = number
        if outcome is None and forecast is None:
            report.skips[Phrase("no outcome and no forecast in the row")] += 1
            continue
        frame = facts.frames.get((unit_id, period.year, kind))
        for column, ore in ((outcome_col, outcome), (forecast_col, forecast)):
            if ore is not None and frame and abs(ore) > PLAUSIBLE_TIMES_FRAME * frame:
                raise _refuse(path, Phrase(
                    "row {row}, column “{column}”: {value} {unit} is more than {times} times the frame of {unit_name} "
                    "({frame} kr); the amounts are probably in kronor or hundredths of a krona, not {unit}. Write the column's unit in its "
                    "header, for example “utfall (kr)”", row=number, column=column.header, value=_text(row[column.index]),
                    unit=column.unit, times=PLAUSIBLE_TIMES_FRAME, unit_name=facts.unit_names[unit_id],
                    frame=money.format_amount(frame, "kr")))
        if frame is None:
            report.new_frames.append(facts.unit_names[unit_id])
        out.append(FigureIn(unit_id, period.id, kind, outcome, forecast))
        report.per_unit[facts.unit_names[unit_id]] += 1
    if not out and not report.skips:
        raise _refuse(path, Phrase("the file has a header but no rows"))
    return out, report


def import_economy(plan: PlanFile, path: Path | str, progress: Progress | None = None) -> EconomyReport:
    """Read an ekonomi file and record its outcomes and forecasts, in one transaction."""
    figures, report = read_economy(plan, path, progress)
    step(progress, 70, "Writing the figures")
    report.added, report.replaced, _made = import_figures(plan, figures)
    return report
