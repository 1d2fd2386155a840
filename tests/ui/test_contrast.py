"""Contrast of text (WCAG 2.1 AA, 1.4.3: at least 4.5:1) in the standard and the high-contrast theme: the
palette's text on its backgrounds, disabled text (a closed year's fields still show their values), the
program's own colours (muted notes, refusals, the status words in tables) and the fixed pairs of banners
and the risk matrix's cells."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette

from styrapp.models.rules.risk import BAND_COLOUR
from styrapp.ui.theme import THEMES, contrast, palette
from styrapp.views.ink import ink
from styrapp.views.risk_matrix import BAND_WORD, CELL_INK

AA = 4.5
Role, Group = QPalette.ColorRole, QPalette.ColorGroup
PAIRS = ((Role.WindowText, Role.Window), (Role.Text, Role.Base), (Role.Text, Role.AlternateBase),
         (Role.ButtonText, Role.Button), (Role.HighlightedText, Role.Highlight), (Role.PlaceholderText, Role.Base),
         (Role.PlaceholderText, Role.Window), (Role.ToolTipText, Role.ToolTipBase), (Role.Link, Role.Base),
         (Role.Link, Role.Window), (Role.LinkVisited, Role.Base))


def test_the_measure_is_wcag_s():
    assert contrast("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)  # the known just-too-light grey
    assert contrast("#FFFFFF", "#FFFFFF") == pytest.approx(1.0)


@pytest.mark.parametrize("theme", THEMES)
def test_every_text_colour_of_the_palette_reads_on_its_background(qapp, theme):
    colours = palette(theme)
    low = []
    for group in (Group.Active, Group.Inactive):
        for text, back in PAIRS:
            ratio = contrast(colours.color(group, text), colours.color(group, back))
            if ratio < AA:
                low.append(f"{group.name} {text.name} on {back.name}: {ratio:.2f}")
    for text, back in ((Role.WindowText, Role.Window), (Role.Text, Role.Base), (Role.ButtonText, Role.Button)):
        ratio = contrast(colours.color(Group.Disabled, text), colours.color(Group.Disabled, back))
        if ratio < AA:
            low.append(f"disabled {text.name} on {back.name}: {ratio:.2f}")
    assert low == []


@pytest.mark.parametrize("theme", THEMES)
def test_the_program_s_own_text_colours_read_on_the_window_and_in_tables(qapp, theme):
    colours, own = palette(theme), ink(theme)
    backgrounds = {role.name: colours.color(role) for role in (Role.Window, Role.Base, Role.AlternateBase)}
    words = {"muted": own.muted, "refused": own.refused, "done": own.done, "dimmed": own.dimmed, "indicator": own.indicator,
             **{f"status {k}": v for k, v in own.status.items()}}
    low = [f"{name} {colour} on {where}: {contrast(colour, back):.2f}" for name, colour in words.items()
           for where, back in backgrounds.items() if contrast(colour, back) < AA]
    assert low == []


def test_the_fixed_pairs_read_in_both_themes():
    """Banners and notes that carry their own background, and the risk matrix's words in its cells."""
    fixed = {"read-only banner": ("#3b2f00", "#fff4ce"), "sample note": ("#5C4400", "#FFF4D6"),
             "year banner": ("#1c2b3f", "#e8eef7")}
    for band, colour in BAND_COLOUR.items():
        fixed[f"risk value in band {band}"] = (CELL_INK, colour)
        fixed[f"risk band word in band {band}"] = (BAND_WORD, colour)
    low = [f"{name}: {contrast(*pair):.2f}" for name, pair in fixed.items() if contrast(*pair) < AA]
    assert low == []


def test_the_high_contrast_theme_is_high_indeed(qapp):
    """Not just AA: its main text is at least 15:1 and its selection yellow on black text."""
    colours = palette("high_contrast")
    assert contrast(colours.color(Role.WindowText), colours.color(Role.Window)) >= 15
    assert contrast(colours.color(Role.Text), colours.color(Role.Base)) >= 15
    assert colours.color(Role.Highlight).name() == "#ffff00"
    assert contrast(colours.color(Role.HighlightedText), colours.color(Role.Highlight)) >= 15
