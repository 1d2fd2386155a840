"""Indicators and measured values back from an Excel workbook in the layout `excel.export_xlsx`
writes (sheets "Indikatorer" and "Mätvärden"). Everything is read and checked first; a bad cell
names its sheet and cell, and nothing is written. Then one transaction."""

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
from .excel import INDICATOR_COLUMNS, MEASUREMENT_COLUMNS
from .kolada import MAX_BYTES, ImportRefused, Progress, step

# Columns the importer needs; the others in the export are there to read, and are ignored.
NEEDED_INDICATOR = ("Namn",)
NEEDED_MEASUREMENT = ("Indikator", "Period", "Sort", "Kön", "Värde")
# Export columns that are computed or only shown, never read back.
DERIVED = {"Status", "Mål", "Ansvarig enhet"}


@dataclass
class ExcelReport:
    counts: ImportCounts

    def lines(self) -> list[str]:
        c = self.counts
        return [f"Indikatorer: {c.created} nya, {c.updated} uppdaterade.",
                f"Mätvärden: {c.added + c.replaced} ({c.added} nya, {c.replaced} ersatte tidigare)."
                if c.added + c.replaced else "Mätvärden: inga."]


def _swedish_to(enum, text: str, where: str):
    lookup = {SWEDISH[m].lower(): m.value for m in enum} | {m.value: m.value for m in enum}
    key = str(text or "").strip().lower()
    if key not in lookup:
        choices = ", ".join(SWEDISH[m] for m in enum)
        raise InvalidValue(f"{where}: ”{text}” är inget giltigt värde (välj bland {choices})")
    return lookup[key]


def _header(sheet, needed: tuple[str, ...], path: Path) -> dict[str, int]:
    rows = sheet.iter_rows(min_row=1, max_row=1, values_only=True)
    header = next(rows, None)
    if not header or all(cell is None for cell in header):
        raise ImportRefused(f"{path.name} kan inte importeras: fliken ”{sheet.title}” är tom. Inget har ändrats i planen.")
    columns = {str(name).strip(): i for i, name in enumerate(header) if name is not None}
    missing = [name for name in needed if name not in columns]
    if missing:
        raise ImportRefused(f"{path.name} kan inte importeras: fliken ”{sheet.title}” saknar kolumnerna "
                            f"{', '.join(missing)} (exportera en plan till Excel för att se hur filen ska se ut). "
                            "Inget har ändrats i planen.")
    return columns


def _cell(sheet, row: int, column: int) -> str:
    from openpyxl.utils import get_column_letter

    return f"{sheet.title}!{get_column_letter(column + 1)}{row}"


def read_workbook(path: Path | str) -> tuple[list[dict[str, Any]], list[tuple[str, MeasurementIn]]]:
    path = Path(path)
    if not path.is_file():
        raise ImportRefused(f"Filen {path} finns inte.")
    if path.stat().st_size > MAX_BYTES:
        raise ImportRefused(f"{path.name} kan inte importeras: filen är större än {MAX_BYTES // (1024 * 1024)} MB. "
                            "Inget har ändrats i planen.")
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError):
        raise ImportRefused(f"{path.name} kan inte importeras: det är ingen Excel-fil (.xlsx). Inget har ändrats i planen.") from None
    try:
        if "Mätvärden" not in book.sheetnames and "Indikatorer" not in book.sheetnames:
            raise ImportRefused(f"{path.name} kan inte importeras: flikarna ”Indikatorer” och ”Mätvärden” saknas. "
                                "Inget har ändrats i planen.")
        try:
            specs = _indicators(book["Indikatorer"], path) if "Indikatorer" in book.sheetnames else []
            values = _values(book["Mätvärden"], path) if "Mätvärden" in book.sheetnames else []
        except InvalidValue as exc:
            raise ImportRefused(f"{path.name} kan inte importeras: {exc.message} Inget har ändrats i planen.") from None
    finally:
        book.close()
    if not specs and not values:
        raise ImportRefused(f"{path.name} kan inte importeras: flikarna är tomma. Inget har ändrats i planen.")
    return specs, values


