"""Numbers as people type them."""

from __future__ import annotations

import math
from typing import Any

from ..errors import InvalidValue


def parse_number(value: Any) -> float:
    """A number as users type it: "1 234,5", "12.3", 7. Raises InvalidValue for text."""
    if isinstance(value, bool):
        raise InvalidValue("number.invalid", value=value)
    if isinstance(value, str):
        text = value.strip().replace("\u00a0", "").replace(" ", "").replace(",", ".")
        try:
            value = float(text)
        except ValueError:
            raise InvalidValue("number.invalid", value=value.strip()) from None
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise InvalidValue("number.invalid", value=value) from None
    if not math.isfinite(number):
        raise InvalidValue("number.not_finite")
    return number
