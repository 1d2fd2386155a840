"""The report engine: plan + kind + options → a PDF file, with progress and Cancel. Qt-free; the CLI
and the Rapporter page both call `build_report`.

Kinds (the CLI's names): verksamhetsplan, uppdragsplan, uppfoljning, nulageskoll, internkontroll, arshjul.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from ..models.errors import InvalidValue
from ..wording import LANGUAGES, in_window_language, tr, use_language
from .choices import resolve_period, resolve_unit
from .pdf_document import Cover, Progress, ReportCancelled, write_pdf
from .report_settings import YEARS


@dataclass(frozen=True)
class Kind:
    key: str
    title: str  # "Verksamhetsplan" (printed through tr)
    subject: str  # PDF metadata (through tr)
    build: Callable  # (plan, options, step) → story
    wide: bool = False


@dataclass(frozen=True)
class ReportOptions:
    year: int | None = None  # default: the plan's year
    period: str | None = None  # a reporting period's name (uppfoljning); default: the latest that has ended
    unit: str | None = None  # a unit's name: only that unit and those beneath it (not for the årshjul)
    size: str = "A4"  # arshjul: A4 or A3
    sections: frozenset[str] | None = None  # the optional parts to print; None: as the plan's settings say
    language: str | None = None  # sv or en; None: as the plan's settings say (else Swedish)


def _kinds() -> dict[str, Kind]:
    from .control_report import internal_control
    from .follow_up_report import follow_up
    from .plan_reports import assignment_plan, operational_plan
    from .situation_report import situation_review

    return {k.key: k for k in (
        Kind("verksamhetsplan", "Operational plan", "Operational plan: goals, indicators, assignments, annual wheel and budget",
             operational_plan),
        Kind("uppdragsplan", "Assignment plan", "Assignment plan: indicators and assignments", assignment_plan, wide=True),
        Kind("uppfoljning", "Follow-up", "Follow-up of goals, indicators and finances", follow_up),
        Kind("nulageskoll", "Situation review", "Situation review, one page per unit", situation_review),
        Kind("internkontroll", "Internal control plan", "Internal control plan with risk matrix", internal_control, wide=True),
        Kind("arshjul", "Annual wheel", "Annual wheel", None),
    )}


KIND_KEYS = ("verksamhetsplan", "uppdragsplan", "uppfoljning", "nulageskoll", "internkontroll", "arshjul")


def build_report(plan, kind: str, path: Path | str, options: ReportOptions | None = None,
                 progress: Progress | None = None) -> Path:
    """Write report `kind` of `plan` to `path`. Raises InvalidValue (naming the valid choices) for an
    unknown kind, period or unit, and ReportCancelled when `progress` returns False; in both cases no
    file is left at `path`."""
    kinds = _kinds()
    if kind not in kinds:
        raise InvalidValue(f"Okänd rapport ”{kind}”. Välj bland: {', '.join(KIND_KEYS)}.")
    options = options or ReportOptions()
    spec = kinds[kind]
    from ..models.queries.plan_settings import get_setting
    from ..models.rules.plan_settings import REPORT_OPTIONS
    from .report_settings import saved_accent, saved_language

    saved = get_setting(plan, REPORT_OPTIONS)
    language = options.language or saved_language(saved)
    if language not in LANGUAGES:
        raise InvalidValue(f"Okänt språk ”{language}”. Välj bland: {', '.join(LANGUAGES)}.")
    from .typography import use_accent

    if progress is not None:  # what it is doing, in the window's language (the report may be in another)
        report_progress = progress

        def progress(percent: int, what: str) -> bool:
            return report_progress(percent, in_window_language(what))

    with use_language(language), use_accent(saved_accent(saved)):
        return _build(plan, kind, spec, Path(path), options, saved, progress)


def _build(plan, kind: str, spec: Kind, path: Path, options: ReportOptions, saved: dict, progress) -> Path:
    from ..models.queries import report_rows as rows

    def step(percent: int, what: str) -> None:
        if progress is not None and progress(percent, what) is False:
            raise ReportCancelled()

    step(0, "reading the plan")
    header = rows.plan_header(plan)
    year = options.year or header.year
    if not YEARS[0] <= year <= YEARS[1]:
        raise InvalidValue(f"Året {year} går inte; välj ett år från {YEARS[0]} till {YEARS[1]}.")
    sections = options.sections
    if sections is None:
        from .report_settings import chosen_sections

        sections = chosen_sections(saved, kind)
    options = replace(options, year=year, sections=frozenset(sections))
    if options.unit is not None:  # a unit and those beneath it; the årshjul is always the whole organisation's
        options = replace(options, unit=resolve_unit(plan, options.unit))
    if kind == "arshjul":
        return _wheel(plan, path, options, step)
    subtitle = ""
    if kind == "uppfoljning":
        period = resolve_period(plan, options.period, year)
        options = replace(options, period=period.name)
        subtitle = period.name
    if options.unit is not None:
        subtitle = " · ".join(part for part in (subtitle, options.unit) if part)
    decided = ""
    if kind in ("verksamhetsplan", "uppdragsplan") and header.decided_on:
        decided = tr("Decided by {who} on {day}", who=header.decided_by or tr("the committee"), day=header.decided_on.isoformat())
    cover = Cover(header.organisation, f"{tr(spec.title)} {year}", subtitle, decided, header.logo, header.note)
    from .chart_drawings import ChartPool

    with ChartPool():  # charts are drawn in workers while the pages are laid out
        story = spec.build(plan, options, step)
        step(40, "laying out the pages")
        return write_pdf(path, cover, story, subject=tr(spec.subject), progress=progress, wide=spec.wide)


def _wheel(plan, path, options: ReportOptions, step) -> Path:
    from ..models.queries.wheel_rows import read_wheel
    from .wheel_figure import save_wheel

    if options.size not in ("A4", "A3"):
        raise InvalidValue(f"Okänd pappersstorlek ”{options.size}”. Välj bland: A4, A3.")
    data = read_wheel(plan)
    step(30, "drawing the annual wheel")
    out = save_wheel(data, path, "pdf", options.size)
    step(100, "finished")
    return out
