"""Indicator and measurement input: bad values are refused with a message and nothing is written."""

import pytest

from styrapp.models.errors import InvalidValue
from styrapp.models.queries import measurements
from styrapp.models.rules.measurements import MeasurementIn
from styrapp.models.rules.periods import parse_period
from styrapp.models.services import indicators


def test_period_labels():
    assert parse_period("2024") == ("2024", __import__("datetime").date(2024, 12, 31))
    assert parse_period("2024-t2")[0] == "2024-T2"
    assert parse_period("2024-02")[1].day == 29
    with pytest.raises(InvalidValue, match="ingen period"):
        parse_period("våren 2024")
    with pytest.raises(InvalidValue):
        parse_period("2024-13")


def test_measurements_validate_before_writing(demo):
    ind = indicators.create_indicator(demo, name="Kösaldo", unit="antal", kolada_id="n00945")
    with pytest.raises(InvalidValue, match="inget tal"):
        indicators.add_measurements(demo, ind, [MeasurementIn("2024", 3), MeasurementIn("2025", "tre")])
    assert measurements.measurements(demo, ind) == []  # nothing half-written
    with pytest.raises(InvalidValue, match="två gånger"):
        indicators.add_measurements(demo, ind, [MeasurementIn("2024", 3), MeasurementIn("2024", 4)])
    assert indicators.add_measurements(demo, ind, [MeasurementIn("2024", "1 234,5")]) == 1
    indicators.replace_measurements(demo, ind, [(("2024", "actual", "T"), MeasurementIn("2024", 7))])
    assert [m.value for m in measurements.measurements(demo, ind)] == [7]




@pytest.mark.parametrize(("field", "value"), [("kolada_id", "X1"), ("kolada_municipality", "180"),
                                                ("kolada_municipality", "01")])
def test_bad_kolada_codes(demo, field, value):
    with pytest.raises(InvalidValue):
        indicators.create_indicator(demo, name="x", **{field: value})


def test_override_needs_a_reason(demo):
    ind = indicators.create_indicator(demo, name="Nöjdhet")
    with pytest.raises(InvalidValue, match="motivering"):
        indicators.update_indicator(demo, ind, status_override="green")
    indicators.update_indicator(demo, ind, status_override="green", status_override_reason="Ny enkät")


def test_replace_measurements_is_taken_back_exactly_by_its_recorded_edit(demo):
    from sqlalchemy import select

    from styrapp.models.rules.measurements import MeasurementIn
    from styrapp.models.services.indicators import replace_measurements
    from styrapp.models.tables import Indicator, Measurement

    with demo.session() as session:
        ident = session.execute(select(Indicator.id).where(Indicator.name == "Sjukfrånvaro")).scalar_one()

    def state():
        with demo.session() as session:
            return sorted((m.period, m.kind, m.gender, m.value, m.comment) for m in session.execute(
                select(Measurement).where(Measurement.indicator_id == ident)).scalars())

    before = state()
    existing = before[0]
    changes = [((existing[0], existing[1], existing[2]), None),
               (("2030", "forecast", "T"), MeasurementIn("2030", 5.0, kind="forecast"))]
    with demo.recording() as edit:
        replace_measurements(demo, ident, changes)
    assert state() != before
    demo.revert(edit)
    assert state() == before


def test_pasted_text_is_checked_whole():
    import pytest

    from styrapp.models.errors import InvalidValue
    from styrapp.models.queries.measurement_grid import parse_pasted

    changes = parse_pasted("2024\t1 234,5\t600\n2025-T1\t\t\t640\n", kind="actual", first_gender=0, year=2026)
    assert [(k, item.value) for k, item in changes] == [
        (("2024", "actual", "T"), 1234.5), (("2024", "actual", "K"), 600.0), (("2025-T1", "actual", "M"), 640.0)]
    with pytest.raises(InvalidValue, match="fler kolumner"):
        parse_pasted("2024\t1\t2\t3\t4\n", kind="actual", first_gender=0, year=2026)
    with pytest.raises(InvalidValue, match="inget att klistra in"):
        parse_pasted("\n\n", kind="actual", first_gender=0, year=2026)


# --- creating, deleting, ordering and linking indicators ------------------------------------------------


def _ids_by_name(plan):
    from styrapp.models.queries.indicator_links import indicator_names

    return {name: ident for ident, name in indicator_names(plan)}


