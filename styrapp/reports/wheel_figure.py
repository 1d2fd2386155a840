"""The årshjul on paper: the scene from `models/wheel_scene.py` drawn with matplotlib, saved as PDF
(vector, fonts embedded), SVG or PNG, on A4 or A3 portrait. Qt-free, for the CLI and the reports.

One unit of the scene is one typographic point, so font sizes and line widths mean what they say.
"""

from __future__ import annotations

import math
import unicodedata
from datetime import date
from functools import lru_cache
from pathlib import Path

from ..atomic import replacing
from ..models.queries.wheel_rows import WheelData
from ..models.wheel.scene import INK, MUTED, SceneOptions, build_scene, wrap
from ..wording import tr

PAPER = {"A4": (595.28, 841.89), "A3": (841.89, 1190.55)}  # portrait, in points
FORMATS = ("pdf", "svg", "png")
PNG_DPI = 200
FONT = "DejaVu Sans"  # ships with matplotlib and carries å ä ö and €


def drawable(text: str) -> str:
    """`text` as matplotlib can draw it: without control characters and invisible format characters
    (U+FEFF, zero-width spaces and joiners, direction marks), which draw as nothing anyway and which
    matplotlib's PDF output cannot take (U+FEFF makes it fail). Line breaks and tabs become spaces."""
    if text.isascii() and text.isprintable():
        return text
    return "".join(" " if ch in "\t\n\r\x0b\x0c" else ch for ch in text
                   if ch in "\t\n\r\x0b\x0c" or unicodedata.category(ch) not in ("Cc", "Cf", "Cs"))


@lru_cache(maxsize=4096)
def measure(text: str, size: float) -> float:
    from matplotlib.font_manager import FontProperties
    from matplotlib.textpath import text_to_path

    text = drawable(text)
    if not text:
        return 0.0
    width, _h, _d = text_to_path.get_text_width_height_descent(text, FontProperties(family=FONT, size=size), ismath=False)
    return width


MIN_FONT = 7.0  # no text of a report is smaller (issue 19): labels that do not fit at it get a number


def wheel_figure(data: WheelData, size: str = "A4", today: date | None = None, heading: bool = True,
                 width: float | None = None):
    """A matplotlib Figure of one page: heading, the wheel, and the legend beneath it. Without the
    heading (inside a report, which has its own) the figure is only as tall as the wheel needs; `width`
    (points) is then the width it is printed at, so its text sizes are the printed ones."""
    from matplotlib.figure import Figure
    from matplotlib.patches import Circle, Wedge

    paper_width, height = PAPER[size]
    margin = 36.0 if size == "A4" else 48.0
    if width is None or heading:
        width = paper_width
    else:
        margin = 4.0  # the report's page has its margins
    title_room = (34.0 if size == "A4" else 46.0) if heading else 0.0
    if not heading:
        height = width * 1.3
    options = paper_options(size, today)
    scene = build_scene(data, width - 2 * margin, height - 2 * margin - title_room, options)
    used = max([scene.cy + scene.radius * (1.03 + options.outside)] + [t.y + t.size for t in scene.texts])
    oy_centre = max(0.0, (height - 2 * margin - title_room - used) / 2)
    figure = Figure(figsize=(width / 72.0, height / 72.0))
    axes = figure.add_axes((0, 0, 1, 1))
    axes.set_xlim(0, width)
    axes.set_ylim(height, 0)
    axes.set_axis_off()
    ox, oy = margin, margin + title_room + oy_centre  # the wheel and legend centred in the room below the heading

    title_size = 20.0 if size == "A4" else 28.0
    if heading:
        _page_heading(axes, data, margin, width, title_size)
    for w in scene.wedges:
        patch = Wedge((ox + scene.cx, oy + scene.cy), w.outer, w.angle - 90.0, w.angle + w.sweep - 90.0,
                      width=w.outer - w.inner, facecolor=w.fill, alpha=w.alpha,
                      edgecolor=w.stroke or "none", linewidth=0.6 if w.stroke else 0)
        axes.add_patch(patch)
    for line in scene.lines:
        axes.plot([ox + line.x1, ox + line.x2], [oy + line.y1, oy + line.y2], color=line.colour,
                  linewidth=line.width, solid_capstyle="butt")
    if scene.today is not None:
        angle, inner, outer = scene.today
        xs, ys = zip(*(_point(ox + scene.cx, oy + scene.cy, r, angle) for r in (inner, outer)), strict=True)
        axes.plot(xs, ys, color="#C62828", linewidth=1.2)
    for dot in scene.dots:
        axes.add_patch(Circle((ox + dot.x, oy + dot.y), dot.r, facecolor=dot.fill,
                              edgecolor=dot.stroke or "none", linewidth=0.8 if dot.stroke else 0))
    if scene.legend:  # where the list beneath the wheel begins, for its bookmark (points from the top)
        figure.list_top = oy + scene.box[1]
    for text in scene.texts:
        shown = drawable(text.text)
        if not shown.strip():
            continue
        axes.text(ox + text.x, oy + text.y, shown, fontsize=text.size, color=text.colour, family=FONT,
                  fontweight="bold" if text.bold else "normal", rotation=-text.rotation, rotation_mode="anchor",
                  ha=text.align, va="center_baseline", parse_math=False)
    return figure


