"""The whole plan back from a workbook in the layout `workbook_export` writes (see `workbook_layout`),
into any plan: everything is read and checked first, then `services.plan_import` brings it in as one
transaction. A sheet may be missing, and so may a column other than a row's name; a sheet typed by hand
whose columns are named as the export names them reads the same way. A bad cell is refused with its
sheet and cell named, and nothing changes."""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from ..models.enums import SWEDISH, Gender, MeasurementKind
from ..models.errors import InvalidValue
from ..models.file.plan_file import PlanFile
from ..models.queries.exchange_rows import table_columns
from ..models.rules.money import check_frame, parse_amount
from ..models.rules.numbers import parse_number
from ..models.services.plan_import import PlanData, PlanImportCounts, Row, import_plan
from ..models.services.risks import category_value
from ..wording import Phrase, tr
from . import workbook_layout as L
from .excel import LONG_TEXTS, text_of_cell
from .excel_import import _cell, _long_texts, _rows, _swedish_to, open_workbook
from .kolada import ImportRefused, Progress, step

# When a reference's uuid column is missing or empty, the name in this column is looked up instead.
FALLBACKS = {L.UNITS: {"parent_id": "Överordnad enhet"}, L.GOALS: {"parent_id": "Överordnad"},
             L.ASSIGNMENTS: {"parent_id": "Överordnad"}, L.LINKS: {"source": "Från (namn)", "target": "Till (namn)"},
             L.FOLLOW_UPS: {"node_id": "Mål eller uppdrag", "period_id": "Period"},
             L.WHEEL: {"ring_id": "Ring", "period_id": "Period"}, L.RISKS: {"unit_id": "Enhet"},
             L.DOCUMENTS: {"unit_id": "Enhet"}, L.REVIEWS: {"unit_id": "Enhet"}, L.BUDGET: {"unit_id": "Enhet"},
             L.BUDGET_FIGURES: {"line_id": "Budgetrad", "period_id": "Period", "unit_id": "Enhet"},
             L.CONTROL_FOLLOW_UPS: {"risk_id": "Risk", "period_id": "Period"}, L.CONTROLS: {"risk_id": "risk"}}
TABLES = {**L.SHEET_TABLES, L.WHEEL: "wheel_event"}
# What each kind is called in the report (English; the catalogue has the Swedish).
KIND_WORDS = (("plan", "Plan and organisation"), ("values", "Values"), ("units", "Units"), ("levels", "Levels of the governance model"),
              ("goals", "Goals"), ("assignments", "Assignments"), ("links", "Links"), ("indicators", "Indicators"),
              ("measurements", "Measured values"), ("periods", "Follow-up periods"), ("follow_ups", "Follow-ups"),
              ("rings", "Rings of the annual wheel"), ("events", "Events in the annual wheel"), ("risks", "Risks"),
              ("documents", "Governing documents"), ("reviews", "Situation reviews"), ("budget_lines", "Budget lines"),
              ("budget_figures", "Budget outcomes"), ("controls", "Controls of the risks"),
              ("control_follow_ups", "Follow-ups of the controls"))


@dataclass
class WorkbookReport:
    counts: PlanImportCounts

    def lines(self) -> list[str]:
        """What the import added, changed and left, kind by kind, in the current language."""
        out = []
        for kind, words in KIND_WORDS:
            added, changed, left = self.counts.counts[kind]
            if added or changed or left:
                out.append(tr("{what}: {added} new, {changed} changed, {left} unchanged.", what=Phrase(words),
                              added=added, changed=changed, left=left))
        if not self.counts.changed_anything:
            out.append(tr("Nothing changed: the plan already holds what the file says."))
        return out


def _columns(sheet) -> dict[str, int]:
    header = next(sheet.iter_rows(min_row=1, max_row=1, values_only=True), None) or ()
    exact = {str(name).strip(): i for i, name in enumerate(header) if name is not None and str(name).strip()}
    loose = {}
    for name, i in exact.items():
        loose.setdefault(name.casefold(), i)
    return exact | {name: i for name, i in loose.items() if name not in exact}


def _find(columns: dict[str, int], header: str) -> int | None:
    return columns.get(header, columns.get(header.casefold()))


