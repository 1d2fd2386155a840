"""The risk analysis's rules: likelihood and consequence are each rated 1–4, the risk value is their
product (1–16), and the value falls in one of four bands (low, moderate, high, very high) that the risk
matrix colours and the internkontrollplan names."""

from __future__ import annotations

from typing import Any

from ...wording import Phrase
from ..errors import InvalidValue

SCALE = (1, 2, 3, 4)
# The band's word, in English (worded where shown); the band's number is its key.
BAND_WORDS = {1: "Low", 2: "Moderate", 3: "High", 4: "Very high"}
# The band's colour in the risk matrix, the window's and the report's alike (the value is written in the cell too).
BAND_COLOUR = {1: "#DCEFD9", 2: "#FFF1C2", 3: "#FFD29A", 4: "#F4A6A0"}


def check_scale(value: Any, label: str) -> int:
    """A likelihood or consequence as the 1–4 it must be, or a refusal naming `label` and the value."""
    if isinstance(value, bool) or not isinstance(value, int) or value not in SCALE:
        raise InvalidValue("risk.scale", label=Phrase(label), value=value)
    return value


def risk_value(likelihood: int, consequence: int) -> int:
    return likelihood * consequence


def band(value: int) -> int:
    """The band (1 low … 4 very high) a risk value falls in: 1–3, 4–6, 8–9, 12–16."""
    return 1 if value <= 3 else 2 if value <= 6 else 3 if value <= 9 else 4


# The plan's threshold for "choose for the plan" (rules.plan_settings.RISK_THRESHOLD): a risk whose value is
# over it is suggested for the internkontrollplan, as Norrtälje's rule carries the highest risks there.
# The suggestion is only that: whether a risk is chosen stays the person's choice.
THRESHOLD_RANGE = (1, 15)


def check_threshold(value: Any) -> int:
    low, high = THRESHOLD_RANGE
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise InvalidValue("risk.threshold", value=value, low=low, high=high)
    return value


def is_suggested(value: int, threshold: int) -> bool:
    """A risk whose value is over the plan's threshold is suggested for the internkontrollplan."""
    return value > threshold


# A control's follow-up in a period, never colour alone: a symbol and a word (ControlOutcome's label, or
# NOT_FOLLOWED_UP when nothing is written yet) with the colour, in the window and in the report alike.
OUTCOME_SYMBOL = {"ok": "✓", "deviations": "▲", "not_performed": "✗", None: "○"}
OUTCOME_COLOUR = {"ok": "#2E7D32", "deviations": "#F2B300", "not_performed": "#C62828", None: "#9E9E9E"}
NOT_FOLLOWED_UP = "not followed up yet"  # English, worded where shown
