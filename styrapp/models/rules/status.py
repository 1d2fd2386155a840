"""Traffic lights from target, baseline, direction and outcome: the one rule used everywhere.

- No outcome or no target: UNKNOWN (grey, "ej bedömd").
- Target reached (or passed in the good direction): GREEN.
- With a baseline that lies on the far side of the target: YELLOW when the outcome has come at least
  `yellow_progress` of the way from baseline to target, else RED.
- Without a usable baseline: YELLOW when the outcome is within `tolerance` × |target| of the target,
  else RED. (A target of 0 has no relative band: reached is GREEN, anything else RED.)
- A manual override, always with a reason, wins over the rule.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...wording import Phrase
from ..enums import Direction, Status


@dataclass(frozen=True)
class Thresholds:
    yellow_progress: float = 0.5
    tolerance: float = 0.10


@dataclass(frozen=True)
class StatusResult:
    status: Status
    reason: Phrase  # a short explanation, for tooltips and reports, worded where shown


def indicator_status(
    outcome: float | None,
    target: float | None,
    baseline: float | None = None,
    direction: Direction | str = Direction.HIGHER,
    thresholds: Thresholds = Thresholds(),
    override: Status | str | None = None,
    override_reason: str = "",
) -> StatusResult:
    if override:
        return StatusResult(Status(override), Phrase("Set by hand: {reason}", reason=(override_reason or "").strip()))
    if outcome is None:
        return StatusResult(Status.UNKNOWN, Phrase("No outcome yet."))
    if target is None:
        return StatusResult(Status.UNKNOWN, Phrase("No target value."))
    sign = 1.0 if Direction(direction) == Direction.HIGHER else -1.0
    gap = sign * (outcome - target)  # >= 0: target reached
    if gap >= 0:
        return StatusResult(Status.GREEN, Phrase("The target is reached."))
    if baseline is not None and sign * (target - baseline) > 0:
        progress = (outcome - baseline) / (target - baseline)
        if progress >= thresholds.yellow_progress:
            return StatusResult(Status.YELLOW, Phrase("{share} of the way from the baseline to the target.",
                                                      share=f"{progress:.0%}"))
        if progress <= 0:
            return StatusResult(Status.RED, Phrase("No better than the baseline."))
        return StatusResult(Status.RED, Phrase("Only {share} of the way from the baseline to the target.",
                                               share=f"{progress:.0%}"))
    if target == 0:
        return StatusResult(Status.RED, Phrase("The target is not reached."))
    relative = -gap / abs(target)
    if relative <= thresholds.tolerance:
        return StatusResult(Status.YELLOW, Phrase("Close to the target ({share} to go).", share=f"{relative:.0%}"))
    return StatusResult(Status.RED, Phrase("Far from the target ({share} to go).", share=f"{relative:.0%}"))


# Shapes and words go with the colours so that status is never colour alone (print, colour blindness).
SYMBOL = {Status.GREEN: "●", Status.YELLOW: "▲", Status.RED: "■", Status.UNKNOWN: "○"}
COLOUR = {Status.GREEN: "#2E7D32", Status.YELLOW: "#F2B300", Status.RED: "#C62828", Status.UNKNOWN: "#9E9E9E"}
