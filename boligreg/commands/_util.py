"""Helpers shared by the CLI commands."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
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


# --- argument types: a value that cannot be used is a usage error (exit 2), never a crash ----


def int_between(low: int, high: int) -> Any:
    """An argparse ``type``: a whole number from ``low`` to ``high`` (a 20-digit seed would
    otherwise reach SQLite, which stores 64 bits)."""

    def parse(text: str) -> int:
        try:
            value = int(text.strip())
        except ValueError:
            raise argparse.ArgumentTypeError(
                f"«{text}» er ikke et heltall (not a whole number)") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(
                f"{value} er utenfor {low}–{high} (out of range {low}–{high})")
        return value

    parse.__name__ = "int"  # argparse names the type in its messages
    return parse


def date_between(low: date, high: date) -> Any:
    """An argparse ``type``: an ISO date (YYYY-MM-DD) from ``low`` to ``high``; the audit
    adds months and years to it, which fails past year 9999."""

    def parse(text: str) -> date:
        try:
            value = date.fromisoformat(text.strip())
        except ValueError:
            raise argparse.ArgumentTypeError(
                f"«{text}» er ingen dato; skriv ÅÅÅÅ-MM-DD (not a date; write YYYY-MM-DD)"
            ) from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(
                f"{value:%Y-%m-%d} er utenfor {low:%Y}–{high:%Y} (out of range)")
        return value

    parse.__name__ = "date"
    return parse


def postgres_url(text: str) -> str:
    """An argparse ``type``: a PostgreSQL URL SQLAlchemy can use (an empty or garbage
    ``--url`` otherwise fails deep inside with a parser error)."""
    import sqlalchemy as sa

    hint = "skriv postgresql+psycopg://bruker@vert/database (write postgresql+psycopg://...)"
    try:
        url = sa.make_url(text.strip())
        port = url.port
    except (sa.exc.ArgumentError, ValueError):
        raise argparse.ArgumentTypeError(f"«{text}» er ingen database-URL; {hint}") from None
    if url.get_backend_name() != "postgresql":
        raise argparse.ArgumentTypeError(f"sentraldatabasen må være PostgreSQL; {hint}")
    if port is not None and not 0 < port < 65536:
        raise argparse.ArgumentTypeError(f"portnummeret {port} finnes ikke (no such port)")
    try:
        url.get_dialect()
    except sa.exc.NoSuchModuleError:
        raise argparse.ArgumentTypeError(
            f"ukjent PostgreSQL-driver «{url.drivername}»; {hint}") from None
    return text.strip()
