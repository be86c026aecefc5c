"""Tables of the sync between offline copies (SQLite) and the central database (PostgreSQL).

Both sides carry every table (one schema, one migration chain); each side uses its own:

local copy  ``sync_outbox``    a view: the change-log rows of local changes not yet pushed
                               (``change_log.sync_change``, written in the change's transaction)
            ``sync_state``     who this copy is, which central it belongs to, the pull cursor
            ``sync_conflict``  changes a person must decide on (both versions kept)
central     ``sync_feed``      per record the server sequence of its latest change (cursor pulls)
            ``sync_applied``   every change id ever applied, with its outcome (idempotent push)
            ``central_role``   which database role may change which bydel (row-level security)

Design and reasons in docs/sync.md.
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from .base import Base, utcnow

# Tables that travel between copies, parents before children (push order; FKs hold).
# Reference data (district, district_population) is seeded from resources/ on every side and
# findings are computed where the audit runs, so none of those travel.
# Units travel (an administrator may add one anywhere); the seeded ones have the same ids
# everywhere (``unit_id``), so they meet as the same records.
SYNC_TABLES: tuple[str, ...] = (
    "unit",
    "unit_transfer",
    "unit_transfer_item",
    "property",
    "dwelling",
    "agreement",
    "agreement_dwelling",
    "maintenance_responsibility",
    "tenancy",
    "indicator",
)
SYNCED = frozenset(SYNC_TABLES)


class _Views(DeclarativeBase):
    """Views: outside ``Base.metadata`` (never created as tables; the migrations make them)."""


# The local outbox is the change log itself (migration 0006): a local change to a synced table
# carries its change id in ``change_log.sync_change`` until the central has acknowledged it.
# This view shows the waiting changes as the outbox table of 0002 held them, one row per change
# (all field rows of one record's flush); SQLite only (JSON1's json_group_object).
SYNC_OUTBOX_VIEW_SQL = """
CREATE VIEW sync_outbox AS
SELECT min(rowid) AS seq,
       sync_change AS change_id,
       min(txn_id) AS txn_id,
       min(changed_at) AS created_at,
       min(changed_by) AS created_by,
       min(entity_type) AS entity_type,
       min(entity_id) AS entity_id,
       min(action) AS action,
       CASE min(action) WHEN 'insert' THEN 0 WHEN 'purge' THEN min(version)
            ELSE min(version) - 1 END AS base_version,
       CASE min(action) WHEN 'insert' THEN NULL WHEN 'purge' THEN min(old_value)
            ELSE json_group_object(field, json(old_value)) END AS base_json
FROM change_log
WHERE sync_change IS NOT NULL
GROUP BY sync_change
"""


class SyncOutbox(_Views):
    """One local change waiting to be pushed (a read-only view over the change log).

    ``base_version`` is the record's version before the change; ``base_json`` holds the values
    the change started from: ``{field: old}`` for an update, delete or restore, the whole row
    for a purge, nothing for an insert (the row itself is the change). The new values are read
    from the row at push time, so several edits of one record travel as one three-way merge.
    """

    __tablename__ = "sync_outbox"

    seq: Mapped[int] = mapped_column(sa.Integer, primary_key=True)
    change_id: Mapped[str] = mapped_column(sa.String(36))
    txn_id: Mapped[str] = mapped_column(sa.String(36))
    created_at: Mapped[datetime] = mapped_column(sa.DateTime())
    created_by: Mapped[str] = mapped_column(sa.String(100))
    entity_type: Mapped[str] = mapped_column(sa.String(40))
    entity_id: Mapped[str] = mapped_column(sa.String(36))
    action: Mapped[str] = mapped_column(sa.String(10))  # insert | update | delete | restore | purge
    base_version: Mapped[int] = mapped_column(sa.Integer)
    base_json: Mapped[str | None] = mapped_column(sa.Text)


class SyncState(Base):
    """This copy's identity and progress (one row, ``id`` = 1, made by the first sync)."""

    __tablename__ = "sync_state"

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True)
    client_id: Mapped[str] = mapped_column(sa.String(36))
    central_id: Mapped[str | None] = mapped_column(sa.String(36))
    central_name: Mapped[str | None] = mapped_column(sa.String(300))
    cursor: Mapped[int] = mapped_column(sa.BigInteger, default=0)
    last_success_at: Mapped[datetime | None] = mapped_column(sa.DateTime())
    last_attempt_at: Mapped[datetime | None] = mapped_column(sa.DateTime())
    last_error: Mapped[str | None] = mapped_column(sa.Text)


