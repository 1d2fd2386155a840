"""A plan setting as stored, or its default when missing or of the wrong kind."""

from __future__ import annotations

import json
from typing import TypeVar

from ..file.plan_file import PlanFile
from ..rules.plan_settings import Setting
from ..tables import PlanSetting

T = TypeVar("T")


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
