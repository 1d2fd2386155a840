"""Writing a file whole or not at all: exports and reports are written beside the target first and then
moved into place, so a crash, a full disk or a cancelled export never leaves a half-written file.

A process that is killed outright (SIGKILL, the task manager, a power cut) gets no chance to remove its
temporary, so the temporaries carry our name, the writer's machine and process id
(`.~styrapp-kansli12-1234-k3j9x2.pdf`), and every write sweeps away, in the folder it writes to, those
of this machine whose process is gone; those of another machine on a shared folder, or where a process
cannot be asked after (Windows), when they are older than a day. A writer still at work keeps its own. Temporaries of the old naming (`.~k3j9x2ab.pdf`, before styrapp said whose they were) go after a day.
"""

from __future__ import annotations

import os
import re
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
    """A temporary path beside `path` to write to; when the block ends without an error it replaces
    `path` (with the permissions a new file gets), otherwise it is removed."""
    path = Path(path)
    sweep(path.parent)
    handle, name = tempfile.mkstemp(prefix=f"{PREFIX}{_machine()}-{os.getpid()}-", suffix=path.suffix,
                                    dir=path.parent)
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)
        os.replace(temporary, path)
    finally:
        if temporary.exists():
            temporary.unlink()


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
