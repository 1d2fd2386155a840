"""The program's own text colours (`Ink`) in the theme in use: muted notes, refusals, the status words.
Each readable (at least 4.5:1) on its theme's window and base colours; ui/theme.py holds the palettes and
says which theme is in use. Item models ask `ink()` each time they paint, so they follow a change at once."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Ink:
    muted: str  # notes and hints beside a control
    refused: str  # a refused value, an error in a sentence
    done: str  # a tick: done, fits
    dimmed: str  # a row shown only for what is beneath it (a search's context)
    indicator: str  # an indicator's row in the goal tree, beneath its goal
    status: dict = field(default_factory=dict)  # Status value ("green" …) → the colour of its word in a table


STANDARD_INK = Ink(muted="#5F6B7A", refused="#B71C1C", done="#1B5E20", dimmed="#5F6B7A", indicator="#455A64",
                   status={"green": "#1B5E20", "yellow": "#7A5200", "red": "#B71C1C", "unknown": "#5F6B7A"})
HIGH_CONTRAST_INK = Ink(muted="#D0D0D0", refused="#FF9E9E", done="#8CFF8C", dimmed="#C8C8C8", indicator="#D8E6F0",
                        status={"green": "#8CFF8C", "yellow": "#FFFF66", "red": "#FF9E9E", "unknown": "#D0D0D0"})
INKS = {"standard": STANDARD_INK, "high_contrast": HIGH_CONTRAST_INK}
_in_use = ["standard"]


def use_ink(theme: str) -> None:
    _in_use[0] = theme if theme in INKS else "standard"


def ink(theme: str | None = None) -> Ink:
    """The text colours of `theme` (the one in use when not named)."""
    return INKS.get(theme or _in_use[0], STANDARD_INK)


def status_ink(status) -> str | None:
    """The colour of a status word (Status or its value) in a table, readable on the base colour."""
    if status is None:
        return None
    return ink().status.get(getattr(status, "value", status))
