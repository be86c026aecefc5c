"""Command line: ``boligreg [--db PATH] [--lang nb|en] [COMMAND ...]``.

Without a command the window opens. Each command lives in ``boligreg/commands/<name>.py`` with a
``register(subparsers, common)`` function, so features add commands without touching this file's
logic. Errors a person can act on are one line on stderr and a non-zero exit; anything
unexpected is one line too, with the traceback written to the log file it names.

``--lang`` (or ``BOLIGREG_LANG``) chooses the language of what is printed, of the PDFs and of
the window; it is read before the parser is built, so the help texts follow it too.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import traceback
from collections.abc import Sequence

from . import __version__
from .errors import BoligregError
from .i18n import LANGUAGES, language, set_language, translate

# Imports inside functions below are deliberate: the parser and --help load in ≈ 0.1 s, a
# command's services (SQLAlchemy, the models) ≈ 2–3 s; see boligreg/commands/__init__.py.

# Modules in boligreg.commands that contribute subcommands, in --help order.
COMMAND_MODULES = (
    "database", "backup", "stats", "factsheet", "audit", "demo", "importer", "central",
    "sync", "help", "units", "transfer", "scenario", "capacity",
)

# Every subcommand name, so that opening the window (no subcommand) need not import every
# feature's command module; tests/unit/test_cli.py keeps this equal to the real parser's.
COMMAND_NAMES = frozenset({
    "audit", "backup", "backups", "capacity", "central", "conflicts", "demo", "encrypt", "export",
    "factsheet", "help", "import", "info", "init", "restore", "scenario", "stats", "sync",
    "transfer", "unit",
})

EPILOG = (
    "Uten kommando åpnes vinduet på standarddatabasen (eller på --db). "
    "Without a command the window opens on the default database (or on --db)."
)


def add_language_option(parser: argparse.ArgumentParser) -> None:
    """``--lang nb|en`` (before or after the command: it is in the common parent)."""
    parser.add_argument(
        "--lang",
        choices=sorted(LANGUAGES),
        default=argparse.SUPPRESS,
        help="language of messages, PDFs and the window: nb (bokmål, default) or en "
             "(also BOLIGREG_LANG)",
    )


def _choose_language(argv: Sequence[str]) -> None:
    """Apply ``--lang`` before the parser is built, so its help texts follow it: the last
    ``--lang X`` or ``--lang=X`` before ``--`` (a missing or wrong value is left to the
    parser, which says so; an abbreviation such as ``--lan`` takes effect after parsing)."""
    chosen = None
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        value = argv[i + 1] if arg == "--lang" and i + 1 < len(argv) else (
            arg.partition("=")[2] if arg.startswith("--lang=") else None)
        if value in LANGUAGES:
            chosen = value
    if chosen is not None:
        set_language(chosen)


def error_text(exc: BoligregError) -> str:
    """The error as printed: bokmål with its English in brackets, English alone in English."""
    return exc.en if language() == "en" else str(exc)


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="SQLite database file (default: the per-user database)",
    )
    add_language_option(common)
    parser = argparse.ArgumentParser(
        prog="boligreg",
        description=translate("Cli", "Register over Oslo kommunes kommunalt disponerte boliger."),
        epilog=EPILOG,
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"boligreg {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")
    for name in COMMAND_MODULES:
        module = importlib.import_module(f".commands.{name}", __package__)
        module.register(sub, common)
    return parser


def _log_unexpected(exc: BaseException) -> str:
    from .paths import log_dir

    path = log_dir() / "boligreg-errors.log"
    try:
        with path.open("a", encoding="utf-8") as fh:
            fh.write("".join(traceback.format_exception(exc)))
            fh.write("\n")
    except OSError:
        return translate("Cli", "(loggfilen kunne ikke skrives)")
    return str(path)


def _wants_window(argv: Sequence[str]) -> bool:
    """No subcommand and no help/version request: the window opens (fast path)."""
    return not any(a in COMMAND_NAMES or a in ("-h", "--help", "--version") for a in argv)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        _choose_language(argv)
        return _main(argv)
    finally:
        set_language(None)  # main() called twice in one process (the tests) starts afresh


def _main(argv: list[str]) -> int:
    if _wants_window(argv):
        window_parser = argparse.ArgumentParser(prog="boligreg", add_help=False)
        window_parser.add_argument("--db", metavar="PATH")
        window_parser.add_argument("--lang", choices=sorted(LANGUAGES))
        known, rest = window_parser.parse_known_args(argv)
        if not rest:
            try:
                from .app import run_gui

                if known.lang:
                    from .i18n import set_language

                    set_language(known.lang)

                return run_gui(known.db)
            except BoligregError as exc:
                from .services.controlchars import escape_controls

                print(_failed(escape_controls(error_text(exc))), file=sys.stderr)
                return exc.exit_code
    from .commands._util import terminal_safe_output

    # Everything printed from here on (argparse's echo of what was typed, stored values,
    # messages) shows control characters as \uXXXX: nothing can act on the terminal.
    with terminal_safe_output():
        return _run(argv)


def _failed(message: str) -> str:
    return translate("Cli", "boligreg: feil: {message}").format(message=message)


def _run(argv: list[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "lang", None):
        set_language(args.lang)  # also an abbreviated --lan, which the early look missed
    try:
        func = getattr(args, "func", None)
        if func is None:
            from .app import run_gui

            return run_gui(getattr(args, "db", None))
        return int(func(args) or 0)
    except BoligregError as exc:
        print(_failed(error_text(exc)), file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print(translate("Cli", "boligreg: avbrutt (interrupted)"), file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # last line of defence: one line, never a traceback
        from .models.db import translate_db_error

        friendly = translate_db_error(exc)
        if friendly is not None:
            print(_failed(error_text(friendly)), file=sys.stderr)
            return friendly.exit_code
        where = _log_unexpected(exc)
        print(
            translate("Cli", "boligreg: uventet feil: {kind}: {error} (detaljer i {where})")
            .format(kind=type(exc).__name__, error=exc, where=where),
            file=sys.stderr,
        )
        return 1


if __name__ == "__main__":
    sys.exit(main())
