"""Hjälp → Om styrapp: the version, the Python and Qt it runs on, where the logs and backups are (links that
open the folders), and the licences of the libraries styrapp brings with it, read at run time from the
installed distributions' own metadata, so the list is always the one actually shipped."""

from __future__ import annotations

import platform
import re
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl, qVersion
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class Library:
    name: str
    version: str
    licence: str  # "" when the distribution does not say


def version() -> str:
    try:
        return metadata.version("styrapp")
    except metadata.PackageNotFoundError:
        from .. import __version__

        return __version__


def licence_of(dist: metadata.Distribution) -> str:
    """The licence a distribution declares: its SPDX expression, else a short License field, else its
    licence classifiers (the only place many older packages say it)."""
    meta = dist.metadata
    expression = (meta.get("License-Expression") or "").strip()
    if expression:
        return expression
    field = (meta.get("License") or "").strip()
    if field and "\n" not in field and len(field) <= 60 and field.upper() != "UNKNOWN":
        return field
    classifiers = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or []
                   if c.startswith("License ::") and c.count("::") >= 2]
    if classifiers:
        return ", ".join(classifiers)
    if field and field.upper() != "UNKNOWN":
        return field.splitlines()[0][:60]  # the licence text itself: its first line names it
    return ""


def _needs(requirements: list[str], extras: frozenset[str] = frozenset()) -> list[tuple[str, frozenset[str]]]:
    """(name, extras asked for) of each requirement that applies here: not an optional extra nobody asked
    for (tests, docs), not one for another system."""
    from packaging.requirements import InvalidRequirement, Requirement

    out = []
    for text in requirements:
        try:
            requirement = Requirement(text)
        except InvalidRequirement:
            continue
        marker = requirement.marker
        if marker is None or any(marker.evaluate({"extra": extra}) for extra in (extras or {""})):
            out.append((requirement.name, frozenset(requirement.extras)))
    return out


def _own_requirements() -> list[str]:
    """styrapp's dependencies: pyproject.toml's in a source checkout (the installed metadata may be older),
    else the installed distribution's."""
    pyproject = Path(__file__).resolve().parents[2] / "pyproject.toml"
    if pyproject.is_file():
        import tomllib

        project = tomllib.loads(pyproject.read_text(encoding="utf-8")).get("project", {})
        if project.get("name") == "styrapp":
            return list(project.get("dependencies", []))
    try:
        return metadata.distribution("styrapp").requires or []
    except metadata.PackageNotFoundError:
        return []


def bundled_libraries() -> list[Library]:
    """styrapp's dependencies and theirs, all the way down; every installed distribution when styrapp's
    own list is not to be found (a frozen build without its metadata)."""
    def key(name: str) -> str:
        return re.sub(r"[-_.]+", "-", name).lower()

    found: dict[str, metadata.Distribution] = {}
    todo = _needs(_own_requirements())
    if todo:
        seen: set[tuple[str, frozenset[str]]] = set()
        while todo:
            name, extras = todo.pop()
            if (key(name), extras) in seen:
                continue
            seen.add((key(name), extras))
            try:
                dist = metadata.distribution(name)
            except metadata.PackageNotFoundError:
                continue  # needed only on another system (e.g. tzdata on Windows)
            found[key(name)] = dist
            todo.extend(_needs(dist.requires or [], extras))
    else:
        for dist in metadata.distributions():
            if dist.metadata.get("Name"):
                found.setdefault(key(dist.metadata["Name"]), dist)
    return sorted((Library(d.metadata["Name"], d.version, licence_of(d)) for d in found.values()),
                  key=lambda library: library.name.lower())


def _folder_link(path: Path) -> str:
    from html import escape

    return f'<a href="{QUrl.fromLocalFile(str(path)).toString()}">{escape(str(path))}</a>'


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None, log_folder: Path, backup_folder: Path):
        super().__init__(parent)
        self.setObjectName("about-dialog")
        self.setWindowTitle(self.tr("About styrapp"))
        self.resize(720, 600)
        self.log_folder, self.backup_folder = log_folder, backup_folder

        heading = QLabel(f"<h2>styrapp {version()}</h2>")
        heading.setTextFormat(Qt.TextFormat.RichText)
        intro = QLabel(self.tr(
            "Plan and follow up a municipality's governance model: goals, assignments, indicators, the annual "
            "wheel and reports for the committee meeting. One plan is one file; everything is saved as you "
            "work, and Edit → Undo takes back any change."))
        intro.setWordWrap(True)
        runs_on = QLabel(self.tr("Python %1, Qt %2, PySide6 %3, on %4")
                         .replace("%1", platform.python_version()).replace("%2", qVersion())
                         .replace("%3", _version_of("PySide6")).replace("%4", platform.platform(terse=True)))
        runs_on.setObjectName("about-versions")
        runs_on.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folders = QLabel(
            self.tr("Logs: %1").replace("%1", _folder_link(log_folder)) + "<br>"
            + self.tr("Backups: %1").replace("%1", _folder_link(backup_folder)))
        self.folders.setObjectName("about-folders")
        self.folders.setTextFormat(Qt.TextFormat.RichText)
        self.folders.setOpenExternalLinks(True)  # the folder opens in the file manager
        self.folders.setToolTip(self.tr("Click a folder to open it"))
        self.folders.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)

        caption = QLabel(self.tr("The libraries styrapp brings with it, and their licences:"))
        self.libraries = bundled_libraries()
        self.table = QTableWidget(len(self.libraries), 3)
        self.table.setObjectName("about-licences")
        self.table.setAccessibleName(self.tr("Licences of the bundled libraries"))
        self.table.setHorizontalHeaderLabels([self.tr("Library"), self.tr("Version"), self.tr("Licence")])
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        unknown = self.tr("not stated")
        for row, library in enumerate(self.libraries):
            for column, text in enumerate((library.name, library.version, library.licence or unknown)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(self.tr("Copy"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.setToolTip(self.tr("Copy the version, the folders and the licence list, e.g. to send "
                                            "to whoever helps you"))
        self.copy_button.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        for widget in (heading, intro, runs_on, self.folders, caption):
            layout.addWidget(widget)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def text(self) -> str:
        """What Kopiera puts on the clipboard: plain text, one library a line."""
        lines = [f"styrapp {version()}",
                 f"Python {platform.python_version()}, Qt {qVersion()}, PySide6 {_version_of('PySide6')}, "
                 f"{platform.platform(terse=True)}",
                 self.tr("Logs: %1").replace("%1", str(self.log_folder)),
                 self.tr("Backups: %1").replace("%1", str(self.backup_folder)), ""]
        unknown = QCoreApplication.translate("AboutDialog", "not stated")
        lines += [f"{lib.name} {lib.version}: {lib.licence or unknown}" for lib in self.libraries]
        return "\n".join(lines) + "\n"

    def copy(self) -> None:
        QApplication.clipboard().setText(self.text())


def _version_of(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "?"
