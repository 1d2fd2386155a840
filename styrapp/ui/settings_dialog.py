"""Redigera → Inställningar… (Ctrl+,): the person's own settings that are not the plan's. Here the
automatic backups: how often while the plan changes, and how many of each plan are kept."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from ..views.fields import WholeNumberBox
from .settings import Settings, backup_folder


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent=None):
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(460)
        self.minutes = WholeNumberBox()
        self.minutes.setRange(1, 240)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setValue(max(1, settings.backup_minutes))
        self.minutes.setAccessibleName(self.tr("Backup every"))
        self.kept = WholeNumberBox()
        self.kept.setRange(1, 100)
        self.kept.setValue(max(1, settings.backups_kept))
        self.kept.setAccessibleName(self.tr("Backups kept of each plan"))
        form = QFormLayout()
        form.addRow(self.tr("Backup every"), self.minutes)
        form.addRow(self.tr("Backups kept of each plan"), self.kept)
        where = QLabel(self.tr("A backup is also made when a plan is opened. They are kept in %1.")
                       .replace("%1", str(backup_folder())))
        where.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(where)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self.settings.backup_minutes = self.minutes.value()
        self.settings.backups_kept = self.kept.value()
        super().accept()
