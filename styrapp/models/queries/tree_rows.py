"""A whole goal or uppdrag tree as rows, read in one query: what the tree editors show.

Light on purpose (standard library only): the same function reads through the open plan's
connection and, at start-up, straight from the file with plain sqlite3 before SQLAlchemy has loaded,
so the window can show the goal tree at once (`peek_tree`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import NamedTuple

from ..enums import Status
from ..errors import StyrappError
from ..file import sqlite
from ..file.header import SCHEMA_VERSION, read_header

Query = Callable[[str, tuple], Sequence[Sequence]]

# The status of node `n`: the one written for the latest reporting period (SQL, used inside larger queries).
LATEST_STATUS_SQL = (
    "(SELECT f.status FROM follow_up f JOIN reporting_period p ON p.id = f.period_id"
    " WHERE f.node_id = n.id ORDER BY p.period_end DESC, p.id DESC LIMIT 1)"
)

_ROW_SQL = f"""
SELECT n.id, n.parent_id, n.level_id, n.title, u.name, n.responsible, n.start, n.due, n.progress, n.colour,
       (SELECT count(*) FROM indicator_node i WHERE i.node_id = n.id), {LATEST_STATUS_SQL},
       (SELECT s.organisation FROM node_source s WHERE s.node_id = n.id)
