"""A small, fast .xlsx writer for tidy tables: one header row (bold on dark blue), frozen below the
header, a filter over the table, column widths, dates as dates, text as shared strings.

openpyxl builds an object per cell and writes them through an XML tree: a workbook of 250,000 cells
(the large plan) took some 10 s to save. A table needs none of that, so the sheets are written here
as XML text straight into the zip; openpyxl still reads what we write (the import and the tests use
it), and so do Excel and LibreOffice.

Text must already be as a cell can hold it (`sheet_writing.cell_text`): control characters as
_xHHHH_. It is always written as a string, so a title beginning with "=" is never a formula.
"""

from __future__ import annotations

import zipfile
from datetime import UTC, date, datetime
from pathlib import Path
from xml.sax.saxutils import escape

from openpyxl.utils import get_column_letter

_EPOCH = datetime(1899, 12, 30)
_HEADER, _DATE = 1, 2  # the cell styles (cellXfs) below

_CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
{sheets}</Types>"""
_SHEET_TYPE = ('<Override PartName="/xl/worksheets/sheet{n}.xml" '
               'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\n')
_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
</Relationships>"""
_CORE = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<dc:title>{title}</dc:title><dc:creator>{creator}</dc:creator>
<dcterms:created xsi:type="dcterms:W3CDTF">{now}</dcterms:created>
</cp:coreProperties>"""
_WORKBOOK = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets>{sheets}</sheets>
<definedNames>{names}</definedNames>
</workbook>"""
_WORKBOOK_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
{sheets}<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rIdStrings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
</Relationships>"""
_STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts>
<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><color rgb="FFFFFFFF"/><name val="Calibri"/></font></fonts>
<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FF1F4E79"/></patternFill></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1"><alignment vertical="center"/></xf><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>"""


class _Strings:
    """The workbook's shared strings: every text once, cells refer to it by number (what Excel writes,
    and what openpyxl reads fastest)."""

    def __init__(self):
        self.index: dict[str, int] = {}

    def cell(self, text: str, style: int = 0) -> str:
        if "_x" in text:  # openpyxl takes "x005F_" out of shared strings as it reads them: inline, it does not
            space = ' xml:space="preserve"' if text != text.strip() else ""
            s = f' s="{style}"' if style else ""
            return f'<c{s} t="inlineStr"><is><t{space}>{escape(text)}</t></is></c>'
        number = self.index.setdefault(text, len(self.index))
        return f'<c s="{style}" t="s"><v>{number}</v></c>' if style else f'<c t="s"><v>{number}</v></c>'

    def xml(self) -> str:
        items = "".join(f'<si><t xml:space="preserve">{escape(text)}</t></si>' if text != text.strip()
                        else f"<si><t>{escape(text)}</t></si>" for text in self.index)
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/'
                f'spreadsheetml/2006/main" count="{len(self.index)}" uniqueCount="{len(self.index)}">{items}</sst>')


def _cell(strings: _Strings, value) -> str:
    """One cell, without its reference: a cell that follows the one before it needs none (the reference
    is optional in the format; leaving it out makes the file a third smaller and quicker to read)."""
    if isinstance(value, str):
        return strings.cell(value)
    if isinstance(value, bool):
        return f'<c t="b"><v>{int(value)}</v></c>'
    if isinstance(value, datetime):
        moment = value.astimezone(UTC).replace(tzinfo=None) if value.tzinfo else value
        delta = moment - _EPOCH
        return f'<c s="{_DATE}"><v>{delta.days + delta.seconds / 86400}</v></c>'
    if isinstance(value, date):
        return f'<c s="{_DATE}"><v>{(value - _EPOCH.date()).days}</v></c>'
    if isinstance(value, int | float):
        return f"<c><v>{value!r}</v></c>"
    return strings.cell(str(value))


class TableWorkbook:
    """Sheets of one table each, written at `save`."""

    def __init__(self, title: str = "", creator: str = "styrapp"):
        self.title, self.creator = title, creator
        self.sheets: list[tuple[str, str]] = []  # (name, the worksheet's XML)
        self.strings = _Strings()

    @property
    def sheetnames(self) -> list[str]:
        return [name for name, _xml in self.sheets]

    def add_table(self, name: str, columns: tuple[str, ...] | list[str], rows: list[list]) -> None:
        letters = [get_column_letter(i) for i in range(1, len(columns) + 1)]
        last = f"{letters[-1]}{len(rows) + 1}"
        strings = self.strings
        parts = ['<row r="1">', *(strings.cell(str(header), _HEADER) for header in columns), "</row>"]
        for number, row in enumerate(rows, start=2):
            parts.append(f'<row r="{number}">')
            gap = False
            for letter, value in zip(letters, row, strict=False):
                if value is None or value == "":
                    gap = True  # an empty cell is left out; the next one says where it stands
                    continue
                cell = _cell(strings, value)
                parts.append(f'<c r="{letter}{number}"{cell[2:]}' if gap else cell)
                gap = False
            parts.append("</row>")
        widths = []
        for index, header in enumerate(columns):
            longest = max([len(str(header)), *(len(str(r[index])) for r in rows[:500]
                                               if index < len(r) and r[index] is not None)])
            widths.append(f'<col min="{index + 1}" max="{index + 1}" width="{min(60, max(8, longest + 2))}" '
                          f'customWidth="1"/>')
        xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
               f'<dimension ref="A1:{last}"/>'
               '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" '
               'state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>'
               f'<cols>{"".join(widths)}</cols><sheetData>{"".join(parts)}</sheetData>'
               f'<autoFilter ref="A1:{last}"/></worksheet>')
        self.sheets.append((name, xml))

    def save(self, path: Path | str) -> None:
        names = "".join(
            f'<definedName name="_xlnm._FilterDatabase" localSheetId="{i}" hidden="1">'
            f"{escape(_quoted(name))}!$A$1:${_last_column(xml)}</definedName>"
            for i, (name, xml) in enumerate(self.sheets))
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
            archive.writestr("[Content_Types].xml", _CONTENT_TYPES.format(
                sheets="".join(_SHEET_TYPE.format(n=n) for n in range(1, len(self.sheets) + 1))))
            archive.writestr("_rels/.rels", _RELS)
            archive.writestr("docProps/core.xml", _CORE.format(
                title=escape(self.title), creator=escape(self.creator),
                now=datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")))
            archive.writestr("xl/workbook.xml", _WORKBOOK.format(sheets="".join(
                f'<sheet name="{escape(name, {chr(34): "&quot;"})}" sheetId="{n}" r:id="rId{n}"/>'
                for n, (name, _xml) in enumerate(self.sheets, start=1)), names=names))
            archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS.format(sheets="".join(
                f'<Relationship Id="rId{n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                f'relationships/worksheet" Target="worksheets/sheet{n}.xml"/>\n'
                for n in range(1, len(self.sheets) + 1))))
            archive.writestr("xl/styles.xml", _STYLES)
            archive.writestr("xl/sharedStrings.xml", self.strings.xml())
            for n, (_name, xml) in enumerate(self.sheets, start=1):
                archive.writestr(f"xl/worksheets/sheet{n}.xml", xml)


def _quoted(name: str) -> str:
    return "'" + name.replace("'", "''") + "'"


def _last_column(xml: str) -> str:
    ref = xml[xml.index('<dimension ref="A1:') + 19:]
    ref = ref[:ref.index('"')]
    letters = "".join(ch for ch in ref if ch.isalpha())
    return f"{letters}${ref[len(letters):]}"
