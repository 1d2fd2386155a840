"""What an edit changed, as a typed value: which kinds of records, which ids (Anki's `OpChanges`).

Every write that goes through `PlanFile.recording()` (every undo command, every import) yields the
`Changes` it made; the window hands them to each page, which decides from them what to redraw. They
come from the rows the database itself touched (see `models/file/edits.py`), so no service has to
remember to announce anything, and a cascade (a goal deleted with its links and follow-ups) is in
them too.

    changes.touches(Kind.NODE, Kind.UNIT)   # anything of these kinds?
    changes.ids(Kind.NODE)                  # the node ids touched (None: every one may have changed)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum


class Kind(StrEnum):
    PLAN = "plan"  # the organisation and the plan's own fields (vision, year, logo …)
    SETTING = "setting"  # the plan's settings (status rules, report options)
    UNIT = "unit"
    LEVEL = "level"  # the styrmodell: levels and where they may sit
    NODE = "node"  # goals, uppdrag, åtgärder, aktiviteter, their links and Agenda 2030 goals
    INDICATOR = "indicator"
    MEASUREMENT = "measurement"
    PERIOD = "period"
    FOLLOW_UP = "follow_up"
    RING = "ring"
    EVENT = "event"
    RISK = "risk"
    BUDGET = "budget"
    DOCUMENT = "document"
    REVIEW = "review"  # nulägeskoll
    CONTROL_FOLLOW_UP = "control_follow_up"  # the follow-up of a risk's control in a period


# Each table's rows as a kind (a row's own id is its rowid), and the ids a link row stands for.
TABLE_KINDS: dict[str, Kind] = {
    "organisation": Kind.PLAN, "plan": Kind.PLAN, "plan_value": Kind.PLAN, "plan_year": Kind.PLAN, "plan_setting": Kind.SETTING,
    "org_unit": Kind.UNIT, "governance_level": Kind.LEVEL, "node": Kind.NODE, "indicator": Kind.INDICATOR,
    "measurement": Kind.MEASUREMENT, "reporting_period": Kind.PERIOD, "follow_up": Kind.FOLLOW_UP,
    "wheel_ring": Kind.RING, "wheel_event": Kind.EVENT, "risk": Kind.RISK, "budget_line": Kind.BUDGET,
    "governing_document": Kind.DOCUMENT, "situation_review": Kind.REVIEW,
    "control_follow_up": Kind.CONTROL_FOLLOW_UP,
}
# Rows that belong to another record: (column, kind) pairs whose ids the change concerns as well.
TABLE_REFERENCES: dict[str, tuple[tuple[str, Kind], ...]] = {
    "node_link": (("source_id", Kind.NODE), ("target_id", Kind.NODE)),
    "node_sdg": (("node_id", Kind.NODE),),
    "node_source": (("node_id", Kind.NODE),),
    "checkpoint": (("node_id", Kind.NODE),),
    "indicator_node": (("indicator_id", Kind.INDICATOR), ("node_id", Kind.NODE)),
    "indicator_sdg": (("indicator_id", Kind.INDICATOR),),
    "measurement": (("indicator_id", Kind.INDICATOR),),
    "follow_up": (("node_id", Kind.NODE),),
    "level_rule": (("parent_level_id", Kind.LEVEL), ("child_level_id", Kind.LEVEL)),
    "budget_figure": (("line_id", Kind.BUDGET),),
    "wheel_event": (("ring_id", Kind.RING),),
    "control_follow_up": (("risk_id", Kind.RISK),),
    "document_node": (("document_id", Kind.DOCUMENT),),
    "review_indicator": (("review_id", Kind.REVIEW),),
}


@dataclass(frozen=True)
class Changes:
    """Kinds touched, each with the ids touched (`None`: any record of that kind may have changed)."""

    by_kind: Mapping[Kind, frozenset[int] | None] = field(default_factory=dict)

    @classmethod
    def of(cls, kind: Kind, ids: Iterable[int] | None = None) -> Changes:
        return cls({kind: None if ids is None else frozenset(ids)})

    @classmethod
    def everything(cls) -> Changes:
        """What a new plan, or a change nobody recorded, means to a page: read it all again."""
        return cls({kind: None for kind in Kind})

    def __bool__(self) -> bool:
        return bool(self.by_kind)

    def __or__(self, other: Changes) -> Changes:
        merged: dict[Kind, frozenset[int] | None] = dict(self.by_kind)
        for kind, ids in other.by_kind.items():
            if kind in merged:
                mine = merged[kind]
                merged[kind] = None if mine is None or ids is None else mine | ids
            else:
                merged[kind] = ids
        return Changes(merged)

    def touches(self, *kinds: Kind) -> bool:
        return any(kind in self.by_kind for kind in kinds)

    def ids(self, kind: Kind) -> frozenset[int] | None:
        """The ids of `kind` touched; an empty set when none were, None when any may have been."""
        if kind not in self.by_kind:
            return frozenset()
        return self.by_kind[kind]

    def __repr__(self) -> str:
        parts = [f"{k.value}={'*' if v is None else sorted(v)}" for k, v in self.by_kind.items()]
        return f"Changes({', '.join(parts)})"
