"""What the printed reports need from a plan, read in a few queries, as plain rows (Qt-free)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from ..file.plan_file import PlanFile
from ..file.year_scope import year_in_view
from ..tables import (
    BudgetFigure,
    BudgetLine,
    FollowUp,
    IndicatorNode,
    Node,
    NodeLink,
    NodeSource,
    Organisation,
    OrgUnit,
    Plan,
    SituationReview,
)
from .listings import IndicatorLine, indicator_lines
from .node_rows import read_tree
from .plan_details import value_rows
from .tree_rows import NodeRow
from .years import title_in_view


@dataclass
class PlanHeader:
    organisation: str
    logo: bytes | None
    title: str
    year: int
    vision: str
    vision_text: str
    values: str
    decided_by: str
    decided_on: date | None
    note: str
    value_list: tuple[tuple[str, str], ...] = ()  # the värdegrund's values: (name, text), in order
    term: tuple[int, int] | None = None  # the mandatperiod


def plan_header(plan: PlanFile) -> PlanHeader:
    with plan.session() as session:
        org = session.get(Organisation, 1)
        row = session.get(Plan, 1)
        values = tuple((v.name, v.text) for v in value_rows(session))
        term = (row.term_start, row.term_end) if row and row.term_start and row.term_end else None
        return PlanHeader(org.name if org else "", org.logo if org else None, title_in_view(session) if row else "",
                          year_in_view(session) or date.today().year, row.vision if row else "",
                          row.vision_text if row else "", row.values if row else "", row.decided_by if row else "",
                          row.decided_on if row else None, row.note if row else "", values, term)


@dataclass(frozen=True)
class Scope:
    """The units a report is for: one unit and every unit beneath it (a förvaltning with its
    avdelningar). A report without a scope is for the whole organisation."""

    unit: str
    ids: frozenset[int]
    names: frozenset[str]


def unit_scope(plan: PlanFile, unit: str | None) -> Scope | None:
    """The scope of the unit named `unit` (as the engine resolved it), or None for the whole organisation."""
    if unit is None:
        return None
    with plan.session() as session:
        units = session.execute(select(OrgUnit.id, OrgUnit.parent_id, OrgUnit.name)).all()
    children: dict[int | None, list[int]] = {}
    for ident, parent, _name in units:
        children.setdefault(parent, []).append(ident)
    names = {ident: name for ident, _parent, name in units}
    found = [ident for ident, _parent, name in units if name.casefold() == unit.casefold()]
    ids: set[int] = set()
    todo = list(found)
    while todo:
        ident = todo.pop()
        if ident not in ids:
            ids.add(ident)
            todo.extend(children.get(ident, []))
    return Scope(unit, frozenset(ids), frozenset(names[i] for i in ids))


def _kept(rows, owner_of, scope: Scope | None) -> set[int]:
    """The ids of the tree rows (in tree order) a scope keeps: those its units own, and the rows above
    them, so each stands in its context (a KF goal above the avdelning's goal)."""
    if scope is None:
        return {row.id for row in rows}
    parent = {row.id: row.parent_id for row in rows}
    kept: set[int] = set()
    for row in rows:
        if owner_of(row.id) in scope.ids:
            ident = row.id
            while ident is not None and ident not in kept:
                kept.add(ident)
                ident = parent.get(ident)
    return kept


@dataclass(frozen=True)
class SourceMark:
    """Where an uppdragsgivarens mål comes from (its node_source row): the uppdragsgivare, its plan and
    year, the goal's level there, and whether the source has removed it since."""

    organisation: str
    plan_title: str
    plan_year: int
    level: str = ""
    removed: bool = False

    @property
    def plan(self) -> str:
        """The source plan as printed: its title, with its year when the title does not say it."""
        title = self.plan_title.strip()
        year = str(self.plan_year)
        return title if year in title else " ".join(part for part in (title, year) if part)


@dataclass
class GoalRow:
    node: NodeRow
    depth: int
    description: str
    how_measured: str
    colour: str | None
    indicators: list[IndicatorLine] = field(default_factory=list)
    work: list[WorkRow] = field(default_factory=list)  # uppdrag, åtgärder, aktiviteter that serve it
    source: SourceMark | None = None  # an uppdragsgivarens mål: where it comes from


@dataclass(frozen=True)
class WorkRow:
    id: int
    level_name: str
    title: str
    owner: str
    responsible: str
    start: date | None
    due: date | None
    schedule: str
    progress: str
    purpose: str = ""
    follow_up_method: str = ""
    budget_impact: bool = False
    change: str = ""  # förflyttning (Askersund's uppdrag)
    desired_level: str = ""  # önskad nivå
    assignment_origin: str | None = None  # ursprung
    budget_amount_tkr: float | None = None


@dataclass
class Trees:
    """Both trees and the links between them, read once for a report."""

    nodes: dict[int, Node]
    goals: list[NodeRow]
    work: list[NodeRow]
    serves: list[tuple[int, int]]  # (source, target): an uppdrag serves a goal
    indicator_links: list[tuple[int, int]]  # (indicator, node)
    sources: dict[int, SourceMark] = field(default_factory=dict)  # node id → where an uppdragsgivarens mål comes from


def read_trees(plan: PlanFile) -> Trees:
    with plan.session() as session:
        nodes = {n.id: n for n in session.execute(select(Node)).scalars()}
        # the links of the year in view only (a link row has no year; its nodes have)
        serves = [tuple(r) for r in session.execute(select(NodeLink.source_id, NodeLink.target_id))
                  if r[0] in nodes and r[1] in nodes]
        links = [tuple(r) for r in session.execute(select(IndicatorNode.indicator_id, IndicatorNode.node_id))
                 if r[1] in nodes]
        sources = {row.node_id: SourceMark(row.organisation, row.plan_title, row.plan_year, row.level, row.removed)
                   for row in session.execute(select(NodeSource)).scalars() if row.node_id in nodes}  # the year's
    return Trees(nodes, read_tree(plan, "goals").rows, read_tree(plan, "assignments").rows, serves, links, sources)


def _work_row(row: NodeRow, node: Node) -> WorkRow:
    return WorkRow(row.id, row.level_name, row.title, row.owner, row.responsible, row.start, row.due, node.schedule,
                   row.progress, node.purpose, node.follow_up_method, node.budget_impact, node.change,
                   node.desired_level, node.assignment_origin, node.budget_amount_tkr)


def goals_of(trees: Trees, indicators: dict[int, IndicatorLine], scope: Scope | None = None) -> list[GoalRow]:
    """The goal tree in order, each goal with its indicators and the work that serves it; with a scope,
    the goals its units own (and those above them) and the work its units own."""
    extra = trees.nodes
    links: dict[int, list[int]] = {}
    for ind_id, node_id in trees.indicator_links:
        links.setdefault(node_id, []).append(ind_id)
    serves: dict[int, list[int]] = {}
    for source, target in trees.serves:
        serves.setdefault(target, []).append(source)
    work_rows = {row.id: row for row in trees.work}
    kept = _kept(trees.goals, lambda ident: extra[ident].owner_unit_id, scope)
    out = []
    depth: dict[int | None, int] = {None: -1}
    for row in trees.goals:
        depth[row.id] = depth[row.parent_id] + 1
        if row.id not in kept:
            continue
        node = extra[row.id]
        goal = GoalRow(row, depth[row.id], node.description, node.how_measured, node.colour,
                       [indicators[i] for i in sorted(links.get(row.id, []), key=lambda i: indicators[i].name)
                        if i in indicators], source=trees.sources.get(row.id))
        for source in serves.get(row.id, []):
            work = work_rows.get(source)
            if work is not None and (scope is None or extra[source].owner_unit_id in scope.ids):
                goal.work.append(_work_row(work, extra[source]))
        out.append(goal)
    return out


def goal_rows(plan: PlanFile, until: date | None = None, scope: Scope | None = None) -> list[GoalRow]:
    """`goals_of` read from the plan, the indicators as they stood on `until`."""
    return goals_of(read_trees(plan), {line.id: line for line in indicator_lines(plan, until)}, scope)


def _area_of(trees: Trees):
    """A function: goal id → the title of the målområde (root goal) above it, or None for no goal."""
    parent = {g.id: g.parent_id for g in trees.goals}
    title = {g.id: g.title for g in trees.goals}

    def area(goal_id: int) -> str | None:
        if goal_id not in title:
            return None
        while parent.get(goal_id) is not None:
            goal_id = parent[goal_id]
        return title[goal_id]

    return area


def work_of(trees: Trees, scope: Scope | None = None) -> list[tuple[int, WorkRow, list[str]]]:
    """The uppdrag tree in order: (depth, row, titles of the målområden it serves); with a scope, the work
    its units own and what it belongs to."""
    area = _area_of(trees)
    extra = trees.nodes
    serves: dict[int, list[int]] = {}
    for source, target in trees.serves:
        serves.setdefault(source, []).append(target)
    out = []
    depth: dict[int | None, int] = {None: -1}
    kept = _kept(trees.work, lambda ident: extra[ident].owner_unit_id, scope)
    for row in trees.work:
        depth[row.id] = depth[row.parent_id] + 1
        if row.id not in kept:
            continue
        areas = sorted({area(t) for t in serves.get(row.id, [])} - {None})
        out.append((depth[row.id], _work_row(row, extra[row.id]), areas))
    return out


def work_rows(plan: PlanFile, scope: Scope | None = None) -> list[tuple[int, WorkRow, list[str]]]:
    return work_of(read_trees(plan), scope)


def indicators_in_scope(trees: Trees, scope: Scope | None) -> set[int] | None:
    """The indicators tied to a goal or an uppdrag the scope keeps (None: every indicator)."""
    if scope is None:
        return None
    owner = {ident: node.owner_unit_id for ident, node in trees.nodes.items()}
    kept = _kept(trees.goals, owner.get, scope) | _kept(trees.work, owner.get, scope)
    return {indicator for indicator, node in trees.indicator_links if node in kept}


def indicator_areas(trees: Trees) -> dict[int, tuple[list[str], bool, bool]]:
    """Indicator id → (KF målområden it belongs to, an uppdrag is tied to it, that uppdrag has budget impact).
    An uppdrag is tied to an indicator linked to the uppdrag itself, or to a goal the uppdrag serves
    (node_link); the målområden are those of the goals the indicator is linked to, and of the goals an
    uppdrag it is linked to serves."""
    area = _area_of(trees)
    work_ids = {row.id for row in trees.work}
    serving: dict[int, list[int]] = {}  # goal → the work that serves it
    served: dict[int, list[int]] = {}  # work → the goals it serves
    for source, target in trees.serves:
        serving.setdefault(target, []).append(source)
        served.setdefault(source, []).append(target)
    out: dict[int, tuple[list[str], bool, bool]] = {}
    for indicator_id, node_id in trees.indicator_links:
        areas, has_work, has_budget = out.get(indicator_id, ([], False, False))
        if node_id in work_ids:
            work, goals = [node_id], served.get(node_id, [])
        else:
            work, goals = [w for w in serving.get(node_id, []) if w in work_ids], [node_id]
        for goal in goals:
            root = area(goal)
            if root is not None and root not in areas:
                areas.append(root)
        if work:
            has_work = True
            has_budget = has_budget or any(trees.nodes[w].budget_impact for w in work if w in trees.nodes)
        out[indicator_id] = (areas, has_work, has_budget)
    return out


@dataclass(frozen=True)
class BudgetRow:
    unit: str
    name: str
    frame: int  # öre (rules/money.py)
    outcome: int | None
    forecast: int | None
    kind: str = "operating"


def budget_rows(plan: PlanFile, year: int, period_id: int | None = None, scope: Scope | None = None) -> list[BudgetRow]:
    """The year's budget lines with their outcome and forecast at a period; with a scope, its units' lines."""
    with plan.session() as session:
        units = dict(session.execute(select(OrgUnit.id, OrgUnit.name)).all())
        figures = {}
        if period_id is not None:
            figures = {f.line_id: f for f in session.execute(
                select(BudgetFigure).where(BudgetFigure.period_id == period_id)).scalars()}
        out = []
        for line in session.execute(select(BudgetLine).where(BudgetLine.year == year).order_by(BudgetLine.id)).scalars():
            if scope is not None and line.unit_id not in scope.ids:
                continue
            figure = figures.get(line.id)
            out.append(BudgetRow(units.get(line.unit_id, ""), line.name, line.frame_ore,
                                 figure.outcome_ore if figure else None, figure.forecast_ore if figure else None,
                                 line.kind))
        return out


def follow_ups(plan: PlanFile, period_id: int) -> dict[int, FollowUp]:
    with plan.session() as session:
        rows = list(session.execute(select(FollowUp).where(FollowUp.period_id == period_id)).scalars())
        for row in rows:
            session.expunge(row)
        return {row.node_id: row for row in rows}


@dataclass(frozen=True)
class ReviewRow:
    unit: str
    year: int
    mission: str
    analysis: str
    needs: str
    results: str
    challenges: str
    key_figures: str
    trends: str


def situation_reviews(plan: PlanFile, year: int, unit: str | None = None) -> list[ReviewRow]:
    with plan.session() as session:
        units = dict(session.execute(select(OrgUnit.id, OrgUnit.name)).all())
        query = select(SituationReview).where(SituationReview.year == year).order_by(SituationReview.unit_id)
        out = []
        for r in session.execute(query).scalars():
            name = units.get(r.unit_id, "")
            if unit is None or name.casefold() == unit.casefold():
                out.append(ReviewRow(name, r.year, r.mission, r.analysis, r.needs, r.results, r.challenges,
                                     r.key_figures, r.trends))
        return out


def unit_names(plan: PlanFile) -> list[str]:
    with plan.session() as session:
        return list(session.execute(select(OrgUnit.name).order_by(OrgUnit.position, OrgUnit.id)).scalars())

