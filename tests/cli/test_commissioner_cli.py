"""`styrapp-cli import PLAN SOURCE.styrplan --format plan [--levels …] [--unit U] [--apply]`."""

from __future__ import annotations

import os
import random
import shutil
import sqlite3

import pytest

from styrapp.models.file.plan_file import open_plan
from styrapp.models.services import nodes
from tests.cli.test_cli import run
from tests.cli.test_import_kills import cli, content, fresh, run_and_kill
from tests.commissioner_plans import make_kf_plan, make_namnd_plan
from tests.conftest import dump


def plans(tmp_path, template="askersund", name="Kultur- och tekniknämnden"):
    source = tmp_path / "kf.styrplan"
    ids = make_kf_plan(source)
    return source, ids, make_namnd_plan(tmp_path / "namnd.styrplan", name, template)


def test_without_apply_it_shows_and_writes_nothing_with_apply_it_fetches(tmp_path, capsys):
    source, ids, target = plans(tmp_path)
    before = dump(target)
    code, out, err = run(capsys, "--language", "en", "import", target, source, "--format", "plan")
    assert code == 0 and err == ""
    assert "Goals from Askersunds kommun, Mål och budget 2027 (2027):" in out
    assert "New (13):" in out and "  + Strategiskt mål “Livskvalitet mål 1”" in out and "Uppdrag SN" not in out
    assert "give --apply" in out and dump(target) == before
    code, out, _ = run(capsys, "import", target, source, "--format", "plan", "--apply")
    assert code == 0 and "Hämtat: 13 nya, 0 ändrade, 0 markerade som borttagna i källan." in out
    with open_plan(source) as kf:
        nodes.update_node(kf, ids["Livskvalitet mål 2"], title="Livskvalitet mål två", description="Nytt")
        nodes.delete_node(kf, ids["Hållbar tillväxt mål 2"])
    code, out, _ = run(capsys, "--language", "en", "import", target, source, "--format", "plan")
    assert code == 0
    assert "  ~ “Livskvalitet mål 2” → “Livskvalitet mål två”" in out and "description: “” → “Nytt”" in out
    assert "Removed at the source (1); kept here and marked:" in out and "“Hållbar tillväxt mål 2”" in out
    code, out, _ = run(capsys, "--language", "en", "import", target, source, "--format", "plan", "--apply")
    assert code == 0 and "Fetched: 0 new, 1 changed, 1 marked as removed at the source." in out
    code, out, _ = run(capsys, "--language", "en", "import", target, source, "--apply")  # by its extension
    assert code == 0 and "Unchanged: 12" in out and "Fetched: 0 new, 0 changed, 0 marked" in out


def test_levels_and_unit(tmp_path, capsys):
    source, _, target = plans(tmp_path, "nvk", "Norra Västmanlands Kommunalteknikförbund")
    before = dump(target)
    code, _, err = run(capsys, "--language", "en", "import", target, source, "--format", "plan", "--apply")
    assert code == 2 and "another kind of organisation" in err and dump(target) == before
    levels = "Målområde=Övergripande mål,Strategiskt mål=-,Målprecisering=-"
    code, _, err = run(capsys, "--language", "en", "import", target, source, "--format", "plan", "--apply",
                       "--levels", levels, "--unit", "Socialnämnden")  # its uppdrag have no level here
    assert code == 2 and "This plan has no level for the commissioner's “Uppdrag”" in err and dump(target) == before
    code, out, _ = run(capsys, "--language", "en", "import", target, source, "--format", "plan", "--apply",
                       "--levels", levels + ",Uppdrag=-", "--unit", "Socialnämnden")
    assert code == 0 and "Fetched: 7 new" in out and "Levels: Målområde → Övergripande mål, Strategiskt mål → –" in out
    with pytest.raises(SystemExit):
        run(capsys, "--language", "en", "import", "-h")
    out = capsys.readouterr().out
    assert "--levels" in out and "Målområde=Målområde,Mål=Nämndmål" in out and "--unit" in out


def test_bad_input_exits_2_and_changes_nothing(tmp_path, capsys):
    source, _, target = plans(tmp_path)
    junk = tmp_path / "junk.styrplan"
    junk.write_bytes(b"no database" * 500)
    damaged = tmp_path / "damaged.styrplan"
    damaged.write_bytes(source.read_bytes()[:5000])
    newer = tmp_path / "newer.styrplan"
    shutil.copyfile(source, newer)
    con = sqlite3.connect(newer)
    con.execute("PRAGMA user_version = 99")
    con.close()
    before = dump(target)
    cases = [
        ([tmp_path / "missing.styrplan"], "does not exist"),
        ([junk], "is no styrapp plan"),
        ([damaged], "is damaged"),
        ([newer], "newer version of styrapp"),
        ([target], "is this plan itself"),
        ([source, "--levels", "Strategiskt mål=Målområde"], "cannot be fetched"),
        ([source, "--levels", "Målområde"], "is no level mapping"),
        ([source, "--unit", "Ingen"], "has no unit called “Ingen”"),
    ]
    for args, words in cases:
        code, out, err = run(capsys, "--language", "en", "import", target, *args, "--format", "plan", "--apply")
        assert code == 2 and words in err and "\n" not in err.strip(), (args, err)
        assert dump(target) == before
    code, _, err = run(capsys, "--language", "en", "import", target, tmp_path / "x.ics", "--apply")
    assert code == 2 and "--format plan" in err


def test_a_locked_source_is_read(tmp_path, capsys):
    source, _, target = plans(tmp_path)
    with open_plan(source):
        data = source.read_bytes()
        code, out, _ = run(capsys, "--language", "en", "import", target, source, "--format", "plan", "--apply")
        assert code == 0 and "Fetched: 13 new" in out
        assert source.read_bytes() == data


def summary(path) -> dict:
    """The plan's content without the fresh uuids every import gives its new goals."""
    con = sqlite3.connect(path)
    try:
        nodes_ = sorted(con.execute("SELECT title, origin, level_id, parent_id, position, year FROM node").fetchall())
        sources = sorted(con.execute("SELECT node_id, organisation, plan_title, level, removed FROM node_source").fetchall())
    finally:
        con.close()
    rest = {table: rows for table, rows in content(path).items() if table not in ("node", "node_source")}
    return {"node": nodes_, "node_source": sources, **rest}


def test_a_killed_import_is_wholly_there_or_wholly_absent(tmp_path, capsys):
    source = tmp_path / "kf.styrplan"
    make_kf_plan(source, goals_per_area=150)
    master = make_namnd_plan(tmp_path / "master.styrplan")
    plan = tmp_path / "plan.styrplan"
    before = summary(master)
    fresh(master, plan)
    assert run(capsys, "import", plan, source, "--format", "plan", "--apply")[0] == 0
    complete = summary(plan)
    assert len(complete["node"]) > len(before["node"]) + 300
    rng = random.Random(int.from_bytes(os.urandom(4), "little"))
    seen = []
    for number, how in enumerate(["anywhere", "open", "writing", "writing", "anywhere", "open"]):
        fresh(master, plan)
        seen.append(run_and_kill(cli("import", plan, source, "--format", "plan", "--apply"), plan, how, rng,
                                 tmp_path / f"err-{number}.log", window=(0.3, 2.0)))
        with open_plan(plan):  # puts back a change left half-written
            pass
        assert summary(plan) in (before, complete), seen
