"""An indicator's measured values as a grid: one row per period and kind (utfall, prognos), with the
total and the values for women and men side by side, as a controller keys them in or pastes them
from Excel. Reading, and turning pasted text into checked values; writing goes through
`services.indicators.replace_measurements`."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from ..enums import GENDER_ORDER, Gender, MeasurementKind
from ..errors import InvalidValue
from ..file.plan_file import PlanFile
from ..file.year_scope import year_in_view
from ..rules.measurements import MeasurementIn, MeasurementKey
from ..rules.numbers import parse_number
from ..rules.periods import parse_period
from ..tables import Measurement

GENDERS = GENDER_ORDER
KINDS = (MeasurementKind.ACTUAL.value, MeasurementKind.FORECAST.value, MeasurementKind.TARGET.value)
YEARS_AHEAD = 10  # a period later than the plan year plus this is a typing mistake, not a forecast


@dataclass
class GridRow:
    period: str
    date: date
    kind: str
    values: dict[str, float | None] = field(default_factory=dict)  # gender → value
    comment: str = ""  # the total's comment
    source: str = ""


def grid_rows(plan: PlanFile, indicator_id: int) -> list[GridRow]:
    with plan.session() as session:
        measurements = session.execute(select(Measurement).where(Measurement.indicator_id == indicator_id)
                                       .order_by(Measurement.date, Measurement.id)).scalars().all()
    rows: dict[tuple[str, str], GridRow] = {}
    for m in measurements:
        row = rows.setdefault((m.period, m.kind), GridRow(m.period, m.date, m.kind))
        row.values[m.gender] = m.value
        if m.gender == Gender.TOTAL.value:
            row.comment, row.source = m.comment, m.source
    return sorted(rows.values(), key=lambda r: (r.date, KINDS.index(r.kind) if r.kind in KINDS else 9))


def plan_year(plan: PlanFile) -> int:
    with plan.session() as session:
        return year_in_view(session) or date.today().year


def check_period(label: str, year: int) -> str:
    """The canonical period label, or InvalidValue if it is not a period or lies too far ahead."""
    canonical, end = parse_period(label)
    if end.year > year + YEARS_AHEAD:
        raise InvalidValue("period.too_far_ahead", period=canonical, years=YEARS_AHEAD, year=year)
    if end.year < 1900:
        raise InvalidValue("period.before_1900", period=canonical)
    return canonical


def parse_pasted(text: str, *, kind: str, first_gender: int, year: int) -> list[tuple[MeasurementKey, MeasurementIn | None]]:
    """Rows pasted from Excel (tab-separated): a period, then values for the genders from `first_gender`
    on (0 totalt, 1 kvinnor, 2 män). An empty cell leaves the value as it is. Everything is checked
    before anything is returned; the first problem raises InvalidValue naming its row and column."""
    changes: list[tuple[MeasurementKey, MeasurementIn | None]] = []
    seen: set[MeasurementKey] = set()
    lines = [line for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n") if line.strip()]
    if not lines:
        raise InvalidValue("paste.nothing")
    for number, line in enumerate(lines, start=1):
        cells = line.split("\t")
        try:
            period = check_period(cells[0], year)
        except InvalidValue as exc:
            raise InvalidValue("paste.first_column", row=number, problem=exc) from None
        values = cells[1:]
        if len(values) > len(GENDERS) - first_gender:
            raise InvalidValue("paste.too_many_columns", row=number)
        for offset, cell in enumerate(values):
            if not cell.strip():
                continue
            gender = GENDERS[first_gender + offset]
            try:
                value = parse_number(cell)
            except InvalidValue as exc:
                raise InvalidValue("paste.cell", row=number, column=offset + 2, problem=exc) from None
            key = (period, kind, gender)
            if key in seen:
                raise InvalidValue("paste.period_twice", row=number, period=period)
            seen.add(key)
            changes.append((key, MeasurementIn(period, value, kind=kind, gender=gender)))
    return changes
