"""Writing a file whole or not at all: exports and reports are written beside the target first and then
moved into place, so a crash, a full disk or a cancelled export never leaves a half-written file."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def replacing(path: Path | str) -> Iterator[Path]:
    """A temporary path beside `path` to write to; when the block ends without an error it replaces
    `path` (with the permissions a new file gets), otherwise it is removed."""
    path = Path(path)
    handle, name = tempfile.mkstemp(prefix=".~", suffix=path.suffix, dir=path.parent)
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
