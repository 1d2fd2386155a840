"""The rules that make a report read like a document rather than a dump of rows:

- a heading (or a heading's block: colour bar, heading, its facts) never stands alone at a page's foot:
  `keep_headings` puts a `RoomFor` before it, which starts a new page only when the heading and the
  start of what follows (a table's header and two rows, three lines of text, a whole chart) do not fit
  on this one. Nothing larger is kept together, so a long table after a heading starts on the same page
  and splits, instead of leaving half a page empty;
- a table split across pages leaves at least two body rows on each side (`LayoutTable`), and repeats
  its header row.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table
from reportlab.platypus.doctemplate import FrameBreak

MIN_ROWS = 2  # body rows a table keeps on each side of a page break
MIN_LINES = 3  # lines of a paragraph that follow a heading on its page


def _a_heading(flowable) -> bool:
    """A pdf_document.Heading (known by what it carries: this module is imported by pdf_document)."""
    return isinstance(flowable, Paragraph) and hasattr(flowable, "continued") and hasattr(flowable, "level")


def _is_heading(flowable) -> bool:
    if _a_heading(flowable):
        return True
    return isinstance(flowable, KeepTogether) and any(_is_heading(f) for f in flowable._content)


def _headings_in(flowable):
    if _a_heading(flowable):
        yield flowable
    for inner in getattr(flowable, "_content", ()):
        yield from _headings_in(inner)


def _height(flowable, canvas, width: float, height: float) -> float:
    """The room `flowable` takes whole (a KeepTogether says "more than there is" when it does not fit)."""
    if isinstance(flowable, KeepTogether):
        return sum(_height(f, canvas, width, height) for f in flowable._content)
    _w, h = flowable.wrapOn(canvas, width, 1e6)
    return h + flowable.getSpaceBefore() + flowable.getSpaceAfter()


def first_part(flowable, canvas, width: float, height: float) -> float:
    """The height of the least of `flowable` that may follow a heading on its page."""
    if isinstance(flowable, Table):
        flowable.wrapOn(canvas, width, 1e6)
        rows = flowable._rowHeights
        return sum(rows[: flowable.repeatRows + MIN_ROWS])
    if isinstance(flowable, Paragraph):
        whole = _height(flowable, canvas, width, height)
        return min(whole, flowable.getSpaceBefore() + MIN_LINES * flowable.style.leading)
    return _height(flowable, canvas, width, height)


class RoomFor(Flowable):
    """A page break when the heading block and the start of what follows it do not fit in the room left
    (and would fit on a fresh page); otherwise nothing."""

    def __init__(self, block: list, following):
        super().__init__()
        self.block, self.following = block, following

    def wrap(self, available_width, available_height):
        frame = self._doctemplateAttr("frame")
        full = frame._height - frame.topPadding - frame.bottomPadding if frame is not None else available_height
        needed = sum(_height(f, self.canv, available_width, available_height) for f in self.block)
        if self.following is not None:
            needed += first_part(self.following, self.canv, available_width, available_height)
        if needed > full * 0.5 and len(self.block) > 1:
            # a long run of headings (goals with nothing under them but their sub-goals): this heading
            # is kept with the next one only, and that one with its own next by its own RoomFor
            later = next((f for f in self.block[1:] if not _small_space(f)), None)
            needed = _height(self.block[0], self.canv, available_width, available_height)
            if later is not None:
                needed += first_part(later, self.canv, available_width, available_height)
        if available_height < needed <= full * 0.9 and frame is not None and not getattr(frame, "_atTop", False):
            frame.add_generated_content(FrameBreak)
        return 0, 0

    def draw(self):
        pass


def _level(flowable) -> int:
    return min(heading.level for heading in _headings_in(flowable))


def _kept_with(run: list, place: int, following) -> tuple[list, object]:
    """What the heading at `run[place]` is kept with: the headings below it that follow it (a sub-goal's,
    each deeper than the one before) and, when that chain reaches the end of the run, the start of
    what follows the run. A sibling's heading after it is not its content: a goal with nothing under it
    may end a page."""
    block = [run[place]]
    level = _level(run[place])
    for item in run[place + 1:]:
        if _small_space(item):
            block.append(item)
            continue
        if _level(item) <= level:
            return block, None
        block.append(item)
        level = _level(item)
    return block, following


def _small_space(flowable) -> bool:
    return type(flowable) is Spacer and flowable.height < 12 * mm


def keep_headings(story: list) -> list:
    """The story with a `RoomFor` before each run of headings (see the module's doc). The headings' own
    keep-with-next is switched off: it kept a heading with the whole of what follows, which pushed a
    long table, heading and all, to a new page."""
    out: list = []
    index = 0
    while index < len(story):
        flowable = story[index]
        if not _is_heading(flowable):
            out.append(flowable)
            index += 1
            continue
        run: list = [flowable]
        index += 1
        while index < len(story):  # headings in a row, with small spaces between them
            ahead = index
            while ahead < len(story) and _small_space(story[ahead]):
                ahead += 1
            if ahead == len(story) or not _is_heading(story[ahead]):
                break
            run += story[index:ahead + 1]
            index = ahead + 1
        following = story[index] if index < len(story) else None
        for item in run:
            for heading in _headings_in(item):
                heading.keepWithNext = 0
        for place, item in enumerate(run):
            out += [RoomFor(*_kept_with(run, place, following)), item] if _is_heading(item) else [item]
    return out


class LayoutTable(Table):
    """A table that never leaves fewer than `MIN_ROWS` body rows alone on either side of a page break:
    it moves whole to the next page when only one row would fit here, and breaks a row earlier when only
    one would be left for the next page."""

    def split(self, available_width, available_height):
        parts = super().split(available_width, available_height)
        if len(parts) != 2 or not hasattr(self, "_rowHeights"):
            return parts
        header = self.repeatRows if isinstance(self.repeatRows, int) else len(self.repeatRows)
        body = len(self._cellvalues) - header
        first = len(parts[0]._cellvalues) - header
        rest = len(parts[1]._cellvalues) - header
        if self._rowHeights and max(self._rowHeights) > available_height:
            return parts  # a row taller than the room (a long analysis) splits inside itself, as before
        frame = getattr(self, "_frame", None)
        fresh = frame._height - frame.topPadding - frame.bottomPadding if frame is not None else float("inf")
        if (first < MIN_ROWS and body >= MIN_ROWS and not getattr(frame, "_atTop", False)
                and sum(self._rowHeights[: header + MIN_ROWS]) <= fresh):
            return []  # the table starts on the next page, where its first rows fit
        if rest < MIN_ROWS and body >= 2 * MIN_ROWS:
            moved = sum(self._rowHeights[header + first - (MIN_ROWS - rest): header + first])
            shorter = super().split(available_width, available_height - moved)
            if len(shorter) == 2:
                return shorter
        return parts

