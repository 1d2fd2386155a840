"""A ReportLab Drawing (a chart from mpl_drawing, an Agenda 2030 square, the årshjul) as a PNG picture,
for the Word reports. ReportLab's own rasteriser (renderPM) needs pycairo since ReportLab 5 and draws
no text without it; matplotlib's Agg renderer, which the charts are made with anyway, draws the same
shapes: paths, rectangles, circles, lines and text in DejaVu Sans, at any angle, with alpha and dashes.
"""

from __future__ import annotations

import math
from io import BytesIO

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.patches import PathPatch
from matplotlib.path import Path as MplPath
from matplotlib.transforms import Affine2D
from reportlab.graphics import shapes

PAD = 2.0  # points of white around the drawing: a text set flush with its edge keeps its last letter
ANCHOR = {"start": "left", "middle": "center", "end": "right", "numeric": "right"}
CAP = {0: "butt", 1: "round", 2: "projecting"}
JOIN = {0: "miter", 1: "round", 2: "bevel"}


def picture_size(drawing) -> tuple[float, float]:
    """The picture's width and height in points: the drawing's, and the white around it."""
    return max(1.0, float(drawing.width)) + 2 * PAD, max(1.0, float(drawing.height)) + 2 * PAD


def drawing_png(drawing, dpi: float = 150) -> bytes:
    """The drawing on white, `dpi` dots per inch (its size in points is its size on paper), with `PAD`
    points of white around it."""
    width, height = picture_size(drawing)
    figure = Figure(figsize=(width / 72.0, height / 72.0), dpi=dpi)
    FigureCanvasAgg(figure)
    # The shapes go straight onto the figure (an Axes costs more to set up than a chart takes to draw),
    # placed in points: 1/72 inch, which the figure's own transform turns into pixels.
    points = Affine2D().translate(PAD, PAD).scale(1 / 72.0) + figure.dpi_scale_trans
    _group(figure, drawing, _matrix(getattr(drawing, "transform", None)), points)
    out = BytesIO()
    figure.savefig(out, format="png", dpi=dpi, facecolor="white")
    return out.getvalue()


def _matrix(transform) -> Affine2D:
    if not transform:
        return Affine2D()
    a, b, c, d, e, f = transform
    return Affine2D.from_values(a, b, c, d, e, f)


def _scale(matrix: Affine2D) -> float:
    (a, c, _e), (b, d, _f), _ = matrix.get_matrix()
    return math.sqrt(abs(a * d - b * c)) or 1.0


def _group(figure, group, matrix: Affine2D, points) -> None:
    for shape in getattr(group, "contents", ()):
        if isinstance(shape, shapes.Group):
            _group(figure, shape, _matrix(shape.transform) + matrix, points)
        elif isinstance(shape, shapes.String):
            _string(figure, shape, matrix, points)
        else:
            path = _path(shape)
            if path is not None:
                _patch(figure, shape, path, matrix, points,
                       closed=not isinstance(shape, (shapes.Line, shapes.PolyLine)))


def _path(shape) -> MplPath | None:
    if isinstance(shape, shapes.Path):
        return _from_operators(shape.points, shape.operators)
    if isinstance(shape, shapes.Rect):
        x, y, w, h = shape.x, shape.y, shape.width, shape.height
        return MplPath([(x, y), (x + w, y), (x + w, y + h), (x, y + h), (x, y)], closed=True)
    if isinstance(shape, shapes.Circle):
        return MplPath.circle((shape.cx, shape.cy), shape.r)
    if isinstance(shape, shapes.Ellipse):
        return Affine2D().scale(shape.rx, shape.ry).translate(shape.cx, shape.cy).transform_path(MplPath.unit_circle())
    if isinstance(shape, shapes.Line):
        return MplPath([(shape.x1, shape.y1), (shape.x2, shape.y2)])
    if isinstance(shape, (shapes.PolyLine, shapes.Polygon)):
        points = list(zip(shape.points[::2], shape.points[1::2], strict=False))
        if len(points) < 2:
            return None
        return MplPath(points + [points[0]], closed=True) if isinstance(shape, shapes.Polygon) else MplPath(points)
    if hasattr(shape, "asPolygon"):  # a wedge, and the like
        return _path(shape.asPolygon())
    return None


def _from_operators(points, operators) -> MplPath | None:
    vertices, codes, index, start = [], [], 0, (0.0, 0.0)
    for operator in operators:
        if operator == 0:  # moveTo
            start = (points[index], points[index + 1])
            vertices.append(start)
            codes.append(MplPath.MOVETO)
            index += 2
        elif operator == 1:  # lineTo
            vertices.append((points[index], points[index + 1]))
            codes.append(MplPath.LINETO)
            index += 2
        elif operator == 2:  # curveTo
            for step in range(3):
                vertices.append((points[index + 2 * step], points[index + 2 * step + 1]))
                codes.append(MplPath.CURVE4)
            index += 6
        elif operator == 3:  # closePath
            vertices.append(start)
            codes.append(MplPath.CLOSEPOLY)
    return MplPath(vertices, codes) if vertices else None


def _colour(colour, opacity=None):
    if colour is None:
        return "none"
    alpha = getattr(colour, "alpha", 1.0)
    if opacity is not None:
        alpha *= opacity
    return (colour.red, colour.green, colour.blue, alpha)


def _patch(figure, shape, path: MplPath, matrix: Affine2D, points, *, closed: bool) -> None:
    fill = getattr(shape, "fillColor", None) if closed else None
    stroke = getattr(shape, "strokeColor", None)
    width = getattr(shape, "strokeWidth", 1) or 0
    if fill is None and (stroke is None or width <= 0):
        return
    scale = _scale(matrix)
    dashes = getattr(shape, "strokeDashArray", None)
    if dashes and isinstance(dashes[-1], (list, tuple)):  # (offset, [dashes])
        dashes = dashes[-1]
    patch = PathPatch(path, transform=matrix + points, facecolor=_colour(fill, getattr(shape, "fillOpacity", None)),
                      edgecolor=_colour(stroke, getattr(shape, "strokeOpacity", None)) if width > 0 else "none",
                      linewidth=width * scale, capstyle=CAP.get(getattr(shape, "strokeLineCap", 0), "butt"),
                      joinstyle=JOIN.get(getattr(shape, "strokeLineJoin", 0), "miter"), fill=fill is not None)
    if dashes:
        patch.set_linestyle((0, [max(0.1, float(d) * scale) for d in dashes]))
    figure.add_artist(patch)


def _string(figure, string, matrix: Affine2D, points) -> None:
    from .typography import printable

    if not string.text:
        return
    (a, _c, _e), (b, _d, _f), _ = matrix.get_matrix()
    name = string.fontName or ""
    figure.text(string.x, string.y, printable(string.text), transform=matrix + points,
              fontsize=string.fontSize * _scale(matrix), family="DejaVu Sans",
              weight="bold" if "Bold" in name else "normal", style="italic" if "Oblique" in name else "normal",
              ha=ANCHOR.get(string.textAnchor, "left"), va="baseline", rotation=math.degrees(math.atan2(b, a)),
              rotation_mode="anchor", color=_colour(string.fillColor) if string.fillColor is not None else "black")
