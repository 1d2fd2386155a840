"""What every subcommand of `styrapp-cli` shares: the usage error and where a command writes."""

from __future__ import annotations

import errno

_OS_ERRORS = {
    errno.ENOENT: "filen eller mappen finns inte",
    errno.EACCES: "du har inte behörighet",
    errno.EPERM: "du har inte behörighet",
    errno.ENOSPC: "disken är full",
    errno.EISDIR: "det är en mapp, inte en fil",
    errno.EROFS: "platsen går bara att läsa",
}


class UsageError(Exception):
    pass


def output_path(path, suffix: str, example: str):
    """Where a command writes: `path` with `suffix` added if it lacks it; a folder, or a folder that
    does not exist, is a usage error that says so."""
    output = path if path.suffix.lower() == suffix or path.is_dir() else path.with_name(path.name + suffix)
    if output.is_dir():
        raise UsageError(f"{output} är en mapp; ange filen som ska skrivas, till exempel {output / (example + suffix)}")
    if not output.parent.is_dir():
        raise UsageError(f"mappen {output.parent} finns inte")
    return output
