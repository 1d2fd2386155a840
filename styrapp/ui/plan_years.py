"""The plan year in view, in the window: the year chooser on the toolbar, the banner of a closed year with
its way back, and Plan → Stäng året… / Öppna året igen…. A part of `MainWindow`, kept apart so the
window's module stays one idea.

A closed year (after its årsredovisning) is read-only: the services refuse every change to it, and the
window says so above the page and turns the editing actions off until the year is reopened."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QMessageBox

from ..models.changes import Changes, Kind


class PlanYears:
    """Mixed into MainWindow: uses its document, toolbar, actions, menus and status bar."""

    # the Plan menu's actions a closed year in view leaves on (the rest change the plan)
    OPEN_IN_A_CLOSED_YEAR = ("plan.reopen_year", "plan.rollover")

    def _build_year_chooser(self) -> None:
        """"Planår: [2027 ▾]" on the toolbar, and the banner a closed year shows above the page."""
        self.toolbar.addSeparator()
        label = QLabel(QCoreApplication.translate("MainWindow", "Plan year:"))
        label.setContentsMargins(6, 0, 4, 0)
        self.year_box = QComboBox()
        self.year_box.setObjectName("year-box")
        self.year_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.year_box.setToolTip(QCoreApplication.translate("MainWindow", "The plan year the pages show. A closed year can be read and printed, "
                                     "not changed."))
        self.year_box.setAccessibleName(QCoreApplication.translate("MainWindow", "Plan year"))
        label.setBuddy(self.year_box)
        self.year_box.activated.connect(self._year_chosen)
        self._year_label_action = self.toolbar.addWidget(label)
        self._year_box_action = self.toolbar.addWidget(self.year_box)
        self.year_banner = QLabel()
        self.year_banner.setObjectName("year-banner")
        self.year_banner.setWordWrap(True)
        self.year_banner.setTextFormat(Qt.TextFormat.RichText)
        self.year_banner.setStyleSheet("QLabel#year-banner { background: #e8eef7; color: #1c2b3f; "
                                       "border-bottom: 1px solid #7f9cc4; padding: 6px 12px; }")
        self.year_banner.linkActivated.connect(lambda _link: self.reopen_year())
        self.year_banner.hide()
        self.actions.connect("plan.close_year", self.close_year)
        self.actions.connect("plan.reopen_year", self.reopen_year)
        self._show_year_chooser(False)

    def _show_year_chooser(self, shown: bool) -> None:
        self._year_label_action.setVisible(shown)
        self._year_box_action.setVisible(shown)
        if not shown:
            self.year_banner.hide()

    def _fill_years(self) -> None:
        """The years the plan holds, newest first, the one in view chosen; then the banner and actions."""
        from ..models.queries.years import plan_years

        if self.document is None:
            self._show_year_chooser(False)
            return
        plan = self.document.plan
        rows = plan_years(plan)
        self.year_box.blockSignals(True)
        self.year_box.clear()
        for row in reversed(rows):
            text = str(row.year)
            if row.closed:
                text = QCoreApplication.translate("MainWindow", "%1 (closed)").replace("%1", text)
            self.year_box.addItem(text, row.year)
        self.year_box.setCurrentIndex(max(0, self.year_box.findData(plan.year)))
        self.year_box.blockSignals(False)
        self._show_year_chooser(True)
        self._show_year_state(next((r for r in rows if r.year == plan.year), None))

    def _year_chosen(self, index: int) -> None:
        year = self.year_box.itemData(index)
        if self.document is not None and year is not None and year != self.document.plan.year:
            self.document.view_year(year)

    def _year_switched(self, _year) -> None:
        self._fill_years()
        self._show_title()
        self.show_message(QCoreApplication.translate("MainWindow", "Showing plan year %1.").replace("%1", str(self.document.plan.year)))

    def _years_changed(self, changes: Changes) -> None:
        """A year made, closed or reopened (or such a change undone): the chooser and banner follow."""
        if changes.touches(Kind.PLAN) and self.document is not None:
            self._fill_years()

    def year_is_closed(self) -> bool:
        return bool(getattr(self, "_closed_in_view", False))

    def _show_year_state(self, row) -> None:
        closed = row is not None and row.closed
        self._closed_in_view = closed
        if closed:
            self.year_banner.setText(
                QCoreApplication.translate("MainWindow", "<b>%1 is closed</b> (since %2): its plan and follow-up are kept as they were decided, to read "
                    "and print. <a href=\"reopen\">Reopen the year…</a>")
                .replace("%1", str(row.year)).replace("%2", row.closed_on.isoformat()))
        self.year_banner.setVisible(closed)
        read_only = self.document is None or self.document.plan.read_only
        self.actions["plan.close_year"].setEnabled(not read_only and row is not None and not closed)
        self.actions["plan.reopen_year"].setEnabled(not read_only and closed)
        for key in self.actions.keys():
            if key.startswith("plan.") and key not in ("plan.close_year", "plan.reopen_year"):
                self.actions[key].setEnabled(self.document is not None and (not closed or key in self.OPEN_IN_A_CLOSED_YEAR))
        for page in self.pages.values():  # the forms of the pages that have them: readable, not changeable
            if hasattr(page, "set_read_only"):  # (also a plan opened for reading: another styrapp has it)
                page.set_read_only(closed or (self.document is not None and self.document.plan.read_only))
        self._update_edit_actions()

    def close_year(self) -> None:
        from .year_commands import CloseYear

        if self.document is None:
            return
        year = self.document.plan.year
        answer = QMessageBox.question(
            self, QCoreApplication.translate("MainWindow", "Close %1?").replace("%1", str(year)),
            QCoreApplication.translate("MainWindow", "Close %1 when its annual report is decided: the year's goals, assignments, follow-up, risks and "
                "figures are then kept as they are, to read and print, and cannot be changed until the year is "
                "reopened.\n\nClose %1 now?").replace("%1", str(year)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes and self.document.run(CloseYear(year)):
            self.show_message(QCoreApplication.translate("MainWindow", "%1 is closed.").replace("%1", str(year)))

    def reopen_year(self) -> None:
        from .year_commands import ReopenYear

        if self.document is None or not self.year_is_closed():
            return
        year = self.document.plan.year
        answer = QMessageBox.question(
            self, QCoreApplication.translate("MainWindow", "Reopen %1?").replace("%1", str(year)),
            QCoreApplication.translate("MainWindow", "%1 was closed after its annual report. Changes made now change what was decided and printed then.\n\n"
                "Reopen %1 for changes?").replace("%1", str(year)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes and self.document.run(ReopenYear(year)):
            self.show_message(QCoreApplication.translate("MainWindow", "%1 is open for changes again.").replace("%1", str(year)))
