"""The wheel laid out as a picture, without Qt: what is drawn where, what a point on it means, and that
labels never overlap."""

from __future__ import annotations

import dataclasses
import math
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from styrapp.models.queries.wheel_rows import EventRow, RingRow, WheelData
from styrapp.models.wheel.geometry import point
from styrapp.models.wheel.scene import SceneOptions, build_scene, date_range


def _data(events, rings=None, start_month=1) -> WheelData:
    rings = rings or [RingRow(1, "Planering", "#00587A", 0, True), RingRow(2, "Uppföljning", "#3C8D2F", 1, True)]
    names = {r.id: r.name for r in rings}
    rows = [EventRow(i, f"u{i}", ring, names[ring], title, start, end, "#00587A", None, "other")
            for i, (ring, title, start, end) in enumerate(events, start=1)]
    return WheelData("Testkommun", 2026, start_month, rings, rows)


SEED = [
    (1, "Nulägesanalys", date(2025, 12, 1), date(2026, 1, 31)),
    (1, "Politisk inriktning", date(2026, 3, 1), date(2026, 4, 30)),
    (1, "Omvärldsdag", date(2026, 3, 15), date(2026, 3, 15)),
    (2, "Delårsrapport", date(2026, 4, 1), date(2026, 4, 30)),
    (2, "Resultatdialog", date(2026, 5, 20), date(2026, 5, 20)),
]


def test_every_event_is_drawn_and_named_exactly_once():
    scene = build_scene(_data(SEED), 1000, 800, SceneOptions(legend="right"))
    assert {w.event_id for w in scene.wedges if w.event_id} == {1, 2, 4}  # arcs
    assert {d.event_id for d in scene.dots if d.event_id} >= {3, 5}  # one-day events are dots
    assert set(scene.placement) == {1, 2, 3, 4, 5}
    texts = " ".join(t.text for t in scene.texts)
    for event_id, how in scene.placement.items():
        title = SEED[event_id - 1][1]
        if how == "number":
            assert any(entry.event_id == event_id for entry in scene.legend)
        elif how == "outside":
            assert title.split()[0] in texts
    assert "2026" in texts and "Testkommun" in texts


def test_months_start_at_the_top_or_at_the_budget_years_first_month():
    january = build_scene(_data(SEED), 800, 800, SceneOptions(legend="none"))
    july = build_scene(_data(SEED, start_month=7), 800, 800, SceneOptions(legend="none"))
    month_wedges = [w for w in january.wedges if w.event_id is None and w.sweep < 40 and w.inner > january.radius * 0.8]
    assert month_wedges[0].angle == 0
    assert july.wheel.date_at(0) == date(2026, 7, 1)
    assert any(t.text == "2026/27" for t in july.texts)


def test_a_point_on_the_wheel_names_the_ring_and_the_date_under_it():
    scene = build_scene(_data(SEED), 900, 900, SceneOptions(legend="none"))
    ring_id, band = scene.rings[1]
    middle = (band.inner + band.outer) / 2
    x, y = point(middle, scene.wheel.angle(date(2026, 9, 15)) + 0.5, scene.cx, scene.cy)
    assert scene.ring_at(x, y) == (ring_id, 0)
    assert scene.date_at(x, y) == date(2026, 9, 15)
    assert scene.event_at(x, y) is None  # nothing there in September
    assert scene.ring_at(scene.cx, scene.cy) is None  # the centre is no ring


def test_hit_testing_finds_arcs_dots_and_the_ends_of_arcs():
    scene = build_scene(_data(SEED), 900, 900, SceneOptions(legend="none"))
    wedge = next(w for w in scene.wedges if w.event_id == 4)
    mid = (wedge.inner + wedge.outer) / 2
    assert scene.event_at(*point(mid, wedge.angle + wedge.sweep / 2, scene.cx, scene.cy)) == 4
    assert scene.edge_at(*point(mid, wedge.angle + wedge.sweep, scene.cx, scene.cy), 4) == "end"
    assert scene.edge_at(*point(mid, wedge.angle, scene.cx, scene.cy), 4) == "start"
    assert scene.edge_at(*point(mid, wedge.angle + wedge.sweep / 2, scene.cx, scene.cy), 4) is None
    dot = next(d for d in scene.dots if d.event_id == 3)
    assert scene.event_at(dot.x, dot.y) == 3


def test_a_hidden_ring_and_its_events_are_not_drawn():
    data = _data(SEED)
    data.rings[1] = dataclasses.replace(data.rings[1], visible=False)
    scene = build_scene(data, 900, 900, SceneOptions(legend="right"))
    assert [ring_id for ring_id, _ in scene.rings] == [1]
    assert set(scene.placement) == {1, 2, 3}
    assert "Uppföljning" not in [e.text for e in scene.legend]


def test_today_is_marked_only_inside_the_wheels_year():
    inside = build_scene(_data(SEED), 800, 800, SceneOptions(today=date(2026, 11, 23)))
    assert inside.today is not None and any(t.text == "idag 23 nov" for t in inside.texts)
    assert build_scene(_data(SEED), 800, 800, SceneOptions(today=date(2027, 2, 1))).today is None


