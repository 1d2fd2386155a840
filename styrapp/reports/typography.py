"""Fonts, colours and paragraph styles of the printed reports, and the one way user text gets into them.

The font is DejaVu Sans, which ships with matplotlib (a dependency), so å ä ö, € and the typographic
quotes print on every machine, embedded in the PDF. Whatever a user typed — `<`, `&`, emoji, a
20,000-character analysis, an empty field — goes through `text()`: escaped, line breaks kept, and
characters the font cannot draw replaced by a visible mark instead of a blank or a crash.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

from .report_settings import DEFAULT_ACCENT

FAMILY = "DejaVu Sans"
BOLD = "DejaVu Sans Bold"
ITALIC = "DejaVu Sans Oblique"
BOLD_ITALIC = "DejaVu Sans Bold Oblique"

INK = colors.HexColor("#1F2A36")
MUTED = colors.HexColor("#5F6B7A")
RULE = colors.HexColor("#C9D1DB")
ZEBRA = colors.HexColor("#F6F8FA")
MISSING = "□"  # drawn instead of a character the font does not have (an emoji, say)

_accent: ContextVar[str] = ContextVar("report_accent", default=DEFAULT_ACCENT)


@contextmanager
def use_accent(accent: str) -> Iterator[None]:
    """Print in the organisation's profile colour (#RRGGBB) inside the block."""
    token = _accent.set(accent)
    try:
        yield
    finally:
        _accent.reset(token)


def accent_fill() -> colors.Color:
    """The profile colour as chosen: the cover's band and the rule under table headers."""
    return colors.HexColor(_accent.get())


def accent_ink() -> colors.Color:
    """The profile colour for headings: as chosen, or darkened until it reads on white paper (a contrast
    of at least 4.5:1, as WCAG asks of text), so a pale brand colour still gives legible headings."""
    colour = accent_fill()
    for _ in range(20):
        if _contrast_on_white(colour) >= 4.5:
            break
        colour = colors.Color(colour.red * 0.85, colour.green * 0.85, colour.blue * 0.85)
    return colour


def header_fill() -> colors.Color:
    """Table headers: a light tint of the profile colour."""
    colour = accent_fill()
    return colors.Color(*(0.88 + 0.12 * c for c in (colour.red, colour.green, colour.blue)))


def _contrast_on_white(colour: colors.Color) -> float:
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    luminance = 0.2126 * linear(colour.red) + 0.7152 * linear(colour.green) + 0.0722 * linear(colour.blue)
    return 1.05 / (luminance + 0.05)


MARGIN = 20 * mm
PADDING = 6  # a frame's own padding on each side, in points
CONTENT_WIDTH = 210 * mm - 2 * MARGIN - 2 * PADDING  # what a flowable may use on an A4 portrait page
WIDE_CONTENT_WIDTH = 297 * mm - 2 * MARGIN - 2 * PADDING  # … on an A4 landscape page


@lru_cache(maxsize=1)
def register_fonts() -> str:
    """Register DejaVu Sans (regular, bold, oblique) with ReportLab once; returns the family name."""
    from importlib.util import find_spec

    from reportlab import rl_config
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    rl_config.useA85 = 0  # streams compressed but not also spelt out in ASCII: smaller files, less work
    # matplotlib's own copy of DejaVu, found without importing matplotlib (half a second: the Nulägeskoll page
    # measures its text with these fonts as a plan opens, so this is part of the window's start).
    folder = Path(find_spec("matplotlib").origin).parent / "mpl-data" / "fonts" / "ttf"
    files = {FAMILY: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", ITALIC: "DejaVuSans-Oblique.ttf",
             BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf"}
    for name, file in files.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / file)))
    addMapping(FAMILY, 0, 0, FAMILY)
    addMapping(FAMILY, 1, 0, BOLD)
    addMapping(FAMILY, 0, 1, ITALIC)
    addMapping(FAMILY, 1, 1, BOLD_ITALIC)
    return FAMILY


@lru_cache(maxsize=1)
def _drawable() -> frozenset[int]:
    from reportlab.pdfbase import pdfmetrics

    register_fonts()
    face = pdfmetrics.getFont(FAMILY).face
    return frozenset(face.charToGlyph)


