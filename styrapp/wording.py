"""The words the Qt-free parts print — the PDF reports, their charts and the årshjul's picture — in
Swedish or English. The window has Qt's translations (translations/); these parts run without Qt (the
CLI, worker processes drawing charts), so their words are here.

Only the frame is translated: headings, column names, labels, status words, dates and numbers. What the
plan itself says (goal titles, analyses, the styrmodell's level names, period and unit names) is
printed as written.

The source text is the English, as in the window's tr(); `SWEDISH` holds the Swedish for each (a test
checks that every text has it, with the same blanks to fill). The language is chosen for a stretch of work with `use_language("en")`; outside
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


def tr(english: str, **values) -> str:
    """`english` in the current language, with {name} filled from `values`."""
    text = SWEDISH.get(english, english) if current_language() == "sv" else english
    return text.format(**values) if values else text


def in_window_language(english: str) -> str:
    """`english` in the window's language, whatever a report is printed in: for what the window shows
    while it works (a report's progress)."""
    return SWEDISH.get(english, english) if _default == "sv" else english


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


# The Swedish for every English text the Qt-free parts print (tests/test_wording.py finds each tr() call
# in the source and checks that it is here).
SWEDISH: dict[str, str] = {
    # The report kinds and their covers, headers and footers
    "Operational plan": "Verksamhetsplan",
    "Assignment plan": "Uppdragsplan",
    "Follow-up": "Uppföljning",
    "Situation review": "Nulägeskoll",
    "Internal control plan": "Internkontrollplan",
    "Annual wheel": "Årshjul",
    "Operational plan: goals, indicators, assignments, annual wheel and budget":
        "Verksamhetsplan: mål, indikatorer, uppdrag, årshjul och budget",
    "Assignment plan: indicators and assignments": "Uppdragsplan: indikatorer och uppdrag",
    "Follow-up of goals, indicators and finances": "Uppföljning av mål, indikatorer och ekonomi",
    "Situation review, one page per unit": "Nulägeskoll, en sida per enhet",
    "Internal control plan with risk matrix": "Internkontrollplan med riskmatris",
    "Decided by {who} on {day}": "Beslutad av {who} {day}",
    "the committee": "nämnden",
    "Printed {day}": "Utskriven {day}",
    "Printed from styrapp {day}": "Utskriven ur styrapp {day}",
    "Page {page} of {pages}": "Sida {page} av {pages}",
    "Contents": "Innehåll",
    # Shared pieces
    "green": "grön",
    "yellow": "gul",
    "red": "röd",
    "not assessed": "ej bedömd",
    "not started": "ej påbörjad",
    "ongoing": "pågår",
    "done": "klar",
    "postponed": "uppskjuten",
    "cancelled": "avbruten",
    "met": "uppfyllt",
    "partly met": "delvis uppfyllt",
    "not met": "ej uppfyllt",
    "yearly": "årligen",
    "half-yearly": "halvårsvis",
    "every four months": "tertialvis",
    "quarterly": "kvartalsvis",
    "monthly": "månadsvis",
    "continuously": "löpande",
    "Sum": "Summa",
    "Unit": "Enhet",
    "Responsible": "Ansvarig",
    "Schedule": "Tidplan",
    "Progress": "Läge",
    "Status": "Status",
    "Analysis": "Analys",
    "Assignments": "Uppdrag",
    "Indicator": "Indikator",
    "Indicators": "Indikatorer",
    "Target": "Målvärde",
    "Baseline": "Jämförelsevärde",
    "Latest outcome": "Senaste utfall",
    "Outcome to {day}": "Utfall t.o.m. {day}",
    "Frame (SEK thousand)": "Ram (tkr)",
    # Charts
    "No values yet": "Inga mätvärden ännu",
    "Women": "Kvinnor",
    "Men": "Män",
    "Outcome": "Utfall",
    "Forecast": "Prognos",
    "Target{year}: {value}": "Målvärde{year}: {value}",
    "Baseline{year}: {value}": "Jämförelsevärde{year}: {value}",
    "Source: {source}": "Källa: {source}",
    "Status of the goals per goal area": "Målens status per målområde",
    # Verksamhetsplan and uppdragsplan
    "Vision and values": "Vision och värdegrund",
    "Values": "Värdegrund",
    "Goals": "Mål",
    "The plan has no goals yet.": "Planen har inga mål ännu.",
    "Responsible: {who}": "Ansvarig: {who}",
    "Due {day}": "Klart senast {day}",
    "How we measure it: {how}": "Så mäter vi: {how}",
    "Assignments and activities": "Uppdrag och aktiviteter",
    "Budget frame": "Budgetram",
    "Budget line": "Budgetrad",
    "{name} (source: {source})": "{name} (källa: {source})",
    "Council goal area": "KF målområde",
    "Indicator/source": "Indikator/källa",
    "Desired value": "Önskat värde",
    "Current value": "Aktuellt värde",
    "Date": "Datum",
    "Budget impact": "Budget\u00adpåverkan",
    "Council indicator": "Indikator KF",
    "The plan has no indicators yet.": "Planen har inga indikatorer ännu.",
    "Purpose": "Syfte",
    "The plan has no assignments yet.": "Planen har inga uppdrag ännu.",
    # Uppföljning
    "The goals": "Målen",
    "Assessment: {verdict}": "Bedömning: {verdict}",
    "No analysis written for the period.": "Ingen analys skriven för perioden.",
    "Summary": "Sammanfattning",
    "The period runs to {end}.": "Perioden omfattar tiden till och med {end}.",
    "The period runs to {end} and is decided on {due}.":
        "Perioden omfattar tiden till och med {end} och beslutas {due}.",
    "Goals with red status": "Mål med röd status",
    "No goal has red status in the period.": "Inga mål har röd status i perioden.",
    "Finances": "Ekonomi",
    "The plan has no budget for the year.": "Planen har ingen budget för året.",
    "Full-year forecast": "Helårsprognos",
    "Deviation from frame": "Avvikelse mot ram",
    "Deviation: frame minus full-year forecast; a negative figure is a deficit.":
        "Avvikelse: ram minus helårsprognos; ett negativt tal betyder underskott.",
    # Nulägeskoll
    "The committee's mission": "Nämndens uppdrag",
    "Overall analysis of the present situation": "Samlad analys av nuläget",
    "The needs of those we serve": "Behoven hos dem vi finns till för",
    "Results of the operations": "Verksamhetens resultat",
    "The greatest challenges": "De största utmaningarna",
    "Key figures": "Nyckeltal",
    "Trends and their consequences": "Trender och deras konsekvenser",
    " … [shortened – the full text is in the plan]": " … [förkortad – hela texten finns i planen]",
    "Not filled in.": "Inte ifyllt.",
    "The plan has no situation review for {year}.": "Planen har ingen nulägeskoll för {year}.",
    "The plan has no situation review for {year} for {unit}.": "Planen har ingen nulägeskoll för {year} för {unit}.",
    "Situation review {year}: {unit}": "Nulägeskoll {year}: {unit}",
    "the unit": "enheten",
    # Internkontrollplan
    "Low": "Låg",
    "Moderate": "Måttlig",
    "High": "Hög",
    "Very high": "Mycket hög",
    "Risk matrix": "Riskmatris",
    "Each risk is rated by likelihood and consequence (1–4). The risk value is their product; the figures in the cells are the risks' numbers in the tables below.":
        "Varje risk bedöms efter sannolikhet och konsekvens (1–4). Riskvärdet är produkten; siffrorna i rutorna är riskernas nummer i tabellerna nedan.",
    "No.": "Nr",
    "Risk": "Risk",
    "Risk value": "Riskvärde",
    "Control": "Kontrollmoment",
    "Frequency": "Frekvens",
    "Reporting": "Rapportering",
    "No risks are chosen for the internal control plan yet.": "Inga risker är valda till internkontrollplanen ännu.",
    "Other risks in the risk analysis": "Övriga risker i riskanalysen",
    "Process": "Process",
    "Likelihood": "Sannolikhet",
    "Consequence": "Konsekvens",
    # Sections to choose on the Rapporter page
    "The goals with indicators": "Målen med indikatorer",
    "Charts of the indicators": "Diagram för indikatorerna",
    "Assignments and activities under the goals": "Uppdrag och aktiviteter under målen",
    # Progress while a report is made (in the window's language)
    "reading the plan": "läser planen",
    "reading the goals": "läser målen",
    "reading the assignments": "läser uppdragen",
    "reading the assignments and finances": "läser uppdragen och ekonomin",
    "reading the indicators": "läser indikatorerna",
    "reading the risk analysis": "läser riskanalysen",
    "adding the annual wheel and the budget": "lägger till årshjulet och budgeten",
    "writing the situation reviews": "skriver nulägeskollerna",
    "laying out the pages": "sätter sidorna",
    "drawing the annual wheel": "ritar årshjulet",
    "finished": "klart",
    # The årshjul's picture
    "Annual wheel {year}": "Årshjul {year}",
    "today {day}": "idag {day}",
    "… and {count} more (see the list)": "… och {count} till (se listan)",
}
