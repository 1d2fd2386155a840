"""Reports as Word documents (issue 19, item 7): the same report as the PDF, written with python-docx —
real Word headings (the PDF's, in order), Word tables whose header rows repeat, pictures with
alternative text, a table of contents field, the running header and page numbers as fields, the
document's language; the kinds drawn page by page are refused, and nothing is left behind."""

from __future__ import annotations

import zipfile

import pytest
from docx import Document
from docx.oxml.ns import qn
from pypdf import PdfReader
from sqlalchemy import select

from styrapp.models.content.templates import all_templates
from styrapp.models.errors import InvalidValue
from styrapp.models.file.plan_file import open_plan
from styrapp.models.services import indicators, nodes
from styrapp.models.tables import Node
from styrapp.reports import word_document, word_story
from styrapp.reports.engine import ReportOptions, build_report
from styrapp.reports.kinds import BY_KEY, KEYS, WORD_KEYS
from styrapp.reports.pdf_document import ReportCancelled
from tests.conftest import make_plan

MARKUP = ("<b>", "</b>", "<i>", "<font", "<br", "&amp;", "&lt;", "&gt;", "&nbsp;")


def _options(kind: str, **more) -> ReportOptions:
    return ReportOptions(period="Delårsrapport" if BY_KEY[kind].uses_period else None, **more)


def _outline(pdf) -> list[tuple[int, str]]:
    """The PDF's bookmarks (every heading, with its level), in order."""
    reader = PdfReader(pdf)

    def walk(items, level):
        for item in items:
            if isinstance(item, list):
                yield from walk(item, level + 1)
            else:
                yield level, item.title
    return list(walk(reader.outline, 0))


def _headings(document) -> list[tuple[int, str]]:
    return [(int(p.style.name.split()[-1]) - 1, p.text) for p in document.paragraphs
            if p.style.name.startswith("Heading ")]


def _texts(path) -> str:
    """Every text the Word file holds: the body, its tables, header and footer."""
    with zipfile.ZipFile(path) as package:
        return " ".join(package.read(name).decode("utf-8") for name in package.namelist()
                        if name.startswith("word/") and name.endswith(".xml"))


def _plain(path) -> list[str]:
    from lxml import etree

    out = []
    with zipfile.ZipFile(path) as package:
        for name in package.namelist():
            if name.startswith("word/") and name.endswith(".xml"):
                root = etree.fromstring(package.read(name))
                out += [t.text or "" for t in root.iter(qn("w:t"))]
    return out


def _spy(monkeypatch) -> list:
    """The stories write_docx is given; and that it knew every flowable in them."""
    stories = []
    real, write = word_document.write_docx, word_story.StoryWriter.write

    def spy(path, cover, story, **kwargs):
        stories.append(story)
        return real(path, cover, story, **kwargs)

    def every_flowable_known(writer, story):
        write(writer, story)
        assert writer.unknown == []
    monkeypatch.setattr(word_document, "write_docx", spy)
    monkeypatch.setattr(word_story.StoryWriter, "write", every_flowable_known)
    return stories


def _tables_with_header(story) -> int:
    from reportlab.platypus import Table

    from styrapp.reports.word_tables import header_rows

    count = 0
    for flowable in story:
        if isinstance(flowable, Table):
            count += header_rows(flowable) > 0
        count += _tables_with_header(getattr(flowable, "_content", None) or [])
    return count


def check_word_report(plan, kind: str, folder, monkeypatch, options: ReportOptions | None = None) -> Document:
    """The Word report of `kind` against its PDF: the same headings in order, Word tables with their
    header rows marked and bold, every picture with alternative text, a contents field, no markup."""
    options = options or _options(kind)
    pdf = build_report(plan, kind, folder / f"{kind}.pdf", options)
    stories = _spy(monkeypatch)
    path = build_report(plan, kind, folder / f"{kind}.docx", options)
    monkeypatch.undo()
    document = Document(path)
    words = _headings(document)
    assert [(level, text[:200]) for level, text in words] == _outline(pdf), kind
    assert document.core_properties.title and document.core_properties.author
    xml = document.element.xml
    if words:
        assert 'TOC \\o "1-2" \\h \\z \\u' in xml
        listed = [text for level, text in words if level < 2]
        toc_lines = [p.text for p in document.paragraphs if p.style.name.startswith("toc ")]
        assert toc_lines == listed  # the contents read before Word updates the field
    marked = [t for t in document.tables if t.rows[0]._tr.trPr is not None
              and t.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None]
    assert len(marked) == _tables_with_header(stories[0]), kind
    for table in marked:
        runs = [r for cell in table.rows[0].cells for p in cell.paragraphs for r in p.runs if r.text.strip()]
        assert runs and all(r.bold for r in runs)
    pictures = document.inline_shapes
    for picture in pictures:
        assert picture._inline.docPr.get("descr", "").strip(), kind
    text = " ".join(_plain(path))
    assert not [mark for mark in MARKUP if mark in text], kind
    return document


