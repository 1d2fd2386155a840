"""What a chart or figure shows, in words: the alternative text a screen reader reads in place of the
picture, in the tagged PDF and in the Word report alike. Written from the same data the picture is
drawn from ("Utfall 2022–2026: 2, 3, 1, 0, 0; målvärde 0"), never "Diagram"."""

from __future__ import annotations

from ..models.enums import Gender, Status
from ..models.rules.numbers import decimals_of
from ..wording import number_text, tr

LIMIT = 2000  # characters: a figure of hundreds of values is summed up at this length, with …


def _value(value: float, decimals: int) -> str:
    return number_text(value, decimals_of(value, decimals))


def _run(points, decimals: int) -> str:
    """"2022–2026: 2, 3, 1, 0, 0" (or "2026: 5" for one value)."""
    values = ", ".join(_value(point.value, decimals) for point in points)
    first, last = points[0].period, points[-1].period
    return f"{first}: {values}" if first == last else f"{first}–{last}: {values}"


def indicator_alt(series) -> str:
    """An indicator chart: its name and unit, the outcome (women and men where the figures have them), the
    forecast, the target and the baseline."""
    decimals = series.decimals
    unit = f" ({series.unit})" if series.unit and series.unit != "antal" else ""
    parts: list[str] = []
    total = series.actual.get(Gender.TOTAL.value, [])
    if total:
        parts.append(tr("Outcome {values}", values=_run(total, decimals)))
    women, men = series.actual.get(Gender.WOMEN.value, []), series.actual.get(Gender.MEN.value, [])
    if women:
        parts.append(tr("women {values}", values=_run(women, decimals)))
    if men:
        parts.append(tr("men {values}", values=_run(men, decimals)))
    if series.forecast:
        parts.append(tr("forecast {values}", values=_run(series.forecast, decimals)))
    if series.target is not None:
        year = f" {series.target_year}" if series.target_year else ""
        parts.append(tr("target{year} {value}", year=year, value=_value(series.target, decimals)))
    if series.baseline is not None:
        year = f" {series.baseline_year}" if series.baseline_year else ""
        parts.append(tr("baseline{year} {value}", year=year, value=_value(series.baseline, decimals)))
    if not total and not series.forecast:
        parts.insert(0, tr("no values yet"))
    return _limited(tr("Chart of {indicator}: {what}.", indicator=series.name + unit, what="; ".join(parts)))


def status_alt(areas: list[tuple[str, dict[Status, int]]]) -> str:
    """The summary chart of a follow-up: per goal area, how many goals have each status."""
    from ..models.enums import LABELS

    lines = []
    for area, counts in areas:
        shown = ", ".join(f"{count} {tr(LABELS[status]).lower()}" for status, count in counts.items() if count)
        lines.append(f"{area}: {shown or tr('no goals')}")
    return _limited(tr("Chart of the goals' status per goal area: {what}.", what="; ".join(lines)))


def budget_alt(title: str, names: list[str], frames, outcomes, forecasts, unit: str) -> str:
    """The finances chart: frame, outcome and forecast per unit."""
    from ..models.rules.money import printed_amount

    def amount(ore):
        return "–" if ore is None else printed_amount(ore, unit)

    lines = [tr("{name}: frame {frame}, outcome {outcome}, forecast {forecast}", name=name, frame=amount(frame),
                outcome=amount(outcome), forecast=amount(forecast))
             for name, frame, outcome, forecast in zip(names, frames, outcomes, forecasts, strict=True)]
    return _limited(f"{title}: {'; '.join(lines)}.")


def wheel_alt(data) -> str:
    """The årshjul: its year, rings and every event with its dates."""
    from ..wording import long_date

    def when(event) -> str:
        if event.start == event.end:
            return long_date(event.start)
        return f"{long_date(event.start)}–{long_date(event.end)}"

    events = "; ".join(f"{event.title} ({event.ring}), {when(event)}" for event in
                       sorted(data.events, key=lambda e: (e.start, e.end, e.title)))
    rings = ", ".join(ring.name for ring in data.visible_rings())
    what = tr("Annual wheel {year} of {organisation}, rings: {rings}.", year=data.year_label,
              organisation=data.organisation, rings=rings or "–")
    if events:
        what += " " + tr("Events: {events}.", events=events)
    else:
        what += " " + tr("No events.")
    return _limited(what)


def sdg_alt(numbers) -> str:
    """The Agenda 2030 squares: the goals' numbers and names."""
    from ..models.rules.agenda2030 import sdg_name

    return tr("Agenda 2030 goals: {goals}", goals="; ".join(f"{n} {sdg_name(n)}" for n in numbers))


def logo_alt(organisation: str) -> str:
    return tr("The logo of {organisation}", organisation=organisation)


def _limited(text: str) -> str:
    return text if len(text) <= LIMIT else text[: LIMIT - 1] + "…"
