"""where and in which order a change was made: change_log.origin and central_seq (issue 13
item 7, copies agree)

Three nullable columns; no existing row changes.

* ``origin`` — the client id of the copy where a change was made. The central's log triggers
  fill it from the pushing copy's transaction-local setting (NULL: written on the central
  itself). A local copy fills it on the rows it takes from the central's log when it pulls.
* ``central_seq`` — the central's write-order number of a log row (a sequence the central's
  set-up attaches, services/central.py). A local copy keeps it on the rows it took from the
  central, so a later pull takes only what came after.

* ``superseded_at`` — on a local copy, when the central's answer replaced one of this copy's
  own changes: the central did not take it as it was (a conflict, a refusal, or the same
  change already made in another copy). The change lives on in the conflict list; the
  register's history (services/history) leaves the row out and counts the central's version
  from when it was made, as every other copy does.

``sync_state.log_cursor`` is not needed: each pull asks, per record, for the central's rows
after the highest ``central_seq`` this copy holds for it.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03 14:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN (no table rebuild): the sync_outbox view reads change_log.
    op.add_column("change_log", sa.Column("origin", sa.String(length=36), nullable=True))
    op.add_column("change_log", sa.Column("central_seq", sa.BigInteger(), nullable=True))
    op.add_column("change_log", sa.Column("superseded_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("change_log") as batch:
        batch.drop_column("superseded_at")
        batch.drop_column("central_seq")
        batch.drop_column("origin")