def paper_options(size: str, today: date | None = None) -> SceneOptions:
    """How the wheel is laid out on paper. A4: the rings and the numbered events below the wheel. A3, a
    poster laid out for its size rather than A4 enlarged: text at reading size (not grown with the
    wheel), so more names fit on their arcs, and below the wheel every event with its dates, ring by ring.
    On both, only events of the outermost ring are named outside the wheel: a leader line from an inner
    ring would cross the rings outside it."""
    if size == "A3":
        return SceneOptions(today=today, legend="list", min_font=MIN_FONT, measure=measure, font=9.5, curved_months=False,
                            leaders_cross_rings=False, outside=0.32)
    return SceneOptions(today=today, legend="below", min_font=MIN_FONT, measure=measure, leaders_cross_rings=False, curved_months=False,
                        outside=0.32)


def _page_heading(axes, data: WheelData, margin: float, width: float, title_size: float) -> None:
    """The title at the left, the organisation's name at the right: made smaller (not below 7 pt) to fit
    beside the title, and on two lines beneath each other when it still does not."""
    title = tr("Annual wheel {year}", year=data.year_label)
    axes.text(margin, margin + title_size * 0.5, title, fontsize=title_size, fontweight="bold",
              color=INK, family=FONT, va="center", ha="left", parse_math=False)
    name = drawable(data.organisation)
    room = width - 2 * margin - measure(title, title_size) * 1.1 - title_size
    size = title_size * 0.5
    while size > MIN_FONT and measure(name, size) > room:
        size = max(MIN_FONT, size - 0.5)
    lines = [name] if measure(name, size) <= room else wrap(name, room, size, measure, max_lines=2)
    for i, line in enumerate(lines):
        y = margin + title_size * 0.5 + (i - (len(lines) - 1) / 2) * size * 1.25
        axes.text(width - margin, y, line, fontsize=size, color=MUTED, family=FONT, va="center", ha="right",
                  parse_math=False)


def _point(cx: float, cy: float, radius: float, angle: float) -> tuple[float, float]:
    rad = math.radians(angle)
    return cx + radius * math.sin(rad), cy - radius * math.cos(rad)


def save_wheel(data: WheelData, path: Path | str, fmt: str, size: str = "A4", today: date | None = None) -> Path:
    """Write the wheel to `path` as `fmt` (pdf, svg, png) on `size` paper. The file appears whole or not
    at all: it is written beside the target first and then moved into place."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt}")
    if size not in PAPER:
        raise ValueError(f"unknown paper size {size}")
    import matplotlib

    matplotlib.rcParams["svg.fonttype"] = "none"  # real text in the SVG too
    path = Path(path)
    figure = wheel_figure(data, size, today)
    title = tr("Annual wheel {year}", year=data.year_label)
    metadata = {"pdf": {"Title": title, "Author": data.organisation, "Creator": "styrapp", "Subject": tr("Annual wheel")},
                "svg": {"Title": title, "Creator": "styrapp"},
                "png": {"Title": title, "Author": data.organisation, "Software": "styrapp"}}[fmt]
    with replacing(path) as temporary:
        if fmt == "pdf":
            from .alt_text import wheel_alt

            _write_pdf(Path(temporary), figure, PAPER[size], title, data.organisation, wheel_alt(data))
        else:
            figure.savefig(temporary, format=fmt, dpi=PNG_DPI, metadata=metadata)
    return path


def _write_pdf(path: Path, figure, paper: tuple[float, float], title: str, organisation: str, alt: str) -> None:
    """The page as the other reports are written (ReportLab, DejaVu Sans embedded), with what
    matplotlib's own PDF lacks: the document's language (/Lang), its title shown as the window's title,
    bookmarks to the wheel and to the list of events beneath it, and tags: the page is one figure whose
    alternative text names every event and its dates."""
    from reportlab.graphics import renderPDF

    from ..wording import current_language
    from .chart_drawings import figure_drawing
    from .pdf_structure import write_structure
    from .tagging import Tagger, TaggingCanvas, mark
    from .typography import FAMILY

    width, height = paper
    drawing = figure_drawing(figure, width)
    tagger = Tagger()
    canvas = TaggingCanvas(str(path), pagesize=paper, lang=current_language(), initialFontName=FAMILY, tagger=tagger)
    canvas.setTitle(title)
    canvas.setAuthor(organisation)
    canvas.setSubject(tr("Annual wheel"))
    canvas.setCreator("styrapp")
    canvas.setViewerPreference("DisplayDocTitle", "true")
    mark(canvas, "Figure", lambda: renderPDF.draw(drawing, canvas, 0, 0), alt)
    canvas.bookmarkHorizontal("wheel", 0, height)
    canvas.addOutlineEntry(title, "wheel", level=0)
    list_top = getattr(figure, "list_top", None)
    if list_top is not None:
        canvas.bookmarkHorizontal("events", 0, height - list_top + 12)
        canvas.addOutlineEntry(tr("Events and dates"), "events", level=0)
    canvas.showOutline()
    canvas.showPage()
    canvas.save()
    write_structure(path, tagger, title=title, language=current_language())


def wheel_report(context, path: Path, options, step) -> Path:
    """The årshjul report: the wheel on its own page, A4 or A3 (not laid out as a story: the figure is
    the page)."""
    step(30, "drawing the annual wheel")
    out = save_wheel(context.wheel, path, "pdf", options.size)
    step(100, "finished")
    return out
