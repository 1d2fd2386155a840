"""The whole-plan workbook's sheets for intern kontroll, ekonomi, styrdokument and nulägeskoll (issues 16
and 17): their columns, a sheet typed by hand with the issues' column names, amounts exact to the öre, and
every refusal naming its sheet and cell with the plan left byte for byte as it was."""

from __future__ import annotations

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.utils import get_column_letter
from sqlalchemy import select

from styrapp.exchange.importing import import_file
from styrapp.exchange.workbook_export import export_plan_workbook
from styrapp.models.file.plan_file import open_plan
from styrapp.models.tables import (
    BudgetFigure,
    BudgetLine,
    DocumentNode,
    GoverningDocument,
    Indicator,
    ReviewIndicator,
    Risk,
    SituationReview,
)
from styrapp.wording import use_language

from .test_workbook import _column, _edited, _refused


def _headers(path, sheet: str) -> list[str]:
    book = load_workbook(path, read_only=True)
    try:
        return [c for c in next(book[sheet].iter_rows(max_row=1, values_only=True))]
    finally:
        book.close()


def test_the_sheets_have_the_issues_columns_and_the_amounts_are_exact(demo, tmp_path):
    with demo.transaction() as session:  # a frame with öre in it, to see it written exactly
        line = session.execute(select(BudgetLine).where(BudgetLine.name == "Gata och park")).scalar_one()
        line.frame_ore = 123_450_050
    path = export_plan_workbook(demo, tmp_path / "demo.xlsx")
    book = load_workbook(path, read_only=True)
    assert "Utfall" in book.sheetnames and "Budgetutfall" not in book.sheetnames
    book.close()
    assert _headers(path, "Risker")[:12] == ["uuid", "år", "Enhet-uuid", "enhet", "risk", "beskrivning", "process",
                                            "kategori", "sannolikhet", "konsekvens", "riskvärde", "vald"]
    assert _headers(path, "Kontroller") == ["Risk-uuid", "risk", "kontrollmoment", "metod", "ansvarig", "frekvens",
                                            "rapporteras till", "rapporteras i"]
    assert {"titel", "typ", "beslutad av", "beslutad", "giltig till", "enhet", "mål", "dokument", "diarienummer",
            "beskrivning"} <= set(_headers(path, "Styrdokument"))
    assert {"år", "enhet", "typ", "ram (kr)"} <= set(_headers(path, "Budget"))
    assert {"enhet", "period", "typ", "utfall (kr)", "prognos (kr)"} <= set(_headers(path, "Utfall"))
    review = _headers(path, "Nulägeskoll")
    assert "nämndens uppdrag" in review and "källa: nämndens uppdrag" in review and "nyckeltal (indikatorer)" in review
    book = load_workbook(path, read_only=True)
    risks = list(book["Risker"].iter_rows(values_only=True))
    for row in risks[1:]:  # riskvärde is the product, the category a Swedish word
        assert row[10] == row[8] * row[9]
        assert row[7] in ("verksamhet", "ekonomi", "regelefterlevnad", "information", "oegentligheter")
    budget = list(book["Budget"].iter_rows(values_only=True))
    frames = {row[budget[0].index("namn")]: row[budget[0].index("ram (kr)")] for row in budget[1:]}
    assert frames["Gata och park"] == "1\u00a0234\u00a0500,50"
    assert {row[budget[0].index("typ")] for row in budget[1:]} == {"drift"}
    book.close()
    with use_language("en"):  # the plan's own file changes nothing, the frame's öre included
        lines = import_file(demo, path).lines()
    assert lines[-1] == "Nothing changed: the plan already holds what the file says."


