"""Statusregler: where the plan puts the line between green, yellow and red (the plan's own setting)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from ..views.fields import WholeNumberBox
from . import commands
from .dialogs import PlanDialog


class StatusRulesDialog(PlanDialog):
    def __init__(self, document, parent=None):
        from ..models.queries.plan_settings import get_setting
        from ..models.rules.plan_settings import STATUS_TOLERANCE, STATUS_YELLOW_PROGRESS

        super().__init__(document, parent)
        self.setWindowTitle(self.tr("Status rules"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "An indicator is green when its target is reached. Short of it, the status is yellow or red by these "
            "rules, the same everywhere: in the trees, the tables and the reports."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.progress = WholeNumberBox()
        self.progress.setRange(1, 99)
        self.progress.setSuffix(" %")
        self.progress.setValue(round(get_setting(document.plan, STATUS_YELLOW_PROGRESS) * 100))
        self.tolerance = WholeNumberBox()
        self.tolerance.setRange(0, 100)
        self.tolerance.setSuffix(" %")
        self.tolerance.setValue(round(get_setting(document.plan, STATUS_TOLERANCE) * 100))
        form.addRow(self.tr("Yellow from this share of the way from baseline to target"), self.progress)
        form.addRow(self.tr("Without a baseline: yellow within this distance of the target"), self.tolerance)
        layout.addLayout(form)
        layout.addWidget(self.refusal)
        row = self.undo_buttons()
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.progress.editingFinished.connect(lambda: self._set(STATUS_YELLOW_PROGRESS.key, self.progress.value() / 100))
        self.tolerance.editingFinished.connect(lambda: self._set(STATUS_TOLERANCE.key, self.tolerance.value() / 100))

    def _set(self, key: str, value: float) -> None:
        from ..models.queries.plan_settings import get_setting
        from ..models.rules import plan_settings

        setting = next(s for s in plan_settings.ALL if s.key == key)
        if abs(get_setting(self.document.plan, setting) - value) > 1e-9:
            self.run(commands.SetPlanSetting(self.tr("Change the status rules"), key, value))
