"""Every refusal, notice and finding the Qt-free parts can give, worded in both languages: the English
has no Swedish in it and the Swedish no English, every code and phrase has its Swedish with the same
blanks, and real refusals reach the person in the language of the place that shows them."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from styrapp.models.errors import InvalidValue, StyrappError
from styrapp.wording import Phrase, message, set_default_language, use_language
from styrapp.wording.messages import MESSAGES
from styrapp.wording.swedish import SWEDISH

PACKAGE = Path(__file__).resolve().parents[1] / "styrapp"
QT_FREE = ("models", "exchange", "cli", "reports", "wording")
REFUSING = ("models", "exchange", "cli", "reports")  # the parts whose refusals carry codes
# The report kinds' refusals are worded where the report kinds are declared (not scanned here).
NOT_SCANNED = {"reports/engine.py", "reports/choices.py"}

# Words that give a text away as the other language (our own words; values are the user's and are
# given here as "X").
SWEDISH_MARKERS = {"och", "är", "inte", "finns", "får", "att", "som", "eller", "ska", "kan", "har", "den", "det",
                   "ett", "till", "med", "på", "av", "för", "saknas", "inget", "ingen", "fel", "filen", "planen"}
ENGLISH_MARKERS = {"the", "is", "are", "not", "must", "cannot", "and", "or", "of", "has", "no", "with", "was",
                   "there", "this", "that", "which", "file", "plan's", "value", "values", "found", "missing"}


def _blanks(text: str) -> set[str]:
    return {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name}


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-zåäöA-ZÅÄÖ']+", text.lower()))


_QUOTED = re.compile(r"[“”][^“”]*[“”]")  # a name in quotation marks: a key of a file format, the user's text


def _foreign(text: str, language: str) -> set[str]:
    text = _QUOTED.sub("", text)
    if language == "en":
        found = _words(text) & SWEDISH_MARKERS
        return found | ({"å/ä/ö"} if re.search("[åäöÅÄÖ]", text) else set())
    return _words(text) & ENGLISH_MARKERS


def _sample(template: str) -> dict[str, str]:
    return {name: "X" for name in _blanks(template)}


def _phrase_literals() -> set[str]:
    """The English of every Phrase(...) and of every label passed to the services' checks, in the source."""
    found = set()
    for sub in QT_FREE:
        for path in (PACKAGE / sub).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not isinstance(node, ast.Call):
                    continue
                name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
                positions = {"Phrase": (0,), "check_title": (1,), "check_dates": (2,), "check_enum": (2,), "_scale": (1,),
                             "counted": (1, 2)}.get(name, ())
                for position in positions:
                    if (len(node.args) > position and isinstance(node.args[position], ast.Constant)
                            and isinstance(node.args[position].value, str)):
                        found.add(node.args[position].value)
    from styrapp.models.queries._common import WHAT

    return found | set(WHAT.values())


def _codes_raised() -> set[str]:
    """The code of every StyrappError raised in the Qt-free source (its first literal argument)."""
    errors = {"InvalidValue", "InvalidMove", "LevelNotAllowed", "InUse", "DomainError", "StyrappError",
              "ImportRefused", "UsageError", "ReportRefused"}
    found = set()
    for sub in REFUSING:
        for path in (PACKAGE / sub).rglob("*.py"):
            if path.relative_to(PACKAGE).as_posix() in NOT_SCANNED:
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Call) and getattr(node.func, "id", None) in errors and node.args:
                    first = node.args[0]
                    if isinstance(first, ast.Constant) and isinstance(first.value, str):
                        found.add(first.value)
    return found


def test_every_code_raised_is_in_the_catalogue():
    raised = _codes_raised()
    assert len(raised) > 50
    assert sorted(raised - set(MESSAGES)) == []


def test_every_message_and_phrase_has_its_swedish_with_the_same_blanks():
    texts = set(MESSAGES.values()) | _phrase_literals()
    assert sorted(texts - set(SWEDISH)) == []
    assert [text for text in texts if _blanks(text) != _blanks(SWEDISH[text])] == []


@pytest.mark.parametrize("language", ["en", "sv"])
def test_every_refusal_in_each_language_has_no_word_of_the_other(language):
    wrong = {}
    for code, template in sorted(MESSAGES.items()):
        text = message(code, _sample(template), language)
        if _foreign(text, language) or "{" in text:
            wrong[code] = (text, _foreign(text, language))
    for english in sorted(_phrase_literals()):
        with use_language(language):
            text = str(Phrase(english, **_sample(english)))
        if _foreign(text, language):
            wrong[english] = (text, _foreign(text, language))
    assert wrong == {}


def test_an_error_is_worded_where_it_is_shown():
    error = InvalidValue("value.empty", label=Phrase("The ring's name"))
    assert error.text("sv") == "Ringens namn får inte vara tom."
    assert error.text("en") == "The ring's name must not be empty."
    assert error.message == str(error) == "Ringens namn får inte vara tom."  # the default: Swedish
    try:
        set_default_language("en")
        assert error.message == "The ring's name must not be empty."
    finally:
        set_default_language("sv")
    assert isinstance(error, StyrappError) and error.code == "value.empty"


