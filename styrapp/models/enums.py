"""The fixed vocabularies of the domain, as string enums stored by value.

Values are English identifiers (see shared/GLOSSARY.md); the words a person reads are `LABELS` (English,
the source of the word catalogue) worded by `label()`, so the CLI, the GUI and the reports name each
value the same way in either language.
"""

from __future__ import annotations

from enum import StrEnum

from ..wording import tr
from ..wording.swedish import SWEDISH as CATALOGUE


class OrganisationKind(StrEnum):
    MUNICIPALITY = "municipality"  # kommun
    REGION = "region"
    FEDERATION = "federation"  # kommunalförbund


class UnitKind(StrEnum):
    COUNCIL = "council"  # kommunfullmäktige
    BOARD = "board"  # kommunstyrelse / förbundsdirektion
    COMMITTEE = "committee"  # nämnd
    COMPANY = "company"  # bolag
    ADMINISTRATION = "administration"  # förvaltning
    DEPARTMENT = "department"  # avdelning
    UNIT = "unit"  # enhet


class NodeKind(StrEnum):
    GOAL = "goal"
    ASSIGNMENT = "assignment"  # uppdrag
    MEASURE = "measure"  # åtgärd
    ACTIVITY = "activity"  # aktivitet


class Tree(StrEnum):
    """Which editor a level lives in: the goal tree or the uppdrag tree."""

    GOALS = "goals"
    ASSIGNMENTS = "assignments"


class Origin(StrEnum):
    OWN = "own"  # egna mål
    COMMISSIONER = "commissioner"  # uppdragsgivarens mål


class AssignmentOrigin(StrEnum):
    """Ursprung: where an uppdrag comes from (Askersund)."""

    INDICATOR = "indicator"
    INITIATIVE = "initiative"
    PROGRAMME = "programme"
    COUNCIL = "council"
    OTHER = "other"


class Progress(StrEnum):
    NOT_STARTED = "not_started"
    ONGOING = "ongoing"
    DONE = "done"
    POSTPONED = "postponed"
    CANCELLED = "cancelled"


class LinkKind(StrEnum):
    SERVES = "serves"  # an uppdrag serves a goal, an aktivitet serves an uppdrag


class Direction(StrEnum):
    HIGHER = "higher"  # higher is better
    LOWER = "lower"


class Frequency(StrEnum):
    YEARLY = "yearly"
    SEMIANNUAL = "semiannual"
    TERTIAL = "tertial"
    QUARTERLY = "quarterly"
    MONTHLY = "monthly"
    CONTINUOUS = "continuous"


class Gender(StrEnum):
    TOTAL = "T"
    WOMEN = "K"
    MEN = "M"


# The order the grid, the charts and the exports show them in: totalt, kvinnor, män.
GENDER_ORDER = ("T", "K", "M")


class MeasurementKind(StrEnum):
    ACTUAL = "actual"  # utfall
    FORECAST = "forecast"  # prognos
    TARGET = "target"  # målvärde for one period


class Status(StrEnum):
    GREEN = "green"
    YELLOW = "yellow"
    RED = "red"
    UNKNOWN = "unknown"


class Assessment(StrEnum):
    MET = "met"  # uppfyllt
    PARTLY_MET = "partly_met"  # delvis uppfyllt
    NOT_MET = "not_met"  # ej uppfyllt


class PeriodKind(StrEnum):
    MONTHLY_REPORT = "monthly_report"
    TERTIAL_REPORT = "tertial_report"
    INTERIM_REPORT = "interim_report"  # delårsrapport
    INTERIM_ACCOUNTS = "interim_accounts"  # delårsbokslut
    ANNUAL_REPORT = "annual_report"  # årsredovisning
    OTHER = "other"


class EventKind(StrEnum):
    COMMITTEE_MEETING = "committee_meeting"
    REPORT = "report"
    DIALOGUE = "dialogue"
    DECISION = "decision"
    BUDGET = "budget"
    OTHER = "other"


