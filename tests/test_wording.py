"""The words the reports, charts and the årshjul's picture print, in Swedish and English: every (English)
source text has its Swedish, with the same blanks to fill, and dates and numbers follow the language."""

from __future__ import annotations

import ast
import re
import string
from datetime import date
from pathlib import Path

from styrapp.models.enums import LABELS, Assessment, Frequency, Progress, Status
from styrapp.wording import (
    SWEDISH,
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
    """The literal text of every tr(...) call, and of every progress step, in the Qt-free source."""
    found = set()
    for path in [*PACKAGE.glob("reports/*.py"), *PACKAGE.glob("models/**/*.py"), *PACKAGE.glob("wording/*.py"),
                 *PACKAGE.glob("exchange/*.py"), *PACKAGE.glob("cli/*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            # progress: what the window shows; an import's step(progress, percent, what) has it third
            for position in {"tr": (0,), "step": (1, 2), "progress": (1,)}.get(name, ()):
                if (len(node.args) > position and isinstance(node.args[position], ast.Constant)
                        and isinstance(node.args[position].value, str)):
                    found.add(node.args[position].value)
    return found


def _texts_passed_through_tr() -> set[str]:
    """Texts kept in tables and given to tr() by name."""
    from styrapp.models.rules import risk
    from styrapp.reports import kinds, situation_report

    texts = set(risk.BAND_WORDS.values()) | {title for _key, title in situation_report.SECTIONS}
    texts |= {situation_report.CUT}
    texts |= {title for kind in kinds.KINDS for _key, title in kind.sections}
    texts |= {k.title for k in kinds.KINDS} | {k.subject for k in kinds.KINDS} | {k.about for k in kinds.KINDS}
    texts |= {word for value, word in LABELS.items() if isinstance(value, Status | Progress | Assessment | Frequency)}
    return texts


def test_every_printed_text_has_its_swedish():
    literals = _tr_literals()
    assert len(literals) > 80  # the scan does find the calls
    missing = sorted((literals | _texts_passed_through_tr()) - set(SWEDISH))
    assert missing == []


def test_the_swedish_has_the_same_blanks_to_fill():
    def blanks(text: str) -> set[str]:
        return {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name}

    wrong = [english for english, swedish in SWEDISH.items() if blanks(swedish) != blanks(english)]
    assert wrong == []
    printed = _tr_literals() | _texts_passed_through_tr()
    assert not [english for english in printed if re.search("[åäöÅÄÖ]", english)]


def test_numbers_and_dates_follow_the_language():
    assert number_text(13341) == "13\u00a0341"
    assert number_text(1234.5, 1) == "1\u00a0234,5"
    assert number_text(-0.25, 2) == "\u22120,25"  # the minus sign U+2212, as every report prints it (issue 19)
    assert long_date(date(2026, 5, 3)) == "3 maj 2026"
    assert month_short(10) == "okt"
    with use_language("en"):
        assert number_text(1234.5, 1) == "1,234.5"
        assert long_date(date(2026, 5, 3)) == "3 May 2026"
        assert tr("Page {page} of {pages}", page=2, pages=9) == "Page 2 of 9"
    assert tr("A text without its Swedish") == "A text without its Swedish"  # never lost, at worst English
    with use_language("en"):
        with use_language(None):  # None keeps the language of the block around it
            assert current_language() == "en"
    assert current_language() == "sv"
    assert tr("Page {page} of {pages}", page=2, pages=9) == "Sida 2 av 9"


def test_the_default_language_is_the_windows_own_until_a_block_says_otherwise():
    try:
        set_default_language("en")
        assert tr("Outcome") == "Outcome"
        with use_language("sv"):
            assert tr("Outcome") == "Utfall"
        set_default_language("xx")  # unknown: Swedish
        assert current_language() == "sv"
    finally:
        set_default_language("sv")


def test_a_reports_progress_speaks_the_windows_language_whatever_the_report_is_printed_in(tmp_path):
    from styrapp.models.content.demo import write_demo
    from styrapp.models.file.plan_file import open_plan
    from styrapp.reports.engine import ReportOptions, build_report

    said: list[str] = []
    try:
        set_default_language("en")
        with open_plan(write_demo(tmp_path / "demo.styrplan"), read_only=True) as plan:
            build_report(plan, "internkontroll", tmp_path / "ik.pdf", ReportOptions(language="sv"),
                         progress=lambda _percent, what: said.append(what) or True)
    finally:
        set_default_language("sv")
    assert "reading the risk analysis" in said and "laying out the pages" in said
    assert not [what for what in said if re.search("[åäö]", what)]


def test_the_catalogues_parts_never_translate_one_text_two_ways():
    import pytest

    from styrapp.wording.swedish import _merged

    assert _merged({"Save": "Spara"}, {"Save": "Spara", "Open": "Öppna"}) == {"Save": "Spara", "Open": "Öppna"}
    with pytest.raises(ValueError, match="two Swedish texts"):
        _merged({"Values": "Värdegrund"}, {"Values": "Mätvärden"})
