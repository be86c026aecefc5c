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
    monkeypatch.delenv("BOLIGREG_LANG", raising=False)  # tests assert bokmål unless they ask
    yield home
    # The language is process state (the CLI's --lang, the window's Qt translator): each
    # test starts in bokmål whatever the one before chose.
    from boligreg import i18n

    i18n.set_language(None)
    i18n.install_backend(None)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "register.db"


@pytest.fixture
def file_at_revision() -> Iterator:
    """Factory ``(path, revision) -> Engine``: a boligreg file as an older version wrote it
    (migrations up to ``revision`` only, bydeler seeded), for upgrade tests."""
    from alembic import command

    from boligreg.models import make_engine
    from boligreg.models.db import APPLICATION_ID, seed_reference_data
    from boligreg.models.migrate import alembic_config

    engines = []

    def make(path: Path, revision: str):
        engine = make_engine(f"sqlite:///{path}")
        engines.append(engine)
        with engine.begin() as conn:
            conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), revision)
        with engine.begin() as conn:
            seed_reference_data(conn, "t")
        return engine

    yield make
    for engine in engines:
        engine.dispose()


@pytest.fixture
def empty_db(db_path: Path) -> Iterator:
    """A freshly created database: schema, 17 districts and population, no dwellings."""
    from boligreg.models import create_database

    db = create_database(db_path, user="test")
    yield db
    db.close()


@pytest.fixture(scope="session")
def pg_url() -> str:
    """URL of the test PostgreSQL server (``BOLIGREG_TEST_PG_URL``).

    Unset: the test is skipped with that reason. Set but unreachable: the test fails, so CI
    (whose ``.ci/run`` sets it) never passes silently without the central-database tests.
    """
    url = os.environ.get("BOLIGREG_TEST_PG_URL")
    if not url:
        pytest.skip("BOLIGREG_TEST_PG_URL is not set: PostgreSQL tests skipped")
    import sqlalchemy as sa

    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
    except Exception as exc:  # noqa: BLE001
        pytest.fail(f"PostgreSQL at BOLIGREG_TEST_PG_URL is unreachable: {exc}")
    finally:
        engine.dispose()
    return url


@pytest.fixture
def pg_database(pg_url: str) -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test; dropped afterwards. Yields its URL."""
    import uuid

    import sqlalchemy as sa

    name = f"boligreg_test_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    url = sa.make_url(pg_url).set(database=name)
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


@pytest.fixture
def memory_keyring(monkeypatch: pytest.MonkeyPatch):
    """An in-memory OS keyring (headless machines have none); returns its dict."""
    import keyring
    from keyring.backend import KeyringBackend

    store: dict[tuple[str, str], str] = {}

    class MemoryKeyring(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def get_password(self, service: str, username: str) -> str | None:
            return store.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            store[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            store.pop((service, username), None)

    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    monkeypatch.delenv("BOLIGREG_DB_KEY", raising=False)
    yield store
    keyring.set_keyring(previous)
