"""Nulägeskoll (Västerås): exactly one A4 page per unit — its uppdrag, the analysis, needs, results,
challenges, key figures and trends. Text that does not fit is shortened, longest part first, and the
cut is marked in the text, so nothing spills onto a second page and nothing disappears unannounced."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import KeepInFrame, PageBreak

from ..wording import tr
from .pdf_document import heading
from .typography import CONTENT_WIDTH, MARGIN, styles, text

# The sections of a unit's page; their titles are printed through tr.
SECTIONS = (("mission", "The committee's mission"), ("analysis", "Overall analysis of the present situation"),
            ("needs", "The needs of those we serve"), ("results", "Results of the operations"),
            ("challenges", "The greatest challenges"), ("key_figures", "Key figures"),
            ("trends", "Trends and their consequences"))
CUT = " … [shortened – the full text is in the plan]"  # through tr
WIDTH = CONTENT_WIDTH
HEIGHT = 297 * mm - 2 * MARGIN - 6 * mm - 14 * mm  # the frame, less the unit's heading


def situation_review(context, options, step) -> list:
    s = styles()
    reviews = context.reviews
    story: list = []
    if not reviews:
        none = (tr("The plan has no situation review for {year} for {unit}.", year=options.year, unit=options.unit)
                if options.unit else tr("The plan has no situation review for {year}.", year=options.year))
        return [heading(tr("Situation review")), text(none, s["body"])]
    for number, review in enumerate(reviews, start=1):
        step(5 + int(30 * number / len(reviews)), "writing the situation reviews")
        texts = {key: getattr(review, key) for key, _title in SECTIONS}
        story += [heading(tr("Situation review {year}: {unit}", year=review.year, unit=review.unit or tr("the unit"))),
                  _fitted(texts)]
        if number < len(reviews):
            story.append(PageBreak())
    return story


def _page(texts: dict[str, str]) -> list:
    s = styles()
    out = []
    for key, title in SECTIONS:
        out += [text(tr(title), s["h3"]), text(texts[key], s["small"], empty=tr("Not filled in."))]
    return out


def _height(flowables: list) -> float:
    return sum(f.wrap(WIDTH, HEIGHT * 10)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in flowables)


def _fitted(texts: dict[str, str]) -> KeepInFrame:
    """The sections on one page: while they are too tall, cut the longest text by a fifth at a word."""
    texts = dict(texts)
    mark = tr(CUT)
    cut: set[str] = set()
    for _ in range(60):
        if _height(_page(texts)) <= HEIGHT:
            break
        key = max(texts, key=lambda k: len(texts[k]))
        body = texts[key][: -len(mark)] if key in cut else texts[key]
        if len(body) < 40:
            break
        shorter = body[: int(len(body) * 0.8)].rsplit(" ", 1)[0].rstrip(" ,.;:")
        texts[key] = shorter + mark
        cut.add(key)
    # If, against the odds, it still does not fit (a 40-character text in every field does), shrink it.
    return KeepInFrame(WIDTH, HEIGHT, _page(texts), mode="shrink")
