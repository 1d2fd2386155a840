"""The årshjul's geometry, without Qt: where a date sits on the wheel, which lane an event takes in
its ring, which ring and date a point on the wheel means, and where labels go without overlapping.

Angles are in degrees, clockwise, 0 at the top (twelve o'clock), where the wheel's year begins:
January, or the organisation's own start month (a budget year from July, say). The same numbers
serve the painted widget and the PDF.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True)
class Sector:
    month: int  # 1–12
    start: float  # degrees
    sweep: float

    @property
    def name(self) -> str:
        """januari … (in the current language: see styrapp/wording.py)."""
        from ...wording import month_name

        return month_name(self.month)


class WheelYear:
    """One turn of the wheel: from the first day of `start_month` in `year` to the day before a year later."""

    def __init__(self, year: int, start_month: int = 1):
        if not 1 <= start_month <= 12:
            raise ValueError("start_month must be 1–12")
        self.year, self.start_month = year, start_month
        self.first = date(year, start_month, 1)
        self.last = date(year + 1, start_month, 1) - timedelta(days=1)
        self.days = (self.last - self.first).days + 1

    def offset(self, day: date) -> int:
        """Days from the wheel's first day, folded into one turn (a date a year on lands in the same place)."""
        return (day - self.first).days % self.days

    def angle(self, day: date) -> float:
        """Where `day` begins on the wheel."""
        return 360.0 * self.offset(day) / self.days

    def date_at(self, angle: float) -> date:
        """The day under `angle` (any angle; it is folded into 0–360)."""
        return self.first + timedelta(days=int((angle % 360.0) / 360.0 * self.days))

    def span(self, start: date, end: date) -> tuple[float, float]:
        """(start angle, sweep) of an event from `start` to `end` inclusive; a one-day event gets one day's
        sweep; an event that runs past the end of the turn wraps on round (its sweep never exceeds 360)."""
        days = min(self.days, max(1, (end - start).days + 1))
        return self.angle(start), 360.0 * days / self.days

    def sectors(self) -> list[Sector]:
        out = []
        for i in range(12):
            month = (self.start_month - 1 + i) % 12 + 1
            year = self.year + (1 if month < self.start_month else 0)
            first = date(year, month, 1)
            nxt = date(year + (month == 12), month % 12 + 1, 1)
            start = self.angle(first)
            out.append(Sector(month, start, 360.0 * (nxt - first).days / self.days))
        return out

    def week_ticks(self) -> list[tuple[float, int]]:
        """(angle, ISO week number) for every Monday in the turn."""
        day = self.first + timedelta(days=(7 - self.first.weekday()) % 7)
        out = []
        while day <= self.last:
            out.append((self.angle(day), day.isocalendar().week))
            day += timedelta(days=7)
        return out


# --- lanes: events that overlap in time share a ring in separate lanes ---------------------------------


@dataclass(frozen=True)
class Span:
    id: int
    start: date
    end: date


def assign_lanes(spans: Iterable[Span], wheel: WheelYear) -> dict[int, int]:
    """First fit by start date: each event takes the lowest lane where it overlaps nothing already there.
    Overlap is measured round the wheel, so an event from December into January meets both ends."""
    placed: list[list[tuple[int, int]]] = []  # per lane: (first day offset, last day offset), last may pass the turn
    lanes: dict[int, int] = {}
    for span in sorted(spans, key=lambda s: (wheel.offset(s.start), s.id)):
        a = wheel.offset(span.start)
        b = a + min(wheel.days, max(1, (span.end - span.start).days + 1)) - 1
        for lane, taken in enumerate(placed):
            if not any(_overlap(a, b, c, d, wheel.days) for c, d in taken):
                taken.append((a, b))
                lanes[span.id] = lane
                break
        else:
            placed.append([(a, b)])
            lanes[span.id] = len(placed) - 1
    return lanes


