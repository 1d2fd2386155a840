"""The report engine: plan + kind + options → a PDF file, with progress and Cancel. Qt-free; the CLI
and the Rapporter page both call `build_report`.

The kinds are declared once in `kinds.py`. The engine checks the person's choices, reads what the kind
needs from the plan once (`models.queries.report_context`), and hands that context to the kind's
builder, which lays out the pages; `pdf_document.write_pdf` writes them whole or not at all. A path
ending in .docx gets the same story as a Word document (`word_document.write_docx`); the kinds drawn
as whole pages (the nulägeskoll, the årshjul) are PDF only.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from ..models.errors import InvalidValue
from ..wording import LANGUAGES, in_window_language, tr, use_language
from .choices import has_periods, resolve_period, resolve_unit
from .kinds import KEYS as KIND_KEYS  # noqa: F401 - the CLI names, for callers that list them
from .kinds import WORD_KEYS, ReportKind, report_kind
from .pdf_document import Cover, Progress, ReportCancelled, write_pdf
from .report_settings import YEARS

# What a report reads of a plan year's own plan (its goals, uppdrag and their follow-up): a kind that
# reads any of it is refused a year the plan does not hold. The nulägeskoll and the internal control
# plan read records kept by year on their own (a nulägeskoll is often written before its year's plan).
YEAR_PLAN = frozenset({"goals", "work", "follow_ups", "charts", "indicator_table", "commissioner"})
WORD_SUFFIX = ".docx"  # a report written to a path ending so is a Word document; any other, a PDF


def is_word(path: Path | str) -> bool:
    return Path(path).suffix.lower() == WORD_SUFFIX


@dataclass(frozen=True)
class ReportOptions:
    year: int | None = None  # default: the plan's year
    period: str | None = None  # a reporting period's name (uppfoljning); default: the latest that has ended
    unit: str | None = None  # a unit's name: only that unit and those beneath it (not for the årshjul)
    size: str = "A4"  # arshjul: A4 or A3
    sections: frozenset[str] | None = None  # the optional parts to print; None: as the plan's settings say
    language: str | None = None  # sv or en; None: as the plan's settings say (else Swedish)


def build_report(plan, kind: str, path: Path | str, options: ReportOptions | None = None,
                 progress: Progress | None = None) -> Path:
    """Write report `kind` of `plan` to `path`. Raises InvalidValue (naming the valid choices) for an
    unknown kind, period or unit, and ReportCancelled when `progress` returns False; in both cases no
    file is left at `path`."""
    spec = report_kind(kind)
    if is_word(path) and spec.key not in WORD_KEYS:  # drawn as whole pages: PDF only
        raise InvalidValue("report.word_whole_page", title=tr(spec.title), choices=", ".join(WORD_KEYS))
    options = options or ReportOptions()
    from ..models.queries.plan_settings import get_setting
    from ..models.rules.plan_settings import REPORT_OPTIONS
    from .report_settings import saved_accent, saved_language

    saved = get_setting(plan, REPORT_OPTIONS)
    language = options.language or saved_language(saved)
    if language not in LANGUAGES:
        raise InvalidValue("report.unknown_language", language=language, choices=", ".join(LANGUAGES))
    if len(spec.sizes) > 1 and options.size not in spec.sizes:  # the others print on A4 whatever was chosen
        raise InvalidValue("report.unknown_size", size=options.size, choices=", ".join(spec.sizes))
    from .typography import use_accent

    if progress is not None:  # what it is doing, in the window's language (the report may be in another)
        report_progress = progress

        def progress(percent: int, what: str) -> bool:
            return report_progress(percent, in_window_language(what))

    with use_language(language), use_accent(saved_accent(saved)):
        return _build(plan, spec, Path(path), options, saved, progress)


def _build(plan, spec: ReportKind, path: Path, options: ReportOptions, saved: dict, progress) -> Path:
    from ..models.queries.report_rows import plan_header

    def step(percent: int, what: str) -> None:
        if progress is not None and progress(percent, what) is False:
            raise ReportCancelled()

    step(0, "reading the plan")
    year = options.year or plan_header(plan).year
    if not YEARS[0] <= year <= YEARS[1]:
        raise InvalidValue("report.year_range", year=year, first=YEARS[0], last=YEARS[1])
    if not spec.uses_year:  # the årshjul: the year in view
        return _build_year(plan, spec, path, options, saved, progress, step, year)
    from ..models.queries.years import plan_years

    held = [row.year for row in plan_years(plan)]
    if year not in held:
        if not spec.needs & YEAR_PLAN:  # a nulägeskoll, a risk analysis: records of their own year
            return _build_year(plan, spec, path, options, saved, progress, step, year)
        raise InvalidValue("report.year_missing", year=year, choices=", ".join(map(str, held)))
    with plan.viewing(year):  # the year as it was: its goals, uppdrag and follow-ups (on this thread only)
        return _build_year(plan, spec, path, options, saved, progress, step, year)


def _build_year(plan, spec: ReportKind, path: Path, options: ReportOptions, saved: dict, progress, step,
                year: int) -> Path:
    from ..models.queries.report_context import read_report_context

    sections = options.sections
    if sections is None:
        from .report_settings import chosen_sections

        sections = chosen_sections(saved, spec.key)
    options = replace(options, year=year, sections=frozenset(sections))
    if options.unit is not None and spec.uses_unit:  # a unit and those beneath it
        options = replace(options, unit=resolve_unit(plan, options.unit))
    elif not spec.uses_unit:
        options = replace(options, unit=None)  # the årshjul is always the whole organisation's
    period = None
    if spec.uses_period and not (spec.period_optional and options.period is None and not has_periods(plan)):
        period = resolve_period(plan, options.period, year)
        options = replace(options, period=period.name)
    context = read_report_context(plan, spec.needs, year=year, period=period, unit=options.unit)
    if spec.whole_page:  # the figure is the page: its builder writes the file itself
        return spec.build()(context, path, options, step)
    subtitle = " · ".join(part for part in (period.name if period else "", options.unit or "") if part)
    header = context.header
    decided = ""
    if spec.shows_decision and header.decided_on:
        decided = tr("Decided by {who} on {day}", who=header.decided_by or tr("the committee"), day=header.decided_on.isoformat())
    if spec.shows_decision and header.term:
        term = tr("Term of office {first}–{last}", first=header.term[0], last=header.term[1])
        decided = f"{decided} · {term}" if decided else term
    title = f"{tr(spec.title)} {year}"
    if spec.shows_decision and header.title and header.title.casefold() != title.casefold():
        subtitle = " · ".join(part for part in (header.title, subtitle) if part)  # the year's own title
    cover = Cover(header.organisation, title, subtitle, decided, header.logo, header.note, unit=options.unit or "")
    from .chart_drawings import ChartPool

    with ChartPool():  # charts are drawn in workers while the pages are laid out
        story = spec.build()(context, options, step)
        step(40, "laying out the pages")
        if is_word(path):
            from .word_document import write_docx

            return write_docx(path, cover, story, subject=tr(spec.subject), progress=progress, wide=spec.wide)
        return write_pdf(path, cover, story, subject=tr(spec.subject), progress=progress, wide=spec.wide)
