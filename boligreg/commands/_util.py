"""Helpers shared by the CLI commands."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from ..i18n import language, translate
from ..models import Database, open_database
from ..models.enums import label_nb
from ..paths import default_db_path
from ..services.controlchars import escape_controls


def enum_label(value: Any) -> str:
    """An enum value's label in the chosen language (the catalogue context of an enum's
    labels is its class name, as ``models.enums`` marks them)."""
    return translate(type(value).__name__, label_nb(value))


def db_path(args: argparse.Namespace) -> Path:
    value = getattr(args, "db", None)
    return Path(value).expanduser() if value else default_db_path()


def open_db(args: argparse.Namespace) -> Database:
    """Open the database named by ``--db`` (or the default one); it must exist."""
    return open_database(db_path(args))


def central_url(value: str | None, option: str = "--url") -> str:
    """The central database's URL, checked before anything connects: empty or unreadable
    text gives one clear message (the text itself is not echoed: it may hold a password)."""
    import sqlalchemy as sa

    from ..errors import ValidationError

    example = "postgresql+psycopg://bruker@vert/database"
    text = (value or "").strip()
    if not text:
        raise ValidationError(
            f"{option} er tom. Oppgi sentraldatabasen som {example}.",
            f"{option} is empty. Give the central database as {example}.", field="url",
        )
    try:
        url = sa.make_url(text)
    except Exception:  # ArgumentError, ValueError (a bad port): all "cannot be read"
        url = None
    if url is None or not url.drivername.split("+")[0] == "postgresql":
        raise ValidationError(
            f"Adressen i {option} kan ikke leses som en PostgreSQL-adresse. Skriv den som "
            f"{example}.",
            f"The address in {option} is not a PostgreSQL address. Write it as {example}.",
            field="url",
        )
    try:
        port = url.port  # a non-numeric port only fails when read
    except ValueError:
        port = -1
    if port is not None and not 0 < port < 65536:
        raise ValidationError(
            f"Porten i {option} må være et tall fra 1 til 65535.",
            f"The port in {option} must be a number from 1 to 65535.", field="url",
        )
    try:
        url.get_dialect()
    except sa.exc.NoSuchModuleError:
        raise ValidationError(
            f"Driveren «{url.drivername}» i {option} finnes ikke; skriv {example}.",
            f"The driver '{url.drivername}' in {option} does not exist; write {example}.",
            field="url",
        ) from None
    return text


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
        sys.stdout = TerminalSafeStream(out)
    if not isinstance(err, TerminalSafeStream):
        sys.stderr = TerminalSafeStream(err)
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


def _gloss(english: str) -> str:
    """The English in brackets after a bokmål message; nothing when the message is English."""
    return "" if language() == "en" else english


def int_between(low: int, high: int) -> Any:
    """An argparse ``type``: a whole number from ``low`` to ``high`` (a 20-digit seed would
    otherwise reach SQLite, which stores 64 bits)."""

    def parse(text: str) -> int:
        try:
            value = int(text.strip())
        except ValueError:
            raise argparse.ArgumentTypeError(translate(
                "Cli", "«{text}» er ikke et heltall").format(text=text)
                + _gloss(" (not a whole number)")) from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(translate(
                "Cli", "{value} er utenfor {low}–{high}").format(value=value, low=low, high=high)
                + _gloss(f" (out of range {low}–{high})"))
        return value

    parse.__name__ = "int"  # argparse names the type in its messages
    return parse


def add_as_of(p: argparse.ArgumentParser, *, corrections: bool = False) -> None:
    """``--as-of DATE`` (and for figures ``--med-senere-rettelser``) on a command."""
    p.add_argument("--as-of", metavar="DATO",
                   help="the register as registered at the end of that day (dd.mm.yyyy or "
                        "yyyy-mm-dd); refused where the file's history does not reach back. "
                        "A year that is over counts as registered at its 31.12 by default")
    if corrections:
        p.add_argument("--med-senere-rettelser", "--with-corrections", dest="corrected",
                       action="store_true",
                       help="today's register on the date (--as-of, or 31.12 of a year "
                            "that is over), later changes included (and counted)")


AS_OF_EARLIEST = date(1900, 1, 1)


def as_of_arg(args: argparse.Namespace) -> date | None:
    """The ``--as-of`` date, or None; a bad date is a ValidationError (one line, exit 2)."""
    from ..errors import ValidationError
    from ..services.history import parse_day

    text = getattr(args, "as_of", None)
    if not text:
        return None
    day = parse_day(text)
    if day > date.today():
        raise ValidationError(f"Datoen {text} ligger fram i tid.",
                              f"The date {text} lies in the future.", field="as_of")
    # The figures count a year back and forward from the date (agreements ending or reviewed
    # within 12 months): year 1 has no year before it. As --today in audit: from 1900.
    if day < AS_OF_EARLIEST:
        raise ValidationError(
            f"Datoen {text} ligger før {AS_OF_EARLIEST.year}; registeret kan ikke vises så "
            "langt tilbake.",
            f"The date {text} is before {AS_OF_EARLIEST.year}; the register cannot be shown "
            "that far back.", field="as_of")
    return day
