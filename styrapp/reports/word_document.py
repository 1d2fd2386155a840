"""A report as a Word document (python-docx), from the same story the PDF is laid out from: the cover
(organisation, title in Word's Title style, subtitle, decision, printed date, logo), a real table of
contents field (TOC \\o "1-2"), filled in with the headings so it reads before Word updates it, Word
headings, tables and pictures with alternative text (word_story.py), landscape pages for the wide
kinds, the running header (organisation · report · unit) and "Sida x av y" as PAGE and NUMPAGES fields,
and the document's properties (title, author = the organisation, subject, language). Written whole or
not at all.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from io import BytesIO
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from ..atomic import replacing
from ..models.rules.pictures import picture_problem
from ..wording import current_language, long_date, tr
from .pdf_document import Cover, Progress, ReportCancelled, printable_title, running_title
from .typography import INK, MARGIN, MUTED, accent_ink, printable
from .word_story import StoryWriter
from .word_text import clean, hex_colour
from .word_xml import element, field, field_end, field_start, link_to, put

FONT = "Arial"  # on every Windows and Mac; LibreOffice sets it in Liberation Sans, which has its widths
LANGUAGE = {"sv": "sv-SE", "en": "en-GB"}
CONTENTS_LEVELS = 2  # as the PDF's contents: the sections and the level below them
PORTRAIT = (Mm(210), Mm(297))


def write_docx(path: Path | str, cover: Cover, story: list, *, subject: str, progress: Progress | None = None,
               wide: bool = False) -> Path:
    """Write `story` after the cover and contents as a Word document at `path`, whole or not at all."""
    path = Path(path)
    document = Document()
    language = LANGUAGE.get(current_language(), "sv-SE")
    _styles(document, language)
    _properties(document, cover, subject, language)
    first = document.sections[0]
    _page(first, wide=False)
    first.different_first_page_header_footer = True  # the cover has no running header, as in the PDF
    _running_header(document, first, cover)
    _cover(document, cover)
    counted = _Ticks(progress, len(story))
    room = _room(wide)
    writer = StoryWriter(document, room, counted.tick)
    contents = _contents_place(document) if _has_headings(story) else None
    body = document.add_section(WD_SECTION.NEW_PAGE)
    body.different_first_page_header_footer = False
    _page(body, wide=wide)
    if wide:  # its header reaches across the wider page
        for part in (body.header, body.footer):
            part.is_linked_to_previous = False
        _running_header(document, body, cover)
    writer.write(story)
    if writer.ends_with_table():  # Word ends a document with a paragraph, also after a table
        document.add_paragraph(style="Normal")
    if contents is not None:
        _fill_contents(contents, writer.headings)
    if counted.progress is not None and counted.progress(99, "writing the file") is False:
        raise ReportCancelled()
    with replacing(path) as temporary:
        document.save(str(temporary))
    return path


class _Ticks:
    """Progress from 40 % (the story is built) to 99 % as the flowables are written; Cancel stops it."""

    def __init__(self, progress: Progress | None, total: int):
        self.progress, self.total, self.done = progress, max(1, total), 0

    def tick(self) -> None:
        self.done += 1
        if self.progress is not None and self.done % 10 == 0:
            if self.progress(min(98, 40 + 58 * self.done // self.total), "laying out the pages") is False:
                raise ReportCancelled()


def _room(wide: bool) -> float:
    """The width in points that text takes on a page."""
    width = 297 if wide else 210
    return width * 72 / 25.4 - 2 * MARGIN


def _page(section, *, wide: bool) -> None:
    section.orientation = WD_ORIENT.LANDSCAPE if wide else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (PORTRAIT[1], PORTRAIT[0]) if wide else PORTRAIT
    section.left_margin = section.right_margin = Pt(MARGIN)
    section.top_margin, section.bottom_margin = Pt(MARGIN + 6 * 72 / 25.4), Pt(MARGIN)
    section.header_distance, section.footer_distance = Mm(10), Mm(8)


def _has_headings(story: list) -> bool:
    from .pdf_document import _headings

    return next(_headings(story), None) is not None


# --- styles and properties -----------------------------------------------------------------------------

def _styles(document, language: str) -> None:
    """Word's own styles set in the report's type and colours, in the report's language; and the few of
    our own that the report's paragraphs use (word_text.WORD_STYLE)."""
    styles = document.styles
    defaults = document.styles.element.find(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}docDefaults")
    run_defaults = defaults.find(".//{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rPr")
    put(run_defaults, element("w:lang", val=language, eastAsia=language, bidi=language), "w:rPr")
    accent = RGBColor.from_string(hex_colour(accent_ink()))
    ink, muted = RGBColor.from_string(hex_colour(INK)), RGBColor.from_string(hex_colour(MUTED))

    def looks(style, size: float, *, bold: bool = False, colour=ink, before: float = 0, after: float = 4,
              italic: bool = False) -> None:
        style.font.name, style.font.size, style.font.bold, style.font.italic = FONT, Pt(size), bold, italic
        style.font.color.rgb = colour
        rfonts = style.element.get_or_add_rPr().get_or_add_rFonts()
        for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            rfonts.attrib.pop(qn(attribute), None)  # the template's theme fonts would win over ours
        style.paragraph_format.space_before, style.paragraph_format.space_after = Pt(before), Pt(after)
        put(style.element.get_or_add_rPr(), element("w:lang", val=language), "w:rPr")

    def own(name: str, base: str = "Normal"):
        style = styles[name] if name in [s.name for s in styles] else styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles[base]
        style.quick_style = True
        return style

    looks(styles["Normal"], 10)
    styles["Normal"].paragraph_format.line_spacing = 1.1
    for level, (size, colour, before, after) in enumerate(((18, accent, 12, 8), (13, ink, 12, 4), (10.5, ink, 8, 3))):
        heading = styles[f"Heading {level + 1}"]
        looks(heading, size, bold=True, colour=colour, before=before, after=after)
        heading.paragraph_format.keep_with_next = True
    looks(styles["Title"], 30, bold=True, colour=accent, after=6)
    _no_rule(styles["Title"])
    looks(styles["Subtitle"], 15, after=4)
    looks(styles["TOC Heading"], 18, bold=True, colour=accent, after=10)
    looks(own("Lead"), 10.5, bold=True)
    looks(own("Note"), 8.5, colour=muted)
    looks(own("Small"), 8)
    looks(own("Table Text"), 8, after=0)
    styles["Table Text"].paragraph_format.line_spacing = 1.0
    looks(own("Picture"), 10, after=4)
    looks(own("Cover Detail"), 10.5, colour=muted, after=2)
    for level, (size, bold, indent) in enumerate(((10, True, 0), (9.5, False, 12))):
        toc = own(f"toc {level + 1}")
        looks(toc, size, bold=bold, after=2)
        toc.paragraph_format.left_indent = Pt(indent)
    _header_styles(document, muted)


