"""Money in a plan is kept in tkr (thousands of kronor). A budget line's deviation is its frame less the
full-year forecast: positive is a surplus (överskott), negative a deficit (underskott); no forecast
yet means no deviation to show."""

from __future__ import annotations

from collections.abc import Iterable


def deviation(frame: float, forecast: float | None) -> float | None:
    return None if forecast is None else frame - forecast


def total(amounts: Iterable[float | None]) -> float:
    """The sum of the amounts that are there (a line without an outcome yet counts as nothing)."""
    return sum(amount for amount in amounts if amount is not None)
