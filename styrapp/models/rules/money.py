"""Money: the one place where amounts are parsed, kept and written.

An amount is kept as a whole number of öre (an int): exact, so a sum never prints 0,30000000000000004.
It is shown in kr, tkr or mnkr (the plan's setting `economy.unit`), Swedish style: groups of three
with a no-break space, a decimal comma and a real minus sign (U+2212). People and files write amounts
as Swedish software does — "4 321 000", "1 234,50", "−12 300", "-12300" — in a unit that the place
says (a header `utfall (tkr)`, the page's unit); `parse_amount` reads them and refuses anything else
("12,3,4", "abc", "1e400") with a clear message.

A budget line's deviation is its frame less the full-year forecast: positive is a surplus (överskott),
negative a deficit (underskott); no forecast yet means no deviation to show. Its status follows the
plan's rule: a deficit up to `green` of the frame is green, up to `yellow` yellow, more red.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from ..enums import Status
from ..errors import InvalidValue

ORE_PER_KRONA = 100
# How many öre one of each unit is; the keys are the units a plan may show and a header may name.
UNITS: dict[str, int] = {"kr": 100, "tkr": 100_000, "mnkr": 100_000_000}
# Decimals shown in each unit (what is kept is always exact; an editor shows every decimal there is).
DECIMALS: dict[str, int] = {"kr": 0, "tkr": 0, "mnkr": 1}
# The largest frame (and amount) taken: 10^12 kr, more than the whole Swedish state budget.
MOST_KRONOR = 10**12
MOST_ORE = MOST_KRONOR * ORE_PER_KRONA

MINUS = "\u2212"
GROUP = "\u00a0"  # no-break space between groups of three (it never breaks a number over two lines)
_SPACES = str.maketrans("", "", " \u00a0\u2009\u202f\t")
_AMOUNT = re.compile(r"[+-]?\d+(?:[.,]\d+)?")
# With spaces between the digits, they must group by three: "4 321 000", never "80 029 9".
_GROUPED = re.compile(r"[+-]?\s*\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})*(?:[.,]\d+)?")


def check_unit(unit: str) -> str:
    if unit not in UNITS:
        raise InvalidValue("money.unit", unit=unit, units=", ".join(UNITS))
    return unit


def parse_amount(value: object, unit: str = "kr", *, negative: bool = True, most: int = MOST_ORE) -> int:
    """An amount as a person or a file writes it, in `unit`, as öre. Raises InvalidValue for anything
    that is not one plain number (no exponents, no second decimal comma), for an amount larger than
    10^12 kr (`most` öre), for fractions of an öre and — with negative=False — for a negative amount."""
    scale = UNITS[check_unit(unit)]
    if isinstance(value, bool):
        raise InvalidValue("money.invalid", value=str(value))
    if isinstance(value, int):
        exact = Decimal(value)
        shown = str(value)
    elif isinstance(value, float):  # a spreadsheet's cell: its shortest decimal form is what was typed
        shown = repr(value)
        try:
            exact = Decimal(shown)
        except InvalidOperation:
            raise InvalidValue("money.invalid", value=shown) from None
        if not exact.is_finite():
            raise InvalidValue("money.invalid", value=shown)
    elif isinstance(value, (str, Decimal)):
        shown = str(value).strip()
        signed = shown.replace(MINUS, "-").replace("\u2013", "-")
        text = signed.translate(_SPACES)
        if not _AMOUNT.fullmatch(text) or (text != signed and not _GROUPED.fullmatch(signed)):
            raise InvalidValue("money.invalid", value=shown)
        exact = Decimal(text.replace(",", "."))
    else:
        raise InvalidValue("money.invalid", value=str(value))
    ore = exact * scale
    if abs(ore) > most:
        raise InvalidValue("money.too_large", value=shown, most=format_amount(most, "kr") + " kr")
    if ore != ore.to_integral_value():
        raise InvalidValue("money.below_ore", value=shown, unit=unit)
    if ore < 0 and not negative:
        raise InvalidValue("money.negative", value=shown)
    return int(ore)


def check_frame(ore: int) -> int:
    """A budget frame: whole öre, not negative, at most 10^12 kr."""
    if isinstance(ore, bool) or not isinstance(ore, int):
        raise InvalidValue("money.invalid", value=str(ore))
    if ore < 0:
        raise InvalidValue("money.negative_frame", value=format_amount(ore, "kr") + " kr")
    if ore > MOST_ORE:
        raise InvalidValue("money.too_large", value=format_amount(ore, "kr") + " kr",
                           most=format_amount(MOST_ORE, "kr") + " kr")
    return ore


def check_amount(ore: int | None) -> int | None:
    """An outcome or a forecast: whole öre (None: not given), at most 10^12 kr either way."""
    if ore is None:
        return None
    if isinstance(ore, bool) or not isinstance(ore, int):
        raise InvalidValue("money.invalid", value=str(ore))
    if abs(ore) > MOST_ORE:
        raise InvalidValue("money.too_large", value=format_amount(ore, "kr") + " kr",
                           most=format_amount(MOST_ORE, "kr") + " kr")
    return ore


def _grouped(digits: str) -> str:
    head = len(digits) % 3 or 3
    return GROUP.join([digits[:head], *(digits[i:i + 3] for i in range(head, len(digits), 3))])


def format_amount(ore: int | None, unit: str = "tkr", *, decimals: int | None = None, exact: bool = False) -> str:
    """Öre shown in `unit`, Swedish style: "1 234 500", "−12,3". `decimals` overrides the unit's
    usual number; exact=True shows every decimal needed (for an editor: what is kept, nothing rounded).
    None is "" (no figure)."""
    if ore is None:
        return ""
    value = Decimal(ore) / UNITS[check_unit(unit)]
    if exact:
        value = value.normalize()
        places = max(0, -value.as_tuple().exponent)
    else:
        places = DECIMALS[unit] if decimals is None else decimals
    value = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    sign = MINUS if value < 0 else ""
    text = f"{abs(value):.{places}f}"
    whole, _, fraction = text.partition(".")
    return sign + _grouped(whole) + ("," + fraction if fraction else "")


def printed_amount(ore: int | None, unit: str = "tkr", *, decimals: int | None = None) -> str:
    """An amount as a report prints it, in the report's language: "−1 234,5" in Swedish, "−1,234.5" in
    English (the same U+2212 minus in both)."""
    from ...wording import current_language

    text = format_amount(ore, unit, decimals=decimals)
    if current_language() != "en":
        return text
    whole, _, fraction = text.partition(",")
    return whole.replace(GROUP, ",") + ("." + fraction if fraction else "")


# The units' words as a reader sees them (English source; the catalogue has kr, tkr, mnkr). The setting's
# value stays the short Swedish key.
UNIT_WORDS: dict[str, str] = {"kr": "SEK", "tkr": "SEK thousand", "mnkr": "SEK million"}


def unit_word(unit: str) -> str:
    """The unit in the current language: "tkr" in Swedish, "SEK thousand" in English."""
    from ...wording import tr

    return tr(UNIT_WORDS[check_unit(unit)])


def format_with_unit(ore: int | None, unit: str = "tkr") -> str:
    return "" if ore is None else f"{format_amount(ore, unit)}{GROUP}{unit_word(unit)}"


def format_percent(share: float | None) -> str:
    """A share (0.052) as "5,2 %", with a real minus sign (in the current language's decimal mark)."""
    if share is None:
        return ""
    from ...wording import percent_text  # the reports' one percent form: "−0,4 %"

    value = Decimal(repr(share * 100)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return percent_text(float(value), 1)


def deviation(frame: int, forecast: int | None) -> int | None:
    """Frame less forecast: positive a surplus, negative a deficit; None without a forecast."""
    return None if forecast is None else frame - forecast


def deviation_share(frame: int, forecast: int | None) -> float | None:
    """The deviation as a share of the frame (None without a forecast or with a frame of 0)."""
    gap = deviation(frame, forecast)
    return None if gap is None or frame == 0 else gap / frame


@dataclass(frozen=True)
class BudgetRule:
    """The plan's rule for a deviation's colour: a deficit up to `green` (a share of the frame) is
    green, up to `yellow` yellow, more red; a surplus is green."""

    green: float = 0.0
    yellow: float = 0.02


def check_rule(green: float, yellow: float) -> BudgetRule:
    if not (0 <= green <= yellow <= 1):
        raise InvalidValue("money.rule", green=format_percent(green), yellow=format_percent(yellow))
    return BudgetRule(green, yellow)


def deviation_status(frame: int, forecast: int | None, rule: BudgetRule = BudgetRule()) -> Status:
    gap = deviation(frame, forecast)
    if gap is None:
        return Status.UNKNOWN
    if gap >= 0:
        return Status.GREEN
    if frame <= 0:
        return Status.RED
    deficit = -gap / frame
    if deficit <= rule.green:
        return Status.GREEN
    return Status.YELLOW if deficit <= rule.yellow else Status.RED


def total(amounts: Iterable[int | None]) -> int:
    """The sum of the amounts that are there (a line without an outcome yet counts as nothing)."""
    return sum(amount for amount in amounts if amount is not None)