def test_an_error_keeps_its_code_and_values_across_a_process_boundary():
    import pickle

    from styrapp.models.errors import PlanNotFound

    error = pickle.loads(pickle.dumps(PlanNotFound("/tmp/x.styrplan")))
    assert error.code == "file.not_found" and error.path == Path("/tmp/x.styrplan")
    assert error.text("en") == "The file /tmp/x.styrplan does not exist."


# --- real refusals, where a person meets them ------------------------------------------------------


def test_a_service_refusal_in_both_languages(tmp_path):
    from styrapp.models.errors import LevelNotAllowed
    from styrapp.models.file.plan_file import open_plan
    from styrapp.models.services import levels, nodes, wheel
    from tests.conftest import make_plan

    with open_plan(make_plan(tmp_path / "p.styrplan")) as plan:
        activity = next(level.id for level in levels.levels(plan) if level.key == "activity")
        with pytest.raises(LevelNotAllowed) as refused:
            nodes.create_node(plan, level_id=activity, title="Lös aktivitet")
        with pytest.raises(InvalidValue) as empty:
            wheel.create_ring(plan, name="  ")
    assert "kan inte ligga överst i trädet" in refused.value.text("sv")
    assert "cannot sit at the top of the tree" in refused.value.text("en")
    assert empty.value.text("en") == "The ring's name must not be empty."
    for error in (refused.value, empty.value):
        assert not _foreign(error.text("en"), "en") and not _foreign(error.text("sv"), "sv")


def _cli(capsys, *args):
    from styrapp.cli import main

    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_cli_speaks_the_language_asked_for_before_the_command(tmp_path, capsys, demo_master):
    missing = tmp_path / "finns-inte.styrplan"
    code, _out, err = _cli(capsys, "--language", "en", "info", missing)
    assert code == 2 and err.strip() == f"styrapp-cli: The file {missing} does not exist."
    code, _out, err = _cli(capsys, "info", missing)  # Swedish unless told
    assert code == 2 and err.strip() == f"styrapp-cli: Filen {missing} finns inte."
    code, _out, err = _cli(capsys, "--language", "en", "new", "x.styrplan", "--name", "X")
    assert code == 2 and "the following arguments are required: --template" in err and "(see styrapp-cli new --help)" in err
    code, _out, err = _cli(capsys, "--language=en", "frobnicate")
    assert code == 2 and "unknown command" in err
    code, out, _err = _cli(capsys, "--language", "en", "info", demo_master)
    assert code == 0 and "(joint authority)" in out and "Contents:" in out and "Goals" in out
    assert not re.search("[åäö]", out.replace("Västmanlands", "").replace("Kommunalteknikförbund", "").split("Contents:")[1].split("Note:")[0])
    code, out, _err = _cli(capsys, "--language", "en", "check", demo_master)
    assert code == 0 and "0 errors" in out


def test_the_cli_help_is_in_its_language(capsys):
    with pytest.raises(SystemExit):
        _cli(capsys, "--language", "en", "report", "--help")
    out = capsys.readouterr().out
    assert "usage:" in out and "which report" in out and "the file to write" in out
    with pytest.raises(SystemExit):
        _cli(capsys, "report", "--help")
    out = capsys.readouterr().out
    assert "användning:" in out and "vilken rapport" in out and "flaggor:" in out


def test_report_language_chooses_the_report_and_the_cli_language_the_messages(tmp_path, capsys, demo_master):
    from pypdf import PdfReader

    out_pdf = tmp_path / "ik.pdf"
    code, out, _err = _cli(capsys, "--language", "en", "report", demo_master, "--kind", "internkontroll",
                           "--language", "sv", "-o", out_pdf)
    assert code == 0 and out.strip() == f"The report was written to {out_pdf}"
    text = " ".join(page.extract_text() for page in PdfReader(out_pdf).pages)
    assert "Riskmatris" in text and "Risk matrix" not in text


def test_findings_are_worded_where_shown(tmp_path, capsys):
    from styrapp.models.file.plan_file import open_plan
    from styrapp.models.services import levels, nodes

    path = tmp_path / "n.styrplan"
    assert _cli(capsys, "new", path, "--template", "norrtalje", "--name", "Norrtälje kommun", "--year", "2027")[0] == 0
    with open_plan(path) as plan:
        lv = {level.key: level.id for level in levels.levels(plan)}
        assignment = nodes.create_node(plan, level_id=lv["assignment"], title="Uppdrag utan mål")
        nodes.create_node(plan, level_id=lv["activity"], parent_id=assignment, title="Lös aktivitet")
    code, out, _ = _cli(capsys, "--language", "en", "check", path)
    assert code == 1
    assert "error: Aktivitet “Lös aktivitet” does not lead up to any goal (the red thread is missing)." in out


def test_the_global_goals_have_the_uns_english_names_and_their_swedish_ones():
    from styrapp.models.rules.agenda2030 import sdg_name

    with use_language("en"):
        assert [sdg_name(n) for n in (1, 2, 3, 17)] == ["No poverty", "Zero hunger", "Good health and well-being",
                                                        "Partnerships for the goals"]
    assert sdg_name(1) == "Ingen fattigdom" and sdg_name(13) == "Bekämpa klimatförändringarna"
