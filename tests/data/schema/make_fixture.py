"""Write the plan files of one released schema version, for the migration tests.

A migration must be tested on files the old release wrote, not on files today's code makes and
calls old. So this script checks out a released commit in a temporary git worktree, runs *that*
version's `styrapp-cli` there (the demo plan, and a new plan from each of its templates), names
the files after the schema version they carry (`vN-demo.styrplan`, `vN-<template>.styrplan`) and
removes the worktree again. Run it before you change the schema, on the last release, and commit
the files:

    python tests/data/schema/make_fixture.py            # the checked-out commit (HEAD)
    python tests/data/schema/make_fixture.py 483b047    # or a given release

`v1.styrplan` is an older demo plan of version 1, kept as it was.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]


def user_version(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("PRAGMA user_version").fetchone()[0]
    finally:
        con.close()


def make_fixtures(commit: str, year: int = 2026, target: Path = HERE) -> list[Path]:
    with tempfile.TemporaryDirectory() as scratch:
        source = Path(scratch) / "src"
        subprocess.run(["git", "-C", str(REPO), "worktree", "add", "--detach", str(source), commit], check=True)
        try:
            env = {**os.environ, "PYTHONPATH": str(source)}

            def cli(*args: str) -> None:
                subprocess.run([sys.executable, "-m", "styrapp.cli", *args], check=True, env=env, cwd=scratch)

            made = {"demo": Path(scratch) / "demo.styrplan"}
            cli("demo", str(made["demo"]))
            for template in sorted(p.stem for p in (source / "resources" / "templates").glob("*.json")):
                made[template] = Path(scratch) / f"{template}.styrplan"
                cli("new", str(made[template]), "--template", template, "--name", f"Mallkommun {template}",
                    "--year", str(year))
            written = []
            for name, path in made.items():
                dest = target / f"v{user_version(path)}-{name}.styrplan"
                shutil.move(path, dest)
                written.append(dest)
            return written
        finally:
            subprocess.run(["git", "-C", str(REPO), "worktree", "remove", "--force", str(source)], check=True)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("commit", nargs="?", default="HEAD", help="the released commit (default HEAD)")
    parser.add_argument("--year", type=int, default=2026, help="the year of the template plans")
    options = parser.parse_args()
    for path in make_fixtures(options.commit, options.year):
        print(f"wrote {path}")
