"""the change log by time again: ix_change_log_changed_at (issue 13, as-of speed)

Migration 0003 dropped this index because nothing read the log by time. The register as of a
date (services/history) now does: it reads every row written after the moment asked for. With
the index that read touches a year's rows; without it, every row of the log (on the 100k
benchmark file 0.39 s of a 4 s rebuild warm, and the whole 392 MB file from disk cold).

``changed_at`` grows with the writes, so new entries land at the index's end: on 100,000 log
rows written in one transaction the index costs under 0.1 s (measured 2026-12-04 on a copy of
the benchmark file; the ~0.8 s of 0003 was mostly ``txn_id``'s random keys, which stay
unindexed). No row changes.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04 20:30:00
"""

from __future__ import annotations

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_change_log_changed_at", "change_log", ["changed_at"])


def downgrade() -> None:
    op.drop_index("ix_change_log_changed_at", table_name="change_log")