def _overlap(a: int, b: int, c: int, d: int, cycle: int) -> bool:
    """Do the day ranges [a, b] and [c, d] meet on a circle of `cycle` days (either may run past its end)?"""
    return any(a <= d + shift and c + shift <= b for shift in (-cycle, 0, cycle))


# --- rings and hit-testing -------------------------------------------------------------------------


@dataclass(frozen=True)
class Ring:
    index: int
    inner: float  # radius
    outer: float
    lanes: int

    def lane_radii(self, lane: int) -> tuple[float, float]:
        width = (self.outer - self.inner) / max(1, self.lanes)
        return self.inner + lane * width, self.inner + (lane + 1) * width


def ring_layout(lane_counts: list[int], inner: float, outer: float, gap: float = 2.0) -> list[Ring]:
    """Concentric rings between `inner` and `outer`, the first ring outermost; a ring with more lanes
    gets more room."""
    total = sum(max(1, n) for n in lane_counts) or 1
    room = outer - inner - gap * max(0, len(lane_counts) - 1)
    rings, radius = [], outer
    for index, count in enumerate(lane_counts):
        width = room * max(1, count) / total
        rings.append(Ring(index, radius - width, radius, max(1, count)))
        radius -= width + gap
    return rings


def polar(x: float, y: float, cx: float, cy: float) -> tuple[float, float]:
    """(radius, wheel angle) of a point, for a wheel centred at (cx, cy) with y growing downwards."""
    dx, dy = x - cx, y - cy
    return math.hypot(dx, dy), math.degrees(math.atan2(dx, -dy)) % 360.0


def point(radius: float, angle: float, cx: float, cy: float) -> tuple[float, float]:
    """The point at `radius` and wheel `angle` (the inverse of `polar`)."""
    rad = math.radians(angle)
    return cx + radius * math.sin(rad), cy - radius * math.cos(rad)


def hit_ring(rings: list[Ring], radius: float) -> tuple[int, int] | None:
    """(ring index, lane) under `radius`, or None between or outside the rings."""
    for ring in rings:
        if ring.inner <= radius <= ring.outer:
            lane = int((radius - ring.inner) / ((ring.outer - ring.inner) / ring.lanes))
            return ring.index, min(lane, ring.lanes - 1)
    return None


def in_arc(angle: float, start: float, sweep: float) -> bool:
    return (angle - start) % 360.0 <= sweep


# --- labels --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Label:
    id: int
    angle: float  # where it wants to be
    width: float  # how much of the circle it needs, in degrees


def place_labels(labels: Iterable[Label], max_shift: float = 6.0) -> tuple[dict[int, float], list[int]]:
    """Put labels round one circle without overlap: each keeps its angle, moves by up to `max_shift`
    degrees, or (when there is no room) is left to a numbered legend. Returns (placed angles, numbered ids)."""
    labels = sorted(labels, key=lambda lab: (lab.angle % 360.0, lab.id))
    widest = max((lab.width for lab in labels), default=0.0)
    starts: list[float] = []  # the arcs taken, sorted by start (0–360); they never overlap each other
    ends: list[float] = []
    out: dict[int, float] = {}
    numbered: list[int] = []

    def free(a: float, b: float) -> bool:
        for k in (-360.0, 0.0, 360.0):
            for i in range(bisect.bisect_left(starts, a + k - widest), bisect.bisect_right(starts, b + k)):
                if starts[i] < b + k and a + k < ends[i]:
                    return False
        return True

    for label in labels:
        for shift in _shifts(max_shift):
            centre = (label.angle + shift) % 360.0
            start, end = centre - label.width / 2, centre + label.width / 2
            if free(start, end):
                at = bisect.bisect_left(starts, start % 360.0)
                starts.insert(at, start % 360.0)
                ends.insert(at, start % 360.0 + label.width)
                out[label.id] = centre
                break
        else:
            numbered.append(label.id)
    return out, numbered


def _shifts(limit: float, step: float = 0.5):
    yield 0.0
    shift = step
    while shift <= limit + 1e-9:
        yield shift
        yield -shift
        shift += step
