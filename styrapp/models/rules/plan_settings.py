"""Settings that belong to the plan (not the person), declared once with type and default.

Stored as JSON text in the `plan_setting` table. Read with `queries.plan_settings.get_setting(plan,
STATUS_TOLERANCE)`, written with `services.plan_settings.set_setting`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T
    description: str  # for the developer: no window or report shows it


STATUS_YELLOW_PROGRESS = Setting[float](
    "status.yellow_progress", 0.5,
    "The share of the way from the baseline to the target that gives yellow (0–1).",
)
STATUS_TOLERANCE = Setting[float](
    "status.tolerance", 0.10,
    "Without a baseline: how far from the target (as a share of the target) still gives yellow.",
)
MAX_GOALS_PER_COMMITTEE = Setting[int](
    "check.max_goals_per_committee", 3, "More goals than this for one committee give a warning (Västerås: 3).",
)
REPORT_OPTIONS = Setting[dict](
    "report.options", {}, "Report settings: language, profile colour and sections per kind of report.",
)

TEMPLATE_SAMPLES = Setting[dict](
    "template.samples", {},
    "The template's sample texts a new plan starts with (field → text): while a field still holds its sample, "
    "the plan's details and Översikt say it is a sample to replace.",
)
INDICATOR_NAME = Setting[str](
    "styrmodell.indicator_name", "",
    "What the organisation calls one indicator (NVK: Nyckeltal, Norsjö: KF indikator); empty: Indikator.",
)
RISK_THRESHOLD = Setting[int](
    "control.risk_threshold", 6,
    "A risk whose value (likelihood × consequence) is over this is suggested for the internkontrollplan "
    "(rules.risk.is_suggested): 6 suggests the high and very high risks (8–16).",
)

# --- ekonomi (issue 16) ----------------------------------------------------------------------------
ECONOMY_UNIT = Setting[str](
    "economy.unit", "tkr", "The unit the plan's amounts are shown in: kr, tkr or mnkr (what is kept is öre).",
)
ECONOMY_RULE = Setting[dict](
    "economy.rule", {"green": 0.0, "yellow": 0.02},
    "A budget deviation's colour: a deficit up to `green` of the frame is green, up to `yellow` yellow, more red.",
)

# Issue 17: who decides each kind of styrdokument (Norrtälje: strategi/program and policy by KF, plan and
# riktlinje by a nämnd or KS). Kind → the bodies that may decide it; the first is a new document's default.
DOCUMENT_DECIDERS = Setting[dict](
    "documents.deciders", {"strategy": ["KF"], "plan": ["nämnd", "KS"], "policy": ["KF"], "guideline": ["nämnd", "KS"]},
    "Who may decide each kind of governing document; the first body is a new document's default.",
)

# Issue 18: the turn of the year (services.rollover). On: year Y is made from Y−1 only once Y−1 is closed
# (after its årsredovisning); the CLI refuses, the window asks to close it first.
CLOSE_BEFORE_ROLLOVER = Setting[bool](
    "year.close_before_rollover", False,
    "The newest plan year must be closed before the next one is made from it (the turn of the year).",
)

# Every setting declared above, in order (a new one is found without editing a list).
ALL: tuple[Setting, ...] = tuple(value for value in list(globals().values()) if isinstance(value, Setting))
