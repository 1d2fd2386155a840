"""The årshjul laid out as a picture, without Qt: wedges, dots, lines and texts with their positions.

`build_scene` turns the plan's wheel (`WheelData`) and a drawing size into a `Scene`; the painted
widget (`views/wheel_view.py`) and the print renderer (`reports/wheel_figure.py`) only turn its items
into their own drawing calls, so the screen and the poster show the same wheel. Units are whatever the
caller's size is in (pixels, points); y grows downwards; angles are wheel angles (clockwise from the top).

How labels stay readable: an event's name is written inside its arc when it fits there (along the
arc); otherwise it goes outside the wheel, radially, moved a few degrees if it must; when there is no
room at all it gets a number at the event and a line in the legend.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from ...wording import month_short, tr
from ..queries.wheel_rows import EventRow, WheelData
from .geometry import (
    Label,
    Span,
    WheelYear,
    assign_lanes,
    place_labels,
    point,
    ring_layout,
)
from .shapes import (  # noqa: F401 - also offered from here
    INK,
    LINE,
    MONTH_FILLS,
    MUTED,
    TODAY,
    Dot,
    LegendEntry,
    Line,
    Scene,
    Text,
    Wedge,
    signed_angle,
)
from .text_fit import Measure, approximate_width, elide, fits, most_letters, wrap, wrap_whole  # noqa: F401 - also offered from here

OUTSIDE = 0.42  # room for names outside the wheel, as a share of its radius


@dataclass(frozen=True)
class SceneOptions:
    today: date | None = None
    legend: str = "right"  # "right", "below", "list" (below: every event with its dates, by ring),
    # "corner" (only the rings, top left) or "none"
    font: float | None = None  # the base font size; None: in proportion to the wheel (the screen)
    min_font: float = 7.0
    measure: Measure = approximate_width
    weeks: bool = True
    title: bool = True  # the organisation's name in the centre
    # Month names letter by letter along the ring (print), or each as one straight text along it (the
    # screen, where every rotated text costs paint time and the difference is hard to see).
    curved_months: bool = True
    # A name outside the wheel only for events of the outermost ring (print): a leader line from an inner
    # ring would cross the rings outside it; those events get a number and a line in the list instead.
    leaders_cross_rings: bool = True
    outside: float = OUTSIDE  # room for names outside the wheel, as a share of its radius


def build_scene(data: WheelData, width: float, height: float, options: SceneOptions | None = None) -> Scene:
    options = options or SceneOptions()
    wheel = WheelYear(data.year, data.start_month)
    box_w, box_h, legend_box = _split(width, height, options.legend)
    radius = max(10.0, min(box_w, box_h) / 2 / (1.0 + options.outside))
    scene = Scene(width, height, box_w / 2, box_h / 2, radius, wheel, box=(box_w, box_h))
    scene.font = max(options.min_font, options.font if options.font is not None else radius * 0.042)
    _month_ring(scene, options)
    rings = data.visible_rings()
    events = [e for e in data.events if data.ring(e.ring_id) and data.ring(e.ring_id).visible]
    lane_counts = []
    for ring in rings:
        lanes = assign_lanes([Span(e.id, e.start, e.end) for e in events if e.ring_id == ring.id], wheel)
        scene.lanes.update(lanes)
        lane_counts.append(max(lanes.values(), default=0) + 1)
    bands = ring_layout(lane_counts, _centre_room(data, radius, options) + radius * 0.02, radius * 0.855,
                        gap=radius * 0.012)
    scene.rings = [(ring.id, band) for ring, band in zip(rings, bands, strict=True)]
    for ring, band in zip(rings, bands, strict=True):
        scene.wedges.append(Wedge(band.inner, band.outer, 0.0, 360.0, tint(ring.colour, 0.10)))
    if options.legend == "corner" and legend_box is not None:
        scene.keep_out = _corner_size(scene, data, options)
    outside: list[tuple[EventRow, float, float]] = []  # events labelled outside: (event, angle, radius)
    band_of = dict(scene.rings)
    for event in events:
        band = band_of[event.ring_id]
        inner, outer = band.lane_radii(scene.lanes[event.id])
        pad = min((outer - inner) * 0.08, radius * 0.004)
        inner, outer = inner + pad, outer - pad
        start, sweep = wheel.span(event.start, event.end)
        mid = (inner + outer) / 2
        if event.one_day:
            centre = start + sweep / 2
            x, y = point(mid, centre, scene.cx, scene.cy)
            r = max(2.5, min((outer - inner) * 0.42, radius * 0.028))
            scene.dots.append(Dot(x, y, r, event.colour, event_id=event.id, angle=centre, radius=mid))
            outside.append((event, centre, mid))
            continue
        scene.wedges.append(Wedge(inner, outer, start, sweep, event.colour, stroke="#FFFFFF", event_id=event.id))
        if _label_in_arc(scene, event, inner, outer, start, sweep, options):
            scene.placement[event.id] = "inside"
        else:
            outside.append((event, start + sweep / 2, mid))
    _outside_labels(scene, outside, options)
    _month_lines(scene)
    _today(scene, options)
    _centre(scene, data, options)
    if legend_box is not None:
        _legend(scene, data, legend_box, options)
    return scene


def _month_lines(scene: Scene) -> None:
    """A white line at each month's start across the ring bands, broken where an event's arc, dot or
    number sits over it: an event reads as one piece, and no month line runs through its name."""
    r = scene.radius
    for sector in scene.wheel.sectors():
        covered = [(w.inner, w.outer) for w in scene.wedges
                   if w.event_id is not None and 0.0 < (sector.start - w.angle) % 360.0 < w.sweep]
        covered += [(d.radius - d.r, d.radius + d.r) for d in scene.dots  # a dot or a number on the 1st
                    if d.event_id is not None and d.radius > 0
                    and abs(signed_angle(sector.start - d.angle)) <= math.degrees(d.r / d.radius) + 0.5]
        covered.sort()
        inner = min((band.inner for _, band in scene.rings), default=r * 0.30)
        for low, high in month_line_segments(inner, r * 0.90, covered):
            a, b = point(low, sector.start, scene.cx, scene.cy)
            c, d = point(high, sector.start, scene.cx, scene.cy)
            scene.lines.append(Line(a, b, c, d, "#FFFFFF", max(1.0, r * 0.006)))


def month_line_segments(low: float, high: float, covered: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """[low, high] less the sorted radius ranges `covered`."""
    out, at = [], low
    for start, end in covered:
        if start > at:
            out.append((at, min(start, high)))
        at = max(at, end)
    if at < high:
        out.append((at, high))
    return [(a, b) for a, b in out if b - a > 1e-6]


def _split(width: float, height: float, legend: str) -> tuple[float, float, tuple[float, float, float, float] | None]:
    """The wheel's box (from the top left) and the legend's (x, y, w, h)."""
    if legend == "right":
        legend_w = min(max(width * 0.30, 200.0), width * 0.45)
        if width - legend_w < height * 0.6:
            legend_w = 0.0
        if legend_w:
            return width - legend_w, height, (width - legend_w, 0.0, legend_w, height)
    if legend in ("below", "list"):
        wheel_h = min(height * 0.72, width)
        return width, wheel_h, (0.0, wheel_h, width, height - wheel_h)
    if legend == "corner":
        return width, height, (0.0, 0.0, width * 0.3, height * 0.3)
    return width, height, None


def _month_ring(scene: Scene, options: SceneOptions) -> None:
    r = scene.radius
    measure = options.measure
    for i, sector in enumerate(scene.wheel.sectors()):
        scene.wedges.append(Wedge(r * 0.90, r, sector.start, sector.sweep, MONTH_FILLS[i % 2]))
        size = max(options.min_font, r * 0.048)
        name = sector.name.capitalize()
        if measure(name, size) > math.radians(sector.sweep) * r * 0.95 * 0.9:
            name = month_short(sector.month).capitalize()
        centre = sector.start + sector.sweep / 2
        if options.curved_months:
            scene.texts.extend(curved_text(name, r * 0.95, centre, size, scene.cx, scene.cy, measure, colour=INK,
                                           bold=True))
        else:
            x, y = point(r * 0.95, centre, scene.cx, scene.cy)
            scene.texts.append(Text(x, y, name, size, INK, rotation=_upright(centre), bold=True))
    if options.weeks:
        tick = max(0.6, r * 0.0025)
        size = r * 0.019
        for angle, week in scene.wheel.week_ticks():
            a, b = point(r * 0.885, angle, scene.cx, scene.cy)
            c, d = point(r * 0.90, angle, scene.cx, scene.cy)
            scene.lines.append(Line(a, b, c, d, MUTED, tick))
            if size >= options.min_font:  # no text smaller than the least size asked for
                x, y = point(r * 0.872, angle + 3.4, scene.cx, scene.cy)
                scene.texts.append(Text(x, y, str(week), size, MUTED))  # upright: small numbers read best so


def curved_text(text: str, radius: float, centre: float, size: float, cx: float, cy: float, measure: Measure,
                colour: str = INK, bold: bool = False, event_id: int | None = None) -> list[Text]:
    """`text` along a circle, centred on `centre`, letter by letter, reading left to right: over the top
    half it runs clockwise; over the bottom half anticlockwise, so it is never upside down."""
    widths = [measure(ch, size) for ch in text]
    total = sum(widths)
    span = math.degrees(total / max(radius, 1.0))
    bottom = 90.0 < centre % 360.0 < 270.0
    out = []
    position = -span / 2
    for ch, w in zip(text, widths, strict=True):
        step = math.degrees(w / max(radius, 1.0))
        angle = centre + (-(position + step / 2) if bottom else position + step / 2)
        x, y = point(radius, angle, cx, cy)
        if ch.strip():
            out.append(Text(x, y, ch, size, colour, rotation=angle + (180.0 if bottom else 0.0), bold=bold,
                            event_id=event_id))
        position += step
    return out


def _upright(angle: float) -> float:
    """Rotation for text tangent to the circle at `angle`, turned so it is never upside down."""
    return angle + 180.0 if 90.0 < angle % 360.0 < 270.0 else angle


def _label_in_arc(scene: Scene, event: EventRow, inner: float, outer: float, start: float, sweep: float,
                  options: SceneOptions) -> bool:
    size = min(max(scene.font * 0.95, options.min_font), (outer - inner) * 0.62)
    if size < options.min_font:
        return False
    mid = (inner + outer) / 2
    room = math.radians(sweep) * mid - size * 0.8
    if not fits(event.title, room, size, options.measure):
        return False
    width = options.measure(event.title, size)
    centre = start + sweep / 2
    colour = "#FFFFFF" if _dark(event.colour) else INK
    if math.degrees(width / mid) > 14:
        scene.texts.extend(curved_text(event.title, mid, centre, size, scene.cx, scene.cy, options.measure, colour,
                                       event_id=event.id))
    else:
        x, y = point(mid, centre, scene.cx, scene.cy)
        scene.texts.append(Text(x, y, event.title, size, colour, rotation=_upright(centre), event_id=event.id))
    return True


def tint(colour: str, share: float) -> str:
    """`colour` at `share` strength on white paper, as an opaque colour (cheaper to paint than alpha)."""
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return "#" + "".join(f"{round(255 - (255 - c) * share):02X}" for c in (r, g, b))


def _dark(colour: str) -> bool:
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return 0.299 * r + 0.587 * g + 0.114 * b < 150


def _outside_labels(scene: Scene, outside: list[tuple[EventRow, float, float]], options: SceneOptions) -> None:
    """Radial names outside the wheel, with a thin line back to the event; a number when there is no room."""
    r = scene.radius
    size = max(options.min_font, scene.font * 0.72)
    start = r * 1.045
    label_radius = start
    by_id = {event.id: (event, angle, mid) for event, angle, mid in outside}
    line_angle = math.degrees(size * 1.2 / label_radius)
    lines_of: dict[int, list[str]] = {}
    wanted = []
    outermost = scene.rings[0][0] if scene.rings else None
    for event, angle, _mid in outside:
        if not options.leaders_cross_rings and event.ring_id != outermost:
            continue  # it gets a number
        room = min(_room(scene, angle + shift, start) for shift in (-7.0, 0.0, 7.0)) - size * 0.5
        lines = _label_lines(event.title, room, size, options.measure)
        if lines:
            lines_of[event.id] = lines
            wanted.append(Label(event.id, angle, line_angle * len(lines) + line_angle * 0.1))
    placed, crowded = place_labels(wanted, max_shift=7.0)
    numbered = crowded + [event.id for event, _a, _m in outside if event.id not in placed and event.id not in crowded]
    thin = max(0.5, r * 0.0022)
    for event_id, label_angle in placed.items():
        event, angle, mid = by_id[event_id]
        scene.placement[event_id] = "outside"
        x0, y0 = point(mid, angle, scene.cx, scene.cy)
        x1, y1 = point(r * 1.005, angle, scene.cx, scene.cy)
        x2, y2 = point(r * 1.035, label_angle, scene.cx, scene.cy)
        if options.leaders_cross_rings:
            scene.lines.append(Line(x0, y0, x1, y1, "#9AA5B1", thin, event_id))
        else:  # print: the line stops at the month ring and goes on beyond it, never through a month's name
            xm, ym = point(r * 0.895, angle, scene.cx, scene.cy)
            scene.lines.append(Line(x0, y0, xm, ym, "#9AA5B1", thin, event_id))
        scene.lines.append(Line(x1, y1, x2, y2, "#9AA5B1", thin, event_id))
        right = label_angle % 360.0 < 180.0
        lines = lines_of[event_id]
        for i, text in enumerate(lines):
            at = label_angle + (i - (len(lines) - 1) / 2) * line_angle * (1 if right else -1)
            x, y = point(start, at, scene.cx, scene.cy)
            scene.texts.append(Text(x, y, text, size, INK, rotation=at - 90.0 if right else at + 90.0,
                                    align="left" if right else "right", event_id=event_id))
    ordered = sorted(numbered, key=lambda i: (scene.wheel.offset(by_id[i][0].start), i))
    badges: list[tuple[float, float, float]] = []  # (x, y, radius) of the numbers placed
    for number, event_id in enumerate(ordered, start=1):
        event, angle, mid = by_id[event_id]
        scene.numbers[event_id] = number
        scene.placement[event_id] = "number"
        badge = max(size * 0.8, 5.0)
        angle = _free_badge_angle(scene, badges, mid, angle, badge)
        x, y = point(mid, angle, scene.cx, scene.cy)
        badges.append((x, y, badge))
        scene.dots.append(Dot(x, y, badge, "#FFFFFF", stroke=event.colour, event_id=event_id, angle=angle, radius=mid))
        scene.texts.append(Text(x, y, str(number), max(options.min_font, badge * 1.05), INK, bold=True,
                                event_id=event_id))


def _free_badge_angle(scene: Scene, badges: list[tuple[float, float, float]], mid: float, angle: float,
                      badge: float) -> float:
    """`angle`, or the nearest angle a few badge widths along the lane where a number of radius `badge`
    at radius `mid` covers no number already placed (two events days apart would print 7 over 8)."""
    step = math.degrees(badge * 2.2 / max(mid, 1.0))
    for shift in (0, 1, -1, 2, -2, 3, -3):
        x, y = point(mid, angle + shift * step, scene.cx, scene.cy)
        if all(math.hypot(x - bx, y - by) >= badge + other + 1.0 for bx, by, other in badges):
            return angle + shift * step
    return angle


def _room(scene: Scene, angle: float, start: float) -> float:
    """How far a radial label starting at `start` can run along `angle` before it leaves the wheel's
    box or meets the legend in the corner."""
    dx, dy = math.sin(math.radians(angle)), -math.cos(math.radians(angle))
    width, height = scene.box
    reach = math.inf
    for d, origin, edge in ((dx, scene.cx, width), (dy, scene.cy, height)):
        if d > 1e-9:
            reach = min(reach, (edge - origin) / d)
        elif d < -1e-9:
            reach = min(reach, -origin / d)
    if scene.keep_out is not None:
        w, h = scene.keep_out
        distance = start
        while distance < reach:
            if scene.cx + dx * distance <= w and scene.cy + dy * distance <= h:
                reach = distance
                break
            distance += 3.0
    return min(reach - start, scene.radius)


def _corner_size(scene: Scene, data: WheelData, options: SceneOptions) -> tuple[float, float]:
    size = _legend_font(scene, options)
    names = [ring.name for ring in data.visible_rings()]
    if not names:
        return 0.0, 0.0
    return (size * 2.6 + max(options.measure(name, size) for name in names),
            size * 2 + len(names) * size * 1.45)


def _legend_font(scene: Scene, options: SceneOptions) -> float:
    return max(options.min_font, min(scene.font * 0.95, 12.0 * scene.radius / 300.0))


def _label_lines(title: str, room: float, size: float, measure: Measure) -> list[str]:
    """The title on one line, or two, each within `room`; [] when it needs more (it gets a number)."""
    if fits(title, room, size, measure):
        return [title]
    if len(title) > 2 * most_letters(room, size) + 1:
        return []
    lines = wrap(title, room, size, measure, max_lines=3)
    if len(lines) == 2 and " ".join(lines) == " ".join(title.split()) and all(measure(x, size) <= room for x in lines):
        return lines
    return []


def _today(scene: Scene, options: SceneOptions) -> None:
    day = options.today
    wheel = scene.wheel
    if day is None or not wheel.first <= day <= wheel.last:
        return
    angle = wheel.angle(day) + 180.0 / wheel.days
    scene.today = (angle, scene.radius * 0.26, scene.radius * 1.0)
    x, y = point(scene.radius * 0.255, angle, scene.cx, scene.cy)
    scene.dots.append(Dot(x, y, max(2.5, scene.radius * 0.012), TODAY, stroke=None))
    x, y = point(scene.radius * 0.212, angle, scene.cx, scene.cy)
    scene.texts.append(Text(x, y, tr("today {day}", day=f"{day.day} {month_short(day.month)}"),
                            max(options.min_font, scene.font * 0.7), TODAY,
                            rotation=_upright(angle), bold=True))


def _centre_room(data: WheelData, r: float, options: SceneOptions) -> float:
    """The radius of the free circle in the middle: 0.28 of the wheel's, more (up to 0.40) when the
    organisation's name needs it to be whole."""
    if not (options.title and data.organisation):
        return r * 0.28
    for share in (0.28, 0.31, 0.34, 0.37, 0.40):
        if _fit_centre(data.organisation, r * share, _year_size(data, r), options, r) is not None:
            return r * share
    return r * 0.40


