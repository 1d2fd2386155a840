"""The frame every report is printed in: a cover page, a table of contents, PDF bookmarks for every
section, a running header and a footer with "Sida x av y", document metadata (title, author =
organisation, subject, language) — and writing that is whole or nothing, with progress and Cancel.

A report kind only builds its story (a list of flowables) with `heading()` for its sections; this
module does the rest with ReportLab's platypus.
"""

from __future__ import annotations

import itertools
from ast import literal_eval
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import partial
from io import BytesIO
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    KeepInFrame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
)
from reportlab.platypus.tableofcontents import TableOfContents

from ..atomic import replacing
from ..models.errors import StyrappError
from ..models.rules.pictures import picture_problem
from ..wording import current_language, long_date, tr
from .alt_text import logo_alt
from .pdf_structure import write_structure
from .tagging import Tagger, TaggingCanvas, artifact
from .typography import (
    CONTENT_WIDTH,
    FAMILY,
    MARGIN,
    MUTED,
    RULE,
    accent_fill,
    markup,
    register_fonts,
    styles,
)

Progress = Callable[[int, str], bool]  # (percent, what) → False to cancel

class ReportCancelled(StyrappError):
    def __init__(self):
        super().__init__("report.cancelled")


@dataclass
class Cover:
    organisation: str
    title: str  # "Verksamhetsplan 2026"
    subtitle: str = ""  # "Delårsrapport augusti", the unit in scope …
    decided: str = ""  # "Beslutad av direktionen 2025-11-26", or "Förslag"
    logo: bytes | None = None
    note: str = ""  # e.g. that figures are example data
    unit: str = ""  # the unit a report is limited to: named in every page's running header


class Heading(Paragraph):
    """A section heading: in the table of contents and the PDF bookmarks at `level` (0, 1, 2). A heading
    longer than a page (a title of thousands of characters) splits like any paragraph; only its first
    part is the section's place in the contents and bookmarks."""

    _made = itertools.count()

    def __init__(self, text: str, style, bulletText=None, frags=None, *args, title: str = "",  # noqa: N803
                 level: int = 0, key: str | None = None, continued: bool = False, **kwargs):
        super().__init__(text, style, bulletText, frags, *args, **kwargs)
        self.title, self.level, self.continued = title, level, continued
        self.key = key or f"h{next(Heading._made)}"  # the same in every pass, for the bookmark and contents

    def split(self, available_width, available_height):
        parts = super().split(available_width, available_height)  # ReportLab makes them with our class
        for number, part in enumerate(parts):
            part.title, part.level, part.key, part.continued = self.title, self.level, self.key, self.continued or number > 0
        return parts


HEADING_LIMIT = 500  # characters: a title longer than this is a mistake; it is printed cut, with …


def heading(title: str, level: int = 0) -> Heading:
    return Heading(markup(_fit(title, HEADING_LIMIT)), styles()[("h1", "h2", "h3")[min(level, 2)]], title=title,
                   level=level)


class ChartSlot(Flowable):
    """A chart's place in the story: its fixed size for the layout, the drawing itself only when the
    pages are drawn for real. The passes that only count pages for the table of contents skip the
    drawings, which is most of their cost."""

    tag_role = "Figure"

    def __init__(self, drawing, alt: str):
        super().__init__()
        self.drawing = drawing  # a Drawing, or a LazyDrawing that is made when first drawn
        self.alt = alt  # what it shows, in words (alt_text): read in its place by a screen reader
        self.width, self.height = drawing.width, drawing.height

    def wrap(self, available_width, available_height):
        return self.width, self.height

    def draw(self):
        if getattr(self.canv, "draws_charts", True):
            drawing = self.drawing.get() if hasattr(self.drawing, "get") else self.drawing
            drawing.drawOn(self.canv, 0, 0)
            if hasattr(self.drawing, "release"):  # drawn for good: 500 charts need not stay in memory
                self.drawing.release()


class _NumberedCanvas(TaggingCanvas):
    """Holds every page until the end so the footer can say "Sida 3 av 12"."""

    draws_charts = True

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []
        self._bookmarks: list[tuple] = []

    def bookmarkPage(self, key, **kwargs):  # noqa: N802 - ReportLab API
        """Kept with its page: ReportLab ties a bookmark to the page being written, and these pages are
        written only at the end (else every bookmark and contents link would lead to the cover)."""
        self._bookmarks.append((key, kwargs))

    def showPage(self):  # noqa: N802 - ReportLab API
        self._pages.append(dict(self.__dict__))
        self._bookmarks = []
        self._startPage()

    def save(self):
        if not self.draws_charts:  # a counting pass: nothing of it is kept
            return
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            for key, kwargs in self._bookmarks:
                Canvas.bookmarkPage(self, key, **kwargs)
            footer = getattr(self, "_styrapp_footer", None)
            if footer is not None and self._pageNumber > 1:  # the cover has none
                with artifact(self):
                    footer(self, self._pageNumber, total)
            super().showPage()
        super().save()


