"""Encryption at rest for laptop copies: SQLCipher files whose key lives in the OS keyring.

A lost laptop must not expose the register. The key is a random 256-bit hex passphrase kept
in the operating system's keyring (Windows Credential Manager, macOS Keychain, Secret Service
on Linux) under service ``boligreg`` and the file's absolute path. ``BOLIGREG_DB_KEY`` may
supply a key where no keyring exists (headless servers, CI); it is never written anywhere.
A wrong key is detected by reading the file, never by trusting the key call.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import sqlite3
from pathlib import Path

import sqlalchemy as sa

from ..errors import DatabaseOpenError

KEYRING_SERVICE = "boligreg"
ENV_KEY = "BOLIGREG_DB_KEY"


class WrongKeyError(DatabaseOpenError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            f"«{path.name}» er kryptert, og nøkkelen passer ikke. Filen er ikke endret.",
            f"'{path.name}' is encrypted and the key does not fit. The file was not changed.",
        )


class NoKeyError(DatabaseOpenError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            f"«{path.name}» er kryptert eller ikke en boligreg-database, og det finnes ingen "
            "nøkkel for den i nøkkelringen. Filen er ikke endret.",
            f"'{path.name}' is encrypted or not a boligreg database, and no key for it is in "
            "the keyring. The file was not changed.",
        )


class KeyringUnavailableError(DatabaseOpenError):
    def __init__(self) -> None:
        super().__init__(
            "Operativsystemets nøkkelring er ikke tilgjengelig, så nøkkelen kan ikke lagres "
            f"trygt. Sett {ENV_KEY} eller bruk en maskin med nøkkelring.",
            "The operating system's keyring is not available, so the key cannot be stored "
            f"safely. Set {ENV_KEY} or use a machine with a keyring.",
        )


def sqlcipher_available() -> bool:
    try:
        import sqlcipher3  # noqa: F401 - lazy: only for encrypted files (≈ 45 ms)
    except ImportError:
        return False
    return True


def _account(path: Path) -> str:
    return str(Path(path).expanduser().resolve())


def _keyring():
    import keyring  # lazy: only when a key is stored or read (≈ 75 ms)
    from keyring.backends import fail

    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        return None
    return keyring


def keyring_available() -> bool:
    try:
        return _keyring() is not None
    except Exception:  # no keyring package backend at all
        return False


def get_key(path: Path) -> str | None:
    """The key for ``path``: ``BOLIGREG_DB_KEY`` first, then the OS keyring."""
    env = os.environ.get(ENV_KEY)
    if env:
        return env
    kr = _keyring()
    if kr is None:
        return None
    try:
        return kr.get_password(KEYRING_SERVICE, _account(path))
    except Exception:  # a locked or broken keyring is "no key", not a crash
        return None


def store_key(path: Path, key: str) -> None:
    """Keep ``key`` for ``path`` in the keyring (unless it comes from the environment)."""
    if os.environ.get(ENV_KEY) == key:
        return
    kr = _keyring()
    if kr is None:
        raise KeyringUnavailableError()
    kr.set_password(KEYRING_SERVICE, _account(path), key)


def forget_key(path: Path) -> None:
    kr = _keyring()
    if kr is None:
        return
    with contextlib.suppress(Exception):
        kr.delete_password(KEYRING_SERVICE, _account(path))


def new_key() -> str:
    return secrets.token_hex(32)


def encrypted_url(path: Path, key: str) -> sa.URL:
    """SQLAlchemy's pysqlcipher dialect (it imports ``sqlcipher3``) with the key as password."""
    return sa.URL.create("sqlite+pysqlcipher", password=key, database=str(path))


def open_raw(path: Path, key: str | None, *, readonly: bool = True):
    """A DB-API connection to ``path`` (plain sqlite3, or sqlcipher3 with ``key``)."""
    uri = f"{Path(path).resolve().as_uri()}{'?mode=ro' if readonly else ''}"
    if key is None:
        return sqlite3.connect(uri, uri=True, timeout=5)
    import sqlcipher3  # lazy: only for encrypted files (≈ 45 ms)

    conn = sqlcipher3.connect(uri, uri=True, timeout=5)
    conn.execute(f"PRAGMA key = '{key}'")
    return conn
