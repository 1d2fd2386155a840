"""A report's story (the ReportLab flowables a report kind lays out) written into a Word document: a
pdf_document.Heading becomes a real Word heading (Heading 1–3, bookmarked for the contents), a
paragraph a paragraph with its bold and italic, a table a Word table, a chart or drawing a picture with
alternative text. What only steers ReportLab's page layout (keep-together groups, room checks, page
templates) leaves its content and drops the steering."""

from __future__ import annotations

from collections.abc import Callable
from io import BytesIO

from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml.shape import CT_Inline
from docx.shared import Pt
from docx.text.paragraph import Paragraph as DocxParagraph
from reportlab.graphics.shapes import Drawing, Group, Rect, String
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
)

from ..wording import tr
from .pdf_document import ChartSlot, Heading
from .word_tables import write_table
from .word_text import clean, fill_paragraph, hex_colour, plain_text, word_style
from .word_xml import bookmark, element, put

CHART_DPI = 150
SMALL_DPI = 300  # a small drawing (an Agenda 2030 square) is drawn finer: it is enlarged when read on screen
CELL_ALIGNMENT = {"RIGHT": WD_ALIGN_PARAGRAPH.RIGHT, "DECIMAL": WD_ALIGN_PARAGRAPH.RIGHT,
                  "CENTER": WD_ALIGN_PARAGRAPH.CENTER, "CENTRE": WD_ALIGN_PARAGRAPH.CENTER}  # a text cell's
PICTURE_IDS = 100_000  # the pictures' ids start here, above every other id in the document


class StoryWriter:
    """Writes flowables into `document`; `room` is the width (points) the page's text may take."""

    def __init__(self, document, room: float, tick: Callable[[], None] | None = None):
        self.document, self.room, self.tick = document, room, tick or (lambda: None)
        self.headings: list[tuple[int, str, str]] = []  # (level, text, bookmark) of each heading, in order
        self.unknown: list[str] = []  # flowables it could not write (a test keeps this empty)
        self._columns: list[str] = []  # the header of each column of the table being written
        self._style_ids: dict[str, str | None] = {}
        self._pictures = 0
        self._column = -1

    def write(self, story: list) -> None:
        for flowable in story:
            self.flowable(self.document, flowable, self.room)
            self.tick()

    def paragraph(self, place, style: str):
        """A new paragraph of `style` at the end of `place`. (python-docx finds a style by its name with a
        search through every style, each time: a tenth of a large report's time.)"""
        paragraph = place.add_paragraph()
        paragraph._p.style = self._style_id(style)
        return paragraph

    def _style_id(self, name: str) -> str | None:
        if name not in self._style_ids:
            self._style_ids[name] = None if name == "Normal" else self.document.styles[name].style_id
        return self._style_ids[name]

    def ends_with_table(self) -> bool:
        return _ends_with_table(self.document)

    # --- one flowable -------------------------------------------------------------------------------

    def flowable(self, place, flowable, room: float) -> None:
        if isinstance(flowable, Heading):
            self.heading(place, flowable)
        elif isinstance(flowable, Paragraph):
            if plain_text(flowable):
                fill_paragraph(self.paragraph(place, word_style(flowable)), flowable)
        elif isinstance(flowable, Table):
            self.table(place, flowable, room)
        elif isinstance(flowable, ChartSlot):
            drawing = flowable.drawing.get() if hasattr(flowable.drawing, "get") else flowable.drawing
            self.picture(place, drawing, flowable.alt, room)  # what it shows, as the tagged PDF says it
        elif isinstance(flowable, Drawing):
            if _colour_bar(flowable):
                self.colour_bar(place, flowable)
            else:
                self.picture(place, flowable, getattr(flowable, "alt", None) or self.drawing_alt(flowable), room)
        elif isinstance(flowable, PageBreak):
            place.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif isinstance(flowable, Spacer) and not isinstance(flowable, CondPageBreak):
            self.space(place, flowable.height)
        elif getattr(flowable, "_content", None) is not None:  # KeepTogether, KeepInFrame: keep it on one page
            before = _last_block(place)
            for inner in flowable._content:
                self.flowable(place, inner, room)
            made = _paragraphs_after(place, before)
            for paragraph in made[:-1]:
                DocxParagraph(paragraph, place).paragraph_format.keep_with_next = True
        elif isinstance(flowable, (CondPageBreak, NextPageTemplate)) or type(flowable).__name__ == "RoomFor":
            pass  # the PDF's page layout; Word lays out its own pages
        elif isinstance(flowable, Flowable):
            self.unknown.append(type(flowable).__name__)

    def heading(self, place, flowable: Heading) -> None:
        level = min(max(flowable.level, 0), 2)
        paragraph = self.paragraph(place, f"Heading {level + 1}")
        fill_paragraph(paragraph, flowable, heading=True)
        name = f"_Toc{len(self.headings) + 1:06d}"
        bookmark(paragraph, len(self.headings) + 1, name)
        text = clean(plain_text(flowable))
        self.headings.append((level, text, name))

    def table(self, place, table, room: float) -> None:
        if _ends_with_table(place):  # two tables in a row would run together into one in Word
            self.space(place, 4, always=True)
        from .word_tables import header_rows

        outer = self._columns, self._column
        self._columns = [_cell_text(value) for value in table._cellvalues[0]] if header_rows(table) else []
        write_table(place, table, room, self.cell)
        self._columns, self._column = outer

    def cell(self, cell, value, width: float, style, header: bool, column: int) -> None:
        """A table cell's content: text (a string in the cell's font), paragraphs, drawings, a table."""
        self._column = column
        paragraph = cell.paragraphs[0]  # every new cell has an empty paragraph: in the table's type, even left empty
        paragraph._p.style = self._style_id("Table Text")
        if isinstance(value, str) or value is None:
            text = clean(value or "")
            if text:
                run = paragraph.add_run(text)
                run.bold = header or "Bold" in (getattr(style, "fontname", "") or "")
            alignment = CELL_ALIGNMENT.get(getattr(style, "alignment", "LEFT"))
            if alignment is not None:
                paragraph.alignment = alignment
            return
        items = value if isinstance(value, (list, tuple)) else [value]
        first = cell.paragraphs[0]._p  # every new cell has an empty paragraph
        for item in items:
            self.flowable(cell, item, width)
        blocks = _blocks(cell)
        if len(blocks) > 1 and blocks[0] is first and not cell.paragraphs[0].runs:
            cell._tc.remove(first)  # content came after it: it would be an empty line at the cell's top
        if not _blocks(cell)[-1].tag.endswith("}p"):  # a cell ends with a paragraph (a table in it too)
            cell.add_paragraph()

    # --- pictures -----------------------------------------------------------------------------------

    def picture(self, place, drawing, alt: str, room: float) -> None:
        from .drawing_picture import drawing_png, picture_size

        dpi = SMALL_DPI if max(drawing.width, drawing.height) < 100 else CHART_DPI
        png = drawing_png(drawing, dpi)
        natural, tall = picture_size(drawing)
        width = min(natural, room)
        part = self.document.part
        rid, image = part.get_or_add_image(BytesIO(png))
        self._pictures += 1  # python-docx's own next id searches the whole document for every picture
        inline = CT_Inline.new_pic_inline(PICTURE_IDS + self._pictures, rid, image.filename, Pt(width),
                                          Pt(tall * width / natural))
        self.paragraph(place, "Picture").add_run()._r.add_drawing(inline)
        description = clean(alt).strip() or tr("Figure")
        inline.docPr.set("descr", description)
        inline.docPr.set("title", description[:120])

    def drawing_alt(self, drawing) -> str:
        """A drawing's alternative text: the words and numbers it shows, after its column's header."""
        words = ", ".join(text for text, _size in _strings(drawing))
        header = self._columns[self._column] if 0 <= self._column < len(self._columns) else ""
        return f"{header}: {words}" if header and words else words or header or tr("Figure")

    # --- layout -------------------------------------------------------------------------------------

    def space(self, place, height: float, *, always: bool = False) -> None:
        """Blank room `height` points high (a Spacer): an empty paragraph of exactly that height. In a cell
        the cell's margins are room enough, unless two tables would meet."""
        if height < 1 or (_in_cell(place) and not always):
            return
        paragraph = place.add_paragraph()
        layout = paragraph.paragraph_format
        layout.space_before = layout.space_after = Pt(0)
        layout.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        layout.line_spacing = Pt(max(1.0, min(height, 200.0)))

    def colour_bar(self, place, drawing) -> None:
        """A målområde's colour bar before its heading: a paragraph rule in that colour, as long as the
        PDF's bar, so it stays with the heading and is no picture for a screen reader to name."""
        rect = next(shape for shape in drawing.contents if isinstance(shape, Rect))
        paragraph = place.add_paragraph()
        layout = paragraph.paragraph_format
        layout.space_before, layout.space_after = Pt(6), Pt(0)
        layout.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        layout.line_spacing = Pt(2)
        layout.right_indent = Pt(max(0.0, self.room - drawing.width))
        layout.keep_with_next = True
        rule = element("w:pBdr")
        rule.append(element("w:top", val="single", sz=max(4, round(rect.height * 8)), space=0,
                            color=hex_colour(rect.fillColor) or "00587A"))
        put(paragraph._p.get_or_add_pPr(), rule, "w:pPr")


