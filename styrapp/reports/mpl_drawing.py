"""A matplotlib renderer that draws a Figure straight into a ReportLab Drawing: paths as vector paths,
text as real text in DejaVu Sans. Going through SVG and a converter took more time than drawing the
chart itself, and a follow-up report of a large plan has 500 charts.

Only what our charts use is supported: filled and stroked paths (lines, markers, bars, patches),
dashes, alpha and plain text at any angle. Images, hatching and math text are not drawn.
"""

from __future__ import annotations

import math

from matplotlib.backend_bases import FigureCanvasBase, RendererBase
from matplotlib.path import Path as MplPath
from reportlab.graphics.shapes import Drawing, Group, Path, String
from reportlab.lib.colors import Color


def _colour(rgba, alpha: float | None = None) -> Color:
    r, g, b = rgba[:3]
    a = rgba[3] if len(rgba) > 3 else 1.0
    if alpha is not None:
        a = alpha
    return Color(r, g, b, alpha=a)


class DrawingRenderer(RendererBase):
    def __init__(self, width: float, height: float, dpi: float):
        super().__init__()
        self.width, self.height, self.dpi = width, height, dpi
        self.drawing = Drawing(width * 72.0 / dpi, height * 72.0 / dpi)
        self.scale = 72.0 / dpi  # display pixels → points

    def flipy(self) -> bool:
        return False

    def get_canvas_width_height(self):
        return self.width, self.height

    def points_to_pixels(self, points):
        return points * self.dpi / 72.0

    def get_text_width_height_descent(self, s, prop, ismath):
        from matplotlib.textpath import text_to_path

        width, height, descent = text_to_path.get_text_width_height_descent(s, prop, ismath=False)
        factor = self.dpi / 72.0
        return width * factor, height * factor, descent * factor

    def draw_path(self, gc, path, transform, rgbFace=None):  # noqa: N803 - matplotlib API
        s = self.scale
        shape = Path(strokeLineJoin=1, strokeLineCap=0)
        open_subpath = False
        for points, code in path.iter_segments(transform, remove_nans=True, simplify=False):
            xy = [float(v) * s for v in points]
            if code == MplPath.MOVETO:
                if open_subpath and rgbFace is not None:
                    shape.closePath()  # a filled shape of several parts (a ring): ReportLab fills only closed ones
                shape.moveTo(*xy[-2:])
                open_subpath = True
                continue
            elif code == MplPath.LINETO:
                shape.lineTo(*xy[-2:])
            elif code == MplPath.CURVE3:
                shape.curveTo(xy[0], xy[1], xy[0], xy[1], xy[2], xy[3])
            elif code == MplPath.CURVE4:
                shape.curveTo(*xy)
            elif code == MplPath.CLOSEPOLY:
                shape.closePath()
                open_subpath = False
        alpha = gc.get_alpha() if gc.get_forced_alpha() else None
        if rgbFace is not None:
            shape.fillColor = _colour(rgbFace, alpha if alpha is not None else (rgbFace[3] if len(rgbFace) > 3 else 1.0))
        else:
            shape.fillColor = None
        width = gc.get_linewidth()
        if width > 0 and gc.get_rgb() is not None and gc.get_rgb()[3] > 0:
            shape.strokeColor = _colour(gc.get_rgb(), alpha)
            shape.strokeWidth = width
            offset, dashes = gc.get_dashes()
            if dashes:
                shape.strokeDashArray = [d for d in dashes]
        else:
            shape.strokeColor = None
        shape.strokeLineCap = {"butt": 0, "round": 1, "projecting": 2}.get(gc.get_capstyle(), 0)
        shape.strokeLineJoin = {"miter": 0, "round": 1, "bevel": 2}.get(gc.get_joinstyle(), 1)
        self.drawing.add(shape)

    def draw_text(self, gc, x, y, s, prop, angle, ismath=False, mtext=None):
        from .typography import BOLD, FAMILY, printable

        size = prop.get_size_in_points()
        bold = str(prop.get_weight()) in ("bold", "heavy", "semibold", "demibold", "700", "800", "900")
        text = String(0, 0, printable(s), fontName=BOLD if bold else FAMILY, fontSize=size,
                      fillColor=_colour(gc.get_rgb(), gc.get_alpha() if gc.get_forced_alpha() else None))
        group = Group(text)
        rad = math.radians(angle)
        group.transform = (math.cos(rad), math.sin(rad), -math.sin(rad), math.cos(rad), x * self.scale, y * self.scale)
        self.drawing.add(group)

    def draw_image(self, gc, x, y, im):  # our charts have none
        return

    def option_image_nocomposite(self):
        return True

    def option_scale_image(self):
        return False


def figure_to_drawing(figure) -> Drawing:
    """The figure, drawn at 72 dpi so one display unit is one point."""
    from reportlab import rl_config

    dpi = 72.0
    figure.set_dpi(dpi)
    width, height = figure.get_size_inches() * dpi
    renderer = DrawingRenderer(width, height, dpi)
    FigureCanvasBase(figure)  # a figure needs a canvas to draw; this one only hands out the renderer
    checking, rl_config.shapeChecking = rl_config.shapeChecking, 0  # our shapes are right by construction;
    try:  # ReportLab's check of every attribute of thousands of shapes costs a tenth of a chart's time
        figure.draw(renderer)
    finally:
        rl_config.shapeChecking = checking
    return renderer.drawing
