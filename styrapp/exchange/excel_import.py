"""Indicators and measured values back from an Excel workbook in the layout `excel.export_xlsx`
writes (sheets "Indikatorer" and "Mätvärden"). Everything is read and checked first; a bad cell
names its sheet and cell, and nothing is written. Then one transaction.

Text comes back as `excel.export_xlsx` wrote it: _xHHHH_ is the character it stands for (as Excel
reads it), and a text the sheet "Långa texter" continues is put together again."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any
from uuid import UUID

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from ..models.enums import SWEDISH, Direction, Frequency, Gender, MeasurementKind
from ..models.errors import InvalidValue
from ..models.file.plan_file import PlanFile
from ..models.rules.measurements import MeasurementIn
from ..models.rules.numbers import parse_number
from ..models.services.indicators import ImportCounts, import_indicators
from ..wording import Phrase, tr
from .excel import INDICATOR_COLUMNS, LONG_TEXT_COLUMNS, LONG_TEXTS, MEASUREMENT_COLUMNS, text_of_cell
from .kolada import MAX_BYTES, ImportRefused, Progress, step

# Columns the importer needs; the others in the export are there to read, and are ignored.
NEEDED_INDICATOR = ("Namn",)
NEEDED_MEASUREMENT = ("Indikator", "Period", "Sort", "Kön", "Värde")


@dataclass
class ExcelReport:
    counts: ImportCounts

    def lines(self) -> list[str]:
        """What came in, in the current language."""
        c = self.counts
        return [tr("Indicators: {created} new, {updated} updated.", created=c.created, updated=c.updated),
                tr("Values: {count} ({added} new, {replaced} replaced earlier ones).", count=c.added + c.replaced,
                   added=c.added, replaced=c.replaced)
                if c.added + c.replaced else tr("Values: none.")]


def _swedish_to(enum, text: str, where: str):
    """The enum value of a cell; the cells are written in Swedish (the file format), whatever the language."""
    lookup = {SWEDISH[m].lower(): m.value for m in enum} | {m.value: m.value for m in enum}
    key = str(text or "").strip().lower()
    if key not in lookup:
        choices = ", ".join(SWEDISH[m] for m in enum)
        raise InvalidValue("value.not_a_choice", label=where, value=text, choices=choices)
    return lookup[key]


def _header(sheet, needed: tuple[str, ...], path: Path) -> dict[str, int]:
    rows = sheet.iter_rows(min_row=1, max_row=1, values_only=True)
    header = next(rows, None)
    if not header or all(cell is None for cell in header):
        raise ImportRefused("import.refused", name=path.name, reason=Phrase("the sheet “{sheet}” is empty",
                                                                           sheet=sheet.title))
    columns = {str(name).strip(): i for i, name in enumerate(header) if name is not None}
    missing = [name for name in needed if name not in columns]
    if missing:
        raise ImportRefused("import.refused", name=path.name, reason=Phrase(
            "the sheet “{sheet}” lacks the columns {columns} (export a plan to Excel to see what the file should "
            "look like)", sheet=sheet.title, columns=", ".join(missing)))
    return columns


def _cell(sheet, row: int, column: int) -> str:
    from openpyxl.utils import get_column_letter

    return f"{sheet.title}!{get_column_letter(column + 1)}{row}"


def open_workbook(path: Path) -> Any:
    """The workbook at `path`, read-only with the values Excel computed; refused plainly when the file is not
    there, larger than an import takes, or no .xlsx."""
    if not path.is_file():
        raise ImportRefused("file.not_found", path=str(path))
    if path.stat().st_size > MAX_BYTES:
        raise ImportRefused("import.refused", name=path.name, reason=Phrase("the file is larger than {most} MB",
                                                                           most=MAX_BYTES // (1024 * 1024)))
    try:
        return load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError):
        raise ImportRefused("import.refused", name=path.name, reason=Phrase("it is no Excel file (.xlsx)")) from None


def read_workbook(path: Path | str) -> tuple[list[dict[str, Any]], list[tuple[str, MeasurementIn]]]:
    path = Path(path)
    book = open_workbook(path)
    try:
        if "Mätvärden" not in book.sheetnames and "Indikatorer" not in book.sheetnames:
            raise ImportRefused("import.refused", name=path.name, reason=Phrase(
                "the sheets “{first}” and “{second}” are missing", first="Indikatorer", second="Mätvärden"))
        try:
            more = _long_texts(book[LONG_TEXTS], path) if LONG_TEXTS in book.sheetnames else {}
            specs = _indicators(book["Indikatorer"], path, more) if "Indikatorer" in book.sheetnames else []
            values = _values(book["Mätvärden"], path, more) if "Mätvärden" in book.sheetnames else []
        except InvalidValue as exc:
            raise ImportRefused("import.refused_because", name=path.name, error=exc) from None
    finally:
        book.close()
    if not specs and not values:
        raise ImportRefused("import.refused", name=path.name, reason=Phrase("the sheets are empty"))
    return specs, values


def _number_or_none(sheet, value, row: int, column: int) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        return parse_number(value)
    except InvalidValue:
        raise InvalidValue("xlsx.not_a_number", cell=_cell(sheet, row, column), value=value) from None


def _uuid(sheet, value, row: int, column: int) -> str:
    try:
        return str(UUID(str(value).strip()))
    except ValueError:
        raise InvalidValue("xlsx.not_a_uuid", cell=_cell(sheet, row, column), value=value) from None


def _year_or_none(sheet, value, row: int, column: int) -> int | None:
    number = _number_or_none(sheet, value, row, column)
    if number is None:
        return None
    if number != int(number) or not 1900 <= number <= 2200:
        raise InvalidValue("xlsx.not_a_year", cell=_cell(sheet, row, column), value=value)
    return int(number)


def _long_texts(sheet, path: Path) -> dict[tuple[str, str], str]:
    """(sheet, cell) → the rest of that cell's text, from the sheet LONG_TEXTS, its pieces in order."""
    columns = _header(sheet, LONG_TEXT_COLUMNS, path)
    found: dict[tuple[str, str], list[tuple[int, str]]] = {}
    for row_number, row in enumerate(sheet.iter_rows(min_row=2, values_only=True), start=2):
        if not row or all(cell is None for cell in row):
            continue
        get = dict(zip(LONG_TEXT_COLUMNS, (row[columns[name]] if columns[name] < len(row) else None
                                           for name in LONG_TEXT_COLUMNS), strict=True))
        part = _number_or_none(sheet, get["Del"], row_number, columns["Del"])
        if part is None or part != int(part):
            raise InvalidValue("xlsx.not_a_number", cell=_cell(sheet, row_number, columns["Del"]), value=get["Del"])
        key = (str(get["Flik"] or ""), str(get["Cell"] or "").strip().upper())
        found.setdefault(key, []).append((int(part), str(get["Text"] or "")))
    return {key: "".join(text for _part, text in sorted(parts)) for key, parts in found.items()}