FROM node n JOIN governance_level l ON l.id = n.level_id LEFT JOIN org_unit u ON u.id = n.owner_unit_id
WHERE l.tree = ? AND n.year = ?"""
_TREE_SQL = _ROW_SQL + " ORDER BY n.position, n.id"

# The goal tree shows under each node the indicators linked to it, as rows of their own kind after the
# node's children. Such a row is no record: its id packs the node's and the indicator's ids above every
# record id (ids stay below 2**31), so it can never be taken for a node.
INDICATOR_ROW = "indicator"
LINK_BASE = 1 << 62
_LINK_SQL = """
SELECT x.node_id, i.id, i.name FROM indicator_node x JOIN indicator i ON i.id = x.indicator_id
JOIN node n ON n.id = x.node_id JOIN governance_level l ON l.id = n.level_id WHERE l.tree = ? AND n.year = ?"""
_WORD_SQL = "SELECT value FROM plan_setting WHERE key = 'styrmodell.indicator_name'"


def link_row_id(node_id: int, indicator_id: int) -> int:
    return LINK_BASE | (int(node_id) << 31) | int(indicator_id)


def is_link_row(ident: int | None) -> bool:
    return ident is not None and ident >= LINK_BASE


def link_of(ident: int) -> tuple[int, int]:
    """(node id, indicator id) of an indicator row."""
    return (ident - LINK_BASE) >> 31, ident & ((1 << 31) - 1)


class NodeRow(NamedTuple):
    """One node as a tree row: its place, and the values its columns show. (A named tuple: the
    editors build and compare thousands of these on every edit.)"""

    id: int
    parent_id: int | None
    level_id: int
    level_name: str
    kind: str
    title: str
    owner: str
    responsible: str
    status: Status | None
    start: date | None
    due: date | None
    progress: str
    indicators: int
    colour: str  # its målområde's colour, inherited by everything beneath it
    source: str = ""  # uppdragsgivarens mål: the organisation it was fetched from


@dataclass
class TreeData:
    rows: list[NodeRow]  # parents before children, siblings in order


def _day(value) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value)


def _levels(query: Query, tree: str) -> dict[int, tuple[str, str, str]]:
    return {row[0]: (row[1], row[2], row[3]) for row in query(
        "SELECT id, name, kind, colour FROM governance_level WHERE tree = ?", (str(tree),))}


def _node_row(node, levels, inherited: str | None) -> NodeRow:
    (ident, parent_id, level_id, title, owner, responsible, start, due, progress, own_colour, indicators,
     status, source) = node
    level_name, kind, level_colour = levels[level_id]
    return NodeRow(ident, parent_id, level_id, level_name, kind, title, owner or "", responsible,
                   Status(status) if status else None, _day(start), _day(due), progress, indicators,
                   own_colour or inherited or level_colour, source or "")


def _indicator_word(query: Query) -> str:
    import json

    from ...wording import tr

    for (value,) in query(_WORD_SQL, ()):
        try:
            word = json.loads(value)
        except ValueError:
            word = ""
        if isinstance(word, str) and word.strip():
            return word.strip()
    return tr("Indicator")


def _link_rows(query: Query, tree: str, year: int | None, node_ids=None) -> list[NodeRow]:
    """The indicator rows under the nodes of the tree (those of `node_ids`, when given). They carry no
    colour of their own: the tree shows them without a swatch, in grey."""
    sql = _LINK_SQL + (f" AND x.node_id IN ({_ids(node_ids)})" if node_ids is not None else "")
    links = query(sql + " ORDER BY i.position, i.id", (str(tree), year))
    if not links:
        return []
    word = _indicator_word(query)
    return [NodeRow(link_row_id(node_id, ind_id), node_id, 0, word, INDICATOR_ROW, name, "", "", None, None, None,
                    "", 0, "") for node_id, ind_id, name in links]


def read_rows(query: Query, tree: str, *, year: int | None, indicators: bool = False) -> TreeData:
    """The tree `tree` of plan year `year` through `query(sql, params)`: about 10 ms for 1,000 nodes.
    With `indicators`, the goal tree also has the indicator rows under each node (see `link_row_id`)."""
    levels = _levels(query, tree)
    nodes = query(_TREE_SQL, (str(tree), year))
    children: dict[int | None, list[int]] = {None: []}
    by_id = {}
    for node in nodes:
        children.setdefault(node[1], []).append(node[0])
        by_id[node[0]] = node
    rows: list[NodeRow] = []
    stack: list[tuple[int, str | None]] = [(i, None) for i in reversed(children[None])]
    while stack:  # depth first, parents before children, without recursion limits
        node_id, inherited = stack.pop()
        node = by_id[node_id]
        rows.append(_node_row(node, levels, inherited))
        below = node[9] or inherited
        stack.extend((child, below) for child in reversed(children.get(node_id, ())))
    if indicators and str(tree) == "goals":
        rows += _link_rows(query, tree, year)
    return TreeData(rows=rows)


@dataclass
class TreePart:
    """Part of a tree read again after an edit: the rows of some nodes and of everything beneath them,
    and the children, in order, of some parents (None: the top of the tree)."""

    rows: list[NodeRow]
    children: dict[int | None, list[int]]


def _ids(ids) -> str:
    return ",".join(str(int(i)) for i in ids) or "NULL"


def read_part(query: Query, tree: str, ids: set[int], parents: set[int | None], *, year: int | None,
              indicators: bool = False) -> TreePart:
    """The rows of `ids` that are in `tree` now, with their subtrees (a moved node's children may take
    another målområde's colour), and the children of `parents` and of the parents of those rows. With
    `indicators` (the goal tree), also the indicator rows of those nodes, and the children of each."""
    levels = _levels(query, tree)
    below = [r[0] for r in query(
        f"WITH RECURSIVE sub(id) AS (SELECT id FROM node WHERE id IN ({_ids(ids)}) "
        "UNION SELECT n.id FROM node n JOIN sub ON n.parent_id = sub.id) SELECT id FROM sub", ())]
    nodes = query(f"{_ROW_SQL} AND n.id IN ({_ids(below)})", (str(tree), year))
    up = {r[0]: (r[1], r[2]) for r in query(  # (parent, own colour) of everything above them
        f"WITH RECURSIVE up(id, parent_id, colour) AS (SELECT id, parent_id, colour FROM node WHERE id IN "
        f"({_ids({n[1] for n in nodes if n[1] is not None})}) UNION SELECT n.id, n.parent_id, n.colour FROM node n "
        "JOIN up ON n.id = up.parent_id) SELECT id, parent_id, colour FROM up", ())}
    up.update({n[0]: (n[1], n[9]) for n in nodes})

    def inherited(parent: int | None) -> str | None:
        while parent is not None:
            grand, colour = up.get(parent, (None, None))
            if colour:
                return colour
            parent = grand
        return None

    rows = [_node_row(node, levels, inherited(node[1])) for node in nodes]
    wanted = set(parents) | {row.parent_id for row in rows}
    links: list[NodeRow] = []
    if indicators and str(tree) == "goals":
        # The nodes touched have their children read again, ending with their indicator rows (a link
        # made or taken away touches its node); those beneath them keep theirs.
        wanted |= {row.id for row in rows if row.id in ids}
        links = _link_rows(query, tree, year, [p for p in wanted if p is not None])
    children: dict[int | None, list[int]] = {parent: [] for parent in wanted}
    named = [p for p in wanted if p is not None]
    for ident, parent in query(
            "SELECT n.id, n.parent_id FROM node n JOIN governance_level l ON l.id = n.level_id WHERE l.tree = ? "
            f"AND n.year = ? AND (n.parent_id IN ({_ids(named)}){' OR n.parent_id IS NULL' if None in wanted else ''}) "
            "ORDER BY n.position, n.id", (str(tree), year)):
        children[parent].append(ident)
    for link in links:
        children[link.parent_id].append(link.id)
    return TreePart(rows + links, children)


def peek_tree(path: Path, tree: str) -> TreeData | None:
    """Read a tree straight from a plan file, read-only, or None if the file needs the full open
    (not a plan, damaged, from another version): that open then says what is wrong."""
    try:
        if sqlite.hot_journal(Path(path)) is not None:  # a crash mid-save: the full open puts it right first
            return None
        header = read_header(Path(path))
        if header.user_version != SCHEMA_VERSION:
            return None
        connection = sqlite.connect(Path(path), read_only=True)
        try:
            year = connection.execute("SELECT year FROM plan").fetchone()  # the newest: the year a plan opens at
            return read_rows(lambda sql, params: connection.execute(sql, params).fetchall(), tree,
                             year=year[0] if year else None, indicators=True)
        finally:
            connection.close()
    except (StyrappError, sqlite.Error, OSError, KeyError, ValueError):
        return None