@pytest.mark.parametrize("kind", WORD_KEYS)
def test_every_kind_of_the_demo_plan_as_word(demo, tmp_path, monkeypatch, kind):
    document = check_word_report(demo, kind, tmp_path, monkeypatch)
    properties = document.core_properties
    assert properties.author == "Norra Västmanlands Kommunalteknikförbund" and properties.language == "sv-SE"
    assert 'w:val="sv-SE"' in document.styles.element.xml
    parts = _texts(tmp_path / f"{kind}.docx")
    assert "PAGE" in parts and "NUMPAGES" in parts and "Sida" in parts  # "Sida x av y"
    assert "Norra Västmanlands Kommunalteknikförbund" in document.sections[0].header.paragraphs[0].text
    assert document.sections[0].different_first_page_header_footer  # no running header on the cover
    body = document.sections[-1]
    assert (body.page_width > body.page_height) == BY_KEY[kind].wide  # landscape for the wide tables


def test_the_demo_operational_plan_has_its_charts_and_squares_as_pictures(demo, tmp_path):
    document = Document(build_report(demo, "verksamhetsplan", tmp_path / "vp.docx"))
    descriptions = [shape._inline.docPr.get("descr") for shape in document.inline_shapes]
    assert len(descriptions) >= 20
    assert any(d.startswith("Diagram över ") and "Utfall " in d for d in descriptions)  # the PDF's own text
    assert any(d.startswith("Agenda 2030-mål: 6 ") for d in descriptions)
    assert document.paragraphs[1].style.name == "Subtitle" or any(p.style.name == "Title" for p in document.paragraphs)
    assert [p.text for p in document.paragraphs if p.style.name == "Title"] == ["Verksamhetsplan 2026"]


def test_an_english_report_is_english_through_and_through(demo, tmp_path, monkeypatch):
    for kind in ("verksamhetsplan", "uppfoljning", "internkontroll"):
        document = check_word_report(demo, kind, tmp_path, monkeypatch, _options(kind, language="en"))
        assert document.core_properties.language == "en-GB"
        texts = _texts(tmp_path / f"{kind}.docx")
        assert "Page" in texts and "Sida" not in texts and "Innehåll" not in texts
        assert any(p.text == "Contents" for p in document.paragraphs)
    headings = [text for _level, text in _headings(Document(tmp_path / "verksamhetsplan.docx"))]
    assert "Goals" in headings


@pytest.mark.parametrize("template", [t.name for t in all_templates()])
def test_every_kind_of_a_plan_from_each_template(tmp_path, monkeypatch, template):
    with open_plan(make_plan(tmp_path / f"{template}.styrplan", template, year=2026)) as plan:
        with plan.session() as session:
            goal = session.execute(select(Node.id).where(Node.parent_id.is_(None)).order_by(Node.position)).scalars().first()
        if goal is None:
            from styrapp.models.tables import GovernanceLevel

            with plan.session() as session:
                level = session.execute(select(GovernanceLevel.id).order_by(GovernanceLevel.id)).scalars().first()
            goal = nodes.create_node(plan, level_id=level, title="Trygg & säker <kommun>")
        indicators.create_indicator(plan, name="Nöjd medborgare & <index>", goal_ids=[goal], sdgs=[3], target=60)
        for kind in WORD_KEYS:
            options = ReportOptions(period=None)
            try:
                build_report(plan, kind, tmp_path / f"{kind}.pdf", options)
            except InvalidValue as refused:  # the PDF is refused (no periods, say): so is the Word file
                with pytest.raises(InvalidValue) as also:
                    build_report(plan, kind, tmp_path / f"{kind}.docx", options)
                assert also.value.message == refused.value.message and not (tmp_path / f"{kind}.docx").exists()
                continue
            check_word_report(plan, kind, tmp_path, monkeypatch, options)
        text = " ".join(_plain(tmp_path / "verksamhetsplan.docx"))
        assert "Nöjd medborgare & <index>" in text  # typed text as typed: no escapes, no markup


