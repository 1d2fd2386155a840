"""Tagged PDF (PDF/UA-1), part one: marking the content as ReportLab draws it.

ReportLab writes no structure of its own. While the last pass of a report draws its pages, a `Tagger`
on the canvas wraps what each flowable draws in a marked-content sequence with its own MCID
(`/P <</MCID 3>> BDC … EMC`) and records, in the order of reading, the structure element it belongs
to: Document, H1–H3, P, Table/TR/TH/TD, TOC/TOCI/Link, Figure with its alternative text. Running
headers, footers, table rules and backgrounds and decoration are marked as artifacts. `pdf_structure`
then writes the recorded tree into the finished file.

How it hooks in: every flowable, also one inside a table cell or a KeepInFrame, is drawn through
`Flowable._drawOn`; that one function is wrapped here, and does exactly what it did before on a canvas
that has no tagger (the passes that only count pages, and any canvas not ours). A table reports its
rows and cells through ReportLab's own render callback (`Table._renderCB`), which the tagger sets while
the table draws.

A table's header cells are its repeated rows (`repeatRows`), and the rows and columns it names in
`tag_header_rows` and `tag_header_columns` (a matrix headed at its foot and on its left).

What a flowable is: a Heading (pdf_document) is H1–H3 by its level; a Paragraph is P, or H1 in the
cover and contents styles; a flowable may say it itself with `tag_role` ("Figure", "Artifact", …) and
`alt` (its alternative text). A drawing or picture without `alt` is taken as decoration (an artifact)
and named in `Tagger.unnamed`, which the tests keep empty for every report.
"""

from __future__ import annotations

from contextlib import contextmanager
from functools import partial

from reportlab.graphics.shapes import Drawing
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus.flowables import Flowable, Image
from reportlab.platypus.paragraph import Paragraph
from reportlab.platypus.tables import Table

TITLE_STYLES = frozenset({"cover_title", "toc_title"})  # paragraph styles that are headings (H1)


class Element:
    """A structure element: its type, its parts in reading order (elements, marked content as
    (page, MCID), link annotations as ("link", page, n)), its alternative text, and for a header cell
    what it heads ("Column" or "Row")."""

    __slots__ = ("role", "parent", "kids", "alt", "header", "text")

    def __init__(self, role: str, parent: Element | None = None, alt: str | None = None, header: str = ""):
        self.role, self.parent, self.alt, self.header, self.text = role, parent, alt, header, ""
        self.kids: list = []
        if parent is not None:
            parent.kids.append(self)

    def walk(self):
        yield self
        for kid in self.kids:
            if isinstance(kid, Element):
                yield from kid.walk()


