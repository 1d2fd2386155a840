"""Templates load and build plans; the demo plan is believable and marks its example data."""

import pytest
from sqlalchemy import select

from styrapp.models.content.templates import TEMPLATE_NAMES, all_templates, load_template
from styrapp.models.enums import Gender
from styrapp.models.file.plan_file import open_plan
from styrapp.models.queries import levels
from styrapp.models.queries.summary import summarise
from styrapp.models.tables import GovernanceLevel, Indicator, IndicatorSdg, Measurement, Node, WheelEvent
from tests.conftest import make_plan

EXPECTED_GOAL_LEVELS = {
    "nvk": ["Övergripande mål", "Aktivitet"],
    "vasteras": ["Politisk viljeinriktning", "KF-mål", "Nämndmål"],
    "norrtalje": ["Målområde", "Inriktningsmål", "Resultatmål"],
    "norsjo": ["Verksamhetsmål", "Nyckelresultat"],
    "askersund": ["Målområde", "Strategiskt mål", "Målprecisering"],
    "default": ["Målområde", "Mål"],
}


def test_all_six_templates_load():
    assert [t.name for t in all_templates()] == list(TEMPLATE_NAMES)


@pytest.mark.parametrize("name", TEMPLATE_NAMES)
def test_template_builds_a_plan(name, tmp_path):
    path = make_plan(tmp_path / f"{name}.styrplan", name, 2027)
    with open_plan(path) as plan:
        goal_levels = [lv.name for lv in levels.levels(plan, "goals")]
        assert goal_levels == EXPECTED_GOAL_LEVELS[name]
        summary = summarise(plan)
        assert summary.year == 2027 and summary.template == name
        assert summary.counts["reporting_periods"] >= 2
        assert summary.counts["wheel_events"] >= 2
        with plan.session() as session:
            for event in session.execute(select(WheelEvent)).scalars():
                assert event.start <= event.end


def test_askersund_starts_with_its_five_coloured_focus_areas(tmp_path):
    with open_plan(make_plan(tmp_path / "a.styrplan", "askersund")) as plan, plan.session() as session:
        areas = session.execute(select(Node).order_by(Node.position)).scalars().all()
    assert [a.title for a in areas] == ["Välfärd", "Företagsklimat", "Attraktion", "Finansiellt", "Organisatoriskt"]
    assert all(a.colour for a in areas)


def test_unknown_template_lists_the_choices():
    from styrapp.models.errors import InvalidValue

    with pytest.raises(InvalidValue, match="nvk, vasteras"):
        load_template("stockholm")


def test_demo_plan_is_nvk_verbatim_with_real_kolada_figures(demo):
    summary = summarise(demo)
    assert summary.organisation == "Norra Västmanlands Kommunalteknikförbund"
    assert summary.vision == "I samverkan skapar vi hållbara samhällen för framtiden."
    assert "exempeldata" in summary.note
    with demo.session() as session:
        goals = session.execute(select(Node.title).join(GovernanceLevel).where(
            Node.parent_id.is_(None), GovernanceLevel.tree == "goals").order_by(Node.position)).scalars().all()
        assert len(goals) == 5
        assert goals[2] == "NVK är en attraktiv arbetsgivare."
        fagersta = session.execute(select(Indicator).where(Indicator.kolada_municipality == "1982")).scalar_one()
        norberg = session.execute(select(Indicator).where(Indicator.kolada_municipality == "1962")).scalar_one()
        assert fagersta.kolada_id == norberg.kolada_id == "N01951"
        values = dict(session.execute(select(Measurement.gender, Measurement.value).where(
            Measurement.indicator_id == fagersta.id, Measurement.period == "2022")).all())
        assert values == {Gender.TOTAL: 13341, Gender.WOMEN: 6570, Gender.MEN: 6771}
        invented = session.execute(select(Measurement.source).where(Measurement.source != "Kolada")).scalars().all()
        assert invented and set(invented) == {"exempeldata"}
        # every nyckeltal is linked to Agenda 2030 (NVK's rule)
        linked = set(session.execute(select(IndicatorSdg.indicator_id)).scalars())
        assert linked == set(session.execute(select(Indicator.id)).scalars())


def _all_uuids(plan) -> list[str]:
    from sqlmodel import SQLModel

    found = []
    with plan.session() as session:
        for table in SQLModel.metadata.tables.values():
            if "uuid" in table.c:
                found += list(session.execute(select(table.c.uuid)).scalars())
    return found


@pytest.mark.parametrize("name", TEMPLATE_NAMES)
def test_every_record_of_a_new_plan_has_its_own_uuid(name, tmp_path, demo):
    """The bulk paths too: the template's nodes and the demo's values go in with Core inserts."""
    from styrapp.models.tables import is_uuid

    with open_plan(make_plan(tmp_path / f"{name}.styrplan", name)) as plan:
        found = _all_uuids(plan)
    found += _all_uuids(demo)
    assert all(is_uuid(u) for u in found) and len(set(found)) == len(found) > 20
