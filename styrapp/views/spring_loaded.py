"""A list of pages that opens the page a drag is held over (as tabs do in a browser), so an indicator
dragged from the Indikatorer table can be dropped on a goal in Mål or on an uppdrag in Uppdrag."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QListWidget


class SpringLoaded(QObject):
    """While a drag carrying one of `formats` moves over a row of `pages`, that row becomes current.
    Nothing is dropped on the list itself."""

    def __init__(self, pages: QListWidget, formats: tuple[str, ...]):
        super().__init__(pages)
        self.pages, self.formats = pages, formats
        pages.setAcceptDrops(True)
        pages.viewport().setAcceptDrops(True)
        pages.viewport().installEventFilter(self)

    def _ours(self, event) -> bool:
        data = event.mimeData()
        return data is not None and any(data.hasFormat(f) for f in self.formats)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if kind not in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            return False
        if not self._ours(event):
            event.ignore()
            return True
        if kind == QEvent.Type.Drop:
            event.ignore()
            return True
        item = self.pages.itemAt(event.position().toPoint())
        if item is not None and self.pages.currentItem() is not item and self.pages.isEnabled():
            self.pages.setCurrentItem(item)
        event.acceptProposedAction()  # keeps the drag alive over the list, so the next page can open
        return True
