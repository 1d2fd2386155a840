"""The reports follow the organisation's own styrmodell, from its template (issue 19, item 4): Norsjö's
nyckelresultat as one table "Nyckelresultat | Ägare | Så mäter vi" under each verksamhetsmål (the ägare
from the person responsible when no unit owns it); Askersund's uppdrag with syfte, förflyttning, önskad
nivå, ursprung and budgetpåverkan; NVK's nyckeltal with their Agenda 2030 goals, numbered in the UN's
colours. A plan from another template prints the common tables."""

from __future__ import annotations

from pypdf import PdfReader
from sqlalchemy import select

from styrapp.models.file.plan_file import open_plan
from styrapp.models.services import indicators, nodes
from styrapp.models.tables import Node, OrgUnit
from styrapp.reports.engine import build_report
from tests.conftest import make_plan


def _text(path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def _levels(plan) -> dict[str, int]:
    from styrapp.models.tables import GovernanceLevel

    with plan.session() as session:
        return dict(session.execute(select(GovernanceLevel.key, GovernanceLevel.id)).all())


def _unit(plan, name: str) -> int:
    with plan.session() as session:
        return session.execute(select(OrgUnit.id).where(OrgUnit.name == name)).scalar_one()


def test_norsjo_key_results_are_one_table_under_each_goal(tmp_path):
    with open_plan(make_plan(tmp_path / "norsjo.styrplan", "norsjo")) as plan:
        level = _levels(plan)
        goal = nodes.create_node(plan, level_id=level["operational_goal"],
                                 title="Vi använder värdegrunden som vår kompass",
                                 description="Vi ger ett gott bemötande till varandra.")
        nodes.create_node(plan, level_id=level["key_result"], parent_id=goal,
                          title="Strategin är känd av varje medarbetare", responsible="Chefsgrupp",
                          how_measured="Information och workshop genomförd i alla enheter.")
        nodes.create_node(plan, level_id=level["key_result"], parent_id=goal,
                          title="Alla chefer analyserar HME-resultatet", owner_unit_id=_unit(plan, "Kommunal utveckling"),
                          responsible="Verksamhetschef", how_measured="Handlingsplaner HME har genomförts.")
        indicators.create_indicator(plan, name="HME-index", goal_ids=[goal], unit="index", target=80,
                                    reported_to_council=True)
        text = _text(build_report(plan, "verksamhetsplan", tmp_path / "vp.pdf"))

    assert "Verksamhetsmål: Vi använder värdegrunden som vår kompass" in text
    assert "Nyckelresultat Ägare Så mäter vi" in text  # one table, its header as the seed prints it
    assert "1 Strategin är känd av varje medarbetare Chefsgrupp Information och workshop" in text
    assert "2 Alla chefer analyserar HME-resultatet Kommunal utveckling, Verksamhetschef Handlingsplaner" in text
    assert "Nyckelresultat: Strategin" not in text  # not a heading per nyckelresultat any more
    assert "KF-indikator Jämförelsevärde" in text and "HME-index – 80 index" in text  # its KF indikator under it


def test_askersund_assignments_with_change_desired_level_origin_and_budget(tmp_path):
    with open_plan(make_plan(tmp_path / "askersund.styrplan", "askersund")) as plan:
        level = _levels(plan)
        with plan.session() as session:
            area = session.execute(select(Node.id).where(Node.title == "Välfärd")).scalar_one()
        strategic = nodes.create_node(plan, level_id=level["strategic_goal"], parent_id=area, title="God hälsa")
        task = nodes.create_node(plan, level_id=level["assignment"], title="Minska sjukfrånvaron",
                                 purpose="Fler friska medarbetare", change="Från 8 till 6 procent",
                                 desired_level="Under 6 procent", assignment_origin="indicator",
                                 budget_impact=True, budget_amount_tkr=250, follow_up_method="Delårsrapport",
                                 schedule="2027", responsible="HR-chef")
        nodes.link_nodes(plan, task, strategic)
        nodes.create_node(plan, level_id=level["assignment"], title="Utred en ny skola", assignment_origin="initiative")
        indicators.create_indicator(plan, name="Sjukfrånvaro", goal_ids=[strategic, task], unit="%", target=6,
                                    source="Kolada", reported_to_council=True)
        text = _text(build_report(plan, "uppdragsplan", tmp_path / "up.pdf"))

    for header in ("Förflyttning", "Önskad nivå", "Ursprung", "Budget", "Syfte", "Uppföljning", "Tidplan"):
        assert header in text
    assert ("Välfärd Uppdrag: Minska sjukfrånvaron Fler friska medarbetare Från 8 till 6 procent Under 6 procent "
            "Utifrån indikator Delårsrapport 2027 x (250 tkr) HR-chef") in text  # one row, column by column
    assert "Uppdrag: Utred en ny skola Initiativ" in text
    assert "Sjukfrånvaro (källa: Kolada)" in text  # the indicator table above


def test_nvk_indicators_carry_their_agenda_2030_goals(tmp_path):
    with open_plan(make_plan(tmp_path / "nvk.styrplan", "nvk")) as plan:
        with plan.session() as session:
            goal = session.execute(select(Node.id).where(Node.parent_id.is_(None)).order_by(Node.position)).scalars().first()
        indicators.create_indicator(plan, name="Nöjd kund vatten", goal_ids=[goal], sdgs=[6, 11], target=75)
        indicators.create_indicator(plan, name="Sjukfrånvaro", goal_ids=[goal], target=5)
        text = _text(build_report(plan, "verksamhetsplan", tmp_path / "vp.pdf"))

    assert "Nyckeltal Jämförelsevärde Målvärde Senaste utfall Status Agenda 2030" in text  # NVK's word, the column
    assert "Nöjd kund vatten – 75 – ○ Ej bedömd 6 11" in text  # the goals' numbers in their squares
    assert "Sjukfrånvaro – 5 – ○ Ej bedömd Agenda 2030: 6" in text  # none for an indicator without
    assert "Agenda 2030: 6 Rent vatten" in text and "11 Hållbara städer" in text, text


def test_other_templates_print_the_common_tables(tmp_path):
    with open_plan(make_plan(tmp_path / "norrtalje.styrplan", "norrtalje")) as plan:
        level = _levels(plan)
        area = nodes.create_node(plan, level_id=level["focus_area"], title="Livskvalitet")
        indicators.create_indicator(plan, name="Nöjd medborgare", goal_ids=[area], sdgs=[3], target=60)
        nodes.update_node(plan, area, responsible="Kommundirektör")
        text = _text(build_report(plan, "verksamhetsplan", tmp_path / "vp.pdf"))
        up = _text(build_report(plan, "uppdragsplan", tmp_path / "up.pdf"))
    assert "Agenda 2030" not in text and "Förflyttning" not in up
    assert "Indikator Jämförelsevärde" in text
    assert "Ansvarig: Kommundirektör" in text  # the person responsible, though no unit owns the goal


def test_demo_operational_plan_shows_the_agenda_2030_goals(demo, tmp_path):
    text = _text(build_report(demo, "verksamhetsplan", tmp_path / "vp.pdf"))
    assert "Status Agenda 2030" in text
    assert "Agenda 2030: 6 Rent vatten" in text
