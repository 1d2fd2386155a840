"""The person's choices for a report (a period, a unit by name) matched against the plan, or refused
with the valid choices named."""

from __future__ import annotations

from datetime import date

from ..models.errors import InvalidValue


def has_periods(plan) -> bool:
    from ..models.queries import follow_up_rows

    return bool(follow_up_rows.periods(plan))


def resolve_period(plan, name: str | None, year: int):
    from ..models.queries import follow_up_rows

    periods = follow_up_rows.periods_of_every_year(plan)
    if not periods:
        raise InvalidValue("report.no_periods")
    if name is None:
        ended = [p for p in periods if p.period_end <= date.today()] or periods
        in_year = [p for p in ended if p.year == year] or ended
        return in_year[-1]
    of_year = [p for p in periods if p.year == year]
    for period in periods:
        if period.name.casefold() == name.strip().casefold():
            if of_year and period.year != year:  # its follow-ups are another year's goals'
                raise InvalidValue("report.period_of_another_year", period=period.name, period_year=period.year,
                                   year=year, choices=", ".join(p.name for p in of_year))
            return period
    raise InvalidValue("report.unknown_period", period=name, choices=", ".join(p.name for p in periods))


def resolve_unit(plan, name: str) -> str:
    from ..models.queries import report_rows as rows

    units = rows.unit_names(plan)
    for unit in units:
        if unit.casefold() == name.strip().casefold():
            return unit
    raise InvalidValue("report.unknown_unit", unit=name, choices=", ".join(units))
