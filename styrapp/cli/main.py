"""Argument parsing, exit codes and error reporting for `styrapp-cli`.

`styrapp-cli [--language sv|en] COMMAND …`: the CLI's own words (help, usage errors, refusals, what a
command prints) are in that language, Swedish unless told; `report --language` still chooses the
report's language on its own. Exit codes: 0 done; 1 `check` found errors; 2 a bad file or argument (one
line on stderr, never a traceback); 3 an internal error (one line naming the log file, where the
traceback is); 130 interrupted.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence

from .. import __version__
from ..models.errors import StyrappError
from ..wording import LANGUAGES, Phrase, current_language, set_default_language, tr
from . import exchange_commands, plan_commands, report_commands, rollover_commands, year_commands
from .common import UsageError, damaged_plan_text, os_error_reason

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3

# argparse's own messages (English) → ours, worded in the CLI's language.
_ARGPARSE = (
    (r"the following arguments are required: (?P<names>.*)", "the following arguments are required: {names}"),
    (r"unrecognized arguments: (?P<names>.*)", "unrecognized arguments: {names}"),
    (r"argument (?:COMMAND|KOMMANDO): invalid choice: (?P<value>.*) \(choose from (?P<choices>.*)\)",
     "unknown command {value} (choose from {choices})"),
    (r"argument (?P<name>\S+): invalid choice: (?P<value>.*) \(choose from (?P<choices>.*)\)",
     "{name}: invalid choice {value} (choose from {choices})"),
    (r"argument (?P<name>\S+): invalid int value: (?P<value>.*)", "{name}: {value} is not a whole number"),
    (r"argument (?P<name>\S+): expected one argument", "{name} needs a value"),
    (r"invalid choice: (?P<value>.*) \(choose from (?P<choices>.*)\)", "unknown command {value} (choose from {choices})"),
)
# argparse's headings and its own help lines, in the help text it formats.
_HELP_WORDS = ("usage: ", "positional arguments:", "options:", "show this help message and exit",
               "show program's version number and exit")


class Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line in the CLI's language and exit code 2."""

    def error(self, message: str):  # noqa: D401 - argparse API
        worded: Phrase | str = message
        for pattern, english in _ARGPARSE:
            match = re.fullmatch(pattern, message)
            if match:
                worded = Phrase(english, **match.groupdict())
                break
        raise UsageError("cli.usage", problem=worded, prog=self.prog)

    def format_usage(self) -> str:
        return _word_help(super().format_usage())

    def format_help(self) -> str:
        return _word_help(super().format_help())


def _word_help(text: str) -> str:
    for english in _HELP_WORDS:
        text = text.replace(english, tr(english))
    return text


def build_parser() -> Parser:
    parser = Parser(
        prog="styrapp-cli",
        description=tr("styrapp on the command line: create, describe and check plan files (.styrplan) and "
                       "import values."),
    )
    parser.add_argument("--version", action="version", version=f"styrapp {__version__}")
    parser.add_argument("--language", dest="cli_language", choices=sorted(LANGUAGES), type=str.lower, default="sv",
                        help=tr("the language of styrapp-cli's own messages, before the command: sv (Swedish, "
                                "the default) or en (English)"))
    commands = parser.add_subparsers(dest="command", metavar=tr("COMMAND"), parser_class=Parser)
    commands.required = True
    plan_commands.register(commands)
    exchange_commands.register(commands)
    report_commands.register(commands)
    year_commands.register(commands)
    rollover_commands.register(commands)
    return parser


def cli_language(argv: Sequence[str]) -> str:
    """The language asked for before the command (`--language en`, `--language=en`); Swedish otherwise."""
    args = list(argv)
    for index, arg in enumerate(args):
        if arg == "--language" and index + 1 < len(args):
            return args[index + 1].lower() if args[index + 1].lower() in LANGUAGES else "sv"
        if arg.startswith("--language="):
            value = arg.split("=", 1)[1].lower()
            return value if value in LANGUAGES else "sv"
        if not arg.startswith("-"):
            break  # the command: what follows is its own (report --language is the report's)
    return "sv"


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    before = current_language()
    set_default_language(cli_language(argv))  # the CLI's words, its progress bar included
    try:
        return _run(argv)
    finally:
        set_default_language(before)


def _run(argv: list[str]) -> int:
    args = None
    try:
        parser = build_parser()
        args = parser.parse_args(argv)
        return args.run(args)
    except StyrappError as exc:  # a UsageError too
        print(f"styrapp-cli: {_refusal(exc, args)}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print(f"styrapp-cli: {tr('interrupted')}", file=sys.stderr)
        return 130
    except OSError as exc:
        reason = os_error_reason(exc)
        print(f"styrapp-cli: {reason} ({exc.filename or ''})".replace(" ()", ""), file=sys.stderr)
        return EXIT_USAGE
    except Exception as exc:  # noqa: BLE001 - ours to own, never a traceback
        damaged = None
        if getattr(args, "plan", None) is not None:  # a plan damaged where the checks on open could not see it
            from ..models.file.plan_file import as_damage

            damaged = as_damage(args.plan, exc)
        if damaged is not None:
            print(f"styrapp-cli: {_refusal(damaged, args)}", file=sys.stderr)
            return EXIT_USAGE
        from ..logs import log_failure, log_path, start_logging  # an internal error: one line, the log, exit 3

        start_logging("styrapp-cli")
        log_failure(sys.exc_info(), " ".join(argv[:2]))
        where = log_path()
        text = (tr("an internal error happened; the details are in {log}", log=str(where)) if where
                else tr("an internal error happened"))
        print(f"styrapp-cli: {text}", file=sys.stderr)
        return EXIT_INTERNAL


def _refusal(exc: StyrappError, args) -> str:
    """The refusal's one line; for a damaged plan it also names the newest backup and the repair command."""
    from ..models.errors import PlanCorrupt

    if isinstance(exc, PlanCorrupt) and getattr(args, "command", None) != "repair":
        return damaged_plan_text(exc)
    return exc.message


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
