"""The person's settings (not the plan's), each declared once with its type and default.

    settings = Settings()
    settings.language          # "sv"
    settings.add_recent(path)

Stored in QSettings; nothing else in the program names a settings key.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")
LANGUAGES = ("sv", "en")
MAX_RECENT = 8


class Option(Generic[T]):
    """A typed setting: reading gives the default when the stored value is missing or of the wrong kind."""

    def __init__(self, key: str, default: T, choices: tuple[T, ...] = ()):
        self.key, self.default, self.choices = key, default, choices

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
        return value

    def __set__(self, owner: Settings, value: T) -> None:
        if self.choices and value not in self.choices:
            raise ValueError(f"{self.key}: {value!r} is not one of {self.choices}")
        owner.store.setValue(self.key, json.dumps(value) if isinstance(value, list) else value)


class Settings:
    language = Option[str]("ui/language", "sv", LANGUAGES)
    last_file = Option[str]("files/last", "")
    recent_files = Option[list]("files/recent", [])
    geometry = Option[QByteArray]("window/geometry", QByteArray())
    window_state = Option[QByteArray]("window/state", QByteArray())
    last_page = Option[str]("window/page_key", "overview")  # by key, never by position
    backup_minutes = Option[int]("backups/minutes", 10)  # a backup of the open plan this often while it changes
    backups_kept = Option[int]("backups/kept", 10)  # the newest copies of each plan kept

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


def backup_folder() -> Path:
    """Where the automatic backups go: the person's data folder (STYRAPP_BACKUP_DIR names another)."""
    from ..models.file.backups import default_folder  # the CLI looks in the same place

    return default_folder()
