"""The whole-plan workbook's layout: its sheets, their Swedish column names and what each column holds.

The export writes these sheets and the import reads them, so both follow one list. Sheet and column
names are the file format: the same in every release, whatever the window's language.

    Plan         the organisation's and the plan's fields, one row each (Fält | Värde)
    Värdegrund   the values of the värdegrund in order, each its name and the text that explains it
    Enheter      the organisation's units as a tree (överordnad = the parent unit's uuid)
    Styrmodell   the levels; "Får stå under" names the levels a level may sit directly under
    Mål, Uppdrag the trees, one node a row, depth first; `överordnad` is the parent's uuid (empty at the
                 top) and `Nivå` the level's name. The columns Id, Djup, Överordnad (the parent's title),
                 Status and Indikatorer are there to read and kept for the files people already have
    Kopplingar   the red thread: a node that serves another (tjänar), an indicator that measures a node (mäter)
    Indikatorer, Mätvärden  as before, with the indicator's uuid on every value
    Perioder, Uppföljning   reporting periods and the follow-up of a node in a period
    Årshjul      its rings and events, one a row (Typ: ring or händelse)
    Risker, Kontroller   the risk analysis, and the control of each risk that has one
    Styrdokument, Nulägeskoll   governing documents (with the goals they steer), the nulägeskoll per unit
                 and year (with its key figures)
    Budget, Utfall   budget frames, and their outcome and forecast per period (Budgetutfall in earlier files)
    Kontrolluppföljning  the follow-up of a risk's control in a reporting period

Every row carries its record's `uuid` (a measured value: its indicator's). A reference to another
record holds that record's uuid; a sheet typed by hand may hold its name instead (a parent's title, a
unit's or a level's name), which the import looks up. A column a table gains later that no sheet
names yet is written under its own (English) column name and read back the same way, so nothing a
person typed is left out of the file.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from ..models.enums import (
    Assessment,
    AssignmentOrigin,
    BudgetKind,
    ControlOutcome,
    Direction,
    DocumentKind,
    EventKind,
    Frequency,
    NodeKind,
    OrganisationKind,
    Origin,
    PeriodKind,
    Progress,
    ReportKind,
    Status,
    Tree,
    UnitKind,
)


@dataclass(frozen=True)
class Column:
    """One column: its header, the table column it holds (None: only to read) and how its cells are read.
    kind: text, int, float, bool, date, datetime, bytes, enum, ref (a record's uuid or name), sdgs (the
    Agenda 2030 goals' numbers, "3; 11"), names (several names, "; "-separated)."""

    header: str
    field: str | None
    kind: str = "text"
    enum: type[StrEnum] | None = None
    target: str | None = None  # for ref: unit, level, node, period, ring, indicator
    aliases: tuple[str, ...] = ()  # the header's older names, read as well (files written by earlier releases)


def C(header, field, kind="text", enum=None, target=None, aliases=()) -> Column:  # noqa: N802 - a table of columns reads best short
    return Column(header, field, kind, enum, target, tuple(aliases))


def R(header, field, target, aliases=()) -> Column:  # noqa: N802
    return Column(header, field, "ref", None, target, tuple(aliases))


def E(header, field, enum, aliases=()) -> Column:  # noqa: N802
    return Column(header, field, "enum", enum, None, tuple(aliases))


def ReadOnly(header) -> Column:  # noqa: N802
    return Column(header, None)


PLAN, UNITS, LEVELS, GOALS, ASSIGNMENTS, LINKS = "Plan", "Enheter", "Styrmodell", "Mål", "Uppdrag", "Kopplingar"
INDICATORS, MEASUREMENTS, PERIODS, FOLLOW_UPS, WHEEL = "Indikatorer", "Mätvärden", "Perioder", "Uppföljning", "Årshjul"
RISKS, DOCUMENTS, REVIEWS, BUDGET, BUDGET_FIGURES = "Risker", "Styrdokument", "Nulägeskoll", "Budget", "Utfall"
CONTROLS, CONTROL_FOLLOW_UPS = "Kontroller", "Kontrolluppföljning"
OLD_BUDGET_FIGURES = "Budgetutfall"  # the sheet Utfall's name in the files of earlier releases, read as well
VALUES = "Värdegrund"
SHEETS = (PLAN, VALUES, UNITS, LEVELS, GOALS, ASSIGNMENTS, LINKS, INDICATORS, MEASUREMENTS, PERIODS, FOLLOW_UPS, WHEEL,
          RISKS, CONTROLS, DOCUMENTS, REVIEWS, BUDGET, BUDGET_FIGURES, CONTROL_FOLLOW_UPS)

PLAN_COLUMNS = ("Fält", "Värde")
# The rows of the sheet Plan: (label, table, column, kind, enum).
PLAN_FIELDS: tuple[tuple[str, str, str, str, type[StrEnum] | None], ...] = (
    ("Organisationens uuid", "organisation", "uuid", "text", None),
    ("Organisation", "organisation", "name", "text", None),
    ("Kortnamn", "organisation", "short_name", "text", None),
    ("Organisationsform", "organisation", "kind", "enum", OrganisationKind),
    ("Kommunkod", "organisation", "municipality_code", "code", None),
    ("Logotyp", "organisation", "logo", "bytes", None),
    ("Logotypens format", "organisation", "logo_mime", "text", None),
    ("Planens uuid", "plan", "uuid", "text", None),
    ("Titel", "plan", "title", "text", None),
    ("År", "plan", "year", "int", None),
    ("Vision", "plan", "vision", "text", None),
    ("Visionstext", "plan", "vision_text", "text", None),
    ("Värdegrund", "plan", "values", "text", None),
    ("Mandatperiod från", "plan", "term_start", "int", None),
    ("Mandatperiod till", "plan", "term_end", "int", None),
    ("Beslutad av", "plan", "decided_by", "text", None),
    ("Beslutsdatum", "plan", "decided_on", "date", None),
    ("Årshjulets första månad", "plan", "wheel_start_month", "int", None),
    ("Mall", "plan", "template", "text", None),
    ("Anteckning", "plan", "note", "text", None),
)
SETTING_PREFIX = "Inställning: "  # a plan setting's row: "Inställning: <key>" | its JSON value

VALUE_COLUMNS = (C("uuid", "uuid"), C("Namn", "name"), C("Text", "text"))

UNIT_COLUMNS = (C("uuid", "uuid"), C("Namn", "name"), C("Kortnamn", "short_name"), E("Typ", "kind", UnitKind),
                R("överordnad", "parent_id", "unit"), ReadOnly("Överordnad enhet"),
                C("Reglemente eller uppdrag", "mandate"), C("Chef", "manager"))

LEVEL_COLUMNS = (C("uuid", "uuid"), C("Nyckel", "key"), C("Namn", "name"), C("Plural", "plural"),
                 E("Sort", "kind", NodeKind), E("Träd", "tree", Tree), C("Färg", "colour"),
                 C("Får stå överst", "allowed_at_root", "bool"), C("Får stå under", "parents", "names"),
                 C("Beskrivning", "description"))

# The tree sheets' first columns are the ones earlier releases wrote (people's files rely on them).
TREE_COLUMNS = (ReadOnly("Id"), R("Nivå", "level_id", "level"), ReadOnly("Djup"), C("Titel", "title"),
                ReadOnly("Överordnad"), R("Ansvarig enhet", "owner_unit_id", "unit"), C("Ansvarig", "responsible"),
                ReadOnly("Status"), E("Läge", "progress", Progress), C("Startdatum", "start", "date"),
                C("Slutdatum", "due", "date"), ReadOnly("Indikatorer"), C("uuid", "uuid"),
                R("överordnad", "parent_id", "node"), C("Beskrivning", "description"),
                C("Så mäter vi", "how_measured"), E("Ursprung", "origin", Origin), C("Färg", "colour"),
                C("Agenda 2030", "sdgs", "sdgs"))
ASSIGNMENT_COLUMNS = TREE_COLUMNS + (
    C("Syfte", "purpose"), C("Förflyttning", "change"), C("Önskad nivå", "desired_level"),
    E("Uppdragets ursprung", "assignment_origin", AssignmentOrigin),
    C("Påverkar budgeten", "budget_impact", "bool"), C("Belopp (tkr)", "budget_amount_tkr", "float"),
    C("Så följs det upp", "follow_up_method"), C("Tidplan", "schedule"))

LINK_COLUMNS = (R("Från", "source", "any"), ReadOnly("Från (namn)"), R("Till", "target", "node"),
                ReadOnly("Till (namn)"), C("Sort", "kind"))
SERVES, MEASURES = "tjänar", "mäter"  # the words of the column Sort

INDICATOR_COLUMNS = (ReadOnly("Id"), C("Namn", "name"), C("Enhet", "unit"), C("Decimaler", "decimals", "int"),
                     E("Riktning", "direction", Direction), C("Jämförelsevärde", "baseline", "float"),
                     C("Jämförelseår", "baseline_year", "int"), C("Målvärde", "target", "float"),
                     C("Målår", "target_year", "int"), ReadOnly("Status"), C("Källa", "source"),
                     C("Kolada-id", "kolada_id", "code"), C("Kommunkod", "kolada_municipality", "code"),
                     C("Kolada-enhet", "kolada_ou", "code"), E("Frekvens", "frequency", Frequency),
                     C("Rapporteras till KF", "reported_to_council", "bool"),
                     R("Ansvarig enhet", "owner_unit_id", "unit"), C("Ansvarig", "responsible"), ReadOnly("Mål"),
                     C("uuid", "uuid"), C("Beskrivning", "description"), C("Könsuppdelad", "gender_split", "bool"),
                     E("Manuell status", "status_override", Status),
                     C("Skäl för manuell status", "status_override_reason"), C("Agenda 2030", "sdgs", "sdgs"))

MEASUREMENT_COLUMNS = (ReadOnly("Indikator-id"), R("Indikator", "indicator_name", "indicator"),
                       C("Period", "period", "period"), C("Datum", "date", "date"), C("Sort", "kind"),
                       C("Kön", "gender"), C("Värde", "value", "float"), C("Kommentar", "comment"),
                       C("Källa", "source"), R("Indikator-uuid", "indicator_id", "indicator"))

PERIOD_COLUMNS = (C("uuid", "uuid"), C("Namn", "name"), E("Sort", "kind", PeriodKind), C("År", "year", "int"),
                  C("Periodens slut", "period_end", "date"), C("Beslutsdatum", "due", "date"))

FOLLOW_UP_COLUMNS = (C("uuid", "uuid"), R("Nod-uuid", "node_id", "node"), ReadOnly("Mål eller uppdrag"),
                     R("Period-uuid", "period_id", "period"), ReadOnly("Period"), E("Status", "status", Status),
                     E("Bedömning", "assessment", Assessment), C("Analys", "analysis"),
                     C("Uppdaterad", "updated_at", "datetime"))

RING, EVENT = "ring", "händelse"  # the words of the Årshjul sheet's column Typ
WHEEL_COLUMNS = (C("uuid", "uuid"), C("Typ", "type"), R("Ring-uuid", "ring_id", "ring"), ReadOnly("Ring"),
                 C("Namn", "title"), C("Färg", "colour"), C("Synlig", "visible", "bool"),
                 C("Beskrivning", "description"), C("Start", "start", "date"), C("Slut", "end", "date"),
                 C("Ansvarig", "responsible"), C("Återkommer varje år", "recurring_yearly", "bool"),
                 E("Sort", "kind", EventKind), R("Period-uuid", "period_id", "period"), ReadOnly("Period"),
                 E("Rapport", "report_kind", ReportKind), C("Kalender-UID", "uid"))

# The flat sheets: intern kontroll, styrdokument, nulägeskoll and the budget, their headers in lower case as
# the issues write them (a header is found whatever its case). A unit is named by its uuid ("Enhet-uuid")
# and, to read, by its name ("enhet"), which a sheet typed by hand may give alone.
UNIT_REF = (R("Enhet-uuid", "unit_id", "unit"), ReadOnly("enhet"))
# Risker: the risk analysis; riskvärde (likelihood × consequence) is there to read. Kontroller: the control
# of each risk that has one (a chosen risk, or one whose control is written), the risk by its uuid or title.
RISK_COLUMNS = (C("uuid", "uuid"), C("år", "year", "int"), *UNIT_REF, C("risk", "title", aliases=("Titel",)),
                C("beskrivning", "description"), C("process", "process"), C("kategori", "category", "category"),
                C("sannolikhet", "likelihood", "int"), C("konsekvens", "consequence", "int"), ReadOnly("riskvärde"),
                C("vald", "chosen", "bool", aliases=("I internkontrollplanen",)))
CONTROL_COLUMNS = (R("Risk-uuid", "risk_id", "risk"), ReadOnly("risk"), C("kontrollmoment", "control"),
                   C("metod", "method"), C("ansvarig", "responsible"), E("frekvens", "frequency", Frequency),
                   C("rapporteras till", "reporting"), R("rapporteras i", "report_period_id", "period"))
DOCUMENT_COLUMNS = (C("uuid", "uuid"), C("titel", "title"), E("typ", "kind", DocumentKind, aliases=("Sort",)),
                    C("beslutad av", "decided_by"), C("beslutad", "decided_on", "date", aliases=("Beslutsdatum",)),
                    C("giltig till", "valid_until", "date", aliases=("Gäller till",)), *UNIT_REF,
                    ReadOnly("mål"), C("Mål-uuid", "goals", "names"), C("dokument", "location", aliases=("location",)),
                    C("diarienummer", "reference", aliases=("Diarienummer eller adress",)),
                    C("beskrivning", "description"))
# Nulägeskoll: Västerås's seven sections, each with the source of its facts (Norrtälje), and the key figures
# picked from the plan's indicators, by name in print order.
REVIEW_SECTIONS = (("mission", "nämndens uppdrag", "Uppdrag"), ("analysis", "vår samlade analys av nuläget", "Analys"),
                   ("needs", "behoven hos dem vi finns till för", "Behov"), ("results", "verksamhetens resultat", "Resultat"),
                   ("challenges", "verksamhetens största utmaningar", "Utmaningar"), ("key_figures", "nyckeltal", "Nyckeltal"),
                   ("trends", "trender och deras konsekvenser", "Trender"))
REVIEW_COLUMNS = (C("uuid", "uuid"), *UNIT_REF, C("år", "year", "int"),
                  *(C(header, field, aliases=(old,)) for field, header, old in REVIEW_SECTIONS),
                  *(C(f"källa: {header}", f"{field}_source", aliases=(f"{field}_source",))
                    for field, header, _old in REVIEW_SECTIONS),
                  ReadOnly("nyckeltal (indikatorer)"), C("Nyckeltal-uuid", "indicators", "names"))
# A list of names to read where its column of uuids is missing or empty (a sheet typed by hand).
NAMES_FALLBACKS = {DOCUMENTS: ("goals", "mål"), REVIEWS: ("indicators", "nyckeltal (indikatorer)")}
# Budget and Utfall: amounts in kronor, exact to the öre ("1 234 500,50"), stored as öre.
BUDGET_COLUMNS = (C("uuid", "uuid"), *UNIT_REF, C("år", "year", "int"), C("typ", "kind", "budgetkind", aliases=("Sort",)),
                  C("namn", "name"), C("ram (kr)", "frame_ore", "frame"))
BUDGET_FIGURE_COLUMNS = (C("uuid", "uuid"), *UNIT_REF, R("Period-uuid", "period_id", "period"),
                         ReadOnly("period"), C("typ", "kind", "budgetkind"),
                         R("Budgetrad-uuid", "line_id", "line"), ReadOnly("Budgetrad"),
                         C("utfall (kr)", "outcome_ore", "amount"), C("prognos (kr)", "forecast_ore", "amount"))
CONTROL_FOLLOW_UP_COLUMNS = (C("uuid", "uuid"), R("Risk-uuid", "risk_id", "risk"), ReadOnly("Risk"),
                             R("Period-uuid", "period_id", "period"), ReadOnly("Period"),
                             E("Utfall", "outcome", ControlOutcome), C("Iakttagelser", "findings"),
                             C("Beslutade åtgärder", "actions"), C("Uppdaterad", "updated_at", "datetime"))

# Columns only read, for the files earlier releases wrote: Risker's control (now on Kontroller), and the
# amounts in öre that the sheets Budget and Budgetutfall held under their table's own column names.
READ_ONLY = {RISKS: (C("Kontrollmoment", "control"), C("Ansvarig", "responsible"),
                     E("Frekvens", "frequency", Frequency), C("Rapportering", "reporting")),
             BUDGET: (C("frame_ore", "frame_ore", "int"),),
             BUDGET_FIGURES: (C("outcome_ore", "outcome_ore", "int"), C("forecast_ore", "forecast_ore", "int"))}

# The table behind each sheet, for the columns a table gains that no sheet names yet.
SHEET_TABLES = {VALUES: "plan_value", UNITS: "org_unit", LEVELS: "governance_level", GOALS: "node", ASSIGNMENTS: "node",
                INDICATORS: "indicator", PERIODS: "reporting_period", FOLLOW_UPS: "follow_up", RISKS: "risk",
                DOCUMENTS: "governing_document", REVIEWS: "situation_review", BUDGET: "budget_line",
                BUDGET_FIGURES: "budget_figure", CONTROL_FOLLOW_UPS: "control_follow_up"}
# Words of the column typ of Budget and Utfall (the enum's own words read as well).
BUDGET_KIND_WORDS = {BudgetKind.OPERATING.value: "drift", BudgetKind.INVESTMENT.value: "investering"}
# Columns the layout leaves out on purpose: identities of this file, order (the rows' order), links
# written on their own sheet.
NOT_WRITTEN = {"id", "position", "parent_id", "level_id", "ring_id", "node_id", "period_id", "indicator_id",
               "owner_unit_id", "unit_id", "line_id", "risk_id", "report_period_id"}

COLUMNS = {VALUES: VALUE_COLUMNS, UNITS: UNIT_COLUMNS, LEVELS: LEVEL_COLUMNS, GOALS: TREE_COLUMNS, ASSIGNMENTS: ASSIGNMENT_COLUMNS,
           LINKS: LINK_COLUMNS, INDICATORS: INDICATOR_COLUMNS, MEASUREMENTS: MEASUREMENT_COLUMNS,
           PERIODS: PERIOD_COLUMNS, FOLLOW_UPS: FOLLOW_UP_COLUMNS, WHEEL: WHEEL_COLUMNS, RISKS: RISK_COLUMNS,
           DOCUMENTS: DOCUMENT_COLUMNS, REVIEWS: REVIEW_COLUMNS, BUDGET: BUDGET_COLUMNS,
           BUDGET_FIGURES: BUDGET_FIGURE_COLUMNS, CONTROL_FOLLOW_UPS: CONTROL_FOLLOW_UP_COLUMNS, CONTROLS: CONTROL_COLUMNS}


def later_columns(sheet: str) -> tuple[Column, ...]:
    """The columns of the sheet's table that the layout does not name (added by a later release)."""
    from ..models.queries.exchange_rows import table_columns

    table = SHEET_TABLES.get(sheet)
    if table is None:
        return ()
    named = {column.field for column in COLUMNS[sheet]} | NOT_WRITTEN
    if sheet == GOALS:
        named |= {column.field for column in ASSIGNMENT_COLUMNS}
    if sheet == RISKS:
        named |= {column.field for column in CONTROL_COLUMNS}
    return tuple(Column(name, name, kind) for name, (kind, _nullable) in table_columns(table).items()
                 if name not in named)


def columns_of(sheet: str) -> tuple[Column, ...]:
    """The columns the import reads on the sheet."""
    return COLUMNS[sheet] + READ_ONLY.get(sheet, ()) + later_columns(sheet)


def written_columns(sheet: str) -> tuple[Column, ...]:
    """The columns the export writes on the sheet."""
    return COLUMNS[sheet] + later_columns(sheet)
