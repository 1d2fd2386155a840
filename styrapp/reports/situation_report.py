"""Nulägeskoll (Västerås): exactly one A4 page per unit — no cover, no contents — with the organisation, the
unit, the year and the date in its head, then the seven sections, each with its source line (Norrtälje: a
nulägeskarta from documented sources), and the key figures with their values.

`layout()` is the one layout function: the printed page uses it, and so does the window's fit gauge
(`measure()`), so the gauge and the print never disagree. The body text is 10 pt, 9.5 pt or 9 pt, the largest
that fits; when even 9 pt does not fit, the tallest section is shortened at a word and the cut is marked in
the text, so nothing spills onto a second page and nothing disappears unannounced.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache, partial
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, KeepInFrame, PageBreak, PageTemplate, Paragraph, Table

from ..atomic import replacing
from ..wording import current_language, long_date, number_text, tr
from .pdf_structure import write_structure
from .tagging import Tagger, TaggingCanvas, artifact, mark
from .typography import BOLD, FAMILY, INK, MUTED, RULE, accent_ink, markup, register_fonts, table_style

# The sections of a unit's page; their titles are printed through tr.
SECTIONS = (("mission", "The committee's mission"), ("analysis", "Overall analysis of the present situation"),
            ("needs", "The needs of those we serve"), ("results", "Results of the operations"),
            ("challenges", "The greatest challenges"), ("key_figures", "Key figures"),
            ("trends", "Trends and their consequences"))
CUT = " … [shortened – the full text is in the plan]"  # through tr
SIZES = (10.0, 9.5, 9.0)  # the body text's sizes, largest first; 9 pt is the least it gets while text is cut
MARGIN_X = 16 * mm
MARGIN_TOP = 13 * mm
MARGIN_BOTTOM = 13 * mm
WIDTH = A4[0] - 2 * MARGIN_X
HEAD = 17 * mm  # the page's head: the unit, and organisation · year · date, and a rule
FOOT = 6 * mm  # the page number
HEIGHT = A4[1] - MARGIN_TOP - MARGIN_BOTTOM - HEAD - FOOT  # what the seven sections may use
FRAME_PAD = 6  # ReportLab's Frame pads each side by 6 points
BODY_WIDTH = WIDTH - 2 * FRAME_PAD
AVAILABLE = HEIGHT - 2 * FRAME_PAD
MEASURED = 9000  # more characters than a whole page holds at 9 pt: a longer text is measured only this far


@dataclass(frozen=True)
class Figure:
    """A key figure as printed (the page gets these from `models.queries.reviews.KeyFigure`)."""

    name: str
    unit: str
    latest: str
    period: str
    target: str
    arrow: str
    women: str
    men: str


@dataclass(frozen=True)
class Fit:
    """How a nulägeskoll fills its page: `used` is the share of the page the sections need at the least text
    size, 9 pt (1.0 = full; more does not fit); `size` the text size printed (10, 9.5 or 9 pt); `heights` each
    section's share at 9 pt; `shorten` the section to shorten first when it does not fit (the tallest)."""

    used: float
    size: float
    heights: dict[str, float] = field(default_factory=dict)
    shorten: str = ""

    @property
    def fits(self) -> bool:
        return self.used <= 1.0


def figures_of(key_figures) -> list[Figure]:
    """The key figures' values as text, in the report's language."""
    def value(number, decimals):
        return "" if number is None else number_text(number, decimals)

    return [Figure(k.name, k.unit, value(k.latest, k.decimals), k.period, value(k.target, k.decimals), k.arrow,
                   value(k.women, k.decimals), value(k.men, k.decimals)) for k in key_figures]


@lru_cache(maxsize=8)
def _styles(size: float) -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle(f"review{size}", fontName=FAMILY, fontSize=size, leading=size * 1.3, textColor=INK,
                          splitLongWords=True, spaceAfter=0)
    return {
        "body": body,
        "title": ParagraphStyle(f"review_title{size}", parent=body, fontName=BOLD, fontSize=size + 1,
                                leading=(size + 1) * 1.25, textColor=accent_ink(), spaceBefore=size * 0.6,
                                spaceAfter=1),
        "source": ParagraphStyle(f"review_source{size}", parent=body, fontSize=size - 1.5, leading=(size - 1.5) * 1.3,
                                 textColor=MUTED, spaceBefore=1),
        "cell": ParagraphStyle(f"review_cell{size}", parent=body, fontSize=size - 1, leading=(size - 1) * 1.25),
        "cell_bold": ParagraphStyle(f"review_cellb{size}", parent=body, fontName=BOLD, fontSize=size - 1,
                                    leading=(size - 1) * 1.25),
    }


def _body(value: str, style: ParagraphStyle) -> Paragraph:
    content = markup(value).strip()
    if not content:
        return Paragraph(f'<font color="#5F6B7A"><i>{markup(tr("Not filled in."))}</i></font>', style)
    return Paragraph(content, style)


