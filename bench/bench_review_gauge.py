"""Speed of the nulägeskoll's fit gauge: a keystroke in a page with all seven sections full.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_review_gauge.py

Goal (issue 17): the gauge shows the new fit within 50 ms of a keystroke. Printed: the median and the worst of
100 keystrokes (a character typed into the analysis, then the gauge redrawn from `measure`, the printed page's
own layout function), with every section holding about 1,500 characters and a source line; and the first
measurement of a page (every section measured, as when a unit is chosen).
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from styrapp.models.content.demo import write_demo
    from styrapp.models.file.plan_file import open_plan
    from styrapp.reports.situation_report import SECTIONS
    from styrapp.ui.document import PlanDocument
    from styrapp.ui.pages.review_page import ReviewPage

    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp())
    try:
        plan = open_plan(write_demo(folder / "demo.styrplan"))
        page = ReviewPage()
        page.resize(1366, 768)
        page.show()
        page.show_document(PlanDocument(plan))
        app.processEvents()
        for key, _title in SECTIONS:
            page.texts[key].setPlainText(("Verksamheten har utvecklats under året, men utmaningarna består. " * 23)[:1500])
            page.sources[key].setText("Kolada 2025, egen uppföljning")
        start = time.perf_counter()
        page.update_gauge()
        first = (time.perf_counter() - start) * 1000
        field = page.texts["analysis"]
        times = []
        for n in range(100):
            start = time.perf_counter()
            field.insertPlainText("abcdefghij"[n % 10])  # one keystroke
            app.processEvents()  # the gauge's timer fires and redraws it
            times.append((time.perf_counter() - start) * 1000)
        print(f"fit gauge, keystroke with all seven sections full: median {statistics.median(times):.1f} ms, "
              f"worst {max(times):.1f} ms (goal: under 50 ms); used {page.fit().used:.0%} of the page")
        print(f"first measurement of a full page: {first:.1f} ms")
        plan.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
