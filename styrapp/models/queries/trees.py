"""Queries over ordered trees stored as (parent_id, position): ancestors, subtrees, sibling order.

Works for any table with `id`, `parent_id` and `position` columns (nodes, organisational units).
"""

from __future__ import annotations

from sqlalchemy import text
from sqlmodel import Session


def ancestors(session: Session, table: str, ident: int) -> list[int]:
    """The ids above `ident`, nearest first."""
    rows = session.connection().execute(
        text(
            f"WITH RECURSIVE up(id, parent_id, depth) AS ("
            f" SELECT id, parent_id, 0 FROM {table} WHERE id = :ident"
            f" UNION ALL SELECT t.id, t.parent_id, up.depth + 1 FROM {table} t JOIN up ON t.id = up.parent_id)"
            f" SELECT id FROM up WHERE depth > 0 ORDER BY depth"
        ),
        {"ident": ident},
    )
    return [row[0] for row in rows]


def subtree(session: Session, table: str, ident: int) -> list[int]:
    """`ident` and every id beneath it, parents before children."""
    rows = session.connection().execute(
        text(
            f"WITH RECURSIVE down(id, depth) AS ("
            f" SELECT id, 0 FROM {table} WHERE id = :ident"
            f" UNION ALL SELECT t.id, down.depth + 1 FROM {table} t JOIN down ON t.parent_id = down.id)"
            f" SELECT id FROM down ORDER BY depth"
        ),
        {"ident": ident},
    )
    return [row[0] for row in rows]


def sibling_ids(session: Session, table: str, parent_id: int | None, root_filter: str = "") -> list[int]:
    """Children of `parent_id` in order. `root_filter` (SQL) narrows the roots, e.g. to one tree."""
    where = "parent_id IS NULL" if parent_id is None else "parent_id = :parent"
    if parent_id is None and root_filter:
        where += f" AND {root_filter}"
    params: dict[str, object] = {"parent": parent_id}
    rows = session.connection().execute(
        text(f"SELECT id FROM {table} WHERE {where} ORDER BY position, id"), params
    )
    return [row[0] for row in rows]
