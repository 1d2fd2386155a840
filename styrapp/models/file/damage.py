"""What a damaged plan looks like, found before anything reads it: SQLite's own check of every page
and index, links that point nowhere, a schema that is not the one its `user_version` promises, and
values that cannot be read back (text that is not UTF-8, a number where a date belongs).

Each finding is one Phrase that says what is wrong and where; `plan_file.open_plan` words it as the
plan being damaged. A plan that passes can be read by every query, report and export without a
database error. (A bit flipped inside a readable value — one letter of a title changed for another —
leaves a plan that is sound to every check here; only a checksum per page could tell.)
"""

from __future__ import annotations

from datetime import date, datetime
from functools import cache
from typing import Any

from ...wording import Phrase
from . import sqlite
from .header import SCHEMA_VERSION


def find_damage(con, version: int) -> Phrase | None:
    """The first thing wrong with the plan on `con` (a DB-API connection), or None if it is sound."""
    problems = sqlite.integrity_check(con)
    if problems:
        return Phrase("SQLite found {count} errors, e.g. “{first}”", count=len(problems), first=problems[0])
    found = schema_problem(sqlite.schema_structure(con), version)
    if found is not None:
        return found
    links = sqlite.foreign_key_problems(con)
    if links:
        table, row, parent, _fk = links[0]
        return Phrase("{count} references point to records that are not there (the first in the table {table}, "
                      "row {row}, to {parent})", count=len(links), table=table, row=row, parent=parent)
    if version == SCHEMA_VERSION:  # the tables describe the current format; an older one is read by its migration
        return value_problem(con)
    return None


@cache
def expected_structure(version: int) -> dict[str, dict[str, Any]] | None:
    if version == SCHEMA_VERSION:
        return _current_structure()
    from .old_schemas import OLD_SCHEMAS

    return normalised(OLD_SCHEMAS.get(version))


def normalised(structure: dict | None) -> dict | None:
    """Lists for tuples, so a structure read from JSON compares equal to one read from a file."""
    if structure is None:
        return None
    return {table: {"columns": [list(c) for c in spec["columns"]],
                    "indexes": {name: [bool(u), list(cols)] for name, (u, cols) in spec["indexes"].items()},
                    "sql": spec.get("sql", "")}
            for table, spec in structure.items()}


def _current_structure() -> dict[str, dict[str, Any]]:
    from sqlalchemy import create_engine
    from sqlalchemy.pool import StaticPool

    from .schema import create_schema

    engine = create_engine("sqlite://", poolclass=StaticPool)
    try:
        with engine.begin() as connection:
            create_schema(connection)
            return normalised(sqlite.schema_structure(connection.connection.dbapi_connection))
    finally:
        engine.dispose()


def schema_problem(found: dict, version: int) -> Phrase | None:
    expected = expected_structure(version)
    if expected is None:
        return None
    found = normalised(found)
    for table, spec in expected.items():
        if table not in found:
            return Phrase("the table {table} is missing", table=table)
        have = {c[0]: c for c in found[table]["columns"]}
        for column in spec["columns"]:
            if column[0] not in have:
                return Phrase("the table {table} lacks the column {column}", table=table, column=column[0])
            if have[column[0]] != column:
                return Phrase("the column {column} of the table {table} is not as file format {version} has it",
                              column=column[0], table=table, version=version)
        names = [c[0] for c in spec["columns"]]
        for column in found[table]["columns"]:
            if column[0] not in names:
                return Phrase("the table {table} has a column {column} that file format {version} does not have",
                              table=table, column=column[0], version=version)
        if spec["sql"] and found[table]["sql"] != spec["sql"]:  # a CHECK, a REFERENCES, a default changed
            return Phrase("the definition of the table {table} is not as file format {version} has it",
                          table=table, version=version)
        for index, shape in spec["indexes"].items():
            if found[table]["indexes"].get(index) != shape:
                return Phrase("the index {index} of the table {table} is missing or changed", index=index, table=table)
        for index in found[table]["indexes"]:
            if index not in spec["indexes"]:
                return Phrase("the index {index} of the table {table} does not belong in file format {version}",
                              index=index, table=table, version=version)
    for table in found:
        if table not in expected:
            return Phrase("the table {table} does not belong in file format {version}", table=table, version=version)
    return None


# --- values --------------------------------------------------------------------------------------

def _kinds(column) -> tuple[str, ...]:
    """The storage classes SQLite may hold in `column` for SQLAlchemy to read it back."""
    from sqlalchemy import Boolean, Date, DateTime, Float, Integer, LargeBinary, Numeric

    kind = column.type
    if isinstance(kind, Boolean | Integer):
        return ("integer",)
    if isinstance(kind, Float | Numeric):
        return ("real", "integer")
    if isinstance(kind, LargeBinary):
        return ("blob",)
    if isinstance(kind, Date | DateTime):
        return ("text",)
    return ("text",)


