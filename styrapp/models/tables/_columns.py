"""Small helpers shared by the table modules."""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import CheckConstraint


def one_of(column: str, enum: type[StrEnum], *, nullable: bool = False) -> CheckConstraint:
    """A CHECK that keeps an enum column to the enum's values, so a bad value never reaches disk."""
    allowed = ", ".join(f"'{member.value}'" for member in enum)
    condition = f"{column} IN ({allowed})"
    if nullable:
        condition = f"{column} IS NULL OR {condition}"
    return CheckConstraint(condition, name=f"ck_{column}_values")