def _year_size(data: WheelData, r: float) -> float:
    return r * (0.13 if data.start_month == 1 else 0.095)


def _centre(scene: Scene, data: WheelData, options: SceneOptions) -> None:
    """The year, and under it the organisation's name whole: on one line, two or three, as large as fits
    inside the innermost ring (each line as wide as the circle is at its height), down to the least size."""
    r = scene.radius
    big = _year_size(data, r)
    room = min((band.inner for _, band in scene.rings), default=r * 0.30) - r * 0.02
    if not (options.title and data.organisation):
        scene.texts.append(Text(scene.cx, scene.cy, data.year_label, big, INK, bold=True))
        return
    lines, size = _fit_centre(data.organisation, room, big, options, r) or _cut_centre(data.organisation, room, options)
    top = -(big * 1.1 + len(lines) * size * 1.25) / 2  # the year and the name centred as one block
    scene.texts.append(Text(scene.cx, scene.cy + top + big * 0.55, data.year_label, big, INK, bold=True))
    for i, text in enumerate(lines):
        scene.texts.append(Text(scene.cx, scene.cy + top + big * 1.1 + (i + 0.5) * size * 1.25, text, size, MUTED))


def _fit_centre(name: str, room: float, big: float, options: SceneOptions, r: float) -> tuple[list[str], float] | None:
    """(lines, size) of the organisation's name in a centre circle of radius `room`, under a year of size
    `big`: the largest size (from 0.034 of the wheel's radius down to the least) and the fewest lines
    (three at most) at which every word is whole and every line fits the circle's chord at its height;
    None when it does not fit."""
    size = max(options.min_font, r * 0.034)
    while True:
        for count in (1, 2, 3):
            height = big * 1.1 + count * size * 1.25
            top = -height / 2 + big * 1.1
            widths = []
            for i in range(count):  # the chord at the line's edge farther from the centre, less a margin
                y = max(abs(top + i * size * 1.25), abs(top + (i + 1) * size * 1.25))
                widths.append(2 * math.sqrt(max(0.0, room * room - y * y)) - size)
            lines = wrap_whole(name, widths, size, options.measure)
            if lines is not None:
                return lines, size
        if size <= options.min_font:
            return None
        size = max(options.min_font, size - 0.5)