def _node_id(plan, title):
    from sqlalchemy import select

    from styrapp.models.tables import Node

    with plan.session() as session:
        return session.execute(select(Node.id).where(Node.title == title)).scalars().first()


def _links(plan, indicator_id):
    from sqlalchemy import select

    from styrapp.models.tables import IndicatorNode

    with plan.session() as session:
        return sorted(session.execute(select(IndicatorNode.node_id)
                                      .where(IndicatorNode.indicator_id == indicator_id)).scalars())


def _dump(plan):
    """Every indicator with its position, values and links: the plan's indicators as a whole."""
    from sqlalchemy import select

    from styrapp.models.tables import Indicator, IndicatorNode, IndicatorSdg, Measurement

    with plan.session() as session:
        return (sorted(tuple(r) for r in session.execute(select(Indicator.id, Indicator.uuid, Indicator.name,
                                                                Indicator.position)).all()),
                sorted(tuple(r) for r in session.execute(select(Measurement.id, Measurement.indicator_id,
                                                                Measurement.period, Measurement.value)).all()),
                sorted(tuple(r) for r in session.execute(select(IndicatorNode.indicator_id, IndicatorNode.node_id)).all()),
                sorted(tuple(r) for r in session.execute(select(IndicatorSdg.indicator_id, IndicatorSdg.sdg)).all()))


def test_delete_takes_values_and_links_and_the_recorded_edit_brings_them_back(demo):
    from styrapp.models.queries.indicator_links import indicator_delete_impact

    ident = _ids_by_name(demo)["Sjukfrånvaro"]
    impact = indicator_delete_impact(demo, ident)
    assert impact.values == 15
    assert impact.describe() == ("”Sjukfrånvaro” tas bort tillsammans med 15 mätvärden. Dess kopplingar till "
                                 "1 övergripande mål och 1 aktivitet tas också bort.")  # the plan's own level names
    before = _dump(demo)
    with demo.recording() as edit:
        indicators.delete_indicator(demo, ident)
    after = _dump(demo)
    assert ident not in {row[0] for row in after[0]}
    assert not [m for m in after[1] if m[1] == ident] and not [link for link in after[2] if link[0] == ident]
    assert [row[3] for row in sorted(after[0], key=lambda r: r[3])] == list(range(len(after[0])))  # closed up
    demo.revert(edit)
    assert _dump(demo) == before


def test_an_indicator_without_values_or_links_is_just_deleted(demo):
    from styrapp.models.queries.indicator_links import indicator_delete_impact

    ident = indicators.create_indicator(demo, name="Ny indikator")
    assert indicator_delete_impact(demo, ident).describe() == "”Ny indikator” tas bort."
    with pytest.raises(Exception, match="finns inte"):
        indicators.delete_indicator(demo, 99999)


def test_create_refuses_an_empty_name_and_writes_nothing(demo):
    before = _dump(demo)
    with pytest.raises(InvalidValue, match="måste fyllas i"):
        indicators.create_indicator(demo, name="   ")
    with pytest.raises(InvalidValue, match="Kolada"):
        indicators.create_indicator(demo, name="Kösaldo", kolada_id="kö")
    assert _dump(demo) == before


def test_move_puts_an_indicator_in_place_and_the_others_keep_their_order(demo):
    from styrapp.models.queries.indicator_links import indicator_names

    order = [i for i, _n in indicator_names(demo)]
    last = order[-1]
    indicators.move_indicator(demo, last, 0)
    assert [i for i, _n in indicator_names(demo)] == [last, *order[:-1]]
    indicators.move_indicator(demo, last, 999)  # beyond the end: the end
    assert [i for i, _n in indicator_names(demo)] == order


