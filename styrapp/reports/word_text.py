"""ReportLab paragraphs as Word paragraphs: the words and their bold, italic, colour and size come from
the paragraph's own fragments (what ReportLab parsed of its markup), so no tag and no escaped `&amp;`
ever reaches the Word file; the report's paragraph styles become a few named Word styles."""

from __future__ import annotations

import re

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT

# The report's paragraph styles (typography.styles()) → the Word style a paragraph of it gets. Headings
# are not among them: only a pdf_document.Heading is a Word heading (the contents and the navigation
# list exactly the PDF's headings); a paragraph merely set in a heading's type is a "Lead".
WORD_STYLE = {
    "body": "Normal",
    "small": "Small",
    "cell": "Table Text",
    "cell_bold": "Table Text",
    "cell_right": "Table Text",
    "cell_bold_right": "Table Text",
    "muted": "Note",
    "h1": "Lead",
    "h2": "Lead",
    "h3": "Lead",
}
ALIGNMENT = {TA_RIGHT: WD_ALIGN_PARAGRAPH.RIGHT, TA_CENTER: WD_ALIGN_PARAGRAPH.CENTER,
             TA_JUSTIFY: WD_ALIGN_PARAGRAPH.JUSTIFY}
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # not allowed in XML
SOFT_HYPHEN = "\u00ad"


def clean(text: str, *, hyphens: bool = False) -> str:
    """Text as a Word run may hold it; soft hyphens (where a narrow column may break a long word) only
    when `hyphens`, for a run that writes them as Word's own."""
    text = _NOT_XML.sub("", text)
    return text if hyphens else text.replace(SOFT_HYPHEN, "")


def hex_colour(colour) -> str | None:
    """A ReportLab colour (or None) as RRGGBB."""
    if colour is None:
        return None
    from reportlab.lib import colors

    try:
        return colors.toColor(colour).hexval()[2:].upper()
    except (ValueError, TypeError):
        return None


def plain_text(paragraph) -> str:
    """What a ReportLab paragraph prints, line breaks as spaces."""
    return " ".join("".join(" " if getattr(f, "lineBreak", False) else getattr(f, "text", "")
                            for f in getattr(paragraph, "frags", ()) or ()).split())


def word_style(paragraph) -> str:
    return WORD_STYLE.get(getattr(paragraph.style, "name", ""), "Normal")


def add_runs(target, paragraph, *, heading: bool = False) -> None:
    """The runs of ReportLab `paragraph` added to Word paragraph `target`. In a heading the Word style
    carries the type; elsewhere bold and italic are set where the PDF prints them, and a colour or size
    where they differ from the paragraph's own."""
    style = paragraph.style
    base_colour = hex_colour(style.textColor)
    pieces: list[tuple[tuple, str]] = []  # (look, text): neighbours that look alike become one run
    for frag in getattr(paragraph, "frags", ()) or ():
        if getattr(frag, "lineBreak", False):
            pieces.append((("break",), ""))
        text = clean(getattr(frag, "text", "") or "", hyphens=True)
        if not text:
            continue
        colour = hex_colour(getattr(frag, "textColor", None))
        size = getattr(frag, "fontSize", style.fontSize) or style.fontSize
        look = (bool(getattr(frag, "bold", 0)), bool(getattr(frag, "italic", 0)),
                colour if colour and colour != base_colour else None,
                size if abs(size - style.fontSize) > 0.1 else None)
        if pieces and pieces[-1][0] == look:
            pieces[-1] = (look, pieces[-1][1] + text)
        else:
            pieces.append((look, text))
    for look, text in pieces:
        if look == ("break",):
            target.add_run().add_break()
            continue
        run = _run(target, text)
        if heading:
            continue
        bold, italic, colour, size = look
        if bold:
            run.bold = True
        if italic:
            run.italic = True
        if colour:
            run.font.color.rgb = RGBColor.from_string(colour)
        if size:
            run.font.size = Pt(size)


def _run(target, text: str):
    """A run of `text`, its soft hyphens as Word's (a column too narrow for "Budgetpåverkan" breaks it
    as "Budget-/påverkan", like the PDF, not anywhere)."""
    if SOFT_HYPHEN not in text:
        return target.add_run(text)
    from .word_xml import element

    run = target.add_run()
    for index, part in enumerate(text.split(SOFT_HYPHEN)):
        if index:
            run._r.append(element("w:softHyphen"))
        if part:
            run._r.add_t(part)
    return run


def fill_paragraph(target, paragraph, *, heading: bool = False) -> None:
    """Word paragraph `target` made to say what ReportLab `paragraph` says, aligned as it is."""
    add_runs(target, paragraph, heading=heading)
    if not heading and paragraph.style.alignment in ALIGNMENT:
        target.alignment = ALIGNMENT[paragraph.style.alignment]
