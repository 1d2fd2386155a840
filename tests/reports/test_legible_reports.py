"""Issue 19, item 2: no text in any report smaller than 7 pt, read from the PDF as printed: the font size
times every transformation it is drawn under (a chart is a scaled drawing), for every report kind; and
the uppföljningsrapport's summary chart stays inside the margins whatever a goal area is called."""

from __future__ import annotations

import pytest
from reportlab.graphics.shapes import Drawing, String
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select

from styrapp.models.services import nodes
from styrapp.models.tables import Node
from styrapp.reports import kinds
from styrapp.reports.engine import ReportOptions, build_report

from .pdf_sizes import text_runs

LEAST = 7.0
TOLERANCE = 0.005  # a PDF writes its matrices to a few decimals: 6,999998 pt is 7 pt


def test_the_reader_measures_text_as_printed_under_scaling_and_in_forms(tmp_path):
    """A known case: 10 pt text scaled by 0.5 (a drawing) is 5 pt on the page; 8 pt inside a form XObject
    drawn at twice its size is 16 pt; rotated text keeps its size."""
    from reportlab.graphics import renderPDF

    path = tmp_path / "known.pdf"
    canvas = Canvas(str(path))
    drawing = Drawing(200, 100)
    drawing.add(String(10, 10, "halved", fontSize=10))
    drawing.scale(0.5, 0.5)
    renderPDF.draw(drawing, canvas, 50, 700)
    canvas.beginForm("doubled")
    canvas.setFont("Helvetica", 8)
    canvas.drawString(0, 0, "doubled")
    canvas.endForm()
    canvas.saveState()
    canvas.transform(2, 0, 0, 2, 100, 400)
    canvas.doForm("doubled")
    canvas.restoreState()
    canvas.saveState()
    canvas.translate(300, 300)
    canvas.rotate(30)
    canvas.setFont("Helvetica", 9)
    canvas.drawString(0, 0, "turned")
    canvas.restoreState()
    canvas.save()
    sizes = {run.text: run.size for run in text_runs(path)}
    assert sizes == pytest.approx({"halved": 5.0, "doubled": 16.0, "turned": 9.0})


def smallest(path):
    runs = text_runs(path)
    assert runs, path
    least = min(runs, key=lambda run: run.size)
    return least, [run for run in runs if run.size < LEAST - TOLERANCE]


@pytest.mark.parametrize("kind", kinds.KEYS)
def test_no_text_of_any_report_kind_is_smaller_than_7_pt(demo, tmp_path, kind):
    spec = kinds.report_kind(kind)
    for size in spec.sizes or ("A4",):
        options = ReportOptions(size=size, period="Delårsrapport" if spec.uses_period else None)
        path = build_report(demo, kind, tmp_path / f"{kind}-{size}.pdf", options)
        least, small = smallest(path)
        assert not small, [(run.page, round(run.size, 2), run.text) for run in small[:10]]
        assert least.size >= LEAST - TOLERANCE


def test_the_summary_chart_stays_inside_the_margins_with_any_goal_area_title(demo, tmp_path):
    from styrapp.reports.follow_up_report import status_chart
    from styrapp.reports.mpl_drawing import figure_to_drawing
    from styrapp.reports.typography import CONTENT_WIDTH

    long_words = "Ett tryggt, hållbart och attraktivt Västmanland för alla som bor, verkar och vistas här " * 6
    one_word = "Samhällsbyggnadsförvaltningensmålområdeförvattenochavloppsamtavfallshantering" * 3
    areas = [(long_words, {}), (one_word, {}), ("Kort", {})]
    from styrapp.models.enums import Status
    from styrapp.reports.follow_up_report import ORDER

    counts = [dict.fromkeys(ORDER, 0) | {Status.GREEN: 2, Status.RED: 1} for _ in areas]
    drawing = figure_to_drawing(status_chart([(name, c) for (name, _), c in zip(areas, counts, strict=True)]))
    x0, _y0, x1, _y1 = drawing.getBounds()
    assert drawing.width == pytest.approx(CONTENT_WIDTH, abs=0.5)
    assert x0 >= -0.5 and x1 <= drawing.width + 0.5, (x0, x1, drawing.width)
    # … and in the report: the goal areas renamed so, every character of the summary page within the margins.
    with demo.session() as session:
        top = list(session.execute(select(Node.id).where(Node.parent_id.is_(None)).order_by(Node.id)).scalars())
    nodes.rename_node(demo, top[0], long_words)
    nodes.rename_node(demo, top[-1], one_word)
    path = build_report(demo, "uppfoljning", tmp_path / "f.pdf", ReportOptions(period="Delårsrapport"))
    least, small = smallest(path)
    assert not small
    from pypdf import PdfReader

    width = float(PdfReader(str(path)).pages[0].mediabox.width)
    for run in text_runs(path):
        assert 56.0 <= run.x <= width - 56.0, (run.page, run.text, run.x)
