"""Checks of write-protected files and folders that hold when the tests run as root too.

Root may write in a folder whatever its mode says, so a check of "this folder is write-protected" means
nothing in root's own process. When the tests run as root, such a check runs in a child process as the
unprivileged user nobody (`setpriv --reuid=65534 --regid=65534 --clear-groups`), on files copied into a
folder that user can reach (pytest's tmp_path is root's alone); otherwise it runs here, as it is.

    with reachable_folder(tmp_path) as base:    # tmp_path itself, or a folder nobody can reach
        ...                                     # make the plan, owned_by_user(path), protect the folder
        result = open_as_user(path)             # {"edit": ..., "read": ...}: what each open did
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

NOBODY = 65534
REPOSITORY = Path(__file__).resolve().parents[1]
CANNOT_START = 77  # the child's exit code when it cannot import styrapp as that user


def as_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


@contextmanager
def reachable_folder(tmp_path: Path) -> Iterator[Path]:
    """`tmp_path` when the checks run in this process; as root, a new folder the user nobody may read
    and enter (its contents are made readable by the caller), removed afterwards whatever its modes."""
    if not as_root():
        yield tmp_path
        return
    folder = Path(tempfile.mkdtemp(prefix="styrapp-nobody-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        for inner, dirs, _files in os.walk(folder):
            for name in dirs:
                os.chmod(os.path.join(inner, name), 0o755)
        shutil.rmtree(folder, ignore_errors=True)


def open_twice(path: str | Path) -> dict[str, dict]:
    """Open the plan for editing, then for reading: for each, its goals and notice or the refusal's class
    and Swedish text. What `open_as_user` runs, here or in the child."""
    from styrapp.models.errors import StyrappError
    from styrapp.models.file.plan_file import open_plan
    from styrapp.models.queries.summary import summarise

    results = {}
    for mode, read_only in (("edit", False), ("read", True)):
        try:
            with open_plan(Path(path), read_only=read_only) as plan:
                results[mode] = {"goals": summarise(plan).counts["goals"], "notice": str(plan.notice or "")}
        except StyrappError as exc:
            results[mode] = {"error": type(exc).__name__, "text": exc.text("sv")}
    return results


CHILD = f"""
import json, sys
try:
    from tests.unprivileged import open_twice
    import styrapp.models.file.plan_file
except Exception as exc:
    print(f"cannot start as this user: {{exc!r}}", file=sys.stderr)
    sys.exit({CANNOT_START})
print(json.dumps(open_twice(sys.argv[1])))
"""


def open_as_user(path: Path, *, timeout: float = 60) -> dict[str, dict]:
    """`open_twice(path)` as a user who may not write where the modes forbid it: in this process, or as
    nobody in a child when the tests run as root (skipped, with the reason, if that cannot be done)."""
    import pytest

    if not as_root():
        return open_twice(path)
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root, and setpriv (util-linux) is missing to run the check as an unprivileged user")
    env = dict(os.environ, HOME=str(path.parent), PYTHONDONTWRITEBYTECODE="1",
               PYTHONPATH=os.pathsep.join([str(REPOSITORY), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep))
    result = subprocess.run([setpriv, f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups",
                             sys.executable, "-c", CHILD, str(path)],
                            capture_output=True, text=True, timeout=timeout, env=env, cwd="/")
    if result.returncode == CANNOT_START or result.stderr.startswith("setpriv:"):
        pytest.skip(f"running as root, and Python cannot run as the user nobody here: {result.stderr.strip()}")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def owned_by_user(*paths: Path) -> None:
    """Files made here, the user's own (as root: given to nobody), so that only a folder's mode stands in
    the way of writing them."""
    for path in paths:
        if as_root():
            os.chown(path, NOBODY, NOBODY)
        path.chmod(0o644)
