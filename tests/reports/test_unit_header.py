"""Issue 19, item 8: a unit's report names its unit in the running header of every page, so loose pages
from two units' reports differ; the whole organisation's report names none."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from styrapp.reports.engine import ReportOptions, build_report
from styrapp.reports.pdf_document import Cover, running_title


def _header_lines(path) -> list[str]:
    """The running header of every page after the cover: its first two lines as text (the organisation
    at the left, the title at the right), joined with " | "."""
    pages = PdfReader(str(path)).pages[1:]
    return [" | ".join(page.extract_text().splitlines()[:2]) for page in pages]


@pytest.mark.parametrize("kind", ["verksamhetsplan", "uppfoljning"])
def test_every_page_of_a_units_report_names_the_unit_in_its_header(demo, tmp_path, kind):
    period = "Delårsrapport" if kind == "uppfoljning" else None
    headers = {}
    for unit in ("Förvaltningen", "Gata och park", None):
        path = build_report(demo, kind, tmp_path / f"{kind}-{unit}.pdf", ReportOptions(unit=unit, period=period))
        headers[unit] = _header_lines(path)
        assert headers[unit], unit
    for unit in ("Förvaltningen", "Gata och park"):
        for line in headers[unit]:
            assert line.startswith("Norra Västmanlands Kommunalteknikförbund | "), line
            assert line.endswith(f" · {unit}"), line
    for line in headers[None]:  # the whole organisation's: the title alone
        assert line.startswith("Norra Västmanlands Kommunalteknikförbund | ") and "·" not in line, line
    assert headers["Förvaltningen"][0] != headers["Gata och park"][0]


def test_a_long_units_name_is_cut_to_the_headers_room_and_the_title_kept():
    from styrapp.reports.typography import register_fonts

    register_fonts()
    cover = Cover("Testkommun", "Verksamhetsplan 2026", unit="Avdelningen för " + "mycket lång verksamhet " * 8)
    shown = running_title(cover, room=250)
    assert shown.startswith("Verksamhetsplan 2026 · Avdelningen för") and shown.endswith("…")
    from reportlab.pdfbase.pdfmetrics import stringWidth

    assert stringWidth(shown, "DejaVu Sans", 7.5) <= 250
    assert running_title(Cover("Testkommun", "Verksamhetsplan 2026"), room=250) == "Verksamhetsplan 2026"