def _no_rule(style) -> None:
    """Word's template draws a rule under the Title; the report's cover has none."""
    properties = style.element.get_or_add_pPr()
    for border in properties.findall(element("w:pBdr").tag):
        properties.remove(border)


def _header_styles(document, muted) -> None:
    for name in ("Header", "Footer"):
        style = document.styles[name] if name in [s.name for s in document.styles] else \
            document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.font.name, style.font.size, style.font.color.rgb = FONT, Pt(7.5), muted
        style.paragraph_format.tab_stops.clear_all()  # the template's stops are for Letter paper


def _properties(document, cover: Cover, subject: str, language: str) -> None:
    properties = document.core_properties
    now = datetime.now(UTC).replace(microsecond=0)
    properties.title = clean(printable(cover.title))[:250]
    properties.author = properties.last_modified_by = clean(printable(cover.organisation))[:250]
    properties.subject = clean(subject)[:250]
    properties.language = language
    properties.keywords = ""
    properties.comments = tr("Printed from styrapp {day}", day=long_date(date.today()))
    properties.category = ""
    properties.created = properties.modified = now
    properties.last_printed = now
    properties.revision = 1


# --- the cover and the contents -------------------------------------------------------------------------

def _cover(document, cover: Cover) -> None:
    document.add_paragraph(style="Normal").paragraph_format.space_before = Pt(60)
    if cover.logo and picture_problem(cover.logo) is None:  # a damaged logo (from an older styrapp) is left out
        try:
            from PIL import Image

            with Image.open(BytesIO(cover.logo)) as picture:
                width, height = picture.size
            scale = min(60 * 72 / 25.4 / width, 30 * 72 / 25.4 / height)
            shape = document.add_paragraph(style="Picture").add_run().add_picture(
                BytesIO(cover.logo), width=Pt(width * scale), height=Pt(height * scale))
            description = tr("Logo of {organisation}", organisation=clean(printable(cover.organisation)))
            shape._inline.docPr.set("descr", description)
            shape._inline.docPr.set("title", description[:120])
        except Exception:  # noqa: BLE001 - a logo that is no picture is left out, the report still prints
            pass
    document.add_paragraph(_cut(cover.organisation, 200), style="Subtitle")
    document.add_paragraph(_cut(cover.title, 200), style="Title")
    if cover.subtitle:
        document.add_paragraph(_cut(cover.subtitle, 200), style="Subtitle")
    gap = document.add_paragraph(style="Cover Detail")
    gap.paragraph_format.space_before = Pt(30)
    if cover.decided:
        gap.add_run(_cut(cover.decided, 300))
        gap = document.add_paragraph(style="Cover Detail")
    gap.add_run(tr("Printed {day}", day=long_date(date.today())))
    if cover.note:
        note = document.add_paragraph(_cut(cover.note, 1500), style="Cover Detail")
        note.paragraph_format.space_before = Pt(20)


