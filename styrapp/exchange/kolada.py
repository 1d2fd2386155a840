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

MAX_BYTES = 50 * 1024 * 1024
SOURCE = "Kolada"
_CODE = re.compile(r"\d{4}")  # a municipality or region: "0180", "1982"; "0000" is the whole country
_AREA = re.compile(r"\d{4}|G\d+")  # … or a municipality group: "G114418"


class ImportRefused(StyrappError):
    """The file cannot be imported; nothing was written."""


class ImportCancelled(StyrappError):
    """The user stopped the import before anything was written."""

    def __init__(self):
        super().__init__("Importen avbröts; inget har ändrats i planen.")


# progress(percent, what) → False to stop. Called between the steps, never during the write.
Progress = Callable[[int, str], bool]


def step(progress: Progress | None, percent: int, what: str) -> None:
    if progress is not None and progress(percent, what) is False:
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


def _refuse(path: Path, text: str) -> ImportRefused:
    return ImportRefused(f"{path.name} kan inte importeras: {text}. Inget har ändrats i planen.")


def _check_size(path: Path) -> None:
    if not path.is_file():
        raise ImportRefused(f"Filen {path} finns inte.")
    if path.stat().st_size > MAX_BYTES:
        raise _refuse(path, f"filen är {path.stat().st_size // (1024 * 1024)} MB; styrapp tar emot högst "
                            f"{MAX_BYTES // (1024 * 1024)} MB åt gången")


@dataclass
class KoladaData:
    values: list[KoladaValue]
    notes: list[str] = field(default_factory=list)  # worth telling the user, not a reason to refuse


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
        raise _refuse(path, "filen är inte text (UTF-8)") from None
    if not text.strip():
        raise _refuse(path, "filen är tom")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        # Cut short: the parser ran off the end, or into a string that never closes.
        cut = exc.pos >= len(text.rstrip()) - 1 or exc.msg.startswith("Unterminated string")
        reason = "filen tar slut mitt i (avkortad)" if cut else f"det är inte giltig JSON (rad {exc.lineno})"
        raise _refuse(path, reason) from None
    if not isinstance(data, dict) or not isinstance(data.get("values"), list):
        raise _refuse(path, "det är inte ett svar från Koladas API (ett objekt med listan ”values” saknas)")
    out: list[KoladaValue] = []
    for number, row in enumerate(data["values"], start=1):
        out += _json_row(path, number, row)
    notes = []
    if data.get("next_page") or data.get("next_url"):  # v2 names it next_page, v3 next_url
        notes.append("Filen är en sida av ett längre svar från Kolada (det finns en nästa sida): värdena på de "
                     "andra sidorna kom inte med. Hämta och importera dem också.")
    return KoladaData(out, notes)


def _json_row(path: Path, number: int, row) -> list[KoladaValue]:
    where = f"rad {number} i ”values”"
    if not isinstance(row, dict):
        raise _refuse(path, f"{where} är inte ett objekt")
    kpi = row.get("kpi")
    if not isinstance(kpi, str) or not kpi.strip():
        raise _refuse(path, f"{where} saknar ”kpi”")
    if "municipality" in row:
        area, unit_level = row["municipality"], False
        if not isinstance(area, str) or not _AREA.fullmatch(area):
            raise _refuse(path, f"{where}: kommunkoden {area!r} är inte fyra siffror inom citattecken (”0180”) "
                                "eller en kommungrupp (”G114418”)")
    elif "ou" in row:
        area, unit_level = row["ou"], True
        if not isinstance(area, str) or not area.strip():
            raise _refuse(path, f"{where}: enhets-id (”ou”) saknas")
    else:
        raise _refuse(path, f"{where} saknar ”municipality” eller ”ou”")
    period = _year(row.get("period"))
    if period is None:
        raise _refuse(path, f"{where}: perioden {row.get('period')!r} är inget årtal")
    entries = row.get("values")
    if not isinstance(entries, list):
        raise _refuse(path, f"{where} saknar listan ”values”")
    out = []
    for entry in entries:
        if not isinstance(entry, dict):
            raise _refuse(path, f"{where}: ett värde är inte ett objekt")
        gender = entry.get("gender")
        if gender not in ("T", "K", "M"):
            raise _refuse(path, f"{where}: könet {gender!r} är inte T, K eller M")
        value = entry.get("value")
        if value is not None and (isinstance(value, bool) or not isinstance(value, int | float)):
            raise _refuse(path, f"{where}: värdet {value!r} är text, inte ett tal")
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
        raise _refuse(path, "filen är inte text (UTF-8)") from None
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
        raise _refuse(path, "det är ingen Excel-fil (.xlsx)") from None
    try:
        sheet = book.worksheets[0]
        return [["" if cell is None else (str(int(cell)) if isinstance(cell, float) and cell.is_integer() else str(cell))
                 for cell in row] for row in sheet.iter_rows(values_only=True)]
    finally:
        book.close()


