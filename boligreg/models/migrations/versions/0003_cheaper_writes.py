"""cheaper writes: enum CHECKs as OR chains instead of IN lists; two unread change-log indexes

1. Enum checks.
SQLite builds a lookup table for ``CHECK (x IN ('a', 'b', 'c'))`` (more than two constants)
every time an INSERT statement runs; with executemany that is once per row, and it was the
largest single cost of a big import (~2.5 s per 100,000 dwellings for the four checks on
``dwelling``). ``x = 'a' OR x = 'b' OR x = 'c'`` allows exactly the same rows and costs nothing.

SQLite: the stored CREATE TABLE text is edited in place, the procedure sqlite.org gives for
constraint changes that leave the stored data alone (lang_altertable.html, "making other kinds
of table schema changes"): the rule allows the same rows before and after, so no table is
copied and a big file upgrades in milliseconds. PostgreSQL: drop and add each constraint.

2. ``ix_change_log_changed_at`` and ``ix_change_log_txn_id`` go: nothing in boligreg looks the
log up by time or transaction (history reads it by record, which keeps its index), and each
cost ~0.8 s per 100,000 imported records. An occasional question by time or transaction
scans the log instead.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 11:30:00
"""

from __future__ import annotations

from collections.abc import Callable

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# As 0001 created them: table → (constraint, column, values).
CHECKS: dict[str, list[tuple[str, str, tuple[str, ...]]]] = {
    "agreement": [("ck_agreement_agreement_kind", "kind", ("lease", "referral"))],
    "dwelling": [
        ("ck_dwelling_target_group", "target_group",
         ("ordinary", "family", "elderly", "disability", "mental_health_substance", "refugee",
          "youth", "temporary")),
        ("ck_dwelling_tenure", "tenure", ("owned", "leased", "referral")),
        ("ck_dwelling_dwelling_status", "status",
         ("occupied", "vacant", "refurbishment", "reserved", "to_be_sold")),
        ("ck_dwelling_actual_use", "actual_use",
         ("housing", "staff_base", "office", "storage", "other")),
    ],
    "finding": [
        ("ck_finding_severity", "severity", ("low", "medium", "high")),
        ("ck_finding_finding_status", "status", ("open", "in_progress", "resolved", "accepted")),
    ],
    "maintenance_responsibility": [
        ("ck_maintenance_responsibility_scope", "scope",
         ("interior", "exterior", "technical", "outdoor")),
        ("ck_maintenance_responsibility_party", "party",
         ("boligbygg", "oslobygg", "district", "landlord", "housing_coop", "tenant")),
    ],
    "property": [("ck_property_owner_kind", "owner_kind",
                  ("boligbygg", "oslobygg", "housing_coop", "condominium", "private"))],
    "tenancy": [("ck_tenancy_tenancy_kind", "kind", ("fixed_term", "indefinite"))],
}


def _in_sql(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN (" + ", ".join(f"'{v}'" for v in values) + ")"


def _or_sql(column: str, values: tuple[str, ...]) -> str:
    return " OR ".join(f"{column} = '{v}'" for v in values)


def _rewrite_sqlite(conn: sa.Connection, old: dict[str, str], new: dict[str, str]) -> None:
    """Swap each table's CREATE TABLE text, checking first that exactly the expected
    constraints are there (a file that differs is refused, and the transaction rolls back)."""
    schema_version = conn.exec_driver_sql("PRAGMA schema_version").scalar_one()
    conn.exec_driver_sql("PRAGMA writable_schema = ON")
    try:
        for table in CHECKS:
            conn.exec_driver_sql(
                "UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = ? AND sql = ?",
                (new[table], table, old[table]))
        conn.exec_driver_sql(f"PRAGMA schema_version = {int(schema_version) + 1}")
    finally:
        conn.exec_driver_sql("PRAGMA writable_schema = OFF")


RuleSql = Callable[[str, tuple[str, ...]], str]


def _swap(from_sql: RuleSql, to_sql: RuleSql) -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        old, new = {}, {}
        for table, checks in CHECKS.items():
            sql = conn.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
            ).scalar_one()
            text = sql
            for name, column, values in checks:
                old_clause = f"CONSTRAINT {name} CHECK ({from_sql(column, values)})"
                if text.count(old_clause) != 1:
                    raise RuntimeError(f"{table}: constraint {name} is not as expected")
                text = text.replace(old_clause,
                                    f"CONSTRAINT {name} CHECK ({to_sql(column, values)})")
            old[table], new[table] = sql, text
        _rewrite_sqlite(conn, old, new)
        # Reading the schema makes SQLite parse the new text now, inside this transaction,
        # so a text it could not parse fails the migration instead of a later open.
        conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar_one()
    else:
        for table, checks in CHECKS.items():
            for name, column, values in checks:
                # raw SQL: op.drop_constraint would apply the naming convention to the name
                op.execute(sa.text(f"ALTER TABLE {table} DROP CONSTRAINT {name}"))
                op.execute(sa.text(f"ALTER TABLE {table} ADD CONSTRAINT {name} "
                                   f"CHECK ({to_sql(column, values)})"))


def upgrade() -> None:
    _swap(_in_sql, _or_sql)
    op.drop_index("ix_change_log_changed_at", table_name="change_log")
    op.drop_index("ix_change_log_txn_id", table_name="change_log")


def downgrade() -> None:
    op.create_index("ix_change_log_txn_id", "change_log", ["txn_id"])
    op.create_index("ix_change_log_changed_at", "change_log", ["changed_at"])
    _swap(_or_sql, _in_sql)
