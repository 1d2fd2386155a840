"""Intern kontroll: the risk analysis (add, change, rate, choose for the plan, delete), the plan's
threshold for suggesting a risk, and the follow-up of each chosen risk's control per reporting period.
One function per thing a person means to do; each refuses a bad value before anything is written."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, select

from ..enums import LABELS, SWEDISH, ControlOutcome, Frequency, RiskCategory
from ..errors import InvalidValue
from ..file.plan_file import PlanFile
from ..queries._common import get_or_fail
from ..rules.plan_settings import RISK_THRESHOLD
from ..rules.risk import check_scale, check_threshold
from ..tables import ControlFollowUp, OrgUnit, ReportingPeriod, Risk
from ._common import apply_fields, check_title, flush_or_explain, refuse_if_closed
from .plan_settings import set_setting

# What update_risk may change; the rating has its own function too (a drag in the matrix).
RISK_FIELDS = ("title", "description", "process", "category", "unit_id", "likelihood", "consequence", "chosen",
               "control", "method", "responsible", "frequency", "reporting", "report_period_id")


def category_value(text: Any) -> str:
    """A category as stored: one of RiskCategory's values when the text names one (its value, or its word
    in English or Swedish, any case), else the plan's own word as typed (trimmed)."""
    text = "" if text is None else str(text).strip()
    for member in RiskCategory:
        if text.casefold() in (member.value, LABELS[member].casefold(), SWEDISH[member].casefold()):
            return member.value
    return text


def _checked(session, risk_year: int, fields: dict[str, Any]) -> dict[str, Any]:
    """`fields` with each value checked (and a category as stored); a refusal before anything is written."""
    refuse_if_closed(session, risk_year)
    unknown = set(fields) - set(RISK_FIELDS)
    if unknown:
        raise InvalidValue("field.not_editable", name=sorted(unknown)[0])
    out = dict(fields)
    if "title" in out:
        out["title"] = check_title(out["title"], "The risk's name")
    if "likelihood" in out:
        out["likelihood"] = check_scale(out["likelihood"], "Likelihood")
    if "consequence" in out:
        out["consequence"] = check_scale(out["consequence"], "Consequence")
    if "category" in out:
        out["category"] = category_value(out["category"])
    if "chosen" in out:
        out["chosen"] = bool(out["chosen"])
    if out.get("unit_id") is not None:
        get_or_fail(session, OrgUnit, out["unit_id"])
    if out.get("report_period_id") is not None:
        period = get_or_fail(session, ReportingPeriod, out["report_period_id"])
        if period.year != risk_year:
            raise InvalidValue("risk.period_of_another_year", period=period.name, period_year=period.year,
                               year=risk_year)
    for name in ("description", "process", "control", "method", "responsible", "reporting"):
        if name in out:
            out[name] = "" if out[name] is None else str(out[name])
    return out


def create_risk(plan: PlanFile, *, title: str, year: int, likelihood: int, consequence: int, **fields: Any) -> int:
    """A new risk in the risk analysis of `year` (and of a unit, `unit_id`)."""
    with plan.transaction() as session:
        checked = _checked(session, year, {"title": title, "likelihood": likelihood, "consequence": consequence,
                                           **fields})
        risk = Risk(title=checked.pop("title"), year=year, likelihood=checked.pop("likelihood"),
                    consequence=checked.pop("consequence"))
        apply_fields(risk, checked, enums={"frequency": Frequency})
        session.add(risk)
        flush_or_explain(session)
        return risk.id


def update_risk(plan: PlanFile, risk_id: int, **fields: Any) -> None:
    """Change a risk's fields: its name and text, category, unit, rating, whether it is chosen for the
    internkontrollplan, and its control (kontrollmoment, method, responsible, frequency, reporting)."""
    with plan.transaction() as session:
        risk = get_or_fail(session, Risk, risk_id)
        apply_fields(risk, _checked(session, risk.year, fields), enums={"frequency": Frequency})
        flush_or_explain(session)


def rate_risk(plan: PlanFile, risk_id: int, likelihood: int, consequence: int) -> None:
    """Move a risk to another cell of the matrix: its likelihood and consequence."""
    update_risk(plan, risk_id, likelihood=likelihood, consequence=consequence)


def choose_risk(plan: PlanFile, risk_id: int, chosen: bool = True) -> None:
    """Carry a risk into the internkontrollplan, or take it out (its control and follow-ups are kept)."""
    update_risk(plan, risk_id, chosen=chosen)


def delete_risk(plan: PlanFile, risk_id: int) -> None:
    """Delete a risk, its control and the control's follow-ups."""
    with plan.transaction() as session:
        risk = get_or_fail(session, Risk, risk_id)
        refuse_if_closed(session, risk.year)
        session.execute(delete(ControlFollowUp).where(ControlFollowUp.risk_id == risk_id))
        session.delete(risk)


def set_risk_threshold(plan: PlanFile, value: int) -> int:
    """The risk value over which a risk is suggested for the internkontrollplan; returns the old one."""
    return set_setting(plan, RISK_THRESHOLD, check_threshold(value))


def set_control_follow_up(plan: PlanFile, risk_id: int, period_id: int, *, outcome: str, findings: str = "",
                          actions: str = "") -> None:
    """The follow-up of a chosen risk's control in a reporting period: whether it was performed and
    what it found, and the actions decided."""
    with plan.transaction() as session:
        risk = get_or_fail(session, Risk, risk_id)
        period = get_or_fail(session, ReportingPeriod, period_id)
        refuse_if_closed(session, risk.year)
        if not risk.chosen:
            raise InvalidValue("risk.not_chosen", title=risk.title)
        if period.year != risk.year:
            raise InvalidValue("risk.period_of_another_year", period=period.name, period_year=period.year,
                               year=risk.year)
        row = session.execute(select(ControlFollowUp).where(ControlFollowUp.risk_id == risk_id,
                                                            ControlFollowUp.period_id == period_id)).scalars().first()
        if row is None:
            row = ControlFollowUp(risk_id=risk_id, period_id=period_id)
            session.add(row)
        apply_fields(row, {"outcome": outcome, "findings": str(findings or ""), "actions": str(actions or "")},
                     enums={"outcome": ControlOutcome})
        row.updated_at = datetime.now(UTC).replace(microsecond=0)
        flush_or_explain(session)


def clear_control_follow_up(plan: PlanFile, risk_id: int, period_id: int) -> None:
    """Take back a control's follow-up in a period: it counts as not followed up again."""
    with plan.transaction() as session:
        refuse_if_closed(session, get_or_fail(session, Risk, risk_id).year)
        session.execute(delete(ControlFollowUp).where(ControlFollowUp.risk_id == risk_id,
                                                      ControlFollowUp.period_id == period_id))
