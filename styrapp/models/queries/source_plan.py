"""Read an uppdragsgivare's plan (another .styrplan file) for the goals fetched from it: its organisation,
the title, year and uuid of its plan, its goals, and the uppdrag it addresses to this organisation.

The source is only ever read. It is opened read-only, so a plan that another person has open (locked)
is read as it was last saved. A source in an older file format is not upgraded in place, nor is a
change its writer left half-done (a journal beside it) taken back in place: it is copied (with its
journal) to a temporary folder and the copy is upgraded or put right, and read. A missing, damaged or newer source, or the
plan itself given as its own source, is refused with a message before anything is read.

Which uppdrag are "addressed" here: the uppdrag (the top level of the source's assignment tree) whose
owner unit is `unit` (by name, case-insensitive, or uuid); without `unit`, the units whose name or short
name is this plan's organisation's name or short name. The uppdrag's aktiviteter are not taken: this
plan makes its own.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from ..enums import NodeKind, Tree
from ..errors import InvalidValue, PlanNotFound
from ..file import sqlite
from ..file.header import SCHEMA_VERSION, read_header
from ..file.plan_file import PlanFile, open_plan
from ..tables import GovernanceLevel, Node, NodeLink, Organisation, OrgUnit, Plan
from .years import title_in_view


@dataclass(frozen=True)
class SourceLevel:
    name: str  # as the source calls it ("Målområde")
    tree: str  # goals / assignments
    depth: int  # its place among the goal levels (or uppdrag levels) of its tree at the source, top = 0
    kind: str = NodeKind.GOAL.value  # goal or assignment
    used: bool = True  # some goal taken is on it


@dataclass(frozen=True)
class SourceGoal:
    uuid: str
    previous_uuid: str | None  # the source's own lineage: the same goal in the year before
    title: str
    description: str
    level: str  # the level's name at the source
    tree: str
    parent_uuid: str | None  # the parent among the goals taken, None at the top
    serves: tuple[str, ...] = ()  # an uppdrag: the uuids of the source goals it serves


@dataclass
class SourcePlan:
    path: Path
    organisation: str
    organisation_kind: str
    plan_title: str
    plan_year: int
    plan_uuid: str
    levels: list[SourceLevel]
    goals: list[SourceGoal]  # parents before children
    units: list[str] = field(default_factory=list)
    notice: str = ""  # what opening it said (open elsewhere, upgraded copy)

    def level(self, name: str) -> SourceLevel | None:
        return next((lv for lv in self.levels if lv.name == name), None)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return a.resolve() == b.resolve()


def read_source_plan(path: Path | str, *, target: PlanFile | None = None, unit: str | None = None,
                     year: int | None = None) -> SourcePlan:
    """Read the source plan at `path` (its newest year unless `year`) for fetching into `target`."""
    path = Path(path)
    if not path.exists():
        raise PlanNotFound(path)
    if target is not None and _same_file(path, target.path):
        raise InvalidValue("commissioner.same_file", name=path.name)
    header = read_header(path)  # a file that is no plan, or damaged at its start, is refused here
    addressees = _addressees(target) if target is not None else set()
    journal = sqlite.journal_path(path)
    if header.user_version >= SCHEMA_VERSION and not journal.exists():  # a newer one: open_plan refuses it
        with open_plan(path, read_only=True) as source:
            return _read(source, path, unit, year, addressees, source.notice)
    # Never upgrade another's file, nor take back a change its writer left half-done (a journal beside
    # it): the copy is upgraded or put right, in a folder of our own.
    with tempfile.TemporaryDirectory(prefix="styrapp-source-") as folder:
        copy = Path(folder) / path.name
        shutil.copyfile(path, copy)
        if journal.exists():
            shutil.copyfile(journal, sqlite.journal_path(copy))
        with open_plan(copy) as source:
            return _read(source, path, unit, year, addressees, "")


def _addressees(target: PlanFile) -> set[str]:
    with target.session() as session:
        org = session.get(Organisation, 1)
    if org is None:
        return set()
    return {name.casefold() for name in (org.name, org.short_name) if name}


def _read(source: PlanFile, path: Path, unit: str | None, year: int | None, addressees: set[str],
          notice: str) -> SourcePlan:
    if year is not None:
        source.year = year
    with source.session() as session:
        org = session.get(Organisation, 1)
        plan = session.get(Plan, 1)
        levels = list(session.execute(select(GovernanceLevel).order_by(GovernanceLevel.position)).scalars())
        nodes = list(session.execute(select(Node)).scalars())
        units = list(session.execute(select(OrgUnit).order_by(OrgUnit.position)).scalars())
        links = session.execute(select(NodeLink.source_id, NodeLink.target_id)).all()
        plan_title = title_in_view(session)
        plan_year = source.year or plan.year
    by_level = {lv.id: lv for lv in levels}
    depth: dict[int, int] = {}
    for tree, kind in ((Tree.GOALS.value, NodeKind.GOAL.value), (Tree.ASSIGNMENTS.value, NodeKind.ASSIGNMENT.value)):
        for position, lv in enumerate(lv for lv in levels if lv.tree == tree and lv.kind == kind):
            depth[lv.id] = position
    if unit is not None:
        wanted = unit.strip().casefold()
        chosen = {u.id for u in units if u.name.casefold() == wanted or u.short_name.casefold() == wanted
                  or u.uuid == unit.strip()}
        if not chosen:
            raise InvalidValue("commissioner.no_unit", unit=unit, name=path.name,
                               units=", ".join(u.name for u in units) or "–")
    else:
        chosen = {u.id for u in units if u.name.casefold() in addressees or (u.short_name and u.short_name.casefold() in addressees)}
    by_id = {n.id: n for n in nodes}
    _refuse_cycles(by_id, path)
    taken: dict[int, Node] = {}
    for n in nodes:
        lv = by_level[n.level_id]
        if lv.tree == Tree.GOALS.value and lv.kind == NodeKind.GOAL.value:
            taken[n.id] = n
        elif lv.kind == NodeKind.ASSIGNMENT.value and n.parent_id is None and n.owner_unit_id in chosen:
            taken[n.id] = n
    serves: dict[int, list[str]] = {}
    for source_id, target_id in links:
        if source_id in taken and target_id in taken:
            serves.setdefault(source_id, []).append(by_id[target_id].uuid)
    ordered = sorted(_parents_first(taken, by_id), key=lambda n: by_level[n.level_id].tree != Tree.GOALS.value)
    goals = [_goal(n, by_level, by_id, taken, serves) for n in ordered]
    used = {g.level for g in goals}
    return SourcePlan(
        path=path, organisation=org.name if org else "", organisation_kind=org.kind if org else "",
        plan_title=plan_title, plan_year=plan_year, plan_uuid=plan.uuid,
        levels=[SourceLevel(lv.name, lv.tree, depth.get(lv.id, 0), kind=lv.kind, used=lv.name in used) for lv in levels
                if lv.name in used or (lv.tree == Tree.GOALS.value and lv.kind == NodeKind.GOAL.value)
                or lv.kind == NodeKind.ASSIGNMENT.value],
        goals=goals, units=[u.name for u in units], notice=notice)


def _refuse_cycles(by_id: dict[int, Node], path: Path) -> None:
    """A damaged source may have goals that sit under each other; nothing of it is taken then."""
    done: set[int] = set()
    for start in by_id:
        seen: list[int] = []
        current: int | None = start
        while current is not None and current not in done:
            if current in seen:
                raise InvalidValue("commissioner.source_cycle", name=path.name, title=by_id[current].title)
            seen.append(current)
            parent = by_id.get(current)
            current = parent.parent_id if parent is not None else None
        done.update(seen)


def _parents_first(taken: dict[int, Node], by_id: dict[int, Node]) -> list[Node]:
    def key(n: Node) -> tuple:
        path = []
        current: Node | None = n
        while current is not None:
            path.append(current.position)
            current = by_id.get(current.parent_id) if current.parent_id is not None else None
        return tuple(reversed(path))

    return sorted(taken.values(), key=key)  # a parent's key is a prefix of its children's


def _goal(n: Node, by_level, by_id, taken, serves) -> SourceGoal:
    parent = n.parent_id if n.parent_id in taken else None
    lv = by_level[n.level_id]
    return SourceGoal(uuid=n.uuid, previous_uuid=n.previous_uuid, title=n.title, description=n.description,
                      level=lv.name, tree=lv.tree, parent_uuid=by_id[parent].uuid if parent else None,
                      serves=tuple(serves.get(n.id, ())))
