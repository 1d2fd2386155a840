"""The main window: a sidebar of pages around one open plan, with menus, toolbar and status bar.

It assembles; the pages hold the work. One `PlanDocument` (plan file + undo stack) per open plan.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, SignalInstance
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..models.changes import Changes, Kind
from ..models.errors import StyrappError
from .actions import ActionRegistry
from .document import PlanDocument
from .pages.registry import PAGES, PageSpec
from .pages.welcome import WelcomePage
from .plan_dialogs import PlanDialogs
from .plan_exchange import PlanExchange
from .plan_rescue import FILE_FILTER, PlanRescue
from .plan_years import PlanYears
from .settings import Settings
from .window_menus import WindowMenus


class MainWindow(WindowMenus, PlanRescue, PlanExchange, PlanDialogs, PlanYears, QMainWindow):
    def __init__(self, settings: Settings | None = None, pages: tuple[PageSpec, ...] = PAGES):
        super().__init__()
        self.settings = settings or Settings()
        self.document: PlanDocument | None = None
        self.actions = ActionRegistry(self)
        self.setWindowTitle("styrapp")
        self.setObjectName("main-window")
        self.setMinimumSize(QSize(900, 560))

        self.specs = tuple(pages)
        self.page_keys = tuple(spec.key for spec in self.specs)
        self.stack = QStackedWidget()
        # Every page is made before the window shows (a page first shown later takes the activation with it).
        self.pages: dict[str, QWidget] = {spec.key: spec.make(self.actions, self.stack) for spec in self.specs}
        self._pending: dict[str, Changes] = {}  # what happened while a page was hidden
        self.welcome = WelcomePage(self.actions)
        self.welcome.open_recent.connect(self.open_with_dialog)
        self.welcome.open_demo.connect(self.open_demo)
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Pages"))
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setSpacing(2)
        self.sidebar.setFixedWidth(176)
        for spec in self.specs:
            item = QListWidgetItem(self.style().standardIcon(spec.icon), spec.title())
            item.setSizeHint(QSize(160, 34))
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.sidebar.addItem(item)
            page = self.pages[spec.key]
            page.setObjectName(f"page-{spec.key}")
            self.stack.addWidget(page)
            if isinstance(getattr(page, "message", None), SignalInstance):  # a line for the status bar
                page.message.connect(self.show_message)
        self.stack.addWidget(self.welcome)
        self.sidebar.currentRowChanged.connect(self._page_chosen)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.sidebar)
        # Says why the plan cannot be changed here (another styrapp has it open), for as long as it is so.
        self.banner = QLabel()
        self.banner.setObjectName("read-only-banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("QLabel#read-only-banner { background: #fff4ce; color: #3b2f00; "
                                  "border-bottom: 1px solid #c9a800; padding: 6px 12px; }")
        self.banner.hide()
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        column.addWidget(self.stack, 1)
        self._banner_column = column
        row.addLayout(column, 1)
        self.setCentralWidget(central)

        self.file_label = QLabel()
        self.statusBar().addPermanentWidget(self.file_label)
        self._connect_pages()
        self._undo_action = None
        self._opening = False
        self._changed_since_backup = False
        self._backup_timer = QTimer(self)  # a backup every few minutes while the plan changes
        self._backup_timer.timeout.connect(self._backup_if_changed)
        self._build_menus()
        self._build_year_chooser()
        self._banner_column.insertWidget(1, self.year_banner)
        from ..views.accessible_names import NamesOnShow, name_fields_from_labels, tab_leaves_tables

        for page in self.pages.values():  # a screen reader reads each field by its label (so do its dialogs)
            name_fields_from_labels(page)
            tab_leaves_tables(page)
        self._names_on_show = NamesOnShow(self)
        self.installEventFilter(self._names_on_show)
        QWidget.setTabOrder(self.year_box, self.sidebar)  # the toolbar's year, the sidebar, then the page
        self._set_plan_actions_enabled(False)
        self.restore_settings()

    def __getattr__(self, name: str):  # window.goals, window.wheel …: the page of that key
        pages = self.__dict__.get("pages")
        if pages is not None and name in pages:
            return pages[name]
        raise AttributeError(name)

    def _connect_pages(self) -> None:
        """What the pages ask of each other through the window."""
        pages = self.pages
        if "wheel" in pages:
            pages["wheel"].import_requested.connect(lambda path, ring: self.import_file(path, ring=ring))
            for key in pages["wheel"].EDIT_ACTION_KEYS:  # Delete and Insert act on the wheel's events too
                pages["wheel"].wheel.addAction(self.actions[key])
                pages["wheel"].list.table.addAction(self.actions[key])
        if "overview" in pages:
            pages["overview"].finding_activated.connect(self._go_to_finding)
            pages["overview"].step_activated.connect(self._go_to_step)
        if "follow_up" in pages:
            pages["follow_up"].record_activated.connect(lambda r: self.show_node(r.node_id))
        if "indicators" in pages:  # an indicator row in the goal tree opens that indicator; drags open pages
            from ..views.node_tree_model import INDICATOR_MIME
            from ..views.spring_loaded import SpringLoaded

            for key in ("goals", "assignments"):
                if key in pages:
                    pages[key].indicator_chosen.connect(self.show_indicator)
            self._spring_loaded = SpringLoaded(self.sidebar, (INDICATOR_MIME,))

    # --- menus and toolbar ----------------------------------------------------------------------------

    def _set_plan_actions_enabled(self, enabled: bool) -> None:
        plan_keys = [key for key in self.actions.keys() if key.startswith("plan.")]  # every Plan menu item
        for key in ("file.save_copy", "file.import", "file.fetch_goals", "file.export", "file.restore", "file.close", *plan_keys):
            self.actions[key].setEnabled(enabled)
        self.sidebar.setEnabled(enabled)
        self._update_edit_actions()

    PAGE_ACTIONS = ("edit.add_child", "edit.add_sibling", "edit.rename", "edit.delete", "edit.cut", "edit.copy",
                    "edit.paste", "edit.move_up", "edit.move_down", "view.expand", "view.collapse", "view.find")

    READ_ACTIONS = ("edit.copy", "view.expand", "view.collapse", "view.find")  # what a closed year leaves on

    def _update_edit_actions(self) -> None:
        page = self.stack.currentWidget()
        handled = getattr(page, "edit_actions", ()) if self.document is not None else ()
        if self.year_is_closed():
            handled = [key for key in handled if key in self.READ_ACTIONS]
        for key in self.PAGE_ACTIONS:
            self.actions[key].setEnabled(key in handled)

    # --- pages --------------------------------------------------------------------------------------------

    def _page_chosen(self, row: int) -> None:
        if row < 0:
            return
        key = self.page_keys[row]
        self.stack.setCurrentWidget(self.pages[key])
        self.settings.last_page = key
        if self._opening:  # let the window appear first; the page fills in on the next turn
            QTimer.singleShot(0, lambda k=key: self._catch_up_if_current(k))
        else:
            self.catch_up(key)
        self._update_edit_actions()

    def _catch_up_if_current(self, key: str) -> None:
        if self.document is not None and self.stack.currentWidget() is self.pages[key]:
            self.catch_up(key)

    def catch_up(self, key: str) -> None:
        """Show the page what changed while it was hidden (everything, the first time after an open)."""
        pending = self._pending.pop(key, None)
        if pending and self.document is not None:
            self.pages[key].refresh(pending)

    def _show_title(self) -> None:
        """The plan's title and organisation, then the file: "Verksamhetsplan 2027 · Testkommun – x.styrplan"."""
        from ..models.queries.report_rows import plan_header

        header = plan_header(self.document.plan)
        named = " · ".join(part for part in (header.title, header.organisation) if part)
        self.setWindowTitle(" – ".join(part for part in (named, self.document.plan.path.name, "styrapp") if part))

    def _plan_changed(self, changes: Changes) -> None:
        """Each page decides whether the change is its business; the one in view redraws at once."""
        self._changed_since_backup = True
        if changes.touches(Kind.PLAN):
            self._show_title()
        current = self.stack.currentWidget()
        for key, page in self.pages.items():
            if not page.concerns(changes):
                continue
            if page is current and key not in self._pending:
                page.refresh(changes)
            else:
                self._pending[key] = self._pending.get(key, Changes()) | changes

    def current_page(self) -> QWidget:
        return self.stack.currentWidget()

    def show_page(self, key: str) -> None:
        self.sidebar.setCurrentRow(self.page_keys.index(key))

    def _on_tree_page(self, method: str, *args) -> None:
        page = self.stack.currentWidget()
        if getattr(page, "view", True) is None:  # a tree page before its plan
            return
        if method in getattr(page, "edit_methods", ()):
            getattr(page, method)(*args)

    def _focus_search(self) -> None:
        page = self.stack.currentWidget()
        if "view.find" in getattr(page, "edit_actions", ()):
            page.search.setFocus()
            page.search.selectAll()

    def show_node(self, node_id: int) -> None:
        for key in ("goals", "assignments"):
            if key not in self.pages:
                continue
            page = self.pages[key]
            self.catch_up(key)
            if node_id in page.model.ids():
                self.show_page(key)
                page.select_node(node_id)
                return

    def show_indicator(self, indicator_id: int) -> None:
        self.show_page("indicators")
        self.catch_up("indicators")
        self.pages["indicators"].select_indicator(indicator_id)

    def _go_to_finding(self, finding) -> None:
        if finding.node_id is not None:
            self.show_node(finding.node_id)
        elif finding.indicator_id is not None:
            self.show_page("indicators")
        elif finding.unit_id is not None:
            self.edit_organisation()
        elif getattr(finding, "risk_id", None) is not None:  # the internkontrollplan (issue 16)
            self.show_page("control")
            self.pages["control"].select_risk(finding.risk_id)
        elif finding.code.startswith("document_") and "documents" in self.pages:  # a styrdokument's date or body
            self.show_page("documents")

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 12000)

    # --- the plan file ------------------------------------------------------------------------------

    def open_plan_file(self, path: Path) -> None:
        """Open `path`; on a bad file raise StyrappError and keep the plan that was open."""
        from ..models.errors import PlanLocked
        from ..models.file.plan_file import open_plan  # SQLAlchemy loads here, after the window is up

        banner = ""
        try:
            plan = open_plan(path)
        except PlanLocked as exc:
            if exc.other_computer and self.ask_take_over(exc):
                plan = open_plan(path, ignore_other_computer=True)
            else:  # somebody else edits it: look, but do not touch
                plan = open_plan(path, read_only=True)
                banner = self.tr("Read only: this plan is open in styrapp %1. You can look and print here, but not "
                                 "change anything; close it there and open it again here to edit.").replace("%1", str(exc.owner))
        self._close_document()
        self.document = PlanDocument(plan, self)
        self.document.failed.connect(self.show_message)
        self.document.changed.connect(self._plan_changed)
        self.document.changed.connect(self._years_changed)
        self.document.year_changed.connect(self._year_switched)
        self._install_undo_actions()
        everything = Changes.everything()
        for key, page in self.pages.items():
            page.show_document(self.document)
            if hasattr(page, "restore_state"):
                page.restore_state(self.settings)
            self._pending[key] = everything
        self._show_title()
        read_only = self.tr("read-only")
        self.file_label.setText(str(plan.path) + (f"  ({read_only})" if plan.read_only else ""))
        self.banner.setText(banner)
        self.banner.setVisible(bool(banner))
        if plan.notice:
            self.show_message(plan.notice)
        self.settings.add_recent(plan.path)
        self._changed_since_backup = False
        if not plan.read_only:
            self.back_up()  # a copy as it was opened, before anything is changed
            self._backup_timer.start(max(1, self.settings.backup_minutes) * 60_000)
        self._set_plan_actions_enabled(True)
        self._fill_years()
        QTimer.singleShot(1500, self.warm_up)
        row = self.page_keys.index(self.settings.last_page) if self.settings.last_page in self.page_keys else 0
        self._opening = True
        try:
            if self.sidebar.currentRow() == row:
                self._page_chosen(row)
            else:
                self.sidebar.setCurrentRow(row)
        finally:
            self._opening = False

    def ask_take_over(self, locked) -> bool:
        """The plan's lock file says another computer has it open: take it over? (It may be stale.)"""
        answer = QMessageBox.question(
            self, self.tr("Take over the plan?"),
            self.tr("The plan %1 is marked as open in styrapp on another computer (%2).\n\nIf styrapp is still "
                    "running there, choose No: the plan opens here for reading only. If that computer stopped or "
                    "lost the network, choose Yes to take the plan over and edit it here.")
            .replace("%1", locked.path.name).replace("%2", str(locked.owner)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def preview_plan(self, path: Path) -> bool:
        """If the person was last on Mål or Uppdrag, show that tree straight from the file, before the
        database layer has loaded; `open_plan_file` follows on the next turn of the event loop.
        Returns False (showing nothing) for other pages or for a file the full open must judge."""
        from ..models.queries.tree_rows import peek_tree

        key = self.settings.last_page
        if key not in ("goals", "assignments") or key not in self.pages:
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

    def open_with_dialog(self, path: Path) -> bool:
        try:
            self.open_plan_file(Path(path))
            return True
        except StyrappError as exc:
            return self.show_open_error(Path(path), exc)

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
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy as"), str(self.settings.new_plans_folder()),
                                              FILE_FILTER)
        if name:
            dest = Path(name) if name.endswith(".styrplan") else Path(name + ".styrplan")
            try:
                self.document.plan.save_copy(dest)
                self.show_message(self.tr("A copy was saved as %1").replace("%1", str(dest)))
            except (StyrappError, OSError) as exc:
                QMessageBox.critical(self, self.tr("Could not save the copy"), getattr(exc, "message", str(exc)))

    def close_plan(self) -> None:
        self._close_document()
        self.banner.hide()
        self.setWindowTitle("styrapp")
        self.file_label.setText("")
        self._set_plan_actions_enabled(False)
        self.sidebar.clearSelection()
        self.welcome.show_recent(self.settings.existing_recent())
        self.stack.setCurrentWidget(self.welcome)

    def _close_document(self) -> None:
        self._pending.clear()
        self._show_year_chooser(False)
        self._closed_in_view = False
        self._backup_timer.stop()
        if self.document is not None:
            self.save_settings()
            self.document.changed.disconnect()  # pages stop listening before the plan goes
            self.document.failed.disconnect()
            self.document.close()
            self.document.deleteLater()
            self.document = None

    # --- dialogs -------------------------------------------------------------------------------------

    def about(self) -> None:
        from ..logs import log_folder
        from .about_dialog import AboutDialog
        from .settings import backup_folder

        AboutDialog(self, log_folder(), backup_folder()).exec()

    def open_handbook(self, chapter: str = "") -> None:
        """Hjälp → Handbok: the help window (one per window), in the window's language, at `chapter`."""
        from ..wording import current_language
        from .help_window import INDEX, HelpWindow

        help_window = getattr(self, "help_window", None)
        if help_window is None:
            help_window = self.help_window = HelpWindow(current_language(), self)
            help_window.resize(min(1100, max(800, self.width() - 120)), min(760, max(560, self.height() - 40)))
        help_window.show_chapter(chapter or INDEX)
        help_window.show()
        help_window.raise_()
        help_window.activateWindow()

    def help_on_page(self) -> None:
        """F1: the chapter on the page shown (the handbook's contents on the start page)."""
        from .pages.registry import HELP_CHAPTERS

        page = self.stack.currentWidget()
        key = next((key for key, shown in self.pages.items() if shown is page), "")
        self.open_handbook(HELP_CHAPTERS.get(key, ""))

    def set_language(self, language: str) -> None:
        self.settings.language = language
        self.actions["view.language_sv"].setChecked(language == "sv")
        self.actions["view.language_en"].setChecked(language == "en")
        from ..wording import tr, use_language

        with use_language(language):  # said in the language chosen, which the window speaks from the next start
            QMessageBox.information(self, "styrapp", tr("The language changes the next time styrapp starts."))

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
        for page in self.pages.values():
            if hasattr(page, "save_state"):
                page.save_state(self.settings)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.save_settings()
        self._close_document()
        for page in self.pages.values():
            if hasattr(page, "cleanup"):
                page.cleanup()
        super().closeEvent(event)
