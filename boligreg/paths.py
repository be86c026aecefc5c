"""Where boligreg keeps its files on this machine (no Qt)."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir, user_log_dir

APP = "boligreg"


def data_dir() -> Path:
    """Per-user data folder; ``BOLIGREG_HOME`` overrides it (tests, portable installs)."""
    override = os.environ.get("BOLIGREG_HOME")
    path = Path(override) if override else Path(user_data_dir(APP, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    return data_dir() / "boligreg.db"


def log_dir() -> Path:
    override = os.environ.get("BOLIGREG_HOME")
    path = Path(override) / "logs" if override else Path(user_log_dir(APP, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path
