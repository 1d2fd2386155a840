"""The demo plan a person opens: always a fresh copy in their data folder."""

from __future__ import annotations

import os
from pathlib import Path


def demo_copy() -> Path:
    """A fresh demo plan in the user's data folder (never a file shipped with the program)."""
    from platformdirs import user_data_dir

    from ..models.content.demo import write_demo
    from ..models.errors import PlanLocked

    folder = Path(user_data_dir("styrapp", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        return write_demo(folder / "demo.styrplan", overwrite=True)
    except PlanLocked:  # another styrapp has the demo open: give this one its own copy
        return write_demo(folder / f"demo-{os.getpid()}.styrplan", overwrite=True)