def _rows(sheet, columns: dict[str, int], more: dict[tuple[str, str], str] | None = None):
    """(row number, get(column name) → cell value) for every row below the header that is not blank.
    Text is as it was written: `text_of_cell`, with the rest of a long text put back."""
    from openpyxl.utils import get_column_letter

    more = more or {}
    for row_number, row in enumerate(sheet.iter_rows(min_row=2, values_only=True), start=2):
        if not row or all(cell is None for cell in row):
            continue
        row = tuple(text_of_cell(value + more.get((sheet.title, f"{get_column_letter(i + 1)}{row_number}"), ""))
                    if isinstance(value, str) else value for i, value in enumerate(row))

        def get(name, row=row):
            return row[columns[name]] if name in columns and columns[name] < len(row) else None

        yield row_number, get


def _indicators(sheet, path: Path, more: dict | None = None) -> list[dict[str, Any]]:
    columns = _header(sheet, NEEDED_INDICATOR, path)
    out = []
    for row_number, get in _rows(sheet, columns, more):
        spec: dict[str, Any] = {"name": get("Namn")}
        if get("uuid") not in (None, ""):
            spec["uuid"] = _uuid(sheet, get("uuid"), row_number, columns["uuid"])
        if get("Id") is not None:
            spec["id"] = int(_number_or_none(sheet, get("Id"), row_number, columns["Id"]))
        for name, field in (("Enhet", "unit"), ("Källa", "source"), ("Ansvarig", "responsible")):
            if name in columns:
                spec[field] = str(get(name) or "")
        for name, field in (("Kolada-id", "kolada_id"), ("Kommunkod", "kolada_municipality"), ("Kolada-enhet", "kolada_ou")):
            if name in columns:
                value = get(name)
                # A code Excel turned into a number ("114" for "0114") is refused by the Kolada check, not guessed.
                spec[field] = None if value in (None, "") else str(value).strip()
        for name, field in (("Jämförelsevärde", "baseline"), ("Målvärde", "target")):
            if name in columns:
                spec[field] = _number_or_none(sheet, get(name), row_number, columns[name])
        for name, field in (("Jämförelseår", "baseline_year"), ("Målår", "target_year")):
            if name in columns:
                spec[field] = _year_or_none(sheet, get(name), row_number, columns[name])
        if "Decimaler" in columns and get("Decimaler") is not None:
            spec["decimals"] = int(_number_or_none(sheet, get("Decimaler"), row_number, columns["Decimaler"]))
        if "Riktning" in columns and get("Riktning"):
            spec["direction"] = _swedish_to(Direction, get("Riktning"), _cell(sheet, row_number, columns["Riktning"]))
        if "Frekvens" in columns and get("Frekvens"):
            spec["frequency"] = _swedish_to(Frequency, get("Frekvens"), _cell(sheet, row_number, columns["Frekvens"]))
        if "Rapporteras till KF" in columns:
            spec["reported_to_council"] = str(get("Rapporteras till KF") or "").strip().lower() in ("ja", "yes", "x", "1", "true")
        out.append(spec)
    return out


