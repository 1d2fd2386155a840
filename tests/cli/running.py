"""Running `styrapp-cli` in the test's own process, as a person types it: the exit code and what it printed."""

from __future__ import annotations

from styrapp.cli import main


def run(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err
