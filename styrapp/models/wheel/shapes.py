"""What a wheel is drawn with: wedges (arcs of events and months), dots, lines and texts, and the `Scene` that
holds them with the questions a painter's user asks of it (which ring, date, event or edge is under a point).
Qt-free; `scene.build_scene` lays a wheel out into one."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date

from .geometry import (
    Ring,
    WheelYear,
    hit_ring,
    in_arc,
    polar,
)

INK = "#1F2A36"
MUTED = "#5F6B7A"
TODAY = "#C62828"
LINE = "#C9D1DB"
MONTH_FILLS = ("#EEF2F6", "#E2E8EF")


@dataclass(frozen=True)
class Wedge:
    """An annulus sector from `angle` clockwise by `sweep`, between radii `inner` and `outer`."""

    inner: float
    outer: float
    angle: float
    sweep: float
    fill: str
    alpha: float = 1.0
    stroke: str | None = None
    event_id: int | None = None


@dataclass(frozen=True)
class Dot:
    x: float
    y: float
    r: float
    fill: str
    stroke: str | None = "#FFFFFF"
    event_id: int | None = None
    angle: float = 0.0  # where on the wheel (for hit-testing)
    radius: float = 0.0


@dataclass(frozen=True)
class Line:
    x1: float
    y1: float
    x2: float
    y2: float
    colour: str = LINE
    width: float = 1.0
    event_id: int | None = None  # a leader line belongs to its event


@dataclass(frozen=True)
class Text:
    x: float
    y: float
    text: str
    size: float
    colour: str = INK
    rotation: float = 0.0  # degrees clockwise on the page
    bold: bool = False
    align: str = "center"  # "left" or "right": (x, y) is that end of the text; always vertically centred
    event_id: int | None = None  # an event's name or number belongs to it


@dataclass(frozen=True)
class LegendEntry:
    number: int | None
    colour: str
    text: str
    event_id: int | None = None


@dataclass
class Scene:
    width: float
    height: float
    cx: float
    cy: float
    radius: float  # outer edge of the month ring
    wheel: WheelYear
    wedges: list[Wedge] = field(default_factory=list)
    dots: list[Dot] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)
    texts: list[Text] = field(default_factory=list)
    legend: list[LegendEntry] = field(default_factory=list)
    rings: list[tuple[int, Ring]] = field(default_factory=list)  # (ring id, its band)
    lanes: dict[int, int] = field(default_factory=dict)  # event id → lane in its ring
    numbers: dict[int, int] = field(default_factory=dict)  # event id → its legend number
    placement: dict[int, str] = field(default_factory=dict)  # event id → "inside", "outside" or "number"
    today: tuple[float, float, float] | None = None  # (angle, inner, outer)
    font: float = 10.0  # the scene's base font size
    box: tuple[float, float] = (0.0, 0.0)  # the wheel's own room (width, height) from the top left
    keep_out: tuple[float, float] | None = None  # a legend in the top left corner (width, height)

    def ring_at(self, x: float, y: float) -> tuple[int, int] | None:
        """(ring id, lane) under a point, or None."""
        radius, _ = polar(x, y, self.cx, self.cy)
        hit = hit_ring([ring for _, ring in self.rings], radius)
        return None if hit is None else (self.rings[hit[0]][0], hit[1])

    def date_at(self, x: float, y: float) -> date:
        return self.wheel.date_at(polar(x, y, self.cx, self.cy)[1])

    def event_at(self, x: float, y: float, slack: float = 3.0) -> int | None:
        """The event drawn under a point (dots first, as they sit on top), or None."""
        for dot in reversed(self.dots):
            if dot.event_id is not None and math.hypot(x - dot.x, y - dot.y) <= dot.r + slack:
                return dot.event_id
        radius, angle = polar(x, y, self.cx, self.cy)
        for wedge in reversed(self.wedges):
            if wedge.event_id is None or not wedge.inner <= radius <= wedge.outer:
                continue
            tolerance = math.degrees(slack / max(radius, 1.0))
            if in_arc(angle, wedge.angle - tolerance, wedge.sweep + 2 * tolerance):
                return wedge.event_id
        return None

    def edge_at(self, x: float, y: float, event_id: int, slack: float = 5.0) -> str | None:
        """"start" or "end" when the point is on that end of the event's arc (to drag its length)."""
        radius, angle = polar(x, y, self.cx, self.cy)
        tolerance = math.degrees(slack / max(radius, 1.0))
        for wedge in self.wedges:
            if wedge.event_id == event_id and wedge.inner <= radius <= wedge.outer and wedge.sweep > 3 * tolerance:
                if abs(signed_angle(angle - (wedge.angle + wedge.sweep))) <= tolerance:
                    return "end"
                if abs(signed_angle(angle - wedge.angle)) <= tolerance:
                    return "start"
        return None


def signed_angle(delta: float) -> float:
    return (delta + 180.0) % 360.0 - 180.0
