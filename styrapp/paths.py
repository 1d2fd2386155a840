"""Where styrapp's files are: the shipped `resources/` and `translations/`, and the person's own folders
(logs, backups, unfinished writes), each of which an environment variable can name instead.

In a source checkout (and an editable install) they sit beside the package; a wheel carries them
inside the package as `styrapp/_resources` and `styrapp/_translations`; a PyInstaller build
unpacks them under `sys._MEIPASS`.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _find(name: str) -> Path:
    candidates = []
    if hasattr(sys, "_MEIPASS"):
        candidates.append(Path(sys._MEIPASS) / name)
    candidates += [_PACKAGE.parent / name, _PACKAGE / f"_{name}"]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"styrapp's {name}/ folder is missing (looked in {', '.join(map(str, candidates))})")


def resources_dir() -> Path:
    return _find("resources")


def translations_dir() -> Path:
    return _find("translations")


def docs_dir() -> Path:
    """The handbook (docs/handbok in Swedish, docs/handbook in English) and its pictures (docs/screenshots)."""
    return _find("docs")


def user_folder(variable: str, name: str, *, cache: bool = False) -> Path:
    """The person's folder `name` in styrapp's data folder (or its cache folder), or the one the
    environment variable `variable` names (for tests and administrators)."""
    chosen = os.environ.get(variable)
    if chosen:
        return Path(chosen)
    from platformdirs import user_cache_dir, user_data_dir

    return Path((user_cache_dir if cache else user_data_dir)("styrapp", appauthor=False)) / name