class ReportDocument(BaseDocTemplate):
    def __init__(self, target, cover: Cover, *, subject: str, progress: Progress | None = None,
                 flowables: int = 0):
        register_fonts()
        super().__init__(target, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN + 6 * mm,
                         bottomMargin=MARGIN, title=cover.title, author=cover.organisation, subject=subject,
                         creator="styrapp", lang=current_language())
        self.cover, self.progress, self.expected = cover, progress, max(1, flowables)
        self._seen, self._pass = 0, 0
        portrait = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="portrait")
        wide_w, wide_h = landscape(A4)
        wide = Frame(MARGIN, MARGIN, wide_w - 2 * MARGIN, wide_h - 2 * MARGIN - 6 * mm, id="landscape")
        self.addPageTemplates([
            PageTemplate("cover", [portrait], onPage=self._on_cover),
            PageTemplate("portrait", [portrait], onPage=self._on_page),
            PageTemplate("landscape", [wide], onPage=self._on_page, pagesize=landscape(A4)),
        ])

    # --- pages -----------------------------------------------------------------------------------

    def _on_cover(self, canvas, _doc) -> None:
        with artifact(canvas):
            canvas.saveState()
            canvas.setFillColor(accent_fill())
            canvas.rect(0, canvas._pagesize[1] - 18 * mm, canvas._pagesize[0], 18 * mm, stroke=0, fill=1)
            canvas.restoreState()

    def _on_page(self, canvas, _doc) -> None:
        with artifact(canvas):
            self._header(canvas)
        canvas._styrapp_footer = self._footer

    def _header(self, canvas) -> None:
        width, height = canvas._pagesize
        canvas.saveState()
        canvas.setFont(FAMILY, 7.5)
        canvas.setFillColor(MUTED)
        left = _fit(self.cover.organisation, 60)
        canvas.drawString(MARGIN, height - MARGIN + 2 * mm, left)
        room = width - 2 * MARGIN - stringWidth(left, FAMILY, 7.5) - 6 * mm
        canvas.drawRightString(width - MARGIN, height - MARGIN + 2 * mm, running_title(self.cover, room))
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, height - MARGIN, width - MARGIN, height - MARGIN)
        canvas.restoreState()

    def _footer(self, canvas, number: int, total: int) -> None:
        width, _height = canvas._pagesize
        canvas.saveState()
        canvas.setFont(FAMILY, 7.5)
        canvas.setFillColor(MUTED)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, MARGIN - 4 * mm, width - MARGIN, MARGIN - 4 * mm)
        canvas.drawString(MARGIN, MARGIN - 8 * mm, tr("Printed from styrapp {day}", day=long_date(date.today())))
        canvas.drawRightString(width - MARGIN, MARGIN - 8 * mm, tr("Page {page} of {pages}", page=number, pages=total))
        canvas.restoreState()

    # --- building ----------------------------------------------------------------------------------

    def build_with_contents(self, story: list, max_passes: int = 8, canvasmaker=None) -> None:
        """ReportLab's multiBuild, in fewer passes. The contents start out with every heading (page
        numbers still unknown), so the first pass already lays the pages out as they will be: a page
        number is drawn beside its line and never changes how much room the contents take. Passes that
        only find the page numbers draw no charts and write no file; one last pass draws everything.
        (multiBuild itself leaves the last pass's layout marks on the flowables, so a pass after it
        cannot reuse them.)"""
        self._indexingFlowables = [thing for thing in story if thing.isIndexing()]
        headings = list(_headings(story))
        for indexing in self._indexingFlowables:
            if isinstance(indexing, Contents):
                indexing.start_with(headings)
        for _ in range(max_passes):
            self._counting_pass(story)
            if all(getattr(indexing, "layout_settled", indexing.isSatisfied)()
                   for indexing in self._indexingFlowables):
                break
        for indexing in self._indexingFlowables:  # the last pass draws what the counting found
            indexing.beforeBuild()
        self.build(story[:], canvasmaker=canvasmaker or _NumberedCanvas)

    def _counting_pass(self, story: list) -> None:
        for indexing in self._indexingFlowables:
            indexing.beforeBuild()
        edits: list = []
        self._multiBuildEdits = edits.append
        self.build(story[:], canvasmaker=_CountingCanvas)
        for indexing in self._indexingFlowables:
            indexing.afterBuild()
        for edit in edits:  # undo what the pass did to the flowables (postponed, keep-with-next)
            edit[0](*edit[1:])
        del self._multiBuildEdits

    # --- table of contents, bookmarks, progress -----------------------------------------------------

    def afterFlowable(self, flowable) -> None:  # noqa: N802 - ReportLab API
        self._seen += 1
        if self.progress is not None and self._seen % 10 == 0:
            done = min(99, 40 + int(55 * self._seen / (self.expected * 2)))  # a counting pass and the last one
            if self.progress(done, "laying out the pages") is False:
                raise ReportCancelled()
        if isinstance(flowable, Heading) and not flowable.continued:
            key = flowable.key
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(printable_title(flowable.title), key, level=flowable.level,
                                      closed=flowable.level > 0)
            self.notify("TOCEntry", toc_entry(flowable, self.page))