def printable(value: object) -> str:
    """The text as the font can draw it: unknown characters (emoji and the like) become □."""
    if value is None:
        return ""
    known = _drawable()
    return "".join(ch if ord(ch) in known or ch in "\n\t" else MISSING for ch in str(value))


TITLE_LIMIT = 500  # characters of a title (goal, uppdrag, unit, indicator, risk) that a report prints


def title_text(value: object) -> str:
    """A title as a report prints it: a title longer than `TITLE_LIMIT` is a mistake (a paste gone
    wrong); it is printed cut, with …, and kept whole in the plan. Printed whole in every table row it
    names, 100 000 characters would be a thousand pages."""
    if value is None:
        return ""
    value = str(value)
    return value if len(value) <= TITLE_LIMIT else value[: TITLE_LIMIT - 1] + "…"


def markup(value: object) -> str:
    """User text as Paragraph markup: escaped, line breaks kept."""
    return escape(printable(value)).replace("\r\n", "\n").replace("\n", "<br/>")


def text(value: object, style: ParagraphStyle, empty: str = "") -> Paragraph:
    """A paragraph of user text; `empty` (shown muted) when there is none."""
    content = markup(value).strip()
    if not content and empty:
        return Paragraph(f'<font color="#5F6B7A"><i>{escape(empty)}</i></font>', style)
    return Paragraph(content, style)


def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    accent = accent_ink()
    base = ParagraphStyle("body", fontName=FAMILY, fontSize=9.5, leading=13.5, textColor=INK, alignment=TA_LEFT,
                          splitLongWords=True, spaceAfter=4)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10.5, spaceAfter=0),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8, leading=10, spaceAfter=0),
        "cell_bold": ParagraphStyle("cell_bold", parent=base, fontName=BOLD, fontSize=8, leading=10, spaceAfter=0),
        "cell_right": ParagraphStyle("cell_right", parent=base, fontSize=8, leading=10, spaceAfter=0, alignment=TA_RIGHT),
        "cell_bold_right": ParagraphStyle("cell_bold_right", parent=base, fontName=BOLD, fontSize=8, leading=10,
                                          spaceAfter=0, alignment=TA_RIGHT),
        "muted": ParagraphStyle("muted", parent=base, fontSize=8.5, leading=11, textColor=MUTED),
        "h1": ParagraphStyle("h1", parent=base, fontName=BOLD, fontSize=18, leading=22, textColor=accent,
                             spaceBefore=6, spaceAfter=8, keepWithNext=True),
        "h2": ParagraphStyle("h2", parent=base, fontName=BOLD, fontSize=13, leading=16.5, spaceBefore=10,
                             spaceAfter=4, keepWithNext=True),
        "h3": ParagraphStyle("h3", parent=base, fontName=BOLD, fontSize=10.5, leading=13.5, spaceBefore=8,
                             spaceAfter=3, keepWithNext=True),
        "cover_title": ParagraphStyle("cover_title", parent=base, fontName=BOLD, fontSize=30, leading=36,
                                      textColor=accent),
        "cover_org": ParagraphStyle("cover_org", parent=base, fontSize=15, leading=20),
        "cover_meta": ParagraphStyle("cover_meta", parent=base, fontSize=10.5, leading=15, textColor=MUTED),
        "toc_title": ParagraphStyle("toc_title", parent=base, fontName=BOLD, fontSize=18, leading=22,
                                    textColor=accent, spaceAfter=10),
        "toc1": ParagraphStyle("toc1", parent=base, fontName=BOLD, fontSize=10, leading=15, leftIndent=0),
        "toc2": ParagraphStyle("toc2", parent=base, fontSize=9.5, leading=13, leftIndent=12),
        "toc3": ParagraphStyle("toc3", parent=base, fontSize=9, leading=12, leftIndent=24),
    }


def table_style(header_rows: int = 1, zebra: bool = True) -> list[tuple]:
    """The reports' table look: a tinted header that repeats on every page, thin rules, zebra rows."""
    commands: list[tuple] = [
        ("FONTNAME", (0, 0), (-1, -1), FAMILY),
        ("FONTSIZE", (0, 0), (-1, -1), 8),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, header_rows - 1), 0.8, accent_fill()),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.3, RULE),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), header_fill()),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, ZEBRA]))
    return commands
