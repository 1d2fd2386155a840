"""The whole plan in and out of Excel: round trips, matching, hand-typed sheets and every refusal."""

from __future__ import annotations

import hashlib
from collections import Counter

import pytest
from openpyxl import Workbook, load_workbook
from pypdf import PdfReader
from sqlalchemy import func, select

from styrapp.exchange.importing import import_file
from styrapp.exchange.kolada import ImportRefused
from styrapp.exchange.workbook_export import export_plan_workbook
from styrapp.exchange.workbook_layout import SHEETS
from styrapp.models.content.templates import TEMPLATE_NAMES
from styrapp.models.file.plan_file import open_plan
from styrapp.models.queries.node_rows import read_tree
from styrapp.models.queries.summary import summarise
from styrapp.models.tables import (
    BudgetFigure,
    BudgetLine,
    DocumentNode,
    GoverningDocument,
    Indicator,
    IndicatorNode,
    Node,
    NodeLink,
    OrgUnit,
    ReportingPeriod,
    ReviewIndicator,
    Risk,
    SituationReview,
)
from styrapp.reports.engine import build_report
from styrapp.reports.kinds import KEYS
from styrapp.wording import use_language

from ..conftest import make_plan

PARTS = ("goals", "assignments", "measures", "activities", "indicators", "measurements", "units",
         "reporting_periods", "follow_ups", "wheel_events", "risks", "budget_lines", "governing_documents",
         "situation_reviews")


def _identity_free(path) -> dict[str, Counter]:
    """Each sheet's rows without the columns that hold this file's ids or a record's uuid (a record the
    target plan already had keeps its own), as a multiset: the order of rows does not matter."""
    book = load_workbook(path, read_only=True)
    out = {}
    for sheet in book.worksheets:
        rows = list(sheet.iter_rows(values_only=True))
        header = rows[0]
        keep = [i for i, name in enumerate(header) if name not in (
            "Id", "uuid", "överordnad", "Indikator-id", "Indikator-uuid", "Nod-uuid", "Period-uuid", "Ring-uuid",
            "Från", "Till", "Enhet-uuid", "Budgetrad-uuid", "Mål-uuid", "Nyckeltal-uuid")]
        body = [tuple(row[i] for i in keep) for row in rows[1:]
                if not (sheet.title == "Plan" and str(row[0]).endswith("uuid"))]
        out[sheet.title] = Counter(body)
    book.close()
    return out


def _counts(plan) -> dict[str, int]:
    counts = summarise(plan).counts
    return {key: counts[key] for key in PARTS}


def _links(plan) -> set:
    with plan.session() as session:
        titles = dict(session.execute(select(Node.id, Node.title)).all())
        names = dict(session.execute(select(Indicator.id, Indicator.name)).all())
        serves = {(titles[a], titles[b]) for a, b in session.execute(select(NodeLink.source_id, NodeLink.target_id))}
        measures = {(names[a], titles[b]) for a, b in session.execute(
            select(IndicatorNode.indicator_id, IndicatorNode.node_id))}
        steers = {("styrdokument", d, titles[n]) for d, n in session.execute(
            select(GoverningDocument.title, DocumentNode.node_id).join(DocumentNode))}
        figures = {("nyckeltal", u, y, p, names[i]) for u, y, p, i in session.execute(
            select(OrgUnit.name, SituationReview.year, ReviewIndicator.position,
                   ReviewIndicator.indicator_id).join(ReviewIndicator).join(OrgUnit))}
        outcome = {("utfall", line, period, o, f) for line, period, o, f in session.execute(
            select(BudgetLine.name, ReportingPeriod.name, BudgetFigure.outcome_ore, BudgetFigure.forecast_ore)
            .join(BudgetLine).join(ReportingPeriod))}
        controls = {("kontroll", *row) for row in session.execute(select(
            Risk.title, Risk.chosen, Risk.control, Risk.method, Risk.responsible, Risk.frequency, Risk.reporting,
            Risk.category, ReportingPeriod.name).outerjoin(ReportingPeriod, Risk.report_period_id == ReportingPeriod.id))}
    return serves | measures | steers | figures | outcome | controls


