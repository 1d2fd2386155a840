"""Issue 19, item 6: every report is a tagged PDF (PDF/UA-1). The checker in pdf_ua.py walks the
structure tree, the parent tree and every page's content of each kind, for the demo plan and for a plan
from each template after importing the real Kolada files, in Swedish and in English."""

from __future__ import annotations

import pikepdf
import pytest
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

from styrapp.models.file.plan_file import open_plan
from styrapp.models.rules.measurements import MeasurementIn
from styrapp.models.services import indicators
from styrapp.reports import kinds
from styrapp.reports.engine import ReportOptions, build_report
from tests.conftest import REALDATA, make_plan

from .pdf_sizes import text_runs
from .pdf_ua import check

TEMPLATES = ("nvk", "vasteras", "norrtalje", "norsjo", "askersund", "default")


def _options(kind: str, size: str = "A4", language: str | None = None, period: str | None = "Delårsrapport"):
    spec = kinds.report_kind(kind)
    return ReportOptions(size=size, period=period if spec.uses_period else None, language=language)


def _checked(path, kind: str):
    tree, problems = check(path)
    if kind == "arshjul":  # one page that is one figure: no running header or footer to be artifacts
        problems = [p for p in problems if not p.startswith("no artifacts")]
    assert problems == [], problems[:20]
    return tree


@pytest.mark.parametrize("kind", kinds.KEYS)
def test_every_kind_of_the_demo_plan_is_a_tagged_pdf(demo, tmp_path, kind):
    spec = kinds.report_kind(kind)
    for size in spec.sizes:
        path = build_report(demo, kind, tmp_path / f"{kind}-{size}.pdf", _options(kind, size))
        tree = _checked(path, kind)
        roles = tree.roles()
        assert roles[0] == "Document"
        if kind == "arshjul":
            assert roles == ["Document", "Figure"]
            alt = tree.alts()[0]
            assert alt.startswith("Årshjul 2026") and "Direktionssammanträde" in alt and "18 februari" in alt
            continue
        assert "H1" in roles and "P" in roles
        if not spec.whole_page:  # the cover's contents: a TOC of links
            assert "TOC" in roles and roles.count("TOCI") == roles.count("Link") >= 1
        for role in ("Table", "TR"):
            if role in roles:
                assert "TH" in roles
        with pikepdf.open(path) as pdf:
            assert str(pdf.Root.Lang) == "sv"
            assert str(pdf.docinfo.Title) == str(pdf.open_metadata()["dc:title"])


def test_the_figures_of_the_reports_say_what_they_show(demo, tmp_path):
    plan_path = build_report(demo, "verksamhetsplan", tmp_path / "vp.pdf")
    follow_up = build_report(demo, "uppfoljning", tmp_path / "up.pdf", _options("uppfoljning"))
    plan_alts, follow_alts = check(plan_path)[0].alts(), check(follow_up)[0].alts()
    assert len(plan_alts) >= 10 and all(len(alt) > 20 for alt in plan_alts + follow_alts)
    assert any(alt.startswith("Diagram över ") and "Utfall " in alt for alt in plan_alts)
    assert any(alt.startswith("Agenda 2030-mål: ") for alt in plan_alts)  # NVK's numbered squares
    assert any(alt.startswith("Årshjul 2026") for alt in plan_alts)
    assert any(alt.startswith("Diagram över målens status per målområde: ") for alt in follow_alts)
    assert any(alt.startswith("Ram, utfall och prognos per enhet: ") and "ram " in alt for alt in follow_alts)


def test_a_charts_alternative_text_is_written_from_its_values(demo, tmp_path):
    """The issue's own example: "Utfall 2022–2026: 2, 3, 1, 0, 0; målvärde 0"."""
    from sqlalchemy import select

    from styrapp.models.tables import Node

    with demo.session() as session:
        goal = session.execute(select(Node.id).where(Node.parent_id.is_(None)).order_by(Node.id)).scalars().first()
    ident = indicators.create_indicator(demo, name="Anmärkningar i testet", goal_ids=[goal], unit="antal", target=0)
    indicators.add_measurements(demo, ident, [MeasurementIn(str(year), value)
                                              for year, value in zip(range(2022, 2027), (2, 3, 1, 0, 0), strict=True)])
    alts = check(build_report(demo, "verksamhetsplan", tmp_path / "vp.pdf"))[0].alts()
    assert "Diagram över Anmärkningar i testet: Utfall 2022–2026: 2, 3, 1, 0, 0; målvärde 0." in alts
    english = check(build_report(demo, "verksamhetsplan", tmp_path / "en.pdf", ReportOptions(language="en")))[0]
    assert "Chart of Anmärkningar i testet: Outcome 2022–2026: 2, 3, 1, 0, 0; target 0." in english.alts()


@pytest.mark.parametrize("kind", ["verksamhetsplan", "uppfoljning", "nulageskoll", "arshjul"])
def test_an_english_report_is_tagged_as_english(demo, tmp_path, kind):
    path = build_report(demo, kind, tmp_path / f"{kind}.pdf", _options(kind, language="en"))
    _checked(path, kind)
    with pikepdf.open(path) as pdf:
        assert str(pdf.Root.Lang) == "en"
        assert pdf.open_metadata()["pdfuaid:part"] == "1"


@pytest.mark.parametrize("template", TEMPLATES)
def test_every_kind_from_each_template_after_the_real_kolada_files_is_tagged_and_legible(tmp_path, template):
    from styrapp.exchange.kolada import import_kolada

    with open_plan(make_plan(tmp_path / f"{template}.styrplan", template, year=2026)) as plan:
        for name in ("kld_data.v2.json", "fagersta_norberg_n01951_n00945.v2.json"):
            import_kolada(plan, REALDATA / "kolada" / name)
        for kind in kinds.KEYS:
            path = build_report(plan, kind, tmp_path / f"{kind}.pdf", _options(kind, period=None))
            _checked(path, kind)
            runs = text_runs(path)  # and legible (item 2): no text under 7 pt, whatever the template
            assert runs and not [(r.page, round(r.size, 2), r.text) for r in runs if r.size < 7 - 0.005][:5]


def test_a_plain_reportlab_document_is_drawn_as_before(tmp_path):
    """The hook that tags flowables only acts on a canvas that tags: any other document has no marks."""
    import styrapp.reports.tagging  # noqa: F401 - installs the hook

    path = tmp_path / "plain.pdf"
    style = getSampleStyleSheet()["Normal"]
    SimpleDocTemplate(str(path)).build([Paragraph("Hej", style), Table([["a", "b"], ["1", "2"]])],
                                       canvasmaker=Canvas)
    with pikepdf.open(path) as pdf:
        operators = {str(op) for _operands, op in pikepdf.parse_content_stream(pdf.pages[0])}
        assert not operators & {"BDC", "BMC", "EMC"}
        assert "/StructTreeRoot" not in pdf.Root
