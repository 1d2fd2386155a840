"""What the window asks about an indicator's place in the plan: the nodes it is linked to, the
indicators of a node, what deleting one takes with it, and what the organisation calls them."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select

from ...wording import counted, joined, tr
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
    # (the level's name, its plural) → how many of the nodes linked are of that level, in styrmodell order
    links: dict[tuple[str, str], int] = field(default_factory=dict)

    @property
    def link_count(self) -> int:
        return sum(self.links.values())

    def describe(self) -> str:
        if self.values:
            text = tr("“{name}” is deleted together with {values}.", name=self.name,
                      values=counted(self.values, "{count} measured value", "{count} measured values"))
        else:
            text = tr("“{name}” is deleted.", name=self.name)
        if self.links:  # the level names are the plan's own words
            nodes = joined([f"{n} {(name if n == 1 else plural).lower()}" for (name, plural), n in self.links.items()],
                           "and")
            text += " " + str(counted(self.link_count, "Its link to {nodes} goes too.", "Its links to {nodes} go too.",
                                      nodes=nodes))
        return text


def indicator_delete_impact(plan: PlanFile, indicator_id: int) -> IndicatorDeleteImpact:
    with plan.session() as session:
        indicator = get_or_fail(session, Indicator, indicator_id)
        values = session.execute(select(func.count()).select_from(Measurement)
                                 .where(Measurement.indicator_id == indicator_id)).scalar_one()
        impact = IndicatorDeleteImpact(indicator.name, values)
        for name, plural in session.execute(
                select(GovernanceLevel.name, GovernanceLevel.plural)
                .join(Node, Node.level_id == GovernanceLevel.id)
                .join(IndicatorNode, IndicatorNode.node_id == Node.id)
                .where(IndicatorNode.indicator_id == indicator_id)
                .order_by(GovernanceLevel.tree.desc(), GovernanceLevel.position)).all():
            impact.links[(name, plural)] = impact.links.get((name, plural), 0) + 1
        return impact


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


def usual_municipality(plan: PlanFile) -> str:
    """The municipality code a new indicator most likely follows in Kolada: the organisation's own,
    else the one most of the plan's indicators follow, else none."""
    from ..tables import Organisation

    with plan.session() as session:
        own = session.execute(select(Organisation.municipality_code)).scalars().first()
        if own:
            return own
        row = session.execute(select(Indicator.kolada_municipality, func.count()).where(
            Indicator.kolada_municipality.is_not(None)).group_by(Indicator.kolada_municipality)
            .order_by(func.count().desc(), Indicator.kolada_municipality)).first()
        return row[0] if row else ""