def _read_table(path: Path, rows: list[list[str]]) -> list[KoladaValue]:
    if not rows:
        raise _refuse(path, "filen är tom")
    header = [h.strip().lower() for h in rows[0]]
    if len(header) < 3 or header[0] not in ("geo", "municipality", "kommun") or header[1] not in ("year", "period", "år"):
        raise _refuse(path, "kolumnerna ska vara geo (kommunkod), year (år), eventuellt gender, och en kolumn per "
                            f"nyckeltal; filen har {', '.join(rows[0][:5])}")
    has_gender = header[2] in ("gender", "kön")
    kpis = header[3 if has_gender else 2:]
    if not kpis or not all(re.fullmatch(r"[a-z]\d{5}", k) for k in kpis):
        raise _refuse(path, f"kolumnerna efter år ska vara nyckeltals-id som n01951, inte {', '.join(kpis[:3])}")
    out: list[KoladaValue] = []
    for number, row in enumerate(rows[1:], start=2):
        if not row or not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            raise _refuse(path, f"rad {number} har {len(row)} fält, rubrikraden {len(header)}")
        geo = row[0].strip()
        if not _CODE.fullmatch(geo):
            raise _refuse(path, f"rad {number}: kommunkoden ”{geo}” är inte fyra siffror – ledande nollor har "
                                "troligen försvunnit i ett kalkylprogram; exportera igen med koderna som text")
        year = _year(row[1])
        if year is None:
            raise _refuse(path, f"rad {number}: ”{row[1]}” är inget årtal")
        gender = row[2].strip().upper() if has_gender else "T"
        if gender not in ("T", "K", "M"):
            raise _refuse(path, f"rad {number}: könet ”{gender}” är inte T, K eller M")
        for kpi, cell in zip(kpis, row[3 if has_gender else 2:], strict=True):
            cell = cell.strip()
            value = None
            if cell:
                try:
                    value = float(cell.replace(",", ".").replace("\u00a0", "").replace(" ", ""))
                except ValueError:
                    raise _refuse(path, f"rad {number}: ”{cell}” är text, inte ett tal") from None
            out.append(KoladaValue(kpi.upper(), geo, False, year, gender, value))
    return out


# --- into the plan --------------------------------------------------------------------------------------


def _values(n: int) -> str:
    return f"{n} värde" if n == 1 else f"{n} värden"


@dataclass
class _OtherAreas:
    """Values for a KPI the plan follows, but for municipalities or units it does not follow."""

    followed: list[str]
    unit_level: bool
    areas: set[str] = field(default_factory=set)
    count: int = 0

    def reason(self, kpi: str) -> str:
        followed = ", ".join(sorted(self.followed))
        if len(self.areas) == 1:
            what = "enheten" if self.unit_level else "kommunen"
            return f"{kpi} för {what} {next(iter(self.areas))}; planen följer {kpi} för {followed}"
        what = "enheter" if self.unit_level else "kommuner"
        return f"{kpi} för {len(self.areas)} andra {what} än de planen följer ({followed})"


@dataclass
class ImportReport:
    added: int = 0
    replaced: int = 0
    per_indicator: Counter = field(default_factory=Counter)  # indicator name → values
    skipped: Counter = field(default_factory=Counter)  # reason → values
    notes: list[str] = field(default_factory=list)
    other_areas: dict[str, _OtherAreas] = field(default_factory=dict)  # KPI → what was skipped

    @property
    def imported(self) -> int:
        return self.added + self.replaced

    def skipped_count(self) -> int:
        return sum(self.skipped.values()) + sum(o.count for o in self.other_areas.values())

    def lines(self) -> list[str]:
        out = [f"Importerade {_values(self.imported)} ({self.added} nya, {self.replaced} ersatte tidigare)."]
        for name, count in sorted(self.per_indicator.items()):
            out.append(f"  {name}: {count}")
        reasons = Counter(self.skipped)
        for kpi, other in self.other_areas.items():
            reasons[other.reason(kpi)] += other.count
        if reasons:
            out.append(f"Hoppade över {_values(self.skipped_count())}:")
            for reason, count in reasons.most_common():
                out.append(f"  {count} – {reason}")
        return out + [f"Obs: {note}" for note in self.notes]


def import_kolada(plan: PlanFile, path: Path | str, progress: Progress | None = None) -> ImportReport:
    """Read a Kolada file and record its values on the matching indicators, in one transaction."""
    step(progress, 5, "Läser filen")
    data = read_kolada(path)
    step(progress, 50, "Matchar mot planens indikatorer")
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
                report.skipped[f"nyckeltalet {v.kpi} finns inte bland planens indikatorer"] += 1
            else:
                other = report.other_areas.setdefault(v.kpi, _OtherAreas(areas[v.kpi], v.unit_level))
                other.areas.add(v.area)
                other.count += 1
            continue
        if v.value is None:
            status = f" (Kolada: {v.status})" if v.status else ""
            report.skipped[f"inget värde i Kolada{status}"] += 1
            continue
        items.append((indicator.id, MeasurementIn(str(v.period), v.value, kind=MeasurementKind.ACTUAL.value,
                                                  gender=Gender(v.gender).value, source=SOURCE)))
        report.per_indicator[indicator.name] += 1
    step(progress, 70, "Skriver in värdena")
    report.added, report.replaced = upsert_measurements(plan, items)
    return report
