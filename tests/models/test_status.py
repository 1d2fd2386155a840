"""The traffic-light rule on its edge cases."""

import pytest

from styrapp.models.enums import Status
from styrapp.models.rules.status import Thresholds, indicator_status


@pytest.mark.parametrize(
    ("outcome", "target", "baseline", "direction", "expected"),
    [
        (None, 75, 68, "higher", Status.UNKNOWN),  # no outcome
        (70, None, 68, "higher", Status.UNKNOWN),  # no target
        (75, 75, 68, "higher", Status.GREEN),  # exactly on target
        (72, 75, 68, "higher", Status.YELLOW),  # 4/7 of the way
        (69, 75, 68, "higher", Status.RED),  # 1/7 of the way
        (60, 75, 68, "higher", Status.RED),  # worse than baseline
        (5.0, 5.0, 6.8, "lower", Status.GREEN),  # lower is better, on target
        (5.8, 5.0, 6.8, "lower", Status.YELLOW),
        (7.6, 5.0, 6.8, "lower", Status.RED),  # worse than baseline
        (4.1, 5.0, 6.8, "lower", Status.GREEN),  # passed the target
        (70, 75, None, "higher", Status.YELLOW),  # no baseline: within 10 %
        (60, 75, None, "higher", Status.RED),
        (70, 75, 75, "higher", Status.YELLOW),  # target equals baseline: tolerance rule
        (80, 75, 90, "higher", Status.GREEN),  # baseline already beyond target
        (72, 75, 90, "higher", Status.YELLOW),  # … falls back to tolerance
        (0, 0, 3, "lower", Status.GREEN),  # zero target reached
        (1, 0, None, "lower", Status.RED),  # zero target, no relative band
        (1, 0, 3, "lower", Status.YELLOW),  # 2/3 of the way down
    ],
)
def test_rule(outcome, target, baseline, direction, expected):
    assert indicator_status(outcome, target, baseline, direction).status == expected


def test_thresholds_are_configurable():
    assert indicator_status(72, 75, 68, "higher", Thresholds(yellow_progress=0.8)).status == Status.RED
    assert indicator_status(60, 75, None, "higher", Thresholds(tolerance=0.25)).status == Status.YELLOW


def test_manual_override_wins_and_carries_its_reason():
    result = indicator_status(10, 75, 68, "higher", override="green", override_reason="Ny mätmetod i år")
    assert result.status == Status.GREEN
    assert "Ny mätmetod" in result.reason
