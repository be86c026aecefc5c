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