class SyncConflict(Base):
    """A change the central did not take as it was: both versions kept for a person.

    ``kind``: ``field`` (same field changed on both sides), ``deleted`` (edited here, deleted
    there, or the other way round), ``exists`` (inserted here with an id the central already
    has, different values), ``rejected`` (refused by the central's constraints or row-level
    security; ``reason`` says why). ``local_json`` / ``server_json`` / ``base_json`` are whole
    rows (JSON); ``fields_json`` lists the fields in dispute.
    """

    __tablename__ = "sync_conflict"
    __table_args__ = (sa.Index("ix_sync_conflict_entity", "entity_type", "entity_id"),)

    id: Mapped[str] = mapped_column(sa.String(36), primary_key=True)  # first change id
    entity_type: Mapped[str] = mapped_column(sa.String(40))
    entity_id: Mapped[str] = mapped_column(sa.String(36))
    kind: Mapped[str] = mapped_column(sa.String(16))
    detected_at: Mapped[datetime] = mapped_column(sa.DateTime(), default=utcnow)
    fields_json: Mapped[str] = mapped_column(sa.Text, default="[]")
    base_json: Mapped[str | None] = mapped_column(sa.Text)
    local_json: Mapped[str | None] = mapped_column(sa.Text)
    server_json: Mapped[str | None] = mapped_column(sa.Text)
    server_version: Mapped[int | None] = mapped_column(sa.Integer)
    reason: Mapped[str | None] = mapped_column(sa.Text)
    resolved_at: Mapped[datetime | None] = mapped_column(sa.DateTime(), index=True)
    resolution: Mapped[str | None] = mapped_column(sa.String(16))  # local | server | merged
    resolved_by: Mapped[str | None] = mapped_column(sa.String(100))


class SyncFeed(Base):
    """Central only: the server sequence of each record's latest change (written by triggers).

    One row per record, so a pull returns each changed record once. ``purged`` marks a record
    removed outright; a soft delete is just a change of the row's ``deleted_at``.
    """

    __tablename__ = "sync_feed"

    entity_type: Mapped[str] = mapped_column(sa.String(40), primary_key=True)
    entity_id: Mapped[str] = mapped_column(sa.String(36), primary_key=True)
    seq: Mapped[int] = mapped_column(sa.BigInteger, unique=True)
    version: Mapped[int] = mapped_column(sa.Integer, default=0)
    purged: Mapped[bool] = mapped_column(sa.Boolean, default=False)


class SyncApplied(Base):
    """Central only: a change id that was handled, and how (replays get the same answer)."""

    __tablename__ = "sync_applied"

    change_id: Mapped[str] = mapped_column(sa.String(36), primary_key=True)
    client_id: Mapped[str] = mapped_column(sa.String(36), index=True)
    applied_at: Mapped[datetime] = mapped_column(sa.DateTime(), default=utcnow)
    applied_by: Mapped[str] = mapped_column(sa.String(100), default="")
    outcome: Mapped[str] = mapped_column(sa.String(16))  # applied | merged | conflict | ...
    result_json: Mapped[str | None] = mapped_column(sa.Text)  # conflict details, first id only


class CentralRole(Base):
    """Central only: what a database role may change (read by the row-level security policies).

    ``kind``: ``district`` (its ``district_code`` only), ``unit`` (a central unit: the records
    its ``unit_code`` disposes of or holds), ``auditor`` (findings), ``admin``. A bydel's role
    has its unit code too (the same as its district code).
    Owned by the schema owner; the app's roles may read it, never write it.
    """

    __tablename__ = "central_role"

    role_name: Mapped[str] = mapped_column(sa.String(63), primary_key=True)
    kind: Mapped[str] = mapped_column(sa.String(16))
    district_code: Mapped[str | None] = mapped_column(sa.String(6))
    unit_code: Mapped[str | None] = mapped_column(sa.String(20))