def test_sheets_typed_by_hand_with_the_issues_column_names_import(demo, tmp_path):
    book = Workbook()
    risks = book.active
    risks.title = "Risker"
    risks.append(["ÅR", "Enhet", "Risk", "Kategori", "Sannolikhet", "Konsekvens", "Vald"])
    risks.append([2026, "Gata och park", "Halka på gångbanor", "Egen kategori", 3, 4, "ja"])
    controls = book.create_sheet("Kontroller")
    controls.append(["risk", "kontrollmoment", "metod", "ansvarig", "frekvens", "rapporteras till", "rapporteras i"])
    controls.append(["Halka på gångbanor", "Stickprov av halkbekämpningen", "Besök", "Driftchef gata", "månadsvis",
                     "Direktionen", "Delårsrapport"])
    controls.append(["Driftstopp i vattenverket efter ett it-angrepp", "Övning två gånger om året", "Övning med protokoll",
                     "VA-chef", "halvårsvis", "Direktionen i delårsrapporten", "Delårsrapport"])
    budget = book.create_sheet("Budget")
    budget.append(["enhet", "år", "typ", "namn", "ram (kr)"])
    budget.append(["Gata och park", 2026, "investering", "Gatubelysning", "1 234 500,50"])
    figures = book.create_sheet("Utfall")
    figures.append(["enhet", "period", "typ", "utfall (kr)", "prognos (kr)"])
    figures.append(["Gata och park", "Delårsrapport", "investering", "−600 000,25", 1200000])
    documents = book.create_sheet("Styrdokument")
    documents.append(["titel", "typ", "beslutad av", "beslutad", "giltig till", "mål", "dokument", "diarienummer"])
    documents.append(["Halkpolicy", "policy", "KF", "2026-01-15", "2029-12-31", "", "https://example.se/halka.pdf",
                      "NVK 2026/12"])
    reviews = book.create_sheet("Nulägeskoll")
    reviews.append(["enhet", "år", "verksamhetens resultat", "källa: verksamhetens resultat", "nyckeltal (indikatorer)"])
    reviews.append(["Gata och park", 2026, "Bättre än väntat.", "Årsredovisning 2025",
                    "Invånare i Norberg; Invånare i Fagersta"])
    path = tmp_path / "typed.xlsx"
    book.save(path)
    with use_language("en"):
        lines = import_file(demo, path).lines()
    assert "Risks: 1 new, 0 changed, 0 unchanged." in lines
    assert "Controls of the risks: 1 new, 1 changed, 0 unchanged." in lines
    with demo.session() as session:
        risk = session.execute(select(Risk).where(Risk.title == "Halka på gångbanor")).scalar_one()
        assert (risk.category, risk.likelihood, risk.consequence, risk.chosen) == ("Egen kategori", 3, 4, True)
        assert (risk.control, risk.method, risk.frequency, risk.reporting) == (
            "Stickprov av halkbekämpningen", "Besök", "monthly", "Direktionen")
        assert risk.report_period_id is not None
        water = session.execute(select(Risk).where(Risk.title.like("Driftstopp%"))).scalar_one()
        assert (water.control, water.frequency) == ("Övning två gånger om året", "semiannual")
        line = session.execute(select(BudgetLine).where(BudgetLine.name == "Gatubelysning")).scalar_one()
        assert (line.kind, line.frame_ore) == ("investment", 123_450_050)
        figure = session.execute(select(BudgetFigure).where(BudgetFigure.line_id == line.id)).scalar_one()
        assert (figure.outcome_ore, figure.forecast_ore) == (-60_000_025, 120_000_000)
        document = session.execute(select(GoverningDocument).where(GoverningDocument.title == "Halkpolicy")).scalar_one()
        assert (document.kind, document.location, document.reference) == (
            "policy", "https://example.se/halka.pdf", "NVK 2026/12")
        review = session.execute(select(SituationReview).where(SituationReview.results == "Bättre än väntat.")).scalar_one()
        assert review.results_source == "Årsredovisning 2025"
        figures = session.execute(select(Indicator.name).join(ReviewIndicator).where(
            ReviewIndicator.review_id == review.id).order_by(ReviewIndicator.position)).scalars().all()
        assert figures == ["Invånare i Norberg", "Invånare i Fagersta"]


def test_a_styrdokument_names_its_goals_and_they_come_back(demo, tmp_path):
    with demo.session() as session:
        links = session.execute(select(DocumentNode)).all()
    assert links  # the demo's styrdokument steer goals
    path = export_plan_workbook(demo, tmp_path / "demo.xlsx")
    book = load_workbook(path)
    sheet = book["Styrdokument"]
    sheet.delete_cols(_column(sheet, "Mål-uuid"))  # typed by hand: the goals by their titles alone
    book.save(path)
    with demo.transaction() as session:
        for link in session.execute(select(DocumentNode)).scalars():
            session.delete(link)
    import_file(demo, path)
    with demo.session() as session:
        assert len(session.execute(select(DocumentNode)).all()) == len(links)