def _figure_table(figures: Sequence[Figure], s: dict[str, ParagraphStyle]) -> Table:
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT

    # The figures line up on the right, the trend arrow in the middle, each heading above its column.
    align = [None, TA_RIGHT, TA_RIGHT, TA_CENTER, TA_RIGHT, TA_RIGHT]

    def para(value: str, style: ParagraphStyle, column: int) -> Paragraph:
        if align[column] is not None:
            style = ParagraphStyle(f"{style.name}-{align[column]}", parent=style, alignment=align[column])
        return Paragraph(markup(value), style)

    head = [tr("Key figure"), tr("Outcome"), tr("Target"), tr("Trend"), tr("Women"), tr("Men")]
    rows = [[para(h, s["cell_bold"], column) for column, h in enumerate(head)]]
    for f in figures:
        name = f"{f.name} ({f.unit})" if f.unit else f.name
        outcome = f"{f.latest} ({f.period})" if f.latest and f.period else f.latest or "–"
        values = [name[:200], outcome, f.target or "–", f.arrow or "–", f.women or "–", f.men or "–"]
        rows.append([para(value, s["cell"], column) for column, value in enumerate(values)])
    rest = BODY_WIDTH - 0.40 * BODY_WIDTH  # room for "Målvärde" and "Trend" unbroken at the largest size
    widths = [0.40 * BODY_WIDTH, rest * 0.28, rest * 0.21, rest * 0.15, rest * 0.18, rest * 0.18]
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    commands = table_style()
    commands += [("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]
    from reportlab.platypus import TableStyle

    table.setStyle(TableStyle(commands))
    return table


def _section(key: str, title: str, body: str, source: str, figures: Sequence[Figure], size: float) -> list:
    s = _styles(size)
    out = [Paragraph(markup(tr(title)), s["title"])]
    out[0].tag_role = "H2"  # a section of the page
    if key == "key_figures" and figures:
        out.append(_figure_table(figures, s))
        if body.strip():
            out.append(Paragraph(markup(body).strip(), s["body"]))
    else:
        out.append(_body(body, s["body"]))
    if source.strip():
        out.append(Paragraph(f"<i>{markup(tr('Source: {source}', source=source.strip()))}</i>", s["source"]))
    return out


def _height(flowables: list) -> float:
    total = 0.0
    for f in flowables:
        total += f.wrap(BODY_WIDTH, HEIGHT * 40)[1] + f.getSpaceBefore() + f.getSpaceAfter()
    return total


@lru_cache(maxsize=256)
def _section_height(key: str, title: str, body: str, source: str, figures: tuple, size: float, language: str) -> float:
    """One section's height (cached: while a person types, only the section typed in is measured again)."""
    return _height(_section(key, title, body, source, figures, size))


def _heights(texts: dict[str, str], sources: dict[str, str], figures: tuple, size: float) -> dict[str, float]:
    language = current_language()
    return {key: _section_height(key, title, texts.get(key, "")[:MEASURED], sources.get(key, ""),
                                 figures if key == "key_figures" else (), size, language)
            for key, title in SECTIONS}


def measure(texts: dict[str, str], sources: dict[str, str], figures: Sequence[Figure] = ()) -> Fit:
    """How the page is filled (the fit gauge): `used` and each section's share at 9 pt, the least size, so the
    gauge only grows as text is added; `size` the largest size the print can use; when nothing fits, the
    section to shorten."""
    figures = tuple(figures)
    least = _heights(texts, sources, figures, SIZES[-1])
    used = sum(least.values()) / AVAILABLE
    size = SIZES[-1]
    if used <= 1.0:
        size = next((larger for larger in SIZES[:-1]
                     if sum(_heights(texts, sources, figures, larger).values()) <= AVAILABLE), SIZES[-1])
    shares = {key: h / AVAILABLE for key, h in least.items()}
    shorten = "" if used <= 1.0 else max(least, key=lambda k: least[k] if texts.get(k, "").strip() else -1)
    return Fit(used, size, shares, shorten)


def layout(texts: dict[str, str], sources: dict[str, str], figures: Sequence[Figure] = ()) -> tuple[list, Fit]:
    """The page's sections as flowables that fit the frame, and the fit they were laid out at."""
    fit = measure(texts, sources, figures)
    texts = dict(texts)
    if not fit.fits:  # at 9 pt: cut the tallest texts until the page holds them
        mark = tr(CUT)
        for _ in range(80):
            heights = _heights(texts, sources, tuple(figures), fit.size)
            over = sum(heights.values()) - AVAILABLE
            if over <= 0:
                break
            key = max((k for k in texts if texts[k].strip()), key=lambda k: heights[k], default=None)
            if key is None:
                break
            body = texts[key][: -len(mark)] if texts[key].endswith(mark) else texts[key]
            body = body[:MEASURED]
            keep = max(0.0, 1 - over / max(heights[key], 1.0)) * 0.97 if heights[key] > over else 0.5
            shorter = body[: int(len(body) * min(keep, 0.9))].rsplit(" ", 1)[0].rstrip(" ,.;:")
            if len(shorter) < 20:
                shorter = body[:20]
            texts[key] = shorter + mark
    story: list = []
    for key, title in SECTIONS:
        story += _section(key, title, texts.get(key, ""), sources.get(key, ""), figures, fit.size)
    return story, fit


# --- the printed pages -------------------------------------------------------------------------------------


def situation_review(context, path: Path, options, step) -> Path:
    """The nulägeskoll report: one A4 page per unit's nulägeskoll (one page saying so when there is none)."""
    from reportlab.pdfgen.canvas import Canvas

    register_fonts()
    header = context.header
    reviews = context.reviews
    today = date.today()
    pages: list[tuple[str, list]] = []
    if not reviews:
        none = (tr("The plan has no situation review for {year} for {unit}.", year=options.year, unit=options.unit)
                if options.unit else tr("The plan has no situation review for {year}.", year=options.year))
        pages.append((tr("Situation review {year}", year=options.year),
                      [Paragraph(markup(none), _styles(10.0)["body"])]))
    for number, review in enumerate(reviews, start=1):
        step(5 + int(80 * number / max(1, len(reviews))), "writing the situation reviews")
        texts = {key: review.text(key) for key, _title in SECTIONS}
        story, _fit = layout(texts, review.sources, figures_of(review.key_figures))
        pages.append((review.unit, story))
    title = tr("Situation review {year}", year=options.year)
    frame_top = A4[1] - MARGIN_TOP - HEAD

    def on_page(canvas: Canvas, doc) -> None:
        index = doc.page - 1
        unit = pages[index][0] if index < len(pages) else ""
        canvas.saveState()
        top = A4[1] - MARGIN_TOP

        def page_title():
            canvas.setFillColor(accent_ink())
            canvas.setFont(BOLD, 15)
            canvas.drawString(MARGIN_X + FRAME_PAD, top - 15, _clip(f"{title}: {unit}" if reviews else title, BOLD, 15,
                                                                    BODY_WIDTH))

        def facts():
            canvas.setFillColor(MUTED)
            canvas.setFont(FAMILY, 9)
            line = " · ".join(part for part in (header.organisation, str(options.year), long_date(today)) if part)
            canvas.drawString(MARGIN_X + FRAME_PAD, top - 30, _clip(line, FAMILY, 9, BODY_WIDTH))

        mark(canvas, "H1", page_title)  # the page's title is its heading, the facts under it a paragraph
        mark(canvas, "P", facts)
        with artifact(canvas):
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(0.6)
            canvas.line(MARGIN_X + FRAME_PAD, frame_top + 2, A4[0] - MARGIN_X - FRAME_PAD, frame_top + 2)
            canvas.setFillColor(MUTED)
            canvas.setFont(FAMILY, 7.5)
            canvas.drawRightString(A4[0] - MARGIN_X - FRAME_PAD, MARGIN_BOTTOM - 2,
                                   tr("Page {page} of {pages}", page=doc.page, pages=len(pages)))
        if reviews:
            key = f"review{doc.page}"
            canvas.bookmarkPage(key)
            canvas.addOutlineEntry(unit or title, key, level=0)
            canvas.showOutline()
        canvas.restoreState()

    with replacing(Path(path)) as temporary:
        document = BaseDocTemplate(str(temporary), pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                                   topMargin=MARGIN_TOP + HEAD, bottomMargin=MARGIN_BOTTOM + FOOT, title=title,
                                   author=header.organisation, subject=tr("Situation review, one page per unit"),
                                   creator="styrapp", lang=current_language())
        frame = Frame(MARGIN_X, MARGIN_BOTTOM + FOOT, WIDTH, HEIGHT, id="review")
        document.addPageTemplates([PageTemplate("review", [frame], onPage=on_page)])
        story: list = []
        for number, (_unit, flowables) in enumerate(pages):
            # The shrink is a last resort (a single word too long for the page): `layout` already fits it.
            story.append(KeepInFrame(BODY_WIDTH, AVAILABLE, flowables, mode="shrink"))
            if number < len(pages) - 1:
                story.append(PageBreak())
        step(90, "laying out the pages")
        tagger = Tagger()
        document.build(story, canvasmaker=partial(TaggingCanvas, tagger=tagger))
        write_structure(temporary, tagger, title=title, language=current_language())
    step(100, "finished")
    return Path(path)


def _clip(value: str, font: str, size: float, width: float) -> str:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(value, font, size) <= width:
        return value
    # The longest beginning that fits with its "…", found by halving (a name of 100,000 characters would
    # take minutes shortened one character at a time): widths only grow as characters are added.
    low, high = 0, min(len(value), int(width / (size * 0.2)) + 1)  # no glyph is narrower than a fifth of the size
    while low < high:
        middle = (low + high + 1) // 2
        if stringWidth(value[:middle] + "…", font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return value[:low] + "…"
