"""Driving the tree editors as a user does: find rows, press keys, drag and drop, answer dialogs."""

from __future__ import annotations

import warnings

from PySide6.QtCore import QMimeData, QPoint, Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from styrapp.models.queries.node_rows import read_tree
from styrapp.models.tables import Measurement


def tree_shape(plan, tree: str) -> list[tuple[int, int | None, str]]:
    """(id, parent, title) in display order: the exact tree, to compare before and after."""
    return [(r.id, r.parent_id, r.title) for r in read_tree(plan, tree).rows]


def click_row(qtbot, page, node_id: int) -> None:
    view = page.view
    window = view.window()
    if QApplication.activeWindow() is not window:  # offscreen, a closed dialog does not hand activation back
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    index = view.view_index(node_id)
    view.scrollTo(index)
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.current_id() == node_id


def drag_and_drop(page, source_id: int, target_id: int, where: str = "on") -> None:
    """Drop `source` on the middle of `target`'s row ("on"), or just above it ("above")."""
    view = page.view
    mime: QMimeData = view.model().mimeData([view.view_index(source_id)])
    rect = view.visualRect(view.view_index(target_id))
    point = rect.center() if where == "on" else QPoint(rect.center().x(), rect.top() + 1)
    viewport = view.viewport()
    action = Qt.DropAction.MoveAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    with warnings.catch_warnings():  # PySide6 marks the QPoint constructors deprecated, yet offers no other
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(point, action, mime, buttons, mods)
        move = QDragMoveEvent(point, action, mime, buttons, mods)
    QApplication.sendEvent(viewport, enter)
    QApplication.sendEvent(viewport, move)
    drop = QDropEvent(point.toPointF(), action, mime, buttons, mods)
    QApplication.sendEvent(viewport, drop)


def answer_next_message_box(button: QMessageBox.StandardButton, seen: list[str]) -> None:
    """Press `button` in the next message box that opens, and note its text."""

    def answer():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.button(button).click()
        else:
            QTimer.singleShot(20, answer)

    QTimer.singleShot(20, answer)


def type_text(qtbot, widget, text: str) -> None:
    """Type `text` key by key; Swedish letters too (QTest only knows ASCII key codes)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


def in_next_dialog(kind, act, seen: list | None = None) -> None:
    """Once a modal dialog of class `kind` opens, do `act(dialog)` with it (as a person would in it)."""

    def look():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            if seen is not None:
                seen.append(dialog)
            act(dialog)
        else:
            QTimer.singleShot(20, look)

    QTimer.singleShot(20, look)


def values(plan, indicator_id: int) -> dict:
    """An indicator's measured values as (period, kind, gender) → value."""
    with plan.session() as session:
        return {(m.period, m.kind, m.gender): m.value for m in session.execute(
            select(Measurement).where(Measurement.indicator_id == indicator_id)).scalars()}


def open_indicator(window, qtbot, name: str):
    """Indikatorer, with the indicator called `name` clicked in the table: (the page, its id)."""
    window.show_page("indicators")
    page = window.indicators
    row = next(i for i, r in enumerate(page.model.records) if r.name == name)
    table = page.table_page.table
    index = page.table_page.proxy.mapFromSource(page.model.index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())
    return page, page.model.records[row].id