@pytest.mark.parametrize("kind", [key for key in KEYS if key not in WORD_KEYS])
def test_a_kind_drawn_page_by_page_is_refused_as_word_and_nothing_is_written(demo, tmp_path, kind):
    assert kind in ("nulageskoll", "arshjul")
    folder = tmp_path / "ut"
    folder.mkdir()
    target = folder / "rapport.docx"
    with pytest.raises(InvalidValue) as refused:
        build_report(demo, kind, target)
    message = refused.value.message
    assert "Word" in message and "PDF" in message and "verksamhetsplan, uppdragsplan, uppfoljning" in message
    assert not target.exists() and list(folder.iterdir()) == []
    target.write_bytes(b"an older file")  # one already there is left as it was
    with pytest.raises(InvalidValue):
        build_report(demo, kind, target)
    assert target.read_bytes() == b"an older file"
    from styrapp.wording import use_language

    with use_language("en"):
        assert "cannot be written as a Word file" in InvalidValue(refused.value.code, **refused.value.values).message


def test_a_cancelled_word_report_leaves_no_file(demo, tmp_path):
    seen = []

    def progress(percent, what):
        seen.append(percent)
        return percent < 50  # Cancel pressed while the pages are written

    folder = tmp_path / "ut"
    folder.mkdir()
    with pytest.raises(ReportCancelled):
        build_report(demo, "verksamhetsplan", folder / "vp.docx", progress=progress)
    assert list(folder.iterdir()) == []
    assert max(seen) >= 50


def test_hostile_text_reaches_word_as_typed(norrtalje, tmp_path):
    with norrtalje.session() as session:
        from styrapp.models.tables import GovernanceLevel

        level = session.execute(select(GovernanceLevel.id).where(GovernanceLevel.key == "focus_area")).scalar_one()
    title = "R&D <b>fet</b> & \"citat\" 😀\x0b slut"
    nodes.create_node(norrtalje, level_id=level, title=title, description="Rad ett\nRad två & <i>")
    document = Document(build_report(norrtalje, "verksamhetsplan", tmp_path / "vp.docx"))
    headings = [text for _level, text in _headings(document)]
    typed = [text for text in headings if text.startswith("Målområde: R&D <b>fet</b> & \"citat\" ")]
    assert len(typed) == 1 and typed[0].endswith(" slut") and "\x0b" not in typed[0], headings
    assert "Rad ett" in document.element.xml and "Rad två &amp; &lt;i&gt;" in document.element.xml  # XML-escaped once


def test_a_drawing_becomes_a_picture_in_its_colours():
    from io import BytesIO

    from PIL import Image

    from styrapp.reports.drawing_picture import drawing_png
    from styrapp.reports.styrmodell import sdg_squares

    picture = Image.open(BytesIO(drawing_png(sdg_squares([6, 11], 100), dpi=300))).convert("RGB")
    assert picture.width > 100  # 2 squares of 5.5 mm and a gap, at 300 dpi
    colours = {picture.getpixel((x, picture.height // 4)) for x in range(0, picture.width, 3)}
    assert any(abs(r - 0x26) < 40 and abs(g - 0xBD) < 40 and abs(b - 0xE2) < 40 for r, g, b in colours)  # SDG 6's blue
    whites = sum(1 for x in range(picture.width) for y in range(picture.height) if picture.getpixel((x, y)) == (255, 255, 255))
    assert whites > 0  # the numbers, in white on the squares


def test_the_logo_is_on_the_cover_with_alt_text_and_a_damaged_one_is_left_off(demo, tmp_path):
    from io import BytesIO

    from PIL import Image

    from styrapp.models.rules.pictures import logo_fields
    from styrapp.models.services.organisation import set_organisation

    buffer = BytesIO()
    Image.effect_noise((400, 200), 60).convert("RGB").save(buffer, "PNG")
    picture = buffer.getvalue()
    set_organisation(demo, **logo_fields(picture))
    document = Document(build_report(demo, "internkontroll", tmp_path / "ik.docx"))
    first = document.inline_shapes[0]
    assert first._inline.docPr.get("descr") == "Logotyp för Norra Västmanlands Kommunalteknikförbund"
    assert abs(first.width.mm - 60) < 0.5 and abs(first.height.mm - 30) < 0.5  # as on the PDF's cover
    set_organisation(demo, logo=picture[: len(picture) // 3], logo_mime="image/png")  # cut off, from an older styrapp
    document = Document(build_report(demo, "internkontroll", tmp_path / "ik2.docx"))
    assert not [s for s in document.inline_shapes if s._inline.docPr.get("descr", "").startswith("Logotyp")]
    assert "Norra Västmanlands Kommunalteknikförbund" in [p.text for p in document.paragraphs[:5]]
