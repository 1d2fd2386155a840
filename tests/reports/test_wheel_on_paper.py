"""Issue 19, item 5: the årshjul on paper. Checked in the scene's geometry (Qt-free): the organisation's
name whole in the centre, no leader line across another ring, no month line through a name; and in the
PDF: A3 laid out for A3 with every event and its dates, /Lang and bookmarks."""

from __future__ import annotations

import math
from datetime import date

import pytest
from pypdf import PdfReader

from styrapp.models.queries.wheel_rows import EventRow, RingRow, WheelData
from styrapp.models.wheel.geometry import polar
from styrapp.models.wheel.scene import INK, build_scene, date_range
from styrapp.reports.engine import ReportOptions, build_report
from styrapp.reports.wheel_figure import MIN_FONT, PAPER, measure, paper_options, save_wheel

RINGS = [RingRow(1, "Styrmodell", "#1F5F8B", 0, True), RingRow(2, "Budget", "#C47F17", 1, True),
         RingRow(3, "Uppföljning", "#5E9732", 2, True), RingRow(4, "Direktionens sammanträden", "#5B5EA6", 3, True)]
EVENTS = [  # (ring, title, start, end): names that fit their arcs, that do not, one-day events on the 1st
    (1, "Nyckeltal och aktiviteter för nästa år", date(2026, 9, 1), date(2026, 10, 31)),
    (1, "Omvärldsanalys", date(2026, 2, 1), date(2026, 2, 1)),
    (1, "Inriktningsbeslut", date(2026, 4, 14), date(2026, 4, 14)),
    (1, "Mål och budget till fullmäktige", date(2026, 6, 1), date(2026, 6, 3)),
    (2, "Budgetarbete och dialog med medlemskommunerna", date(2026, 3, 1), date(2026, 5, 31)),
    (2, "Direktionen beslutar budget", date(2026, 6, 15), date(2026, 6, 15)),
    (3, "Årsredovisning", date(2026, 1, 15), date(2026, 3, 15)),
    (3, "Delårsrapport", date(2026, 9, 1), date(2026, 10, 15)),
    (3, "Uppföljning av internkontrollplanen", date(2026, 11, 1), date(2026, 11, 1)),
] + [(4, "Direktionssammanträde", date(2026, m, d), date(2026, m, d)) for m, d in ((2, 18), (4, 22), (6, 10), (9, 23),
                                                                                    (11, 25), (12, 1))]
ORGANISATION = "Norra Västmanlands Kommunalteknikförbund"


def wheel_data(organisation: str = ORGANISATION) -> WheelData:
    names = {r.id: r.name for r in RINGS}
    colours = {r.id: r.colour for r in RINGS}
    rows = [EventRow(i, f"u{i}", ring, names[ring], title, start, end, colours[ring], None, "other")
            for i, (ring, title, start, end) in enumerate(EVENTS, start=1)]
    return WheelData(organisation, 2026, 1, RINGS, rows)


def paper_scene(size: str, data: WheelData | None = None):
    width, height = PAPER[size]
    margin = 36.0 if size == "A4" else 48.0
    return build_scene(data or wheel_data(), width - 2 * margin, height - 2 * margin - 40, paper_options(size))


def centre_lines(scene) -> list:
    """The organisation's lines in the centre: muted text within the innermost ring, top to bottom."""
    inner = min(band.inner for _, band in scene.rings)
    return sorted((t for t in scene.texts if t.event_id is None and t.colour != INK
                   and math.hypot(t.x - scene.cx, t.y - scene.cy) < inner), key=lambda t: t.y)


