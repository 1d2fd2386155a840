"""The window's menus, toolbar and undo actions, drawn from the action registry (`actions.py`): which action
sits in which menu, and what each does in the window. A part of `MainWindow`, kept apart so the window's
module stays one idea."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QStyle, QToolBar, QWhatsThis


class WindowMenus:
    """Mixed into MainWindow: uses its actions, settings, pages and the handlers of its other parts."""

    def _build_menus(self) -> None:
        a = self.actions
        a.connect("file.new", self.new_plan)
        a.connect("file.open", self.choose_plan)
        a.connect("file.save_copy", self.save_copy)
        a.connect("file.import", self.choose_import)
        a.connect("file.fetch_goals", self.fetch_commissioner_goals)
        a.connect("file.export", self.choose_export)
        a.connect("file.restore", self.restore_backup)
        a.connect("edit.settings", self.edit_settings)
        a.connect("file.close", self.close_plan)
        a.connect("file.quit", self.close)
        for key, method in (("edit.add_child", "add_child"), ("edit.add_sibling", "add_sibling"),
                            ("edit.rename", "rename_current"), ("edit.delete", "delete_current"),
                            ("edit.cut", "cut_current"), ("edit.copy", "copy_current"), ("edit.paste", "paste"),
                            ("view.expand", "expand_all"), ("view.collapse", "collapse_all")):
            a.connect(key, lambda m=method: self._on_tree_page(m))
        a.connect("edit.move_up", lambda: self._on_tree_page("move_current", -1))
        a.connect("edit.move_down", lambda: self._on_tree_page("move_current", 1))
        a.connect("view.find", self._focus_search)
        a.connect("plan.details", self.edit_plan_details)
        a.connect("plan.organisation", self.edit_organisation)
        a.connect("plan.styrmodell", self.edit_styrmodell)
        a.connect("plan.status_rules", self.edit_status_rules)
        a.connect("plan.periods", self.edit_periods)
        a.connect("plan.rollover", self.new_plan_period)
        a.connect("help.about", self.about)
        a.connect("help.handbook", self.open_handbook)
        a.connect("help.page", self.help_on_page)
        a.connect("view.language_sv", lambda: self.set_language("sv"))
        a.connect("view.language_en", lambda: self.set_language("en"))
        for key in ("edit.add_child", "edit.add_sibling", "edit.rename", "edit.delete", "edit.cut", "edit.copy",
                    "edit.paste", "edit.move_up", "edit.move_down"):
            a[key].setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

        menu = self.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&File"))
        menu.addAction(a["file.new"])
        menu.addAction(a["file.open"])
        self.recent_menu = menu.addMenu(QCoreApplication.translate("MainWindow", "Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        menu.addAction(a["file.save_copy"])
        menu.addSeparator()
        menu.addAction(a["file.import"])
        menu.addAction(a["file.export"])
        menu.addAction(a["file.fetch_goals"])
        menu.addAction(a["file.restore"])
        menu.addSeparator()
        menu.addAction(a["file.close"])
        menu.addAction(a["file.quit"])

        self.edit_menu = self.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
        self.edit_menu.addSeparator()
        for key in ("edit.cut", "edit.copy", "edit.paste", "edit.delete", None, "edit.add_child", "edit.add_sibling",
                    "edit.rename", "edit.move_up", "edit.move_down"):
            self.edit_menu.addSeparator() if key is None else self.edit_menu.addAction(a[key])
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(a["edit.settings"])

        menu = self.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Plan"))
        menu.addAction(a["plan.details"])
        menu.addAction(a["plan.organisation"])
        menu.addAction(a["plan.styrmodell"])
        menu.addAction(a["plan.status_rules"])
        menu.addAction(a["plan.periods"])
        menu.addSeparator()
        menu.addAction(a["plan.rollover"])
        menu.addAction(a["plan.close_year"])
        menu.addAction(a["plan.reopen_year"])

        view = self.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&View"))
        self.page_actions = {}
        for spec in self.specs:
            action = view.addAction(self.style().standardIcon(spec.icon), spec.title())
            action.setObjectName(f"view.page.{spec.key}")
            if spec.shortcut:
                action.setShortcut(spec.shortcut)
            action.triggered.connect(lambda _c=False, k=spec.key: self.show_page(k))
            self.page_actions[spec.key] = action
        view.addSeparator()
        view.addAction(a["view.find"])
        view.addAction(a["view.expand"])
        view.addAction(a["view.collapse"])
        view.addSeparator()
        language = view.addMenu(QCoreApplication.translate("MainWindow", "&Language"))
        language.addAction(a["view.language_sv"])
        language.addAction(a["view.language_en"])
        a["view.language_sv"].setChecked(self.settings.language == "sv")
        a["view.language_en"].setChecked(self.settings.language == "en")

        help_menu = self.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Help"))
        help_menu.addAction(a["help.handbook"])
        help_menu.addAction(a["help.page"])
        whats_this = QWhatsThis.createAction(self)  # Shift+F1, then click a field
        whats_this.setText(QCoreApplication.translate("MainWindow", "&What's this?"))
        whats_this.setToolTip(QCoreApplication.translate("MainWindow", "Click a field afterwards to read what it is for (Shift+F1)"))
        a.add("help.whats_this", whats_this)
        help_menu.addAction(whats_this)
        help_menu.addSeparator()
        help_menu.addAction(a["help.about"])

        self.toolbar = QToolBar(QCoreApplication.translate("MainWindow", "Toolbar"))
        self.toolbar.setObjectName("main-toolbar")
        self.toolbar.setIconSize(QSize(20, 20))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(self.toolbar)
        for key in ("file.new", "file.open", "file.save_copy"):
            self.toolbar.addAction(a[key])
        self.toolbar.addSeparator()

    def _install_undo_actions(self) -> None:
        """The Ångra/Gör om actions come from the open plan's undo stack ("Ångra Flytta mål")."""
        stack = self.document.undo_stack
        for old in (self._undo_action, getattr(self, "_redo_action", None)):
            if old is not None:
                self.edit_menu.removeAction(old)
                self.toolbar.removeAction(old)
                old.deleteLater()
        undo = stack.createUndoAction(self, QCoreApplication.translate("MainWindow", "Undo"))
        redo = stack.createRedoAction(self, QCoreApplication.translate("MainWindow", "Redo"))
        undo.setShortcut("Ctrl+Z")
        redo.setShortcuts(["Ctrl+Y", "Ctrl+Shift+Z"])
        style = self.style()
        undo.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        redo.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward))
        first = self.edit_menu.actions()[0] if self.edit_menu.actions() else None
        self.edit_menu.insertAction(first, undo)
        self.edit_menu.insertAction(first, redo)
        self.toolbar.addAction(undo)
        self.toolbar.addAction(redo)
        self.actions.add("edit.undo", undo)
        self.actions.add("edit.redo", redo)
        self._undo_action, self._redo_action = undo, redo

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.existing_recent()
        for path in recent:
            action = self.recent_menu.addAction(path.name)
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _c=False, p=path: self.open_with_dialog(p))
        if not recent:
            self.recent_menu.addAction(QCoreApplication.translate("MainWindow", "(no recent plans)")).setEnabled(False)
