"""Which of Agenda 2030's 17 global goals the plan works towards, through its goals and uppdrag and
through its indicators, and which it does not touch."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select

from ..file.plan_file import PlanFile
from ..rules.agenda2030 import SDGS, sdg_name
from ..tables import Indicator, IndicatorSdg, Node, NodeSdg


@dataclass
class SdgCoverage:
    number: int
    name: str
    colour: str
    nodes: list[str] = field(default_factory=list)  # titles of goals and uppdrag linked to it
    indicators: list[str] = field(default_factory=list)

    @property
    def covered(self) -> bool:
        return bool(self.nodes or self.indicators)


def sdg_coverage(plan: PlanFile) -> list[SdgCoverage]:
    out = {number: SdgCoverage(number, sdg_name(number), colour) for number, _name, colour in SDGS}
    with plan.session() as session:
        for number, title in session.execute(select(NodeSdg.sdg, Node.title).join(Node, Node.id == NodeSdg.node_id)
                                             .order_by(Node.position, Node.id)).all():
            out[number].nodes.append(title)
        for number, name in session.execute(select(IndicatorSdg.sdg, Indicator.name)
                                            .join(Indicator, Indicator.id == IndicatorSdg.indicator_id)
                                            .order_by(Indicator.position, Indicator.id)).all():
            out[number].indicators.append(name)
    return [out[number] for number in sorted(out)]
