"""The bits of WordprocessingML that python-docx has no call for: elements put where the schema orders
them (Word calls a file with them out of order unreadable), fields (PAGE, NUMPAGES, TOC), bookmarks and
links within the document."""

from __future__ import annotations

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

# The order of the children of the properties this package writes into (ECMA-376 part 1, 17.4 and 17.7).
ORDER = {
    "w:tcPr": ("w:cnfStyle", "w:tcW", "w:gridSpan", "w:hMerge", "w:vMerge", "w:tcBorders", "w:shd", "w:noWrap",
               "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark"),
    "w:trPr": ("w:cnfStyle", "w:divId", "w:gridBefore", "w:gridAfter", "w:wBefore", "w:wAfter", "w:cantSplit",
               "w:trHeight", "w:tblHeader", "w:tblCellSpacing", "w:jc", "w:hidden"),
    "w:tblPr": ("w:tblStyle", "w:tblpPr", "w:tblOverlap", "w:bidiVisual", "w:tblStyleRowBandSize",
                "w:tblStyleColBandSize", "w:tblW", "w:jc", "w:tblCellSpacing", "w:tblInd", "w:tblBorders", "w:shd",
                "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption", "w:tblDescription"),
    "w:pPr": ("w:pStyle", "w:keepNext", "w:keepLines", "w:pageBreakBefore", "w:framePr", "w:widowControl",
              "w:numPr", "w:suppressLineNumbers", "w:pBdr", "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku",
              "w:wordWrap", "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi",
              "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
              "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
              "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange"),
    "w:rPr": ("w:rStyle", "w:rFonts", "w:b", "w:bCs", "w:i", "w:iCs", "w:caps", "w:smallCaps", "w:strike",
              "w:dstrike", "w:outline", "w:shadow", "w:emboss", "w:imprint", "w:noProof", "w:snapToGrid", "w:vanish",
              "w:webHidden", "w:color", "w:spacing", "w:w", "w:kern", "w:position", "w:sz", "w:szCs", "w:highlight",
              "w:u", "w:effect", "w:bdr", "w:shd", "w:fitText", "w:vertAlign", "w:rtl", "w:cs", "w:em", "w:lang",
              "w:eastAsianLayout", "w:specVanish", "w:oMath"),
}


def element(tag: str, **attributes: str):
    made = OxmlElement(tag)
    for name, value in attributes.items():
        made.set(qn(f"w:{name}"), str(value))
    return made


def put(parent, child, parent_tag: str):
    """`child` into `parent` at the place the schema gives it, replacing one of its kind already there."""
    order = ORDER[parent_tag]
    tag = child.tag
    for old in parent.findall(tag):
        parent.remove(old)
    rank = order.index(_short(tag))
    for index, existing in enumerate(parent):
        short = _short(existing.tag)
        if short in order and order.index(short) > rank:
            parent.insert(index, child)
            return child
    parent.append(child)
    return child


def _short(tag: str) -> str:
    return "w:" + tag.rsplit("}", 1)[-1]


def field(paragraph, instruction: str, shown: str = "") -> None:
    """A field (PAGE, NUMPAGES…) at the end of `paragraph`, showing `shown` until Word works it out."""
    _field_start(paragraph, instruction)
    if shown:
        paragraph.add_run(shown)
    field_end(paragraph)


def _field_start(paragraph, instruction: str) -> None:
    paragraph.add_run()._r.append(element("w:fldChar", fldCharType="begin"))
    code = element("w:instrText")
    code.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    code.text = f" {instruction} "
    paragraph.add_run()._r.append(code)
    paragraph.add_run()._r.append(element("w:fldChar", fldCharType="separate"))


def field_start(paragraph, instruction: str) -> None:
    """The start of a field whose shown result runs on over the paragraphs that follow (a TOC)."""
    _field_start(paragraph, instruction)


def field_end(paragraph) -> None:
    paragraph.add_run()._r.append(element("w:fldChar", fldCharType="end"))


def bookmark(paragraph, number: int, name: str) -> None:
    """The whole of `paragraph` marked as bookmark `name` (a place the contents link to)."""
    start = element("w:bookmarkStart", id=number, name=name)
    properties = paragraph._p.pPr
    if properties is not None:
        properties.addnext(start)
    else:
        paragraph._p.insert(0, start)
    paragraph._p.append(element("w:bookmarkEnd", id=number))


def link_to(paragraph, anchor: str, text: str) -> None:
    """`text` at the end of `paragraph`, a link to bookmark `anchor` in this document."""
    link = element("w:hyperlink", anchor=anchor, history=1)
    run = OxmlElement("w:r")
    words = OxmlElement("w:t")
    words.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    words.text = text
    run.append(words)
    link.append(run)
    paragraph._p.append(link)
