"""matplotlib figures drawn straight into ReportLab: paths stay paths (rings filled, dashes kept), text
stays text in our font, at its angle."""

from __future__ import annotations

from matplotlib.figure import Figure
from matplotlib.patches import Wedge
from pypdf import PdfReader
from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Group, Path, String

from styrapp.reports.mpl_drawing import figure_to_drawing
from styrapp.reports.typography import BOLD, FAMILY, register_fonts


def _walk(node):
    for item in getattr(node, "contents", []):
        yield item
        if isinstance(item, Group):
            yield from _walk(item)


def test_a_figure_becomes_vector_shapes_and_real_text(tmp_path):
    register_fonts()
    figure = Figure(figsize=(3, 2))
    axes = figure.add_axes((0, 0, 1, 1))
    axes.set_xlim(0, 10)
    axes.set_ylim(0, 10)
    axes.set_axis_off()
    axes.add_patch(Wedge((5, 5), 4, -90, 270, width=1, facecolor="#88AAFF"))
    axes.plot([1, 9], [1, 9], "--", color="#C62828", linewidth=2)
    axes.text(5, 5, "Årshjul 2026 € ✓", rotation=30, fontweight="bold")
    axes.text(2, 8, "Delårsrapport")
    drawing = figure_to_drawing(figure)
    assert (round(drawing.width), round(drawing.height)) == (216, 144)  # 3 × 2 inches in points
    shapes = list(_walk(drawing))
    strings = [s for s in shapes if isinstance(s, String)]
    assert {s.text for s in strings} == {"Årshjul 2026 € ✓", "Delårsrapport"}
    assert {s.fontName for s in strings} == {FAMILY, BOLD}
    rotated = next(g for g in shapes if isinstance(g, Group) and any(
        isinstance(c, String) and c.text.startswith("Årshjul") for c in g.contents))
    assert abs(rotated.transform[1] - 0.5) < 0.01  # sin 30°
    ring = next(p for p in shapes if isinstance(p, Path) and p.fillColor is not None and p.operators.count(0) == 2)
    assert 3 in ring.operators  # the outer circle is closed before the inner one starts, so it fills
    assert any(isinstance(p, Path) and p.strokeDashArray for p in shapes)
    renderPDF.drawToFile(drawing, str(tmp_path / "figur.pdf"))
    assert "Delårsrapport" in PdfReader(tmp_path / "figur.pdf").pages[0].extract_text()
