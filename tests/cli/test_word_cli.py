"""`styrapp-cli report PLAN --kind KIND -o OUT.docx`: the report as a Word document, the format from the
name's ending; the kinds drawn page by page are refused with the kinds that can be written as Word."""

from __future__ import annotations

from docx import Document

from styrapp.cli import main

from .running import run


def test_a_report_written_as_word(demo_path, tmp_path, capsys):
    target = tmp_path / "rapport.docx"
    code, out, _ = run(capsys, "report", demo_path, "--kind", "uppdragsplan", "-o", target)
    assert code == 0 and str(target) in out
    document = Document(target)
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading ")]
    assert headings == ["Indikatorer", "Uppdrag"]
    assert len(document.tables) == 2 and document.sections[-1].page_width > document.sections[-1].page_height


def test_the_ending_says_the_format_and_an_unknown_one_gets_pdf_added(demo_path, tmp_path, capsys):
    code, _, _ = run(capsys, "report", demo_path, "--kind", "internkontroll", "--language", "en", "-o",
                     tmp_path / "Kontroll.DOCX")
    assert code == 0 and Document(tmp_path / "Kontroll.DOCX").paragraphs  # the ending in any case
    code, _, _ = run(capsys, "report", demo_path, "--kind", "internkontroll", "-o", tmp_path / "kontroll.txt")
    assert code == 0 and (tmp_path / "kontroll.txt.pdf").read_bytes().startswith(b"%PDF")


def test_the_annual_wheel_is_refused_as_word_and_nothing_is_written(demo_path, tmp_path, capsys):
    code, out, err = run(capsys, "report", demo_path, "--kind", "arshjul", "-o", tmp_path / "hjul.docx")
    assert code != 0 and out == ""
    assert "kan inte skrivas som Word-fil" in err and "verksamhetsplan, uppdragsplan" in err
    assert not (tmp_path / "hjul.docx").exists()


def test_the_help_names_both_formats(capsys):
    try:
        main(["report", "--help"])
    except SystemExit:
        pass
    out = capsys.readouterr().out
    assert "UT.pdf eller UT.docx" in out and "Word" in out
