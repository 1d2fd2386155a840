"""What the window asks about an indicator's place in the plan: the nodes it is linked to, the
indicators of a node, what deleting one takes with it, and what the organisation calls them."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select

from ...wording import counted, joined, tr
from ..enums import Tree
from ..file.plan_file import PlanFile
from ..rules.plan_settings import INDICATOR_NAME
from ..tables import GovernanceLevel, Indicator, IndicatorNode, Measurement, Node
from ._common import get_or_fail
from .plan_settings import get_setting


def indicator_word(plan: PlanFile) -> str:
    """What this organisation calls one indicator ("Nyckeltal", "KF indikator"), else "Indicator"
    in the current language."""
    return get_setting(plan, INDICATOR_NAME).strip() or tr("Indicator")


@dataclass
class IndicatorDeleteImpact:
    """What deleting an indicator takes with it, for the confirmation a person sees first."""

    name: str
    values: int = 0
    goals: list[str] = field(default_factory=list)  # titles of the goals it is linked to
    others: list[str] = field(default_factory=list)  # titles of the uppdrag, åtgärder, aktiviteter

    def describe(self) -> str:
        parts = []
        if self.values:
            parts.append(counted(self.values, "{count} measured value", "{count} measured values"))
        if self.goals:
            parts.append(counted(len(self.goals), "its link to {count} goal", "its links to {count} goals"))
        if self.others:
            parts.append(counted(len(self.others), "its link to {count} assignment or activity",
                                 "its links to {count} assignments or activities"))
        if parts:
            return tr("“{name}” is deleted together with {parts}.", name=self.name, parts=joined(parts, "and"))
        return tr("“{name}” is deleted.", name=self.name)


def indicator_delete_impact(plan: PlanFile, indicator_id: int) -> IndicatorDeleteImpact:
    with plan.session() as session:
        indicator = get_or_fail(session, Indicator, indicator_id)
        values = session.execute(select(func.count()).select_from(Measurement)
                                 .where(Measurement.indicator_id == indicator_id)).scalar_one()
        linked = session.execute(
            select(Node.title, GovernanceLevel.tree).join(IndicatorNode, IndicatorNode.node_id == Node.id)
            .join(GovernanceLevel, GovernanceLevel.id == Node.level_id)
            .where(IndicatorNode.indicator_id == indicator_id).order_by(Node.title)).all()
        return IndicatorDeleteImpact(
            indicator.name, values, [t for t, tree in linked if tree == Tree.GOALS.value],
            [t for t, tree in linked if tree != Tree.GOALS.value])


@dataclass(frozen=True)
class LinkedNode:
    id: int
    title: str
    level: str  # the level's name in this plan ("Inriktningsmål", "Uppdrag")
    tree: str


def linked_nodes(plan: PlanFile, indicator_id: int) -> list[LinkedNode]:
    """The nodes an indicator is linked to: goals first, then uppdrag and aktiviteter, in tree order."""
    with plan.session() as session:
        rows = session.execute(
            select(Node.id, Node.title, GovernanceLevel.name, GovernanceLevel.tree)
            .join(IndicatorNode, IndicatorNode.node_id == Node.id)
            .join(GovernanceLevel, GovernanceLevel.id == Node.level_id)
            .where(IndicatorNode.indicator_id == indicator_id)
            .order_by(GovernanceLevel.tree.desc(), GovernanceLevel.position, Node.position, Node.id)).all()
    return [LinkedNode(*row) for row in rows]


def node_indicators(plan: PlanFile, node_id: int) -> list[tuple[int, str]]:
    """(id, name) of the indicators linked to a node, in the plan's order of indicators."""
    with plan.session() as session:
        return [tuple(r) for r in session.execute(
            select(Indicator.id, Indicator.name).join(IndicatorNode, IndicatorNode.indicator_id == Indicator.id)
            .where(IndicatorNode.node_id == node_id).order_by(Indicator.position, Indicator.id)).all()]


def indicator_names(plan: PlanFile) -> list[tuple[int, str]]:
    """(id, name) of every indicator in the plan's order: the choices of a node's form."""
    with plan.session() as session:
        return [tuple(r) for r in session.execute(
            select(Indicator.id, Indicator.name).order_by(Indicator.position, Indicator.id)).all()]