def _cut_centre(name: str, room: float, options: SceneOptions) -> tuple[list[str], float]:
    """A name no real organisation has (too long for three lines at the least size): cut with …"""
    size = options.min_font
    width = 2 * math.sqrt(max(0.0, room * room - (size * 2) ** 2)) - size
    return wrap(name, width, size, options.measure, max_lines=3), size


def _legend(scene: Scene, data: WheelData, box: tuple[float, float, float, float], options: SceneOptions) -> None:
    """Rings (outermost first), then the numbered events with their dates, in as many columns as fit."""
    x0, y0, w, h = box
    size = _legend_font(scene, options)
    line = size * 1.45
    entries = [LegendEntry(None, ring.colour, ring.name) for ring in data.visible_rings()]
    scene.legend = list(entries)
    numbered = [] if options.legend in ("corner", "list") else sorted(scene.numbers.items(), key=lambda item: item[1])
    for event_id, number in numbered:
        event = data.event(event_id)
        scene.legend.append(LegendEntry(number, event.colour, f"{event.title}, {date_range(event.start, event.end)}",
                                        event_id))
    if options.legend == "list":  # every event under its ring, by date: the poster's calendar
        scene.legend = []
        for ring in data.visible_rings():
            scene.legend.append(LegendEntry(None, ring.colour, ring.name))
            events = sorted((e for e in data.events if e.ring_id == ring.id),
                            key=lambda e: (scene.wheel.offset(e.start), e.id))
            scene.legend.extend(LegendEntry(scene.numbers.get(e.id), e.colour,
                                            f"{date_range(e.start, e.end)}  {e.title}", e.id) for e in events)
    pad = size
    if options.legend == "list":  # the calendar's heading, then the list beneath it
        scene.texts.append(Text(x0 + pad, y0 + pad + line / 2, tr("Events and dates"), size * 1.3, INK, bold=True,
                                align="left"))
        y0, h = y0 + line * 1.6, h - line * 1.6
    column_w = max(size * 16, min(w - 2 * pad, size * 38))
    columns = max(1, int((w - 2 * pad) // column_w))
    rows = max(1, int((h - 2 * pad) // line))
    capacity = columns * rows
    items = scene.legend
    if len(items) > capacity:
        hidden = len(items) - capacity + 1
        items = items[:capacity - 1] + [LegendEntry(None, "", tr("… and {count} more (see the list)", count=hidden))]
    for i, entry in enumerate(items):
        column, row = divmod(i, rows)
        x = x0 + pad + column * column_w
        y = y0 + pad + row * line + line / 2
        ring = entry.number is None and entry.event_id is None and bool(entry.colour)
        if ring:
            scene.dots.append(Dot(x + size * 0.45, y, size * 0.45, entry.colour, stroke=None))
        elif entry.number is None and entry.event_id is not None:  # an event named on the wheel itself
            scene.dots.append(Dot(x + size * 0.6, y, size * 0.25, entry.colour, stroke=None))
        elif entry.number is not None:
            digits = max(options.min_font, size * 0.7)  # no text smaller than the least size asked for
            scene.dots.append(Dot(x + size * 0.6, y, max(size * 0.62, digits * 0.8), "#FFFFFF", stroke=entry.colour))
            scene.texts.append(Text(x + size * 0.6, y, str(entry.number), digits, INK, bold=True))
        text_x = x + size * 1.6
        scene.texts.append(Text(text_x, y, elide(entry.text, column_w - size * 2.0, size, options.measure), size,
                                INK if entry.colour else MUTED, align="left", bold=ring))


def date_range(start: date, end: date) -> str:
    """“15 mar” or “1 sep–15 okt” (with the year only when it differs)."""
    def short(day: date) -> str:
        return f"{day.day} {month_short(day.month)}"

    if start == end:
        return short(start)
    if start.year != end.year:
        return f"{short(start)} {start.year}–{short(end)} {end.year}"
    return f"{short(start)}–{short(end)}"
