"""Kolada figures into a plan: the API's JSON (v2 and v3 answer alike) and Kolada tables as CSV.

Reading checks the whole file first; a file that is not Kolada's, is cut short, or holds text where
a number belongs is refused whole, before anything is written. The values then go in as one
transaction, matched to the plan's indicators by Kolada KPI id and municipality (or unit) code, and
the report says what was imported, what was skipped, and why.

The API's shape (from Kolada's own README): a top-level object with `values` (and `count`,
`next_page`, `previous_page` when paged); each row has `kpi`, `municipality` (four digits as a
string: "0180"; "0000" is the whole country) or `ou` for unit-level data, `period` (a year) and
`values`: up to three entries with `gender` (T, K, M), `value` (a number or null), `count`, `status`.
"""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..models.enums import Gender, MeasurementKind
from ..models.errors import StyrappError
from ..models.file.plan_file import PlanFile
from ..models.queries.exchange_rows import kolada_indicators
from ..models.rules.measurements import MeasurementIn
from ..models.services.indicators import upsert_measurements
from ..wording import Phrase, counted, tr

MAX_BYTES = 50 * 1024 * 1024
SOURCE = "Kolada"
_CODE = re.compile(r"\d{4}")  # a municipality or region: "0180", "1982"; "0000" is the whole country
_AREA = re.compile(r"\d{4}|G\d+")  # … or a municipality group: "G114418"


class ImportRefused(StyrappError):
    """The file cannot be imported; nothing was written."""


class ImportCancelled(StyrappError):
    """The user stopped the import before anything was written."""

    def __init__(self):
        super().__init__("import.cancelled")


# progress(percent, what) → False to stop. Called between the steps, never during the write.
Progress = Callable[[int, str], bool]


def step(progress: Progress | None, percent: int, what: str) -> None:
    """Tell `progress` how far the import is; `what` is English, worded in the current language."""
    if progress is not None and progress(percent, tr(what)) is False:
        raise ImportCancelled()


@dataclass(frozen=True)
class KoladaValue:
    kpi: str
    area: str  # municipality code ("1982") or unit id
    unit_level: bool  # True when `area` is an organisational unit (`ou`)
    period: int
    gender: str
    value: float | None
    status: str = ""


def _refuse(path: Path, reason: Phrase) -> ImportRefused:
    return ImportRefused("import.refused", name=path.name, reason=reason)


