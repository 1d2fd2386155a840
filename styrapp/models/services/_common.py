"""Helpers the service modules share: fetching or failing, validated field updates."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, SQLModel

from ...wording import Phrase
from ..enums import LABELS
from ..errors import InvalidValue
from ..queries._common import get_or_fail  # noqa: F401 - the services fetch-or-fail too


def check_enum(value: Any, enum: type[StrEnum], label: str) -> str:
    try:
        return enum(value).value
    except ValueError:
        choices = [Phrase("{value} ({word})", value=m.value, word=Phrase(LABELS[m])) if m in LABELS else m.value
                   for m in enum]
        raise InvalidValue("value.not_a_choice", label=Phrase(label), value=value, choices=choices) from None


def check_title(title: Any, label: str = "The title") -> str:
    """`label` is the English of what the title is (the catalogue has its Swedish)."""
    text = "" if title is None else str(title).strip()
    if not text:
        raise InvalidValue("value.empty", label=Phrase(label))
    return text


def check_dates(start: date | None, end: date | None, label: str = "The end date") -> None:
    if start is not None and end is not None and end < start:
        raise InvalidValue("dates.end_before_start", label=Phrase(label), end=end.isoformat(), start=start.isoformat())


def apply_fields(row: SQLModel, fields: dict[str, Any], *, enums: dict[str, type[StrEnum]] | None = None,
                 forbidden: tuple[str, ...] = ("id",)) -> None:
    """Set `fields` on `row`, refusing names the table does not have and values outside an enum.
    A record's uuid is its identity and is never edited."""
    enums = enums or {}
    columns = type(row).model_fields
    for name, value in fields.items():
        if name not in columns or name in forbidden or name == "uuid":
            raise InvalidValue("field.not_editable", name=name)
        if name in enums and value is not None:
            value = check_enum(value, enums[name], name)
        setattr(row, name, value)


def flush_or_explain(session: Session) -> None:
    """Flush, turning a constraint failure into a message instead of a database error."""
    try:
        session.flush()
    except IntegrityError as exc:
        raise InvalidValue("change.breaks_rules", detail=str(exc.orig)) from exc


def dump_rows(session: Session, model: type[SQLModel], condition) -> list[dict[str, Any]]:
    """Every column of the rows matching `condition`, as plain dicts: what a delete's undo puts back."""
    from sqlalchemy import select

    return [dict(row._mapping) for row in session.connection().execute(select(model.__table__).where(condition))]


def insert_rows(session: Session, model: type[SQLModel], rows: list[dict[str, Any]]) -> None:
    from sqlalchemy import insert

    if rows:
        session.connection().execute(insert(model.__table__), rows)


def refuse_if_closed(session: Session, year: int | None) -> None:
    """A record of a closed plan year (a risk, a budget line, a period, a nulägeskoll) is not changed,
    whichever year the window shows (YearClosed)."""
    from ..errors import YearClosed
    from ..file.year_scope import year_closed_on

    if year is not None and year_closed_on(session, year) is not None:
        raise YearClosed(year)
