"""Where styrapp's shipped files are: `resources/` and `translations/`.

In a source checkout (and an editable install) they sit beside the package; a wheel carries them
inside the package as `styrapp/_resources` and `styrapp/_translations`; a PyInstaller build
unpacks them under `sys._MEIPASS`.
"""

from __future__ import annotations

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
