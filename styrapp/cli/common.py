"""What every subcommand of `styrapp-cli` shares: the usage error and where a command writes."""

from __future__ import annotations

import errno

from ..models.errors import StyrappError
from ..wording import tr

_OS_ERRORS = {  # English, worded in the CLI's language
    errno.ENOENT: "the file or folder does not exist",
    errno.EACCES: "you do not have permission",
    errno.EPERM: "you do not have permission",
    errno.ENOSPC: "the disk is full",
    errno.EISDIR: "it is a folder, not a file",
    errno.EROFS: "the place can only be read",
}


def os_error_reason(exc: OSError) -> str:
    english = _OS_ERRORS.get(exc.errno)
    return tr(english) if english else (exc.strerror or str(exc))


class UsageError(StyrappError):
    """A bad argument: a code and its values, worded in the CLI's language (exit code 2)."""


def output_path(path, suffix: str, example: str):
    """Where a command writes: `path` with `suffix` added if it lacks it; a folder, or a folder that
    does not exist, is a usage error that says so."""
    output = path if path.suffix.lower() == suffix or path.is_dir() else path.with_name(path.name + suffix)
    if output.is_dir():
        raise UsageError("cli.output_is_folder", path=str(output), example=str(output / (example + suffix)))
    if not output.parent.is_dir():
        raise UsageError("cli.no_folder", folder=str(output.parent))
    return output
