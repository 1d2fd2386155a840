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

from ..enums import Direction, Status


@dataclass(frozen=True)
class Thresholds:
    yellow_progress: float = 0.5
    tolerance: float = 0.10


@dataclass(frozen=True)
class StatusResult:
    status: Status
    reason: str  # a short Swedish explanation, for tooltips and reports


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
        return StatusResult(Status(override), f"Manuellt satt: {override_reason}".strip())
    if outcome is None:
        return StatusResult(Status.UNKNOWN, "Utfall saknas.")
    if target is None:
        return StatusResult(Status.UNKNOWN, "Målvärde saknas.")
    sign = 1.0 if Direction(direction) == Direction.HIGHER else -1.0
    gap = sign * (outcome - target)  # >= 0: target reached
    if gap >= 0:
        return StatusResult(Status.GREEN, "Målvärdet är nått.")
    if baseline is not None and sign * (target - baseline) > 0:
        progress = (outcome - baseline) / (target - baseline)
        if progress >= thresholds.yellow_progress:
            return StatusResult(Status.YELLOW, f"{progress:.0%} av vägen från jämförelsevärdet till målvärdet.")
        if progress <= 0:
            return StatusResult(Status.RED, "Inte bättre än jämförelsevärdet.")
        return StatusResult(Status.RED, f"Bara {progress:.0%} av vägen från jämförelsevärdet till målvärdet.")
    if target == 0:
        return StatusResult(Status.RED, "Målvärdet är inte nått.")
    relative = -gap / abs(target)
    if relative <= thresholds.tolerance:
        return StatusResult(Status.YELLOW, f"Nära målvärdet ({relative:.0%} kvar).")
    return StatusResult(Status.RED, f"Långt från målvärdet ({relative:.0%} kvar).")


# Shapes and words go with the colours so that status is never colour alone (print, colour blindness).
SYMBOL = {Status.GREEN: "●", Status.YELLOW: "▲", Status.RED: "■", Status.UNKNOWN: "○"}
COLOUR = {Status.GREEN: "#2E7D32", Status.YELLOW: "#F2B300", Status.RED: "#C62828", Status.UNKNOWN: "#9E9E9E"}