def running_title(cover: Cover, room: float | None = None, size: float = 7.5) -> str:
    """The right half of the running header: the report's title, and the unit a unit's report is limited
    to ("Verksamhetsplan 2026 · Teknik och drift"), so loose pages from two units' reports differ. Within
    `room` points when given: a long unit's name is cut (with …) before the title is."""
    if not cover.unit:
        return _fit_width(_fit(cover.title, 60), room, size)
    title = _fit(cover.title, 40)
    if room is None:
        return f"{title} · {_fit(cover.unit, 50)}"
    unit_room = room - stringWidth(f"{title} · ", FAMILY, size)
    if unit_room >= stringWidth("Wwwwwwww…", FAMILY, size):
        return f"{title} · {_fit_width(_fit(cover.unit, 80), unit_room, size)}"
    return _fit_width(f"{title} · {_fit(cover.unit, 80)}", room, size)


def _fit_width(text: str, room: float | None, size: float) -> str:
    """`text`, or as much of it as fits in `room` points with … after it."""
    if room is None or stringWidth(text, FAMILY, size) <= room:
        return text
    while text and stringWidth(text + "…", FAMILY, size) > room:
        text = text[:-1]
    return text.rstrip() + "…"


def _headings(flowables):
    """The headings in a story, also those inside groups that keep together, in order."""
    for flowable in flowables:
        if isinstance(flowable, Heading):
            yield flowable
        else:
            yield from _headings(getattr(flowable, "_content", ()))


def toc_entry(heading: Heading, page: int) -> tuple:
    """A heading's line in the contents: (level, text, page, bookmark key)."""
    return heading.level, markup(_fit(heading.title, 200)), page, heading.key  # a line, never a page


class Contents(TableOfContents):
    """The table of contents. It starts with every heading's line, so it takes its final room at once.
    It lists the top two levels (the report's sections and the målområden): a line per goal made the
    large plan's contents 27 pages long. The bookmarks hold every level."""

    LEVELS = 2

    def wrap(self, available_width, available_height):
        size = super().wrap(available_width, available_height)
        self.canv.setNamedCB("drawTOCEntryEnd", partial(self._line_end, available_width))
        return size

    def _line_end(self, width: float, canvas, _kind, label: str) -> None:
        """The dots and the page number after a line, drawn after its title: the dots as decoration, the
        number as part of the line's link (ReportLab's own draws both before the title in the file, so
        a screen reader read ". . . . 3 Mål")."""
        page, level, key = label.split(",")
        page, level, key = int(page), int(level), literal_eval(key)
        style = self.getLevelStyle(level)
        x, y = canvas._curr_tx_info["cur_x"], canvas._curr_tx_info["cur_y"]
        font, size = style.fontName, style.fontSize
        number = str(page)
        number_width, dot_width = stringWidth(number, font, size), stringWidth(" . ", font, size)
        dots = max(0, int((width - x - number_width) / dot_width))

        def draw_dots():
            canvas.setFont(font, size)
            canvas.setFillColor(style.textColor)
            canvas.drawString(width - dots * dot_width - number_width, y, " . " * dots)

        def draw_number():
            canvas.setFont(font, size)
            canvas.setFillColor(style.textColor)
            canvas.drawString(width - number_width, y, number)
            if key:
                canvas.linkRect("", key, (width - number_width, y, width, y + style.leading), relative=1)

        tagger = canvas.tagger
        if tagger is None or tagger.leaf is None:
            draw_dots()
            draw_number()
            return

        def after(element):
            with tagger.artifact(canvas):
                draw_dots()
            tagger.more(canvas, element, draw_number)
        tagger.after.append(after)

    def drawOn(self, canvas, x, y, _sW=0):  # noqa: N802 - ReportLab API
        self._table.tag_role = "TOC"  # tagged as the contents, its lines as links
        super().drawOn(canvas, x, y, _sW)

    def split(self, available_width, available_height):
        parts = super().split(available_width, available_height)
        for part in parts:
            part.tag_role = "TOC"
        return parts

    def start_with(self, headings: list[Heading]) -> None:
        self._entries = [toc_entry(heading, 0) for heading in headings if heading.level < self.LEVELS]

    def addEntry(self, level, text, pageNum, key=None):  # noqa: N802, N803 - ReportLab API
        if level < self.LEVELS:
            super().addEntry(level, text, pageNum, key)

    def layout_settled(self) -> bool:
        """True when the lines drawn in this pass were the lines found (page numbers aside): then the
        pages were laid out as they will be, and the page numbers found are the right ones."""
        def lines(entries):
            return [(level, text, key) for level, text, _page, key in entries]
        return lines(self._entries) == lines(self._lastEntries)