def _cell_text(value) -> str:
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, Paragraph):
        return plain_text(value)
    if isinstance(value, (list, tuple)):
        return " ".join(_cell_text(item) for item in value).strip()
    return ""


def _colour_bar(drawing: Drawing) -> bool:
    """The thin coloured bar blocks.colour_bar draws before a målområde's heading: one rectangle, no text."""
    shapes = list(drawing.contents)
    return len(shapes) == 1 and isinstance(shapes[0], Rect) and drawing.height <= 12


def _strings(drawing):
    for shape in getattr(drawing, "contents", ()):
        if isinstance(shape, String) and shape.text.strip():
            yield shape.text.strip(), shape.fontSize
        elif isinstance(shape, Group):
            yield from _strings(shape)


def _in_cell(place) -> bool:
    return hasattr(place, "_tc")


def _blocks(place) -> list:
    """The paragraphs and tables of the document's body or of a cell, as XML elements, in order."""
    body = place._tc if _in_cell(place) else place.element.body
    return [child for child in body if child.tag.rsplit("}", 1)[-1] in ("p", "tbl")]


def _last_block(place):
    body = place._tc if _in_cell(place) else place.element.body
    last = body[-1] if len(body) else None
    if last is not None and last.tag.endswith("}sectPr"):
        last = last.getprevious()
    return last if last is not None and last.tag.rsplit("}", 1)[-1] in ("p", "tbl") else None


def _paragraphs_after(place, marker) -> list:
    """The paragraphs added to `place` after block `marker` (None: from the start)."""
    following = marker.itersiblings() if marker is not None else iter(_blocks(place))
    return [block for block in following if block.tag.endswith("}p")]


def _ends_with_table(place) -> bool:
    last = _last_block(place)
    return last is not None and last.tag.endswith("}tbl")
