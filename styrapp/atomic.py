"""Writing a file whole or not at all: exports and reports are written elsewhere first and then moved
into place, so a crash, a full disk or a cancelled export never leaves a half-written file.

The unfinished file is written in styrapp's own folder for unfinished writes (in the person's cache
folder; STYRAPP_TEMP_DIR names another) when that folder is on the same disk as the target, and then
renamed into place: a write that is killed outright (SIGKILL, the task manager, a power cut) leaves
nothing beside the target, only a file in that folder, which the next write sweeps away. When the target
is on another disk (a USB stick, a network share) a rename cannot cross, so the file is written beside
the target as before. Either way the temporaries carry our name, the writer's machine and process id
(`.~styrapp-kansli12-1234-k3j9x2.pdf`), and every write sweeps away, in the folder it writes to, those of
this machine whose process is gone; those of another machine on a shared folder, or where a process
cannot be asked after (Windows), when they are older than a day. A writer still at work keeps its own.
Temporaries of the old naming (`.~k3j9x2ab.pdf`, before styrapp said whose they were) go after a day.
"""

from __future__ import annotations

import errno
import os
import re
import shutil
import socket
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

PREFIX = ".~styrapp-"
OURS = re.compile(r"^\.~styrapp-([A-Za-z0-9]*)-(\d+)-[a-z0-9_]+(\.[A-Za-z0-9]+)?$")
EARLIER = re.compile(r"^\.~[a-z0-9_]{8}\.(pdf|xlsx|ics|png|svg|docx)$")  # before the names said whose
STALE_AFTER = 24 * 3600  # seconds: a temporary this old belongs to no write still going on


@contextmanager
def replacing(path: Path | str) -> Iterator[Path]:
    """A temporary path to write to; when the block ends without an error it replaces `path` (with the
    permissions a new file gets), otherwise it is removed."""
    path = Path(path)
    sweep(path.parent)
    workshop = _workshop_beside(path.parent)
    if workshop is not None:
        sweep(workshop)
    temporary = _temporary(workshop or path.parent, path.suffix)
    try:
        yield temporary
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)
        try:
            os.replace(temporary, path)
        except OSError as exc:
            if workshop is None or exc.errno != errno.EXDEV:
                raise
            # The same disk, but a rename cannot cross between them (two mounts of one disk): copy it
            # beside the target first, then rename that into place.
            beside = _temporary(path.parent, path.suffix)
            try:
                shutil.copyfile(temporary, beside)
                os.chmod(beside, 0o666 & ~umask)
                os.replace(beside, path)
            finally:
                if beside.exists():
                    beside.unlink()
    finally:
        if temporary.exists():
            temporary.unlink()


def _temporary(folder: Path, suffix: str) -> Path:
    handle, name = tempfile.mkstemp(prefix=f"{PREFIX}{_machine()}-{os.getpid()}-", suffix=suffix, dir=folder)
    os.close(handle)
    return Path(name)


def workshop() -> Path:
    """styrapp's folder for unfinished writes (STYRAPP_TEMP_DIR names another)."""
    from .paths import user_folder

    return user_folder("STYRAPP_TEMP_DIR", "unfinished", cache=True)


def _workshop_beside(folder: Path) -> Path | None:
    """The folder for unfinished writes, if it is on the same disk as `folder` (else None: write beside)."""
    try:
        place = workshop()
        place.mkdir(parents=True, exist_ok=True)
        return place if os.stat(place).st_dev == os.stat(folder).st_dev else None
    except OSError:
        return None


def sweep(folder: Path | str) -> list[str]:
    """Remove from `folder` the temporaries of writes that will never finish (their process is gone, or
    they are over a day old). Returns the names removed. Never fails: a folder that cannot be read or a
    file that cannot be removed is left as it is."""
    removed = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    now = time.time()
    for entry in entries:
        ours = OURS.match(entry.name)
        if not ours and not EARLIER.match(entry.name):
            continue
        try:
            if not entry.is_file(follow_symlinks=False):
                continue
            old = now - entry.stat(follow_symlinks=False).st_mtime > STALE_AFTER
            if old or (ours and ours.group(1) == _machine() and _gone(int(ours.group(2)))):
                os.unlink(entry.path)
                removed.append(entry.name)
        except OSError:
            continue
    return removed


def _machine() -> str:
    """This computer's name as it may stand in a file name (letters and digits, at most 20)."""
    return re.sub(r"[^A-Za-z0-9]", "", socket.gethostname())[:20]


def _gone(pid: int) -> bool:
    """Is there no process `pid` on this machine? Unsure (another user's, or Windows) counts as there."""
    if pid == os.getpid() or os.name != "posix":
        return False  # on Windows os.kill would end the process; the age rule covers it there
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False
    return False
