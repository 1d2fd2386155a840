"""The main window: a sidebar of pages around one open plan, with menus, toolbar and status bar.

It assembles; the pages hold the work. One `PlanDocument` (plan file + undo stack) per open plan.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QStyle,
    QToolBar,
    QWidget,
)

from ..models.enums import Tree
from ..models.errors import StyrappError
from ..views.overview import OverviewPage
from .actions import ActionRegistry
from .document import PlanDocument
from .pages.follow_up_page import FollowUpPage
from .pages.indicators_page import IndicatorsPage
from .pages.reports_page import ReportsPage
from .pages.table_pages import control_page
from .pages.tree_page import TreePage
from .pages.welcome import WelcomePage
from .pages.wheel_page import WheelPage
from .settings import Settings

FILE_FILTER = "styrapp-plan (*.styrplan)"
PAGE_KEYS = ("overview", "goals", "assignments", "indicators", "follow_up", "wheel", "control", "reports")


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings | None = None):
        super().__init__()
        self.settings = settings or Settings()
        self.document: PlanDocument | None = None
        self.actions = ActionRegistry(self)
        self.setWindowTitle("styrapp")
        self.setObjectName("main-window")
        self.setMinimumSize(QSize(900, 560))

        self.overview = OverviewPage()
        self.goals = TreePage(Tree.GOALS, self.actions)
        self.assignments = TreePage(Tree.ASSIGNMENTS, self.actions)
        self.indicators = IndicatorsPage()
        self.follow_up = FollowUpPage()
        self.wheel = WheelPage()
        self.control = control_page()
        self.reports = ReportsPage()
        self.welcome = WelcomePage(self.actions)
        self.welcome.open_recent.connect(self.open_with_dialog)
        self.welcome.open_demo.connect(self.open_demo)
        self.pages: dict[str, QWidget] = {
            "overview": self.overview, "goals": self.goals, "assignments": self.assignments,
            "indicators": self.indicators, "follow_up": self.follow_up, "wheel": self.wheel,
            "control": self.control, "reports": self.reports,
        }
        titles = (self.tr("Overview"), self.tr("Goals"), self.tr("Assignments"), self.tr("Indicators"),
                  self.tr("Follow-up"), self.tr("Annual wheel"), self.tr("Internal control"), self.tr("Reports"))
        icons = (QStyle.StandardPixmap.SP_DesktopIcon, QStyle.StandardPixmap.SP_DirHomeIcon,
                 QStyle.StandardPixmap.SP_FileDialogListView, QStyle.StandardPixmap.SP_FileDialogDetailedView,
                 QStyle.StandardPixmap.SP_DialogApplyButton, QStyle.StandardPixmap.SP_BrowserReload,
                 QStyle.StandardPixmap.SP_MessageBoxWarning, QStyle.StandardPixmap.SP_FileIcon)
        self.stack = QStackedWidget()
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setSpacing(2)
        self.sidebar.setFixedWidth(176)
        for page, title, icon in zip(self.pages.values(), titles, icons, strict=True):
            item = QListWidgetItem(self.style().standardIcon(icon), title)
            item.setSizeHint(QSize(160, 34))
            self.sidebar.addItem(item)
            self.stack.addWidget(page)
        self.stack.addWidget(self.welcome)
        self.sidebar.currentRowChanged.connect(self._page_chosen)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.sidebar)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.file_label = QLabel()
        self.statusBar().addPermanentWidget(self.file_label)
        for page in (self.goals, self.assignments, self.wheel, self.reports):
            page.message.connect(self.show_message)
        self.wheel.import_requested.connect(lambda path, ring: self.import_file(path, ring=ring))
        self.overview.finding_activated.connect(self._go_to_finding)
        self.follow_up.record_activated.connect(lambda r: self.show_node(r.node_id))
        self._undo_action = None
        self._opening = False
        self._build_menus()
        for key in WheelPage.EDIT_ACTION_KEYS:  # Delete and Insert act on the wheel's events too
            self.wheel.wheel.addAction(self.actions[key])
            self.wheel.list.table.addAction(self.actions[key])
        self._set_plan_actions_enabled(False)
        self.restore_settings()

    # --- menus and toolbar ----------------------------------------------------------------------------

    def _build_menus(self) -> None:
        a = self.actions
        a.connect("file.new", self.new_plan)
        a.connect("file.open", self.choose_plan)
        a.connect("file.save_copy", self.save_copy)
        a.connect("file.import", self.choose_import)
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
        a.connect("plan.organisation", self.edit_organisation)
        a.connect("plan.styrmodell", self.edit_styrmodell)
        a.connect("plan.status_rules", self.edit_status_rules)
        a.connect("help.about", self.about)
        a.connect("view.language_sv", lambda: self.set_language("sv"))
        a.connect("view.language_en", lambda: self.set_language("en"))
        for key in ("edit.add_child", "edit.add_sibling", "edit.rename", "edit.delete", "edit.cut", "edit.copy",
                    "edit.paste", "edit.move_up", "edit.move_down"):
            a[key].setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

        menu = self.menuBar().addMenu(self.tr("&File"))
        menu.addAction(a["file.new"])
        menu.addAction(a["file.open"])
        self.recent_menu = menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        menu.addAction(a["file.save_copy"])
        menu.addSeparator()
        menu.addAction(a["file.import"])
        menu.addSeparator()
        menu.addAction(a["file.close"])
        menu.addAction(a["file.quit"])

        self.edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.edit_menu.addSeparator()
        for key in ("edit.cut", "edit.copy", "edit.paste", "edit.delete", None, "edit.add_child", "edit.add_sibling",
                    "edit.rename", "edit.move_up", "edit.move_down"):
            self.edit_menu.addSeparator() if key is None else self.edit_menu.addAction(a[key])

        menu = self.menuBar().addMenu(self.tr("&Plan"))
        menu.addAction(a["plan.organisation"])
        menu.addAction(a["plan.styrmodell"])
        menu.addAction(a["plan.status_rules"])

        view = self.menuBar().addMenu(self.tr("&View"))
        for row in range(self.sidebar.count()):
            action = view.addAction(self.sidebar.item(row).text())
            action.setShortcut(f"Ctrl+{row + 1}")
            action.triggered.connect(lambda _c=False, r=row: self.sidebar.setCurrentRow(r))
        view.addSeparator()
        view.addAction(a["view.find"])
        view.addAction(a["view.expand"])
        view.addAction(a["view.collapse"])
        view.addSeparator()
        language = view.addMenu(self.tr("&Language"))
        language.addAction(a["view.language_sv"])
        language.addAction(a["view.language_en"])
        a["view.language_sv"].setChecked(self.settings.language == "sv")
        a["view.language_en"].setChecked(self.settings.language == "en")

        self.menuBar().addMenu(self.tr("&Help")).addAction(a["help.about"])

        self.toolbar = QToolBar(self.tr("Toolbar"))
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
        undo = stack.createUndoAction(self, self.tr("Undo"))
        redo = stack.createRedoAction(self, self.tr("Redo"))
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
            self.recent_menu.addAction(self.tr("(no recent plans)")).setEnabled(False)

    def _set_plan_actions_enabled(self, enabled: bool) -> None:
        for key in ("file.save_copy", "file.import", "file.close", "plan.organisation", "plan.styrmodell",
                    "plan.status_rules"):
            self.actions[key].setEnabled(enabled)
        self.sidebar.setEnabled(enabled)
        self._update_edit_actions()

    def _update_edit_actions(self) -> None:
        on_tree = self.document is not None and isinstance(self.stack.currentWidget(), TreePage)
        on_wheel = self.document is not None and self.stack.currentWidget() is self.wheel
        for key in ("edit.add_child", "edit.add_sibling", "edit.rename", "edit.delete", "edit.cut", "edit.copy",
                    "edit.paste", "edit.move_up", "edit.move_down", "view.expand", "view.collapse", "view.find"):
            self.actions[key].setEnabled(on_tree or (on_wheel and key in WheelPage.EDIT_ACTION_KEYS))

    # --- pages --------------------------------------------------------------------------------------------

    def _page_chosen(self, row: int) -> None:
        if row < 0:
            return
        key = PAGE_KEYS[row]
        self.stack.setCurrentWidget(self.pages[key])
        self.settings.last_page = row
        if self._opening:  # let the window appear first; the page fills in on the next turn
            QTimer.singleShot(0, lambda k=key: self._refresh_if_current(k))
        else:
            self._refresh_page(key)
        self._update_edit_actions()

    def _refresh_if_current(self, key: str) -> None:
        if self.document is not None and self.stack.currentWidget() is self.pages[key]:
            self._refresh_page(key)

    def _refresh_page(self, key: str) -> None:
        if self.document is None:
            return
        plan = self.document.plan
        if key == "overview":
            from ..models.queries.agenda2030_coverage import sdg_coverage
            from ..models.queries.plan_status import status_counts
            from ..models.queries.red_thread import check_plan
            from ..models.queries.summary import summarise

            self.overview.show_plan(summarise(plan), check_plan(plan), status_counts(plan), sdg_coverage(plan))
        elif key in ("indicators", "follow_up", "wheel", "control", "reports"):
            self.pages[key].show_plan(plan)

    def current_page(self) -> QWidget:
        return self.stack.currentWidget()

    def show_page(self, key: str) -> None:
        self.sidebar.setCurrentRow(PAGE_KEYS.index(key))

    def _on_tree_page(self, method: str, *args) -> None:
        page = self.stack.currentWidget()
        if isinstance(page, TreePage) and page.view is not None:
            getattr(page, method)(*args)
        elif page is self.wheel and method in WheelPage.EDIT_ACTIONS:
            getattr(page, method)(*args)

    def _focus_search(self) -> None:
        page = self.stack.currentWidget()
        if isinstance(page, TreePage):
            page.search.setFocus()
            page.search.selectAll()

    def show_node(self, node_id: int) -> None:
        for key, page in (("goals", self.goals), ("assignments", self.assignments)):
            page.ensure_current()
            if node_id in page.model.ids():
                self.show_page(key)
                page.select_node(node_id)
                return

    def _go_to_finding(self, finding) -> None:
        if finding.node_id is not None:
            self.show_node(finding.node_id)
        elif finding.indicator_id is not None:
            self.show_page("indicators")
        elif finding.unit_id is not None:
            self.edit_organisation()

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 12000)

    # --- the plan file ------------------------------------------------------------------------------

    def open_plan_file(self, path: Path) -> None:
        """Open `path`; on a bad file raise StyrappError and keep the plan that was open."""
        from ..models.file.plan_file import open_plan  # SQLAlchemy loads here, after the window is up

        plan = open_plan(path)
        self._close_document()
        self.document = PlanDocument(plan, self)
        self.document.failed.connect(self.show_message)
        self.document.changed.connect(self._plan_changed)
        self._install_undo_actions()
        self.indicators.set_document(self.document)
        self.follow_up.set_document(self.document)
        self.wheel.set_document(self.document)
        self.reports.set_document(self.document)
        for page in (self.goals, self.assignments):
            page.set_document(self.document)
            page.splitter.restoreState(self.settings.splitter(page.splitter.objectName()))
        self.setWindowTitle(f"{plan.path.name} – styrapp")
        read_only = self.tr("read-only")
        self.file_label.setText(str(plan.path) + (f"  ({read_only})" if plan.read_only else ""))
        if plan.notice:
            self.show_message(plan.notice)
        self.settings.add_recent(plan.path)
        self._set_plan_actions_enabled(True)
        QTimer.singleShot(1500, self.warm_up)
        row = self.settings.last_page if 0 <= self.settings.last_page < len(PAGE_KEYS) else 0
        self._opening = True
        try:
            if self.sidebar.currentRow() == row:
                self._page_chosen(row)
            else:
                self.sidebar.setCurrentRow(row)
        finally:
            self._opening = False

    def preview_plan(self, path: Path) -> bool:
        """If the person was last on Mål or Uppdrag, show that tree straight from the file, before the
        database layer has loaded; `open_plan_file` follows on the next turn of the event loop.
        Returns False (showing nothing) for other pages or for a file the full open must judge."""
        from ..models.queries.tree_rows import peek_tree

        key = PAGE_KEYS[self.settings.last_page] if 0 <= self.settings.last_page < len(PAGE_KEYS) else ""
        if key not in ("goals", "assignments"):
            return False
        data = peek_tree(path, key)
        if data is None:
            return False
        self.pages[key].show_preview(data.rows)
        self.stack.setCurrentWidget(self.pages[key])
        self.setWindowTitle(f"{Path(path).name} – styrapp")
        self.file_label.setText(str(path))
        return True

    warm_up_thread = None

    def warm_up(self) -> None:
        """Load the chart library in the background once the window is up, so that the first chart a
        person opens draws as fast as the rest (loading matplotlib alone takes about half a second)."""
        import threading

        if MainWindow.warm_up_thread is None:
            def load() -> None:
                import matplotlib.backends.backend_qtagg  # noqa: F401 - the canvas the Indikatorer page uses
                from matplotlib.backends.backend_agg import FigureCanvasAgg

                from ..models.enums import Status
                from ..models.queries.indicator_series import IndicatorSeries
                from ..models.rules.status import StatusResult
                from ..reports.charts import indicator_chart

                # One throw-away chart off screen: fonts and text layout are cached for the first real one.
                empty = IndicatorSeries("", "", 0, "higher", None, None, None, None, "", StatusResult(Status.UNKNOWN, ""))
                FigureCanvasAgg(indicator_chart(empty)).draw()

            MainWindow.warm_up_thread = threading.Thread(target=load, name="styrapp-warm-up", daemon=True)
            MainWindow.warm_up_thread.start()

    def _plan_changed(self, _topic: str) -> None:
        key = PAGE_KEYS[self.sidebar.currentRow()] if self.sidebar.currentRow() >= 0 else ""
        if key and key not in ("goals", "assignments"):
            self._refresh_page(key)

    def open_with_dialog(self, path: Path) -> bool:
        try:
            self.open_plan_file(Path(path))
            return True
        except StyrappError as exc:
            QMessageBox.critical(self, self.tr("Could not open the plan"), exc.message)
            return False

    def open_demo(self) -> None:
        from .demo_copy import demo_copy

        self.open_with_dialog(demo_copy())

    def choose_plan(self) -> None:
        folder = str(Path(self.settings.last_file).parent) if self.settings.last_file else ""
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open plan"), folder, FILE_FILTER)
        if name:
            self.open_with_dialog(Path(name))

    def new_plan(self) -> None:
        from .new_plan_wizard import NewPlanWizard

        wizard = NewPlanWizard(self)
        if wizard.exec() and wizard.created is not None:
            self.open_with_dialog(wizard.created)

    def save_copy(self) -> None:
        if self.document is None:
            return
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy as"), "", FILE_FILTER)
        if name:
            dest = Path(name) if name.endswith(".styrplan") else Path(name + ".styrplan")
            try:
                self.document.plan.save_copy(dest)
                self.show_message(self.tr("A copy was saved as %1").replace("%1", str(dest)))
            except (StyrappError, OSError) as exc:
                QMessageBox.critical(self, self.tr("Could not save the copy"), getattr(exc, "message", str(exc)))

    def choose_import(self) -> None:
        if self.document is None:
            return
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import"), "",
                                              self.tr("Kolada, Excel or calendar (*.json *.csv *.xlsx *.ics)"))
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path, **options):
        """Import in the background; returns the run (its `finished` signal says when it is over).
        `options` go to the importer (the årshjul's ring for a calendar)."""
        from .import_runner import ImportRun

        run = ImportRun(self.document, path, self, **options)
        run.finished.connect(lambda _ok: run.deleteLater())
        run.start()
        return run

    def close_plan(self) -> None:
        self._close_document()
        self.setWindowTitle("styrapp")
        self.file_label.setText("")
        self._set_plan_actions_enabled(False)
        self.sidebar.clearSelection()
        self.welcome.show_recent(self.settings.existing_recent())
        self.stack.setCurrentWidget(self.welcome)

    def _close_document(self) -> None:
        if self.document is not None:
            self.save_settings()
            self.document.changed.disconnect()  # pages stop listening before the plan goes
            self.document.failed.disconnect()
            self.document.close()
            self.document.deleteLater()
            self.document = None

    # --- dialogs -------------------------------------------------------------------------------------

    def edit_organisation(self) -> None:
        from .organisation_dialog import OrganisationDialog

        if self.document is not None:
            OrganisationDialog(self.document, self).exec()

    def edit_styrmodell(self) -> None:
        from .styrmodell_dialog import StyrmodellDialog

        if self.document is not None:
            StyrmodellDialog(self.document, self).exec()

    def edit_status_rules(self) -> None:
        from .status_rules_dialog import StatusRulesDialog

        if self.document is not None:
            StatusRulesDialog(self.document, self).exec()

    def about(self) -> None:
        from .. import __version__

        QMessageBox.about(self, self.tr("About styrapp"), self.tr(
            "<h3>styrapp %1</h3><p>Plan and follow up a municipality's styrmodell: goals, uppdrag, indicators, "
            "the annual wheel and reports for the nämnd meeting.</p><p>One plan is one file; everything is "
            "saved as you work, and Edit → Undo takes back any change.</p>").replace("%1", __version__))

    def set_language(self, language: str) -> None:
        self.settings.language = language
        self.actions["view.language_sv"].setChecked(language == "sv")
        self.actions["view.language_en"].setChecked(language == "en")
        QMessageBox.information(self, "styrapp", self.tr("The language changes the next time styrapp starts.")
                                if language == "en" else "Språket byts nästa gång styrapp startar.")

    # --- settings -----------------------------------------------------------------------------------------

    def restore_settings(self) -> None:
        if not self.settings.geometry.isEmpty():
            self.restoreGeometry(self.settings.geometry)
        else:
            self.resize(1366, 768)
        if not self.settings.window_state.isEmpty():
            self.restoreState(self.settings.window_state)

    def save_settings(self) -> None:
        self.settings.geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        for page in (self.goals, self.assignments):
            self.settings.set_splitter(page.splitter.objectName(), page.splitter.saveState())

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.save_settings()
        self._close_document()
        self.reports.cleanup()
        super().closeEvent(event)
