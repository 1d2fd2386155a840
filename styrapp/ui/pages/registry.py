"""The window's pages, declared once and in order: key, title, icon and how to make it. The sidebar,
the Visa menu and its shortcuts, the page the window reopens on (saved by key) and the smoke test all
read this list. A new page is one module and one line here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QStyle, QWidget

if TYPE_CHECKING:
    from ..actions import ActionRegistry

SP = QStyle.StandardPixmap


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: Callable[[], str]  # the sidebar's and the menu's word, in the window's language
    icon: QStyle.StandardPixmap
    make: Callable[[ActionRegistry, QWidget], QWidget]  # the page, given the window's actions and its parent
    shortcut: str = ""  # the Visa menu's key for it (a QKeySequence in portable text), or none


def _overview(_actions, parent):
    from .overview_page import OverviewScreen

    return OverviewScreen(parent)


def _tree(tree: str):
    def make(actions, parent):
        from .tree_page import TreePage

        return TreePage(tree, actions, parent)

    return make


def _indicators(_actions, parent):
    from .indicators_page import IndicatorsPage

    return IndicatorsPage(parent)


def _follow_up(_actions, parent):
    from .follow_up_page import FollowUpPage

    return FollowUpPage(parent)


def _wheel(_actions, parent):
    from .wheel_page import WheelPage

    return WheelPage(parent)


def _control(_actions, parent):
    from .control_page import ControlPage

    return ControlPage(parent)


def _economy(_actions, parent):
    from .economy_page import EconomyPage

    return EconomyPage(parent)


def _review(_actions, parent):
    from .review_page import ReviewPage

    return ReviewPage(parent)


def _documents(_actions, parent):
    from .documents_page import DocumentsPage

    return DocumentsPage(parent)


def _reports(_actions, parent):
    from .reports_page import ReportsPage

    return ReportsPage(parent)


PAGES: tuple[PageSpec, ...] = (
    PageSpec("overview", lambda: QCoreApplication.translate("pages", "Overview"), SP.SP_DesktopIcon, _overview, "Ctrl+1"),
    PageSpec("goals", lambda: QCoreApplication.translate("pages", "Goals"), SP.SP_DirHomeIcon, _tree("goals"), "Ctrl+2"),
    PageSpec("assignments", lambda: QCoreApplication.translate("pages", "Assignments"), SP.SP_FileDialogListView, _tree("assignments"), "Ctrl+3"),
    PageSpec("indicators", lambda: QCoreApplication.translate("pages", "Indicators"), SP.SP_FileDialogDetailedView, _indicators, "Ctrl+4"),
    PageSpec("follow_up", lambda: QCoreApplication.translate("pages", "Follow-up"), SP.SP_DialogApplyButton, _follow_up, "Ctrl+5"),
    PageSpec("wheel", lambda: QCoreApplication.translate("pages", "Annual wheel"), SP.SP_BrowserReload, _wheel, "Ctrl+6"),
    PageSpec("control", lambda: QCoreApplication.translate("pages", "Internal control"), SP.SP_MessageBoxWarning, _control, "Ctrl+7"),
    PageSpec("economy", lambda: QCoreApplication.translate("pages", "Finances"), SP.SP_DriveHDIcon, _economy),
    PageSpec("review", lambda: QCoreApplication.translate("pages", "Situation review"), SP.SP_FileDialogContentsView, _review),
    PageSpec("documents", lambda: QCoreApplication.translate("pages", "Governing documents"), SP.SP_FileDialogInfoView, _documents),
    PageSpec("reports", lambda: QCoreApplication.translate("pages", "Reports"), SP.SP_FileIcon, _reports, "Ctrl+8"),
)
PAGE_KEYS: tuple[str, ...] = tuple(spec.key for spec in PAGES)

# Hjälp → Hjälp om den här sidan (F1): each page's chapter of the handbook, by page key. The same file name in
# docs/handbok (Swedish) and docs/handbook (English); a page without one opens the handbook's contents.
HELP_CHAPTERS: dict[str, str] = {
    "overview": "01-kom-igang.md",
    "goals": "04-mal.md",
    "assignments": "05-uppdrag.md",
    "indicators": "06-indikatorer.md",
    "follow_up": "08-uppfoljning.md",
    "wheel": "07-arshjul.md",
    "control": "09-intern-kontroll.md",
    "economy": "10-ekonomi.md",
    "review": "11-nulageskoll.md",
    "documents": "12-styrdokument.md",
    "reports": "13-rapporter.md",
}
