"""Helpers shared by the CLI commands."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..models import Database, open_database
from ..paths import default_db_path


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
        url.port  # noqa: B018 - a non-numeric port only fails when read
    except ValueError:
        raise ValidationError(
            f"Porten i {option} må være et tall.", f"The port in {option} must be a number.",
            field="url",
        ) from None
    return text
