"""Accessible names from the labels a person sees: a form's field is named by its row's label ("Ansvarig"),
a label's buddy by the label. Qt's screen-reader bridge guesses the same from a buddy; saying it outright
makes every field's name certain and lets the tests check it (WCAG 2.1, 4.1.2). A field that already has a
name keeps it."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QDialog, QFormLayout, QLabel, QLayout, QWidget


def label_text(label: QLabel) -> str:
    """The words of a label as read aloud: no markup, no & of a mnemonic, no colon at the end."""
    text = re.sub(r"<[^>]+>", "", label.text()).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.strip().rstrip(":").strip()


def _focusable(layout_or_widget) -> list[QWidget]:
    if isinstance(layout_or_widget, QWidget):
        widgets = [layout_or_widget, *layout_or_widget.findChildren(QWidget)]
    else:
        widgets = [item.widget() for item in _items(layout_or_widget) if item.widget() is not None]
        widgets = [w for top in widgets for w in (top, *top.findChildren(QWidget))]
    return [w for w in widgets if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.focusProxy() is None
            and not w.accessibleName() and not (isinstance(w, QAbstractButton) and w.text())]  # a button says its text


def _items(layout: QLayout):
    for i in range(layout.count()):
        item = layout.itemAt(i)
        yield item
        if item.layout() is not None:
            yield from _items(item.layout())


def _name(widget: QWidget, name: str) -> None:
    holder = widget.parentWidget()  # a spin box's line edit: name the spin box, which a screen reader reads
    while holder is not None and holder.focusProxy() is widget:
        widget, holder = holder, holder.parentWidget()
    if name and not widget.accessibleName():
        widget.setAccessibleName(name)


def name_fields_from_labels(root: QWidget) -> None:
    """Name every unnamed field in `root`'s forms after its label, and every label's buddy after the label."""
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is None or field is None or not isinstance(label.widget(), QLabel):
                continue
            name = label_text(label.widget())
            for widget in _focusable(field.widget() or field.layout()):
                _name(widget, name)
    for label in root.findChildren(QLabel):
        if label.buddy() is not None:
            _name(label.buddy(), label_text(label))


def tab_leaves_tables(root: QWidget) -> None:
    """Tab and Shift+Tab go to the next and previous control from every table and list in `root`."""
    for view in root.findChildren(QAbstractItemView):
        view.setTabKeyNavigation(False)


class NamesOnShow(QObject):
    """Installed on the main window: each dialog made as its child has its fields named from their labels
    when it first shows (once its forms are filled in)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.ChildAdded and event.child().isWidgetType():  # not yet a QDialog
            event.child().installEventFilter(self)  # while it is made: told apart when it shows
        elif event.type() == QEvent.Type.Show and watched is not self.parent():
            watched.removeEventFilter(self)
            if isinstance(watched, QDialog):
                name_fields_from_labels(watched)
                tab_leaves_tables(watched)
        return False
