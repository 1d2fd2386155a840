"""What a report needs to follow the organisation's own styrmodell (issue 19, item 4): the plan's
template, each node's level key (Norsjö's nyckelresultat are rows under their verksamhetsmål), and each
indicator's Agenda 2030 goals (NVK's nyckeltal). Qt-free."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select

from ..file.plan_file import PlanFile
from ..tables import GovernanceLevel, IndicatorSdg, Node, Plan


@dataclass(frozen=True)
class StyrmodellData:
    template: str = "default"
    level_keys: dict[int, str] = field(default_factory=dict)  # node id → its level's key ("key_result")
    sdgs: dict[int, tuple[int, ...]] = field(default_factory=dict)  # indicator id → its Agenda 2030 goals

    @property
    def keys(self) -> frozenset[str]:
        """The level keys the plan's nodes use."""
        return frozenset(self.level_keys.values())


def styrmodell_data(plan: PlanFile) -> StyrmodellData:
    with plan.session() as session:
        row = session.get(Plan, 1)
        keys = dict(session.execute(select(Node.id, GovernanceLevel.key)
                                    .join(GovernanceLevel, GovernanceLevel.id == Node.level_id)).all())
        sdgs: dict[int, list[int]] = {}
        for indicator, number in session.execute(select(IndicatorSdg.indicator_id, IndicatorSdg.sdg)
                                                 .order_by(IndicatorSdg.sdg)):
            sdgs.setdefault(indicator, []).append(number)
    return StyrmodellData(row.template if row else "default", keys, {i: tuple(n) for i, n in sdgs.items()})