class Tagger:
    """What the drawing of one PDF recorded: the structure, the element of each MCID per page, and the
    link annotations in the order they were made (per page, the order of the page's /Annots)."""

    def __init__(self):
        self.root = Element("Document")
        self.open: list[Element] = [self.root]
        self.pages: dict[int, list[Element]] = {}  # page number (1-based) → the element of MCID 0, 1, …
        self.links: dict[int, int] = {}  # page number → link annotations made on it so far
        self.leaf: Element | None = None  # the element whose marked content is open, if any
        self.depth = 0  # artifacts open
        self.link_role: str | None = None  # inside the contents, a paragraph is a link
        self.unnamed: list[str] = []  # what drew something and had no role (made artifacts)
        self.after: list = []  # drawing put off until the open element's content is marked

    # --- marking -------------------------------------------------------------------------------

    def _mark(self, canvas, element: Element, start: int) -> bool:
        """Wrap what was drawn from `canvas._code[start]` on as one marked-content sequence of
        `element`; False when nothing was drawn."""
        code = canvas._code
        if len(code) == start:
            return False
        page = canvas.getPageNumber()
        marks = self.pages.setdefault(page, [])
        mcid = len(marks)
        marks.append(element)
        element.kids.append((page, mcid))
        code.insert(start, f"/{element.role} <</MCID {mcid}>> BDC")
        code.append("EMC")
        return True

    def content(self, canvas, element: Element, draw) -> None:
        """Draw with `draw()` as `element`'s content; an element that drew nothing is dropped."""
        drawn = self.more(canvas, element, draw)
        while self.after:  # e.g. a contents line's dots (decoration) and page number, after its title
            self.after.pop(0)(element)
        if not drawn and not element.kids and element.parent is not None:
            element.parent.kids.remove(element)

    def more(self, canvas, element: Element, draw) -> bool:
        """More content of `element`, marked on its own after what it drew before; False when nothing
        was drawn."""
        start, self.leaf = len(canvas._code), element
        try:
            draw()
        finally:
            self.leaf = None
        return self._mark(canvas, element, start)

    @contextmanager
    def artifact(self, canvas):
        """What is drawn inside is pagination or decoration, not content."""
        if self.leaf is not None or self.depth:  # already inside marked content
            yield
            return
        canvas._code.append("/Artifact BMC")
        self.depth += 1
        try:
            yield
        finally:
            self.depth -= 1
            canvas._code.append("EMC")

    def figure(self, canvas, alt: str, draw) -> None:
        self.content(canvas, Element("Figure", self.open[-1], alt=alt), draw)

    def link(self, page: int) -> None:
        """A link annotation was made on `page`: it belongs to the link being drawn (a line of the
        contents), else to a Link inside the element being drawn."""
        number = self.links.get(page, 0)
        self.links[page] = number + 1
        owner = self.leaf or self.open[-1]
        if owner.role != "Link":
            owner = Element("Link", owner)
        owner.kids.append(("link", page, number))

    # --- flowables -----------------------------------------------------------------------------

    def draw(self, flowable, canvas, original) -> None:
        if isinstance(flowable, Table):
            self._table(flowable, canvas, original)
            return
        role, alt = role_of(flowable)
        if role == "P" and self.link_role:
            role = self.link_role
        if role is None or role == "Artifact":
            start = len(canvas._code)
            with self.artifact(canvas):
                original(flowable, canvas)
            if role is None and len(canvas._code) > start + 2:
                self.unnamed.append(type(flowable).__name__)
            return
        if role == "P" and self.open[-1].role in ("TD", "TH"):  # a cell's text is the cell's own content
            self.more(canvas, self.open[-1], partial(original, flowable, canvas))
            return
        element = Element(role, self.open[-1], alt=alt)
        if role == "Link" and isinstance(flowable, Paragraph):
            element.text = flowable.getPlainText()
        self.content(canvas, element, partial(original, flowable, canvas))

    def _table(self, table: Table, canvas, original) -> None:
        contents = getattr(table, "tag_role", None) == "TOC"
        element = Element("TOC" if contents else "Table", self.open[-1])
        repeat = table.repeatRows
        header_rows = 0 if contents else (len(repeat) if isinstance(repeat, (tuple, list)) else int(repeat or 0))
        headers = (set(range(header_rows)) | set(getattr(table, "tag_header_rows", ())),
                   set(getattr(table, "tag_header_columns", ())))
        chained, depth = table._renderCB, len(self.open)
        state: dict = {}
        table._renderCB = partial(self._table_event, canvas, element, headers, contents, state, chained)
        self.open.append(element)
        saved_role, self.link_role = self.link_role, ("Link" if contents else None)
        try:
            original(table, canvas)
        finally:
            table._renderCB, self.link_role = chained, saved_role
            del self.open[depth:]

    def _table_event(self, canvas, table_element, headers, contents, state, chained, table, event, *args):
        if chained:
            chained(table, event, *args)
        if event in ("startBG", "startLines"):
            canvas._code.append("/Artifact BMC")
        elif event in ("endBG", "endLines"):
            canvas._code.append("EMC")
        elif event == "startRow":
            self.open.append(Element("TOCI" if contents else "TR", table_element))
        elif event == "endRow":
            self.open.pop()
        elif event == "startCell":
            row, column, value = args[0], args[1], args[2]
            if contents:
                cell = self.open[-1]
            else:
                header = "Column" if row in headers[0] else "Row" if column in headers[1] else ""
                cell = Element("TH" if header else "TD", self.open[-1], header=header)
                self.open.append(cell)
            state["cell"] = cell
            if not isinstance(value, (list, tuple, Flowable)) and value not in (None, ""):
                state["start"], self.leaf = len(canvas._code), cell  # text drawn by the table itself
        elif event == "endCell":
            cell = state.pop("cell")
            if "start" in state:
                self.leaf = None
                self._mark(canvas, cell, state.pop("start"))
            if not contents:
                self.open.pop()


