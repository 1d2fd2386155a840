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
NOT_SCANNED: set[str] = set()

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
    assert error.text("sv") == "Ringens namn måste fyllas i."
    assert error.text("en") == "The ring's name must not be empty."
    assert error.message == str(error) == "Ringens namn måste fyllas i."  # the default: Swedish
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
    from styrapp.models.queries import levels
    from styrapp.models.services import nodes, wheel
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
    from styrapp.models.queries import levels
    from styrapp.models.services import nodes

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


# --- the importers' refusals and reports, through the CLI in each language --------------------------


def _spoilt_workbook(tmp_path, demo_master):
    from openpyxl import load_workbook

    from styrapp.exchange.excel import export_xlsx
    from styrapp.models.file.plan_file import open_plan

    with open_plan(demo_master, read_only=True) as plan:
        path = export_xlsx(plan, tmp_path / "plan.xlsx")
    book = load_workbook(path)
    book["Mätvärden"]["G5"] = "ungefär 70"  # text where a number belongs
    book.save(path)
    return path


def _bad_files(tmp_path, demo_master) -> dict[str, Path]:
    from tests.conftest import REALDATA

    kolada = tmp_path / "avkortad.json"
    kolada.write_text((REALDATA / "kolada" / "fagersta_norberg_n01951_n00945.v2.json").read_text()[:500])
    calendar = tmp_path / "kalender.ics"
    calendar.write_text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:1\r\nDTSTART:20270101\r\nEND:VEVENT\r\n")
    unknown = tmp_path / "plan.docx"
    unknown.write_text("ett brev")
    return {"kolada": kolada, "xlsx": _spoilt_workbook(tmp_path, demo_master), "ics": calendar, "unknown": unknown}


# The file's own names in a message: the file names, and the sheet a cell is on.
_DATA = ("avkortad.json", "kalender.ics", "plan.docx", "plan.xlsx", "Mätvärden")


def _without_data(text: str, data=()) -> str:
    for name in (*_DATA, *data):
        text = text.replace(name, "")
    return text


@pytest.mark.parametrize("kind", ["kolada", "xlsx", "ics", "unknown"])
def test_every_importers_refusal_reaches_the_cli_in_its_language(tmp_path, capsys, demo_master, demo_path, kind):
    path = _bad_files(tmp_path, demo_master)[kind]
    code, out, en = _cli(capsys, "--language", "en", "import", demo_path, path)
    assert code == 2 and out == "" and en.startswith("styrapp-cli: ")
    code, out, sv = _cli(capsys, "import", demo_path, path)
    assert code == 2 and sv.startswith("styrapp-cli: ")
    assert en != sv
    assert _foreign(_without_data(en), "en") == set(), en
    assert _foreign(_without_data(sv), "sv") == set(), sv


def test_a_file_of_no_known_format_is_refused_in_each_language(tmp_path, demo):
    from styrapp.exchange.importing import import_file
    from styrapp.exchange.kolada import ImportRefused

    with pytest.raises(ImportRefused) as refused:
        import_file(demo, tmp_path / "plan.docx", fmt="docx")
    assert refused.value.text("en") == ("styrapp does not know which format plan.docx has (Kolada JSON, Kolada CSV, "
                                        "Excel or iCalendar).")
    assert "vet inte vilket format plan.docx har" in refused.value.text("sv")
    assert not _foreign(_without_data(refused.value.text("en")), "en")
    assert not _foreign(_without_data(refused.value.text("sv")), "sv")


def _plan_names(path) -> list[str]:
    """The plan's own names (indicators, rings): printed as written."""
    import sqlite3

    with sqlite3.connect(path) as db:
        names = [row[0] for row in db.execute("SELECT name FROM indicator")]
        names += [row[0] for row in db.execute("SELECT name FROM wheel_ring")]
    return sorted(names, key=len, reverse=True)


def test_an_import_report_in_english_has_no_swedish_but_the_plans_own_names(capsys, demo_path):
    from tests.conftest import REALDATA

    source = REALDATA / "kolada" / "fagersta_norberg_n01951_n00945.v2.json"
    code, out, _err = _cli(capsys, "--language", "en", "import", demo_path, source)
    assert code == 0
    assert out.startswith("Imported 78 values (")
    assert "Skipped 26 values:" in out and "the KPI N00945 is not among the plan's indicators" in out
    assert "Invånare i Fagersta: 39" in out  # the plan's own name, as written
    assert _foreign(_without_data(out, _plan_names(demo_path)), "en") == set(), out
    code, out, _err = _cli(capsys, "import", demo_path, source)  # Swedish unless told
    assert code == 0 and "Hoppade över 26 värden:" in out
    assert _foreign(_without_data(out, _plan_names(demo_path)), "sv") == set(), out


@pytest.mark.parametrize(("name", "year"), [("valid/icalendar__created_calendar_with_unicode_fields.ics", 2010),
                                          ("quirky/icalendar__multiple_calendar_components.ics", 2003),
                                          ("quirky/icalendar__parsing_error.ics", 2008),
                                          ("quirky/icaljs__google_birthday.ics", 2013),  # and two in other years
                                          ("valid/icaljs__daily_recur.ics", 2026)])
def test_a_calendar_import_report_in_each_language(capsys, tmp_path, demo_master, name, year):
    import shutil

    from styrapp.models.file.plan_file import open_plan
    from styrapp.models.services.organisation import update_plan
    from tests.conftest import REALDATA

    reports = {}
    for language in ("en", "sv"):
        plan = tmp_path / f"{language}.styrplan"
        shutil.copyfile(demo_master, plan)
        with open_plan(plan) as opened:
            update_plan(opened, year=year)  # the wheel shows the plan year: the file's year
        code, out, err = _cli(capsys, "--language", language, "import", plan, REALDATA / "ics" / name)
        assert code == 0, err
        reports[language] = _without_data(out, _plan_names(plan) + [Path(name).name])
    assert _foreign(reports["en"], "en") == set(), reports["en"]
    assert _foreign(reports["sv"], "sv") == set(), reports["sv"]
    assert "in the calendar" in reports["en"] and "i kalendern" in reports["sv"]


def test_an_excel_import_report_and_an_import_in_progress_speak_the_language(tmp_path, capsys, demo_master, demo):
    from styrapp.exchange.excel import export_xlsx
    from styrapp.exchange.importing import import_file
    from styrapp.models.file.plan_file import open_plan

    with open_plan(demo_master, read_only=True) as plan:
        path = export_xlsx(plan, tmp_path / "plan.xlsx")
    said: list[str] = []
    with use_language("en"):
        report = import_file(demo, path, progress=lambda _percent, what: said.append(what) or True)
        lines = report.lines()
    # The export is the whole plan: brought back into the same plan, it changes nothing and says so.
    assert "Indicators: 0 new, 0 changed, 11 unchanged." in lines
    assert lines[-1] == "Nothing changed: the plan already holds what the file says."
    assert said == ["Reading the file", "Writing the plan"]
    assert "Indikatorer: 0 nya, 0 ändrade, 11 oförändrade." in report.lines()  # worded again where shown
