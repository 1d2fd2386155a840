"""Excel import: the export's own layout comes back whole; bad workbooks are refused whole."""

from __future__ import annotations

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from styrapp.exchange.excel import INDICATOR_COLUMNS, export_xlsx
from styrapp.exchange.excel_import import import_xlsx
from styrapp.exchange.kolada import MAX_BYTES, ImportRefused
from styrapp.models.file.plan_file import open_plan
from styrapp.models.tables import Indicator, Measurement

from ..conftest import make_plan


def measured(plan):
    with plan.session() as session:
        return sorted(session.execute(select(Indicator.name, Measurement.period, Measurement.kind, Measurement.gender,
                                             Measurement.value).join(Indicator)).all())


def count(plan) -> int:
    with plan.session() as session:
        return session.execute(select(func.count()).select_from(Measurement)).scalar_one()


def test_round_trip_into_a_new_plan(demo, tmp_path):
    workbook = export_xlsx(demo, tmp_path / "demo.xlsx")
    with open_plan(make_plan(tmp_path / "ny.styrplan", "nvk")) as fresh:
        report = import_xlsx(fresh, workbook)
        assert report.counts.created == 11 and report.counts.added == count(demo)
        assert measured(fresh) == measured(demo)
        with fresh.session() as session:
            nki = session.execute(select(Indicator).where(Indicator.name.startswith("Nöjd kund"))).scalar_one()
            assert (nki.target, nki.baseline, nki.baseline_year, nki.direction) == (75, 68, 2023, "higher")
        again = import_xlsx(fresh, workbook)
        assert again.counts.updated == 11 and again.counts.replaced == count(demo)


def spoil(path, sheet, cell, value):
    book = load_workbook(path)
    book[sheet][cell] = value
    book.save(path)


@pytest.mark.parametrize("sheet, cell, value, reason", [
    ("Mätvärden", "G5", "ungefär 70", "Mätvärden!G5 innehåller ”ungefär 70”"),
    ("Mätvärden", "C3", "vår 2023", "Mätvärden!C3"),
    ("Mätvärden", "E4", "gissning", "Mätvärden!E4"),
    ("Indikatorer", "M3", "114", "Kommunkoden ”114”"),
    ("Mätvärden", "G1", "Siffra", "saknar kolumnerna Värde"),
])
def test_a_bad_cell_refuses_the_whole_file(demo, tmp_path, sheet, cell, value, reason):
    path = export_xlsx(demo, tmp_path / "demo.xlsx")
    spoil(path, sheet, cell, value)
    before = measured(demo)
    with pytest.raises(ImportRefused, match=reason) as info:
        import_xlsx(demo, path)
    assert "Inget har ändrats" in info.value.message
    assert measured(demo) == before


def test_empty_or_foreign_workbooks_and_other_files(demo, tmp_path):
    empty = tmp_path / "tom.xlsx"
    book = Workbook()
    book.active.title = "Mätvärden"
    book.save(empty)
    with pytest.raises(ImportRefused, match="är tom"):
        import_xlsx(demo, empty)
    other = tmp_path / "annan.xlsx"
    book = Workbook()
    book.active.append(["Namn", "Budget"])
    book.save(other)
    with pytest.raises(ImportRefused, match="flikarna ”Indikatorer” och ”Mätvärden” saknas"):
        import_xlsx(demo, other)
    text = tmp_path / "text.xlsx"
    text.write_text("inte ett kalkylark")
    with pytest.raises(ImportRefused, match="ingen Excel-fil"):
        import_xlsx(demo, text)
    huge = tmp_path / "stor.xlsx"
    with open(huge, "wb") as handle:
        handle.truncate(MAX_BYTES + 1)
    with pytest.raises(ImportRefused, match="större än 50 MB"):
        import_xlsx(demo, huge)


def test_duplicate_rows_are_refused(demo, tmp_path):
    path = export_xlsx(demo, tmp_path / "demo.xlsx")
    book = load_workbook(path)
    sheet = book["Mätvärden"]
    sheet.append([c.value for c in sheet[2]])
    book.save(path)
    before = measured(demo)
    with pytest.raises(ImportRefused, match="två gånger"):
        import_xlsx(demo, path)
    assert measured(demo) == before


def uuids_by_name(plan) -> dict[str, str]:
    with plan.session() as session:
        return dict(session.execute(select(Indicator.name, Indicator.uuid)).all())


