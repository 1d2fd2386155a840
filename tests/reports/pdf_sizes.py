"""The size every character of a PDF is printed at, read from the content streams: the font size times
the text matrix times the current transformation (cm, nested q/Q, and form XObjects drawn with Do and
their /Matrix), so text inside a scaled chart is measured as it appears on the page."""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Run:
    page: int
    size: float  # points on the page (the height of the font's em box)
    text: str
    x: float = 0.0  # where it starts on the page, in points from the left


def _mul(a, b):
    """a · b for PDF matrices [a b c d e f] (row vectors: p' = p · a · b)."""
    return [a[0] * b[0] + a[1] * b[2], a[0] * b[1] + a[1] * b[3],
            a[2] * b[0] + a[3] * b[2], a[2] * b[1] + a[3] * b[3],
            a[4] * b[0] + a[5] * b[2] + b[4], a[4] * b[1] + a[5] * b[3] + b[5]]


IDENTITY = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]


def _decoder(fonts, name):
    """A function from a shown string's bytes to text, by the font's ToUnicode map where it has one
    (ReportLab's subset fonts number their glyphs 0…255, so the bytes alone are not the text)."""
    import re

    codes: dict[bytes, str] = {}
    width = 1
    try:
        font = fonts[name].get_object()
        cmap = font["/ToUnicode"].get_object().get_data().decode("latin-1")
    except Exception:  # noqa: BLE001 - no map: the bytes as Latin-1
        cmap = ""
    space = re.search(r"begincodespacerange\s*<([0-9A-Fa-f]+)>", cmap)
    if space:
        width = len(space.group(1)) // 2
    for block in re.findall(r"beginbfchar(.*?)endbfchar", cmap, re.S):
        for source, target in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            codes[bytes.fromhex(source)] = bytes.fromhex(target).decode("utf-16-be", "replace")
    for block in re.findall(r"beginbfrange(.*?)endbfrange", cmap, re.S):
        for first, last, target in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            start, base = int(first, 16), int(target, 16)
            for code in range(start, int(last, 16) + 1):
                codes[code.to_bytes(len(first) // 2, "big")] = chr(base + code - start)

    def decode(raw) -> str:
        data = raw if isinstance(raw, bytes) else str(raw).encode("latin-1", "replace")
        if not codes:
            return data.decode("latin-1", "replace")
        return "".join(codes.get(data[i:i + width], "?") for i in range(0, len(data), width))

    return decode


def text_runs(path: Path | str) -> list[Run]:
    from pypdf import PdfReader
    from pypdf.generic import ContentStream

    reader = PdfReader(str(path))
    runs: list[Run] = []

    def walk(content, resources, ctm, page_number):
        resources = resources.get_object() if resources is not None else {}
        fonts = resources.get("/Font", {}) if resources else {}
        fonts = fonts.get_object() if hasattr(fonts, "get_object") else fonts
        xobjects = resources.get("/XObject", {}) if resources else {}
        xobjects = xobjects.get_object() if hasattr(xobjects, "get_object") else xobjects
        stack = []
        size, tm, tlm, leading, decode = 0.0, list(IDENTITY), list(IDENTITY), 0.0, (lambda raw: "")
        for operands, op in ContentStream(content, reader).operations:
            if op == b"q":
                stack.append(list(ctm))
            elif op == b"Q":
                ctm = stack.pop() if stack else ctm
            elif op == b"cm":
                ctm = _mul([float(v) for v in operands], ctm)
            elif op == b"BT":
                tm, tlm = list(IDENTITY), list(IDENTITY)
            elif op == b"Tf":
                size = float(operands[1])
                decode = _decoder(fonts, operands[0])
            elif op == b"TL":
                leading = float(operands[0])
            elif op == b"Tm":
                tm = [float(v) for v in operands]
                tlm = list(tm)
            elif op in (b"Td", b"TD"):
                if op == b"TD":
                    leading = -float(operands[1])
                tlm = _mul([1, 0, 0, 1, float(operands[0]), float(operands[1])], tlm)
                tm = list(tlm)
            elif op == b"T*":
                tlm = _mul([1, 0, 0, 1, 0, -leading], tlm)
                tm = list(tlm)
            elif op in (b"Tj", b"'", b'"', b"TJ"):
                if op == b"'" or op == b'"':
                    tlm = _mul([1, 0, 0, 1, 0, -leading], tlm)
                    tm = list(tlm)
                shown = operands[-1]
                parts = shown if op == b"TJ" else [shown]
                text = "".join(decode(p) for p in parts if not isinstance(p, (int, float)) and hasattr(p, "__len__"))
                if text.strip():
                    m = _mul(tm, ctm)
                    runs.append(Run(page_number, size * math.hypot(m[2], m[3]), text, m[4]))
            elif op == b"Do" and operands[0] in xobjects:
                xobject = xobjects[operands[0]].get_object()
                if xobject.get("/Subtype") == "/Form":
                    matrix = [float(v) for v in xobject.get("/Matrix", IDENTITY)]
                    walk(xobject, xobject.get("/Resources", resources), _mul(matrix, ctm), page_number)

    for number, page in enumerate(reader.pages, 1):
        walk(page.get_contents(), page.get("/Resources"), list(IDENTITY), number)
    return runs
