"""Fitting text into a wheel's room: how wide a text is without a font, whether it fits, words wrapped onto
lines, and a text cut short with …. Qt-free; every function takes the `Measure` of the painter at hand."""

from __future__ import annotations

from collections.abc import Callable

Measure = Callable[[str, float], float]  # (text, font size) → width

NARROWEST = 0.2  # no letter a wheel draws is narrower than this, in em (DejaVu Sans: "i" and "." about 0.3)


def approximate_width(text: str, size: float) -> float:
    """A measure good enough for sizing when no font is at hand (DejaVu Sans averages about 0.6 em)."""
    return 0.6 * size * len(text)


def most_letters(width: float, size: float) -> int:
    """More letters than can fit in `width` at `size`: text longer than this is too wide without being
    measured, so a title of 100 000 characters costs no more to fit than one of a few hundred."""
    return int(width / (NARROWEST * max(size, 0.1))) + 2


def fits(text: str, width: float, size: float, measure: Measure) -> bool:
    return len(text) <= most_letters(width, size) and measure(text, size) <= width


def wrap_whole(text: str, widths: list[float], size: float, measure: Measure) -> list[str] | None:
    """The words of `text` on len(widths) lines at most, line i within widths[i], no word cut; None when
    they do not fit."""
    words = text.split()
    lines: list[str] = []
    current = ""
    for word in words:
        candidate = f"{current} {word}".strip()
        if len(lines) < len(widths) and fits(candidate, widths[len(lines)], size, measure):
            current = candidate
            continue
        if not current:
            return None
        lines.append(current)
        current = word
        if len(lines) >= len(widths) or not fits(word, widths[len(lines)], size, measure):
            return None
    if current:
        lines.append(current)
    return lines if len(lines) <= len(widths) else None


def wrap(text: str, width: float, size: float, measure: Measure, max_lines: int = 2) -> list[str]:
    """Words into lines of at most `width`; the last line ends in … if the text does not fit."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if not current or fits(candidate, width, size, measure):
            current = candidate
        else:
            lines.append(current)
            current = word
            if len(lines) > max_lines:  # what follows is cut off anyway
                break
    else:
        if current:
            lines.append(current)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = elide(lines[-1] + " …", width, size, measure)
    return [elide(line, width, size, measure) for line in lines]


def elide(text: str, width: float, size: float, measure: Measure) -> str:
    """`text`, or as much of its beginning as fits in `width` with … after it (found by halving, so a
    long text costs a few measurements, not one a letter)."""
    if fits(text, width, size, measure):
        return text
    text = text[:most_letters(width, size)]
    low, high = 0, len(text)  # text[:low] + "…" fits (or low is 0); text[:high + 1] + "…" does not
    while low < high:
        middle = (low + high + 1) // 2
        if measure(text[:middle] + "…", size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"
