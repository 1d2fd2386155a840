"""Redigera → Inställningar… (Ctrl+,): the person's own settings that are not the plan's — the window's
language (from the next start) and colours (at once), the automatic backups, the folder new plans go in,
and the report defaults the Rapporter page starts from when the plan keeps none of its own."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from ..views.fields import WholeNumberBox
from .dialogs import error_label
from .settings import BACKUP_MINUTES, BACKUPS_KEPT, PAPERS, Settings, backup_folder, documents_folder


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


def _choices(box: QComboBox, chosen: str, *pairs: tuple[str, str]) -> QComboBox:
    for value, text in pairs:
        box.addItem(text, value)
    box.setCurrentIndex(max(0, box.findData(chosen)))
    return box


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent=None):
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(480)
        from ..wording import LANGUAGES

        # --- the window
        self.language = _choices(QComboBox(), settings.language, *LANGUAGES.items())
        self.language.setAccessibleName(self.tr("Language of the window"))
        self.theme = _choices(QComboBox(), settings.theme, ("standard", self.tr("Standard")),
                              ("high_contrast", self.tr("High contrast")))
        self.theme.setAccessibleName(self.tr("Colours"))
        self.theme.setAccessibleDescription(self.tr("High contrast: white text on black, the selection in yellow"))
        window_form = QFormLayout()
        window_form.addRow(self.tr("Language"), self.language)
        window_form.addRow(self.tr("Colours"), self.theme)
        window_box = QGroupBox(self.tr("The window"))
        window_column = QVBoxLayout(window_box)
        window_column.addLayout(window_form)
        window_column.addWidget(_note(self.tr("The colours change at once. The language changes the next time "
                                              "styrapp starts (the menus and pages are made in it then).")))

        # --- backups
        self.minutes = WholeNumberBox()
        self.minutes.setRange(*BACKUP_MINUTES)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setValue(settings.backup_minutes)
        self.minutes.setAccessibleName(self.tr("Backup every"))
        self.kept = WholeNumberBox()
        self.kept.setRange(*BACKUPS_KEPT)
        self.kept.setValue(settings.backups_kept)
        self.kept.setAccessibleName(self.tr("Backups kept of each plan"))
        backup_form = QFormLayout()
        backup_form.addRow(self.tr("Backup every"), self.minutes)
        backup_form.addRow(self.tr("Backups kept of each plan"), self.kept)
        backup_box = QGroupBox(self.tr("Backups"))
        backup_column = QVBoxLayout(backup_box)
        backup_column.addLayout(backup_form)
        backup_column.addWidget(_note(self.tr("A backup is also made when a plan is opened. They are kept in %1.")
                                      .replace("%1", str(backup_folder()))))

        # --- new plans
        self.folder = QLineEdit(settings.plans_folder)
        self.folder.setPlaceholderText(str(documents_folder()))
        self.folder.setAccessibleName(self.tr("Folder for new plans"))
        self.folder.setAccessibleDescription(self.tr("Empty: your Documents folder"))
        self.folder.textEdited.connect(lambda _t: self.error.hide())
        self.browse = QPushButton(self.tr("Choose…"))
        self.browse.setAccessibleName(self.tr("Choose the folder for new plans"))
        self.browse.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse)
        plans_box = QGroupBox(self.tr("New plans"))
        plans_form = QFormLayout(plans_box)
        plans_form.addRow(self.tr("Folder"), folder_row)
        plans_form.addRow(_note(self.tr("Where File → New plan… and Save a copy as… start.")))

        # --- reports
        self.paper = _choices(QComboBox(), settings.report_paper, *((p, p) for p in PAPERS))
        self.paper.setAccessibleName(self.tr("Paper of new reports"))
        self.report_language = _choices(QComboBox(), settings.report_language, *LANGUAGES.items())
        self.report_language.setAccessibleName(self.tr("Language of new reports"))
        reports_box = QGroupBox(self.tr("Reports"))
        reports_form = QFormLayout(reports_box)
        reports_form.addRow(self.tr("Paper"), self.paper)
        reports_form.addRow(self.tr("Language"), self.report_language)
        reports_form.addRow(_note(self.tr("What the Reports page starts with. A plan that keeps its own report "
                                          "language prints in that.")))

        self.error = error_label()
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for box in (window_box, backup_box, plans_box, reports_box):
            layout.addWidget(box)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def choose_folder(self) -> None:
        start = self.folder.text() or str(self.settings.new_plans_folder())
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for new plans"), start)
        if chosen:
            self.folder.setText(chosen)
            self.error.hide()

    def accept(self) -> None:
        folder = self.folder.text().strip()
        if folder and not Path(folder).is_dir():  # refused: nothing is kept, the dialog stays open
            self.error.setText(self.tr("The folder %1 does not exist. Choose one that does, or leave the field "
                                       "empty for your Documents folder.").replace("%1", folder))
            self.error.show()
            self.folder.setFocus()
            return
        s = self.settings
        s.backup_minutes = self.minutes.value()
        s.backups_kept = self.kept.value()
        s.plans_folder = str(Path(folder).resolve()) if folder else ""
        s.report_paper = self.paper.currentData()
        s.report_language = self.report_language.currentData()
        s.language = self.language.currentData()
        if self.theme.currentData() != s.theme:
            s.theme = self.theme.currentData()
            from .theme import apply_theme

            apply_theme(QApplication.instance(), s.theme)  # at once
        super().accept()
