"""Store a plan setting."""

from __future__ import annotations

import json
from typing import TypeVar

from ..errors import InvalidValue
from ..file.plan_file import PlanFile
from ..queries.plan_settings import get_setting
from ..rules.plan_settings import Setting
from ..tables import PlanSetting

T = TypeVar("T")


def set_setting(plan: PlanFile, setting: Setting[T], value: T) -> T:
    """Store a plan setting; returns the old value."""
    if isinstance(setting.default, float) and isinstance(value, int):
        value = float(value)
    if not isinstance(value, type(setting.default)):
        raise InvalidValue("setting.type", key=setting.key, type=type(setting.default).__name__)
    old = get_setting(plan, setting)
    with plan.transaction() as session:
        row = session.get(PlanSetting, setting.key) or PlanSetting(key=setting.key, value="")
        row.value = json.dumps(value, ensure_ascii=False)
        session.add(row)
    return old
