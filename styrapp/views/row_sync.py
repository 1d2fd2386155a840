"""Keeping a flat table model's rows in step with the plan read again, by each row's key: rows whose
record is gone are removed, new ones inserted where they belong, a new order is one layout change that
carries the selection along, and only rows that read otherwise are redrawn. The view is never reset,
so the selection, the scroll position, the sort and an open editor stay as they were."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex


def can_sync(rows: Sequence[Any], new: Sequence[Any], key: Callable[[Any], Hashable]) -> bool:
    """Whether `sync_rows` can follow the change (else the caller resets: the first fill, or rows
    without a key of their own)."""
    keys = [key(r) for r in new]
    return bool(rows) and None not in keys and len(set(keys)) == len(keys)


def sync_rows(model: QAbstractTableModel, rows: list[Any], new: Sequence[Any], key: Callable[[Any], Hashable]) -> None:
    """Make `rows` (the model's own list, changed in place) equal to `new`, with precise signals."""
    new_keys = [key(r) for r in new]
    by_key = dict(zip(new_keys, new, strict=True))
    for row in reversed(range(len(rows))):  # rows whose record is gone
        if key(rows[row]) not in by_key:
            model.beginRemoveRows(QModelIndex(), row, row)
            del rows[row]
            model.endRemoveRows()
    kept = [key(r) for r in rows]
    present = set(kept)
    if kept == [k for k in new_keys if k in present]:  # same order: insert the new ones in place
        for row, ident in enumerate(new_keys):
            if ident not in present:
                model.beginInsertRows(QModelIndex(), row, row)
                rows.insert(row, by_key[ident])
                model.endInsertRows()
    else:  # another order: one layout change that carries the selection along by key
        model.layoutAboutToBeChanged.emit()
        persistent = model.persistentIndexList()
        position = {k: i for i, k in enumerate(new_keys)}
        moved = [model.index(position[key(rows[i.row()])], i.column()) if key(rows[i.row()]) in by_key
                 else QModelIndex() for i in persistent]
        rows[:] = [by_key[k] for k in new_keys]
        model.changePersistentIndexList(persistent, moved)
        model.layoutChanged.emit()
    last = model.columnCount() - 1
    for row, record in enumerate(rows):  # rows whose record is there but reads otherwise
        fresh = by_key[key(record)]
        if fresh != record:
            rows[row] = fresh
            model.dataChanged.emit(model.index(row, 0), model.index(row, last))