def test_link_unlink_and_set_the_nodes_of_an_indicator(demo):
    from styrapp.models.errors import NotFound
    from styrapp.models.queries.indicator_links import linked_nodes, node_indicators

    ident = indicators.create_indicator(demo, name="Andel fossilfria fordon")
    goal = _node_id(demo, "Ett hållbart Norberg") or _links(demo, _ids_by_name(demo)["Sjukfrånvaro"])[0]
    assert indicators.link_indicator(demo, ident, goal) is True
    assert indicators.link_indicator(demo, ident, goal) is False  # already linked: nothing changes
    assert (ident, "Andel fossilfria fordon") in node_indicators(demo, goal)
    assert indicators.unlink_indicator(demo, ident, goal) is True
    assert indicators.unlink_indicator(demo, ident, goal) is False
    from sqlalchemy import select

    from styrapp.models.tables import GovernanceLevel, Node

    with demo.session() as session:
        uppdrag = session.execute(select(Node.id).join(GovernanceLevel, GovernanceLevel.id == Node.level_id)
                                  .where(GovernanceLevel.tree == "assignments")).scalars().first()
    assert indicators.set_indicator_nodes(demo, ident, [goal, uppdrag, goal]) == []
    assert _links(demo, ident) == sorted([goal, uppdrag])
    assert [n.tree for n in linked_nodes(demo, ident)] == ["goals", "assignments"]
    before = _dump(demo)
    with pytest.raises(NotFound):
        indicators.set_indicator_nodes(demo, ident, [goal, 99999])
    assert _dump(demo) == before  # refused whole
    assert indicators.set_indicator_nodes(demo, ident, [uppdrag]) == sorted([goal, uppdrag])
    assert _links(demo, ident) == [uppdrag]


def test_the_goal_tree_shows_indicators_under_their_goals_named_as_the_organisation_names_them(demo):
    from styrapp.models.queries.node_rows import read_tree, read_tree_part
    from styrapp.models.queries.tree_rows import INDICATOR_ROW, is_link_row, link_of
    from styrapp.models.rules.plan_settings import INDICATOR_NAME
    from styrapp.models.services.plan_settings import set_setting

    plain = read_tree(demo, "goals").rows
    assert not [r for r in plain if r.kind == INDICATOR_ROW]  # as the reports and the export read it
    rows = read_tree(demo, "goals", indicators=True).rows
    links = [r for r in rows if r.kind == INDICATOR_ROW]
    ident = _ids_by_name(demo)["Sjukfrånvaro"]
    mine = [r for r in links if link_of(r.id)[1] == ident]
    assert mine and all(is_link_row(r.id) and r.title == "Sjukfrånvaro" and r.level_name == "Nyckeltal" for r in mine)  # NVK's word
    goal = mine[0].parent_id
    kids = [r.id for r in rows if r.parent_id == goal]
    assert kids[-len([r for r in links if r.parent_id == goal]):] == [r.id for r in links if r.parent_id == goal]
    assert not read_tree(demo, "assignments", indicators=True).rows or not [
        r for r in read_tree(demo, "assignments", indicators=True).rows if r.kind == INDICATOR_ROW]
    set_setting(demo, INDICATOR_NAME, "KF indikator")
    part = read_tree_part(demo, "goals", {goal}, set(), indicators=True)
    assert {r.level_name for r in part.rows if r.kind == INDICATOR_ROW} == {"KF indikator"}
    set_setting(demo, INDICATOR_NAME, "")
    assert {r.level_name for r in read_tree(demo, "goals", indicators=True).rows if r.kind == INDICATOR_ROW} == {"Indikator"}
    assert part.children[goal][-1] == [r.id for r in links if r.parent_id == goal][-1]


@pytest.mark.parametrize(("template", "word"), [("nvk", "Nyckeltal"), ("askersund", "Indikator"),
                                                ("norsjo", "KF indikator"), ("vasteras", "Indikator")])
def test_templates_bring_the_organisations_word_for_indicators(tmp_path, template, word):
    from styrapp.models.file.plan_file import open_plan
    from styrapp.models.queries.indicator_links import indicator_word
    from tests.conftest import make_plan

    with open_plan(make_plan(tmp_path / "p.styrplan", template)) as plan:
        assert indicator_word(plan) == word


def test_a_kolada_kpi_is_followed_once_per_municipality(demo):
    """The Kolada import matches by KPI and municipality: a second indicator on the same pair would never
    get its values, so it is refused, saying which one follows it; another municipality is fine."""
    before = _dump(demo)
    with pytest.raises(InvalidValue, match="”Invånare i Norberg” följer redan Koladas nyckeltal N01951 för 1962"):
        indicators.create_indicator(demo, name="Folkmängd Norberg", kolada_id="n01951", kolada_municipality="1962")
    assert _dump(demo) == before
    ident = indicators.create_indicator(demo, name="Folkmängd Avesta", kolada_id="N01951", kolada_municipality="1984")
    with pytest.raises(InvalidValue, match="Invånare i Fagersta"):
        indicators.update_indicator(demo, ident, kolada_municipality="1982")
    indicators.update_indicator(demo, ident, name="Invånare i Avesta")  # its own pair is no clash
    indicators.update_indicator(demo, ident, kolada_id="N01951", kolada_municipality="1984")