def test_a_file_of_todays_release_with_its_sheet_budgetutfall_is_read(demo, tmp_path):
    def figures(plan):
        with plan.session() as session:
            return sorted((f.uuid, f.outcome_ore, f.forecast_ore) for f in session.execute(select(BudgetFigure)).scalars())

    expected = figures(demo)
    assert expected
    path = export_plan_workbook(demo, tmp_path / "demo.xlsx")
    book = load_workbook(path)
    new = book["Utfall"]
    old = book.create_sheet("Budgetutfall")  # as today's release wrote it: amounts in öre, under the table's names
    old.append(["uuid", "Budgetrad-uuid", "Budgetrad", "Period-uuid", "Period", "Utfall (tkr)", "Helårsprognos (tkr)",
                "outcome_ore", "forecast_ore"])
    with demo.session() as session:
        for figure in session.execute(select(BudgetFigure)).scalars():
            line = session.get(BudgetLine, figure.line_id)
            old.append([figure.uuid, line.uuid, line.name, None, None, None, None, figure.outcome_ore,
                        figure.forecast_ore])
            old.cell(old.max_row, 4).value = next(r[_column(new, "Period-uuid") - 1] for r in new.iter_rows(
                min_row=2, values_only=True) if r[0] == figure.uuid)
    del book["Utfall"]
    book.save(path)
    with demo.transaction() as session:
        for figure in session.execute(select(BudgetFigure)).scalars():
            session.delete(figure)
    with use_language("en"):
        lines = import_file(demo, path).lines()
    assert f"Budget outcomes: {len(expected)} new, 0 changed, 0 unchanged." in lines
    assert figures(demo) == expected


def _cell(book, sheet: str, header: str, row: int = 2) -> str:
    return f"{sheet}!{get_column_letter(_column(book[sheet], header))}{row}"


@pytest.mark.parametrize(("sheet", "header", "value", "words"), [
    ("Risker", "sannolikhet", 0, "1–4"),
    ("Risker", "sannolikhet", 5, "1–4"),
    ("Risker", "konsekvens", 5, "1–4"),
    ("Budget", "ram (kr)", "-100 000", "negative"),
    ("Budget", "ram (kr)", "10 000 000 000 000", "10 000 000 000 000"),
    ("Utfall", "utfall (kr)", "12,3,4", "12,3,4"),
    ("Utfall", "prognos (kr)", "abc", "abc"),
    ("Utfall", "utfall (kr)", "1e400", "1e400"),
    ("Styrdokument", "typ", "förordning", "förordning"),
    ("Styrdokument", "giltig till", "2020-01-01", "before its decision date"),
    ("Kontroller", "risk", "En risk som inte finns", "a risk"),
])
def test_a_bad_cell_is_refused_with_its_sheet_and_cell_and_nothing_changes(demo_path, tmp_path, sheet, header,
                                                                           value, words):
    named = {}

    def edit(book):
        if sheet == "Kontroller":  # the risk by its title alone
            book[sheet].cell(2, _column(book[sheet], "Risk-uuid")).value = None
        book[sheet].cell(2, _column(book[sheet], header)).value = value
        named["cell"] = _cell(book, sheet, header)

    message = _refused(demo_path, _edited(demo_path, tmp_path, edit))
    assert named["cell"] in message and words in message, message
    assert "Nothing in the plan has been changed" in message


def test_an_outcome_for_a_budget_line_the_plan_lacks_is_refused_with_its_cell(demo_path, tmp_path):
    book = Workbook()
    book.active.title = "Risker"  # a whole-plan workbook (a first sheet like Utfall is the ekonomisystem's file)
    book.active.append(["risk"])
    figures = book.create_sheet("Utfall")
    figures.append(["enhet", "period", "typ", "utfall (kr)"])
    figures.append(["Gata och park", "Delårsrapport", "investering", "100 000"])  # the unit has drift only
    path = tmp_path / "typed.xlsx"
    book.save(path)
    message = _refused(demo_path, path)
    assert "Utfall!A2" in message and "Gata och park 2026" in message and "a budget line" in message, message


def test_a_frame_typed_by_hand_is_named_after_its_unit_and_a_second_frame_of_the_same_kind_is_refused(demo_path,
                                                                                                    tmp_path):
    book = Workbook()
    book.active.title = "Budget"
    book.active.append(["enhet", "år", "typ", "ram (kr)"])
    book.active.append(["Gata och park", 2026, "investering", "2 500 000"])
    book.active.append(["Gata och park", 2026, "drift", "39 000 000"])  # the frame the plan has: changed
    path = tmp_path / "typed.xlsx"
    book.save(path)
    with open_plan(demo_path) as plan:
        with use_language("en"):
            lines = import_file(plan, path).lines()
        assert "Budget lines: 1 new, 1 changed, 0 unchanged." in lines
        with plan.session() as session:
            lines_of_unit = sorted((line.kind, line.name, line.frame_ore) for line in session.execute(
                select(BudgetLine).where(BudgetLine.name == "Gata och park")).scalars())
        assert lines_of_unit == [("investment", "Gata och park", 250_000_000), ("operating", "Gata och park",
                                                                                  3_900_000_000)]
    book.active.append(["Gata och park", 2026, "drift", "40 000 000"])  # a second drift frame for 2026
    book.save(path)
    message = _refused(demo_path, path)
    assert "Budget!A4" in message and "already has a frame" in message, message
