"""Period labels of measurements: "2024", "2024-H1", "2024-T2", "2024-Q3", "2024-08", "2024-08-15".

A label is the canonical text stored with a measurement; `period_end` is the day the period ends,
which charts and "latest value" sort by.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from ..errors import InvalidValue

_PATTERNS = (
    (re.compile(r"^(\d{4})$"), "year"),
    (re.compile(r"^(\d{4})-H([12])$"), "half"),
    (re.compile(r"^(\d{4})-T([1-3])$"), "tertial"),
    (re.compile(r"^(\d{4})-Q([1-4])$"), "quarter"),
    (re.compile(r"^(\d{4})-(\d{2})$"), "month"),
    (re.compile(r"^(\d{4})-(\d{2})-(\d{2})$"), "day"),
)


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def parse_period(label: str | int) -> tuple[str, date]:
    """Return (canonical label, end date) or raise InvalidValue naming the accepted forms."""
    text = str(label).strip().upper().replace("–", "-")
    for pattern, kind in _PATTERNS:
        match = pattern.match(text)
        if not match:
            continue
        year = int(match.group(1))
        try:
            if kind == "year":
                return f"{year}", date(year, 12, 31)
            part = int(match.group(2))
            if kind == "half":
                return f"{year}-H{part}", _month_end(year, 6 * part)
            if kind == "tertial":
                return f"{year}-T{part}", _month_end(year, 4 * part)
            if kind == "quarter":
                return f"{year}-Q{part}", _month_end(year, 3 * part)
            if kind == "month":
                return f"{year}-{part:02d}", _month_end(year, part)
            day = date(year, part, int(match.group(3)))
            return day.isoformat(), day
        except ValueError:
            break
    raise InvalidValue("period.unknown", label=label)


def add_years(day: date, years: int) -> date:
    """The same day `years` on; 29 February becomes the 28th in a year without it."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)
