"""matplotlib figures into the PDF as vector drawings with real text: the figure is written as SVG
(text kept as text, DejaVu Sans) and read back as a ReportLab Drawing by svglib.

Many charts (a follow-up report of a large plan has hundreds) are drawn in a pool of worker
processes, one per core: matplotlib is single-threaded, and a chart takes 50–100 ms.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from io import BytesIO

from reportlab.graphics.shapes import Drawing

POOL_FROM = 40  # fewer charts than this are drawn in this process: starting workers costs more


def figure_drawing(figure, width: float) -> Drawing:
    """A matplotlib Figure as a Drawing `width` points wide (height in proportion)."""
    import matplotlib
    from svglib.svglib import svg2rlg

    from .typography import register_fonts

    register_fonts()
    matplotlib.rcParams["svg.fonttype"] = "none"  # text stays text
    buffer = BytesIO()
    figure.savefig(buffer, format="svg")
    buffer.seek(0)
    drawing = svg2rlg(buffer)
    scale = width / drawing.width
    drawing.scale(scale, scale)
    drawing.width, drawing.height = drawing.width * scale, drawing.height * scale
    _real_font(drawing)
    return drawing


def _real_font(node) -> None:
    """svglib names the font as the SVG says ('DejaVu Sans'); make sure each string uses ours."""
    from reportlab.graphics.shapes import Group, String

    from .typography import BOLD, FAMILY

    for item in getattr(node, "contents", []):
        if isinstance(item, Group):
            _real_font(item)
        elif isinstance(item, String):
            item.fontName = BOLD if "bold" in str(item.fontName).lower() else FAMILY


def draw_all(make: Callable[[object], object], items: Sequence, width: float,
             tick: Callable[[int], None] | None = None) -> list[Drawing]:
    """`make(item)` → Figure for each item, as Drawings, in order; in worker processes when there are many.
    `tick(done)` is called as charts are finished (for progress and Cancel)."""
    if len(items) < POOL_FROM or (os.cpu_count() or 1) < 2:
        out = []
        for done, item in enumerate(items, start=1):
            out.append(figure_drawing(make(item), width))
            if tick is not None:
                tick(done)
        return out
    workers = min(os.cpu_count() or 2, 4)
    with ProcessPoolExecutor(max_workers=workers, mp_context=_context()) as pool:
        futures = [pool.submit(_draw, make, item, width) for item in items]
        out = []
        try:
            for done, future in enumerate(futures, start=1):
                out.append(future.result())
                if tick is not None:
                    tick(done)
        except BaseException:
            for future in futures:
                future.cancel()
            raise
        return out


def _context():
    """"fork" where it is safe and fast (a single-threaded caller: the CLI, a script); "spawn" when
    other threads run (the window builds reports in a QThread, and a forked child of a threaded process
    can hang on a lock some other thread held)."""
    if threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def _draw(make, item, width: float) -> Drawing:
    return figure_drawing(make(item), width)