class ReportKind(StrEnum):
    OPERATIONAL_PLAN = "operational_plan"  # verksamhetsplan
    ASSIGNMENT_PLAN = "assignment_plan"  # uppdragsplan
    FOLLOW_UP = "follow_up"  # uppföljningsrapport
    SITUATION_REVIEW = "situation_review"  # nulägeskoll
    INTERNAL_CONTROL = "internal_control"  # internkontrollplan
    ANNUAL_WHEEL = "annual_wheel"  # årshjul


class BudgetKind(StrEnum):
    OPERATING = "operating"  # driftbudget
    INVESTMENT = "investment"  # investeringsbudget


class RiskCategory(StrEnum):
    """The kinds of risk of a risk analysis; a plan may also write its own (stored as typed)."""

    OPERATIONS = "operations"  # verksamhet
    FINANCE = "finance"  # ekonomi
    COMPLIANCE = "compliance"  # regelefterlevnad
    INFORMATION = "information"  # information
    FRAUD = "fraud"  # oegentligheter


class ControlOutcome(StrEnum):
    """What the follow-up of a control in a reporting period found."""

    OK = "ok"  # genomförd utan anmärkning
    DEVIATIONS = "deviations"  # genomförd, brister funna
    NOT_PERFORMED = "not_performed"  # ej genomförd


class DocumentKind(StrEnum):
    STRATEGY = "strategy"  # strategi/program
    PLAN = "plan"
    POLICY = "policy"
    GUIDELINE = "guideline"  # riktlinje


class _ByMember(dict):
    """A mapping from enum members to words that tells members of different enums apart even when their values
    are the same string (PeriodKind.OTHER, EventKind.OTHER and AssignmentOrigin.OTHER are all "other"; a
    StrEnum member hashes and compares as its string, so a plain dict kept only the last of them)."""

    def __init__(self, words: list[tuple[StrEnum, str]]):
        super().__init__(((type(member), member.value), word) for member, word in words)

    @staticmethod
    def _key(member) -> tuple:
        return (type(member), getattr(member, "value", member))

    def __getitem__(self, member):
        return super().__getitem__(self._key(member))

    def __contains__(self, member) -> bool:
        return super().__contains__(self._key(member))

    def get(self, member, default=None):
        return super().get(self._key(member), default)

    def __iter__(self):
        return (kind(value) for kind, value in super().__iter__())

    def keys(self):
        return list(iter(self))

    def items(self):
        return [(kind(value), word) for (kind, value), word in super().items()]