class _CountingCanvas(_NumberedCanvas):
    """The canvas of the passes that find the page numbers for the contents: no charts, no file."""

    draws_charts = False


def printable_title(title: str) -> str:
    from .typography import printable

    return printable(title)[:200]


def _fit(value: str, limit: int) -> str:
    from .typography import printable

    value = printable(value)
    return value if len(value) <= limit else value[: limit - 1] + "…"


def cover_page(cover: Cover, with_contents: bool = True, wide: bool = False) -> list:
    """The cover's flowables, then (optionally) the table of contents on its own page. The pages after
    are A4 landscape when `wide` (a report of wide tables), else portrait. The cover is always one
    page: names and notes are cut (with …) at lengths no real one reaches, and what still does not fit
    is made smaller."""
    s = styles()
    story: list = [Spacer(1, 30 * mm)]
    if cover.logo and picture_problem(cover.logo) is None:  # a damaged logo (from an older styrapp) is left out
        try:
            logo = Image(BytesIO(cover.logo))
            logo.alt = logo_alt(cover.organisation)
            scale = min(1.0, 60 * mm / logo.drawWidth, 30 * mm / logo.drawHeight)
            logo.drawWidth, logo.drawHeight = logo.drawWidth * scale, logo.drawHeight * scale
            logo.hAlign = "LEFT"
            story += [logo, Spacer(1, 12 * mm)]
        except Exception:  # noqa: BLE001 - a logo that is no picture is left out, the report still prints
            pass
    story += [Paragraph(markup(_fit(cover.organisation, 200)), s["cover_org"]), Spacer(1, 6 * mm),
              Paragraph(markup(_fit(cover.title, 200)), s["cover_title"])]
    if cover.subtitle:
        story += [Spacer(1, 3 * mm), Paragraph(markup(_fit(cover.subtitle, 200)), s["cover_org"])]
    story += [Spacer(1, 14 * mm)]
    if cover.decided:
        story.append(Paragraph(markup(_fit(cover.decided, 300)), s["cover_meta"]))
    story.append(Paragraph(tr("Printed {day}", day=long_date(date.today())), s["cover_meta"]))
    if cover.note:
        story += [Spacer(1, 8 * mm), Paragraph(markup(_fit(cover.note, 1500)), s["cover_meta"])]
    story = [KeepInFrame(CONTENT_WIDTH, 297 * mm - 2 * MARGIN - 40 * mm, story, mode="shrink")]
    after = "landscape" if wide else "portrait"
    if with_contents:
        contents = Contents(levelStyles=[s["toc1"], s["toc2"], s["toc3"]], dotsMinLevel=0)
        story += [NextPageTemplate("portrait"), PageBreak(), Paragraph(tr("Contents"), s["toc_title"]), contents]
    story += [NextPageTemplate(after), PageBreak()]
    return story


def write_pdf(path: Path | str, cover: Cover, story: list, *, subject: str, progress: Progress | None = None,
              wide: bool = False) -> Path:
    """Lay out `story` after the cover and contents and write it to `path`, whole or not at all."""
    path = Path(path)
    has_contents = next(_headings(story), None) is not None
    from .page_layout import keep_headings

    full = cover_page(cover, with_contents=has_contents, wide=wide) + keep_headings(story)
    tagger = Tagger()
    canvasmaker = partial(_NumberedCanvas, tagger=tagger)
    with replacing(path) as temporary:
        document = ReportDocument(str(temporary), cover, subject=subject, progress=progress, flowables=len(full))
        if has_contents:
            document.build_with_contents(full, canvasmaker=canvasmaker)
        else:
            document.build(full, canvasmaker=canvasmaker)
        del document, full  # the pages held for "Sida x av y": their room is the structure's
        write_structure(temporary, tagger, title=cover.title, language=current_language())
    return path
