"""Several plan years in one file: the year in view, closing and reopening a year, the plan's year."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from styrapp.models.errors import InvalidValue, YearClosed
from styrapp.models.file.plan_file import open_plan
from styrapp.models.queries import node_rows
from styrapp.models.queries import years as year_queries
from styrapp.models.queries.plan_details import plan_details
from styrapp.models.services import nodes, organisation, years
from styrapp.models.tables import Node, Plan
from tests.conftest import add_plan_year, dump


def _goal_titles(plan) -> list[str]:
    return [r.title for r in node_rows.read_tree(plan, "goals").rows if r.kind == "goal" and r.parent_id is None]


def test_a_plan_views_one_year_at_a_time(tmp_path):
    from tests.conftest import make_plan

    with open_plan(make_plan(tmp_path / "p.styrplan", "askersund", 2026)) as plan:
        first = _goal_titles(plan)
        add_plan_year(plan, 2027, ["Nytt mål A", "Nytt mål B"])
        assert plan.year == 2027 and _goal_titles(plan) == ["Nytt mål A", "Nytt mål B"]
        assert plan_details(plan).year == 2027 and plan_details(plan).title == "Verksamhetsplan 2027"
        plan.year = 2026
        assert _goal_titles(plan) == first and plan_details(plan).title == "Verksamhetsplan 2026"
        with plan.session() as session:  # every year is there when asked for
            everything = session.execute(select(Node.title).execution_options(all_years=True)).scalars().all()
        assert set(first) | {"Nytt mål A", "Nytt mål B"} <= set(everything)
        assert [(r.year, r.newest) for r in year_queries.plan_years(plan)] == [(2026, False), (2027, True)]
        with pytest.raises(InvalidValue) as refused:
            plan.year = 2030
        assert "2030" in refused.value.text("en")
        assert plan.year == 2026


def test_a_new_goal_belongs_to_the_year_in_view(tmp_path):
    from tests.conftest import make_plan

    with open_plan(make_plan(tmp_path / "p.styrplan", "askersund", 2026)) as plan:
        add_plan_year(plan, 2027, ["Nytt mål"])
        level = node_rows.read_tree(plan, "goals").rows[0].level_id
        plan.year = 2026
        made = nodes.create_node(plan, level_id=level, title="Ett mål för 2026")
        assert "Ett mål för 2026" in _goal_titles(plan)
        plan.year = 2027
        assert "Ett mål för 2026" not in _goal_titles(plan)
        with plan.session() as session:
            assert session.execute(select(Node.year).where(Node.id == made).execution_options(all_years=True)).scalar() == 2026


def test_a_closed_year_refuses_every_change_until_it_is_reopened(tmp_path):
    from tests.conftest import make_plan

    with open_plan(make_plan(tmp_path / "p.styrplan", "askersund", 2026)) as plan:
        level = node_rows.read_tree(plan, "goals").rows[0].level_id
        years.close_year(plan, 2026, on=date(2027, 3, 31))
        before = dump(plan)
        with pytest.raises(YearClosed) as refused:
            nodes.create_node(plan, level_id=level, title="Nytt")
        assert refused.value.text("sv").startswith("2026 är stängt")
        assert "Reopen the year" in refused.value.text("en")
        with pytest.raises(YearClosed):
            organisation.update_plan(plan, vision="Ny vision")
        with pytest.raises(YearClosed), plan.recording():
            organisation.update_plan(plan, vision="Ny vision")
        assert dump(plan) == before
        assert year_queries.year_in_view_row(plan).closed_on == date(2027, 3, 31)
        with pytest.raises(InvalidValue):
            years.close_year(plan, 2026)
        years.reopen_year(plan, 2026)
        nodes.create_node(plan, level_id=level, title="Nytt")
        assert "Nytt" in _goal_titles(plan)
        with pytest.raises(InvalidValue):
            years.reopen_year(plan, 2026)


def test_closing_a_year_is_undone_like_any_edit(tmp_path):
    from tests.conftest import make_plan

    with open_plan(make_plan(tmp_path / "p.styrplan", "askersund", 2026)) as plan:
        with plan.recording(allow_closed=True) as edit:
            years.close_year(plan, 2026)
        assert year_queries.year_in_view_row(plan).closed
        plan.revert(edit)
        assert not year_queries.year_in_view_row(plan).closed


def test_the_year_of_a_plan_of_one_year_is_renumbered_with_its_goals(tmp_path):
    from tests.conftest import make_plan

    with open_plan(make_plan(tmp_path / "p.styrplan", "askersund", 2026)) as plan:
        goals = _goal_titles(plan)
        organisation.update_plan(plan, year=2028, title="Verksamhetsplan 2028")
        assert plan.year == 2028 and _goal_titles(plan) == goals
        assert [(r.year, r.title) for r in year_queries.plan_years(plan)] == [(2028, "Verksamhetsplan 2028")]


def test_a_plan_of_several_years_keeps_its_years(tmp_path):
    from tests.conftest import make_plan

    with open_plan(make_plan(tmp_path / "p.styrplan", "askersund", 2026)) as plan:
        add_plan_year(plan, 2027, ["Nytt mål"])
        before = dump(plan)
        with pytest.raises(InvalidValue) as refused:
            organisation.update_plan(plan, year=2029)
        assert "New plan period" in refused.value.text("en") and "Ny planperiod" in refused.value.text("sv")
        assert dump(plan) == before
        plan.year = 2026  # a title given while viewing an older year is that year's, not the plan's
        organisation.update_plan(plan, title="Verksamhetsplan 2026 (reviderad)")
        assert [r.title for r in year_queries.plan_years(plan)] == ["Verksamhetsplan 2026 (reviderad)", "Verksamhetsplan 2027"]
        with plan.session() as session:
            assert session.get(Plan, 1).title == "Verksamhetsplan 2027"
