"""The current schema: its version, how a new plan file gets it, and a fingerprint to compare."""

from __future__ import annotations

from sqlalchemy import insert
from sqlalchemy.engine import Connection
from sqlmodel import SQLModel

from .. import tables
from ..tables import SDGS, Sdg, swedish_name
from . import sqlite
from .header import APPLICATION_ID, SCHEMA_VERSION, SUFFIX  # noqa: F401 - the schema's marks, re-exported

assert tables  # the import registers every table on the metadata


def create_schema(connection: Connection) -> None:
    """Create every table and the reference data in an empty database, and stamp it as ours."""
    SQLModel.metadata.create_all(connection)
    connection.execute(insert(Sdg), [{"number": n, "name": swedish_name(n), "colour": c} for n, _name, c in SDGS])
    sqlite.stamp(connection, APPLICATION_ID, SCHEMA_VERSION)


def schema_fingerprint(con) -> list[tuple[str, str, str]]:
    """Tables, indexes and their SQL, normalised, so two files' schemas can be compared."""
    rows = sqlite.schema_rows(con)
    return [(kind, name, " ".join((sql or "").split())) for kind, name, sql in rows]