def _pdf_text(path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def _rows_of(plan) -> dict[str, list]:
    """Every row of every table: what 'nothing changed' compares."""
    from styrapp.models.queries.exchange_rows import WORKBOOK_TABLES, plan_tables

    tables = plan_tables(plan)
    return {name: sorted(map(repr, tables[name])) for name in WORKBOOK_TABLES}


def test_the_demo_plan_comes_back_whole_into_an_empty_plan(demo, tmp_path):
    first = export_plan_workbook(demo, tmp_path / "demo.xlsx")
    assert load_workbook(first, read_only=True).sheetnames == list(SHEETS)
    year = summarise(demo).year
    with open_plan(make_plan(tmp_path / "empty.styrplan", "nvk", year)) as plan:
        with use_language("en"):
            lines = import_file(plan, first).lines()
        assert "Goals: 5 new, 0 changed, 0 unchanged." not in lines  # the template's own goals are matched
        assert any(line.startswith("Measured values: 92 new") for line in lines)
        assert _counts(plan) == _counts(demo)
        assert _links(plan) == _links(demo)
        again = export_plan_workbook(plan, tmp_path / "again.xlsx")
        assert _identity_free(again) == _identity_free(first)
        for kind in KEYS:  # every report kind
            ours = _pdf_text(build_report(demo, kind, tmp_path / f"{kind}-demo.pdf"))
            theirs = _pdf_text(build_report(plan, kind, tmp_path / f"{kind}-copy.pdf"))
            assert theirs == ours, kind


@pytest.mark.parametrize("template", TEMPLATE_NAMES)
def test_a_plan_from_each_template_comes_back_the_same(tmp_path, template):
    source = make_plan(tmp_path / "source.styrplan", template)
    with open_plan(source) as plan:
        first = export_plan_workbook(plan, tmp_path / "plan.xlsx")
        expected = _counts(plan)
    target = make_plan(tmp_path / "target.styrplan", template)
    with open_plan(target) as plan:
        import_file(plan, first)
        assert _counts(plan) == expected
        assert _identity_free(export_plan_workbook(plan, tmp_path / "again.xlsx")) == _identity_free(first)


def test_importing_a_plans_own_workbook_changes_nothing_and_says_so(demo, tmp_path):
    path = export_plan_workbook(demo, tmp_path / "demo.xlsx")
    before = _rows_of(demo)
    with use_language("en"):
        lines = import_file(demo, path).lines()
    assert lines[-1] == "Nothing changed: the plan already holds what the file says."
    assert "Goals: 0 new, 0 changed, 15 unchanged." in lines  # the goal tree's rows
    assert "Indicators: 0 new, 0 changed, 11 unchanged." in lines
    assert _rows_of(demo) == before


def test_a_changed_row_is_changed_a_new_row_added_and_the_rest_left(demo, tmp_path):
    path = export_plan_workbook(demo, tmp_path / "demo.xlsx")
    book = load_workbook(path)
    goals = book["Mål"]
    header = [c.value for c in goals[1]]
    title, parent = header.index("Titel") + 1, header.index("överordnad") + 1
    first_uuid = goals.cell(2, header.index("uuid") + 1).value
    goals.cell(2, title).value = "Ett nytt namn på det första målet"
    goals.append({header.index("Nivå") + 1: "Aktivitet", title: "En aktivitet till", parent: first_uuid})
    book.save(path)
    with use_language("en"):
        lines = import_file(demo, path).lines()
    assert "Goals: 1 new, 1 changed, 14 unchanged." in lines
    rows = read_tree(demo, "goals").rows
    assert rows[0].title == "Ett nytt namn på det första målet"
    added = next(r for r in rows if r.title == "En aktivitet till")
    assert added.parent_id == rows[0].id and added.level_name == "Aktivitet"


def test_a_hand_typed_sheet_in_norsjos_shape_imports(tmp_path):
    """Norsjö's verksamhetsplan lists 'Nyckelresultat | Ägare | Så mäter vi' under each mål; typed into
    a sheet with the export's column names (the parent by its title, no uuids), it imports."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Mål"
    sheet.append(["Nivå", "Titel", "Överordnad", "Ansvarig", "Så mäter vi"])
    goal = "Vi använder värdegrunden som vår kompass när vi utför våra uppdrag"
    sheet.append(["Verksamhetsmål", goal, None, None, "KF indikator: HME-index"])
    sheet.append(["Nyckelresultat", "Strategin, målen och värdegrunden är känd av varje medarbetare.", goal,
                  "Chefsgrupp", "Information och workshop genomförd i alla enheter."])
    sheet.append(["nyckelresultat", "Alla chefer analyserar HME-resultatet och identifierar åtgärder inom "
                  "utvecklingsområdena.", goal, "Chefsgrupp", "Handlingsplaner HME - samt uppföljning av dessa har "
                  "genomförts."])
    path = tmp_path / "norsjo.xlsx"
    book.save(path)
    with open_plan(make_plan(tmp_path / "norsjo.styrplan", "norsjo")) as plan:
        with use_language("en"):
            assert "Goals: 3 new, 0 changed, 0 unchanged." in import_file(plan, path).lines()
        rows = read_tree(plan, "goals").rows
        assert [(r.level_name, r.parent_id is None) for r in rows] == [
            ("Verksamhetsmål", True), ("Nyckelresultat", False), ("Nyckelresultat", False)]
        with plan.session() as session:
            measured = session.execute(select(Node.how_measured, Node.responsible).where(Node.parent_id.is_not(None))
                                       .order_by(Node.position)).all()
        assert measured[0] == ("Information och workshop genomförd i alla enheter.", "Chefsgrupp")
        # Imported again, the rows are found by title under their parent: nothing is doubled.
        with use_language("en"):
            assert "Goals: 0 new, 0 changed, 3 unchanged." in import_file(plan, path).lines()


def test_a_hand_typed_indicator_table_in_askersunds_shape_imports(tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.title = "Indikatorer"
    sheet.append(["Namn", "Enhet", "Målvärde", "Riktning", "Ansvarig enhet", "Mål"])
    sheet.append(["Andel elever i åk 9 som är behöriga till yrkesprogram", "%", "88,5", "högre är bättre", None,
                  "Öka andelen behöriga elever"])
    extra = book.create_sheet("Uppdrag")
    extra.append(["Nivå", "Titel"])
    extra.append(["Uppdrag", "Öka andelen behöriga elever"])
    path = tmp_path / "askersund.xlsx"
    book.save(path)
    with open_plan(make_plan(tmp_path / "askersund.styrplan", "askersund")) as plan:
        import_file(plan, path)
        with plan.session() as session:
            indicator = session.execute(select(Indicator)).scalar_one()
        assert (indicator.unit, indicator.target, indicator.direction) == ("%", 88.5, "higher")
        assert [r.title for r in read_tree(plan, "assignments").rows] == ["Öka andelen behöriga elever"]
        # Its column Mål (without a sheet Kopplingar) links it to what it names.
        assert _links(plan) == {("Andel elever i åk 9 som är behöriga till yrkesprogram", "Öka andelen behöriga elever")}


def _refused(plan_path, book_path) -> str:
    """The refusal of importing `book_path`, checking that the plan file is byte for byte as before."""
    digest = hashlib.sha256(plan_path.read_bytes()).hexdigest()
    with open_plan(plan_path) as plan:
        before = _rows_of(plan)
        with use_language("en"):
            with pytest.raises(ImportRefused) as refusal:
                import_file(plan, book_path)
            message = refusal.value.message
        assert _rows_of(plan) == before
    assert hashlib.sha256(plan_path.read_bytes()).hexdigest() == digest
    return message


def _edited(demo_path, tmp_path, edit) -> object:
    with open_plan(demo_path) as plan:
        path = export_plan_workbook(plan, tmp_path / "edited.xlsx")
    book = load_workbook(path)
    edit(book)
    book.save(path)
    return path


def _column(sheet, name: str) -> int:
    return [c.value for c in sheet[1]].index(name) + 1


def test_a_parent_that_does_not_exist_is_refused_with_its_cell(demo_path, tmp_path):
    def edit(book):
        goals = book["Mål"]
        goals.cell(3, _column(goals, "överordnad")).value = "00000000-0000-4000-8000-000000000000"

    message = _refused(demo_path, _edited(demo_path, tmp_path, edit))
    assert "Mål!N3" in message and "00000000-0000-4000-8000-000000000000" in message
    assert "Nothing in the plan has been changed" in message


def test_a_cycle_is_refused_with_its_cell(demo_path, tmp_path):
    def edit(book):
        goals = book["Mål"]
        parent, uuid = _column(goals, "överordnad"), _column(goals, "uuid")
        goals.cell(2, parent).value = goals.cell(3, uuid).value  # the top goal under its own child

    message = _refused(demo_path, _edited(demo_path, tmp_path, edit))
    assert "Mål!N" in message and "under itself" in message


def test_a_level_the_styrmodell_forbids_under_its_parent_is_refused(demo_path, tmp_path):
    def edit(book):
        goals = book["Mål"]
        goals.cell(3, _column(goals, "Nivå")).value = "Övergripande mål"  # a top level under a goal

    message = _refused(demo_path, _edited(demo_path, tmp_path, edit))
    assert "Mål!B3" in message and "does not let a Övergripande mål sit under" in message


def test_an_unknown_unit_is_refused_with_its_cell(demo_path, tmp_path):
    def edit(book):
        goals = book["Uppdrag"]
        goals.cell(2, _column(goals, "Ansvarig enhet")).value = "Finns inte-nämnden"

    message = _refused(demo_path, _edited(demo_path, tmp_path, edit))
    assert "Uppdrag!F2" in message and "Finns inte-nämnden" in message and "a unit" in message


def test_text_where_a_number_belongs_is_refused_with_its_cell(demo_path, tmp_path):
    def edit(book):
        book["Mätvärden"].cell(4, _column(book["Mätvärden"], "Värde")).value = "ungefär tolv"
        book["Indikatorer"].cell(2, _column(book["Indikatorer"], "Målvärde")).value = "75"

    message = _refused(demo_path, _edited(demo_path, tmp_path, edit))
    assert "Mätvärden!G4" in message and "ungefär tolv" in message and "not a number" in message


def test_duplicate_uuids_are_refused_naming_both_cells(demo_path, tmp_path):
    def edit(book):
        goals = book["Mål"]
        uuid = _column(goals, "uuid")
        goals.cell(4, uuid).value = goals.cell(2, uuid).value

    message = _refused(demo_path, _edited(demo_path, tmp_path, edit))
    assert "Mål!M4" in message and "Mål!M2" in message


def test_a_workbook_without_any_of_the_plans_sheets_is_refused(tmp_path, demo_path):
    book = Workbook()
    book.active.title = "Blad1"
    book.active.append(["Namn", "Värde"])
    path = tmp_path / "other.xlsx"
    book.save(path)
    with open_plan(demo_path) as plan, pytest.raises(ImportRefused), use_language("en"):
        import_file(plan, path, "plan")


def test_the_import_is_one_recorded_edit_that_undo_takes_back(demo, tmp_path):
    path = export_plan_workbook(demo, tmp_path / "demo.xlsx")
    with open_plan(make_plan(tmp_path / "empty.styrplan", "nvk", 2026)) as plan:
        before = _rows_of(plan)
        with plan.recording() as edit:
            import_file(plan, path)
        assert _counts(plan)["indicators"] == 11
        plan.revert(edit)
        assert _rows_of(plan) == before
        with plan.session() as session:
            assert session.execute(select(func.count()).select_from(Indicator)).scalar_one() == 0


def test_a_hand_typed_sheet_without_its_names_column_or_a_needed_value_is_refused(demo_path, tmp_path):
    book = Workbook()
    book.active.title = "Mål"
    book.active.append(["Nivå", "Rubrik"])
    book.active.append(["Övergripande mål", "Ett mål"])
    path = tmp_path / "utan-titel.xlsx"
    book.save(path)
    message = _refused(demo_path, path)
    assert "“Mål” lacks the columns Titel" in message
    book = Workbook()
    book.active.title = "Perioder"
    book.active.append(["Namn", "Sort", "År", "Periodens slut"])
    book.active.append(["Tertial 1", "tertialrapport", 2026, None])
    path = tmp_path / "utan-slut.xlsx"
    book.save(path)
    message = _refused(demo_path, path)
    assert "Perioder!D2 is empty" in message


def test_a_new_level_typed_by_hand_needs_only_its_name_and_where_it_may_stand(tmp_path):
    book = Workbook()
    levels = book.active
    levels.title = "Styrmodell"
    levels.append(["Namn", "Träd", "Sort", "Får stå under"])
    levels.append(["Delmål", "goals", "mål", "Verksamhetsmål"])
    goals = book.create_sheet("Mål")
    goals.append(["Nivå", "Titel", "Överordnad"])
    goals.append(["Verksamhetsmål", "Nöjda medborgare", None])
    goals.append(["Delmål", "Snabbare svar på e-post", "Nöjda medborgare"])
    path = tmp_path / "delmal.xlsx"
    book.save(path)
    with open_plan(make_plan(tmp_path / "norsjo.styrplan", "norsjo")) as plan:
        with use_language("en"):
            lines = import_file(plan, path).lines()
        assert "Levels of the governance model: 1 new, 0 changed, 0 unchanged." in lines
        rows = read_tree(plan, "goals").rows
        assert [(r.level_name, r.title) for r in rows] == [("Verksamhetsmål", "Nöjda medborgare"),
                                                          ("Delmål", "Snabbare svar på e-post")]


def test_the_logo_and_the_plans_settings_come_back_and_a_bad_kommunkod_is_refused(demo_path, tmp_path):
    from styrapp.models.rules.plan_settings import STATUS_TOLERANCE
    from styrapp.models.services import organisation, plan_settings

    logo = bytes(range(256)) * 120  # 30 kB: as base64 longer than a cell holds, continued on "Långa texter"
    with open_plan(demo_path) as plan:
        organisation.set_organisation(plan, logo=logo, logo_mime="image/png", municipality_code="1982")
        plan_settings.set_setting(plan, STATUS_TOLERANCE, 0.07)
        path = export_plan_workbook(plan, tmp_path / "plan.xlsx")
    assert "Långa texter" in load_workbook(path, read_only=True).sheetnames
    with open_plan(make_plan(tmp_path / "empty.styrplan", "nvk", 2026)) as plan:
        import_file(plan, path)
        from styrapp.models.tables import Organisation, PlanSetting

        with plan.session() as session:
            org = session.get(Organisation, 1)
            assert (org.logo, org.logo_mime, org.municipality_code) == (logo, "image/png", "1982")
            assert session.get(PlanSetting, STATUS_TOLERANCE.key).value == "0.07"
    book = load_workbook(path)
    sheet = book["Plan"]
    row = next(r for r in sheet.iter_rows(min_row=2) if r[0].value == "Kommunkod")
    row[1].value = "198"
    book.save(path)
    message = _refused(demo_path, path)
    assert f"Plan!B{row[1].row}" in message and "198" in message


def test_kopplingar_typed_by_hand_by_name_and_without_their_kind(demo, tmp_path):
    book = Workbook()
    links = book.active
    links.title = "Kopplingar"
    links.append(["Från", "Till", "Sort"])
    goal = read_tree(demo, "goals").rows[0].title
    assignment = read_tree(demo, "assignments").rows[0].title
    links.append(["Invånare i Norberg", goal, None])  # an indicator: it measures
    links.append([assignment, goal, ""])  # a node: it serves
    links.append(["Invånare i Norberg", "Finns inte", "mäter"])
    path = tmp_path / "kopplingar.xlsx"
    book.save(path)
    before = _links(demo)
    with use_language("en"):
        with pytest.raises(ImportRefused) as refusal:
            import_file(demo, path)
        assert "Kopplingar!B4" in refusal.value.message and "Finns inte" in refusal.value.message
    assert _links(demo) == before  # the two good rows did not come in either
    links.delete_rows(4)
    book.save(path)
    with use_language("en"):
        import_file(demo, path)
    assert _links(demo) - before == {("Invånare i Norberg", goal), (assignment, goal)} - before


def test_the_vardegrunds_values_go_out_and_come_back_in_their_order(tmp_path):
    """Norrtälje's three values, with their texts, into a plan from a template without values; a value the
    plan already holds is matched by its name and its text changed; a value without a name is refused."""
    from styrapp.models.queries.plan_details import plan_details

    with open_plan(make_plan(tmp_path / "norrtalje.styrplan", "norrtalje")) as plan:
        path = export_plan_workbook(plan, tmp_path / "norrtalje.xlsx")
        expected = [(v.name, v.text) for v in plan_details(plan).value_rows]
    assert len(expected) == 3 and all(text for _name, text in expected)
    sheet = load_workbook(path, read_only=True)["Värdegrund"]
    assert [row[1:] for row in sheet.iter_rows(min_row=2, values_only=True)] == [
        (name, text) for name, text in expected]
    with open_plan(make_plan(tmp_path / "askersund.styrplan", "askersund")) as plan:
        assert plan_details(plan).value_rows == ()
        with use_language("en"):
            lines = import_file(plan, path).lines()
        assert "Values: 3 new, 0 changed, 0 unchanged." in lines
        assert [(v.name, v.text) for v in plan_details(plan).value_rows] == expected
    book = Workbook()
    book.active.title = "Värdegrund"
    book.active.append(["Namn", "Text"])
    book.active.append([expected[1][0], "Alla är lika mycket värda."])
    typed = tmp_path / "typed.xlsx"
    book.save(typed)
    with open_plan(tmp_path / "askersund.styrplan") as plan:
        with use_language("en"):
            lines = import_file(plan, typed).lines()
        assert "Values: 0 new, 1 changed, 0 unchanged." in lines
        assert [(v.name, v.text) for v in plan_details(plan).value_rows][1] == (expected[1][0],
                                                                                "Alla är lika mycket värda.")
    book.active.append([None, "En text utan namn"])
    book.save(typed)
    message = _refused(tmp_path / "askersund.styrplan", typed)
    assert "Värdegrund!A3 is empty" in message


def test_the_follow_ups_of_the_controls_go_out_and_come_back(demo, tmp_path):
    """Intern kontroll's follow-up of each control per period: out on Kontrolluppföljning, back into an
    empty plan; a row naming a risk the plan does not have is refused with its cell."""
    from styrapp.models.tables import ControlFollowUp

    def follow_ups(plan):
        with plan.session() as session:
            return sorted((f.outcome, f.findings, f.actions) for f in session.execute(select(ControlFollowUp)).scalars())

    path = export_plan_workbook(demo, tmp_path / "demo.xlsx")
    expected = follow_ups(demo)
    assert expected
    sheet = load_workbook(path, read_only=True)["Kontrolluppföljning"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:5] == ("uuid", "Risk-uuid", "Risk", "Period-uuid", "Period") and len(rows) == len(expected) + 1
    year = summarise(demo).year
    target = make_plan(tmp_path / "empty.styrplan", "nvk", year)
    with open_plan(target) as plan:
        with use_language("en"):
            lines = import_file(plan, path).lines()
        assert f"Follow-ups of the controls: {len(expected)} new, 0 changed, 0 unchanged." in lines
        assert follow_ups(plan) == expected
    book = Workbook()
    book.active.title = "Kontrolluppföljning"
    book.active.append(["Risk", "Period", "Utfall", "Iakttagelser"])
    book.active.append(["En risk som inte finns", "Delårsrapport", "genomförd utan anmärkning", "Inget att anmärka."])
    typed = tmp_path / "typed.xlsx"
    book.save(typed)
    message = _refused(target, typed)
    assert "Kontrolluppföljning!A2" in message and "En risk som inte finns" in message
