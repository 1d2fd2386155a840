"""`styrapp-cli rollover PLAN --year Y [--dry-run]` as a person and a script call it."""

from __future__ import annotations

from styrapp.models.file.plan_file import open_plan
from styrapp.models.queries.years import plan_years
from styrapp.models.rules.plan_settings import CLOSE_BEFORE_ROLLOVER
from styrapp.models.services.plan_settings import set_setting
from styrapp.models.services.years import close_year
from tests.conftest import dump

from .running import run


def test_dry_run_shows_the_counts_and_writes_nothing(demo_path, capsys):
    before = dump(demo_path)
    code, out, err = run(capsys, "--language", "en", "rollover", demo_path, "--year", "2027", "--dry-run")
    assert code == 0 and err == ""
    assert dump(demo_path) == before
    assert "Would make plan year 2027 (“Verksamhetsplan 2027”) from 2026; nothing has been written." in out
    lines = {line.split(":")[0].strip(): line.split(":")[-1].strip() for line in out.splitlines() if ":" in line}
    assert lines["Goals"] == "5" and lines["Assignments"] == "3" and lines["Activities"] == "7"
    assert lines["Follow-up periods"] == "2" and lines["Events in the annual wheel"] == "10" and lines["Risks"] == "6"
    assert lines["Indicator targets changed"] == "0"
    assert "– Digital felanmälan med återkoppling via sms" in out  # a done aktivitet, staying in 2026


def test_rollover_in_swedish_then_refusals_exit_2(demo_path, capsys):
    code, out, err = run(capsys, "rollover", demo_path, "--year", "2027")
    assert code == 0, err
    assert "Planåret 2027 (”Verksamhetsplan 2027”) gjordes från 2026." in out and "Förs över till 2027:" in out
    with open_plan(demo_path, read_only=True) as plan:
        assert [y.year for y in plan_years(plan)] == [2026, 2027]
    after = dump(demo_path)
    for year, words in (("2027", "har redan planåret 2027"), ("2020", "före planens första planår"),
                        ("2029", "nästa är 2028, inte 2029")):
        code, out, err = run(capsys, "rollover", demo_path, "--year", year)
        assert code == 2 and out == "" and words in err and "\n" == err[-1] and err.count("\n") == 1
        code, out, err = run(capsys, "rollover", demo_path, "--year", year, "--dry-run")
        assert code == 2 and words in err
    assert dump(demo_path) == after


def test_refused_while_the_newest_year_is_open_when_the_plan_requires_it(demo_path, capsys):
    with open_plan(demo_path) as plan:
        set_setting(plan, CLOSE_BEFORE_ROLLOVER, True)
    before = dump(demo_path)
    code, out, err = run(capsys, "--language", "en", "rollover", demo_path, "--year", "2027")
    assert code == 2 and "requires 2026 to be closed before 2027 is made from it" in err
    assert dump(demo_path) == before
    with open_plan(demo_path) as plan:
        close_year(plan, 2026)
    code, out, err = run(capsys, "--language", "en", "rollover", demo_path, "--year", "2027")
    assert code == 0 and "Plan year 2027" in out


def test_missing_year_argument_is_a_usage_error(demo_path, capsys):
    code, out, err = run(capsys, "rollover", demo_path)
    assert code == 2 and "--year" in err
