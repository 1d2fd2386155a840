"""Speed of the årshjul with 200 events in five rings.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_wheel.py

Goal (issue 6): the widget repaints in under 16 ms (a 60 fps drag), as the median of 100 repaints at
1366×768. Printed: the widget's repaint (it copies the wheel it drew last and draws the selection);
one step of a drag (new dates, the dragged event drawn over the wheel, repaint); a full paint of every
item (after an edit or a resize); the layout of the scene; the PDF export of the same wheel.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def wheel_data(count: int = 200):
    from styrapp.models.queries.wheel_rows import EventRow, RingRow, WheelData

    names = ["Planering", "Uppföljning", "Budget", "Nämndsammanträden", "Dialoger"]
    colours = ["#00587A", "#3C8D2F", "#D68910", "#5B5EA6", "#7A3E9D"]
    rings = [RingRow(i + 1, name, colours[i], i, True) for i, name in enumerate(names)]
    words = ["Nämnd", "Delårsrapport", "Budgetdialog", "Omvärldsdag", "Beredning", "Resultatdialog", "Beslut",
             "Verksamhetsplan", "Internkontroll", "Medborgardialog"]
    events = []
    for i in range(count):
        ring = rings[i % len(rings)]
        start = date(2026, 1, 1) + timedelta(days=(i * 37) % 365)
        length = 0 if i % 3 == 0 else (i * 11) % 40
        events.append(EventRow(i + 1, f"u{i}", ring.id, ring.name, f"{words[i % len(words)]} {i}", start,
                               start + timedelta(days=length), ring.colour, None, "other"))
    return WheelData("Benchkommunen", 2026, 1, rings, events)


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from styrapp.views.wheel_view import WheelView

    app = QApplication.instance() or QApplication([])
    data = wheel_data()
    view = WheelView()
    view.resize(1366, 768)
    view.set_data(data, today=date(2026, 6, 1))
    view.show()
    app.processEvents()

    def median_ms(step, times: int = 100) -> tuple[float, float]:
        spent = []
        for _ in range(times):
            started = time.perf_counter()
            step()
            spent.append((time.perf_counter() - started) * 1000)
        return statistics.median(spent), max(spent)

    repaint = median_ms(view.repaint)  # what the widget does on every repaint (hover, selection)

    def full_paint():  # every wedge, line, dot and text drawn, as after an edit or a resize
        view._cache = None
        view.repaint()

    full = median_ms(full_paint)
    layout = median_ms(view._rebuild, 30)
    from PySide6.QtCore import QPointF

    from styrapp.models.wheel.geometry import point

    row = data.events[4]
    view._drag = {"id": row.id, "mode": "move", "angle": 0.0, "start": row.start, "end": row.end, "moved": False}
    steps = iter(range(1000))

    def drag_step():  # one mouse move of a drag: new dates, the event redrawn over the cached wheel
        x, y = point(view.scene.radius * 0.6, 2.0 + next(steps) % 90, view.scene.cx, view.scene.cy)
        view._drag_to(QPointF(x, y))
        view.repaint()

    drag = median_ms(drag_step)
    view._drag = None

    from styrapp.reports.wheel_figure import save_wheel

    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        save_wheel(data, Path(folder) / "hjul.pdf", "pdf", "A3")
        pdf = time.perf_counter() - started

    print(f"200 events, 5 rings, widget 1366×768 ({len(view.scene.texts)} texts, {len(view.scene.wedges)} wedges)")
    print(f"repaint, median of 100:            {repaint[0]:6.2f} ms  (goal < 16 ms: {'met' if repaint[0] < 16 else 'NOT met'}; slowest {repaint[1]:.2f})")
    print(f"drag step, median of 100:          {drag[0]:6.2f} ms  (goal < 16 ms: {'met' if drag[0] < 16 else 'NOT met'}; slowest {drag[1]:.2f})")
    print(f"full paint of every item, median:  {full[0]:6.2f} ms  (after an edit or resize; slowest {full[1]:.2f})")
    print(f"layout of the scene again, median: {layout[0]:6.2f} ms")
    print(f"PDF export, A3:                    {pdf * 1000:6.0f} ms")


if __name__ == "__main__":
    main()
