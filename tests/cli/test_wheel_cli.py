"""`styrapp-cli export --format ics|png|svg|pdf [--size A4|A3]` and `styrapp-cli import PLAN FILE.ics [--ring NAME]`
as a script calls them."""

from __future__ import annotations

import icalendar
import pytest
from pypdf import PdfReader

from styrapp.models.file.plan_file import open_plan
from styrapp.models.queries.wheel_rows import read_wheel
from tests.conftest import REALDATA

from .running import run


def test_export_ics_then_import_it_again_updates_instead_of_duplicating(demo_path, tmp_path, capsys):
    out_file = tmp_path / "arshjul.ics"
    code, out, _ = run(capsys, "export", demo_path, "--format", "ics", "-o", out_file)
    assert code == 0 and "10 händelser" in out
    assert len(icalendar.Calendar.from_ical(out_file.read_bytes()).walk("VEVENT")) == 10
    code, out, _ = run(capsys, "import", demo_path, out_file)
    assert code == 0 and "0 nya händelser i årshjulet, 10 uppdaterade" in out
    with open_plan(demo_path, read_only=True) as plan:
        assert len(read_wheel(plan).events) == 10


@pytest.mark.parametrize(("size", "points"), [("A4", (595, 842)), ("a3", (842, 1191))])
def test_export_pdf_on_a4_and_a3_with_the_wheels_text(demo_path, tmp_path, capsys, size, points):
    out_file = tmp_path / "hjul.pdf"
    code, out, _ = run(capsys, "export", demo_path, "--format", "pdf", "--size", size, "-o", out_file)
    assert code == 0 and size.upper() in out
    reader = PdfReader(out_file)
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == points
    text = reader.pages[0].extract_text()
    assert "Årshjul 2026" in text and "Norra Västmanlands Kommunalteknikförbund" in text
    assert reader.metadata.title == "Årshjul 2026"


def test_export_png_and_svg(demo_path, tmp_path, capsys):
    code, _, _ = run(capsys, "export", demo_path, "--format", "png", "-o", tmp_path / "hjul")
    assert code == 0 and (tmp_path / "hjul.png").read_bytes().startswith(b"\x89PNG")
    code, _, _ = run(capsys, "export", demo_path, "--format", "svg", "--size", "A3", "-o", tmp_path / "hjul.svg")
    svg = (tmp_path / "hjul.svg").read_text(encoding="utf-8")
    assert code == 0 and svg.lstrip().startswith("<?xml") and "Årshjul 2026" in svg and "Direktionssammanträde" in svg


def test_import_ics_into_a_named_ring(demo_path, capsys):
    code, out, _ = run(capsys, "import", demo_path, REALDATA / "ics" / "valid" / "icaljs__daily_recur.ics",
                       "--ring", "Dagliga möten")
    assert code == 0 and "Ny ring: Dagliga möten" in out and "lades ut som en händelse per tillfälle" in out
    with open_plan(demo_path, read_only=True) as plan:
        events = [e for e in read_wheel(plan).events if e.ring == "Dagliga möten"]
    assert len(events) == 365 and all(e.start.year == 2026 for e in events)


def test_a_broken_calendar_exits_2_with_the_reason_and_changes_nothing(demo_path, capsys):
    code, out, err = run(capsys, "import", demo_path, REALDATA / "ics" / "broken" / "icalendar__broken_dtstart.ics")
    assert code == 2 and out == ""
    assert "DTSTART:INVALID-DATE" in err and "inget har ändrats" in err
    with open_plan(demo_path, read_only=True) as plan:
        assert len(read_wheel(plan).events) == 10


@pytest.mark.parametrize(("args", "words"), [
    (["--format", "gif"], "ogiltigt val"),
    (["--format", "pdf", "--size", "A5"], "ogiltigt val"),
])
def test_export_refuses_unknown_formats_and_sizes(demo_path, tmp_path, capsys, args, words):
    code, _, err = run(capsys, "export", demo_path, *args, "-o", tmp_path / "x")
    assert code == 2 and words in err


def test_export_into_a_missing_folder_or_onto_a_folder_says_so(demo_path, tmp_path, capsys):
    code, _, err = run(capsys, "export", demo_path, "--format", "pdf", "-o", tmp_path / "saknas" / "hjul.pdf")
    assert code == 2 and "finns inte" in err
    (tmp_path / "mapp.pdf").mkdir()
    code, _, err = run(capsys, "export", demo_path, "--format", "pdf", "-o", tmp_path / "mapp.pdf")
    assert code == 2 and "är en mapp" in err


def test_ring_only_goes_with_a_calendar(demo_path, tmp_path, capsys):
    data = tmp_path / "values.xlsx"
    data.write_bytes(b"")
    code, _, err = run(capsys, "import", demo_path, data, "--ring", "X")
    assert code == 2 and "--ring gäller bara kalenderfiler" in err


def test_report_from_the_command_line_and_its_choices(demo_path, tmp_path, capsys):
    from pypdf import PdfReader

    code, out, _ = run(capsys, "report", demo_path, "--kind", "uppfoljning", "--period", "Delårsrapport",
                       "-o", tmp_path / "uppfoljning")
    assert code == 0 and "uppfoljning.pdf" in out
    assert "Delårsrapport" in PdfReader(tmp_path / "uppfoljning.pdf").pages[0].extract_text()
    code, _, err = run(capsys, "report", demo_path, "--kind", "uppfoljning", "--period", "Tertial 9", "-o", tmp_path / "x")
    assert code == 2 and "Välj bland: Delårsrapport, Årsredovisning" in err and not (tmp_path / "x.pdf").exists()
    code, _, err = run(capsys, "report", demo_path, "--kind", "budget", "-o", tmp_path / "x")
    assert code == 2 and "verksamhetsplan" in err
    code, _, err = run(capsys, "report", demo_path, "--kind", "nulageskoll", "--unit", "Ingen", "-o", tmp_path / "x")
    assert code == 2 and "Gata och park" in err


def test_a_report_in_english_from_the_command_line(demo_path, tmp_path, capsys):
    from pypdf import PdfReader

    code, _, _ = run(capsys, "report", demo_path, "--kind", "verksamhetsplan", "--language", "EN",
                     "-o", tmp_path / "plan.pdf")
    reader = PdfReader(tmp_path / "plan.pdf")
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert code == 0 and "Operational plan 2026" in text and "Page 2 of" in text and "Sida " not in text
    assert reader.trailer["/Root"]["/Lang"] == "en"
    code, _, err = run(capsys, "report", demo_path, "--kind", "verksamhetsplan", "--language", "de",
                       "-o", tmp_path / "x.pdf")
    assert code == 2 and "'sv', 'en'" in err and not (tmp_path / "x.pdf").exists()


def test_a_report_refuses_a_folder_for_output_and_a_year_out_of_range(demo_path, tmp_path, capsys):
    folder = tmp_path / "rapporter"
    folder.mkdir()
    code, _, err = run(capsys, "report", demo_path, "--kind", "verksamhetsplan", "-o", folder)
    assert code == 2 and "är en mapp" in err and list(tmp_path.glob("*.pdf")) == []
    code, _, err = run(capsys, "report", demo_path, "--kind", "verksamhetsplan", "--year", "1800", "-o", tmp_path / "a")
    assert code == 2 and "från 1990 till 2100" in err and not (tmp_path / "a.pdf").exists()
