"""What users read for stored values: enum words, dates and numbers in the UI's language.

The Swedish words live once, in `models.enums.SWEDISH`; in English the value itself is shown,
humanised. Dates are ISO (2026-03-31) as Swedish convention has it; numbers use the locale.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from PySide6.QtCore import QLocale

from ..models.enums import SWEDISH, Status
from ..models.rules.status import COLOUR, SYMBOL


def swedish_ui() -> bool:
    return QLocale().language() == QLocale.Language.Swedish


def enum_label(member: StrEnum | None, capital: bool = True) -> str:
    if member is None:
        return ""
    text = SWEDISH.get(member, member.value) if swedish_ui() else member.value.replace("_", " ")
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
    if value is None:
        return ""
    return QLocale().toString(float(value), "f", decimals)
