"""The person's settings (not the plan's), each declared once with its type and default.

    settings = Settings()
    settings.language          # "sv"
    settings.add_recent(path)

Stored in QSettings; nothing else in the program names a settings key.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")
BACKUP_MINUTES = (1, 240)  # the range Inställningar offers for each
BACKUPS_KEPT = (1, 100)
LANGUAGES = ("sv", "en")
MAX_RECENT = 8
PAPERS = ("A4", "A3")  # the report defaults' paper (the årshjul prints on either)
THEMES = ("standard", "high_contrast")  # ui/theme.py colours each


class Option(Generic[T]):
    """A typed setting: reading gives the default when the stored value is missing or of the wrong kind."""

    def __init__(self, key: str, default: T, choices: tuple[T, ...] = (), valid: Callable[[T], bool] | None = None):
        self.key, self.default, self.choices, self.valid = key, default, choices, valid

    def __get__(self, owner: Settings | None, _type=None) -> T:
        if owner is None:
            return self  # type: ignore[return-value]
        raw = owner.store.value(self.key)
        if raw is None:
            return self.default
        value: Any = raw
        if isinstance(self.default, bool):
            value = raw if isinstance(raw, bool) else str(raw).lower() in ("true", "1")
        elif isinstance(self.default, int):
            try:
                value = int(raw)
            except (TypeError, ValueError):
                return self.default
        elif isinstance(self.default, QByteArray):
            value = raw if isinstance(raw, QByteArray) else self.default
        elif isinstance(self.default, list):
            try:
                value = json.loads(raw) if isinstance(raw, str) else self.default
            except ValueError:
                return self.default
            if not isinstance(value, list):
                return self.default
        else:
            value = str(raw)
        if self.choices and value not in self.choices:
            return self.default
        if self.valid is not None and not self.valid(value):
            return self.default
        return value

    def __set__(self, owner: Settings, value: T) -> None:
        if self.choices and value not in self.choices:
            raise ValueError(f"{self.key}: {value!r} is not one of {self.choices}")
        if self.valid is not None and not self.valid(value):
            raise ValueError(f"{self.key}: {value!r} is not a valid value")
        owner.store.setValue(self.key, json.dumps(value) if isinstance(value, list) else value)


class Settings:
    language = Option[str]("ui/language", "sv", LANGUAGES)
    last_file = Option[str]("files/last", "")
    recent_files = Option[list]("files/recent", [])
    geometry = Option[QByteArray]("window/geometry", QByteArray())
    window_state = Option[QByteArray]("window/state", QByteArray())
    last_page = Option[str]("window/page_key", "overview")  # by key, never by position
    backup_minutes = Option[int]("backups/minutes", 10, valid=lambda n: 1 <= n <= BACKUP_MINUTES[1])  # a backup of the open plan this often while it changes
    backups_kept = Option[int]("backups/kept", 10, valid=lambda n: 1 <= n <= BACKUPS_KEPT[1])  # the newest copies of each plan kept
    plans_folder = Option[str]("files/plans_folder", "", valid=lambda p: p == "" or Path(p).is_absolute())  # "" : Documents
    report_paper = Option[str]("reports/paper", "A4", PAPERS)  # the Rapporter page's first choice
    report_language = Option[str]("reports/language", "sv", LANGUAGES)  # … unless the plan keeps its own
    theme = Option[str]("ui/theme", "standard", THEMES)

    def __init__(self, store: QSettings | None = None):
        self.store = store or QSettings()

    def splitter(self, name: str) -> QByteArray:
        raw = self.store.value(f"splitters/{name}")
        return raw if isinstance(raw, QByteArray) else QByteArray()

    def set_splitter(self, name: str, state: QByteArray) -> None:
        self.store.setValue(f"splitters/{name}", state)

    def add_recent(self, path: Path) -> None:
        text = str(Path(path).resolve())
        self.recent_files = [text, *(p for p in self.recent_files if p != text)][:MAX_RECENT]
        self.last_file = text

    def existing_recent(self) -> list[Path]:
        return [Path(p) for p in self.recent_files if Path(p).exists()]

    def new_plans_folder(self) -> Path:
        """Where Arkiv → Ny plan… and the save dialogs start: the folder chosen in Inställningar while it
        exists, else the person's Documents folder (else home)."""
        chosen = self.plans_folder
        if chosen and Path(chosen).is_dir():
            return Path(chosen)
        return documents_folder()


def documents_folder() -> Path:
    from PySide6.QtCore import QStandardPaths

    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())


def backup_folder() -> Path:
    """Where the automatic backups go: the person's data folder (STYRAPP_BACKUP_DIR names another)."""
    from ..models.file.backups import default_folder  # the CLI looks in the same place

    return default_folder()
