"""The report kinds, declared once: key (the CLI's `--kind` and the key of the plan's report settings),
title, what it holds, its optional sections, its paper, which choices apply (year, period, unit, size),
what it reads from the plan, and the function that lays it out. The engine, the CLI's choices, the
Rapporter page and the stored report settings all read this list. Light: no ReportLab until a
builder is called.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module

from ..models.errors import InvalidValue


@dataclass(frozen=True)
class ReportKind:
    key: str
    title: str  # English source, worded by wording.tr ("Operational plan" → "Verksamhetsplan")
    subject: str  # the PDF's subject
    about: str  # what it holds, for the Rapporter page
    builder: str  # "module:function" in styrapp.reports, laying out (context, options, step) → story
    needs: frozenset[str] = frozenset()  # what it reads: see models.queries.report_context.NEEDS
    sections: tuple[tuple[str, str], ...] = ()  # the optional parts a plan may leave out: (key, English title)
    wide: bool = False  # landscape A4
    sizes: tuple[str, ...] = ("A4",)  # the paper sizes offered
    uses_period: bool = False
    period_optional: bool = False  # a plan without reporting periods still gets the report, without the period's part
    uses_unit: bool = True
    uses_year: bool = True
    shows_decision: bool = False  # the cover says who decided the plan, and when
    whole_page: bool = False  # the builder writes the file itself, (context, path, options, step) → path

    def build(self) -> Callable:
        module, _, name = self.builder.partition(":")
        return getattr(import_module(f"styrapp.reports.{module}"), name)


KINDS: tuple[ReportKind, ...] = (
    ReportKind(
        "verksamhetsplan", "Operational plan",
        "Operational plan: goals, indicators, assignments, annual wheel and budget",
        "Vision, goals level by level with indicators and charts, assignments and activities, the annual wheel "
        "and the budget frame",
        "plan_reports:operational_plan", frozenset({"goals", "charts", "budget", "wheel", "documents"}),
        sections=(("vision", "Vision and values"), ("goals", "The goals with indicators"),
                  ("charts", "Charts of the indicators"), ("work", "Assignments and activities under the goals"),
                  ("wheel", "Annual wheel"), ("budget", "Budget frame"), ("documents", "Governing documents")),
        shows_decision=True),
    ReportKind(
        "uppdragsplan", "Assignment plan", "Assignment plan: indicators and assignments",
        "The indicator table with the council's goal area, desired and current value and the three flags; "
        "the assignment table",
        "plan_reports:assignment_plan", frozenset({"indicator_table", "work"}), wide=True, shows_decision=True),
    ReportKind(
        "uppfoljning", "Follow-up", "Follow-up of goals, indicators and finances",
        "Interim report or annual report: status per goal area, red goals, each goal's analysis and charts, "
        "finances",
        "follow_up_report:follow_up", frozenset({"goals", "charts", "work", "follow_ups", "budget"}),
        sections=(("summary", "Summary"), ("charts", "Charts of the indicators"), ("work", "Assignments"),
                  ("economy", "Finances")),
        uses_period=True),
    ReportKind(
        "nulageskoll", "Situation review", "Situation review, one page per unit", "One A4 page per unit",
        "situation_report:situation_review", frozenset({"reviews"}), whole_page=True),
    ReportKind(
        "internkontroll", "Internal control plan", "Internal control plan with risk matrix",
        "The risk matrix, the chosen risks with their controls and, for a period, the follow-up of each control",
        "control_report:internal_control", frozenset({"risks"}),
        sections=(("follow_up", "Follow-up of the controls"), ("others", "Other risks in the risk analysis")), wide=True,
        uses_period=True, period_optional=True),
    ReportKind(
        "aterrapport", "Report to the commissioner",
        "Report back to the commissioner: this plan's assessment of the commissioner's goals",
        "What goes back to the commissioner: its goals with this plan's status, assessment, analysis, indicators "
        "and work for a period",
        "commissioner_report:commissioner_follow_up", frozenset({"commissioner", "follow_ups"}),
        sections=(("summary", "Summary"), ("work", "Assignments and activities")), uses_period=True),
    ReportKind(
        "arshjul", "Annual wheel", "Annual wheel", "The annual wheel on one page, A4 or A3",
        "wheel_figure:wheel_report", frozenset({"wheel"}), sizes=("A4", "A3"), uses_unit=False, uses_year=False,
        whole_page=True),
)
BY_KEY: dict[str, ReportKind] = {kind.key: kind for kind in KINDS}
KEYS: tuple[str, ...] = tuple(BY_KEY)
WORD_KEYS: tuple[str, ...] = tuple(kind.key for kind in KINDS if not kind.whole_page)  # those written as Word too


def report_kind(key: str) -> ReportKind:
    """The kind called `key`, or a refusal that names the choices."""
    if key not in BY_KEY:
        raise InvalidValue("report.unknown_kind", kind=key, choices=", ".join(KEYS))
    return BY_KEY[key]