def role_of(flowable) -> tuple[str | None, str | None]:
    """(structure type, alternative text) of a flowable; None: no role known (drawn as an artifact)."""
    role = getattr(flowable, "tag_role", None)
    alt = getattr(flowable, "alt", None)
    if role:
        return role, alt
    if isinstance(flowable, Paragraph):
        level = getattr(flowable, "level", None)
        if level is not None and hasattr(flowable, "title"):  # a Heading
            return f"H{min(level, 2) + 1}", None
        return ("H1" if flowable.style.name in TITLE_STYLES else "P"), None
    if isinstance(flowable, (Image, Drawing)):
        return ("Figure", alt) if alt else (None, None)
    return None, None


def described(drawing: Drawing, alt: str | None = None) -> Drawing:
    """`drawing` as a Figure with alternative text `alt`, or as decoration (an artifact) without one. (A
    Drawing refuses attributes it does not know; these two are read by the tagger only.)"""
    drawing.__dict__["tag_role"] = "Figure" if alt else "Artifact"
    drawing.__dict__["alt"] = alt
    return drawing


def mark(canvas, role: str, draw, alt: str | None = None) -> None:
    """Draw with `draw()` as an element of its own (a page's title drawn by a page template, a figure drawn
    straight on the canvas); just draw on a canvas that does not tag."""
    tagger = getattr(canvas, "tagger", None)
    if tagger is None:
        draw()
    else:
        tagger.content(canvas, Element(role, tagger.open[-1], alt=alt), draw)


def artifact(canvas):
    """`with artifact(canvas):` — what is drawn inside is pagination or decoration (a no-op on a canvas
    that does not tag)."""
    tagger = getattr(canvas, "tagger", None)
    if tagger is None:
        return _nothing()
    return tagger.artifact(canvas)


@contextmanager
def _nothing():
    yield


class TaggingCanvas(Canvas):
    """A canvas that tags what is drawn on it when given a `tagger`. Its first font is the report's own
    (embedded) font, so no unembedded Helvetica is declared in the file."""

    tagger: Tagger | None = None

    def __init__(self, *args, tagger: Tagger | None = None, **kwargs):
        from .typography import FAMILY, register_fonts

        register_fonts()
        if not kwargs.get("initialFontName"):
            kwargs["initialFontName"] = FAMILY
        super().__init__(*args, **kwargs)
        self.tagger = tagger

    def setFont(self, psfontname, size, leading=None):  # noqa: N802 - ReportLab API
        """ReportLab's own defaults (a table cell's style, a drawing) name Helvetica, which is not embedded:
        a report's text is always in its own embedded fonts."""
        if psfontname in _STANDARD:
            from .typography import BOLD, FAMILY

            psfontname = BOLD if "Bold" in psfontname else FAMILY
        super().setFont(psfontname, size, leading)

    def _addAnnotation(self, annotation, name=None, addtopage=1):  # noqa: N802 - ReportLab API
        super()._addAnnotation(annotation, name, addtopage)
        if self.tagger is not None and addtopage:
            self.tagger.link(self.getPageNumber())


_STANDARD = frozenset({"Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique", "Times-Roman",
                       "Times-Bold", "Courier", "Symbol", "ZapfDingbats"})
_ORIGINAL_DRAW_ON = Flowable._drawOn


def _tagged_draw_on(flowable, canvas):
    tagger = getattr(canvas, "tagger", None)
    if tagger is None or tagger.leaf is not None or tagger.depth:  # not tagging, or inside content already
        _ORIGINAL_DRAW_ON(flowable, canvas)
    else:
        tagger.draw(flowable, canvas, _ORIGINAL_DRAW_ON)


if Flowable._drawOn is not _tagged_draw_on and getattr(Flowable._drawOn, "__name__", "") != "_tagged_draw_on":
    Flowable._drawOn = _tagged_draw_on
