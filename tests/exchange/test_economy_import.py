"""The ekonomi import: outcome and forecast from the ekonomisystem's CSV or Excel export. A file that
cannot be read right changes nothing and says why, naming the row; what Swedish Excel writes imports."""

from __future__ import annotations

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from styrapp.cli import main as cli
from styrapp.exchange.economy_import import MAX_BYTES, import_economy
from styrapp.exchange.importing import import_file
from styrapp.exchange.kolada import ImportRefused
from styrapp.models.queries.economy import economy_rows
from styrapp.models.services import economy
from styrapp.models.tables import OrgUnit, ReportingPeriod
from styrapp.wording import use_language

from ..conftest import dump

SWEDISH_EXCEL = ("Enhet;Period;Typ;Utfall (tkr);Prognos (tkr)\r\n"
                 "Gata och park;2026-08;drift;26 500;39 300\r\n"
                 "Vatten och avlopp;Årsredovisning;;61\u00a0000;-61\u00a0900\r\n"  # Excel groups with a no-break space
                 "Avfall och återvinning;2026-03;drift;10 000;\r\n"
                 "Administration och ekonomi;2026-08;Investering;1 234,5;\r\n"
                 ";;;;\r\n")


def figures(plan, period: str = "Delårsrapport"):
    with plan.session() as session:
        period_id = session.execute(select(ReportingPeriod.id).where(ReportingPeriod.name == period)).scalar_one()
    return {(r.unit, r.kind): (r.frame, r.outcome, r.forecast) for r in economy_rows(plan, 2026, period_id)}


