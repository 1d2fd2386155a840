"""Kolada import: real API-shaped files and Kolada tables, hand-written edge cases, and bad files
that are refused whole with the plan unchanged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from styrapp.exchange import kolada
from styrapp.exchange.kolada import ImportRefused, import_kolada, read_kolada
from styrapp.models.queries import measurements
from styrapp.models.services import indicators
from styrapp.models.tables import Indicator, Measurement

from ..conftest import REALDATA

DATA = Path(__file__).resolve().parents[1] / "data" / "kolada"
FAGERSTA_NORBERG = REALDATA / "kolada" / "fagersta_norberg_n01951_n00945.v2.json"


def values_of(plan, name: str) -> dict[tuple[str, str], float]:
    with plan.session() as session:
        ident = session.execute(select(Indicator.id).where(Indicator.name == name)).scalar_one()
        return {(m.period, m.gender): m.value for m in session.execute(
            select(Measurement).where(Measurement.indicator_id == ident, Measurement.kind == "actual")).scalars()}


def count(plan) -> int:
    with plan.session() as session:
        return session.execute(select(func.count()).select_from(Measurement)).scalar_one()


def test_real_api_file_adds_fagersta_and_norberg_with_the_gender_split(demo):
    report = import_kolada(demo, FAGERSTA_NORBERG)
    fagersta = values_of(demo, "Invånare i Fagersta")
    norberg = values_of(demo, "Invånare i Norberg")
    assert fagersta[("2010", "T")] == 12443 and fagersta[("2010", "K")] == 6177 and fagersta[("2010", "M")] == 6266
    assert norberg[("2010", "T")] == 5723
    assert fagersta[("2022", "T")] == 13341  # agrees with the demo's own figure from Kolada
    assert report.per_indicator == {"Invånare i Fagersta": 39, "Invånare i Norberg": 39}
    assert report.skipped == {"nyckeltalet N00945 finns inte bland planens indikatorer": 26}
    again = import_kolada(demo, FAGERSTA_NORBERG)
    assert again.added == 0 and again.replaced == 78  # running it twice changes nothing


def test_real_files_from_other_municipalities_are_skipped_with_the_reason(demo):
    before = count(demo)
    report = import_kolada(demo, REALDATA / "kolada" / "kld_data.v2.json")
    assert report.imported == 0 and count(demo) == before
    assert report.skipped_count() == len(read_kolada(REALDATA / "kolada" / "kld_data.v2.json").values)


def test_real_kolada_table_csv_by_gender(demo):
    report = import_kolada(demo, REALDATA / "xlsx" / "kolada_ddf_raw__n01951_by_geo_gender_year.csv")
    assert report.per_indicator["Invånare i Fagersta"] == 58  # 1994–2022, K and M
    line = next(x for x in report.lines() if "andra kommuner" in x)
    assert "N01951 för 310 andra kommuner än de planen följer (1962, 1982)" in line
    fagersta = values_of(demo, "Invånare i Fagersta")
    assert fagersta[("2022", "K")] == 6570 and fagersta[("2022", "M")] == 6771


def test_csv_with_lost_leading_zeros_is_refused_not_guessed(demo):
    before = count(demo)
    with pytest.raises(ImportRefused, match="ledande nollor"):
        import_kolada(demo, REALDATA / "xlsx" / "kolada_ddf_clean__n01951_by_geo_year_leading_zeros_stripped.csv")
    assert count(demo) == before


def test_a_page_of_a_longer_answer_with_nulls(demo):
    report = import_kolada(demo, DATA / "paged_with_nulls.v2.json")
    assert report.added == 2  # Fagersta and Norberg 2023, total
    assert report.skipped["inget värde i Kolada (Kolada: Missing)"] == 2
    assert any("nästa sida" in line for line in report.lines())
    assert "N01951 för kommunen 0180; planen följer N01951 för 1962, 1982" in "\n".join(report.lines())
    assert values_of(demo, "Invånare i Norberg")[("2023", "T")] == 5700


def test_group_rows_and_unit_level_data(demo):
    ind = indicators.create_indicator(demo, name="Nöjdhet, hemtjänstgrupp Väst", kolada_id="U15011",
                                      kolada_ou="V15E198200201", unit="%")
    report = import_kolada(demo, DATA / "group_and_units.v2.json")
    assert report.per_indicator == {"Nöjdhet, hemtjänstgrupp Väst": 3}
    text = "\n".join(report.lines())
    assert "N01951 för kommunen G114418" in text
    assert "U15011 för enheten V15E198200301" in text
    assert {(m.period, m.gender) for m in measurements.measurements(demo, ind)} == {("2022", "T"), ("2022", "K"), ("2022", "M")}


@pytest.mark.parametrize("content, reason", [
    ("", "filen är tom"),
    ("values: inte JSON alls", "inte giltig JSON"),
    ('{"values": [{"kpi": "N01951", "municipality": "1982", "period": 2023, "values": [{"gender": "T", "value": "12,5"}]}]}',
     "är text, inte ett tal"),
    ('{"values": [{"kpi": "N01951", "municipality": 1982, "period": 2023, "values": []}]}', "inte fyra siffror"),
    ('{"values": [{"kpi": "N01951", "municipality": "1982", "period": "2023-T1", "values": []}]}', "inget årtal"),
    ('{"values": [{"kpi": "N01951", "municipality": "1982", "period": 2023, "values": [{"gender": "X", "value": 1}]}]}',
     "inte T, K eller M"),
    ('[{"id": "0180", "title": "Stockholm"}]', "inte ett svar från Koladas API"),
    ('{"count": 1, "values": [{"kpi": "N01951", "municipality": "1982", "period": 2023, "values": [{"gender": "T", "val',
     "avkortad"),
])
def test_malformed_json_is_refused_whole(demo, tmp_path, content, reason):
    path = tmp_path / "svar.json"
    # A good row first: a refusal must not keep it either.
    path.write_text(content, encoding="utf-8")
    before = count(demo)
    with pytest.raises(ImportRefused, match=reason) as info:
        import_kolada(demo, path)
    assert "Inget har ändrats i planen" in info.value.message
    assert count(demo) == before


def test_a_bad_row_after_good_ones_keeps_nothing(demo, tmp_path):
    good = json.loads(FAGERSTA_NORBERG.read_text())
    good["values"].append({"kpi": "N01951", "municipality": "1982", "period": 2024,
                           "values": [{"gender": "T", "value": "ej klart"}]})
    path = tmp_path / "blandat.json"
    path.write_text(json.dumps(good))
    before = count(demo)
    with pytest.raises(ImportRefused, match="rad 53"):
        import_kolada(demo, path)
    assert count(demo) == before


def test_too_large_a_file_is_refused_before_reading(demo, tmp_path, monkeypatch):
    path = tmp_path / "stor.json"
    with open(path, "wb") as handle:
        handle.truncate(kolada.MAX_BYTES + 1)  # sparse: 50 MB without writing them
    with pytest.raises(ImportRefused, match="högst 50 MB"):
        import_kolada(demo, path)


def test_csv_with_wrong_columns_or_text_values(demo, tmp_path):
    wrong = tmp_path / "fel.csv"
    wrong.write_text("namn,värde\nFagersta,12\n", encoding="utf-8")
    with pytest.raises(ImportRefused, match="kolumnerna ska vara geo"):
        import_kolada(demo, wrong)
    text = tmp_path / "text.csv"
    text.write_text("geo,year,n01951\n1982,2023,många\n", encoding="utf-8")
    with pytest.raises(ImportRefused, match="”många” är text"):
        import_kolada(demo, text)
    empty = tmp_path / "tom.csv"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(ImportRefused, match="tom"):
        import_kolada(demo, empty)


def test_a_kolada_table_saved_as_excel(demo, tmp_path):
    from openpyxl import Workbook

    from styrapp.exchange.importing import import_file

    source = REALDATA / "xlsx" / "kolada_ddf_raw__n01951_by_geo_gender_year.csv"
    book = Workbook()
    sheet = book.active
    for number, line in enumerate(source.read_text(encoding="utf-8").splitlines()):
        cells = line.split(",")
        if number and cells[0] not in ("1982", "1962"):
            continue
        # As Excel keeps them: codes and years as numbers, values as numbers.
        sheet.append(cells if number == 0 else [int(cells[0]), int(cells[1]), cells[2], float(cells[3])])
    path = tmp_path / "kolada.xlsx"
    book.save(path)
    report = import_file(demo, path)  # not styrapp's own layout: read as a Kolada table
    assert report.per_indicator == {"Invånare i Fagersta": 58, "Invånare i Norberg": 58}


def test_a_kolada_excel_table_with_numeric_codes_that_lost_their_zero_is_refused(demo, tmp_path):
    from openpyxl import Workbook

    from styrapp.exchange.importing import import_file

    book = Workbook()
    book.active.append(["geo", "year", "n01951"])
    book.active.append([180, 2022, 984000.0])
    path = tmp_path / "kolada.xlsx"
    book.save(path)
    with pytest.raises(ImportRefused, match="ledande nollor"):
        import_file(demo, path)


def test_v3_paging_and_extra_fields(demo):
    report = import_kolada(demo, DATA / "paged.v3.json")
    assert report.added == 3
    assert any("nästa sida" in line for line in report.lines())
    assert values_of(demo, "Invånare i Fagersta")[("2024", "M")] == 6710
