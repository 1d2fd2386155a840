"""What users read for stored values: enum words, dates and numbers in the UI's language.

The words are the enums' LABELS (English) worded from the one catalogue (styrapp.wording) in the
window's language, which the window sets at start. Dates are ISO (2026-03-31) as Swedish convention has it; numbers use the locale.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from PySide6.QtCore import QLocale

from ..models.enums import LABELS, Status
from ..models.rules.status import COLOUR, SYMBOL
from ..wording import tr as word
from ..wording import use_language


def swedish_ui() -> bool:
    return QLocale().language() == QLocale.Language.Swedish


def enum_label(member: StrEnum | None, capital: bool = True) -> str:
    if member is None:
        return ""
    if member not in LABELS:
        text = member.value.replace("_", " ")
    else:
        with use_language("sv" if swedish_ui() else "en"):
            text = word(LABELS[member])
    return text[:1].upper() + text[1:] if capital else text


def status_text(status: Status | None) -> str:
    """Shape and word together, so status is never colour alone: "● Grön"."""
    if status is None:
        return ""
    return f"{SYMBOL[status]} {enum_label(status)}"


def status_colour(status: Status | None) -> str | None:
    return COLOUR[status] if status is not None else None


def date_text(value: date | None) -> str:
    return value.isoformat() if value else ""


def number_text(value: float | None, decimals: int = 0) -> str:
    """`value` in the window's language with at least `decimals` decimals, and every decimal it has: a value
    typed as 1 234,5 for a whole-number indicator is shown 1 234,5, not rounded to 1 235."""
    if value is None:
        return ""
    from ..models.rules.numbers import decimals_of

    return QLocale().toString(float(value), "f", decimals_of(float(value), decimals))


def unbroken_menu_paths(text: str) -> str:
    """`text` with its menu paths ("Arkiv → Importera…") held together: a wrapped label breaks the line
    before or after a path, never at its arrow, so no line starts with "→ Importera…"."""
    return text.replace(" → ", "\u00a0→\u00a0")