@cache
def _columns() -> list[tuple[str, list[tuple[str, tuple[str, ...], bool, Any, bool]]]]:
    """(table, [(column, storage classes, nullable, result processor, is boolean)]) of every table."""
    from sqlalchemy import Boolean
    from sqlmodel import SQLModel

    from .. import tables

    assert tables
    dialect = sqlite.dialect()
    out = []
    for name, table in SQLModel.metadata.tables.items():
        columns = []
        for column in table.columns:
            processor = column.type.dialect_impl(dialect).result_processor(dialect, None)
            columns.append((column.name, _kinds(column), bool(column.nullable) and not column.primary_key,
                            processor, isinstance(column.type, Boolean)))
        out.append((name, columns))
    return out


def value_problem(con) -> Phrase | None:
    """The first stored value the plan's tables could not read back, or None."""
    found = bad_values(con)
    try:
        for _table, _rowid, problem in found:
            return problem
        return None
    finally:
        found.close()


def bad_values(con):
    """(table, rowid, what is wrong) for every row holding a value its table could not read back (the
    first such value of the row). A table SQLite itself finds clean (`_looks_clean`) is not read row by
    row: that keeps the check of a large plan's 20,000 values to milliseconds."""
    for table, columns in _columns():
        if _looks_clean(con, table, columns):
            continue
        names = [c[0] for c in columns]
        for rowid, cells in sqlite.typed_rows(con, table, names):
            for spec, cell in zip(columns, cells, strict=True):
                wrong = _wrong(spec, cell)
                if wrong is not None:
                    yield table, rowid, Phrase(wrong, table=table, row=rowid, column=spec[0])
                    break


def _looks_clean(con, table: str, columns) -> bool:
    """Whether every value of `table` surely reads back, asked of SQLite in a few statements: each
    column's storage class (and NULL where none may be, 0 or 1 in a boolean), the text of every text
    column as valid UTF-8 (decoded in one piece), and dates and times in the one form that reads back.
    False only means "look row by row": `_wrong` has the last word."""
    from sqlalchemy import Date, DateTime, TypeDecorator
    from sqlmodel import SQLModel

    from .. import tables

    assert tables
    types = {c.name: c.type.impl_instance if isinstance(c.type, TypeDecorator) else c.type
             for c in SQLModel.metadata.tables[table].columns}
    tests = []
    for column, kinds, nullable, processor, boolean in columns:
        name = sqlite.quote(column)
        allowed = [*kinds, *(("null",) if nullable or column == "id" else ())]
        tests.append(f"typeof({name}) NOT IN ({', '.join(repr(k) for k in allowed)})")
        if boolean:
            tests.append(f"({name} IS NOT NULL AND {name} NOT IN (0, 1))")
        elif isinstance(types[column], DateTime):
            tests.append(f"({name} IS NOT NULL AND (datetime({name}, '+0 days') IS NULL"
                         f" OR datetime({name}, '+0 days') != substr({name}, 1, 19)"
                         f" OR substr({name}, 1, 4) < '0001'))")
        elif isinstance(types[column], Date):
            tests.append(f"({name} IS NOT NULL AND (date({name}, '+0 days') IS NULL"
                         f" OR date({name}, '+0 days') != {name} OR substr({name}, 1, 4) < '0001'))")
        elif processor is not None:
            return False  # a reader SQLite cannot stand in for: row by row
    if sqlite.any_row(con, table, " OR ".join(tests)):
        return False
    texts = [column for column, kinds, *_rest in columns if kinds == ("text",)]
    return sqlite.all_text_is_utf8(con, table, texts)


def _wrong(spec, cell) -> str | None:
    column, kinds, nullable, processor, boolean = spec
    kind, value = cell
    if kind == "null":
        return None if nullable or column == "id" else "the table {table}, row {row}: {column} is empty, but must not be"
    if kind not in kinds or (boolean and value not in (0, 1)):
        return "the table {table}, row {row}: {column} holds a value of the wrong kind"
    if kind == "text":
        try:
            value = value.decode("utf-8")
        except UnicodeDecodeError:
            return "the table {table}, row {row}: {column} holds text that is not valid UTF-8"
    if processor is not None:
        try:
            result = processor(value)
        except Exception:  # noqa: BLE001 - whatever the type's reader raises, the value is unreadable
            return "the table {table}, row {row}: {column} holds a value that cannot be read"
        if isinstance(result, date | datetime) and result.year < 1:
            return "the table {table}, row {row}: {column} holds a value that cannot be read"
    return None
