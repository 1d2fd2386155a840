"""Kom igång: the steps of making a plan one's own, in the order the styrmodell works, each ticked off from
what the plan holds. Översikt shows them until every one is done."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from ..enums import Tree
from ..file.plan_file import PlanFile
from ..tables import FollowUp, GovernanceLevel, IndicatorNode, Node, OrgUnit, ReportingPeriod, WheelEvent
from .plan_details import plan_details


@dataclass(frozen=True)
class Step:
    key: str  # details, units, level, indicators, periods, follow_up, wheel
    done: bool
    level: str = ""  # for a level's step: the level's plural as the organisation says it
    goes_to: str = ""  # where it is done: a page's key, or "details", "organisation", "periods" (dialogs)


def getting_started(plan: PlanFile) -> list[Step]:
    details = plan_details(plan)
    steps = [Step("details", bool(details.organisation and details.vision and not details.samples), goes_to="details")]
    with plan.session() as session:
        def some(*query) -> bool:
            return session.execute(select(func.count()).select_from(*query).limit(1)).scalar_one() > 0

        steps.append(Step("units", some(OrgUnit), goes_to="organisation"))
        per_level = dict(session.execute(select(Node.level_id, func.count()).group_by(Node.level_id)).all())
        levels = session.execute(select(GovernanceLevel).order_by(GovernanceLevel.tree.desc(),
                                                                   GovernanceLevel.position)).scalars().all()
        goal_levels = [lv for lv in levels if lv.tree == Tree.GOALS.value]
        for level in goal_levels:
            steps.append(Step("level", per_level.get(level.id, 0) > 0, level.plural, "goals"))
        steps.append(Step("indicators", some(IndicatorNode), goes_to="indicators"))
        for level in (lv for lv in levels if lv.tree == Tree.ASSIGNMENTS.value):
            steps.append(Step("level", per_level.get(level.id, 0) > 0, level.plural, "assignments"))
        steps.append(Step("periods", some(ReportingPeriod), goes_to="periods"))
        steps.append(Step("wheel", some(WheelEvent), goes_to="wheel"))
        steps.append(Step("follow_up", session.execute(
            select(func.count()).select_from(FollowUp).where(FollowUp.assessment.is_not(None))).scalar_one() > 0,
            goes_to="follow_up"))
    return steps
