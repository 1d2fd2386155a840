"""The words the Qt-free parts print — the PDF reports, their charts and the årshjul's picture — in
Swedish or English. The window has Qt's translations (translations/); these parts run without Qt (the
CLI, worker processes drawing charts), so their words are here.

Only the frame is translated: headings, column names, labels, status words, dates and numbers. What the
plan itself says (goal titles, analyses, the styrmodell's level names, period and unit names) is
printed as written.

The source text is the English, as in the window's tr(); `SWEDISH` holds the Swedish for each (a test
checks that every text has it, with the same blanks to fill). The language is chosen for a stretch of work with `use_language("en")`; outside
one, the default (`set_default_language`, which the window sets to its own language) holds.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date

from .swedish import SWEDISH

LANGUAGES = {"sv": "Svenska", "en": "English"}

_default = "sv"
_current: ContextVar[str | None] = ContextVar("styrapp_language", default=None)


def set_default_language(language: str) -> None:
    global _default
    _default = language if language in LANGUAGES else "sv"


def current_language() -> str:
    return _current.get() or _default


@contextmanager
def use_language(language: str | None) -> Iterator[None]:
    """Print in `language` (sv, en) inside the block; None keeps the current one."""
    token = _current.set(language if language in LANGUAGES else current_language())
    try:
        yield
    finally:
        _current.reset(token)


def tr(english: str, **values) -> str:
    """`english` in the current language, with {name} filled from `values`."""
    text = SWEDISH.get(english, english) if current_language() == "sv" else english
    return text.format(**values) if values else text


def in_window_language(english: str) -> str:
    """`english` in the window's language, whatever a report is printed in: for what the window shows
    while it works (a report's progress)."""
    return SWEDISH.get(english, english) if _default == "sv" else english


def capitalised(word: str) -> str:
    return word[:1].upper() + word[1:]


MONTHS_SV = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
             "november", "december")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December")


def month_name(month: int) -> str:
    return (MONTHS_EN if current_language() == "en" else MONTHS_SV)[month - 1]


def month_short(month: int) -> str:
    """jan, feb, mar … (English: Jan, Feb, Mar …)."""
    return month_name(month)[:3]


def long_date(day: date) -> str:
    """30 november 2026 (English: 30 November 2026)."""
    return f"{day.day} {month_name(day.month)} {day.year}"


def number_text(value: float, decimals: int = 0) -> str:
    """Swedish: 1 234,5 (a no-break space between thousands, a comma for decimals). English: 1,234.5."""
    text = f"{value:,.{decimals}f}"
    if current_language() == "en":
        return text
    return text.replace(",", "\u202f").replace(".", ",").replace("\u202f", "\u00a0")