def _check_size(path: Path) -> None:
    if not path.is_file():
        raise ImportRefused("file.not_found", path=str(path))
    if path.stat().st_size > MAX_BYTES:
        raise _refuse(path, Phrase("the file is {size} MB; styrapp takes at most {most} MB at a time",
                                   size=path.stat().st_size // (1024 * 1024), most=MAX_BYTES // (1024 * 1024)))


@dataclass
class KoladaData:
    values: list[KoladaValue]
    notes: list[Phrase] = field(default_factory=list)  # worth telling the user, not a reason to refuse


def read_kolada(path: Path | str) -> KoladaData:
    """Read a Kolada file (API JSON, or a table as CSV); refuse it whole if anything is wrong."""
    path = Path(path)
    _check_size(path)
    if path.suffix.lower() == ".csv":
        return KoladaData(_read_csv(path))
    if path.suffix.lower() == ".xlsx":
        return KoladaData(_read_table(path, _xlsx_rows(path)))
    return _read_json(path)


# --- the API's JSON ----------------------------------------------------------------------------------


def _read_json(path: Path) -> KoladaData:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise _refuse(path, Phrase("the file is not text (UTF-8)")) from None
    if not text.strip():
        raise _refuse(path, Phrase("the file is empty"))
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        # Cut short: the parser ran off the end, or into a string that never closes.
        cut = exc.pos >= len(text.rstrip()) - 1 or exc.msg.startswith("Unterminated string")
        reason = (Phrase("the file ends in the middle (it is truncated)") if cut
                  else Phrase("it is not valid JSON (line {line})", line=exc.lineno))
        raise _refuse(path, reason) from None
    if not isinstance(data, dict) or not isinstance(data.get("values"), list):
        raise _refuse(path, Phrase("it is no answer from Kolada's API (an object with the list “values” is missing)"))
    out: list[KoladaValue] = []
    for number, row in enumerate(data["values"], start=1):
        out += _json_row(path, number, row)
    notes = []
    if data.get("next_page") or data.get("next_url"):  # v2 names it next_page, v3 next_url
        notes.append(Phrase("The file is one page of a longer answer from Kolada (there is a next page): the "
                            "values on the other pages did not come along. Fetch and import them too."))
    return KoladaData(out, notes)


def _json_row(path: Path, number: int, row) -> list[KoladaValue]:
    if not isinstance(row, dict):
        raise _refuse(path, Phrase("row {row} in “values” is not an object", row=number))
    kpi = row.get("kpi")
    if not isinstance(kpi, str) or not kpi.strip():
        raise _refuse(path, Phrase("row {row} in “values” has no “kpi”", row=number))
    if "municipality" in row:
        area, unit_level = row["municipality"], False
        if not isinstance(area, str) or not _AREA.fullmatch(area):
            raise _refuse(path, Phrase("row {row} in “values”: the municipality code {code} is not four digits in "
                                       "quotation marks (“0180”) nor a municipality group (“G114418”)",
                                       row=number, code=repr(area)))
    elif "ou" in row:
        area, unit_level = row["ou"], True
        if not isinstance(area, str) or not area.strip():
            raise _refuse(path, Phrase("row {row} in “values”: the unit id (“ou”) is missing", row=number))
    else:
        raise _refuse(path, Phrase("row {row} in “values” has neither “municipality” nor “ou”", row=number))
    period = _year(row.get("period"))
    if period is None:
        raise _refuse(path, Phrase("row {row} in “values”: the period {period} is no year", row=number,
                                   period=repr(row.get("period"))))
    entries = row.get("values")
    if not isinstance(entries, list):
        raise _refuse(path, Phrase("row {row} in “values” has no list “values”", row=number))
    out = []
    for entry in entries:
        if not isinstance(entry, dict):
            raise _refuse(path, Phrase("row {row} in “values”: a value is not an object", row=number))
        gender = entry.get("gender")
        if gender not in ("T", "K", "M"):
            raise _refuse(path, Phrase("row {row} in “values”: the gender {gender} is not T, K or M", row=number,
                                       gender=repr(gender)))
        value = entry.get("value")
        if value is not None and (isinstance(value, bool) or not isinstance(value, int | float)):
            raise _refuse(path, Phrase("row {row} in “values”: the value {value} is text, not a number", row=number,
                                       value=repr(value)))
        out.append(KoladaValue(kpi.strip().upper(), area.strip(), unit_level, period, gender,
                               None if value is None else float(value), str(entry.get("status") or "")))
    return out


def _year(value) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        year = value
    elif isinstance(value, str) and re.fullmatch(r"\d{4}", value.strip()):
        year = int(value)
    else:
        return None
    return year if 1900 <= year <= 2200 else None


# --- a Kolada table as CSV -----------------------------------------------------------------------------
# Columns: geo (municipality code), year, optionally gender (T/K/M), then one column per KPI, named by
# its id ("n01951"). Codes whose leading zeros a spreadsheet has eaten ("114" for "0114") are refused:
# guessing could put a figure on the wrong kommun.


def _read_csv(path: Path) -> list[KoladaValue]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise _refuse(path, Phrase("the file is not text (UTF-8)")) from None
    dialect = csv.excel
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        pass
    return _read_table(path, list(csv.reader(text.splitlines(), dialect)))


def _xlsx_rows(path: Path) -> list[list[str]]:
    """The first sheet of a Kolada table saved as Excel, as text cells."""
    import zipfile

    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError):
        raise _refuse(path, Phrase("it is no Excel file (.xlsx)")) from None
    try:
        sheet = book.worksheets[0]
        return [["" if cell is None else (str(int(cell)) if isinstance(cell, float) and cell.is_integer() else str(cell))
                 for cell in row] for row in sheet.iter_rows(values_only=True)]
    finally:
        book.close()


def _read_table(path: Path, rows: list[list[str]]) -> list[KoladaValue]:
    if not rows:
        raise _refuse(path, Phrase("the file is empty"))
    header = [h.strip().lower() for h in rows[0]]
    if len(header) < 3 or header[0] not in ("geo", "municipality", "kommun") or header[1] not in ("year", "period", "år"):
        raise _refuse(path, Phrase("the columns must be geo (the municipality code), year, possibly gender, and one "
                                   "column per KPI; the file has {columns}", columns=", ".join(rows[0][:5])))
    has_gender = header[2] in ("gender", "kön")
    kpis = header[3 if has_gender else 2:]
    if not kpis or not all(re.fullmatch(r"[a-z]\d{5}", k) for k in kpis):
        raise _refuse(path, Phrase("the columns after the year must be KPI ids like n01951, not {columns}",
                                   columns=", ".join(kpis[:3])))
    out: list[KoladaValue] = []
    for number, row in enumerate(rows[1:], start=2):
        if not row or not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            raise _refuse(path, Phrase("row {row} has {fields} fields, the header row {header}", row=number,
                                       fields=len(row), header=len(header)))
        geo = row[0].strip()
        if not _CODE.fullmatch(geo):
            raise _refuse(path, Phrase("row {row}: the municipality code “{code}” is not four digits – leading zeros "
                                       "have probably been lost in a spreadsheet program; export again with the "
                                       "codes as text", row=number, code=geo))
        year = _year(row[1])
        if year is None:
            raise _refuse(path, Phrase("row {row}: “{value}” is no year", row=number, value=row[1]))
        gender = row[2].strip().upper() if has_gender else "T"
        if gender not in ("T", "K", "M"):
            raise _refuse(path, Phrase("row {row}: the gender “{gender}” is not T, K or M", row=number, gender=gender))
        for kpi, cell in zip(kpis, row[3 if has_gender else 2:], strict=True):
            cell = cell.strip()
            value = None
            if cell:
                try:
                    value = float(cell.replace(",", ".").replace("\u00a0", "").replace(" ", ""))
                except ValueError:
                    raise _refuse(path, Phrase("row {row}: “{value}” is text, not a number", row=number,
                                               value=cell)) from None
            out.append(KoladaValue(kpi.upper(), geo, False, year, gender, value))
    return out


# --- into the plan --------------------------------------------------------------------------------------


def _values(n: int) -> Phrase:
    return counted(n, "{count} value", "{count} values")


@dataclass
class _OtherAreas:
    """Values for a KPI the plan follows, but for municipalities or units it does not follow."""

    followed: list[str]
    unit_level: bool
    areas: set[str] = field(default_factory=set)
    count: int = 0

    def reason(self, kpi: str) -> Phrase:
        followed = ", ".join(sorted(self.followed))
        if len(self.areas) == 1:
            one = ("{kpi} for the unit {area}; the plan follows {kpi} for {followed}" if self.unit_level
                   else "{kpi} for the municipality {area}; the plan follows {kpi} for {followed}")
            return Phrase(one, kpi=kpi, area=next(iter(self.areas)), followed=followed)
        many = ("{kpi} for {count} other units than those the plan follows ({followed})" if self.unit_level
                else "{kpi} for {count} other municipalities than those the plan follows ({followed})")
        return Phrase(many, kpi=kpi, count=len(self.areas), followed=followed)


@dataclass
class ImportReport:
    """What an import did, kept as numbers and phrases; `lines()` words it in the current language."""

    added: int = 0
    replaced: int = 0
    per_indicator: Counter = field(default_factory=Counter)  # indicator name → values
    skips: Counter = field(default_factory=Counter)  # reason (a Phrase) → values
    notes: list[Phrase] = field(default_factory=list)
    other_areas: dict[str, _OtherAreas] = field(default_factory=dict)  # KPI → what was skipped

    @property
    def imported(self) -> int:
        return self.added + self.replaced

    @property
    def skipped(self) -> Counter:
        """Reason, worded in the current language → values."""
        return Counter({str(reason): count for reason, count in self.skips.items()})

    def skipped_count(self) -> int:
        return sum(self.skips.values()) + sum(o.count for o in self.other_areas.values())

    def lines(self) -> list[str]:
        out = [tr("Imported {values} ({added} new, {replaced} replaced earlier ones).", values=_values(self.imported),
                  added=self.added, replaced=self.replaced)]
        for name, count in sorted(self.per_indicator.items()):
            out.append(f"  {name}: {count}")
        reasons = Counter(self.skips)
        for kpi, other in self.other_areas.items():
            reasons[other.reason(kpi)] += other.count
        if reasons:
            out.append(tr("Skipped {values}:", values=_values(self.skipped_count())))
            for reason, count in reasons.most_common():
                out.append(f"  {count} – {reason}")
        return out + [tr("Note: {note}", note=note) for note in self.notes]


def import_kolada(plan: PlanFile, path: Path | str, progress: Progress | None = None) -> ImportReport:
    """Read a Kolada file and record its values on the matching indicators, in one transaction."""
    step(progress, 5, "Reading the file")
    data = read_kolada(path)
    step(progress, 50, "Matching against the plan's indicators")
    indicators = kolada_indicators(plan)
    by_key: dict[tuple[str, str, bool], object] = {}
    areas: dict[str, list[str]] = {}
    for ind in indicators:
        kpi = ind.kolada_id.strip().upper()
        if ind.kolada_ou:
            by_key[(kpi, ind.kolada_ou.strip(), True)] = ind
        if ind.kolada_municipality:
            by_key[(kpi, ind.kolada_municipality.strip(), False)] = ind
        areas.setdefault(kpi, []).append(ind.kolada_ou or ind.kolada_municipality or "?")
    report = ImportReport(notes=list(data.notes))
    items: list[tuple[int, MeasurementIn]] = []
    for v in data.values:
        indicator = by_key.get((v.kpi, v.area, v.unit_level))
        if indicator is None:
            if v.kpi not in areas:
                report.skips[Phrase("the KPI {kpi} is not among the plan's indicators", kpi=v.kpi)] += 1
            else:
                other = report.other_areas.setdefault(v.kpi, _OtherAreas(areas[v.kpi], v.unit_level))
                other.areas.add(v.area)
                other.count += 1
            continue
        if v.value is None:
            reason = (Phrase("no value in Kolada (Kolada: {status})", status=v.status) if v.status
                      else Phrase("no value in Kolada"))
            report.skips[reason] += 1
            continue
        items.append((indicator.id, MeasurementIn(str(v.period), v.value, kind=MeasurementKind.ACTUAL.value,
                                                  gender=Gender(v.gender).value, source=SOURCE)))
        report.per_indicator[indicator.name] += 1
    step(progress, 70, "Writing the values")
    report.added, report.replaced = upsert_measurements(plan, items)
    return report
