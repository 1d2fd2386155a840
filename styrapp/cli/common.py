"""What every subcommand of `styrapp-cli` shares: the usage error, where a command writes, and what to do
about a damaged plan."""

from __future__ import annotations

import errno
import shlex
from pathlib import Path

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


def output_path(path, suffix: str, example: str, also: tuple[str, ...] = ()):
    """Where a command writes: `path` with `suffix` added if it lacks it (or one of the suffixes `also`
    accepted); a folder, or a folder that does not exist, is a usage error that says so."""
    kept = path.suffix.lower() in (suffix, *also) or path.is_dir()
    output = path if kept else path.with_name(path.name + suffix)
    if output.is_dir():
        raise UsageError("cli.output_is_folder", path=str(output), example=str(output / (example + suffix)))
    if not output.parent.is_dir():
        raise UsageError("cli.no_folder", folder=str(output.parent))
    return output


def damaged_plan_text(exc) -> str:
    """A damaged plan (a `PlanCorrupt`) in the CLI's words: what is wrong, then what to do about it — the
    newest backup styrapp made of it, by name (or that it made none, and where it keeps them), and the
    `repair` command that saves what can still be read into a new plan (never in place)."""
    from ..models.file.backups import default_folder, newest_backup

    plan = Path(exc.path)
    name, detail = exc.values.get("name", plan.name), exc.values.get("detail")
    what = (tr("The plan {name} is damaged and cannot be opened: {detail}; the file has not been changed.",
               name=name, detail=detail) if detail else
            tr("The plan {name} is damaged and cannot be opened; the file has not been changed.", name=name))
    output = plan.with_name(f"{plan.stem}-{tr('repaired')}.styrplan")
    command = f"styrapp-cli repair {shlex.quote(str(plan))} -o {shlex.quote(str(output))}"
    folder = default_folder()
    try:
        newest = newest_backup(plan, folder)
    except OSError:  # the backup folder cannot be read: nothing to say about backups
        return f"{what} " + tr("Save what can still be read into a new plan: {command}", command=command)
    if newest is None:
        return f"{what} " + tr("styrapp has made no backup of this plan (its backups are kept in {folder}). Save "
                               "what can still be read into a new plan: {command}", folder=str(folder), command=command)
    return f"{what} " + tr("The newest backup styrapp made of this plan is {backup} ({when}): copy it to a new name "
                           "and open the copy. Or save what can still be read into a new plan: {command}",
                           backup=str(newest.path), when=newest.when.strftime("%Y-%m-%d %H:%M"), command=command)
