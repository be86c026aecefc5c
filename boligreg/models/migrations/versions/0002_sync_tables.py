"""sync tables: outbox, state and conflicts (local copies); feed, applied ids, roles (central)

Existing records of a local copy get an ``insert`` outbox row each, so a file made before
sync existed sends its data on its first sync. Demo files do not: demo data never travels.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 08:42:05.385478
"""

import uuid
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Long because it creates the sync tables in one place, in order; a released migration
    is frozen history."""
    op.create_table(
        "central_role",
        sa.Column("role_name", sa.String(length=63), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("district_code", sa.String(length=6), nullable=True),
        sa.PrimaryKeyConstraint("role_name", name=op.f("pk_central_role")),
    )
    op.create_table(
        "sync_applied",
        sa.Column("change_id", sa.String(length=36), nullable=False),
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("applied_at", sa.DateTime(), nullable=False),
        sa.Column("applied_by", sa.String(length=100), nullable=False),
        sa.Column("outcome", sa.String(length=16), nullable=False),
        sa.Column("result_json", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("change_id", name=op.f("pk_sync_applied")),
    )
    with op.batch_alter_table("sync_applied", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_applied_client_id"), ["client_id"], unique=False)

    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("entity_type", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("detected_at", sa.DateTime(), nullable=False),
        sa.Column("fields_json", sa.Text(), nullable=False),
        sa.Column("base_json", sa.Text(), nullable=True),
        sa.Column("local_json", sa.Text(), nullable=True),
        sa.Column("server_json", sa.Text(), nullable=True),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolution", sa.String(length=16), nullable=True),
        sa.Column("resolved_by", sa.String(length=100), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflict")),
    )
    with op.batch_alter_table("sync_conflict", schema=None) as batch_op:
        batch_op.create_index("ix_sync_conflict_entity", ["entity_type", "entity_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_sync_conflict_resolved_at"), ["resolved_at"], unique=False
        )

    op.create_table(
        "sync_feed",
        sa.Column("entity_type", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("purged", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("entity_type", "entity_id", name=op.f("pk_sync_feed")),
        sa.UniqueConstraint("seq", name=op.f("uq_sync_feed_seq")),
    )
    op.create_table(
        "sync_outbox",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("change_id", sa.String(length=36), nullable=False),
        sa.Column("txn_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("entity_type", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("base_version", sa.Integer(), nullable=False),
        sa.Column("base_json", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_sync_outbox")),
        sa.UniqueConstraint("change_id", name=op.f("uq_sync_outbox_change_id")),
    )
    with op.batch_alter_table("sync_outbox", schema=None) as batch_op:
        batch_op.create_index("ix_sync_outbox_entity", ["entity_type", "entity_id"], unique=False)

    op.create_table(
        "sync_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("central_id", sa.String(length=36), nullable=True),
        sa.Column("central_name", sa.String(length=300), nullable=True),
        sa.Column("cursor", sa.BigInteger(), nullable=False),
        sa.Column("last_success_at", sa.DateTime(), nullable=True),
        sa.Column("last_attempt_at", sa.DateTime(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_state")),
    )
    _outbox_for_existing_records()


# The synced tables at this revision (boligreg.models.sync.SYNC_TABLES may grow later).
_SYNCED_0002 = (
    "property",
    "dwelling",
    "agreement",
    "agreement_dwelling",
    "maintenance_responsibility",
    "tenancy",
    "indicator",
)


def _outbox_for_existing_records() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "sqlite":
        return  # the central has no outbox
    meta = sa.MetaData()
    app_meta = sa.Table("app_meta", meta, autoload_with=conn)
    demo = conn.execute(
        sa.select(app_meta.c.value).where(app_meta.c.key == "demo")
    ).scalar_one_or_none()
    if demo == "1":
        return
    outbox = sa.Table("sync_outbox", meta, autoload_with=conn)
    now = datetime.now(UTC).replace(tzinfo=None)
    txn = str(uuid.uuid4())
    for name in _SYNCED_0002:
        table = sa.Table(name, meta, autoload_with=conn)
        rows = [
            {
                "change_id": str(uuid.uuid4()),
                "txn_id": txn,
                "created_at": now,
                "created_by": "migrering",
                "entity_type": name,
                "entity_id": rid,
                "action": "insert",
                "base_version": 0,
                "base_json": None,
            }
            for rid in conn.execute(sa.select(table.c.id).order_by(table.c.id)).scalars()
        ]
        if rows:
            conn.execute(outbox.insert(), rows)


def downgrade() -> None:
    op.drop_table("sync_state")
    with op.batch_alter_table("sync_outbox", schema=None) as batch_op:
        batch_op.drop_index("ix_sync_outbox_entity")

    op.drop_table("sync_outbox")
    op.drop_table("sync_feed")
    with op.batch_alter_table("sync_conflict", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_conflict_resolved_at"))
        batch_op.drop_index("ix_sync_conflict_entity")

    op.drop_table("sync_conflict")
    with op.batch_alter_table("sync_applied", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_applied_client_id"))

    op.drop_table("sync_applied")
    op.drop_table("central_role")
