"""What a screen reader is told of a window's controls (WCAG 2.1: 4.1.2 name, role, value), for the tests.

The rule, kept simple: every control a person can reach with Tab has an accessible name. A button's or tick
box's own text is its name (Qt gives it as such); any other control has `setAccessibleName` set. A control
whose focus goes to another (a tab widget to its tab bar, a spin box to its line edit) is judged by the one
that takes the focus, named for the control that holds it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QWidget


def takes_tab(widget: QWidget) -> bool:
    return ((widget.focusPolicy() & Qt.FocusPolicy.TabFocus) == Qt.FocusPolicy.TabFocus and widget.focusProxy() is None
            and not in_combo_popup(widget))


def in_combo_popup(widget: QWidget) -> bool:
    """A combo box's open list is part of the combo box (read as its items), not a control of its own."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox):
            return True
        parent = parent.parentWidget()
    return False


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader reads for `widget` (see the module's rule)."""
    if widget.accessibleName().strip():
        return widget.accessibleName()
    holder = widget.parentWidget()
    while holder is not None and holder.focusProxy() is widget:  # a spin box's line edit: the spin box's name
        if holder.accessibleName().strip():
            return holder.accessibleName()
        widget, holder = holder, holder.parentWidget()
    if isinstance(widget, QAbstractButton):
        return widget.text().replace("&", "").strip()
    return ""


def describe(widget: QWidget) -> str:
    chain, parent = [], widget.parentWidget()
    while parent is not None and len(chain) < 4:
        chain.append(type(parent).__name__ + (f"#{parent.objectName()}" if parent.objectName() else ""))
        parent = parent.parentWidget()
    return f"{type(widget).__name__} {widget.objectName()!r} in {' < '.join(chain)}"


def unnamed_controls(root: QWidget, leave_out: QWidget | None = None) -> list[str]:
    """The controls in `root` that a person can Tab to (once shown) and that have no accessible name."""
    return [describe(w) for w in root.findChildren(QWidget)
            if takes_tab(w) and not accessible_name(w) and not (leave_out is not None and leave_out.isAncestorOf(w))]  # shown or not: a form shows when a row is chosen
