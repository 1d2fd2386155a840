"""`styrapp-cli year`: the plan years, closing one, and reopening it only when confirmed."""

from __future__ import annotations

import json

from tests.cli.test_cli import run
from tests.conftest import dump


def test_a_year_is_closed_and_reopened_from_the_command_line(demo_path, tmp_path, capsys):
    code, out, _ = run(capsys, "year", demo_path)
    assert code == 0 and "2026  Verksamhetsplan 2026  (öppet)" in out
    code, out, err = run(capsys, "year", demo_path, "--close", "2026")
    assert code == 0 and "2026 är stängt" in out, err
    before = dump(demo_path)
    run(capsys, "export", demo_path, "--format", "xlsx", "-o", tmp_path / "plan.xlsx")
    code, _, err = run(capsys, "--language", "en", "import", demo_path, tmp_path / "plan.xlsx")
    assert code == 2 and "2026 is closed" in err and "Reopen the year" in err
    code, _, err = run(capsys, "year", demo_path, "--reopen", "2026")
    assert code == 2 and "--yes" in err and "Inget har ändrats" in err
    assert dump(demo_path) == before
    code, out, _ = run(capsys, "year", demo_path, "--json")
    assert json.loads(out)[0]["closed_on"] is not None
    code, out, _ = run(capsys, "--language", "en", "year", demo_path, "--reopen", "2026", "--yes")
    assert code == 0 and "2026 is open for changes again." in out
    code, _, err = run(capsys, "import", demo_path, tmp_path / "plan.xlsx")
    assert code == 0, err


def test_a_year_the_plan_does_not_hold_is_refused(demo_path, capsys):
    before = dump(demo_path)
    code, _, err = run(capsys, "--language", "en", "year", demo_path, "--close", "2031")
    assert code == 2 and "The plan holds no plan year 2031." in err
    code, _, err = run(capsys, "year", demo_path, "--reopen", "2026", "--yes")
    assert code == 2 and "2026 är inte stängt." in err
    assert dump(demo_path) == before
