"""The words the Qt-free parts print — the PDF reports, their charts and the årshjul's picture — in
Swedish or English. The window has Qt's translations (translations/); these parts run without Qt (the
CLI, worker processes drawing charts), so their words are here.

Only the frame is translated: headings, column names, labels, status words, dates and numbers. What the
plan itself says (goal titles, analyses, the styrmodell's level names, period and unit names) is
printed as written.

The source text is the Swedish, so a report reads right even where a translation were missing (a test
checks that none is). The language is chosen for a stretch of work with `use_language("en")`; outside
one, the default (`set_default_language`, which the window sets to its own language) holds.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date

LANGUAGES = {"sv": "Svenska", "en": "English"}

_default = "sv"
_current: ContextVar[str | None] = ContextVar("styrapp_language", default=None)


def set_default_language(language: str) -> None:
    global _default
    _default = language if language in LANGUAGES else "sv"


def current_language() -> str:
    return _current.get() or _default


@contextmanager
def use_language(language: str | None) -> Iterator[None]:
    """Print in `language` (sv, en) inside the block; None keeps the current one."""
    token = _current.set(language if language in LANGUAGES else current_language())
    try:
        yield
    finally:
        _current.reset(token)


def tr(swedish: str, **values) -> str:
    """`swedish` in the current language, with {name} filled from `values`."""
    text = ENGLISH.get(swedish, swedish) if current_language() == "en" else swedish
    return text.format(**values) if values else text


def in_window_language(swedish: str) -> str:
    """`swedish` in the window's language, whatever a report is printed in: for what the window shows
    while it works (a report's progress)."""
    return ENGLISH.get(swedish, swedish) if _default == "en" else swedish


def capitalised(word: str) -> str:
    return word[:1].upper() + word[1:]


MONTHS_SV = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
             "november", "december")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December")


def month_name(month: int) -> str:
    return (MONTHS_EN if current_language() == "en" else MONTHS_SV)[month - 1]


def month_short(month: int) -> str:
    """jan, feb, mar … (English: Jan, Feb, Mar …)."""
    return month_name(month)[:3]


def long_date(day: date) -> str:
    """30 november 2026 (English: 30 November 2026)."""
    return f"{day.day} {month_name(day.month)} {day.year}"


def number_text(value: float, decimals: int = 0) -> str:
    """Swedish: 1 234,5 (a no-break space between thousands, a comma for decimals). English: 1,234.5."""
    text = f"{value:,.{decimals}f}"
    if current_language() == "en":
        return text
    return text.replace(",", "\u202f").replace(".", ",").replace("\u202f", "\u00a0")


