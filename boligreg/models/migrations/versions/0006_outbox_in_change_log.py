"""the sync outbox becomes a mark on the change log (issue 15 item 5)

A local change used to be written twice: its change-log rows and one ``sync_outbox`` row
(three more B-trees per record: ~1/3 of what an import of 100,000 dwellings stores). Now the
change log is the one record of local changes that sync reads: ``change_log.sync_change``
holds the change id of a local change to a synced table until the central acknowledges it
(all field rows of one record's flush share it), with a partial index over the marked rows
only. ``sync_outbox`` becomes a view over them with the old table's columns (SQLite).

Every waiting outbox row is carried over, so nothing waiting is lost or sent twice (the
change ids stay the same, so a push cut off before its acknowledgement is still answered
from the central's recorded ids):
1. the change-log rows of the same change (same transaction, record, action and version)
   get the outbox row's change id;
2. an insert whose own log rows are from another transaction (migration 0002 queued every
   record that existed then) marks the record's insert row;
3. anything still without a log row gets one written from the outbox row (the record's
   current values as the insert's snapshot; ``{field: old}`` for an update).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03 10:00:00
"""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# As models/sync.py defines it at this revision (copied: a migration never imports models).
VIEW_SQL = """
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

_EXACT = """
UPDATE change_log SET sync_change = o.change_id
FROM sync_outbox_0002 AS o
WHERE change_log.entity_type = o.entity_type AND change_log.entity_id = o.entity_id
  AND change_log.txn_id = o.txn_id AND change_log.action = o.action
  AND change_log.sync_change IS NULL
  AND (o.action = 'insert'
       OR (o.action = 'purge' AND change_log.version = o.base_version)
       OR (o.action NOT IN ('insert', 'purge') AND change_log.version = o.base_version + 1))
"""
_UNMATCHED = """
SELECT * FROM sync_outbox_0002 AS o
WHERE NOT EXISTS (SELECT 1 FROM change_log c WHERE c.sync_change = o.change_id)
ORDER BY o.seq
"""
_INSERT_ROW = """
UPDATE change_log SET sync_change = :cid
WHERE id = (SELECT id FROM change_log WHERE entity_type = :et AND entity_id = :eid
            AND action = 'insert' AND sync_change IS NULL ORDER BY rowid LIMIT 1)
"""


def _jsonable(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime | date) else value


def _carry_over(conn: sa.Connection) -> None:
    conn.exec_driver_sql(_EXACT)
    rest = [dict(r._mapping) for r in conn.exec_driver_sql(_UNMATCHED)]
    meta = sa.MetaData()
    log = sa.Table("change_log", meta, autoload_with=conn)
    for o in rest:
        if o["action"] == "insert":
            n = conn.execute(sa.text(_INSERT_ROW), {"cid": o["change_id"],
                                                     "et": o["entity_type"],
                                                     "eid": o["entity_id"]}).rowcount
            if n:
                continue
        at = o["created_at"]
        row = {"txn_id": o["txn_id"],
               "changed_at": datetime.fromisoformat(at) if isinstance(at, str) else at,
               "changed_by": o["created_by"], "entity_type": o["entity_type"],
               "entity_id": o["entity_id"], "action": o["action"], "field": None,
               "old_value": None, "new_value": None, "sync_change": o["change_id"]}
        current = None
        if o["action"] != "purge":
            table = sa.Table(o["entity_type"], meta, autoload_with=conn)
            found = conn.execute(table.select().where(table.c.id == o["entity_id"])).first()
            current = {k: _jsonable(v) for k, v in found._mapping.items()} if found else None
        if o["action"] == "insert":
            rows = [row | {"version": 1, "new_value": json.dumps(current, ensure_ascii=False)
                           if current is not None else None}]
        elif o["action"] == "purge":
            rows = [row | {"version": o["base_version"], "old_value": o["base_json"]}]
        else:
            base = json.loads(o["base_json"]) if o["base_json"] else {}
            rows = [row | {"version": o["base_version"] + 1, "field": f,
                           "old_value": json.dumps(old, ensure_ascii=False),
                           "new_value": json.dumps((current or {}).get(f),
                                                   ensure_ascii=False)}
                    for f, old in base.items()]
        for r in rows:
            conn.execute(log.insert().values(id=str(uuid.uuid4()), **r))


def upgrade() -> None:
    op.add_column("change_log", sa.Column("sync_change", sa.String(length=36), nullable=True))
    op.create_index("ix_change_log_sync_change", "change_log", ["sync_change"], unique=False,
                    sqlite_where=sa.text("sync_change IS NOT NULL"),
                    postgresql_where=sa.text("sync_change IS NOT NULL"))
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("ALTER TABLE sync_outbox RENAME TO sync_outbox_0002")
        _carry_over(conn)
        conn.exec_driver_sql("DROP INDEX IF EXISTS ix_sync_outbox_entity")
        conn.exec_driver_sql("DROP TABLE sync_outbox_0002")
        conn.exec_driver_sql(VIEW_SQL)
    else:
        op.drop_table("sync_outbox")  # the central never had a use for it


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(
            "CREATE TABLE sync_outbox_0006 AS SELECT * FROM sync_outbox ORDER BY seq")
        conn.exec_driver_sql("DROP VIEW sync_outbox")
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
    op.create_index("ix_sync_outbox_entity", "sync_outbox", ["entity_type", "entity_id"],
                    unique=False)
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(
            "INSERT INTO sync_outbox (change_id, txn_id, created_at, created_by, entity_type, "
            "entity_id, action, base_version, base_json) SELECT change_id, txn_id, created_at, "
            "created_by, entity_type, entity_id, action, base_version, base_json "
            "FROM sync_outbox_0006 ORDER BY seq")
        conn.exec_driver_sql("DROP TABLE sync_outbox_0006")
    op.drop_index("ix_change_log_sync_change", table_name="change_log")
    with op.batch_alter_table("change_log") as batch_op:
        batch_op.drop_column("sync_change")
