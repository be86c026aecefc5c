"""Helpers shared by the CLI commands."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

from ..models import Database, open_database
from ..paths import default_db_path
from ..services.controlchars import escape_controls


def db_path(args: argparse.Namespace) -> Path:
    value = getattr(args, "db", None)
    return Path(value).expanduser() if value else default_db_path()


def open_db(args: argparse.Namespace) -> Database:
    """Open the database named by ``--db`` (or the default one); it must exist."""
    return open_database(db_path(args))


# --- terminal-safe output (issue 18, S8) ----------------------------------------------------


class TerminalSafeStream:
    """A text stream whose writes show control characters as ``\\uXXXX``: a stored value, a
    file's header or a typed argument echoed by argparse can never move the cursor, clear
    the screen or retitle the terminal. Everything but ``write`` goes to the wrapped stream."""

    def __init__(self, stream: TextIO) -> None:
        self.unescaped = stream

    def write(self, text: str) -> int:
        self.unescaped.write(escape_controls(text))
        return len(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.unescaped, name)


@contextmanager
def terminal_safe_output() -> Iterator[None]:
    """Every print to stdout and stderr inside goes through :class:`TerminalSafeStream`."""
    out, err = sys.stdout, sys.stderr
    if not isinstance(out, TerminalSafeStream):
        sys.stdout = TerminalSafeStream(out)  # type: ignore[assignment]
    if not isinstance(err, TerminalSafeStream):
        sys.stderr = TerminalSafeStream(err)  # type: ignore[assignment]
    try:
        yield
    finally:
        sys.stdout, sys.stderr = out, err


def raw_stream(stream: Any) -> Any:
    """The stream under a TerminalSafeStream, for boligreg's own control output (the demo's
    ``\\r`` progress line); never for stored values."""
    return getattr(stream, "unescaped", stream)


def shown(value: Any) -> str:
    """One stored value inside a printed line: control characters, line feeds and tabs too
    as ``\\uXXXX``, so a value never breaks the line it is shown in."""
    return escape_controls("" if value is None else str(value), keep_newlines=False)
