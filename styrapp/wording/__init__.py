"""The one catalogue of words: every text a person reads, with English as the source and Swedish in
`swedish.py`. The window gets the Swedish through Qt (scripts/translate.py writes it into the .ts); the
Qt-free parts — the PDF reports, their charts, the årshjul's picture, the CLI, the refusals of the
services, red-thread findings, import reports — look it up here with `tr()`, without Qt.

A refusal (a StyrappError) carries a code and its values; `messages.MESSAGES` has the English for each
code and `message()` words it in the language of the place where it is shown. Values that are the user's
own text are put in as they are; words of ours inside values are a `Phrase` (or a list of them), worded
at the same time as the message around them.

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
    """`english` in the current language, with {name} filled from `values` (a Phrase, an error or a list of
    them among the values is worded in the same language)."""
    text = SWEDISH.get(english, english) if current_language() == "sv" else english
    return text.format(**{name: _worded(value) for name, value in values.items()}) if values else text


def _worded(value):
    if hasattr(value, "worded"):
        return value.worded()
    if isinstance(value, list | tuple):
        return ", ".join(str(_worded(item)) for item in value)
    return value


class Phrase:
    """Words of ours inside a message's values ("activity", "the file is empty"): kept as English and
    worded when the message around them is. `Phrase("or", ...)`'s values are worded the same way."""

    def __init__(self, english: str, **values):
        self.english, self.values = english, values

    def worded(self) -> str:
        return tr(self.english, **self.values)

    def __str__(self) -> str:
        return self.worded()

    def __repr__(self) -> str:
        return f"Phrase({self.english!r})"

    def __contains__(self, text: str) -> bool:  # "…" in phrase: in its words in the current language
        return text in self.worded()

    def __eq__(self, other) -> bool:
        return isinstance(other, Phrase) and (self.english, self.values) == (other.english, other.values)

    def __hash__(self) -> int:
        return hash(self.english)


class Lines:
    """Worded items one a line, each after `bullet` (the skipped events of a refused calendar)."""

    def __init__(self, items, bullet: str = "– "):
        self.items, self.bullet = list(items), bullet

    def worded(self) -> str:
        return "\n".join(f"{self.bullet}{_worded(item)}" for item in self.items)

    def __str__(self) -> str:
        return self.worded()


def counted(count: int, one: str, many: str, **values) -> Phrase:
    """`one` for 1, else `many` (English source texts with a {count} blank), as a Phrase."""
    return Phrase(one if count == 1 else many, count=count, **values)


def joined(items, word: str = "or") -> Phrase:
    """"a, b or c" (Swedish: "a, b eller c"); `word` is "or" or "and"."""
    items = [item for item in items]
    if len(items) < 2:
        return Phrase("{only}", only=items[0] if items else "")
    return Phrase("{items} " + word + " {last}", items=items[:-1], last=items[-1])


def message(code: str, values: dict | None = None, language: str | None = None) -> str:
    """The text of a refusal or notice `code` with its `values`, in `language` (None: the current one)."""
    from .messages import MESSAGES

    with use_language(language):
        return tr(MESSAGES.get(code, code), **(values or {}))


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
    """The one form of a number in the reports. Swedish: 1 234,5 (a no-break space between thousands, a
    comma for decimals); English: 1,234.5. A negative number has the minus sign U+2212 ("−0,4"), in both
    languages, and a value that rounds to zero has none ("0,0", not "−0,0")."""
    text = f"{abs(value):,.{decimals}f}"
    negative = value < 0 and any(ch in "123456789" for ch in text)
    if current_language() != "en":
        text = text.replace(",", "\u202f").replace(".", ",").replace("\u202f", "\u00a0")
    return ("\u2212" + text) if negative else text


def percent_text(value: float, decimals: int = 0) -> str:
    """A value in per cent as the reports print it: "−0,4 %", a no-break space before the sign (English:
    "−0.4 %" too, the same form everywhere)."""
    return number_text(value, decimals) + "\u00a0%"


def quantity_text(value: float, decimals: int = 0, unit: str = "") -> str:
    """A value with its unit: per cent as `percent_text`, another unit after a no-break space."""
    if unit.strip() == "%":
        return percent_text(value, decimals)
    return number_text(value, decimals) + (f"\u00a0{unit}" if unit else "")
