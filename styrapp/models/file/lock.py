"""A lock file beside the plan that says who has it open.

SQLite's own locks last only as long as a transaction, and a second program must never open a
second handle on the database file just to lock it (closing that handle would drop SQLite's POSIX
locks, see sqlite.org/howtocorrupt.html). So, like LibreOffice, we keep a small lock file beside the
plan: `.~lock.<name>#`, which holds who opened it, and which we hold an OS lock on for as long as the
plan is open. A lock file whose OS lock is free was left by a crashed styrapp on this machine and is
taken over; one written by another computer (a plan on a network share) is respected.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
from datetime import datetime
from pathlib import Path

from ...wording import Phrase
from ..errors import PlanLocked

if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def _still_there(fd: int, path: Path) -> bool:
    """Is the file `fd` has open still the one at `path`?"""
    try:
        here, there = os.fstat(fd), os.stat(path)
    except OSError:
        return False
    if os.name == "nt":  # pragma: no cover - an open file cannot be removed there
        return True
    return (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)


def lock_path(plan_path: Path) -> Path:
    return plan_path.with_name(f".~lock.{plan_path.name}#")


def _describe(owner: dict) -> Phrase:
    since = owner.get("since", "")
    try:
        since = datetime.fromisoformat(since).strftime("%Y-%m-%d %H:%M")
    except (TypeError, ValueError):
        pass
    who = owner.get("user") or Phrase("unknown user")
    host = owner.get("host") or Phrase("unknown computer")
    return Phrase("by {who} on {host} since {since}", who=who, host=host, since=since)


def read_owner(plan_path: Path) -> dict | None:
    try:
        return json.loads(lock_path(plan_path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


class PlanLock:
    """Held while a plan is open for editing. `acquire` raises PlanLocked when someone else has it."""

    def __init__(self, plan_path: Path):
        self.plan_path = Path(plan_path)
        self.path = lock_path(self.plan_path)
        self._fd: int | None = None

    def acquire(self, *, ignore_other_computer: bool = False) -> None:
        for attempt in range(100):
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            if not _try_lock(fd):
                os.close(fd)
                raise PlanLocked(self.plan_path, _describe(read_owner(self.plan_path) or {}), read_owner(self.plan_path))
            # A file system whose file identities never agree (some network and FUSE mounts) must not
            # keep us here for ever: after many tries the lock we hold is taken as it is.
            if _still_there(fd, self.path) or attempt == 99:
                break
            # The holder let go between our open and our lock, and removed the file as it did: the lock
            # we got is on a file nobody else will ever open. Try again with the one at the path now.
            _unlock(fd)
            os.close(fd)
        owner = read_owner(self.plan_path)
        here = socket.gethostname()
        if owner and owner.get("host") not in (None, here) and not ignore_other_computer:
            _unlock(fd)
            os.close(fd)
            raise PlanLocked(self.plan_path, _describe(owner), owner, other_computer=True)
        record = {
            "user": _user(),
            "host": here,
            "pid": os.getpid(),
            "since": datetime.now().isoformat(timespec="seconds"),
        }
        data = json.dumps(record, ensure_ascii=False).encode("utf-8")
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, data)
        self._fd = fd

    def release(self) -> None:
        """Remove the lock file, then let go of it: whoever opened it before it was removed finds, once
        it has the OS lock, that it is no longer the file at the path (`_still_there`) and tries again."""
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            os.unlink(self.path)
        except OSError:
            pass
        _unlock(fd)
        os.close(fd)

    @property
    def held(self) -> bool:
        return self._fd is not None


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name is not worth failing over
        return ""
