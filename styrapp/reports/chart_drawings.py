"""matplotlib figures into the PDF as vector drawings with real text: `mpl_drawing` draws the figure
straight into a ReportLab Drawing (paths as paths, text as DejaVu Sans text).

Many charts (a follow-up report of a large plan has hundreds) are drawn in a pool of worker
processes, one per core, while the main process lays out the pages: matplotlib is single-threaded,
and a chart takes about 35 ms. The layout mostly waits for the charts, so its process shares a core
with a worker.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor

from reportlab.graphics.shapes import Drawing

WORKERS = max(1, min(os.cpu_count() or 1, 4))  # the page layout mostly waits for charts: every core draws
POOL_FROM = 40  # fewer charts than this are drawn in this process: starting workers costs more


def figure_drawing(figure, width: float) -> Drawing:
    """A matplotlib Figure as a Drawing `width` points wide (height in proportion)."""
    from .mpl_drawing import figure_to_drawing
    from .typography import FAMILY, register_fonts

    register_fonts()
    drawing = figure_to_drawing(figure)
    drawing.initialFontName = FAMILY  # ReportLab's Helvetica is declared, unembedded, for a drawing that names no font
    scale = width / drawing.width
    drawing.scale(scale, scale)
    drawing.width, drawing.height = drawing.width * scale, drawing.height * scale
    return drawing


class LazyDrawing:
    """A chart whose size is known now and whose drawing comes later: from a worker process, or made
    here when first asked for. The page layout only needs the size, so the charts are drawn while the
    pages are counted."""

    def __init__(self, make: Callable[[object], object], item, width: float, aspect: float, future=None):
        self.make, self.item, self.future = make, item, future
        self.width, self.height = width, width * aspect
        self._drawing: Drawing | None = None

    def get(self) -> Drawing:
        if self._drawing is None:
            self._drawing = self.future.result() if self.future is not None else figure_drawing(self.make(self.item),
                                                                                               self.width)
            self.make = self.item = self.future = None
        return self._drawing

    def release(self) -> None:
        """Forget the drawing once it is on its page (a report draws each chart once, for good)."""
        self._drawing = None
        self.make = _drawn


class ChartPool:
    """Worker processes for one report's charts; `with ChartPool(): …` around building and writing the
    report. Outside one (or for a handful of charts) charts are drawn in this process when needed."""

    current: ChartPool | None = None

    def __init__(self):
        self.executor: ProcessPoolExecutor | None = None
        self.futures: list = []

    def __enter__(self) -> ChartPool:
        ChartPool.current = self
        return self

    def __exit__(self, *exc) -> None:
        ChartPool.current = None
        for future in self.futures:
            future.cancel()
        if self.executor is not None:
            self.executor.shutdown(wait=True, cancel_futures=True)

    def submit(self, make, item, width: float):
        if self.executor is None:
            self.executor = ProcessPoolExecutor(max_workers=WORKERS, mp_context=_context())
        future = self.executor.submit(_draw, make, item, width)
        self.futures.append(future)
        return future


def lazy_drawings(make: Callable[[object], object], items: Sequence, width: float, aspect: float) -> list[LazyDrawing]:
    """A LazyDrawing per item; with many items inside a ChartPool they start drawing in workers at once."""
    pool = ChartPool.current
    parallel = pool is not None and len(items) >= POOL_FROM and (os.cpu_count() or 1) >= 2
    return [LazyDrawing(make, item, width, aspect, pool.submit(make, item, width) if parallel else None)
            for item in items]


def _context():
    """"fork" where it is safe and fast (the CLI, a script); "spawn" when other threads may run. A
    forked child of a threaded process can wait for ever on a lock another thread held at the fork, and
    Python's `threading` does not see the threads Qt starts (the window builds reports in a QThread,
    and Qt keeps threads of its own), so a process that has loaded Qt never forks."""
    if threading.active_count() == 1 and not _qt_loaded() and "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def _qt_loaded() -> bool:
    return any(name == "PySide6" or name.startswith("PySide6.") for name in list(sys.modules))


def _draw(make, item, width: float) -> Drawing:
    return figure_drawing(make(item), width)


def _drawn(_item):
    raise RuntimeError("a chart released after it was drawn was asked for again")
