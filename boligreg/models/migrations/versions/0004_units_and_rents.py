"""units and rents: forvaltningsenheter; a dwelling's disposer and tenant rent; lease cost per
dwelling on the agreement link

1. ``unit``: the 15 bydeler (and Sentrum and Marka, so records there keep a disposer) and
   the central units (Velferdsetaten, its part Ungbo, Boligbygg
   Oslo KF), keyed by ``code`` (the district code for a bydel). Every unit's id is derived
   from its code (``entities.unit_id``), the same in every file and on the central.
2. ``dwelling.disposing_unit_code`` (the unit disposing of it; ``district_code`` stays its
   location), ``dwelling.tenant_rent`` and ``tenant_rent_set`` (husleie, what the tenant pays).
3. ``agreement.holding_unit_code`` (the unit holding it, possibly central).
4. ``agreement_dwelling.monthly_cost`` (what the kommune pays for that dwelling).
5. ``central_role.unit_code`` (row-level security by unit on the central).
6. ``unit_transfer`` and ``unit_transfer_item``: transfers between units and the records each
   moved; ``change_log.reference`` carries a transfer's case reference on each moved record.

Existing records: today's district becomes both location and disposer (dwellings) and the
holder (agreements). An agreement's ``monthly_rent`` stays its total; where an agreement
covers exactly one live dwelling the total is also that dwelling's cost on the link, and
where it covers several the per-dwelling costs stay unknown (NULL) — splitting a total by
guess would invent figures. Every value set here gets a change-log row, so a record's history
still rebuilds to the record.

The new columns are added in place (ALTER TABLE ADD COLUMN): no table is copied, so a big file
upgrades fast and no foreign key is dropped and re-made. SQLite can only add a foreign-key
column that way if it may be NULL, so the unit columns are nullable in the schema; every
writer sets them.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 15:30:00
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# As entities.UNIT_NAMESPACE (copied: a migration must not change when the code does).
UNIT_NAMESPACE = uuid.UUID("6f1c3a52-8d0e-4b57-9a43-2c1f0b6d7e10")
# The reference units of this revision: code -> (kind, name, official name, orgnr, parent,
# district). Sources in resources/SOURCES.md.
BYDEL_ORGNR = {
    "030101": "974778742", "030102": "870534612", "030103": "974778726",
    "030104": "971179686", "030105": "874778702", "030106": "971022051",
    "030107": "970145311", "030108": "974778882", "030109": "974778874",
    "030110": "974778866", "030111": "874778842", "030112": "970534644",
    "030113": "974778807", "030114": "970534679", "030115": "972408875",
}
CENTRAL_UNITS = (
    ("velferdsetaten", "Velferdsetaten", "Oslo kommune Velferdsetaten", "997506413", None),
    ("boligbygg", "Boligbygg", "Boligbygg Oslo KF", "974780747", None),
    ("ungbo", "Ungbo", "Ungbo (Velferdsetaten)", None, "velferdsetaten"),
)
WHO = "migrering 0004"


def _unit_id(code: str) -> str:
    return str(uuid.uuid5(UNIT_NAMESPACE, code))


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _schema() -> None:
    """Long because it is the migration's schema steps in the order SQLite and PostgreSQL
    need them; a released migration is frozen history."""
    op.create_table(
        "unit",
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("kind", sa.Enum("district", "central", name="unit_kind", native_enum=False,
                                  create_constraint=False, length=24), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("official_name", sa.String(length=120), nullable=False),
        sa.Column("orgnr", sa.String(length=9), nullable=True),
        sa.Column("district_code", sa.String(length=6), nullable=True),
        sa.Column("parent_code", sa.String(length=20), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint("kind = 'district' OR kind = 'central'", name=op.f("ck_unit_unit_kind")),
        sa.ForeignKeyConstraint(["district_code"], ["district.code"],
                                name=op.f("fk_unit_district_code_district")),
        sa.ForeignKeyConstraint(["parent_code"], ["unit.code"],
                                name=op.f("fk_unit_parent_code_unit")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_unit")),
        sa.UniqueConstraint("code", name=op.f("uq_unit_code")),
    )
    sqlite = op.get_bind().dialect.name == "sqlite"

    def fk_column(table: str, column: str) -> None:
        if sqlite:
            # ALTER TABLE ... ADD COLUMN ... REFERENCES: in place, no table copy.
            op.execute(sa.text(f"ALTER TABLE {table} ADD COLUMN {column} VARCHAR(20) "
                               "REFERENCES unit (code)"))
        else:
            op.add_column(table, sa.Column(column, sa.String(length=20), nullable=True))
            op.create_foreign_key(op.f(f"fk_{table}_{column}_unit"), table, "unit",
                                  [column], ["code"])
        op.create_index(op.f(f"ix_{table}_{column}"), table, [column])

    fk_column("dwelling", "disposing_unit_code")
    op.add_column("dwelling", sa.Column("tenant_rent", sa.Float(), nullable=True))
    op.add_column("dwelling", sa.Column("tenant_rent_set", sa.Date(), nullable=True))
    fk_column("agreement", "holding_unit_code")
    op.add_column("agreement_dwelling", sa.Column("monthly_cost", sa.Float(), nullable=True))
    op.add_column("central_role", sa.Column("unit_code", sa.String(length=20), nullable=True))
    op.add_column("change_log", sa.Column("reference", sa.String(length=60), nullable=True))
    def stamps() -> list[sa.Column]:
        return [
            sa.Column("id", sa.String(length=36), nullable=False),
            sa.Column("created_at", sa.DateTime(), nullable=False),
            sa.Column("created_by", sa.String(length=100), nullable=False),
            sa.Column("updated_at", sa.DateTime(), nullable=False),
            sa.Column("updated_by", sa.String(length=100), nullable=False),
            sa.Column("version", sa.Integer(), nullable=False),
            sa.Column("deleted_at", sa.DateTime(), nullable=True),
        ]
    op.create_table(
        "unit_transfer",
        sa.Column("reference", sa.String(length=60), nullable=False),
        sa.Column("from_unit_code", sa.String(length=20), nullable=False),
        sa.Column("to_unit_code", sa.String(length=20), nullable=False),
        sa.Column("what", sa.String(length=12), nullable=False),
        sa.Column("effective_date", sa.Date(), nullable=False),
        sa.Column("txn_id", sa.String(length=36), nullable=True),
        sa.Column("undo_of", sa.String(length=36), nullable=True),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        *stamps(),
        sa.ForeignKeyConstraint(["from_unit_code"], ["unit.code"],
                                name=op.f("fk_unit_transfer_from_unit_code_unit")),
        sa.ForeignKeyConstraint(["to_unit_code"], ["unit.code"],
                                name=op.f("fk_unit_transfer_to_unit_code_unit")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_unit_transfer")),
    )
    op.create_index(op.f("ix_unit_transfer_reference"), "unit_transfer", ["reference"])
    op.create_table(
        "unit_transfer_item",
        sa.Column("transfer_id", sa.String(length=36), nullable=False),
        sa.Column("entity_type", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        *stamps(),
        sa.ForeignKeyConstraint(["transfer_id"], ["unit_transfer.id"],
                                name=op.f("fk_unit_transfer_item_transfer_id_unit_transfer")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_unit_transfer_item")),
    )
    op.create_index(op.f("ix_unit_transfer_item_transfer_id"), "unit_transfer_item",
                    ["transfer_id"])
    op.create_index("ix_unit_transfer_item_entity", "unit_transfer_item",
                    ["entity_type", "entity_id"])


def _log(conn: sa.Connection, rows: list[dict]) -> None:
    if rows:
        conn.execute(sa.text(
            "INSERT INTO change_log (id, txn_id, changed_at, changed_by, entity_type, "
            "entity_id, action, field, old_value, new_value, version) VALUES (:id, :txn, :at, "
            ":by, :entity_type, :entity_id, :action, :field, :old, :new, :version)"), rows)


def _data() -> None:
    conn = op.get_bind()
    districts = conn.execute(sa.text(
        "SELECT code, name, official_name, has_dwellings FROM district ORDER BY code")).all()
    if not districts:
        return  # a new file: seed_reference_data adds the units after the migrations
    now, txn = _now(), str(uuid.uuid4())
    # As db.UNIT_STAMP: the seeded units are equal rows in every file and on the central.
    stamp = {"created_at": datetime(2026, 12, 1), "updated_at": datetime(2026, 12, 1),
             "created_by": "boligreg", "updated_by": "boligreg", "version": 1,
             "deleted_at": None, "note": None}
    units = []
    # Every district is a unit, Sentrum and Marka too (no administration, no orgnr): a record
    # that lies there keeps a disposer, and every file has the same units.
    for code, name, official, _has_dwellings in districts:
        units.append({"id": _unit_id(code), "code": code, "kind": "district", "name": name,
                      "official_name": official, "orgnr": BYDEL_ORGNR.get(code),
                      "parent_code": None, "district_code": code, **stamp})
    for code, name, official, orgnr, parent in CENTRAL_UNITS:
        units.append({"id": _unit_id(code), "code": code, "kind": "central", "name": name,
                      "official_name": official, "orgnr": orgnr, "parent_code": parent,
                      "district_code": None, **stamp})
    unit = sa.table("unit", *(sa.column(c) for c in units[0]))
    conn.execute(unit.insert(), units)

    def snap(r: dict) -> str:
        return json.dumps({k: (v.isoformat() if isinstance(v, datetime) else v)
                           for k, v in r.items()}, ensure_ascii=False)

    log = [{"id": str(uuid.uuid4()), "txn": txn, "at": now, "by": WHO, "entity_type": "unit",
            "entity_id": u["id"], "action": "insert", "field": None, "old": None,
            "new": snap(u), "version": 1} for u in units]

    def setting(table: str, field: str, rows: list[tuple[str, object, int]]) -> None:
        # One change-log row per value set, at the record's own version (the value is what
        # the record meant before; its version does not move, so sync sees no edit).
        log.extend({"id": str(uuid.uuid4()), "txn": txn, "at": now, "by": WHO,
                    "entity_type": table, "entity_id": rid, "action": "update", "field": field,
                    "old": None, "new": json.dumps(value, ensure_ascii=False),
                    "version": version} for rid, value, version in rows)

    dwellings = conn.execute(sa.text(
        "SELECT id, district_code, version FROM dwelling")).all()
    conn.execute(sa.text("UPDATE dwelling SET disposing_unit_code = district_code"))
    setting("dwelling", "disposing_unit_code", [tuple(r) for r in dwellings])
    agreements = conn.execute(sa.text(
        "SELECT id, district_code, version FROM agreement")).all()
    conn.execute(sa.text("UPDATE agreement SET holding_unit_code = district_code"))
    setting("agreement", "holding_unit_code", [tuple(r) for r in agreements])
    # A single live dwelling under an agreement: its cost is the agreement's rent.
    single = conn.execute(sa.text(
        "SELECT l.id, a.monthly_rent, l.version FROM agreement_dwelling l "
        "JOIN agreement a ON a.id = l.agreement_id "
        "WHERE l.deleted_at IS NULL AND a.monthly_rent IS NOT NULL AND l.agreement_id IN ("
        " SELECT agreement_id FROM agreement_dwelling WHERE deleted_at IS NULL"
        " GROUP BY agreement_id HAVING count(*) = 1)")).all()
    if single:
        conn.execute(sa.text("UPDATE agreement_dwelling SET monthly_cost = :cost WHERE id = :id"),
                     [{"id": rid, "cost": cost} for rid, cost, _ in single])
    setting("agreement_dwelling", "monthly_cost", [tuple(r) for r in single])
    for i in range(0, len(log), 5000):
        _log(conn, log[i:i + 5000])


def upgrade() -> None:
    _schema()
    _data()


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        # SQLite cannot drop a REFERENCES column in place, and rebuilding ``dwelling`` inside
        # a transaction with foreign keys on would fail on its children. A file goes back
        # through the backup open_database takes before every upgrade.
        raise RuntimeError("0004 is not downgraded on SQLite: restore the pre-upgrade backup")
    conn.execute(sa.text("DELETE FROM change_log WHERE changed_by = :w"), {"w": WHO})
    conn.execute(sa.text("DELETE FROM change_log WHERE entity_type IN "
                         "('unit', 'unit_transfer', 'unit_transfer_item')"))
    op.drop_table("unit_transfer_item")
    op.drop_table("unit_transfer")
    op.drop_column("change_log", "reference")
    op.drop_column("central_role", "unit_code")
    op.drop_column("agreement_dwelling", "monthly_cost")
    for table, column in (("agreement", "holding_unit_code"),
                          ("dwelling", "disposing_unit_code")):
        op.drop_index(op.f(f"ix_{table}_{column}"), table_name=table)
        op.drop_constraint(op.f(f"fk_{table}_{column}_unit"), table, type_="foreignkey")
        op.drop_column(table, column)
    op.drop_column("dwelling", "tenant_rent_set")
    op.drop_column("dwelling", "tenant_rent")
    op.drop_table("unit")
