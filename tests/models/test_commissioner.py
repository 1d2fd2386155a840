"""Uppdragsgivarens mål fetched from another plan and kept linked to it (issue 18, items 3 and 4)."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from sqlalchemy import select

from styrapp.models.enums import Origin
from styrapp.models.errors import InvalidValue, LevelNotAllowed, NotAPlan, PlanCorrupt, PlanNotFound, PlanTooNew
from styrapp.models.file.plan_file import open_plan
from styrapp.models.queries.source_plan import read_source_plan
from styrapp.models.services import calendar, commissioner, indicators, nodes
from styrapp.models.tables import FollowUp, Node, NodeLink, NodeSource, ReportingPeriod
from tests.commissioner_plans import KF, NAMND, level_ids, make_kf_plan, make_namnd_plan
from tests.conftest import dump

SCHEMA_3 = __import__("pathlib").Path(__file__).resolve().parent.parent / "data" / "schema" / "v3-askersund.styrplan"


@pytest.fixture
def kf(tmp_path):
    path = tmp_path / "kf.styrplan"
    return path, make_kf_plan(path)


def fetched(plan) -> dict[str, tuple[Node, NodeSource]]:
    with plan.session() as session:
        rows = session.execute(select(Node, NodeSource).join(NodeSource, NodeSource.node_id == Node.id)).all()
    return {node.title: (node, source) for node, source in rows}


def fetch(plan, source_path, levels=None, accepted=None, **kwargs):
    comparison = commissioner.compare(plan, read_source_plan(source_path, target=plan, **kwargs), levels)
    return comparison, commissioner.apply(plan, comparison, accepted)


def test_kf_goals_into_two_namnd_plans(tmp_path, kf):
    source, ids = kf
    with open_plan(source, read_only=True) as kf_plan:
        with kf_plan.session() as session:
            source_uuids = {n.title: n.uuid for n in session.execute(select(Node)).scalars()}
            plan_uuid = session.execute(select(__import__("styrapp.models.tables", fromlist=["Plan"]).Plan.uuid)).scalar()
    for name, uppdrag, other in ((NAMND, "Uppdrag KTN", "Uppdrag SN"), ("Socialnämnden", "Uppdrag SN", "Uppdrag KTN")):
        path = make_namnd_plan(tmp_path / f"{name}.styrplan", name)
        with open_plan(path) as plan:
            own = len(fetched(plan))
            comparison, done = fetch(plan, source)
            assert own == 0
            assert {d.kind for d in comparison.items} == {"new"}
            rows = fetched(plan)
            assert uppdrag in rows and other not in rows  # only the uppdrag addressed to this nämnd
            assert len(done.added) == len(rows) == 5 + 2 + 4 + 1 + 1  # template's målområden, ours, goals, precisering, uppdrag
            area, area_source = rows["Livskvalitet"]
            goal, goal_source = rows["Livskvalitet mål 1"]
            assert goal.parent_id == area.id and rows["Precisering"][0].parent_id == goal.id  # the source's structure
            assert area.description == "Om Livskvalitet" and area.origin == Origin.COMMISSIONER.value
            assert goal.year == 2027 and goal.uuid != source_uuids["Livskvalitet mål 1"]  # a record of its own
            assert (goal_source.source_uuid, goal_source.organisation, goal_source.plan_title, goal_source.plan_year,
                    goal_source.plan_uuid, goal_source.level, goal_source.removed) == (
                source_uuids["Livskvalitet mål 1"], KF, "Mål och budget 2027", 2027, plan_uuid, "Strategiskt mål", False)
            lv = level_ids(plan)
            assert goal.level_id == lv["Strategiskt mål"] and rows[uppdrag][0].level_id == lv["Uppdrag"]
            with plan.session() as session:
                served = session.execute(select(NodeLink.target_id).where(NodeLink.source_id == rows[uppdrag][0].id)).scalars().all()
            assert served == ([goal.id] if uppdrag == "Uppdrag KTN" else [])
            again = commissioner.compare(plan, read_source_plan(source, target=plan))
            assert again.differences == [] and len(again.of("unchanged")) == len(rows)


def test_unit_option_and_unknown_unit(tmp_path, kf):
    source, _ = kf
    with open_plan(make_namnd_plan(tmp_path / "n.styrplan", "Någon annan nämnd")) as plan:
        assert not any(g.title.startswith("Uppdrag") for g in read_source_plan(source, target=plan).goals)
        titles = [g.title for g in read_source_plan(source, target=plan, unit="socialnämnden").goals]
        assert "Uppdrag SN" in titles and "Uppdrag KTN" not in titles
        with pytest.raises(InvalidValue) as caught:
            read_source_plan(source, target=plan, unit="Ingen sådan")
        assert caught.value.code == "commissioner.no_unit" and "Socialnämnden" in caught.value.text("en")


def change_source(source, ids):
    """At the source: a rename, a new description, a new goal, a removed goal."""
    with open_plan(source) as kf_plan:
        nodes.update_node(kf_plan, ids["Livskvalitet mål 2"], title="Livskvalitet mål två")
        nodes.update_node(kf_plan, ids["Livskvalitet"], description="Ny text")
        nodes.create_node(kf_plan, level_id=level_ids(kf_plan)["Strategiskt mål"], parent_id=ids["Hållbar tillväxt"],
                          title="Nytt mål")
        nodes.delete_node(kf_plan, ids["Hållbar tillväxt mål 2"])


def test_reimport_shows_the_changes_and_takes_only_the_accepted(tmp_path, kf):
    source, ids = kf
    with open_plan(make_namnd_plan(tmp_path / "n.styrplan")) as plan:
        fetch(plan, source)
        before = fetched(plan)
        gone = before["Hållbar tillväxt mål 2"][0].id
        with plan.session() as session:
            period = session.execute(select(ReportingPeriod.id)).scalars().first()
        calendar.set_follow_up(plan, gone, period, status="green", analysis="Bra")
        change_source(source, ids)
        comparison = commissioner.compare(plan, read_source_plan(source, target=plan))
        by_kind = {kind: sorted(d.title for d in comparison.of(kind)) for kind in ("new", "changed", "removed")}
        assert by_kind == {"new": ["Nytt mål"], "changed": ["Livskvalitet", "Livskvalitet mål två"],
                           "removed": ["Hållbar tillväxt mål 2"]}
        rename = next(d for d in comparison.of("changed") if d.title == "Livskvalitet mål två")
        assert rename.old_title == "Livskvalitet mål 2" and rename.fields == ["title"]  # by uuid: a change, not new
        assert rename.node_id == before["Livskvalitet mål 2"][0].id
        text = next(d for d in comparison.of("changed") if d.title == "Livskvalitet")
        assert text.fields == ["description"] and (text.old_description, text.description) == ("Om Livskvalitet", "Ny text")
        removed = comparison.of("removed")[0]
        done = commissioner.apply(plan, comparison, {rename.source_uuid, removed.source_uuid})
        assert (done.added, done.changed, done.removed) == ([], [rename.node_id], [gone])
        after = fetched(plan)
        assert "Livskvalitet mål två" in after and "Nytt mål" not in after
        assert after["Livskvalitet"][0].description == "Om Livskvalitet"  # not accepted: as before
        node, row = after["Hållbar tillväxt mål 2"]  # never deleted: marked, its follow-up kept
        assert row.removed and node.id == gone
        with plan.session() as session:
            assert session.execute(select(FollowUp.analysis).where(FollowUp.node_id == gone)).scalar() == "Bra"
        left = commissioner.compare(plan, read_source_plan(source, target=plan))
        assert sorted((d.kind, d.title) for d in left.differences) == [("changed", "Livskvalitet"), ("new", "Nytt mål")]


def test_a_fetched_goal_is_read_only_but_its_own_parts_are_not(tmp_path, kf):
    source, _ = kf
    with open_plan(make_namnd_plan(tmp_path / "n.styrplan")) as plan:
        fetch(plan, source)
        rows = fetched(plan)
        goal = rows["Livskvalitet mål 1"][0]
        other_area = rows["Hållbar tillväxt"][0]
        before = dump(plan)
        for call in (lambda: nodes.update_node(plan, goal.id, title="Eget namn"),
                     lambda: nodes.rename_node(plan, goal.id, "Eget namn"),
                     lambda: nodes.update_node(plan, goal.id, description="Egen text"),
                     lambda: nodes.update_node(plan, goal.id, origin="own"),
                     lambda: nodes.move_node(plan, goal.id, other_area.id)):
            with pytest.raises(InvalidValue) as caught:
                call()
            assert caught.value.code == "node.from_commissioner"
            assert KF in caught.value.text("en") and "Livskvalitet mål 1" in caught.value.text("sv")
        assert dump(plan) == before
        nodes.update_node(plan, goal.id, title=goal.title, responsible="Anna")  # its own fields
        indicator = indicators.create_indicator(plan, name="Nöjda besökare", goal_ids=[goal.id])
        assert indicator
        own = nodes.create_node(plan, level_id=level_ids(plan)["Målprecisering"], parent_id=goal.id, title="Vår precisering")
        assert nodes.create_node(plan, level_id=level_ids(plan)["Uppdrag"], title="Vårt uppdrag")
        nodes.update_node(plan, own, title="Vår egen precisering")  # an own goal under it stays editable
        nodes.delete_node(plan, rows["Precisering"][0].id)  # deleting is allowed (the window confirms first)
        assert "Precisering" not in fetched(plan)


def test_undo_of_an_import_is_one_step(tmp_path, kf):
    source, _ = kf
    with open_plan(make_namnd_plan(tmp_path / "n.styrplan")) as plan:
        before = dump(plan)
        with plan.recording() as edit:
            fetch(plan, source)
        assert len(fetched(plan)) == 13
        plan.revert(edit)
        assert dump(plan) == before


def test_level_mapping_for_another_kind_of_organisation(tmp_path, kf):
    source, _ = kf
    path = make_namnd_plan(tmp_path / "nvk.styrplan", "Norra Västmanlands Kommunalteknikförbund", template="nvk")
    with open_plan(path) as plan:
        before = dump(plan)
        with pytest.raises(InvalidValue) as caught:
            fetch(plan, source)
        assert caught.value.code == "commissioner.kinds_differ" and "Målprecisering" in caught.value.text("en")
        with pytest.raises(InvalidValue) as caught:
            fetch(plan, source, {"Målområde": "Ingen nivå"})
        assert caught.value.code == "commissioner.unknown_level"
        with pytest.raises(InvalidValue) as caught:
            fetch(plan, source, {"Mål": "Övergripande mål"})
        assert caught.value.code == "commissioner.unknown_source_level"
        assert dump(plan) == before
        levels = commissioner.parse_levels("Målområde=Övergripande mål, Strategiskt mål=-, Målprecisering=-")
        comparison, done = fetch(plan, source, levels)
        assert comparison.mapping["Strategiskt mål"] is None
        rows = fetched(plan)
        assert sorted(rows) == sorted(["Välfärd", "Företagsklimat", "Attraktion", "Finansiellt", "Organisatoriskt",
                                       "Livskvalitet", "Hållbar tillväxt"])
        assert all(row.level == "Målområde" for _, row in rows.values())
    with pytest.raises(InvalidValue) as caught:
        commissioner.parse_levels("Målområde")
    assert caught.value.code == "commissioner.levels_syntax"


def test_a_mapping_that_breaks_the_styrmodell_changes_nothing(tmp_path, kf):
    source, _ = kf
    with open_plan(make_namnd_plan(tmp_path / "n.styrplan")) as plan:
        before = dump(plan)
        with pytest.raises(LevelNotAllowed) as caught:  # a målområde under a målområde
            fetch(plan, source, {"Strategiskt mål": "Målområde"})
        assert caught.value.code == "commissioner.breaks_model" and "Livskvalitet mål 1" in caught.value.text("en")
        with pytest.raises(LevelNotAllowed):  # a strategiskt mål at the top: its målområde left out
            fetch(plan, source, {"Målområde": "-"})
        assert dump(plan) == before


def test_a_source_with_a_cycle_is_refused(tmp_path, kf):
    source, ids = kf
    con = sqlite3.connect(source)
    con.execute("UPDATE node SET parent_id = ? WHERE id = ?", (ids["Precisering"], ids["Livskvalitet"]))
    con.commit()
    con.close()
    with open_plan(make_namnd_plan(tmp_path / "n.styrplan")) as plan:
        before = dump(plan)
        with pytest.raises((InvalidValue, PlanCorrupt)) as caught:
            fetch(plan, source)
        assert caught.value.code in ("commissioner.source_cycle", "file.corrupt_because")
        assert dump(plan) == before


def test_bad_sources_are_refused_and_nothing_changes(tmp_path, kf):
    source, _ = kf
    target = make_namnd_plan(tmp_path / "n.styrplan")
    junk = tmp_path / "junk.styrplan"
    junk.write_bytes(b"this is no database at all" * 100)
    damaged = tmp_path / "damaged.styrplan"
    data = source.read_bytes()
    damaged.write_bytes(data[: len(data) // 2])
    newer = tmp_path / "newer.styrplan"
    shutil.copyfile(source, newer)
    con = sqlite3.connect(newer)
    con.execute("PRAGMA user_version = 99")
    con.close()
    with open_plan(target) as plan:
        before = dump(plan)
        for bad, error in ((tmp_path / "missing.styrplan", PlanNotFound), (junk, NotAPlan), (damaged, PlanCorrupt),
                           (newer, PlanTooNew), (target, InvalidValue)):
            with pytest.raises(error) as caught:
                fetch(plan, bad)
            assert caught.value.text("en") and caught.value.text("sv")
        assert caught.value.code == "commissioner.same_file"
        assert dump(plan) == before


def test_a_locked_source_is_read_and_left_as_it_was(tmp_path, kf):
    source, _ = kf
    with open_plan(source):  # someone has the KF plan open (its lock file is there)
        data = source.read_bytes()
        with open_plan(make_namnd_plan(tmp_path / "n.styrplan")) as plan:
            _, done = fetch(plan, source)
            assert len(done.added) == 13
        assert source.read_bytes() == data


def test_an_older_source_is_read_from_a_copy_and_never_upgraded(tmp_path):
    source = tmp_path / "old.styrplan"
    shutil.copyfile(SCHEMA_3, source)
    data = source.read_bytes()
    with open_plan(make_namnd_plan(tmp_path / "n.styrplan")) as plan:
        _, done = fetch(plan, source)
        assert done.added
    assert source.read_bytes() == data and sorted(p.name for p in tmp_path.iterdir()) == ["n.styrplan", "old.styrplan"]


def test_a_failing_import_leaves_the_plan_as_before(tmp_path, kf, monkeypatch):
    source, _ = kf
    with open_plan(make_namnd_plan(tmp_path / "n.styrplan")) as plan:
        before = dump(plan)
        comparison = commissioner.compare(plan, read_source_plan(source, target=plan))
        real, count = commissioner._insert, []

        def insert_then_die(*args):
            count.append(1)
            if len(count) == 8:
                raise KeyboardInterrupt
            return real(*args)

        monkeypatch.setattr(commissioner, "_insert", insert_then_die)
        with pytest.raises(KeyboardInterrupt):
            commissioner.apply(plan, comparison)
        assert dump(plan) == before


def test_a_level_change_at_the_source_is_shown_and_refused_where_the_rules_forbid_it(tmp_path, kf):
    source, ids = kf
    with open_plan(make_namnd_plan(tmp_path / "n.styrplan")) as plan:
        fetch(plan, source)
        with open_plan(source) as kf_plan:
            lv = level_ids(kf_plan)
        con = sqlite3.connect(source)  # at the source the precisering became a strategiskt mål
        con.execute("UPDATE node SET level_id = ? WHERE id = ?", (lv["Strategiskt mål"], ids["Precisering"]))
        con.commit()
        con.close()
        comparison = commissioner.compare(plan, read_source_plan(source, target=plan))
        (item,) = comparison.differences
        assert item.fields == ["level"] and (item.old_level, item.level) == ("Målprecisering", "Strategiskt mål")
        before = dump(plan)
        with pytest.raises(LevelNotAllowed) as caught:  # here it sits under a strategiskt mål
            commissioner.apply(plan, comparison)
        assert caught.value.code == "commissioner.breaks_model"
        assert dump(plan) == before
        done = commissioner.apply(plan, commissioner.compare(  # mapped to a level that may sit there, it is taken
            plan, read_source_plan(source, target=plan), {"Strategiskt mål": "Strategiskt mål",
                                                          "Målprecisering": "Målprecisering"}), set())
        assert done.changed == []


def test_a_source_with_a_half_written_change_is_read_from_a_copy(tmp_path, kf):
    source, _ = kf
    journal = source.with_name(source.name + "-journal")
    with open_plan(source) as kf_plan:
        assert kf_plan
    journal.write_bytes(b"")  # an empty journal: what a writer stopped at the wrong moment can leave
    data = source.read_bytes()
    with open_plan(make_namnd_plan(tmp_path / "n.styrplan")) as plan:
        _, done = fetch(plan, source)
        assert len(done.added) == 13
    assert source.read_bytes() == data and journal.exists()


def test_a_closed_year_refuses_the_fetch(tmp_path, kf):
    from styrapp.models.errors import YearClosed
    from styrapp.models.services.years import close_year

    source, _ = kf
    with open_plan(make_namnd_plan(tmp_path / "n.styrplan")) as plan:
        close_year(plan, 2027)
        before = dump(plan)
        with pytest.raises(YearClosed):
            fetch(plan, source)
        assert dump(plan) == before


def test_a_level_left_out_later_does_not_mark_its_goals_as_removed(tmp_path, kf):
    source, _ = kf
    with open_plan(make_namnd_plan(tmp_path / "n.styrplan")) as plan:
        fetch(plan, source)
        comparison = commissioner.compare(plan, read_source_plan(source, target=plan), {"Målprecisering": "-"})
        assert comparison.differences == [] and comparison.mapping["Målprecisering"] is None
