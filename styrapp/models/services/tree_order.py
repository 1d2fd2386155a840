"""Writing the order of siblings in a tree stored as (parent_id, position): nodes and units alike."""

from __future__ import annotations

from sqlalchemy import text
from sqlmodel import Session


def write_order(session: Session, table: str, ids: list[int]) -> None:
    """Give `ids` the positions 0, 1, 2 … in that order (only rows whose position changes)."""
    connection = session.connection()
    current = dict(
        connection.execute(
            text(f"SELECT id, position FROM {table} WHERE id IN ({','.join(str(i) for i in ids) or 'NULL'})")
        ).all()
    )
    changed = [(ident, position) for position, ident in enumerate(ids) if current.get(ident) != position]
    if changed:  # one statement, however many siblings shift
        cases = " ".join(f"WHEN {int(ident)} THEN {int(position)}" for ident, position in changed)
        where = ",".join(str(int(ident)) for ident, _ in changed)
        connection.execute(text(f"UPDATE {table} SET position = CASE id {cases} END WHERE id IN ({where})"))