def _text(value) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(sep=" ")
    return "" if value is None else str(value)


def read_cell(kind: str, value, where: str, enum=None, nullable: bool = True):
    """A cell's value as the table holds it; raises InvalidValue naming `where`."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if kind in ("text",):
            return None if nullable else ""
        if kind in ("sdgs", "names"):
            return []
        return False if kind == "bool" and not nullable else None
    if kind in ("text", "ref"):
        return _text(value)
    if kind == "category":  # one of the five words (or the enum's own), else the plan's own word as typed
        return category_value(_text(value))
    if kind == "budgetkind":
        word = _text(value).strip().casefold()
        lookup = {w: v for v, w in L.BUDGET_KIND_WORDS.items()} | {v: v for v in L.BUDGET_KIND_WORDS}
        lookup |= {SWEDISH.get(m, m.value).casefold(): m.value for m in L.BudgetKind}
        if word not in lookup:
            raise InvalidValue("value.not_a_choice", label=where, value=value,
                               choices=", ".join(L.BUDGET_KIND_WORDS.values()))
        return lookup[word]
    if kind in ("frame", "amount"):  # kronor, exact to the öre, as Swedish software writes them
        try:
            ore = parse_amount(value, "kr")
            return check_frame(ore) if kind == "frame" else ore
        except InvalidValue as exc:
            raise InvalidValue("xlsx.cell", cell=where, error=exc) from None
    if kind == "code":
        return _text(value).strip()
    if kind in ("int", "float"):
        try:
            number = parse_number(value)
        except InvalidValue:
            raise InvalidValue("xlsx.not_a_number", cell=where, value=value) from None
        if kind == "int":
            if number != int(number):
                raise InvalidValue("xlsx.not_a_number", cell=where, value=value)
            return int(number)
        return number
    if kind == "bool":
        word = _text(value).strip().casefold()
        if word in ("ja", "yes", "x", "1", "true", "sant"):
            return True
        if word in ("nej", "no", "0", "false", "falskt"):
            return False
        raise InvalidValue("xlsx.not_yes_no", cell=where, value=value)
    if kind == "date":
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(str(value).strip()[:10])
        except ValueError:
            raise InvalidValue("xlsx.not_a_date", cell=where, value=value) from None
    if kind == "datetime":
        try:
            moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value).strip())
        except ValueError:
            raise InvalidValue("xlsx.not_a_date", cell=where, value=value) from None
        return moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)
    if kind == "bytes":
        try:
            return base64.b64decode(str(value).strip(), validate=True)
        except (binascii.Error, ValueError):
            raise InvalidValue("xlsx.not_base64", cell=where) from None
    if kind == "enum":
        lookup = {SWEDISH.get(m, m.value).casefold(): m.value for m in enum} | {m.value: m.value for m in enum}
        key = _text(value).strip().casefold()
        if key not in lookup:
            raise InvalidValue("value.not_a_choice", label=where, value=value,
                               choices=", ".join(SWEDISH.get(m, m.value) for m in enum))
        return lookup[key]
    if kind == "sdgs":
        out = []
        for part in _text(value).replace(",", ";").split(";"):
            if part.strip():
                out.append(read_cell("int", part.strip(), where))
        return out
    if kind == "names":
        return [part.strip() for part in _text(value).split(";") if part.strip()]
    return value


def _nullable(sheet: str) -> dict[str, bool]:
    return {name: nullable for name, (_kind, nullable) in table_columns(TABLES.get(sheet, "")).items()}


def _value_rows(sheet, more):
    """(row number, the row's values) for every row below the header that is not blank; text as it was
    written (`text_of_cell`, a long text's rest from LONG_TEXTS put back)."""
    from openpyxl.utils import get_column_letter

    title = sheet.title
    for number, row in enumerate(sheet.iter_rows(min_row=2, values_only=True), start=2):
        if not row or all(value is None for value in row):
            continue
        if more:
            row = tuple(value + more.get((title, f"{get_column_letter(i + 1)}{number}"), "")
                        if isinstance(value, str) else value for i, value in enumerate(row))
        yield number, tuple(text_of_cell(value) if isinstance(value, str) else value for value in row)


def _places(sheet, columns: dict[str, int]) -> dict[int, str]:
    """Column index → "Sheet!B" (the cell's name without its row number)."""
    from openpyxl.utils import get_column_letter

    return {i: f"{sheet.title}!{get_column_letter(i + 1)}" for i in set(columns.values())}


# The columns a sheet cannot do without (a row's name, or what a row refers to).
NEEDED = {L.VALUES: ("Namn",), L.UNITS: ("Namn",), L.LEVELS: ("Namn",), L.GOALS: ("Titel",), L.ASSIGNMENTS: ("Titel",),
          L.INDICATORS: ("Namn",), L.PERIODS: ("Namn",), L.WHEEL: ("Namn",),
          L.DOCUMENTS: ("Titel",), L.LINKS: (("Från", "Från (namn)"), ("Till", "Till (namn)")),
          L.FOLLOW_UPS: (("Nod-uuid", "Mål eller uppdrag"), ("Period-uuid", "Period")),
          L.CONTROL_FOLLOW_UPS: (("Risk-uuid", "Risk"), ("Period-uuid", "Period")),
          L.CONTROLS: (("Risk-uuid", "risk"),), L.RISKS: (("risk", "Titel"),)}


def _sheet_rows(sheet, name: str, more) -> list[Row]:
    columns = _columns(sheet)
    for needed in NEEDED.get(name, ()):
        choices = needed if isinstance(needed, tuple) else (needed,)
        if all(_find(columns, header) is None for header in choices):
            raise InvalidValue("xlsx.missing_columns", sheet=sheet.title, columns=" / ".join(choices))
    places = _places(sheet, columns)
    layout = [c for c in L.columns_of(name) if c.field]
    present = [(c, next((i for i in (_find(columns, h) for h in (c.header, *c.aliases)) if i is not None), None))
               for c in layout]
    present = [(c, i) for c, i in present if i is not None]
    fallbacks = [(field, _find(columns, header)) for field, header in FALLBACKS.get(name, {}).items()
                 if _find(columns, header) is not None]
    nullable = _nullable(name)
    out = []
    for number, values in _value_rows(sheet, more):
        row = Row(name, number)
        for column, index in present:
            value = values[index] if index < len(values) else None
            where = f"{places[index]}{number}"
            row.cells[column.field] = where
            if column.kind == "ref":
                row.refs[column.field] = _text(value).strip()
            elif column.kind in ("sdgs", "names"):
                row.many[column.field] = read_cell(column.kind, value, where)
            else:
                found = read_cell(column.kind, value, where, column.enum, nullable.get(column.field, True))
                if found is not None or nullable.get(column.field, True):
                    row.fields[column.field] = found  # an empty cell of a column that must hold a value: as it is
        for field_name, index in fallbacks:  # a name to look up when the uuid beside it is missing
            value = _text(values[index] if index < len(values) else None).strip()
            if not row.refs.get(field_name) and value:
                row.refs[field_name] = value
                row.cells[field_name] = f"{places[index]}{number}"
        if name in L.NAMES_FALLBACKS and not row.many.get(L.NAMES_FALLBACKS[name][0]):
            field_name, header = L.NAMES_FALLBACKS[name]
            index = _find(columns, header)
            if index is not None and index < len(values):
                row.many[field_name] = read_cell("names", values[index], f"{places[index]}{number}")
                row.cells[field_name] = f"{places[index]}{number}"
        if "uuid" in row.fields and row.fields["uuid"]:
            row.fields["uuid"] = row.fields["uuid"].strip().lower()
        elif "uuid" in row.fields:
            del row.fields["uuid"]
        out.append(row)
    return out


def _plan_sheet(sheet, data: PlanData, more) -> None:
    columns = _columns(sheet)
    if _find(columns, "Fält") is None or _find(columns, "Värde") is None:
        raise InvalidValue("xlsx.missing_columns", sheet=sheet.title, columns="Fält, Värde")
    known = {label: (table, field, kind, enum) for label, table, field, kind, enum in L.PLAN_FIELDS}
    for number, get in _rows(sheet, columns, more):
        label = _text(get(next(k for k, v in columns.items() if v == _find(columns, "Fält")))).strip()
        value = get(next(k for k, v in columns.items() if v == _find(columns, "Värde")))
        where = _cell(sheet, number, _find(columns, "Värde"))
        if not label:
            continue
        if label.startswith(L.SETTING_PREFIX):
            data.settings[label[len(L.SETTING_PREFIX):].strip()] = (_text(value), where)
            continue
        if label in known:
            table, field, kind, enum = known[label]
        elif label.partition(".")[0] in ("organisation", "plan") and label.partition(".")[2] in \
                table_columns(label.partition(".")[0]):
            table, field = label.split(".", 1)
            kind, enum = table_columns(table)[field][0], None
        else:
            raise InvalidValue("xlsx.unknown_field", cell=_cell(sheet, number, _find(columns, "Fält")), value=label)
        nullable = table_columns(table)[field][1]
        parsed = read_cell(kind, value, where, enum, nullable)
        if field in ("name", "title") and not parsed:
            raise InvalidValue("xlsx.empty_cell", cell=where)
        if not nullable and parsed is None:
            raise InvalidValue("xlsx.empty_cell", cell=where)
        getattr(data, table)[field] = (parsed, where)


def _measurement_rows(sheet, more) -> list[Row]:
    columns = _columns(sheet)
    for needed in ("Period", "Värde"):
        if _find(columns, needed) is None:
            raise InvalidValue("xlsx.missing_columns", sheet=sheet.title, columns=needed)
    if _find(columns, "Indikator") is None and _find(columns, "Indikator-uuid") is None:
        raise InvalidValue("xlsx.missing_columns", sheet=sheet.title, columns="Indikator")
    places = _places(sheet, columns)
    at = {header: _find(columns, header) for header in ("Indikator-uuid", "Indikator", "Period", "Sort", "Kön",
                                                         "Värde", "Kommentar", "Källa")}
    kinds = {SWEDISH.get(m, m.value).casefold(): m.value for m in MeasurementKind} | {m.value: m.value
                                                                                    for m in MeasurementKind}
    genders = {g.value for g in Gender}
    out = []
    for number, values in _value_rows(sheet, more):
        def value(header, values=values):
            index = at[header]
            return values[index] if index is not None and index < len(values) else None

        def cell(header, number=number):
            return f"{places[at[header]]}{number}" if at[header] is not None else ""

        row = Row(sheet.title, number)
        for header, field in (("Indikator-uuid", "indicator_id"), ("Indikator", "indicator_name")):
            text = _text(value(header)).strip()
            if text:
                row.refs[field] = text
                row.cells[field] = cell(header)
        if not row.refs:
            raise InvalidValue("xlsx.no_indicator_name", cell=cell("Indikator") or cell("Indikator-uuid"))
        period = value("Period")
        if isinstance(period, datetime | date):
            period = period.strftime("%Y-%m-%d")
        elif isinstance(period, float) and period.is_integer():
            period = int(period)
        sort = _text(value("Sort")).strip().casefold()
        if sort and sort not in kinds:
            _swedish_to(MeasurementKind, value("Sort"), cell("Sort"))  # refuses, naming the cell and the choices
        gender = _text(value("Kön") or "T").strip().upper()
        if gender not in genders:
            raise InvalidValue("xlsx.gender", cell=cell("Kön"), value=value("Kön"))
        number_value = value("Värde")
        if not isinstance(number_value, int | float) or isinstance(number_value, bool):
            number_value = read_cell("float", number_value, cell("Värde"))
        if number_value is None:
            raise InvalidValue("xlsx.empty_cell", cell=cell("Värde"))
        row.cells["period"] = cell("Period")
        row.fields = {"period": _text(period), "kind": kinds[sort] if sort else MeasurementKind.ACTUAL.value,
                      "gender": gender, "value": number_value, "comment": _text(value("Kommentar")),
                      "source": _text(value("Källa"))}
        out.append(row)
    return out


def _goals_of_indicators(sheet, more) -> list[Row]:
    """Without a sheet Kopplingar, the goals an indicator row names in its column Mål ("; " between
    them, as the export writes them) are what it measures: a person who typed them is taken at their word."""
    columns = _columns(sheet)
    goals, name, uuid = _find(columns, "Mål"), _find(columns, "Namn"), _find(columns, "uuid")
    if goals is None or name is None:
        return []
    places = _places(sheet, columns)
    out = []
    for number, values in _value_rows(sheet, more):
        def at(index, values=values):
            return _text(values[index] if index is not None and index < len(values) else None).strip()

        indicator = at(uuid) or at(name)
        for title in (part.strip() for part in at(goals).split(";")):
            if title and indicator:
                out.append(Row(sheet.title, number, fields={"kind": L.MEASURES},
                               refs={"source": indicator, "target": title},
                               cells={"source": f"{places[name]}{number}", "target": f"{places[goals]}{number}"}))
    return out


def read_plan_workbook(path: Path | str) -> PlanData:
    path = Path(path)
    book = open_workbook(path)
    data = PlanData()
    try:
        if not set(L.SHEETS) & set(book.sheetnames):
            raise ImportRefused("import.refused", name=path.name, reason=Phrase(
                "it has none of the sheets {sheets}", sheets=", ".join(L.SHEETS)))
        more = _long_texts(book[LONG_TEXTS], path) if LONG_TEXTS in book.sheetnames else {}
        if L.PLAN in book.sheetnames:
            _plan_sheet(book[L.PLAN], data, more)
        for sheet, attribute in ((L.VALUES, "values"), (L.UNITS, "units"), (L.LEVELS, "levels"), (L.GOALS, "goals"),
                                 (L.ASSIGNMENTS, "assignments"), (L.LINKS, "links"), (L.INDICATORS, "indicators"),
                                 (L.PERIODS, "periods"), (L.FOLLOW_UPS, "follow_ups"), (L.RISKS, "risks"),
                                 (L.DOCUMENTS, "documents"), (L.REVIEWS, "reviews"), (L.BUDGET, "budget_lines"),
                                 (L.BUDGET_FIGURES, "budget_figures"), (L.CONTROLS, "controls"),
                                 (L.CONTROL_FOLLOW_UPS, "control_follow_ups")):
            if sheet in book.sheetnames:
                setattr(data, attribute, _sheet_rows(book[sheet], sheet, more))
            elif sheet == L.BUDGET_FIGURES and L.OLD_BUDGET_FIGURES in book.sheetnames:  # a file of an earlier release
                data.budget_figures = _sheet_rows(book[L.OLD_BUDGET_FIGURES], sheet, more)
        if L.INDICATORS in book.sheetnames and L.LINKS not in book.sheetnames:
            data.links += _goals_of_indicators(book[L.INDICATORS], more)
        if L.MEASUREMENTS in book.sheetnames:
            data.measurements = _measurement_rows(book[L.MEASUREMENTS], more)
        if L.WHEEL in book.sheetnames:
            for row in _sheet_rows(book[L.WHEEL], L.WHEEL, more):
                kind = str(row.fields.pop("type", "") or "").strip().casefold()
                if kind == L.RING:
                    row.fields["name"] = row.fields.pop("title", "")
                    row.fields = {k: v for k, v in row.fields.items() if k in ("uuid", "name", "colour", "visible")}
                    data.rings.append(row)
                elif kind in (L.EVENT, "event", ""):
                    row.fields.pop("visible", None)
                    data.events.append(row)
                else:
                    raise InvalidValue("xlsx.choose", cell=row.cell("type"), value=kind, choices=f"{L.RING}, {L.EVENT}")
    except InvalidValue as exc:
        raise ImportRefused("import.refused_because", name=path.name, error=exc) from None
    finally:
        book.close()
    return data


def import_plan_workbook(plan: PlanFile, path: Path | str, progress: Progress | None = None) -> WorkbookReport:
    step(progress, 5, "Reading the file")
    data = read_plan_workbook(path)
    step(progress, 60, "Writing the plan")
    try:
        return WorkbookReport(import_plan(plan, data))
    except InvalidValue as exc:
        raise ImportRefused("import.refused_because", name=Path(path).name, error=exc) from None
