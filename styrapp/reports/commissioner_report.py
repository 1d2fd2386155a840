"""Uppdragsgivarens mål in the reports: the mark a goal from an uppdragsgivare carries in the
verksamhetsplan (with its source), and the återrapport — what a nämnd sends back to KF: the goals that
came from an uppdragsgivare, by source organisation and plan, each with this plan's status, assessment
and analysis for the period, its indicators' latest values, this plan's own goals beneath it and the
uppdrag and aktiviteter under or linked to it."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer

from ..models.enums import Assessment, Progress, Status
from ..wording import tr
from .blocks import cell, colour_bar, enum_word, grid, number, status_markup
from .pdf_document import heading
from .section_notes import missing_analyses
from .typography import markup, styles, text, title_text

MARK = "◆"  # before "Uppdragsgivarens mål": a shape, so the mark reads in grey print too
MARK_COLOUR = "#7A4E00"


def source_mark(source) -> Paragraph:
    """"◆ Uppdragsgivarens mål – Askersunds kommun, Verksamhetsplan 2027", and, when the uppdragsgivare
    has removed the goal since, that it has. `source`: a report_rows.SourceMark."""
    word = escape(tr("Commissioner's goal"))
    line = (f'<font color="{MARK_COLOUR}">{MARK}</font> <b>{word}</b> – '
            f"{markup(title_text(source.organisation))}, {markup(title_text(source.plan))}")
    if source.removed:
        removed = escape(tr("Removed from the commissioner's plan"))
        line += f' · <font color="{MARK_COLOUR}"><b>{removed}</b></font>'
    return Paragraph(line, styles()["muted"])


def commissioner_follow_up(context, options, step) -> list:
    s = styles()
    period = context.period
    written = context.follow_ups
    sections = options.sections

    def status(node_id: int) -> Status:
        row = written.get(node_id)
        return Status(row.status) if row is not None else Status.UNKNOWN

    def assessment(node_id: int) -> str:
        row = written.get(node_id)
        return enum_word(Assessment, row.assessment, capital=True) if row is not None else ""

    step(5, "reading the goals")
    groups = context.commissioner
    if not groups:
        return [heading(tr("Commissioner's goals")),
                text("", s["body"], empty=tr("The plan has no goals from a commissioner."))]
    story: list = []
    if "summary" in sections:
        story += [heading(tr("Summary")),
                  text(tr("This plan's status, assessment and analysis of the goals it has from a commissioner, for "
                          "{period} (up to {end}).", period=period.name, end=period.period_end.isoformat()), s["body"]),
                  grid([tr("Commissioner"), tr("Goals"), tr("Status"), tr("Assessment")],
                       [[f"{title_text(group.organisation)}, {title_text(group.plan)}",
                         _goal_title(item.goal), cell(status_markup(status(item.goal.node.id))),
                         assessment(item.goal.node.id)]
                        for group in groups for item in group.goals],
                       [52 * mm, 70 * mm, 24 * mm, 28 * mm]),
                  Spacer(1, 4 * mm)]
    step(20, "laying out the goals")
    for group in groups:
        story.append(heading(f"{title_text(group.organisation)} – {title_text(group.plan)}"))
        story += missing_analyses([item.goal.node.id for item in group.goals], written, lambda missing, total: tr(
            "Analysis missing for {missing} of {total} goals.", missing=missing, total=total))
        for item in group.goals:
            story += _goal(item, period, written, status, assessment, "work" in sections)
    return story


def _goal_title(goal) -> str:
    title = f"{goal.node.level_name}: {title_text(goal.node.title)}"
    if goal.source is not None and goal.source.removed:
        title += " (" + tr("Removed from the commissioner's plan") + ")"
    return title


def _goal(item, period, written, status, assessment, with_work: bool) -> list:
    s = styles()
    goal = item.goal
    row = written.get(goal.node.id)
    block: list = [colour_bar(goal.colour), heading(f"{goal.node.level_name}: {goal.node.title}", 1),
                   source_mark(goal.source)]
    if goal.source.level:
        block.append(text(tr("Level in the commissioner's plan: {level}", level=goal.source.level), s["muted"]))
    verdict = status_markup(status(goal.node.id))
    if row is not None and row.assessment:
        verdict += " · " + escape(tr("Assessment: {verdict}", verdict=enum_word(Assessment, row.assessment)))
    block += [cell(verdict), Spacer(1, 1.5 * mm)]
    story: list = [KeepTogether(block)]
    if row is not None and (row.analysis or "").strip():  # a missing one is counted once, under the commissioner's heading
        story.append(text(row.analysis, s["body"]))
    if goal.indicators:
        story.append(grid(
            [tr("Indicator"), tr("Target"), tr("Baseline"), tr("Outcome to {day}", day=period.period_end.isoformat()),
             tr("Status")],
            [[title_text(i.name), number(i.target, i.decimals, i.unit), number(i.baseline, i.decimals, i.unit),
              number(i.latest, i.decimals, i.unit) + (f" ({i.latest_period})" if i.latest_period else ""),
              cell(status_markup(i.status))] for i in goal.indicators],
            [58 * mm, 25 * mm, 31 * mm, 32 * mm, 24 * mm]))
    if item.own_goals:
        story += [Spacer(1, 2 * mm), grid(
            [tr("Our goals under it"), tr("Status"), tr("Assessment"), tr("Analysis")],
            [[("    " * max(0, g.depth - goal.depth - 1)) + f"{g.node.level_name}: {title_text(g.node.title)}",
              cell(status_markup(status(g.node.id))), assessment(g.node.id),
              written[g.node.id].analysis if g.node.id in written else ""] for g in item.own_goals],
            [62 * mm, 24 * mm, 26 * mm, 58 * mm])]
    if with_work and item.work:
        story += [Spacer(1, 2 * mm), grid(
            [tr("Assignments and activities"), tr("Responsible"), tr("Progress"), tr("Status"), tr("Analysis")],
            [[("    " * depth) + f"{w.level_name}: {title_text(w.title)}",
              ", ".join(title_text(x) for x in (w.owner, w.responsible) if x), enum_word(Progress, w.progress, capital=True),
              cell(status_markup(status(w.id))), written[w.id].analysis if w.id in written else ""]
             for depth, w in item.work],
            [56 * mm, 30 * mm, 20 * mm, 22 * mm, 44 * mm])]
    story.append(Spacer(1, 4 * mm))
    return story
