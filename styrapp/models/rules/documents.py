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


# What a body is called in full, in the words people type in "decided by", and its rank: a body may decide
# what the rule gives a body beneath it (KF may decide a plan), never what it gives one above it.
_ALIASES = {
    "kf": ("kf", "fullmäktige", "direktion"),  # a kommunalförbund's direktion is its highest body
    "ks": ("ks", "kommunstyrelse", "regionstyrelse", "styrelse"),
    "nämnd": ("nämnd",),
}
_RANK = {"kf": 3, "ks": 2, "nämnd": 1}


def _rank(decided_by: str) -> int:
    """The highest body `decided_by` names (0: none the rule knows, such as a förvaltningschef)."""
    words = decided_by.casefold().replace("/", " ").replace(",", " ").split()
    found = [_RANK[body] for body, names in _ALIASES.items()
             for word in words for name in names if word == name or (len(name) > 3 and name in word)]
    return max(found, default=0)


def default_decider(kind: str, rule: Mapping[str, Sequence[str]]) -> str:
    bodies = rule.get(kind) or ()
    return bodies[0] if bodies else ""


def decider_fits(kind: str, decided_by: str, rule: Mapping[str, Sequence[str]]) -> bool:
    """Whether `decided_by` is a body the plan's rule lets decide `kind`, or one above it (an empty one fits:
    nothing said, nothing wrong)."""
    bodies = rule.get(kind) or ()
    if not decided_by.strip() or not bodies:
        return True
    needed = min((_RANK.get(str(body).casefold(), 0) for body in bodies), default=0)
    return _rank(decided_by) >= needed


def past_date(valid_until: date | None, today: date) -> bool:
    return valid_until is not None and valid_until < today


def due_in_year(valid_until: date | None, year: int) -> bool:
    """Needs review this year: its date falls in `year` or has passed."""
    return valid_until is not None and valid_until.year <= year
