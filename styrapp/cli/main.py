"""Argument parsing, exit codes and error reporting for `styrapp-cli`.

Exit codes: 0 done; 1 `check` found errors; 2 a bad file or argument (one line on stderr, never a
traceback); 130 interrupted.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence

from .. import __version__
from ..models.errors import StyrappError
from . import exchange_commands, plan_commands, report_commands
from .common import _OS_ERRORS, UsageError

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
