"""Every table of a plan file. Importing this package registers them all on SQLModel's metadata."""

from ._columns import is_uuid, new_uuid
from .budget import BudgetFigure, BudgetLine
from .control import ControlFollowUp, Risk
from .documents import DocumentNode, GoverningDocument, ReviewIndicator, SituationReview
from .followup import FollowUp, ReportingPeriod
from .governance import GovernanceLevel, LevelRule
from .indicators import Indicator, IndicatorNode, IndicatorSdg, Measurement
from .nodes import Checkpoint, Node, NodeLink, NodeSdg, NodeSource
from .organisation import Organisation, OrgUnit, Plan, PlanSetting, PlanValue
from .sdg import SDGS, Sdg, swedish_name
from .wheel import WheelEvent, WheelRing
from .years import PlanYear

__all__ = [
    "SDGS",
    "swedish_name",
    "BudgetFigure",
    "BudgetLine",
    "Checkpoint",
    "ControlFollowUp",
    "DocumentNode",
    "FollowUp",
    "GovernanceLevel",
    "GoverningDocument",
    "Indicator",
    "IndicatorNode",
    "IndicatorSdg",
    "LevelRule",
    "Measurement",
    "Node",
    "NodeLink",
    "NodeSdg",
    "NodeSource",
    "OrgUnit",
    "Organisation",
    "Plan",
    "PlanSetting",
    "PlanValue",
    "PlanYear",
    "ReportingPeriod",
    "ReviewIndicator",
    "Risk",
    "Sdg",
    "SituationReview",
    "WheelEvent",
    "WheelRing",
    "is_uuid",
    "new_uuid",
]
