"""What a report says once instead of many times: an indicator's chart printed under the first goal
that has it (and referred to after), and the count of missing analyses in a section."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from ..wording import tr
from .alt_text import indicator_alt
from .pdf_document import ChartSlot
from .typography import styles, text, title_text


def charts_once(goal, drawings: dict, printed: dict[int, str]) -> list:
    """The charts of `goal`'s indicators, each printed once in a report: under the first goal that has
    it; under a later goal, a line that says where it is. `printed`: indicator id → the goal it was
    printed under, filled as the report goes."""
    out: list = []
    where = f"{goal.node.level_name}: {title_text(goal.node.title)}".rstrip(" .")  # the note ends with its own full stop
    for indicator in goal.indicators:
        if indicator.id not in drawings:
            continue
        if indicator.id in printed:
            out.append(text(tr("Chart of {indicator}: see under {goal}.", indicator=title_text(indicator.name),
                               goal=printed[indicator.id]), styles()["muted"]))
        else:
            printed[indicator.id] = where
            out += [Spacer(1, 2 * mm), ChartSlot(drawings[indicator.id], indicator_alt(drawings[indicator.id].item))]
    return out



def missing_analyses(ids: list[int], written: dict, line) -> list:
    """One muted line for a section, "Analys saknas för 10 av 14 mål", instead of the same sentence under
    each goal; nothing when every one has its analysis. `line(missing, total)` words it."""
    missing = sum(1 for ident in ids if ident not in written or not (written[ident].analysis or "").strip())
    if not missing:
        return []
    return [text("", styles()["muted"], empty=line(missing, len(ids)))]
