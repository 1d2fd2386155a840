"""Settings that belong to the plan (not the person), declared once with type and default.

Stored as JSON text in the `plan_setting` table. Read with `get_setting(plan, STATUS_THRESHOLDS)`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from .errors import InvalidValue
from .plan_file import PlanFile
from .tables import PlanSetting

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


def get_setting(plan: PlanFile, setting: Setting[T]) -> T:
    with plan.session() as session:
        row = session.get(PlanSetting, setting.key)
        if row is None:
            return setting.default
        try:
            value = json.loads(row.value)
        except ValueError:
            return setting.default
        return value if isinstance(value, type(setting.default)) or (
            isinstance(setting.default, float) and isinstance(value, int)) else setting.default


def set_setting(plan: PlanFile, setting: Setting[T], value: T) -> T:
    """Store a plan setting; returns the old value."""
    if isinstance(setting.default, float) and isinstance(value, int):
        value = float(value)
    if not isinstance(value, type(setting.default)):
        raise InvalidValue(f"Inställningen {setting.key} ska vara {type(setting.default).__name__}.")
    old = get_setting(plan, setting)
    with plan.transaction() as session:
        row = session.get(PlanSetting, setting.key) or PlanSetting(key=setting.key, value="")
        row.value = json.dumps(value, ensure_ascii=False)
        session.add(row)
    return old


def all_settings(plan: PlanFile) -> dict[str, Any]:
    return {s.key: get_setting(plan, s) for s in ALL}
