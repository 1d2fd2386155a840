"""Hjälp → Handbok: the handbook's Markdown chapters (docs/handbok in Swedish, docs/handbook in English)
shown in a window of their own — the chapters on the left, the chapter on the right with its pictures
scaled to the window's width, back and forward, and Ctrl+F to search the chapter. The same files are
what GitHub shows, so a link between chapters and a picture's path are plain relative paths."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStyle,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ..paths import docs_dir

FOLDERS = {"sv": "handbok", "en": "handbook"}
INDEX = "README.md"  # the handbook's contents: what GitHub shows for the folder, and the window's first page
_TITLE = re.compile(r"^#\s+(.+?)\s*$", re.MULTILINE)


@dataclass(frozen=True)
class Chapter:
    file: str  # the file's name, the same in both languages (e.g. "04-mal.md")
    title: str  # its first heading


def handbook_folder(language: str) -> Path:
    return docs_dir() / FOLDERS.get(language, FOLDERS["sv"])


def chapters(language: str) -> list[Chapter]:
    """The contents first, then the chapters in the order of their numbers."""
    folder = handbook_folder(language)
    files = [folder / INDEX, *sorted(p for p in folder.glob("[0-9][0-9]-*.md"))]
    out = []
    for path in files:
        if path.is_file():
            found = _TITLE.search(path.read_text(encoding="utf-8"))
            out.append(Chapter(path.name, found.group(1) if found else path.stem))
    return out


class HandbookBrowser(QTextBrowser):
    """A QTextBrowser that shows a picture no wider than the text: Markdown has no size for an image,
    and a screenshot is wider than the help window."""

    def loadResource(self, kind: int, name: QUrl):  # noqa: N802 - Qt API
        if kind == QTextDocument.ResourceType.ImageResource.value and name.isLocalFile():
            image = QImage(name.toLocalFile())
            if not image.isNull():
                room = max(200, self.viewport().width() - 2 * int(self.document().documentMargin()) - 28)
                if image.width() > room:
                    image = image.scaledToWidth(room, Qt.TransformationMode.SmoothTransformation)
                return image
        return super().loadResource(kind, name)


class HelpWindow(QMainWindow):
    def __init__(self, language: str = "sv", parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.language = language if language in FOLDERS else "sv"
        self.folder = handbook_folder(self.language)
        self.setObjectName("help-window")
        self.setWindowTitle(self.tr("styrapp handbook"))
        self.resize(1100, 720)

        self.contents = QListWidget()
        self.contents.setObjectName("help-contents")
        self.contents.setAccessibleName(self.tr("Chapters"))
        self.contents.setWordWrap(True)
        self.contents.setSpacing(3)
        for chapter in chapters(self.language):
            item = QListWidgetItem(chapter.title)
            item.setData(Qt.ItemDataRole.UserRole, chapter.file)
            item.setToolTip(chapter.title)
            self.contents.addItem(item)
        self.contents.itemActivated.connect(self._chosen)
        self.contents.itemClicked.connect(self._chosen)

        self.browser = HandbookBrowser()
        self.browser.setObjectName("help-text")
        self.browser.setAccessibleName(self.tr("Chapter"))
        self.browser.setOpenLinks(False)  # a link to another chapter opens here, a web address in the browser
        self.browser.anchorClicked.connect(self.follow)
        self.browser.sourceChanged.connect(self._shown)
        self.browser.document().setDocumentMargin(12)

        self.find_field = QLineEdit()
        self.find_field.setObjectName("help-find")
        self.find_field.setPlaceholderText(self.tr("Find in this chapter"))
        self.find_field.setAccessibleName(self.tr("Find in this chapter"))
        self.find_field.setClearButtonEnabled(True)
        self.find_field.textChanged.connect(lambda _text: self.find_next(again=False))
        self.find_field.returnPressed.connect(self.find_next)
        self.find_note = QLabel()
        self.find_bar = QWidget()
        row = QHBoxLayout(self.find_bar)
        row.setContentsMargins(4, 2, 4, 2)
        row.addWidget(QLabel(self.tr("Find:")))
        row.addWidget(self.find_field, 1)
        row.addWidget(self.find_note)
        self.find_bar.hide()

        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.browser, 1)
        column.addWidget(self.find_bar)
        split = QSplitter()
        split.addWidget(self.contents)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([250, 850])
        self.setCentralWidget(split)

        style = self.style()
        bar = QToolBar(self.tr("Navigation"))
        bar.setObjectName("help-toolbar")
        bar.setMovable(False)
        bar.setIconSize(QSize(20, 20))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.back = bar.addAction(style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack), self.tr("Back"))
        self.back.setShortcut(QKeySequence.StandardKey.Back)
        self.back.setToolTip(self.tr("Back to the page shown before (Alt+Left)"))
        self.back.triggered.connect(self.browser.backward)
        self.forward = bar.addAction(style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward), self.tr("Forward"))
        self.forward.setShortcut(QKeySequence.StandardKey.Forward)
        self.forward.setToolTip(self.tr("Forward again (Alt+Right)"))
        self.forward.triggered.connect(self.browser.forward)
        home = bar.addAction(style.standardIcon(QStyle.StandardPixmap.SP_DirHomeIcon), self.tr("Contents"))
        home.setToolTip(self.tr("The handbook's table of contents"))
        home.triggered.connect(lambda: self.show_chapter(INDEX))
        find = bar.addAction(self.tr("Find…"))
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.setToolTip(self.tr("Find a word in this chapter (Ctrl+F; Enter finds the next)"))
        find.triggered.connect(self.start_find)
        self.back.setEnabled(False)
        self.forward.setEnabled(False)
        self.browser.backwardAvailable.connect(self.back.setEnabled)
        self.browser.forwardAvailable.connect(self.forward.setEnabled)
        self.addToolBar(bar)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.find_bar, self._end_find,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        self._width = 0
        self._rescale = QTimer(self, singleShot=True, interval=150)
        self._rescale.timeout.connect(self._scale_pictures)
        self.browser.viewport().installEventFilter(self)
        self.show_chapter(INDEX)

    # --- what is shown -----------------------------------------------------------------------------------

    def show_chapter(self, file: str) -> None:
        """Show the chapter `file` (e.g. "04-mal.md"); the contents if it is not in this language's handbook."""
        path = self.folder / file
        if not path.is_file():
            path = self.folder / INDEX
        self.browser.setSource(QUrl.fromLocalFile(str(path)), QTextDocument.ResourceType.MarkdownResource)

    def current_file(self) -> str:
        return Path(self.browser.source().toLocalFile()).name

    def follow(self, url: QUrl) -> None:
        """A link: another chapter (and a place in it) here, anything else in the program the system has for it."""
        target = self.browser.source().resolved(url) if url.isRelative() else url
        if target.isLocalFile() and target.toLocalFile().endswith(".md") and Path(target.toLocalFile()).is_file():
            self.browser.setSource(target, QTextDocument.ResourceType.MarkdownResource)
        elif url.isRelative() and url.hasFragment() and not url.path():
            self.browser.scrollToAnchor(url.fragment())
        else:
            QDesktopServices.openUrl(target)

    def _shown(self, url: QUrl) -> None:
        name = Path(url.toLocalFile()).name
        for row in range(self.contents.count()):
            if self.contents.item(row).data(Qt.ItemDataRole.UserRole) == name:
                self.contents.setCurrentRow(row)
                break
        title = self.browser.documentTitle() or (self.contents.currentItem().text() if self.contents.currentItem() else "")
        self.setWindowTitle(self.tr("styrapp handbook") + (f" – {title}" if title else ""))
        self.find_note.clear()

    def _chosen(self, item: QListWidgetItem) -> None:
        file = item.data(Qt.ItemDataRole.UserRole)
        if file != self.current_file():
            self.show_chapter(file)

    # --- pictures as wide as the text --------------------------------------------------------------------

    def eventFilter(self, watched, event):  # noqa: N802 - Qt API
        if watched is self.browser.viewport() and event.type() == event.Type.Resize:
            if abs(event.size().width() - self._width) > 24:
                self._rescale.start()
        return super().eventFilter(watched, event)

    def _scale_pictures(self) -> None:
        self._width = self.browser.viewport().width()
        bar = self.browser.verticalScrollBar()
        where = bar.value() / bar.maximum() if bar.maximum() else 0.0
        self.browser.reload()  # loads the pictures again, at the new width
        bar.setValue(round(where * bar.maximum()))

    # --- find ----------------------------------------------------------------------------------------------

    def start_find(self) -> None:
        self.find_bar.show()
        self.find_field.setFocus()
        self.find_field.selectAll()

    def _end_find(self) -> None:
        self.find_bar.hide()
        self.browser.setFocus()

    def find_next(self, again: bool = True) -> bool:
        """Find the text typed, from the place found before (Enter) or from the top (typing), round to the top."""
        text = self.find_field.text()
        self.find_note.clear()
        if not text:
            return False
        if not again:
            cursor = self.browser.textCursor()
            cursor.movePosition(cursor.MoveOperation.Start)
            self.browser.setTextCursor(cursor)
        found = self.browser.find(text)
        if not found:
            cursor = self.browser.textCursor()
            cursor.movePosition(cursor.MoveOperation.Start)
            self.browser.setTextCursor(cursor)
            found = self.browser.find(text)
        if not found:
            self.find_note.setText(QCoreApplication.translate("HelpWindow", "Not in this chapter"))
        return found