@pytest.mark.parametrize("size", ["A4", "A3"])
@pytest.mark.parametrize("organisation", [
    ORGANISATION,
    "Samhällsbyggnadsförvaltningen i Norra Västmanlands Kommunalteknikförbund",
    "Askersunds kommun",
])
def test_the_organisations_name_is_whole_in_the_centre_and_inside_it(size, organisation):
    scene = paper_scene(size, wheel_data(organisation))
    lines = centre_lines(scene)
    assert " ".join(t.text for t in lines) == organisation  # whole: no word cut, no …
    inner = min(band.inner for _, band in scene.rings)
    for text in lines:
        assert text.size >= MIN_FONT
        half = measure(text.text, text.size) / 2
        for dx in (-half, half):  # both ends of the line's baseline band inside the innermost ring
            for dy in (-text.size / 2, text.size / 2):
                assert math.hypot(dx, text.y + dy - scene.cy) < inner


def _ring_of(scene, radius: float):
    for ring_id, band in scene.rings:
        if band.inner + 1e-6 < radius < band.outer - 1e-6:
            return ring_id
    return None


@pytest.mark.parametrize("size", ["A4", "A3"])
def test_no_leader_line_crosses_another_ring(size):
    data = wheel_data()
    scene = paper_scene(size, data)
    ring_of_event = {e.id: e.ring_id for e in data.events}
    leaders = [line for line in scene.lines if line.event_id is not None]
    assert leaders, "the test data has names outside the wheel"
    for line in leaders:
        for step in range(101):
            t = step / 100
            radius, _ = polar(line.x1 + (line.x2 - line.x1) * t, line.y1 + (line.y2 - line.y1) * t, scene.cx, scene.cy)
            ring = _ring_of(scene, radius)
            assert ring in (None, ring_of_event[line.event_id]), (line.event_id, radius)
    inner_rings = {ring_id for ring_id, _ in scene.rings[1:]}
    for event in data.events:  # an inner ring's name is on its arc or numbered (and in the list)
        if event.ring_id in inner_rings:
            assert scene.placement[event.id] in ("inside", "number")
    assert any(entry.event_id == event_id for event_id in scene.numbers for entry in scene.legend)


def _box_meets_segment(text, x1, y1, x2, y2, pad: float) -> bool:
    """Does the segment pass through the text's box (its measured width by its size, turned as drawn)?"""
    width = measure(text.text, text.size)
    low, high = {"center": (-width / 2, width / 2), "left": (0.0, width), "right": (-width, 0.0)}[text.align]
    turn = math.radians(text.rotation)
    ux, uy, vx, vy = math.cos(turn), math.sin(turn), -math.sin(turn), math.cos(turn)

    def local(x, y):
        dx, dy = x - text.x, y - text.y
        return dx * ux + dy * uy, dx * vx + dy * vy

    (a, b), (c, d) = local(x1, y1), local(x2, y2)
    t0, t1 = 0.0, 1.0  # Liang–Barsky clipping against the box, grown by `pad`
    for p, q in ((-(c - a), a - (low - pad)), (c - a, high + pad - a),
                 (-(d - b), b + text.size * 0.45 + pad), (d - b, text.size * 0.45 + pad - b)):
        if abs(p) < 1e-12:
            if q < 0:
                return False
            continue
        r = q / p
        if p < 0:
            t0 = max(t0, r)
        else:
            t1 = min(t1, r)
    return t0 < t1


@pytest.mark.parametrize("size", ["A4", "A3"])
def test_no_month_line_runs_through_a_name_and_no_leader_through_a_month_name(size):
    scene = paper_scene(size)
    month_lines = [line for line in scene.lines if line.event_id is None and line.colour == "#FFFFFF"]
    assert len(month_lines) >= 12
    names = [t for t in scene.texts if t.event_id is not None]
    assert any(scene.placement[e] == "inside" for e in scene.placement)
    for line in month_lines:
        for text in names:
            assert not _box_meets_segment(text, line.x1, line.y1, line.x2, line.y2, line.width / 2), \
                (text.text, text.event_id)
    month_names = [t for t in scene.texts if t.event_id is None and t.bold
                   and scene.radius * 0.9 < math.hypot(t.x - scene.cx, t.y - scene.cy) < scene.radius]
    assert len(month_names) == 12
    leaders = [line for line in scene.lines if line.event_id is not None]
    assert leaders
    for line in leaders:
        for text in month_names:
            assert not _box_meets_segment(text, line.x1, line.y1, line.x2, line.y2, line.width / 2), \
                (text.text, line.event_id)
    # a month that an event spans is not cut in two: the line stops at the arc
    spanning = [w for w in scene.wedges if w.event_id == 1][0]  # 1 sep–31 okt, over the 1 okt line
    october = scene.wheel.angle(date(2026, 10, 1))
    for line in month_lines:
        r1, a1 = polar(line.x1, line.y1, scene.cx, scene.cy)
        r2, _ = polar(line.x2, line.y2, scene.cx, scene.cy)
        if abs(a1 - october) < 0.01:
            assert r2 <= spanning.inner + 1e-6 or r1 >= spanning.outer - 1e-6