def write(tmp_path, text: str, encoding: str = "utf-8", name: str = "ekonomi.csv"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_a_windows_1252_semicolon_csv_from_swedish_excel_imports(demo, tmp_path):
    path = write(tmp_path, SWEDISH_EXCEL, "cp1252")
    report = import_file(demo, path)  # found to be an ekonomi file by its header, though it ends in .csv
    rows = figures(demo)
    assert rows["Gata och park", "operating"] == (3_840_000_000, 2_650_000_000, 3_930_000_000)
    assert rows["Administration och ekonomi", "investment"] == (0, 123_450_000, None)  # a new line, frame 0
    assert figures(demo, "Årsredovisning")["Vatten och avlopp", "operating"][1:] == (6_100_000_000, -6_190_000_000)
    assert (report.added, report.replaced) == (2, 1)
    with use_language("sv"):
        text = "\n".join(report.lines())
    assert "Importerade 3 rader" in text and "Hoppade över 1 rad" in text
    assert "planen har ingen rapportperiod som slutar i 2026-03" in text
    assert "Administration och ekonomi hade ingen budgetram" in text


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig"])
@pytest.mark.parametrize("separator", [";", ",", "\t"])
def test_utf8_with_or_without_bom_and_any_separator(demo, tmp_path, encoding, separator):
    text = f"prognos{separator}ENHET{separator}period\n\"4 321 000\"{separator}Gata och park{separator}2026-08\n"
    import_economy(demo, write(tmp_path, text, encoding))
    assert figures(demo)["Gata och park", "operating"][2] == 432_100_000  # kr when the header names no unit


def test_units_are_matched_by_short_name_and_an_excel_file_is_read(demo, tmp_path):
    with demo.session() as session:
        session.execute(select(OrgUnit)).scalars().all()
        unit = session.execute(select(OrgUnit).where(OrgUnit.name == "Vatten och avlopp")).scalar_one()
        unit.short_name = "3100"
        session.commit()
    book = Workbook()
    book.active.append(["Enhet", "Period", "Utfall (mnkr)"])
    book.active.append([3100, "Delårsrapport", 40.5])
    book.save(tmp_path / "ekonomi.xlsx")
    report = import_file(demo, tmp_path / "ekonomi.xlsx", "ekonomi")
    assert report.imported == 1 and figures(demo)["Vatten och avlopp", "operating"][1] == 4_050_000_000


def test_an_import_again_replaces_and_keeps_what_a_row_does_not_give(demo, tmp_path):
    import_economy(demo, write(tmp_path, "enhet;period;utfall;prognos\nGata och park;2026-08;100;200\n"))
    again = import_economy(demo, write(tmp_path, "enhet;period;utfall\nGata och park;2026-08;150\n"))
    assert (again.added, again.replaced) == (0, 1)
    assert figures(demo)["Gata och park", "operating"][1:] == (15_000, 20_000)


BAD = {
    "unknown unit": ("enhet;period;utfall\nGata och park;2026-08;1\nSkolan;2026-08;5\n",
                     "rad 3: planen har ingen enhet med namnet eller kortnamnet ”Skolan”"),
    "period outside the plan's years": ("enhet;period;utfall\nGata och park;2031-08;5\n",
                                        "rad 2: perioden 2031-08 ligger utanför planens år (2026)"),
    "a period that is no period": ("enhet;period;utfall\nGata och park;augusti;5\n",
                                   "rad 2: ”augusti” är varken en månad"),
    "duplicate rows": ("enhet;period;typ;utfall\nGata och park;2026-08;drift;5\nGata och park;Delårsrapport;;6\n",
                       "raderna 2 och 3 anger båda Gata och park, Delårsrapport, drift"),
    "öre where the header says tkr": ("enhet;period;utfall (tkr)\nGata och park;2026-08;2615000000\n",
                                      "rad 2, kolumnen ”utfall (tkr)”: 2615000000 tkr skulle bli 2 615 000 000 000 kr"),
    "kr where the header says tkr": ("enhet;period;prognos (tkr)\nGata och park;2026-08;39100000\n",
                                     "är mer än 100 gånger ramen för Gata och park"),
    "text for an amount": ("enhet;period;utfall\nGata och park;2026-08;12,3,4\n",
                           "rad 2, kolumnen ”utfall”: ”12,3,4” är inget belopp"),
    "an exponent": ("enhet;period;utfall\nGata och park;2026-08;1e400\n", "”1e400” är inget belopp"),
    "an unknown kind": ("enhet;period;typ;utfall\nGata och park;2026-08;lön;5\n", "typen ”lön” är varken drift"),
    "no unit column": ("namn;period;utfall\nGata och park;2026-08;5\n", "filen saknar kolumnen ”enhet”"),
    "no amount column": ("enhet;period;belopp\nGata och park;2026-08;5\n", "varken kolumnen ”utfall” eller ”prognos”"),
    "a unit not known in the header": ("enhet;period;utfall (öre)\nGata och park;2026-08;5\n",
                                       "kolumnen ”utfall (öre)” anger enheten ”öre”"),
    "an empty file": ("", "filen är tom"),
}


@pytest.mark.parametrize("case", list(BAD), ids=list(BAD))
def test_a_bad_file_is_refused_whole_naming_the_row_and_nothing_changes(demo, tmp_path, case):
    text, says = BAD[case]
    before = dump(demo)
    with pytest.raises(ImportRefused) as info:
        import_economy(demo, write(tmp_path, text))
    assert says.replace(" ", "\u00a0") in info.value.text("sv").replace(" ", "\u00a0")
    assert "Inget har ändrats i planen" in info.value.text("sv")
    assert dump(demo) == before


def test_a_file_of_50_mb_is_refused_before_it_is_read(demo, tmp_path):
    path = tmp_path / "stor.csv"
    with path.open("wb") as out:
        out.write(b"enhet;period;utfall\n")
        out.truncate(50 * 1024 * 1024)
    assert path.stat().st_size > MAX_BYTES
    before = dump(demo)
    with pytest.raises(ImportRefused) as info:
        import_economy(demo, path)
    assert "filen är 50 MB; en ekonomifil får vara högst 20 MB" in info.value.text("sv")
    assert dump(demo) == before


def test_the_cli_imports_with_format_ekonomi_and_refuses_with_exit_code_2(demo_path, tmp_path, capsys):
    good = write(tmp_path, SWEDISH_EXCEL, "cp1252")
    assert cli(["--language", "sv", "import", str(demo_path), str(good), "--format", "ekonomi"]) == 0
    out = capsys.readouterr().out
    assert "Importerade 3 rader med utfall och prognos" in out and "Gata och park: 1" in out
    bad = write(tmp_path, "enhet;period;utfall\nSkolan;2026-08;5\n", name="fel.csv")
    before = dump(demo_path)
    assert cli(["import", str(demo_path), str(bad), "--format", "ekonomi"]) == 2
    assert "Skolan" in capsys.readouterr().err and dump(demo_path) == before


def test_frames_are_kept_when_the_file_brings_outcome(demo, tmp_path):
    with demo.session() as session:
        unit = session.execute(select(OrgUnit.id).where(OrgUnit.name == "Gata och park")).scalar_one()
    economy.set_frame(demo, unit, 2026, "investment", 500_000_000)
    import_economy(demo, write(tmp_path, "enhet;period;typ;utfall (tkr)\nGata och park;2026-08;investering;1 200\n"))
    assert figures(demo)["Gata och park", "investment"] == (500_000_000, 120_000_000, None)
