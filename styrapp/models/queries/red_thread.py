"""The red thread read from the plan: the rows `rules.red_thread.find_problems` judges."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from ..file.plan_file import PlanFile
from ..file.year_scope import year_in_view
from ..rules.plan_settings import MAX_GOALS_PER_COMMITTEE
from ..rules.red_thread import Finding, PlanShape, find_control_problems, find_problems
from ..tables import GovernanceLevel, Indicator, IndicatorNode, LevelRule, Node, NodeLink, OrgUnit
from .plan_settings import get_setting


def check_plan(plan: PlanFile, today: date | None = None) -> list[Finding]:
    max_goals = get_setting(plan, MAX_GOALS_PER_COMMITTEE)
    with plan.session() as session:
        levels = {lv.id: lv for lv in session.execute(select(GovernanceLevel)).scalars()}
        rules = {(r.parent_level_id, r.child_level_id) for r in session.execute(select(LevelRule)).scalars()}
        nodes = {n.id: n for n in session.execute(select(Node).order_by(Node.parent_id, Node.position)).scalars()}
        links = session.execute(select(NodeLink.source_id, NodeLink.target_id)).all()
        ind_links = session.execute(select(IndicatorNode.indicator_id, IndicatorNode.node_id)).all()
        indicators = {i.id: i for i in session.execute(select(Indicator).order_by(Indicator.position)).scalars()}
        units = {u.id: u for u in session.execute(select(OrgUnit)).scalars()}

    findings = find_problems(PlanShape(levels, rules, nodes, links, ind_links, indicators, units, max_goals))
    from .control_rows import controls_due  # the internkontrollplan's thread (issue 16)

    return findings + find_control_problems(controls_due(plan), today or date.today()) + _economy(plan) + \
        document_findings(plan, today)


def _economy(plan: PlanFile) -> list[Finding]:
    """Ekonomi (issue 16): each budget line of the plan's year at its latest forecast."""
    from ..rules.red_thread import economy_problems
    from .economy import amount_unit, economy_rows

    with plan.session() as session:
        year = year_in_view(session)
    return economy_problems(economy_rows(plan, year, latest=True), amount_unit(plan)) if year is not None else []


def document_findings(plan: PlanFile, today: date | None = None) -> list[Finding]:
    """Styrdokument past their date, and those decided by a body the plan's rule does not give their kind."""
    from ...wording import Phrase, joined
    from ..enums import LABELS, DocumentKind
    from ..rules.plan_settings import DOCUMENT_DECIDERS
    from ..rules.red_thread import Severity
    from .documents import document_rows

    rule = get_setting(plan, DOCUMENT_DECIDERS)
    findings = []
    for row in document_rows(plan, today):
        if row.past_date:
            findings.append(Finding(Severity.WARNING, "document_past_date",
                                    {"title": row.title, "day": row.valid_until.isoformat()}))
        if row.wrong_decider:
            kind = Phrase(LABELS[DocumentKind(row.kind)])
            findings.append(Finding(Severity.WARNING, "document_wrong_body",
                                    {"title": row.title, "kind": kind, "body": row.decided_by,
                                     "bodies": joined(rule.get(row.kind, []))}))
    return findings