# The English for every Swedish text the Qt-free parts print (tests/test_wording.py finds each tr() call
# in the source and checks that it is here).
ENGLISH: dict[str, str] = {
    # The report kinds and their covers, headers and footers
    "Verksamhetsplan": "Operational plan",
    "Uppdragsplan": "Assignment plan",
    "Uppföljning": "Follow-up",
    "Nulägeskoll": "Situation review",
    "Internkontrollplan": "Internal control plan",
    "Årshjul": "Annual wheel",
    "Verksamhetsplan: mål, indikatorer, uppdrag, årshjul och budget":
        "Operational plan: goals, indicators, assignments, annual wheel and budget",
    "Uppdragsplan: indikatorer och uppdrag": "Assignment plan: indicators and assignments",
    "Uppföljning av mål, indikatorer och ekonomi": "Follow-up of goals, indicators and finances",
    "Nulägeskoll, en sida per enhet": "Situation review, one page per unit",
    "Internkontrollplan med riskmatris": "Internal control plan with risk matrix",
    "Beslutad av {who} {day}": "Decided by {who} on {day}",
    "nämnden": "the committee",
    "Utskriven {day}": "Printed {day}",
    "Utskriven ur styrapp {day}": "Printed from styrapp {day}",
    "Sida {page} av {pages}": "Page {page} of {pages}",
    "Innehåll": "Contents",
    # Shared pieces
    "grön": "green",
    "gul": "yellow",
    "röd": "red",
    "ej bedömd": "not assessed",
    "ej påbörjad": "not started",
    "pågår": "ongoing",
    "klar": "done",
    "uppskjuten": "postponed",
    "avbruten": "cancelled",
    "uppfyllt": "met",
    "delvis uppfyllt": "partly met",
    "ej uppfyllt": "not met",
    "årligen": "yearly",
    "halvårsvis": "half-yearly",
    "tertialvis": "every four months",
    "kvartalsvis": "quarterly",
    "månadsvis": "monthly",
    "löpande": "continuously",
    "Summa": "Total",
    "Enhet": "Unit",
    "Ansvarig": "Responsible",
    "Tidplan": "Schedule",
    "Läge": "Progress",
    "Status": "Status",
    "Analys": "Analysis",
    "Uppdrag": "Assignments",
    "Indikator": "Indicator",
    "Indikatorer": "Indicators",
    "Målvärde": "Target",
    "Jämförelsevärde": "Baseline",
    "Senaste utfall": "Latest outcome",
    "Utfall t.o.m. {day}": "Outcome to {day}",
    "Ram (tkr)": "Frame (SEK thousand)",
    # Charts
    "Inga mätvärden ännu": "No values yet",
    "Kvinnor": "Women",
    "Män": "Men",
    "Utfall": "Outcome",
    "Prognos": "Forecast",
    "Målvärde{year}: {value}": "Target{year}: {value}",
    "Jämförelsevärde{year}: {value}": "Baseline{year}: {value}",
    "Källa: {source}": "Source: {source}",
    "Målens status per målområde": "Status of the goals per goal area",
    # Verksamhetsplan and uppdragsplan
    "Vision och värdegrund": "Vision and values",
    "Värdegrund": "Values",
    "Mål": "Goals",
    "Planen har inga mål ännu.": "The plan has no goals yet.",
    "Ansvarig: {who}": "Responsible: {who}",
    "Klart senast {day}": "Due {day}",
    "Så mäter vi: {how}": "How we measure it: {how}",
    "Uppdrag och aktiviteter": "Assignments and activities",
    "Budgetram": "Budget frame",
    "Budgetrad": "Budget line",
    "{name} (källa: {source})": "{name} (source: {source})",
    "KF målområde": "Council goal area",
    "Indikator/källa": "Indicator/source",
    "Önskat värde": "Desired value",
    "Aktuellt värde": "Current value",
    "Datum": "Date",
    "Budget\u00adpåverkan": "Budget impact",
    "Indikator KF": "Council indicator",
    "Planen har inga indikatorer ännu.": "The plan has no indicators yet.",
    "Syfte": "Purpose",
    "Planen har inga uppdrag ännu.": "The plan has no assignments yet.",
    # Uppföljning
    "Målen": "The goals",
    "Bedömning: {verdict}": "Assessment: {verdict}",
    "Ingen analys skriven för perioden.": "No analysis written for the period.",
    "Sammanfattning": "Summary",
    "Perioden omfattar tiden till och med {end}.": "The period runs to {end}.",
    "Perioden omfattar tiden till och med {end} och beslutas {due}.":
        "The period runs to {end} and is decided on {due}.",
    "Mål med röd status": "Goals with red status",
    "Inga mål har röd status i perioden.": "No goal has red status in the period.",
    "Ekonomi": "Finances",
    "Planen har ingen budget för året.": "The plan has no budget for the year.",
    "Helårsprognos": "Full-year forecast",
    "Avvikelse mot ram": "Deviation from frame",
    "Avvikelse: ram minus helårsprognos; ett negativt tal betyder underskott.":
        "Deviation: frame minus full-year forecast; a negative figure is a deficit.",
    # Nulägeskoll
    "Nämndens uppdrag": "The committee's mission",
    "Samlad analys av nuläget": "Overall analysis of the present situation",
    "Behoven hos dem vi finns till för": "The needs of those we serve",
    "Verksamhetens resultat": "Results of the operations",
    "De största utmaningarna": "The greatest challenges",
    "Nyckeltal": "Key figures",
    "Trender och deras konsekvenser": "Trends and their consequences",
    " … [förkortad – hela texten finns i planen]": " … [shortened – the full text is in the plan]",
    "Inte ifyllt.": "Not filled in.",
    "Planen har ingen nulägeskoll för {year}.": "The plan has no situation review for {year}.",
    "Planen har ingen nulägeskoll för {year} för {unit}.": "The plan has no situation review for {year} for {unit}.",
    "Nulägeskoll {year}: {unit}": "Situation review {year}: {unit}",
    "enheten": "the unit",
    # Internkontrollplan
    "Låg": "Low",
    "Måttlig": "Moderate",
    "Hög": "High",
    "Mycket hög": "Very high",
    "Riskmatris": "Risk matrix",
    "Varje risk bedöms efter sannolikhet och konsekvens (1–4). Riskvärdet är produkten; siffrorna i rutorna "
    "är riskernas nummer i tabellerna nedan.":
        "Each risk is rated by likelihood and consequence (1–4). The risk value is their product; the figures "
        "in the cells are the risks' numbers in the tables below.",
    "Nr": "No.",
    "Risk": "Risk",
    "Riskvärde": "Risk value",
    "Kontrollmoment": "Control",
    "Frekvens": "Frequency",
    "Rapportering": "Reporting",
    "Inga risker är valda till internkontrollplanen ännu.": "No risks are chosen for the internal control plan yet.",
    "Övriga risker i riskanalysen": "Other risks in the risk analysis",
    "Process": "Process",
    "Sannolikhet": "Likelihood",
    "Konsekvens": "Consequence",
    # Sections to choose on the Rapporter page
    "Målen med indikatorer": "The goals with indicators",
    "Diagram för indikatorerna": "Charts of the indicators",
    "Uppdrag och aktiviteter under målen": "Assignments and activities under the goals",
    # Progress while a report is made (in the window's language)
    "läser planen": "reading the plan",
    "läser målen": "reading the goals",
    "läser uppdragen": "reading the assignments",
    "läser uppdragen och ekonomin": "reading the assignments and finances",
    "läser indikatorerna": "reading the indicators",
    "läser riskanalysen": "reading the risk analysis",
    "lägger till årshjulet och budgeten": "adding the annual wheel and the budget",
    "skriver nulägeskollerna": "writing the situation reviews",
    "sätter sidorna": "laying out the pages",
    "ritar årshjulet": "drawing the annual wheel",
    "klart": "done",
    # The årshjul's picture
    "Årshjul {year}": "Annual wheel {year}",
    "idag {day}": "today {day}",
    "… och {count} till (se listan)": "… and {count} more (see the list)",
}
