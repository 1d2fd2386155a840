"""The window's colours: the standard theme and a high-contrast one (Redigera → Inställningar…, applied at
once). Each is a QPalette plus the program's own text colours (`Ink`: muted notes, refusals, the status
words), every pair of text and background at least 4.5:1 (WCAG 2.1 AA; tests/ui/test_contrast.py measures).

    apply_theme(app, "high_contrast")
    ink().muted          # "#D0D0D0" in the high-contrast theme

Style sheets name the palette (`color: palette(placeholder-text)`) rather than a colour, so that they
follow a change of theme; an item model asks `ink()` each time it paints.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from ..views.ink import HIGH_CONTRAST_INK, STANDARD_INK, ink, use_ink

__all__ = ["THEMES", "apply_theme", "contrast", "current_theme", "ink", "palette"]

THEMES = ("standard", "high_contrast")
Role, Group = QPalette.ColorRole, QPalette.ColorGroup


# (role, colour) for every colour group; then the disabled group's text (it still shows a value).
_STANDARD = {
    Role.Window: "#EFEFEF", Role.WindowText: "#000000", Role.Base: "#FFFFFF", Role.AlternateBase: "#F5F7FA",
    Role.Text: "#000000", Role.Button: "#EFEFEF", Role.ButtonText: "#000000", Role.ToolTipBase: "#FFFFDC",
    Role.ToolTipText: "#000000", Role.Highlight: "#1A5FA8", Role.HighlightedText: "#FFFFFF",
    Role.PlaceholderText: STANDARD_INK.muted, Role.Link: "#0B57A4", Role.LinkVisited: "#6A1B9A",
    Role.BrightText: "#FFFFFF",
}
_STANDARD_DISABLED = {Role.WindowText: "#676767", Role.Text: "#676767", Role.ButtonText: "#676767"}
_HIGH_CONTRAST = {
    Role.Window: "#000000", Role.WindowText: "#FFFFFF", Role.Base: "#000000", Role.AlternateBase: "#1A1A1A",
    Role.Text: "#FFFFFF", Role.Button: "#000000", Role.ButtonText: "#FFFFFF", Role.ToolTipBase: "#000000",
    Role.ToolTipText: "#FFFFFF", Role.Highlight: "#FFFF00", Role.HighlightedText: "#000000",
    Role.PlaceholderText: HIGH_CONTRAST_INK.muted, Role.Link: "#66FFFF", Role.LinkVisited: "#FF99FF",
    Role.BrightText: "#FFFF00", Role.Light: "#FFFFFF", Role.Midlight: "#E0E0E0", Role.Mid: "#C0C0C0",
    Role.Dark: "#C0C0C0", Role.Shadow: "#FFFFFF",
}
_HIGH_CONTRAST_DISABLED = {Role.WindowText: "#B0B0B0", Role.Text: "#B0B0B0", Role.ButtonText: "#B0B0B0"}

# Focus is always seen: a clear frame on the control that has it, in both themes, on top of the style's own.
FOCUS_STYLE = {
    "standard": "",
    # The style draws the fields' frames a shade off the window's colour: on black they vanish, so here
    # they are drawn white, and the control with the focus in yellow, twice as thick.
    "high_contrast": (
        "QLineEdit, QComboBox, QAbstractSpinBox, QTextEdit, QPlainTextEdit, QAbstractItemView "
        "{ border: 1px solid #FFFFFF; }"
        "QPushButton { border: 1px solid #FFFFFF; padding: 3px 10px; }"
        "QPushButton:disabled { border-color: #B0B0B0; }"
        # tick boxes: a white square, filled yellow when ticked (the style's own would be black on black)
        "QCheckBox::indicator, QAbstractItemView::indicator { width: 12px; height: 12px; border: 1px solid #FFFFFF; "
        "background: #000000; }"
        "QCheckBox::indicator:checked, QAbstractItemView::indicator:checked { background: #FFFF00; "
        "border: 2px solid #FFFFFF; }"
        "QLineEdit:focus, QComboBox:focus, QAbstractSpinBox:focus, QTextEdit:focus, QPlainTextEdit:focus, "
        "QAbstractItemView:focus, QPushButton:focus, QToolButton:focus, QCheckBox:focus, QRadioButton:focus, "
        "QTabBar:focus { border: 2px solid #FFFF00; }"
    ),
}

_current = ["standard"]


def palette(name: str) -> QPalette:
    """The palette of theme `name` ("standard" or "high_contrast"; anything else is the standard)."""
    colours, disabled = (_HIGH_CONTRAST, _HIGH_CONTRAST_DISABLED) if name == "high_contrast" else (_STANDARD, _STANDARD_DISABLED)
    result = QPalette(QColor(colours[Role.Button]), QColor(colours[Role.Window]))
    for role, colour in colours.items():
        result.setColor(role, QColor(colour))  # every group: active, inactive, disabled
    for role, colour in disabled.items():
        result.setColor(Group.Disabled, role, QColor(colour))
    result.setColor(Group.Disabled, Role.Highlight, QColor(colours[Role.Highlight]))
    return result


def current_theme() -> str:
    return _current[0]


def apply_theme(app: QApplication, name: str) -> None:
    """Colour the whole program in theme `name` at once: the palette, and style sheets made again so that
    their palette(...) colours follow."""
    name = name if name in THEMES else "standard"
    _current[0] = name
    use_ink(name)
    app.setPalette(palette(name))
    app.setStyleSheet(FOCUS_STYLE[name])  # also polishes every widget's own style sheet again


def contrast(a: str | QColor, b: str | QColor) -> float:
    """WCAG 2.1 contrast ratio of two colours (1 to 21)."""

    def luminance(colour: QColor) -> float:
        def channel(c: float) -> float:
            return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())

    la, lb = sorted((luminance(QColor(a)), luminance(QColor(b))), reverse=True)
    return (la + 0.05) / (lb + 0.05)
