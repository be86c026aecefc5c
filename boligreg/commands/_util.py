"""Helpers shared by the CLI commands."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from ..models import Database, open_database
from ..paths import default_db_path


def db_path(args: argparse.Namespace) -> Path:
    value = getattr(args, "db", None)
    return Path(value).expanduser() if value else default_db_path()


def open_db(args: argparse.Namespace) -> Database:
    """Open the database named by ``--db`` (or the default one); it must exist."""
    return open_database(db_path(args))


def add_as_of(p: argparse.ArgumentParser, *, corrections: bool = False) -> None:
    """``--as-of DATE`` (and for figures ``--med-senere-rettelser``) on a command."""
    p.add_argument("--as-of", metavar="DATO",
                   help="the register as registered at the end of that day (dd.mm.yyyy or "
                        "yyyy-mm-dd); refused where the file's history does not reach back")
    if corrections:
        p.add_argument("--med-senere-rettelser", "--with-corrections", dest="corrected",
                       action="store_true",
                       help="with --as-of: today's register on that date, later changes "
                            "included (and counted)")


def as_of_arg(args: argparse.Namespace) -> date | None:
    """The ``--as-of`` date, or None; a bad date is a ValidationError (one line, exit 2)."""
    from ..errors import ValidationError
    from ..services.history import parse_day

    text = getattr(args, "as_of", None)
    if getattr(args, "corrected", False) and not text:
        raise ValidationError("--med-senere-rettelser krever --as-of DATO.",
                              "--with-corrections needs --as-of DATE.", field="as_of")
    if not text:
        return None
    day = parse_day(text)
    if day > date.today():
        raise ValidationError(f"Datoen {text} ligger fram i tid.",
                              f"The date {text} lies in the future.", field="as_of")
    return day
