"""Argument parsing, exit codes and error reporting for `styrapp-cli`.

Exit codes: 0 done; 1 `check` found errors; 2 a bad file or argument (one line on stderr, never a
traceback); 130 interrupted.
"""

from __future__ import annotations

import argparse
import errno
import re
import sys
from collections.abc import Sequence

from .. import __version__
from ..models.errors import StyrappError
from . import exchange_commands, plan_commands, report_commands

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2

_ARGPARSE_SV = (
    (r"the following arguments are required: (.*)", r"argument saknas: \1"),
    (r"unrecognized arguments: (.*)", r"okända argument: \1"),
    (r"argument KOMMANDO: invalid choice: (.*) \(choose from (.*)\)", r"okänt kommando \1 (välj bland \2)"),
    (r"argument (\S+): invalid choice: (.*) \(choose from (.*)\)", r"\1: ogiltigt val \2 (välj bland \3)"),
    (r"argument (\S+): invalid int value: (.*)", r"\1: \2 är inget heltal"),
    (r"argument (\S+): expected one argument", r"\1 behöver ett värde"),
    (r"invalid choice: (.*) \(choose from (.*)\)", r"okänt kommando \1 (välj bland \2)"),
)


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


class Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one Swedish line and exit code 2."""

    def error(self, message: str):  # noqa: D401 - argparse API
        for pattern, replacement in _ARGPARSE_SV:
            if re.fullmatch(pattern, message):
                message = re.sub(pattern, replacement, message)
                break
        raise UsageError(f"{message} (se {self.prog} --help)")


def build_parser() -> Parser:
    parser = Parser(
        prog="styrapp-cli",
        description="styrapp på kommandoraden: skapa, granska och kontrollera planfiler (.styrplan) och importera mätvärden.",
    )
    parser.add_argument("--version", action="version", version=f"styrapp {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="KOMMANDO", parser_class=Parser)
    commands.required = True
    plan_commands.register(commands)
    exchange_commands.register(commands)
    report_commands.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        return args.run(args)
    except UsageError as exc:
        print(f"styrapp-cli: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except StyrappError as exc:
        print(f"styrapp-cli: {exc.message}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("styrapp-cli: avbrutet", file=sys.stderr)
        return 130
    except OSError as exc:
        reason = _OS_ERRORS.get(exc.errno, exc.strerror or str(exc))
        print(f"styrapp-cli: {reason} ({exc.filename or ''})".replace(" ()", ""), file=sys.stderr)
        return EXIT_USAGE


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