def _values(sheet, path: Path, more: dict | None = None) -> list[tuple[str, MeasurementIn]]:
    columns = _header(sheet, NEEDED_MEASUREMENT, path)
    out = []
    for row_number, get in _rows(sheet, columns, more):
        name = str(get("Indikator") or "").strip()
        if not name:
            raise InvalidValue("xlsx.no_indicator_name", cell=_cell(sheet, row_number, columns["Indikator"]))
        period = get("Period")
        if isinstance(period, datetime | date):
            period = period.strftime("%Y-%m-%d")
        elif isinstance(period, float) and period.is_integer():
            period = int(period)
        kind = _swedish_to(MeasurementKind, get("Sort"), _cell(sheet, row_number, columns["Sort"]))
        gender = str(get("Kön") or "T").strip().upper()
        if gender not in {g.value for g in Gender}:
            raise InvalidValue("xlsx.gender", cell=_cell(sheet, row_number, columns["Kön"]), value=get("Kön"))
        value = _number_or_none(sheet, get("Värde"), row_number, columns["Värde"])
        if value is None:
            raise InvalidValue("xlsx.empty_cell", cell=_cell(sheet, row_number, columns["Värde"]))
        try:
            from ..models.rules.periods import parse_period

            parse_period(period)
        except InvalidValue as exc:
            raise InvalidValue("xlsx.cell", cell=_cell(sheet, row_number, columns["Period"]), error=exc) from None
        out.append((name, MeasurementIn(str(period), value, kind=kind, gender=gender,
                                        comment=str(get("Kommentar") or ""), source=str(get("Källa") or ""))))
    return out


def import_xlsx(plan: PlanFile, path: Path | str, progress: Progress | None = None) -> ExcelReport:
    step(progress, 5, "Reading the file")
    specs, values = read_workbook(path)
    step(progress, 70, "Writing the indicators and values")
    try:
        return ExcelReport(import_indicators(plan, specs, values))
    except InvalidValue as exc:
        raise ImportRefused("import.refused_because", name=Path(path).name, error=exc) from None


assert set(NEEDED_INDICATOR) <= set(INDICATOR_COLUMNS) and set(NEEDED_MEASUREMENT) <= set(MEASUREMENT_COLUMNS)
