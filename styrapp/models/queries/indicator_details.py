"""Everything the indicator form edits for one indicator, with the choices its fields offer."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select

from ..file.plan_file import PlanFile
from ..tables import Indicator, IndicatorNode, IndicatorSdg, Node
from ._common import get_or_fail
from .indicator_links import LinkedNode, linked_nodes
from .units import unit_rows


@dataclass
class IndicatorDetails:
    indicator: Indicator
    sdgs: list[int] = field(default_factory=list)
    goals: list[str] = field(default_factory=list)  # titles of the goals it hangs on
    units: list[tuple[int, str]] = field(default_factory=list)  # (id, name) in tree order
    links: list[LinkedNode] = field(default_factory=list)  # the goals, uppdrag and aktiviteter it is linked to


def indicator_details(plan: PlanFile, indicator_id: int) -> IndicatorDetails:
    with plan.session() as session:
        indicator = get_or_fail(session, Indicator, indicator_id)
        session.expunge(indicator)
        sdgs = sorted(session.execute(select(IndicatorSdg.sdg).where(IndicatorSdg.indicator_id == indicator_id)).scalars())
        goals = list(session.execute(select(Node.title).join(IndicatorNode, IndicatorNode.node_id == Node.id)
                                     .where(IndicatorNode.indicator_id == indicator_id)).scalars())
    return IndicatorDetails(indicator, sdgs, goals, [(u.id, u.name) for u in unit_rows(plan)],
                            linked_nodes(plan, indicator_id))
