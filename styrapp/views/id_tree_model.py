"""A tree item model over rows that carry an `id` and a `parent_id`, kept in step by diffing.

The model is handed a function that reads the whole tree (rows in order, parents first). After any
edit, `sync()` reads again and turns the difference into precise signals: removed rows, moved rows
(`beginMoveRows`, so expanded branches and the selection survive), inserted rows and changed cells.
An index's internal id is the row's database id, never a Python object that could die.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt


def _in_order(ids: list[int], rank: dict[int, int]) -> set[int]:
    """The most of `ids` (in their current order) whose wanted places already rise: the longest
    increasing subsequence of their ranks. Those children need not move."""
    tails: list[int] = []  # tails[k]: index into ids of the smallest tail of a rising run of length k+1
    before: list[int] = [-1] * len(ids)
    for i, ident in enumerate(ids):
        lo, hi = 0, len(tails)
        while lo < hi:
            mid = (lo + hi) // 2
            if rank[ids[tails[mid]]] < rank[ident]:
                lo = mid + 1
            else:
                hi = mid
        before[i] = tails[lo - 1] if lo else -1
        if lo == len(tails):
            tails.append(i)
        else:
            tails[lo] = i
    keep: set[int] = set()
    i = tails[-1] if tails else -1
    while i >= 0:
        keep.add(ids[i])
        i = before[i]
    return keep


class TreeRow(Protocol):
    id: int
    parent_id: int | None


Index = QModelIndex | QPersistentModelIndex


class IdTreeModel(QAbstractItemModel):
    headers: Sequence[str] = ()

    def __init__(self, read: Callable[[], Sequence[Any]], parent=None, *, read_part: Callable | None = None):
        super().__init__(parent)
        self._read = read
        self._read_part = read_part  # (ids, parents) → a TreePart: see `sync`
        self._rows: dict[int, Any] = {}
        self._kids: dict[int | None, list[int]] = {None: []}
        self._parent: dict[int, int | None] = {}
        self._load(read())

    # --- reading the data -------------------------------------------------------------------------

    def _load(self, rows: Sequence[Any]) -> None:
        self._parent_index = {}
        self._rows = {r.id: r for r in rows}
        self._kids = {None: []}
        self._parent = {}
        for r in rows:
            self._kids.setdefault(r.parent_id, []).append(r.id)
            self._kids.setdefault(r.id, [])
            self._parent[r.id] = r.parent_id

    def row_data(self, ident: int) -> Any:
        return self._rows[ident]

    def ids(self) -> list[int]:
        return list(self._rows)

    def children_of(self, ident: int | None) -> list[int]:
        return list(self._kids.get(ident, []))

    def parent_of(self, ident: int) -> int | None:
        return self._parent[ident]

    def id_of(self, index: Index) -> int | None:
        return index.internalId() if index.isValid() else None

    def index_of(self, ident: int | None, column: int = 0) -> QModelIndex:
        if ident is None or ident not in self._rows:
            return QModelIndex()
        siblings = self._kids[self._parent[ident]]
        return self.createIndex(siblings.index(ident), column, ident)

    # --- keeping in step -----------------------------------------------------------------------

    def sync(self, touched: set[int] | None = None) -> None:
        """Read the tree again and emit the precise changes from what is shown to what is stored.
        `touched`: the ids an edit changed (its `Changes`); with a `read_part` function only they,
        what is beneath them and the sibling lists they sit in are read again (a rename in a tree of
        thousands reads one row), else the whole tree is."""
        if touched is not None and self._read_part is not None:
            self._sync_part(set(touched))
            return
        rows = list(self._read())
        new_rows = {r.id: r for r in rows}
        new_kids: dict[int | None, list[int]] = {None: []}
        for r in rows:
            new_kids.setdefault(r.parent_id, []).append(r.id)
        gone = [i for i in self._rows if i not in new_rows]
        self._apply(new_rows, new_kids, gone, [None, *(r.id for r in rows)], new_rows)

    def _sync_part(self, touched: set[int]) -> None:
        parents = {self._parent[i] for i in touched if i in self._parent}
        part = self._read_part(touched, parents)
        fresh = {r.id: r for r in part.rows}
        gone = [i for i in touched if i in self._rows and i not in fresh]
        # A row no longer listed under any parent read again, and not read itself, is gone too (a row
        # that stands for a link, not a record, has no id of its own among `touched`).
        listed = {i for kids in part.children.values() for i in kids}
        gone += [i for parent in part.children for i in self._kids.get(parent, ())
                 if i not in listed and i not in fresh and i not in gone]
        new_rows = {**self._rows, **fresh}
        for ident in gone:
            new_rows.pop(ident, None)
        new_kids = {**self._kids, **part.children}
        for r in part.rows:
            new_kids.setdefault(r.id, self._kids.get(r.id, []))

        def depth(ident: int | None) -> int:
            steps = 0
            while ident is not None:
                ident = new_rows[ident].parent_id if ident in new_rows else None
                steps += 1
            return steps

        order = sorted(part.children, key=depth)  # parents top-down, as a full sync goes
        self._apply(new_rows, new_kids, gone, order, fresh)

    def _apply(self, new_rows, new_kids, gone, parents, compare) -> None:
        # 1. Removals, top-most first (their children go with them).
        for ident in gone:
            if ident not in self._rows or self._parent[ident] in gone:
                continue
            parent = self._parent[ident]
            row = self._kids[parent].index(ident)
            self.beginRemoveRows(self.index_of(parent), row, row)
            self._kids[parent].pop(row)
            self._forget(ident)
            self._parent_index.clear()
            self.endRemoveRows()
        # 2. Parents top-down: move or insert each child into its place. The fewest moves: children
        #    already in the right order among themselves stay put; children leaving for another parent
        #    are stepped over and move once, when their new parent's turn comes.
        for parent in parents:
            current = self._kids.setdefault(parent, [])
            wanted = new_kids.get(parent, [])
            if current == wanted:
                continue
            rank = {ident: i for i, ident in enumerate(wanted)}
            keep = _in_order([c for c in current if c in rank], rank)
            j = 0
            for ident in wanted:
                while j < len(current) and current[j] != ident and current[j] not in keep:
                    j += 1  # leaving, or out of order: it moves on its own turn
                if j < len(current) and current[j] == ident:
                    j += 1
                    continue
                if ident not in self._rows:
                    self.beginInsertRows(self.index_of(parent), j, j)
                    current.insert(j, ident)
                    self._rows[ident] = new_rows[ident]
                    self._parent[ident] = parent
                    self._kids[ident] = []
                    self._parent_index.clear()
                    self.endInsertRows()
                    j += 1
                    continue
                old_parent = self._parent[ident]
                old_row = self._kids[old_parent].index(ident)
                self.beginMoveRows(self.index_of(old_parent), old_row, old_row, self.index_of(parent), j)
                self._kids[old_parent].pop(old_row)
                if old_parent == parent and old_row < j:
                    current.insert(j - 1, ident)  # it was stepped over: the rows before j closed up
                else:
                    current.insert(j, ident)
                    j += 1
                self._parent[ident] = parent
                self._parent_index.clear()
                self.endMoveRows()
        # 3. Changed values.
        last = self.columnCount() - 1
        for ident, row in compare.items():
            if ident in self._rows and self._rows[ident] != row:
                self._rows[ident] = row
                self.dataChanged.emit(self.index_of(ident, 0), self.index_of(ident, last))

    def drop_moves(self, ids: list[int], parent: Index, row: int) -> list[tuple[int, int | None, int]]:
        """Where dropped rows go, as (id, parent id, index among the other siblings) for a move service.

        Qt counts the drop row among the siblings as they are now; a move service counts among the rest.
        """
        parent_id = self.id_of(parent)
        moves = []
        for offset, ident in enumerate(i for i in ids if i in self._rows):
            index = len(self._kids.get(parent_id, [])) if row < 0 else row + offset
            if self._parent.get(ident) == parent_id and self._kids[parent_id].index(ident) < index:
                index -= 1
            moves.append((ident, parent_id, index))
        return moves

    def _forget(self, ident: int) -> None:
        for child in self._kids.pop(ident, []):
            self._forget(child)
        self._rows.pop(ident, None)
        self._parent.pop(ident, None)

    # --- QAbstractItemModel --------------------------------------------------------------------

    # These three are called thousands of times while a view lays itself out: kept lean on purpose.

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if parent.isValid():
            if parent.column() != 0:
                return QModelIndex()
            siblings = self._kids.get(parent.internalId())
        else:
            siblings = self._kids[None]
        if siblings is None or not 0 <= row < len(siblings) or not 0 <= column < len(self.headers):
            return QModelIndex()
        return self.createIndex(row, column, siblings[row])

    def parent(self, index: Index = QModelIndex()):  # noqa: D401 - Qt API (also QObject.parent())
        # Asked for every expanded row whenever rows move, and often while laying out and painting:
        # the answer is kept per node until the tree's shape changes (every change clears it).
        ident = index.internalId() if index.isValid() else None
        found = self._parent_index.get(ident)
        if found is not None:
            return found
        parent = self._parent.get(ident) if ident is not None else None
        if parent is None:
            found = QModelIndex()
        else:
            found = self.createIndex(self._kids[self._parent[parent]].index(parent), 0, parent)
        if ident is not None:
            self._parent_index[ident] = found
        return found

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        if not parent.isValid():
            return len(self._kids[None])
        if parent.column() != 0:
            return 0
        return len(self._kids.get(parent.internalId(), ()))

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802
        # Asked for every visible row after each change: answered here, not through rowCount.
        if not parent.isValid():
            return bool(self._kids[None])
        return parent.column() == 0 and bool(self._kids.get(parent.internalId()))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return len(self.headers)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.headers):
            return self.headers[section]
        return None