def test_indicators_keep_their_uuid_into_another_plan_and_match_on_it(demo, tmp_path):
    """The Id column is only the exporting file's: in another plan the same id is another indicator."""
    workbook = export_xlsx(demo, tmp_path / "demo.xlsx")
    with open_plan(make_plan(tmp_path / "ny.styrplan", "nvk")) as other:
        from styrapp.models.services import indicators

        own = indicators.create_indicator(other, name="Egen indikator")  # id 1, like the demo's first
        import_xlsx(other, workbook)
        assert {k: v for k, v in uuids_by_name(other).items() if k != "Egen indikator"} == uuids_by_name(demo)
        with other.session() as session:
            assert session.get(Indicator, own).name == "Egen indikator"
    # Renamed in the workbook, an indicator is still found by its uuid.
    book = load_workbook(workbook)
    sheet = book["Indikatorer"]
    header = [c.value for c in sheet[1]]
    uuid = sheet.cell(2, header.index("uuid") + 1).value
    sheet.cell(2, header.index("Namn") + 1).value = "Nytt namn"
    sheet.cell(2, header.index("Id") + 1).value = 999
    book.save(workbook)
    report = import_xlsx(demo, workbook)
    assert report.counts.created == 0
    assert uuids_by_name(demo)["Nytt namn"] == uuid


def test_a_bad_uuid_refuses_the_file(demo, tmp_path):
    path = export_xlsx(demo, tmp_path / "demo.xlsx")
    book = load_workbook(path)
    header = [c.value for c in book["Indikatorer"][1]]
    book.close()
    from openpyxl.utils import get_column_letter

    cell = f"{get_column_letter(header.index('uuid') + 1)}3"
    spoil(path, "Indikatorer", cell, "inte-ett-uuid")
    with pytest.raises(ImportRefused, match=f"Indikatorer!{cell}.*inte är ett uuid"):
        import_xlsx(demo, path)


# --- text that does not fit in a cell as it is (issue 14, item 5) ----------------------------------

WORD_BREAK = "Rad ett\u000bRad två"  # Word's line break, pasted into a title
HOSTILE = "\x01\x08\x0c\x1f\r\n\r_x000B_ _x005F_ _x00e5_ \ufffe\uffff\t=SUMMA(A1) 😀"


def texts(plan):
    with plan.session() as session:
        return (sorted(session.execute(select(Indicator.name, Indicator.unit, Indicator.source, Indicator.responsible))
                       .all()),
                sorted(session.execute(select(Indicator.name, Measurement.period, Measurement.comment,
                                              Measurement.source).join(Indicator)).all()))


def test_control_characters_and_text_over_a_cells_limit_come_back_exactly(demo, tmp_path):
    from styrapp.exchange.excel import CELL_LIMIT, LONG_TEXTS
    from styrapp.models.rules.measurements import MeasurementIn
    from styrapp.models.services.indicators import add_measurements, update_indicator

    with demo.session() as session:
        first, second = session.execute(select(Indicator.id).order_by(Indicator.id).limit(2)).scalars()
    long_name = ("Andel invånare " + HOSTILE + " ") * 3000  # over 100 000 characters, emoji on the cuts' way
    update_indicator(demo, first, name=WORD_BREAK + " " + HOSTILE, source="Källa\x0bmed radbrytning")
    update_indicator(demo, second, name=long_name.strip(), responsible="x" * (CELL_LIMIT + 1))
    add_measurements(demo, first, [MeasurementIn("2031", 12.5, comment=("Kommentar _x000D_\r\n" * 5000).strip())])
    before = texts(demo)
    path = export_xlsx(demo, tmp_path / "demo.xlsx")

    book = load_workbook(path, read_only=True)
    assert LONG_TEXTS in book.sheetnames
    header = next(book["Indikatorer"].iter_rows(max_row=1, values_only=True))
    assert header[:len(INDICATOR_COLUMNS)] == INDICATOR_COLUMNS  # the columns are as before, more after them
    assert all(len(str(value)) <= CELL_LIMIT for sheet in book.worksheets for row in sheet.iter_rows(values_only=True)
               for value in row if value is not None)
    book.close()

    with open_plan(make_plan(tmp_path / "ny.styrplan", "nvk")) as fresh:
        import_xlsx(fresh, path)
        assert texts(fresh) == before
    import_xlsx(demo, path)  # into the plan it came from: nothing changes
    assert texts(demo) == before


def test_a_plain_plan_has_no_sheet_for_long_texts(demo, tmp_path):
    from styrapp.exchange.excel import LONG_TEXTS, cell_text, text_of_cell

    book = load_workbook(export_xlsx(demo, tmp_path / "demo.xlsx"), read_only=True)
    assert LONG_TEXTS not in book.sheetnames
    book.close()
    for text in (WORD_BREAK, HOSTILE, "_x005F_x000B_", "__x0041__", "_x", "vanlig text"):
        assert text_of_cell(cell_text(text)) == text
    assert cell_text(WORD_BREAK) == "Rad ett_x000B_Rad två"  # as Excel itself writes it
