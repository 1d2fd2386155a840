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