def test_overlapping_events_in_a_ring_take_lanes_and_the_ring_grows():
    crowded = [(1, f"Möte {i}", date(2026, 3, 1) + timedelta(days=i), date(2026, 3, 20)) for i in range(4)]
    scene = build_scene(_data(crowded + [(2, "Rapport", date(2026, 6, 1), date(2026, 6, 5))]), 900, 900)
    assert sorted(scene.lanes[i] for i in range(1, 5)) == [0, 1, 2, 3]
    first, second = scene.rings[0][1], scene.rings[1][1]
    assert first.outer - first.inner > 2 * (second.outer - second.inner)


def _text_boxes(scene):
    """Outside labels as angular intervals on their circle."""
    out = []
    for text in scene.texts:
        if text.align in ("left", "right"):
            radius = math.hypot(text.x - scene.cx, text.y - scene.cy)
            angle = math.degrees(math.atan2(text.x - scene.cx, -(text.y - scene.cy))) % 360
            half = math.degrees(text.size * 0.55 / radius)
            out.append((angle - half, angle + half))
    return out


events = st.lists(
    st.tuples(st.integers(1, 2), st.text(alphabet="abcdefghijklmnopqrstuvwxyzåäö ", min_size=1, max_size=40)
              .filter(str.strip), st.dates(date(2026, 1, 1), date(2026, 12, 31)), st.integers(0, 60)),
    min_size=1, max_size=60)


@settings(max_examples=40, deadline=None)
@given(events)
def test_labels_never_overlap_and_every_event_is_named_somewhere(items):
    data = _data([(ring, title, start, start + timedelta(days=length)) for ring, title, start, length in items])
    scene = build_scene(data, 1200, 800, SceneOptions(legend="none"))
    assert set(scene.placement) == {e.id for e in data.events}
    boxes = sorted(_text_boxes(scene))
    for (a1, b1), (a2, _b2) in zip(boxes, boxes[1:], strict=False):
        assert a2 >= b1 - 1e-6 or abs(a2 - a1) < 1e-6  # two lines of one label share its angle range
    numbered = sorted(scene.numbers.values())
    assert numbered == list(range(1, len(numbered) + 1))


def test_dates_read_the_swedish_way():
    assert date_range(date(2026, 3, 15), date(2026, 3, 15)) == "15 mar"
    assert date_range(date(2026, 9, 1), date(2026, 10, 15)) == "1 sep–15 okt"
    assert date_range(date(2025, 12, 1), date(2026, 1, 31)) == "1 dec 2025–31 jan 2026"


def test_two_hundred_events_lay_out():
    many = [(1 + i % 2, f"Händelse {i}", date(2026, 1, 1) + timedelta(days=(i * 7) % 360), date(2026, 1, 1)
             + timedelta(days=(i * 7) % 360 + i % 9)) for i in range(200)]
    scene = build_scene(_data(many), 1366, 768)
    assert len(scene.placement) == 200


def test_fitting_a_very_long_title_measures_a_bounded_amount_of_text():
    """Label fitting used to measure a title once per letter it cut (2,000 characters took 29 s in the PDF,
    10,000 more than 120 s): now the text measured stays about the same whatever the title's length."""
    from styrapp.models.wheel.scene import approximate_width, elide, wrap

    def measured(length: int) -> int:
        letters = 0

        def counting(text: str, size: float) -> float:
            nonlocal letters
            letters += len(text)
            return approximate_width(text, size)

        title = ("Budgetdialog med nämnderna om ramar " * (length // 36 + 1))[:length]
        events = [(1, title, date(2026, 3, 1), date(2026, 4, 30)), (2, title.replace(" ", ""), date(2026, 6, 1),
                                                                    date(2026, 6, 1))] + SEED
        scene = build_scene(_data(events), 1000, 800, SceneOptions(legend="below", measure=counting))
        assert {1, 2} <= set(scene.placement)
        assert any(entry.text.startswith(title) for entry in scene.legend) or scene.placement[1] != "number"
        return letters

    small, large = measured(2_000), measured(100_000)
    assert large < 2 * small < 200_000
    title = "ord " * 25_000
    assert elide(title, 100, 10, approximate_width) == "ord ord ord ord…"
    assert elide("kort", 100, 10, approximate_width) == "kort"
    assert wrap(title, 100, 10, approximate_width, max_lines=2) == ["ord ord ord ord", "ord ord ord ord…"]


def test_elide_keeps_as_much_as_fits():
    from styrapp.models.wheel.scene import approximate_width, elide

    for width in (0, 5, 17, 40, 100, 333):
        text = "Förvaltningsdialog om budgetramar"
        result = elide(text, width, 10, approximate_width)
        expected = text
        if approximate_width(text, 10) > width:  # the old way: one letter at a time
            expected = text
            while expected and approximate_width(expected + "…", 10) > width:
                expected = expected[:-1]
            expected = expected.rstrip() + "…"
        assert result == expected
