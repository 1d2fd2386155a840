"""A form held still while the plan year in view is closed: its group boxes are turned off as a whole, so
each control inside keeps the state its form gave it and gets it back when the year is reopened."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QWidget


def hold_still(form: QWidget, still: bool) -> None:
    """Turn the form's group boxes off (`still`) or on again; what is in them stays readable."""
    for box in form.findChildren(QGroupBox):
        box.setEnabled(not still)
