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
    Risker, Styrdokument, Nulägeskoll, Budget, Budgetutfall   intern kontroll, governing documents,
                 the nulägeskoll per unit and year, budget lines and their outcome per period
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


def C(header, field, kind="text", enum=None, target=None) -> Column:  # noqa: N802 - a table of columns reads best short
    return Column(header, field, kind, enum, target)


def R(header, field, target) -> Column:  # noqa: N802
    return Column(header, field, "ref", None, target)


def E(header, field, enum) -> Column:  # noqa: N802
    return Column(header, field, "enum", enum)


def ReadOnly(header) -> Column:  # noqa: N802
    return Column(header, None)


PLAN, UNITS, LEVELS, GOALS, ASSIGNMENTS, LINKS = "Plan", "Enheter", "Styrmodell", "Mål", "Uppdrag", "Kopplingar"
INDICATORS, MEASUREMENTS, PERIODS, FOLLOW_UPS, WHEEL = "Indikatorer", "Mätvärden", "Perioder", "Uppföljning", "Årshjul"
RISKS, DOCUMENTS, REVIEWS, BUDGET, BUDGET_FIGURES = "Risker", "Styrdokument", "Nulägeskoll", "Budget", "Budgetutfall"
CONTROL_FOLLOW_UPS = "Kontrolluppföljning"
VALUES = "Värdegrund"
SHEETS = (PLAN, VALUES, UNITS, LEVELS, GOALS, ASSIGNMENTS, LINKS, INDICATORS, MEASUREMENTS, PERIODS, FOLLOW_UPS, WHEEL,
          RISKS, DOCUMENTS, REVIEWS, BUDGET, BUDGET_FIGURES, CONTROL_FOLLOW_UPS)

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

# The flat sheets: intern kontroll, styrdokument, nulägeskoll and the budget. A unit is named by its uuid
# ("Enhet-uuid") and, to read, by its name ("Enhet"), which a sheet typed by hand may give alone.
UNIT_REF = (R("Enhet-uuid", "unit_id", "unit"), ReadOnly("Enhet"))
RISK_COLUMNS = (C("uuid", "uuid"), C("År", "year", "int"), *UNIT_REF, C("Process", "process"), C("Titel", "title"),
                C("Beskrivning", "description"), C("Sannolikhet", "likelihood", "int"),
                C("Konsekvens", "consequence", "int"), C("I internkontrollplanen", "chosen", "bool"),
                C("Kontrollmoment", "control"), C("Ansvarig", "responsible"), E("Frekvens", "frequency", Frequency),
                C("Rapportering", "reporting"))
DOCUMENT_COLUMNS = (C("uuid", "uuid"), C("Titel", "title"), E("Sort", "kind", DocumentKind),
                    C("Beslutad av", "decided_by"), C("Beslutsdatum", "decided_on", "date"),
                    C("Gäller till", "valid_until", "date"), *UNIT_REF, C("Diarienummer eller adress", "reference"),
                    C("Beskrivning", "description"))
REVIEW_COLUMNS = (C("uuid", "uuid"), *UNIT_REF, C("År", "year", "int"), C("Uppdrag", "mission"),
                  C("Analys", "analysis"), C("Behov", "needs"), C("Resultat", "results"),
                  C("Utmaningar", "challenges"), C("Nyckeltal", "key_figures"), C("Trender", "trends"))
BUDGET_COLUMNS = (C("uuid", "uuid"), *UNIT_REF, C("År", "year", "int"), E("Sort", "kind", BudgetKind),
                  C("Namn", "name"), C("Ram (tkr)", "frame_tkr", "float"))
BUDGET_FIGURE_COLUMNS = (C("uuid", "uuid"), R("Budgetrad-uuid", "line_id", "line"), ReadOnly("Budgetrad"),
                         R("Period-uuid", "period_id", "period"), ReadOnly("Period"),
                         C("Utfall (tkr)", "outcome_tkr", "float"), C("Helårsprognos (tkr)", "forecast_tkr", "float"))
CONTROL_FOLLOW_UP_COLUMNS = (C("uuid", "uuid"), R("Risk-uuid", "risk_id", "risk"), ReadOnly("Risk"),
                             R("Period-uuid", "period_id", "period"), ReadOnly("Period"),
                             E("Utfall", "outcome", ControlOutcome), C("Iakttagelser", "findings"),
                             C("Beslutade åtgärder", "actions"), C("Uppdaterad", "updated_at", "datetime"))

# The table behind each sheet, for the columns a table gains that no sheet names yet.
SHEET_TABLES = {VALUES: "plan_value", UNITS: "org_unit", LEVELS: "governance_level", GOALS: "node", ASSIGNMENTS: "node",
                INDICATORS: "indicator", PERIODS: "reporting_period", FOLLOW_UPS: "follow_up", RISKS: "risk",
                DOCUMENTS: "governing_document", REVIEWS: "situation_review", BUDGET: "budget_line",
                BUDGET_FIGURES: "budget_figure", CONTROL_FOLLOW_UPS: "control_follow_up"}
# Columns the layout leaves out on purpose: identities of this file, order (the rows' order), links
# written on their own sheet.
NOT_WRITTEN = {"id", "position", "parent_id", "level_id", "ring_id", "node_id", "period_id", "indicator_id",
               "owner_unit_id", "unit_id", "line_id", "risk_id"}

COLUMNS = {VALUES: VALUE_COLUMNS, UNITS: UNIT_COLUMNS, LEVELS: LEVEL_COLUMNS, GOALS: TREE_COLUMNS, ASSIGNMENTS: ASSIGNMENT_COLUMNS,
           LINKS: LINK_COLUMNS, INDICATORS: INDICATOR_COLUMNS, MEASUREMENTS: MEASUREMENT_COLUMNS,
           PERIODS: PERIOD_COLUMNS, FOLLOW_UPS: FOLLOW_UP_COLUMNS, WHEEL: WHEEL_COLUMNS, RISKS: RISK_COLUMNS,
           DOCUMENTS: DOCUMENT_COLUMNS, REVIEWS: REVIEW_COLUMNS, BUDGET: BUDGET_COLUMNS,
           BUDGET_FIGURES: BUDGET_FIGURE_COLUMNS, CONTROL_FOLLOW_UPS: CONTROL_FOLLOW_UP_COLUMNS}


def later_columns(sheet: str) -> tuple[Column, ...]:
    """The columns of the sheet's table that the layout does not name (added by a later release)."""
    from ..models.queries.exchange_rows import table_columns

    table = SHEET_TABLES.get(sheet)
    if table is None:
        return ()
    named = {column.field for column in COLUMNS[sheet]} | NOT_WRITTEN
    if sheet == GOALS:
        named |= {column.field for column in ASSIGNMENT_COLUMNS}
    return tuple(Column(name, name, kind) for name, (kind, _nullable) in table_columns(table).items()
                 if name not in named)


def columns_of(sheet: str) -> tuple[Column, ...]:
    return COLUMNS[sheet] + later_columns(sheet)
