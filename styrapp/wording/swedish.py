"""The Swedish of every text a person reads in styrapp: English source text → Swedish.

One catalogue for the window (scripts/translate.py fills translations/styrapp_sv.ts from it for Qt) and
for the Qt-free parts (reports, CLI, refusals, findings, import reports), which look it up through
styrapp.wording. Each Swedish text is written once, in one of the parts it is
merged from (swedish_window.py, swedish_reports.py, swedish_messages.py,
swedish_imports.py, and one part per topic: swedish_plan_details.py,
swedish_indicators.py, swedish_periods.py, swedish_exchange.py, swedish_layout.py, swedish_control.py,
swedish_economy.py, swedish_review.py, swedish_years.py, swedish_rollover.py,
swedish_commissioner.py); tests check that every source text has its
Swedish, with the same blanks to fill.
"""


from .swedish_access import PART as _ACCESS
from .swedish_accessible import PART as _ACCESSIBLE
from .swedish_commissioner import PART as _COMMISSIONER
from .swedish_control import PART as _CONTROL
from .swedish_economy import PART as _ECONOMY
from .swedish_exchange import PART as _EXCHANGE
from .swedish_help import PART as _HELP
from .swedish_imports import PART as _IMPORTS
from .swedish_indicators import PART as _INDICATORS
from .swedish_layout import PART as _LAYOUT
from .swedish_messages import PART as _MESSAGES
from .swedish_periods import PART as _PERIODS
from .swedish_plan_details import PART as _PLAN_DETAILS
from .swedish_report_layout import PART as _REPORT_LAYOUT
from .swedish_report_styrmodell import PART as _REPORT_STYRMODELL
from .swedish_report_wheel import PART as _REPORT_WHEEL
from .swedish_reports import PART as _REPORTS
from .swedish_review import PART as _REVIEW
from .swedish_rollover import PART as _ROLLOVER
from .swedish_ship import PART as _SHIP
from .swedish_window import PART as _WINDOW
from .swedish_word import PART as _WORD
from .swedish_year_reports import PART as _YEAR_REPORTS
from .swedish_years import PART as _YEARS


def _merged(*parts: dict[str, str]) -> dict[str, str]:
    """The parts as one catalogue; a text translated two ways is a mistake, found at import."""
    out: dict[str, str] = {}
    for part in parts:
        for source, swedish in part.items():
            if out.get(source, swedish) != swedish:
                raise ValueError(f"two Swedish texts for {source!r}: {out[source]!r} and {swedish!r}")
            out[source] = swedish
    return out


SWEDISH: dict[str, str] = _merged(_WINDOW, _REPORTS, _MESSAGES, _IMPORTS, _PLAN_DETAILS, _INDICATORS, _PERIODS, _EXCHANGE,
                                   _LAYOUT, _CONTROL, _ECONOMY, _REVIEW, _YEARS, _ROLLOVER, _COMMISSIONER,
                                   _YEAR_REPORTS, _REPORT_STYRMODELL, _REPORT_WHEEL, _REPORT_LAYOUT, _ACCESSIBLE, _HELP,
                                   _ACCESS, _WORD, _SHIP)

PLURALS = {
    "Deleted the ring “%1” with %n event(s). Edit → Undo brings them back.":
        ("Ringen ”%1” togs bort med %n händelse. Redigera → Ångra tar tillbaka dem.",
         "Ringen ”%1” togs bort med %n händelser. Redigera → Ångra tar tillbaka dem."),
    "%n finding(s)": ("%n anmärkning", "%n anmärkningar"),
}
# The window's plural texts in English too: the source text's "(s)" is for the catalogue, not for a reader
# (translations/styrapp_en.ts carries only these).
ENGLISH_PLURALS = {
    "Deleted the ring “%1” with %n event(s). Edit → Undo brings them back.":
        ("Deleted the ring “%1” with %n event. Edit → Undo brings it back.",
         "Deleted the ring “%1” with %n events. Edit → Undo brings them back."),
    "%n finding(s)": ("%n finding", "%n findings"),
}
