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
    description: str


STATUS_YELLOW_PROGRESS = Setting[float](
    "status.yellow_progress", 0.5,
    "Andel av vägen från jämförelsevärde till målvärde som ger gult (0–1).",
)
STATUS_TOLERANCE = Setting[float](
    "status.tolerance", 0.10,
    "Utan jämförelsevärde: hur långt från målvärdet (andel av målvärdet) som ännu ger gult.",
)
MAX_GOALS_PER_COMMITTEE = Setting[int](
    "check.max_goals_per_committee", 3, "Fler mål än så för en nämnd ger en varning (Västerås: 3).",
)
REPORT_OPTIONS = Setting[dict](
    "report.options", {}, "Rapportinställningar: språk, profilfärg och avsnitt per rapporttyp.",
)

ALL = (STATUS_YELLOW_PROGRESS, STATUS_TOLERANCE, MAX_GOALS_PER_COMMITTEE, REPORT_OPTIONS)
