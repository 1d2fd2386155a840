"""styrapp-cli as a user and a script call it: output, exit codes, one-line errors."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from styrapp.models.file.header import SCHEMA_VERSION

from .running import run


def test_demo_info_check(tmp_path, capsys):
    path = tmp_path / "demo.styrplan"
    code, out, _ = run(capsys, "demo", path)
    assert code == 0 and path.exists()
    code, out, _ = run(capsys, "info", path)
    assert code == 0
    assert "Norra Västmanlands Kommunalteknikförbund (kommunalförbund)" in out
    assert "Övergripande mål → Aktivitet" in out
    code, out, _ = run(capsys, "info", path, "--json")
    data = json.loads(out)
    assert data["organisation"] == "Norra Västmanlands Kommunalteknikförbund"
    assert data["schema_version"] == SCHEMA_VERSION
    for key in ("goals", "assignments", "activities", "indicators", "measurements", "wheel_events", "risks"):
        assert isinstance(data["counts"][key], int)
    assert data["counts"]["goals"] == 5 and data["counts"]["activities"] == 10
    code, out, _ = run(capsys, "check", path)
    assert code == 0 and "0 fel" in out


def test_check_exits_1_on_errors(tmp_path, capsys):
    from styrapp.models.file.plan_file import open_plan
    from styrapp.models.queries import levels
    from styrapp.models.services import nodes

    path = tmp_path / "n.styrplan"
    assert run(capsys, "new", path, "--template", "norrtalje", "--name", "Norrtälje kommun", "--year", "2027")[0] == 0
    with open_plan(path) as plan:
        lv = {level.key: level.id for level in levels.levels(plan)}
        assignment = nodes.create_node(plan, level_id=lv["assignment"], title="Uppdrag utan mål")
        nodes.create_node(plan, level_id=lv["activity"], parent_id=assignment, title="Lös aktivitet")
    code, out, _ = run(capsys, "check", path)
    assert code == 1
    assert "fel: Aktivitet ”Lös aktivitet” leder inte upp till något mål" in out
    code, out, _ = run(capsys, "check", path, "--json")
    assert code == 1 and any(f["code"] == "untraced_activity" for f in json.loads(out))


@pytest.mark.parametrize("template", ["nvk", "vasteras", "norrtalje", "norsjo", "askersund", "default"])
def test_new_from_every_template(tmp_path, capsys, template):
    path = tmp_path / "ny.styrplan"
    code, out, _ = run(capsys, "new", path, "--template", template, "--name", "Åre kommun")
    assert code == 0
    code, out, _ = run(capsys, "info", path, "--json")
    assert json.loads(out)["organisation"] == "Åre kommun"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["new", "x.styrplan", "--template", "stockholm", "--name", "X"], "ogiltigt val"),
        (["new", "x.styrplan", "--name", "X"], "argument saknas: --template"),
        (["new", "x.styrplan", "--template", "nvk", "--name", "X", "--year", "tjugo"], "inget heltal"),
        (["info"], "argument saknas"),
        (["frobnicate"], "okänt kommando"),
        (["info", "finns-inte.styrplan"], "finns inte"),
        ([], "argument saknas"),
    ],
)
def test_bad_arguments_give_one_line_and_exit_2(tmp_path, capsys, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, *args)
    assert code == 2
    assert message in err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_bad_files_exit_2_and_stay_unchanged(tmp_path, capsys, demo_master):
    text = tmp_path / "text.styrplan"
    text.write_text("inte en plan")
    half = tmp_path / "halv.styrplan"
    half.write_bytes(demo_master.read_bytes()[:20000])
    for path in (text, half):
        before = path.read_bytes()
        for command in ("info", "check"):
            code, _out, err = run(capsys, command, path)
            assert code == 2 and len(err.strip().splitlines()) == 1
        assert path.read_bytes() == before


def test_demo_refuses_to_overwrite_without_force(tmp_path, capsys, demo_master):
    path = tmp_path / "plan.styrplan"
    shutil.copyfile(demo_master, path)
    code, _out, err = run(capsys, "demo", path)
    assert code == 2 and "--force" in err
    assert run(capsys, "demo", path, "--force")[0] == 0


def test_read_only_plan_can_still_be_described(tmp_path, capsys, demo_master):
    path = tmp_path / "arkiv.styrplan"
    shutil.copyfile(demo_master, path)
    path.chmod(0o444)
    try:
        code, out, err = run(capsys, "info", path)
        assert code == 0 and "skrivskyddad" in err
    finally:
        path.chmod(0o644)


def test_console_script_runs_without_a_traceback(tmp_path):
    bad = tmp_path / "bad.styrplan"
    bad.write_text("not a plan")
    result = subprocess.run([sys.executable, "-m", "styrapp.cli", "info", str(bad)], capture_output=True, text=True)
    assert result.returncode == 2
    assert "inte en styrapp-plan" in result.stderr and "Traceback" not in result.stderr


def test_import_kolada_as_the_issue_calls_it(demo_path, tmp_path, capsys):
    from tests.conftest import REALDATA

    source = REALDATA / "kolada" / "fagersta_norberg_n01951_n00945.v2.json"
    code, out, err = run(capsys, "import", demo_path, source)
    assert code == 0, err
    assert "Importerade 78 värden" in out and "Invånare i Fagersta: 39" in out
    assert "26 – nyckeltalet N00945 finns inte bland planens indikatorer" in out
    code, out, _ = run(capsys, "import", demo_path, source, "--format", "kolada")
    assert code == 0 and "(0 nya, 78 ersatte tidigare)" in out
    truncated = tmp_path / "avkortad.json"
    truncated.write_text(source.read_text()[:500])
    before = demo_path.read_bytes()
    code, out, err = run(capsys, "import", demo_path, truncated)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "avkortad" in err and "Inget har ändrats" in err
    assert demo_path.read_bytes() == before
    code, _, err = run(capsys, "import", demo_path, tmp_path / "plan.docx")
    assert code == 2 and "ange --format kolada" in err
    code, _, err = run(capsys, "import", demo_path, source, "--format", "pdf")
    assert code == 2 and "ogiltigt val" in err


def test_export_xlsx(demo_path, tmp_path, capsys):
    from openpyxl import load_workbook

    code, out, _ = run(capsys, "export", demo_path, "--format", "xlsx", "-o", tmp_path / "plan")
    assert code == 0 and "plan.xlsx" in out
    from styrapp.exchange.workbook_layout import SHEETS

    assert load_workbook(tmp_path / "plan.xlsx").sheetnames == list(SHEETS)
    code, _, err = run(capsys, "export", demo_path, "--format", "xlsx", "-o", tmp_path / "saknas" / "plan.xlsx")
    assert code == 2 and "finns inte" in err


def test_import_xlsx_round_trip(demo_path, tmp_path, capsys):
    from tests.conftest import make_plan

    run(capsys, "export", demo_path, "--format", "xlsx", "-o", tmp_path / "plan.xlsx")
    fresh = make_plan(tmp_path / "ny.styrplan", "nvk")
    code, out, err = run(capsys, "import", fresh, tmp_path / "plan.xlsx")
    assert code == 0, err
    assert "Indikatorer: 11 nya, 0 ändrade, 0 oförändrade." in out
    code, _, err = run(capsys, "import", fresh, tmp_path / "plan.xlsx", "--format", "kolada")
    assert code == 2 and "Inget har ändrats" in err


def test_the_whole_plan_through_excel_as_the_issue_calls_it(demo_path, tmp_path, capsys):
    """export PLAN --format xlsx -o OUT.xlsx; new X --template askersund; import X OUT.xlsx; again: nothing."""
    from openpyxl import load_workbook

    code, out, err = run(capsys, "export", demo_path, "--format", "xlsx", "-o", tmp_path / "ut.xlsx")
    assert code == 0, err
    target = tmp_path / "testkommun.styrplan"
    code, _, err = run(capsys, "new", target, "--template", "askersund", "--name", "Testkommun")
    assert code == 0, err
    code, out, err = run(capsys, "--language", "en", "import", target, tmp_path / "ut.xlsx")
    assert code == 0, err
    assert "Indicators: 11 new, 0 changed, 0 unchanged." in out and "Measured values: 92 new" in out
    code, out, _ = run(capsys, "--language", "en", "info", target, "--json")
    counts = json.loads(out)["counts"]
    # The template's own five målområden stay beside the demo plan's five goals.
    assert (counts["goals"], counts["activities"], counts["indicators"], counts["follow_ups"]) == (10, 10, 11, 23)
    code, out, _ = run(capsys, "--language", "en", "import", target, tmp_path / "ut.xlsx")
    assert code == 0 and "Nothing changed: the plan already holds what the file says." in out
    # A bad cell: refused whole, the sheet and cell named, exit code 2.
    book = load_workbook(tmp_path / "ut.xlsx")
    book["Mätvärden"]["G2"] = "tolv"
    book.save(tmp_path / "fel.xlsx")
    before = target.read_bytes()
    code, _, err = run(capsys, "--language", "en", "import", target, tmp_path / "fel.xlsx")
    assert code == 2 and "Mätvärden!G2" in err and "Nothing in the plan has been changed" in err
    assert target.read_bytes() == before
