"""Styrdokument rules (Norrtälje): a kind is aktiverande (strategi/program, plan: change and development) or
normerande (policy, riktlinje: how existing work is done); who may decide each kind; a document past its date."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from ..enums import DocumentKind

ACTIVATING = frozenset({DocumentKind.STRATEGY.value, DocumentKind.PLAN.value})


def effect(kind: str) -> str:
    """"activating" (aktiverande) or "normative" (normerande), as Norrtälje sorts its four kinds."""
    return "activating" if kind in ACTIVATING else "normative"


# What a body is called in full, in the words people type in "decided by".
_ALIASES = {
    "kf": ("kf", "fullmäktige", "kommunfullmäktige", "regionfullmäktige"),
    "ks": ("ks", "kommunstyrelsen", "kommunstyrelse", "regionstyrelsen", "styrelsen", "direktionen"),
    "nämnd": ("nämnd",),
}


def _is(body: str, decided_by: str) -> bool:
    words = decided_by.casefold().replace("/", " ").replace(",", " ").split()
    names = _ALIASES.get(body.casefold(), (body.casefold(),))
    return any(word == name or (name == "nämnd" and "nämnd" in word) or (len(name) > 3 and word.startswith(name))
               for word in words for name in names)


def default_decider(kind: str, rule: Mapping[str, Sequence[str]]) -> str:
    bodies = rule.get(kind) or ()
    return bodies[0] if bodies else ""


def decider_fits(kind: str, decided_by: str, rule: Mapping[str, Sequence[str]]) -> bool:
    """Whether `decided_by` is one of the bodies the plan's rule lets decide `kind` (an empty one fits:
    nothing said, nothing wrong)."""
    bodies = rule.get(kind) or ()
    if not decided_by.strip() or not bodies:
        return True
    return any(_is(body, decided_by) for body in bodies)


def past_date(valid_until: date | None, today: date) -> bool:
    return valid_until is not None and valid_until < today


def due_in_year(valid_until: date | None, year: int) -> bool:
    """Needs review this year: its date falls in `year` or has passed."""
    return valid_until is not None and valid_until.year <= year