def test_a3_is_laid_out_for_a3_not_a4_enlarged():
    a4, a3 = paper_scene("A4"), paper_scene("A3")
    assert a3.radius > a4.radius * 1.25  # the wheel uses the bigger page
    assert a3.font < a4.font * a3.radius / a4.radius * 0.9  # text at reading size, not grown with the wheel
    inside = {size: sum(how == "inside" for how in scene.placement.values()) for size, scene in (("A4", a4), ("A3", a3))}
    assert inside["A3"] > inside["A4"]  # so more names fit on their arcs
    listed = {entry.event_id for entry in a3.legend if entry.event_id is not None}
    assert listed == {e.id for e in wheel_data().events}  # every event, not only the numbered ones


def _page_text(path) -> str:
    return " ".join(page.extract_text() for page in PdfReader(str(path)).pages)


def _compact(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize("size", ["A4", "A3"])
def test_the_arshjul_report_has_lang_bookmarks_the_paper_and_the_whole_name(demo, tmp_path, size):
    from styrapp.models.queries.wheel_rows import read_wheel

    data = read_wheel(demo)
    path = build_report(demo, "arshjul", tmp_path / f"arshjul-{size}.pdf", ReportOptions(size=size))
    reader = PdfReader(str(path))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx(PAPER[size], abs=0.01)
    assert reader.trailer["/Root"]["/Lang"] == "sv"
    assert [item.title for item in reader.outline] == [f"Årshjul {data.year_label}", "Händelser och datum"]
    assert reader.metadata.title == f"Årshjul {data.year_label}"
    text = reader.pages[0].extract_text()
    assert "…" not in text
    assert "Norra Västmanlands\nKommunalteknikförbund" in text  # the centre, on two lines, whole
    if size == "A3":  # every event with its dates, under a heading the bookmark leads to
        assert "Händelser och datum" in text
        for event in data.events:
            assert _compact(f"{date_range(event.start, event.end)} {event.title}") in _compact(text), event.title


def test_the_exported_poster_has_lang_and_bookmarks_too(demo, tmp_path):
    from styrapp.models.queries.wheel_rows import read_wheel

    path = save_wheel(read_wheel(demo), tmp_path / "poster.pdf", "pdf", "A3")
    reader = PdfReader(str(path))
    assert reader.trailer["/Root"]["/Lang"] == "sv"
    assert len(reader.outline) == 2
    assert float(reader.pages[0].mediabox.height) == pytest.approx(1190.55, abs=0.01)


@pytest.mark.parametrize("size", ["A4", "A3"])
def test_numbers_of_events_days_apart_do_not_cover_each_other(size):
    scene = paper_scene(size)
    badges = [d for d in scene.dots if d.event_id in scene.numbers and d.fill == "#FFFFFF"]
    assert len(badges) == len(scene.numbers) >= 2
    assert {scene.numbers[d.event_id] for d in badges} >= {9, 10} or size == "A3"  # 25 nov and 1 dec, one ring
    for i, a in enumerate(badges):
        for b in badges[i + 1:]:
            assert math.hypot(a.x - b.x, a.y - b.y) >= a.r + b.r, (scene.numbers[a.event_id], scene.numbers[b.event_id])
