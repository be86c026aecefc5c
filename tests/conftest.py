"""Shared fixtures: real SQLite files in temporary folders, never the user's own database."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Qt tests run offscreen; set before anything imports PySide6.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Point the per-user data folder at a temporary one for every test."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("BOLIGREG_HOME", str(home))
    yield home


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "register.db"


@pytest.fixture
def empty_db(db_path: Path) -> Iterator:
    """A freshly created database: schema, 17 districts and population, no dwellings."""
    from boligreg.models import create_database

    db = create_database(db_path, user="test")
    yield db
    db.close()
