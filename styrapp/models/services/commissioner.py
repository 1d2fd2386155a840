"""Uppdragsgivarens mål: goals (and uppdrag) fetched from another organisation's plan and kept linked to it.

`compare` sets what the source holds now (`queries.source_plan.read_source_plan`) beside what this plan
fetched from it before (its `node_source` rows, by the source goal's uuid, or its lineage's previous
uuid after the source's turn of the year): new, changed (title, description, level), removed,
unchanged. A renamed goal is a change, not a new goal. `apply` writes only the accepted items, in one
transaction: a new goal is inserted at the level its source level maps to, under its source parent's
fetched goal (or at the top), marked origin "commissioner" with a `node_source` row; a changed one is
updated; a removed one is never deleted, only marked (`node_source.removed`), its follow-ups kept.
A level left out ("-") takes no new goals from it; goals fetched from it before are still compared (not
taken as removed), and a goal whose new level at the source is left out keeps its level here.

Here a fetched goal is read-only (services/nodes.py refuses a new title, description or parent) except
for this plan's own links, indicators and follow-up. Deleting it is allowed, with the usual confirmation
in the window: its link goes with it, and fetching again offers it as new.

Levels: `levels` maps a source level's name to this plan's level's name ("-": do not take it). A source
level left out maps to this plan's level of the same name in the same tree, else to the level at the
same depth among that tree's goal (or uppdrag) levels. When the two organisations are of different kinds (a municipality's plan into
a kommunalförbund's) a mapping must be given. The styrmodell's rules hold: a goal that would sit where
this plan's rules forbid refuses the whole import, nothing written.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import insert, select

from ...wording import joined
from ..enums import Origin
from ..errors import DomainError, InvalidValue, LevelNotAllowed
from ..file.plan_file import PlanFile
from ..file.year_scope import year_in_view
from ..queries.node_facts import node_siblings
from ..queries.source_plan import SourceGoal, SourcePlan
from ..tables import GovernanceLevel, LevelRule, Node, NodeLink, NodeSource, Organisation
from ..tables._columns import fixed_defaults
from ._common import insert_rows

NEW, CHANGED, REMOVED, UNCHANGED = "new", "changed", "removed", "unchanged"
SKIP = "-"


@dataclass(frozen=True)
class Difference:
    kind: str  # new / changed / removed / unchanged
    source_uuid: str  # the goal's uuid at the source (for a removed one: as last fetched)
    tree: str
    title: str  # as the source has it now (removed: as fetched)
    description: str
    level: str  # the source level's name
    node_id: int | None = None  # the fetched goal here (changed, removed, unchanged)
    old_title: str = ""
    old_description: str = ""
    old_level: str = ""
    level_id: int | None = None  # this plan's level it goes to (new, changed)
    restored: bool = False  # marked as removed before, back at the source now

    @property
    def fields(self) -> list[str]:
        """What changed: "title", "description", "level"."""
        out = []
        if self.kind == CHANGED:
            out += ["title"] if self.title != self.old_title else []
            out += ["description"] if self.description != self.old_description else []
            out += ["level"] if self.level != self.old_level else []
        return out


@dataclass
class Comparison:
    source: SourcePlan
    mapping: dict[str, int | None]  # source level name → this plan's level id (None: not taken)
    items: list[Difference] = field(default_factory=list)
    level_names: dict[int, str] = field(default_factory=dict)  # this plan's levels by id

    def of(self, kind: str) -> list[Difference]:
        return [d for d in self.items if d.kind == kind]

    @property
    def differences(self) -> list[Difference]:
        return [d for d in self.items if d.kind != UNCHANGED]


@dataclass
class Applied:
    added: list[int] = field(default_factory=list)  # node ids
    changed: list[int] = field(default_factory=list)
    removed: list[int] = field(default_factory=list)


def parse_levels(text: str | None) -> dict[str, str]:
    """`--levels "Målområde=Målområde,Mål=Nämndmål"` as a dict source name → target name."""
    out: dict[str, str] = {}
    for part in (text or "").split(","):
        if not part.strip():
            continue
        source, sep, target = part.partition("=")
        if not sep or not source.strip() or not target.strip():
            raise InvalidValue("commissioner.levels_syntax", part=part.strip())
        out[source.strip()] = target.strip()
    return out


def _kind(session) -> str:
    org = session.get(Organisation, 1)
    return org.kind if org is not None else ""


def map_levels(session, source: SourcePlan, levels: dict[str, str] | None) -> dict[str, int | None]:
    """Each source level in use → this plan's level id (None: not taken); see the module's doc."""
    mine = list(session.execute(select(GovernanceLevel).order_by(GovernanceLevel.position)).scalars())
    given = dict(levels or {})
    names = {lv.name for lv in source.levels}
    for name in given:
        if name not in names:
            raise InvalidValue("commissioner.unknown_source_level", level=name, name=source.path.name,
                               levels=", ".join(sorted(names)) or "–")
    if not given and source.organisation_kind and source.organisation_kind != _kind(session):
        raise InvalidValue("commissioner.kinds_differ", organisation=source.organisation,
                           levels=", ".join(lv.name for lv in source.levels if lv.used) or "–")
    mapping: dict[str, int | None] = {}
    for lv in source.levels:
        in_tree = [m for m in mine if m.tree == lv.tree and m.kind == lv.kind]  # goals to goal levels
        if lv.name in given:
            wanted = given[lv.name]
            if wanted == SKIP:
                mapping[lv.name] = None
                continue
            match = next((m for m in in_tree if m.name.casefold() == wanted.casefold()), None)
            if match is None:
                raise InvalidValue("commissioner.unknown_level", level=wanted,
                                   levels=", ".join(m.name for m in in_tree) or "–")
        else:
            match = next((m for m in in_tree if m.name.casefold() == lv.name.casefold()), None)
            if match is None and lv.depth < len(in_tree):
                match = in_tree[lv.depth]
            if match is None and lv.used:
                raise InvalidValue("commissioner.no_level", level=lv.name)
            if match is None:
                mapping[lv.name] = None
                continue
        mapping[lv.name] = match.id
    return mapping


def _linked(session, plan_uuid: str) -> dict[str, tuple[NodeSource, Node]]:
    rows = session.execute(select(NodeSource, Node).join(Node, Node.id == NodeSource.node_id)
                           .where(NodeSource.plan_uuid == plan_uuid)).all()
    return {source.source_uuid: (source, node) for source, node in rows}


def compare(plan: PlanFile, source: SourcePlan, levels: dict[str, str] | None = None) -> Comparison:
    """What fetching `source` into the year in view would add, change and mark as removed."""
    with plan.session() as session:
        mapping = map_levels(session, source, levels)
        linked = _linked(session, source.plan_uuid)
        comparison = Comparison(source, mapping, level_names=dict(
            session.execute(select(GovernanceLevel.id, GovernanceLevel.name)).all()))
        matched: set[str] = set()
        for goal in source.goals:
            key = goal.uuid if goal.uuid in linked else goal.previous_uuid if goal.previous_uuid in linked else None
            if key is None and mapping.get(goal.level) is None:  # a level left out: not taken
                continue
            if key is None:
                comparison.items.append(Difference(NEW, goal.uuid, goal.tree, goal.title, goal.description,
                                                   goal.level, level_id=mapping[goal.level]))
                continue
            matched.add(key)
            row, node = linked[key]
            same = (goal.title == node.title and goal.description == node.description and goal.level == row.level
                    and goal.uuid == row.source_uuid and not row.removed)
            comparison.items.append(Difference(
                UNCHANGED if same else CHANGED, goal.uuid, goal.tree, goal.title, goal.description, goal.level,
                node_id=node.id, old_title=node.title, old_description=node.description, old_level=row.level,
                level_id=mapping[goal.level], restored=row.removed))
        trees = dict(session.execute(select(GovernanceLevel.id, GovernanceLevel.tree)).all())
        for key, (row, node) in linked.items():
            if key not in matched and not row.removed:
                comparison.items.append(Difference(REMOVED, row.source_uuid, trees[node.level_id], node.title,
                                                   node.description, row.level, node_id=node.id, old_title=node.title,
                                                   old_description=node.description, old_level=row.level))
        return comparison


def apply(plan: PlanFile, comparison: Comparison, accepted: set[str] | None = None) -> Applied:
    """Write the accepted differences (by source uuid; None: all of them) in one transaction."""
    chosen = [d for d in comparison.differences if accepted is None or d.source_uuid in accepted]
    source = comparison.source
    goals = {g.uuid: g for g in source.goals}
    done = Applied()
    with plan.transaction() as session:
        year = year_in_view(session)
        if year is None:
            raise InvalidValue("year.none")
        rules = {(r.parent_level_id, r.child_level_id) for r in session.execute(select(LevelRule)).scalars()}
        levels = {lv.id: lv for lv in session.execute(select(GovernanceLevel)).scalars()}
        linked = _linked(session, source.plan_uuid)
        here: dict[str, int] = {key: node.id for key, (_, node) in linked.items()}
        for goal in source.goals:  # after the source's turn of the year: the same goal by its lineage
            if goal.previous_uuid in linked and goal.uuid not in here:
                here[goal.uuid] = linked[goal.previous_uuid][1].id
        ends: dict[tuple[int | None, str], int] = {}
        new_links: list[dict] = []
        level_of: dict[int, int] = {node.id: node.level_id for _, node in linked.values()}
        sources: list[dict] = []
        for item in chosen:
            goal = goals.get(item.source_uuid)
            if item.kind == NEW:
                node_id = _insert(session, goal, item, here, levels, rules, ends, year, source, level_of, sources)
                here[goal.uuid] = node_id
                done.added.append(node_id)
                new_links += [{"source_id": node_id, "target": t} for t in goal.serves]
            elif item.kind == CHANGED:
                _change(session, goal, item, levels, rules, source)
                done.changed.append(item.node_id)
            elif item.kind == REMOVED:
                row = session.get(NodeSource, item.node_id)
                row.removed = True
                session.add(row)
                done.removed.append(item.node_id)
        links = [{"source_id": link["source_id"], "target_id": here[link["target"]]}
                 for link in new_links if link["target"] in here]
        insert_rows(session, NodeSource, sources)
        insert_rows(session, NodeLink, links)
        session.flush()
    return done


def _refuse(goal: SourceGoal, exc: DomainError) -> DomainError:
    return LevelNotAllowed("commissioner.breaks_model", title=goal.title, detail=exc.text())


def _allowed(level: GovernanceLevel, parent_level: GovernanceLevel | None, rules, levels) -> DomainError | None:
    if parent_level is None:
        return None if level.allowed_at_root else LevelNotAllowed("node.not_at_top", level=level.name.lower())
    if (parent_level.id, level.id) in rules:
        return None
    allowed = [levels[c].name.lower() for p, c in sorted(rules) if p == parent_level.id]
    if allowed:
        return LevelNotAllowed("node.level_not_under", level=level.name.lower(), parent=parent_level.name.lower(),
                               allowed=joined(allowed, "or"))
    return LevelNotAllowed("node.level_not_under_nothing", level=level.name.lower(), parent=parent_level.name.lower())


def _insert(session, goal: SourceGoal, item: Difference, here, levels, rules, ends, year, source: SourcePlan,
            level_of: dict[int, int], sources: list[dict]) -> int:
    level = levels[item.level_id]
    parent_id = here.get(goal.parent_uuid) if goal.parent_uuid else None
    if parent_id is not None and parent_id not in level_of:
        level_of[parent_id] = session.execute(select(Node.level_id).where(Node.id == parent_id)).scalar_one()
    problem = _allowed(level, levels[level_of[parent_id]] if parent_id is not None else None, rules, levels)
    if problem is not None:
        raise _refuse(goal, problem)
    key = (parent_id, level.tree)
    if key not in ends:
        ends[key] = len(node_siblings(session, parent_id, level.tree))
    row = {**fixed_defaults(Node), "level_id": level.id, "parent_id": parent_id, "title": goal.title,
           "description": goal.description, "origin": Origin.COMMISSIONER.value, "year": year, "position": ends[key]}
    node_id = session.connection().execute(insert(Node.__table__).values(**row)).inserted_primary_key[0]
    ends[key] += 1
    level_of[node_id] = level.id
    sources.append({"node_id": node_id, "source_uuid": goal.uuid, "organisation": source.organisation,
                    "plan_title": source.plan_title, "plan_year": source.plan_year, "plan_uuid": source.plan_uuid,
                    "level": goal.level, "removed": False})
    return node_id


def _change(session, goal: SourceGoal, item: Difference, levels, rules, source: SourcePlan) -> None:
    node = session.get(Node, item.node_id)
    row = session.get(NodeSource, item.node_id)
    if item.level != item.old_level and item.level_id is not None and item.level_id != node.level_id:
        level = levels[item.level_id]
        if level.tree != levels[node.level_id].tree:
            raise _refuse(goal, InvalidValue("node.paste_other_tree", title=goal.title))
        parent = session.get(Node, node.parent_id) if node.parent_id is not None else None
        problem = _allowed(level, levels[parent.level_id] if parent is not None else None, rules, levels)
        for child_level in session.execute(select(Node.level_id).where(Node.parent_id == node.id)).scalars():
            problem = problem or _allowed(levels[child_level], level, rules, levels)
        if problem is not None:
            raise _refuse(goal, problem)
        node.level_id = level.id
    node.title, node.description = goal.title, goal.description
    row.source_uuid, row.level, row.removed = goal.uuid, goal.level, False
    row.organisation, row.plan_title, row.plan_year = source.organisation, source.plan_title, source.plan_year
    session.add(node)
    session.add(row)
