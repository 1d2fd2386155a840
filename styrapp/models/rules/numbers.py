"""Numbers as people type them."""

from __future__ import annotations

import math
from typing import Any

from ..errors import InvalidValue


def parse_number(value: Any) -> float:
    """A number as users type it: "1 234,5", "12.3", 7. Raises InvalidValue for text."""
    if isinstance(value, bool):
        raise InvalidValue(f"”{value}” är inget tal.")
    if isinstance(value, str):
        text = value.strip().replace("\u00a0", "").replace(" ", "").replace(",", ".")
        try:
            value = float(text)
        except ValueError:
            raise InvalidValue(f"”{value.strip()}” är inget tal.") from None
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise InvalidValue(f"”{value}” är inget tal.") from None
    if not math.isfinite(number):
        raise InvalidValue("Värdet måste vara ett ändligt tal.")
    return number
