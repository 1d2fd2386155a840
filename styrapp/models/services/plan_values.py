"""The värdegrund's values: add, change, move and remove one, in the plan's order."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from ..file.plan_file import PlanFile
from ..queries._common import get_or_fail
from ..tables import PlanValue
from ._common import apply_fields, check_title, flush_or_explain
from .tree_order import write_order


def _ordered_ids(session) -> list[int]:
    return list(session.exec(select(PlanValue.id).order_by(PlanValue.position, PlanValue.id)).scalars())


def create_value(plan: PlanFile, *, name: str, text: str = "", index: int | None = None) -> int:
    """A new value of the värdegrund, at `index` (last when None). Returns its id."""
    name = check_title(name, "The value's name")
    with plan.transaction() as session:
        ids = _ordered_ids(session)
        row = PlanValue(name=name, text=text or "", position=len(ids))
        session.add(row)
        flush_or_explain(session)
        where = len(ids) if index is None else max(0, min(index, len(ids)))
        ids.insert(where, row.id)
        write_order(session, PlanValue.__tablename__, ids)
        return row.id


def update_value(plan: PlanFile, value_id: int, **fields: Any) -> None:
    """Change a value's name or text."""
    if "name" in fields:
        fields["name"] = check_title(fields["name"], "The value's name")
    if "text" in fields:
        fields["text"] = fields["text"] or ""
    with plan.transaction() as session:
        row = get_or_fail(session, PlanValue, value_id)
        apply_fields(row, fields, forbidden=("id", "position"))
        flush_or_explain(session)


def move_value(plan: PlanFile, value_id: int, index: int) -> None:
    """Put a value at `index` in the order (0 first)."""
    with plan.transaction() as session:
        get_or_fail(session, PlanValue, value_id)
        ids = [i for i in _ordered_ids(session) if i != value_id]
        ids.insert(max(0, min(index, len(ids))), value_id)
        write_order(session, PlanValue.__tablename__, ids)


def delete_value(plan: PlanFile, value_id: int) -> None:
    with plan.transaction() as session:
        session.delete(get_or_fail(session, PlanValue, value_id))
        flush_or_explain(session)
        write_order(session, PlanValue.__tablename__, _ordered_ids(session))
