"""A plan's report settings, kept in the plan as the setting `report.options` so the whole office prints
the same report: which of each kind's optional sections to print, the language, and the profile colour
(the cover's band, headings and table rules; the logo is the organisation's)."""

from __future__ import annotations

import re
from typing import Any


def all_sections(kind: str) -> frozenset[str]:
    """The optional sections report `kind` declares (see `kinds.py`)."""
    from .kinds import BY_KEY

    return frozenset(key for key, _title in BY_KEY[kind].sections) if kind in BY_KEY else frozenset()


def chosen_sections(options: dict[str, Any], kind: str) -> frozenset[str]:
    """The sections the plan's report settings keep for `kind` (all of them unless told otherwise)."""
    saved = options.get("sections", {}).get(kind) if isinstance(options.get("sections"), dict) else None
    if not isinstance(saved, list):
        return all_sections(kind)
    return frozenset(str(key) for key in saved) & all_sections(kind)


def with_sections(options: dict[str, Any], kind: str, sections: frozenset[str]) -> dict[str, Any]:
    """New report settings with `kind`'s sections set (for `plan_settings.set_setting`)."""
    out = dict(options)
    chosen = dict(out.get("sections", {})) if isinstance(out.get("sections"), dict) else {}
    chosen[kind] = sorted(sections & all_sections(kind))
    out["sections"] = chosen
    return out


def saved_language(options: dict[str, Any]) -> str:
    """The language the plan's report settings keep (Swedish unless told otherwise)."""
    from ..wording import LANGUAGES

    language = options.get("language")
    return language if language in LANGUAGES else "sv"


def with_language(options: dict[str, Any], language: str) -> dict[str, Any]:
    """New report settings with the language set (for `plan_settings.set_setting`)."""
    return {**options, "language": language}


YEARS = (1990, 2100)  # the years a report can be for (the Rapporter page offers the same)
DEFAULT_ACCENT = "#00587A"


def saved_accent(options: dict[str, Any]) -> str:
    """The profile colour as #RRGGBB (the default unless the plan keeps a valid one)."""
    accent = options.get("accent")
    return accent.upper() if isinstance(accent, str) and re.fullmatch(r"#[0-9A-Fa-f]{6}", accent) else DEFAULT_ACCENT


def with_accent(options: dict[str, Any], accent: str | None) -> dict[str, Any]:
    """New report settings with the profile colour set (#RRGGBB), or back to the default (None)."""
    out = {key: value for key, value in options.items() if key != "accent"}
    if accent is not None:
        out["accent"] = accent.upper()
    return out
