"""Facts about one node that the tree editors ask before they act: its children in order, and what
deleting it would take with it."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlmodel import Session

from ...wording import Phrase, counted, joined, tr
from ..file.plan_file import PlanFile
from ..file.year_scope import year_in_view
from ..tables import Checkpoint, FollowUp, GovernanceLevel, Indicator, IndicatorNode, Node, NodeLink
from . import trees
from ._common import get_or_fail


def _root_filter(session: Session, tree: str) -> str:
    year = int(year_in_view(session) or 0)
    return f"level_id IN (SELECT id FROM governance_level WHERE tree = '{tree}') AND year = {year}"


def node_siblings(session: Session, parent_id: int | None, tree: str) -> list[int]:
    """The ids of the nodes under `parent_id` in order (None: the top of `tree`)."""
    return trees.sibling_ids(session, "node", parent_id, _root_filter(session, tree))


def children(plan: PlanFile, parent_id: int | None, tree: str) -> list[int]:
    with plan.session() as session:
        return node_siblings(session, parent_id, tree)


@dataclass
class DeleteImpact:
    """What a delete would take with it, for the confirmation a user sees first."""

    title: str
    nodes_by_level: dict[str, int] = field(default_factory=dict)  # plural level name → count, beneath
    links: int = 0
    follow_ups: int = 0
    checkpoints: int = 0
    indicators_left_unlinked: list[str] = field(default_factory=list)

    def describe(self) -> str:
        """The confirmation, in the current language (the level names are the plan's own)."""
        parts: list = [f"{n} {name.lower()}" for name, n in self.nodes_by_level.items() if n]
        if self.follow_ups:
            parts.append(counted(self.follow_ups, "{count} follow-up", "{count} follow-ups"))
        if self.links:
            parts.append(counted(self.links, "{count} link", "{count} links"))
        if self.checkpoints:
            parts.append(counted(self.checkpoints, "{count} checkpoint", "{count} checkpoints"))
        if parts:
            text = tr("“{name}” is deleted together with {parts}.", name=self.title, parts=joined(parts, "and"))
        else:
            text = tr("“{name}” is deleted.", name=self.title)
        unlinked = self.indicators_left_unlinked
        if unlinked:
            names = joined([Phrase("“{title}”", title=name) for name in unlinked], "and")
            text += " " + str(counted(len(unlinked), "The indicator {names} stays but is no longer linked to any goal.",
                                      "The indicators {names} stay but are no longer linked to any goal.", names=names))
        return text


def delete_impact(plan: PlanFile, node_id: int) -> DeleteImpact:
    with plan.session() as session:
        node = get_or_fail(session, Node, node_id)
        ids = trees.subtree(session, "node", node_id)
        impact = DeleteImpact(title=node.title)
        beneath = ids[1:]
        if beneath:
            rows = session.execute(
                select(GovernanceLevel.plural, GovernanceLevel.position)
                .join(Node, Node.level_id == GovernanceLevel.id)
                .where(Node.id.in_(beneath))
            ).all()
            for plural, _pos in sorted(rows, key=lambda r: r[1]):
                impact.nodes_by_level[plural] = impact.nodes_by_level.get(plural, 0) + 1
        impact.links = len(session.execute(
            select(NodeLink).where(NodeLink.source_id.in_(ids) | NodeLink.target_id.in_(ids))
        ).all())
        impact.follow_ups = len(session.execute(select(FollowUp.id).where(FollowUp.node_id.in_(ids))).all())
        impact.checkpoints = len(session.execute(select(Checkpoint.id).where(Checkpoint.node_id.in_(ids))).all())
        impact.indicators_left_unlinked = _indicators_only_on(session, ids)
        return impact


def _indicators_only_on(session: Session, ids: list[int]) -> list[str]:
    linked = set(session.execute(select(IndicatorNode.indicator_id).where(IndicatorNode.node_id.in_(ids))).scalars())
    if not linked:
        return []
    elsewhere = set(
        session.execute(
            select(IndicatorNode.indicator_id).where(
                IndicatorNode.indicator_id.in_(linked), IndicatorNode.node_id.not_in(ids)
            )
        ).scalars()
    )
    orphans = linked - elsewhere
    return sorted(session.execute(select(Indicator.name).where(Indicator.id.in_(orphans))).scalars())
