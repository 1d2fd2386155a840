"""The Plan menu's dialogs (and Redigera → Inställningar…), opened over the window, and where a Kom igång step
leads. A part of `MainWindow`, kept apart so the window's module stays one idea."""

from __future__ import annotations


class PlanDialogs:
    """Mixed into MainWindow: uses its document, settings, pages, actions and backup timer."""

    def _go_to_step(self, place: str) -> None:
        """A Kom igång step (or the notice about the template's samples) was clicked: go where it is done."""
        if place in self.pages:
            self.show_page(place)
        elif f"plan.{place}" in self.actions.keys():
            self.actions[f"plan.{place}"].trigger()

    def edit_plan_details(self) -> None:
        from .plan_details_dialog import PlanDetailsDialog

        if self.document is not None:
            PlanDetailsDialog(self.document, self).exec()

    def edit_organisation(self) -> None:
        from .organisation_dialog import OrganisationDialog

        if self.document is not None:
            OrganisationDialog(self.document, self).exec()

    def edit_styrmodell(self) -> None:
        from .styrmodell_dialog import StyrmodellDialog

        if self.document is not None:
            StyrmodellDialog(self.document, self).exec()

    def edit_settings(self) -> None:
        from .settings_dialog import SettingsDialog

        if not SettingsDialog(self.settings, self).exec():
            return
        for code in ("sv", "en"):  # Visa → Språk shows the language chosen there (it too applies at the next start)
            self.actions[f"view.language_{code}"].setChecked(self.settings.language == code)
        if self.document is not None:
            self._backup_timer.start(max(1, self.settings.backup_minutes) * 60_000)  # the new pace at once

    def edit_status_rules(self) -> None:
        from .status_rules_dialog import StatusRulesDialog

        if self.document is not None:
            StatusRulesDialog(self.document, self).exec()

    def edit_periods(self) -> None:
        from .periods_dialog import PeriodsDialog

        if self.document is not None:
            PeriodsDialog(self.document, self).exec()

    def new_plan_period(self) -> None:
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QMessageBox

        from ..models.errors import StyrappError
        from .rollover_dialog import RolloverDialog

        if self.document is None:
            return
        try:
            dialog = RolloverDialog(self.document, self)
        except StyrappError as exc:  # the plan has no year to start from
            QMessageBox.warning(self, QCoreApplication.translate("MainWindow", "New plan period"), exc.message)
            return
        dialog.exec()
