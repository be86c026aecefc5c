"""Sync between offline copies (SQLite) and the central PostgreSQL database.

Outbox on every local change (models/changelog.py), idempotent push by change id, a server
sequence handed out under one lock and pulls by cursor, tombstones, three-way field merge,
conflicts kept for a person. Design: docs/sync.md. No Qt here.
"""

from .conflicts import (
    ConflictView,
    FieldRow,
    get_conflict,
    list_conflicts,
    resolve_conflict,
)
from .engine import SyncError, SyncResult, SyncStatus, check_local, sync, sync_status

__all__ = [
    "ConflictView",
    "FieldRow",
    "SyncError",
    "SyncResult",
    "SyncStatus",
    "check_local",
    "get_conflict",
    "list_conflicts",
    "resolve_conflict",
    "sync",
    "sync_status",
]
