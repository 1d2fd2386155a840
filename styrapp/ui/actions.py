"""Every action of the program declared once (text, shortcut, icon, tip); menus, toolbar and context
menus all take their QAction from the registry, so a shortcut or a label is changed in one place."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QStyle

Shortcut = QKeySequence.StandardKey | str | None


@dataclass(frozen=True)
class ActionSpec:
    key: str
    text: str
    shortcut: Shortcut = None
    icon: QStyle.StandardPixmap | None = None
    tip: str = ""
    checkable: bool = False


def specs() -> list[ActionSpec]:
    sp = QStyle.StandardPixmap
    keys = QKeySequence.StandardKey
    return [
        ActionSpec("file.new", QCoreApplication.translate("actions", "&New plan from template…"), keys.New, sp.SP_FileIcon,
                   QCoreApplication.translate("actions", "Start a new plan from one of the governance model templates")),
        ActionSpec("file.open", QCoreApplication.translate("actions", "&Open…"), keys.Open, sp.SP_DialogOpenButton,
                   QCoreApplication.translate("actions", "Open a plan file (.styrplan)")),
        ActionSpec("file.save_copy", QCoreApplication.translate("actions", "Save a &copy as…"), keys.SaveAs, sp.SP_DialogSaveButton,
                   QCoreApplication.translate("actions", "Save a copy of the plan, e.g. to send by e-mail")),
        ActionSpec("file.import", QCoreApplication.translate("actions", "&Import…"), None, None,
                   QCoreApplication.translate("actions", "Bring in figures from Kolada (JSON or CSV) or Excel, or "
                                                         "calendar events (.ics) into the annual wheel")),
        ActionSpec("file.fetch_goals", QCoreApplication.translate("actions", "&Fetch goals from the commissioner's plan…"),
                   None, None, QCoreApplication.translate("actions", "Fetch the goals set by the commissioner from their "
                                                                     "plan file, kept linked to it; fetching again shows "
                                                                     "what changed there")),
        ActionSpec("file.export", QCoreApplication.translate("actions", "&Export…"), None, None,
                   QCoreApplication.translate("actions", "Write the whole plan to an Excel workbook (.xlsx), one part a "
                                                         "sheet, that can be brought back into any plan")),
        ActionSpec("file.restore", QCoreApplication.translate("actions", "&Restore from a backup…"), None, None,
                   QCoreApplication.translate("actions", "Open or put back one of the copies styrapp keeps of this plan")),
        ActionSpec("file.close", QCoreApplication.translate("actions", "&Close"), keys.Close, None),
        ActionSpec("file.quit", QCoreApplication.translate("actions", "&Quit"), keys.Quit, None),
        ActionSpec("edit.settings", QCoreApplication.translate("actions", "Se&ttings…"), "Ctrl+,", None,
                   QCoreApplication.translate("actions", "Your own settings: language, colours, backups, the folder for new "
                                                         "plans and the report defaults")),
        ActionSpec("edit.cut", QCoreApplication.translate("actions", "Cu&t"), keys.Cut, None, QCoreApplication.translate("actions", "Cut the selected node")),
        ActionSpec("edit.copy", QCoreApplication.translate("actions", "&Copy"), keys.Copy, None, QCoreApplication.translate("actions", "Copy the selected node")),
        ActionSpec("edit.paste", QCoreApplication.translate("actions", "&Paste"), keys.Paste, None,
                   QCoreApplication.translate("actions", "Paste under the selected node")),
        ActionSpec("edit.delete", QCoreApplication.translate("actions", "&Delete"), keys.Delete, sp.SP_TrashIcon,
                   QCoreApplication.translate("actions", "Delete the selected node and everything beneath it")),
        ActionSpec("edit.add_child", QCoreApplication.translate("actions", "Add &beneath"), "Ins", sp.SP_FileDialogNewFolder,
                   QCoreApplication.translate("actions", "Add a node beneath the selected one (Insert)")),
        ActionSpec("edit.add_sibling", QCoreApplication.translate("actions", "Add &next to"), "Alt+Ins", None,
                   QCoreApplication.translate("actions", "Add a node on the same level after the selected one (Alt+Insert)")),
        ActionSpec("edit.rename", QCoreApplication.translate("actions", "&Rename"), "F2", None),
        ActionSpec("edit.move_up", QCoreApplication.translate("actions", "Move &up"), "Ctrl+Up", sp.SP_ArrowUp),
        ActionSpec("edit.move_down", QCoreApplication.translate("actions", "Move do&wn"), "Ctrl+Down", sp.SP_ArrowDown),
        ActionSpec("plan.details", QCoreApplication.translate("actions", "Plan &details…"), None, None,
                   QCoreApplication.translate("actions", "The organisation, vision, values, term of office and decision")),
        ActionSpec("plan.organisation", QCoreApplication.translate("actions", "&Organisation…"), None, None,
                   QCoreApplication.translate("actions", "Edit the organisation's units: committees, administrations, departments")),
        ActionSpec("plan.styrmodell", QCoreApplication.translate("actions", "&Governance model…"), None, None,
                   QCoreApplication.translate("actions", "Rename levels, change colours, add or remove levels")),
        ActionSpec("plan.status_rules", QCoreApplication.translate("actions", "Status &rules…"), None, None,
                   QCoreApplication.translate("actions", "Where the line goes between green, yellow and red")),
        ActionSpec("plan.periods", QCoreApplication.translate("actions", "Reporting &periods…"), None, None,
                   QCoreApplication.translate("actions", "Add, rename or remove reporting periods; change their kind, "
                                                         "end and decision date")),
        ActionSpec("plan.rollover", QCoreApplication.translate("actions", "&New plan period…"), None, None,
                   QCoreApplication.translate("actions", "Make next year's plan from this year's: what continues, "
                                                         "the periods, the annual wheel and the risks")),
        ActionSpec("plan.close_year", QCoreApplication.translate("actions", "&Close the year…"), None, None,
                   QCoreApplication.translate("actions", "Keep the year in view as decided, after its annual report: "
                                                         "read-only until reopened")),
        ActionSpec("plan.reopen_year", QCoreApplication.translate("actions", "Re&open the year…"), None, None,
                   QCoreApplication.translate("actions", "Open a closed year for changes again")),
        ActionSpec("view.expand", QCoreApplication.translate("actions", "&Expand all"), "Ctrl+Shift+Right", None),
        ActionSpec("view.collapse", QCoreApplication.translate("actions", "C&ollapse all"), "Ctrl+Shift+Left", None),
        ActionSpec("view.find", QCoreApplication.translate("actions", "&Find…"), keys.Find, None, QCoreApplication.translate("actions", "Filter the tree")),
        ActionSpec("view.language_sv", "Svenska", None, None, checkable=True),
        ActionSpec("view.language_en", "English", None, None, checkable=True),
        ActionSpec("help.about", QCoreApplication.translate("actions", "&About styrapp"), None, None,
                   QCoreApplication.translate("actions", "The version, the libraries' licences, and where the logs and "
                                                         "backups are")),
        ActionSpec("help.handbook", QCoreApplication.translate("actions", "&Handbook"), None, None,
                   QCoreApplication.translate("actions", "The user guide: a year in styrapp, chapter by chapter")),
        ActionSpec("help.page", QCoreApplication.translate("actions", "Help on this &page"), keys.HelpContents, None,
                   QCoreApplication.translate("actions", "The handbook's chapter on the page you are on (F1)")),
    ]


class ActionRegistry(QObject):
    def __init__(self, parent: QObject):
        super().__init__(parent)
        self._actions: dict[str, QAction] = {}
        style = QApplication.style()
        for spec in specs():
            action = QAction(spec.text, parent)
            if spec.shortcut is not None:
                action.setShortcut(QKeySequence(spec.shortcut))
            if spec.icon is not None:
                action.setIcon(style.standardIcon(spec.icon))
            if spec.tip:
                action.setStatusTip(spec.tip)
                action.setToolTip(spec.tip)
            action.setCheckable(spec.checkable)
            action.setObjectName(spec.key)
            self._actions[spec.key] = action

    def __getitem__(self, key: str) -> QAction:
        return self._actions[key]

    def add(self, key: str, action: QAction) -> None:
        """Register an action Qt makes for us (the undo stack's Ångra/Gör om)."""
        action.setObjectName(key)
        self._actions[key] = action

    def connect(self, key: str, handler: Callable[[], None]) -> None:
        self._actions[key].triggered.connect(lambda _checked=False: handler())

    def keys(self) -> list[str]:
        return list(self._actions)
