"""Numbers as people type and paste them, read in one place for every number field of the window.

Swedish (`language="sv"`): a comma before the decimals, blanks between the thousands — an ordinary
space, a no-break space (U+00A0), a narrow no-break space (U+202F, what styrapp prints) or a thin space —
"1 234,5", "1234,5". English (`language="en"`): a point before the decimals, commas (or blanks)
between the thousands: "1,234.5", "1234.5". In both: a minus as typed ("-0,4") or as printed (U+2212,
"−0,4", and the dash "–" a word processor makes of a typed minus), a plus, and a per cent sign after the
number ("12 %" is 12: the indicator's unit says it is per cent).

What could be read two ways is refused, never guessed: in Swedish "1234.5" (a point: decimals, or
thousands as in "1.234"?) and in English "1234,5"; and blanks or separators that do not stand between
groups of three digits ("12 34", "1,23.4"), which are more often two numbers than one. A refusal is an
InvalidValue saying how to write it; nothing is turned into another number (12345) on the way.

Without a language (values from files: Excel, CSV, the clipboard of another program) either mark is
taken for the decimals, as before: "12,5" and "12.5" are both 12.5, and "1 234,5" and "1,234.5" too.
"""

from __future__ import annotations

import math
import re
from typing import Any

from ..errors import InvalidValue

BLANKS = " \u00a0\u202f\u2009\u2007"  # space, no-break, narrow no-break, thin, figure space
MINUSES = "-\u2212\u2013"  # hyphen-minus, minus sign, en dash (Word's typed minus)
MOST_DECIMALS = 6  # what a shown number keeps at most (the plan stores doubles)

_DIGITS = re.compile(r"\d+")


def parse_number(value: Any, language: str | None = None) -> float:
    """`value` as a number: a number as it is, text as a person writes it in `language` ("sv", "en";
    None: either decimal mark). Raises InvalidValue, with a message saying how to write it, for text that
    is no number or that could be read two ways."""
    if isinstance(value, bool):
        raise InvalidValue("number.invalid", value=value)
    shown = value.strip() if isinstance(value, str) else value
    if isinstance(value, str):
        value = _read_text(value, language)
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise InvalidValue("number.invalid", value=shown) from None
    if not math.isfinite(number):
        raise InvalidValue("number.not_finite")
    return number


def decimals_of(value: float | None, least: int = 0) -> int:
    """How many decimals show `value` without rounding it (at most MOST_DECIMALS), and at least `least`:
    1234.5 typed into a field of whole numbers is shown "1 234,5", not "1 235"."""
    if value is None or not math.isfinite(value):
        return least
    text = f"{abs(value):.{MOST_DECIMALS}f}".rstrip("0")
    decimals = len(text.partition(".")[2])
    return max(least, decimals)


def _read_text(original: str, language: str | None) -> float | str:
    text = original.strip()
    shown = text
    if text.endswith("%"):
        text = text[:-1].rstrip()
    sign = ""
    if text[:1] in MINUSES or text[:1] == "+":
        sign = "-" if text[:1] in MINUSES else ""
        text = text[1:].lstrip(BLANKS)
    if language not in ("sv", "en"):
        return _read_either(sign, text, shown)
    if not text or not (text[0].isdigit() or text[0] in ",."):
        raise InvalidValue("number.invalid", value=shown)
    if language == "sv":
        if "." in text:
            raise InvalidValue("number.point_in_swedish", value=shown)
        whole, decimals = _split(text, ",", shown)
        whole = _ungroup(whole, BLANKS, shown)
    else:
        whole, decimals = _split(text, ".", shown)
        if "," in whole and any(c in whole for c in BLANKS):
            raise InvalidValue("number.grouping", value=shown)
        whole = _ungroup(whole, "," + BLANKS, shown, comma_means="en")
    if not _DIGITS.fullmatch(whole or "0") or (decimals is not None and not _DIGITS.fullmatch(decimals)):
        raise InvalidValue("number.invalid", value=shown)
    return float(f"{sign}{whole or '0'}.{decimals or '0'}")


def _read_either(sign: str, text: str, shown: str) -> str:
    """A value from a file: blanks between the thousands dropped, either mark taken for the decimals (when
    both stand in it, "1,234.5" or "1.234,5", the last one). The text float() then reads (or refuses)."""
    text = "".join(c for c in text if c not in BLANKS)
    if "," in text and "." in text:
        point = text[max(text.rfind(","), text.rfind("."))]
        whole, decimals = _split(text, point, shown)
        return sign + _ungroup(whole, "," if point == "." else ".", shown) + "." + decimals
    return sign + text.replace(",", ".")


def _split(text: str, point: str, shown: str) -> tuple[str, str | None]:
    if text.count(point) > 1:
        raise InvalidValue("number.invalid", value=shown)
    whole, found, decimals = text.partition(point)
    return whole, (decimals if found else None)


def _ungroup(whole: str, separators: str, shown: str, comma_means: str = "") -> str:
    """The digits of `whole` without its thousands' separators, which must stand between groups of three."""
    groups = re.split(f"[{re.escape(separators)}]", whole)
    if len(groups) == 1:
        return whole
    if not all(_DIGITS.fullmatch(g) for g in groups[:-1]) or not _DIGITS.fullmatch(groups[-1] or "x"):
        raise InvalidValue("number.invalid", value=shown)  # "12 kr": words, not thousands
    if not (1 <= len(groups[0]) <= 3) or any(len(g) != 3 for g in groups[1:]):
        code = "number.comma_in_english" if comma_means == "en" and "," in whole and len(groups) == 2 else "number.grouping"
        raise InvalidValue(code, value=shown)
    return "".join(groups)