# The English word for each value (the source text of the word catalogue, styrapp.wording, which has the
# Swedish): what a person reads.
LABELS: dict[StrEnum, str] = _ByMember([
    (OrganisationKind.MUNICIPALITY, "municipality"),
    (OrganisationKind.REGION, "region"),
    (OrganisationKind.FEDERATION, "joint authority"),
    (UnitKind.COUNCIL, "council"),
    (UnitKind.BOARD, "board"),
    (UnitKind.COMMITTEE, "committee"),
    (UnitKind.COMPANY, "company"),
    (UnitKind.ADMINISTRATION, "administration"),
    (UnitKind.DEPARTMENT, "department"),
    (UnitKind.UNIT, "unit"),
    (NodeKind.GOAL, "goal"),
    (NodeKind.ASSIGNMENT, "assignment"),
    (NodeKind.MEASURE, "measure"),
    (NodeKind.ACTIVITY, "activity"),
    (Origin.OWN, "own goals"),
    (Origin.COMMISSIONER, "the commissioner's goals"),
    (AssignmentOrigin.INDICATOR, "from an indicator"),
    (AssignmentOrigin.INITIATIVE, "initiative"),
    (AssignmentOrigin.PROGRAMME, "programme"),
    (AssignmentOrigin.COUNCIL, "municipal council"),
    (AssignmentOrigin.OTHER, "another origin"),
    (Progress.NOT_STARTED, "not started"),
    (Progress.ONGOING, "ongoing"),
    (Progress.DONE, "done"),
    (Progress.POSTPONED, "postponed"),
    (Progress.CANCELLED, "cancelled"),
    (Direction.HIGHER, "higher is better"),
    (Direction.LOWER, "lower is better"),
    (Frequency.YEARLY, "yearly"),
    (Frequency.SEMIANNUAL, "half-yearly"),
    (Frequency.TERTIAL, "every four months"),
    (Frequency.QUARTERLY, "quarterly"),
    (Frequency.MONTHLY, "monthly"),
    (Frequency.CONTINUOUS, "continuously"),
    (Gender.TOTAL, "total"),
    (Gender.WOMEN, "women"),
    (Gender.MEN, "men"),
    (MeasurementKind.ACTUAL, "outcome"),
    (MeasurementKind.FORECAST, "forecast"),
    (MeasurementKind.TARGET, "target"),
    (Status.GREEN, "green"),
    (Status.YELLOW, "yellow"),
    (Status.RED, "red"),
    (Status.UNKNOWN, "not assessed"),
    (Assessment.MET, "met"),
    (Assessment.PARTLY_MET, "partly met"),
    (Assessment.NOT_MET, "not met"),
    (PeriodKind.MONTHLY_REPORT, "monthly report"),
    (PeriodKind.TERTIAL_REPORT, "four-monthly report"),
    (PeriodKind.INTERIM_REPORT, "interim report"),
    (PeriodKind.INTERIM_ACCOUNTS, "interim accounts"),
    (PeriodKind.ANNUAL_REPORT, "annual report"),
    (PeriodKind.OTHER, "other period"),
    (EventKind.COMMITTEE_MEETING, "committee meeting"),
    (EventKind.REPORT, "report"),
    (EventKind.DIALOGUE, "dialogue"),
    (EventKind.DECISION, "decision"),
    (EventKind.BUDGET, "budget"),
    (EventKind.OTHER, "other"),
    (ReportKind.OPERATIONAL_PLAN, "operational plan"),
    (ReportKind.ASSIGNMENT_PLAN, "assignment plan"),
    (ReportKind.FOLLOW_UP, "follow-up report"),
    (ReportKind.SITUATION_REVIEW, "situation review"),
    (ReportKind.INTERNAL_CONTROL, "internal control plan"),
    (ReportKind.ANNUAL_WHEEL, "annual wheel"),
    (BudgetKind.OPERATING, "operating budget"),
    (BudgetKind.INVESTMENT, "capital budget"),
    (RiskCategory.OPERATIONS, "operations"),
    (RiskCategory.FINANCE, "finances"),
    (RiskCategory.COMPLIANCE, "compliance"),
    (RiskCategory.INFORMATION, "information"),
    (RiskCategory.FRAUD, "irregularities"),
    (ControlOutcome.OK, "performed, no remarks"),
    (ControlOutcome.DEVIATIONS, "performed, deviations found"),
    (ControlOutcome.NOT_PERFORMED, "not performed"),
    (DocumentKind.STRATEGY, "strategy/programme"),
    (DocumentKind.PLAN, "plan"),
    (DocumentKind.POLICY, "policy"),
    (DocumentKind.GUIDELINE, "guideline"),
])

# The Swedish words, from the word catalogue (each written once, in styrapp/wording/swedish.py): the Excel
# exchange format is Swedish whatever the language.
SWEDISH: dict[StrEnum, str] = _ByMember([(member, CATALOGUE[english]) for member, english in LABELS.items()])


def swedish(value: StrEnum) -> str:
    """The Swedish word for an enum value."""
    return SWEDISH[value]


def label(value: StrEnum) -> str:
    """The word for an enum value in the current language (the window's, the CLI's or a report's)."""
    return tr(LABELS[value])


def values_of(enum: type[StrEnum]) -> tuple[str, ...]:
    return tuple(member.value for member in enum)