def _number_or_none(sheet, value, row: int, column: int) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        return parse_number(value)
    except InvalidValue:
        raise InvalidValue(f"cellen {_cell(sheet, row, column)} innehåller ”{value}”, som inte är ett tal.") from None


def _uuid(sheet, value, row: int, column: int) -> str:
    try:
        return str(UUID(str(value).strip()))
    except ValueError:
        raise InvalidValue(f"cellen {_cell(sheet, row, column)} innehåller ”{value}”, som inte är ett uuid.") from None


def _year_or_none(sheet, value, row: int, column: int) -> int | None:
    number = _number_or_none(sheet, value, row, column)
    if number is None:
        return None
    if number != int(number) or not 1900 <= number <= 2200:
        raise InvalidValue(f"cellen {_cell(sheet, row, column)} innehåller ”{value}”, som inte är ett årtal.")
    return int(number)


def _rows(sheet, columns: dict[str, int]):
    """(row number, get(column name) → cell value) for every row below the header that is not blank."""
    for row_number, row in enumerate(sheet.iter_rows(min_row=2, values_only=True), start=2):
        if not row or all(cell is None for cell in row):
            continue

        def get(name, row=row):
            return row[columns[name]] if name in columns and columns[name] < len(row) else None

        yield row_number, get


def _indicators(sheet, path: Path) -> list[dict[str, Any]]:
    columns = _header(sheet, NEEDED_INDICATOR, path)
    out = []
    for row_number, get in _rows(sheet, columns):
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


def _values(sheet, path: Path) -> list[tuple[str, MeasurementIn]]:
    columns = _header(sheet, NEEDED_MEASUREMENT, path)
    out = []
    for row_number, get in _rows(sheet, columns):
        name = str(get("Indikator") or "").strip()
        if not name:
            raise InvalidValue(f"cellen {_cell(sheet, row_number, columns['Indikator'])} saknar indikatorns namn.")
        period = get("Period")
        if isinstance(period, datetime | date):
            period = period.strftime("%Y-%m-%d")
        elif isinstance(period, float) and period.is_integer():
            period = int(period)
        kind = _swedish_to(MeasurementKind, get("Sort"), _cell(sheet, row_number, columns["Sort"]))
        gender = str(get("Kön") or "T").strip().upper()
        if gender not in {g.value for g in Gender}:
            raise InvalidValue(f"cellen {_cell(sheet, row_number, columns['Kön'])} innehåller ”{get('Kön')}”; "
                               "använd T, K eller M.")
        value = _number_or_none(sheet, get("Värde"), row_number, columns["Värde"])
        if value is None:
            raise InvalidValue(f"cellen {_cell(sheet, row_number, columns['Värde'])} är tom.")
        try:
            from ..models.rules.periods import parse_period

            parse_period(period)
        except InvalidValue as exc:
            raise InvalidValue(f"cellen {_cell(sheet, row_number, columns['Period'])}: {exc.message}") from None
        out.append((name, MeasurementIn(str(period), value, kind=kind, gender=gender,
                                        comment=str(get("Kommentar") or ""), source=str(get("Källa") or ""))))
    return out


def import_xlsx(plan: PlanFile, path: Path | str, progress: Progress | None = None) -> ExcelReport:
    step(progress, 5, "Läser filen")
    specs, values = read_workbook(path)
    step(progress, 70, "Skriver in indikatorer och värden")
    try:
        return ExcelReport(import_indicators(plan, specs, values))
    except InvalidValue as exc:
        raise ImportRefused(f"{Path(path).name} kan inte importeras: {exc.message} Inget har ändrats i planen.") from None


assert set(NEEDED_INDICATOR) <= set(INDICATOR_COLUMNS) and set(NEEDED_MEASUREMENT) <= set(MEASUREMENT_COLUMNS)
