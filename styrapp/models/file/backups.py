"""Rolling automatic backups of a plan: consistent copies through SQLite's backup API, named by the
plan and the time, the last few of each plan kept, listed with what they hold, restored as a new file
or over the plan (which is first kept as a backup itself).

    make_backup(plan_path, folder, keep=10)     # → the new copy's path
    backups_of(plan_path, folder)               # newest first, with date and counts
    newest_backup(plan_path, folder)            # the newest, or None (what a damaged plan's message names)
    restore(backup, target)                     # whole or not at all

The folder is the caller's to choose; `default_folder()` is where the window keeps them and where the
CLI looks (the person's data folder, or the folder STYRAPP_BACKUP_DIR names).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from . import sqlite
from .header import SUFFIX

STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+)\.säkerhetskopia-(?P<when>\d{8}-\d{6})(?:-(?P<n>\d+))?\.styrplan$")
COUNTED = (("goals", "SELECT count(*) FROM node n JOIN governance_level l ON l.id = n.level_id WHERE l.kind = 'goal'"),
           ("assignments", "SELECT count(*) FROM node n JOIN governance_level l ON l.id = n.level_id "
                           "WHERE l.kind = 'assignment'"),
           ("indicators", "SELECT count(*) FROM indicator"),
           ("measurements", "SELECT count(*) FROM measurement"),
           ("wheel_events", "SELECT count(*) FROM wheel_event"))


@dataclass(frozen=True)
class Backup:
    path: Path
    when: datetime
    counts: dict[str, int] = field(default_factory=dict)  # empty when the copy cannot be read


def _stem(plan_path: Path) -> str:
    return Path(plan_path).stem


def make_backup(plan_path: Path, folder: Path, *, keep: int = 10, now: datetime | None = None) -> Path:
    """A consistent copy of the plan in `folder`, then only the `keep` newest copies of it kept."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = (now or datetime.now()).strftime(STAMP)
    dest = folder / f"{_stem(plan_path)}.säkerhetskopia-{stamp}{SUFFIX}"
    number = 1
    while dest.exists():  # two in one second
        number += 1
        dest = folder / f"{_stem(plan_path)}.säkerhetskopia-{stamp}-{number}{SUFFIX}"
    _copy_whole(plan_path, dest)
    for old in backups_of(plan_path, folder, counts=False)[max(keep, 1):]:
        old.path.unlink(missing_ok=True)
    return dest


def backups_of(plan_path: Path, folder: Path, *, counts: bool = True) -> list[Backup]:
    """The backups of this plan (by its file name) in `folder`, newest first."""
    found = []
    if not folder.is_dir():
        return found
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match is None or match["stem"] != _stem(plan_path):
            continue
        when = datetime.strptime(match["when"], STAMP)
        found.append((when, int(match["n"] or 1), path))
    found.sort(reverse=True)
    return [Backup(path, when, _counts(path) if counts else {}) for when, _n, path in found]


def newest_backup(plan_path: Path, folder: Path) -> Backup | None:
    """The newest backup of this plan in `folder` (without its counts), or None if there is none."""
    copies = backups_of(plan_path, folder, counts=False)
    return copies[0] if copies else None


def default_folder() -> Path:
    """Where the automatic backups go: the person's data folder (STYRAPP_BACKUP_DIR names another)."""
    from ...paths import user_folder

    return user_folder("STYRAPP_BACKUP_DIR", "backups")


def _counts(path: Path) -> dict[str, int]:
    try:
        con = sqlite.connect(path, read_only=True)
        try:
            return {key: con.execute(sql).fetchone()[0] for key, sql in COUNTED}
        finally:
            con.close()
    except sqlite.Error:
        return {}


def restore(backup: Path, target: Path) -> Path:
    """Write the backup's plan to `target` (a new file, or over a closed plan), whole or not at all."""
    _copy_whole(backup, target)
    return target


def _copy_whole(source: Path, dest: Path) -> None:
    """A consistent copy through SQLite's backup API, moved into place only when complete."""
    tmp = dest.with_name(f".{dest.name}.tmp-{os.getpid()}")
    try:
        sqlite.backup(source, tmp)
        os.replace(tmp, dest)
    finally:
        if tmp.exists():
            tmp.unlink()
