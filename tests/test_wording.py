"""The words the reports, charts and the årshjul's picture print, in Swedish and English: every text
has its English, with the same blanks to fill, and dates and numbers follow the language."""

from __future__ import annotations

import ast
import re
import string
from datetime import date
from pathlib import Path

from styrapp.models.enums import SWEDISH, Assessment, Frequency, Progress, Status
from styrapp.wording import (
    ENGLISH,
    current_language,
    long_date,
    month_short,
    number_text,
    set_default_language,
    tr,
    use_language,
)

PACKAGE = Path(__file__).resolve().parents[1] / "styrapp"


def _tr_literals() -> set[str]:
    """The first argument of every tr(...) call with a literal text, in the Qt-free source."""
    found = set()
    for path in [*PACKAGE.glob("reports/*.py"), *PACKAGE.glob("models/*.py"), PACKAGE / "wording.py"]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "tr"
                    and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                found.add(node.args[0].value)
    return found


def _texts_passed_through_tr() -> set[str]:
    """Texts kept in tables and given to tr() by name."""
    from styrapp.reports import control_report, engine, report_settings, situation_report

    texts = set(control_report.LEVEL.values()) | {title for _key, title in situation_report.SECTIONS}
    texts |= {situation_report.CUT}
    texts |= {title for kind in report_settings.SECTIONS.values() for _key, title in kind}
    texts |= {k.title for k in engine._kinds().values()} | {k.subject for k in engine._kinds().values()}
    texts |= {word for value, word in SWEDISH.items() if isinstance(value, Status | Progress | Assessment | Frequency)}
    return texts


def test_every_printed_text_has_its_english():
    literals = _tr_literals()
    assert len(literals) > 80  # the scan does find the calls
    missing = sorted((literals | _texts_passed_through_tr()) - set(ENGLISH))
    assert missing == []


def test_the_english_has_the_same_blanks_to_fill():
    def blanks(text: str) -> set[str]:
        return {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name}

    wrong = [swedish for swedish, english in ENGLISH.items() if blanks(swedish) != blanks(english)]
    assert wrong == []
    assert not [english for english in ENGLISH.values() if re.search("[åäöÅÄÖ]", english)]


def test_numbers_and_dates_follow_the_language():
    assert number_text(13341) == "13\u00a0341"
    assert number_text(1234.5, 1) == "1\u00a0234,5"
    assert number_text(-0.25, 2) == "-0,25"
    assert long_date(date(2026, 5, 3)) == "3 maj 2026"
    assert month_short(10) == "okt"
    with use_language("en"):
        assert number_text(1234.5, 1) == "1,234.5"
        assert long_date(date(2026, 5, 3)) == "3 May 2026"
        assert tr("Sida {page} av {pages}", page=2, pages=9) == "Page 2 of 9"
        assert tr("En text utan översättning") == "En text utan översättning"  # never lost, at worst Swedish
        with use_language(None):  # None keeps the language of the block around it
            assert current_language() == "en"
    assert current_language() == "sv"
    assert tr("Sida {page} av {pages}", page=2, pages=9) == "Sida 2 av 9"


def test_the_default_language_is_the_windows_own_until_a_block_says_otherwise():
    try:
        set_default_language("en")
        assert tr("Utfall") == "Outcome"
        with use_language("sv"):
            assert tr("Utfall") == "Utfall"
        set_default_language("xx")  # unknown: Swedish
        assert current_language() == "sv"
    finally:
        set_default_language("sv")