def _cut(value: str, limit: int) -> str:
    value = clean(printable(value))
    return value if len(value) <= limit else value[: limit - 1] + "…"


def _contents_place(document):
    """The contents' page after the cover: its heading, and the paragraph the TOC field starts in."""
    from docx.enum.text import WD_BREAK

    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.add_paragraph(tr("Contents"), style="TOC Heading")
    return document.add_paragraph(style="toc 1")


def _fill_contents(first, headings: list[tuple[int, str, str]]) -> None:
    """The TOC field in paragraph `first`, its shown result a line per heading of the top two levels,
    each a link to its heading (page numbers come when Word updates the field)."""
    lines = [(level, text, name) for level, text, name in headings if level < CONTENTS_LEVELS]
    styles = first.part.document.styles
    style_ids = [styles[f"toc {level + 1}"].style_id for level in range(CONTENTS_LEVELS)]
    field_start(first, f'TOC \\o "1-{CONTENTS_LEVELS}" \\h \\z \\u')
    paragraph = first
    for index, (level, text, name) in enumerate(lines):
        if index:
            paragraph = _after(paragraph)
        paragraph._p.style = style_ids[level]
        link_to(paragraph, name, printable_title(text))
    field_end(paragraph)


def _after(paragraph):
    """A new paragraph right after `paragraph`."""
    from docx.text.paragraph import Paragraph

    new = paragraph._p.makeelement(paragraph._p.tag, {})
    paragraph._p.addnext(new)
    return Paragraph(new, paragraph._parent)


# --- running header and footer -------------------------------------------------------------------------

def _running_header(document, section, cover: Cover) -> None:
    """Organisation on the left, the report (and unit) on the right; below, when it was printed and
    "Sida x av y"."""
    right = section.page_width - section.left_margin - section.right_margin
    header = section.header.paragraphs[0]
    header.text = ""
    header.style = document.styles["Header"]
    header.paragraph_format.tab_stops.add_tab_stop(right, WD_TAB_ALIGNMENT.RIGHT)
    header.add_run(_cut(cover.organisation, 60))
    header.add_run("\t" + clean(running_title(cover)))
    _rule(header, "bottom")
    footer = section.footer.paragraphs[0]
    footer.text = ""
    footer.style = document.styles["Footer"]
    footer.paragraph_format.tab_stops.add_tab_stop(right, WD_TAB_ALIGNMENT.RIGHT)
    footer.add_run(tr("Printed from styrapp {day}", day=long_date(date.today())) + "\t")
    marker = "\u0000"
    words = tr("Page {page} of {pages}", page=f"{marker}PAGE{marker}", pages=f"{marker}NUMPAGES{marker}")
    for index, part in enumerate(words.split(marker)):
        if index % 2:
            field(footer, part, "1")
        elif part:
            footer.add_run(part)
    _rule(footer, "top")


def _rule(paragraph, side: str) -> None:
    rule = element("w:pBdr")
    rule.append(element(f"w:{side}", val="single", sz=4, space=4, color=hex_colour(_rule_colour())))
    put(paragraph._p.get_or_add_pPr(), rule, "w:pPr")


def _rule_colour():
    from .typography import RULE

    return RULE
