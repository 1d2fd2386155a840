"""Ny plan från mall: the organisation's name and kind, the styrmodell template, the year, the file."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ..models.content.templates import TEMPLATE_NAMES, apply_template, load_template
from ..models.enums import OrganisationKind
from ..models.errors import PlanExists, StyrappError
from ..models.file.plan_file import create_plan
from ..models.services import organisation
from ..views.fields import WholeNumberBox
from ..views.labels import enum_label


def default_year(today: date | None = None) -> int:
    """From July on, people plan next year."""
    today = today or date.today()
    return today.year + 1 if today.month >= 7 else today.year


class OrganisationPage(QWizardPage):
    def __init__(self):
        super().__init__()
        self.setTitle(self.tr("The organisation"))
        self.setSubTitle(self.tr("Whose plan is this, and for which year?"))
        form = QFormLayout(self)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Fagersta kommun, or a committee's own name"))
        self.kind = QComboBox()
        for member in OrganisationKind:
            self.kind.addItem(enum_label(member), member.value)
        self.year = WholeNumberBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(default_year())
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Plan year"), self.year)
        self.registerField("name*", self.name)
        self.registerField("year", self.year)
        self.registerField("kind", self.kind, "currentData")


class TemplatePage(QWizardPage):
    def __init__(self):
        super().__init__()
        self.setTitle(self.tr("The governance model"))
        self.setSubTitle(self.tr("Start from the governance model closest to yours; levels and names can be changed later."))
        layout = QVBoxLayout(self)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Templates"))
        for name in TEMPLATE_NAMES:
            template = load_template(name)
            item = QListWidgetItem(template.title)
            item.setData(256, name)
            self.list.addItem(item)
        self.description = QLabel()
        self.description.setWordWrap(True)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.description)
        self.list.currentRowChanged.connect(self._show)
        self.list.setCurrentRow(TEMPLATE_NAMES.index("default"))

    def initializePage(self) -> None:  # noqa: N802
        if self.field("kind") == OrganisationKind.FEDERATION.value:
            self.list.setCurrentRow(TEMPLATE_NAMES.index("nvk"))

    def _show(self, row: int) -> None:
        if row >= 0:
            self.description.setText(load_template(TEMPLATE_NAMES[row]).description)

    def template(self) -> str:
        return self.list.currentItem().data(256)


class FilePage(QWizardPage):
    def __init__(self, wizard: NewPlanWizard):
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Where to keep the plan"))
        self.setSubTitle(self.tr("The whole plan is one file. Keep it where you keep your documents, "
                                 "e.g. on the shared drive."))
        self.setFinalPage(True)
        layout = QHBoxLayout(self)
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("The plan's file"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        layout.addWidget(self.path, 1)
        layout.addWidget(browse)
        self.registerField("path*", self.path)

    def initializePage(self) -> None:  # noqa: N802
        from .settings import Settings

        folder = Settings().new_plans_folder()  # Inställningar's folder for new plans, else Documents
        safe = re.sub(r'[\\/:*?"<>|]+', "-", self.field("name")).strip() or "plan"
        self.path.setText(str(folder / f"{safe} {self.field('year')}.styrplan"))

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the new plan as"), self.path.text(),
                                              "styrapp-plan (*.styrplan)")
        if name:
            self.path.setText(name if name.endswith(".styrplan") else name + ".styrplan")

    def validatePage(self) -> bool:  # noqa: N802
        return self._wizard.create()


class NewPlanWizard(QWizard):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New plan from template"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setMinimumSize(640, 440)
        self.created: Path | None = None
        self.organisation_page = OrganisationPage()
        self.template_page = TemplatePage()
        self.file_page = FilePage(self)
        for page in (self.organisation_page, self.template_page, self.file_page):
            self.addPage(page)

    def create(self) -> bool:
        path = Path(self.field("path")).expanduser()
        if path.suffix != ".styrplan":
            path = path.with_name(path.name + ".styrplan")
        name = self.field("name").strip()
        year = int(self.field("year"))
        kind = self.organisation_page.kind.currentData()
        template = self.template_page.template()

        def build(plan):
            apply_template(plan, template, organisation_name=name, year=year)
            organisation.set_organisation(plan, kind=kind)

        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.created = create_plan(path, build)
        except PlanExists:
            QMessageBox.warning(self, self.windowTitle(), self.tr(
                "A file named %1 already exists. Choose another name, or delete the old file first.").replace(
                "%1", str(path)))
            return False
        except StyrappError as exc:
            QMessageBox.warning(self, self.windowTitle(), exc.message)
            return False
        except OSError as exc:
            QMessageBox.warning(self, self.windowTitle(), self.tr("The file could not be written: %1").replace(
                "%1", exc.strerror or str(exc)))
            return False
        return True
