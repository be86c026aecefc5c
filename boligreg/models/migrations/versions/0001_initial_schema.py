"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-25 08:20:12.157980
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Long because it is the initial schema, one create_table per table in dependency
    order; a released migration is frozen history and is not restructured."""
    op.create_table(
        "app_meta",
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_app_meta")),
    )
    op.create_table(
        "audit_run",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        sa.Column("run_by", sa.String(length=100), nullable=False),
        sa.Column("district_code", sa.String(length=6), nullable=True),
        sa.Column("opened", sa.Integer(), nullable=False),
        sa.Column("resolved", sa.Integer(), nullable=False),
        sa.Column("still_open", sa.Integer(), nullable=False),
        sa.Column("settings_json", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_run")),
    )
    op.create_table(
        "change_log",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("txn_id", sa.String(length=36), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("changed_by", sa.String(length=100), nullable=False),
        sa.Column("entity_type", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=True),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_log")),
    )
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_change_log_changed_at"), ["changed_at"], unique=False)
        batch_op.create_index("ix_change_log_entity", ["entity_type", "entity_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_change_log_txn_id"), ["txn_id"], unique=False)

    op.create_table(
        "district",
        sa.Column("code", sa.String(length=6), nullable=False),
        sa.Column("number", sa.String(length=2), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("official_name", sa.String(length=80), nullable=False),
        sa.Column("area_km2", sa.Float(), nullable=True),
        sa.Column("has_dwellings", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_district")),
        sa.UniqueConstraint("code", name=op.f("uq_district_code")),
    )
    op.create_table(
        "finding",
        sa.Column("rule", sa.String(length=40), nullable=False),
        sa.Column(
            "severity",
            sa.Enum(
                "low",
                "medium",
                "high",
                name="severity",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("entity_type", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("district_code", sa.String(length=6), nullable=True),
        sa.Column("label", sa.String(length=300), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "open",
                "in_progress",
                "resolved",
                "accepted",
                name="finding_status",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("first_seen", sa.DateTime(), nullable=False),
        sa.Column("last_seen", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("status_note", sa.Text(), nullable=True),
        sa.Column("justification", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_finding")),
    )
    with op.batch_alter_table("finding", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_finding_district_code"), ["district_code"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_finding_rule"), ["rule"], unique=False)
        batch_op.create_index(
            "ix_finding_rule_entity", ["rule", "entity_type", "entity_id"], unique=False
        )

    op.create_table(
        "stat_snapshot",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("scope", sa.String(length=6), nullable=False),
        sa.Column("figures_json", sa.Text(), nullable=False),
        sa.Column("taken_at", sa.DateTime(), nullable=False),
        sa.Column("taken_by", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stat_snapshot")),
        sa.UniqueConstraint("year", "scope", name=op.f("uq_stat_snapshot_year")),
    )
    op.create_table(
        "agreement",
        sa.Column(
            "kind",
            sa.Enum(
                "lease",
                "referral",
                name="agreement_kind",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("reference", sa.String(length=60), nullable=False),
        sa.Column("landlord_name", sa.String(length=200), nullable=False),
        sa.Column("landlord_orgnr", sa.String(length=20), nullable=True),
        sa.Column("district_code", sa.String(length=6), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("notice_months", sa.Integer(), nullable=True),
        sa.Column("monthly_rent", sa.Float(), nullable=True),
        sa.Column("last_reviewed", sa.Date(), nullable=True),
        sa.Column("responsible_officer", sa.String(length=100), nullable=True),
        sa.Column("project_total_dwellings", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["district_code"], ["district.code"], name=op.f("fk_agreement_district_code_district")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement")),
    )
    with op.batch_alter_table("agreement", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_agreement_district_code"), ["district_code"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_agreement_reference"), ["reference"], unique=False)

    op.create_table(
        "district_population",
        sa.Column("district_code", sa.String(length=6), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("population", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["district_code"],
            ["district.code"],
            name=op.f("fk_district_population_district_code_district"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_district_population")),
        sa.UniqueConstraint(
            "district_code", "year", name=op.f("uq_district_population_district_code")
        ),
    )
    with op.batch_alter_table("district_population", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_district_population_district_code"), ["district_code"], unique=False
        )

    op.create_table(
        "indicator",
        sa.Column("district_code", sa.String(length=6), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("indicator", sa.String(length=80), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("source", sa.String(length=300), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["district_code"], ["district.code"], name=op.f("fk_indicator_district_code_district")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_indicator")),
        sa.UniqueConstraint(
            "district_code", "year", "indicator", name=op.f("uq_indicator_district_code")
        ),
    )
    with op.batch_alter_table("indicator", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_indicator_district_code"), ["district_code"], unique=False
        )

    op.create_table(
        "property",
        sa.Column("district_code", sa.String(length=6), nullable=False),
        sa.Column("street_address", sa.String(length=200), nullable=False),
        sa.Column("postcode", sa.String(length=4), nullable=False),
        sa.Column("gnr", sa.Integer(), nullable=True),
        sa.Column("bnr", sa.Integer(), nullable=True),
        sa.Column("fnr", sa.Integer(), nullable=False),
        sa.Column("snr", sa.Integer(), nullable=False),
        sa.Column(
            "owner_kind",
            sa.Enum(
                "boligbygg",
                "oslobygg",
                "housing_coop",
                "condominium",
                "private",
                name="owner_kind",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("owner_name", sa.String(length=200), nullable=True),
        sa.Column("owner_orgnr", sa.String(length=20), nullable=True),
        sa.Column("built_year", sa.Integer(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["district_code"], ["district.code"], name=op.f("fk_property_district_code_district")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_property")),
    )
    with op.batch_alter_table("property", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_property_district_code"), ["district_code"], unique=False
        )

    op.create_table(
        "dwelling",
        sa.Column("property_id", sa.String(length=36), nullable=False),
        sa.Column("unit_number", sa.String(length=10), nullable=False),
        sa.Column("district_code", sa.String(length=6), nullable=False),
        sa.Column("area_m2", sa.Float(), nullable=True),
        sa.Column("rooms", sa.Integer(), nullable=True),
        sa.Column(
            "target_group",
            sa.Enum(
                "ordinary",
                "family",
                "elderly",
                "disability",
                "mental_health_substance",
                "refugee",
                "youth",
                "temporary",
                name="target_group",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column(
            "tenure",
            sa.Enum(
                "owned",
                "leased",
                "referral",
                name="tenure",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum(
                "occupied",
                "vacant",
                "refurbishment",
                "reserved",
                "to_be_sold",
                name="dwelling_status",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column(
            "actual_use",
            sa.Enum(
                "housing",
                "staff_base",
                "office",
                "storage",
                "other",
                name="actual_use",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("wheelchair_accessible", sa.Boolean(), nullable=False),
        sa.Column("vacant_since", sa.Date(), nullable=True),
        sa.Column("last_inspection", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["district_code"], ["district.code"], name=op.f("fk_dwelling_district_code_district")
        ),
        sa.ForeignKeyConstraint(
            ["property_id"], ["property.id"], name=op.f("fk_dwelling_property_id_property")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dwelling")),
    )
    with op.batch_alter_table("dwelling", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_dwelling_district_code"), ["district_code"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_dwelling_property_id"), ["property_id"], unique=False)
        batch_op.create_index(
            "ix_dwelling_overview",
            ["district_code", "tenure", "status", "actual_use", "deleted_at"],
            unique=False,
        )

    op.create_table(
        "agreement_dwelling",
        sa.Column("agreement_id", sa.String(length=36), nullable=False),
        sa.Column("dwelling_id", sa.String(length=36), nullable=False),
        sa.Column("from_date", sa.Date(), nullable=True),
        sa.Column("to_date", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreement.id"],
            name=op.f("fk_agreement_dwelling_agreement_id_agreement"),
        ),
        sa.ForeignKeyConstraint(
            ["dwelling_id"],
            ["dwelling.id"],
            name=op.f("fk_agreement_dwelling_dwelling_id_dwelling"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement_dwelling")),
        sa.UniqueConstraint(
            "agreement_id", "dwelling_id", name=op.f("uq_agreement_dwelling_agreement_id")
        ),
    )
    with op.batch_alter_table("agreement_dwelling", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_agreement_dwelling_agreement_id"), ["agreement_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_agreement_dwelling_dwelling_id"), ["dwelling_id"], unique=False
        )

    op.create_table(
        "maintenance_responsibility",
        sa.Column("property_id", sa.String(length=36), nullable=True),
        sa.Column("dwelling_id", sa.String(length=36), nullable=True),
        sa.Column(
            "scope",
            sa.Enum(
                "interior",
                "exterior",
                "technical",
                "outdoor",
                name="scope",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column(
            "party",
            sa.Enum(
                "boligbygg",
                "oslobygg",
                "district",
                "landlord",
                "housing_coop",
                "tenant",
                name="party",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("valid_from", sa.Date(), nullable=True),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint(
            "(property_id IS NULL AND dwelling_id IS NOT NULL)"
            " OR (property_id IS NOT NULL AND dwelling_id IS NULL)",
            name=op.f("ck_maintenance_responsibility_one_target"),
        ),
        sa.ForeignKeyConstraint(
            ["dwelling_id"],
            ["dwelling.id"],
            name=op.f("fk_maintenance_responsibility_dwelling_id_dwelling"),
        ),
        sa.ForeignKeyConstraint(
            ["property_id"],
            ["property.id"],
            name=op.f("fk_maintenance_responsibility_property_id_property"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_maintenance_responsibility")),
    )
    with op.batch_alter_table("maintenance_responsibility", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_maintenance_responsibility_dwelling_id"), ["dwelling_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_maintenance_responsibility_property_id"), ["property_id"], unique=False
        )

    op.create_table(
        "tenancy",
        sa.Column("dwelling_id", sa.String(length=36), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "fixed_term",
                "indefinite",
                name="tenancy_kind",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("next_review", sa.Date(), nullable=True),
        sa.Column("case_reference", sa.String(length=60), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["dwelling_id"], ["dwelling.id"], name=op.f("fk_tenancy_dwelling_id_dwelling")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tenancy")),
    )
    with op.batch_alter_table("tenancy", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_tenancy_dwelling_id"), ["dwelling_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("tenancy", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tenancy_dwelling_id"))

    op.drop_table("tenancy")
    with op.batch_alter_table("maintenance_responsibility", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_maintenance_responsibility_property_id"))
        batch_op.drop_index(batch_op.f("ix_maintenance_responsibility_dwelling_id"))

    op.drop_table("maintenance_responsibility")
    with op.batch_alter_table("agreement_dwelling", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agreement_dwelling_dwelling_id"))
        batch_op.drop_index(batch_op.f("ix_agreement_dwelling_agreement_id"))

    op.drop_table("agreement_dwelling")
    with op.batch_alter_table("dwelling", schema=None) as batch_op:
        batch_op.drop_index("ix_dwelling_overview")
        batch_op.drop_index(batch_op.f("ix_dwelling_property_id"))
        batch_op.drop_index(batch_op.f("ix_dwelling_district_code"))

    op.drop_table("dwelling")
    with op.batch_alter_table("property", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_property_district_code"))

    op.drop_table("property")
    with op.batch_alter_table("indicator", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_indicator_district_code"))

    op.drop_table("indicator")
    with op.batch_alter_table("district_population", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_district_population_district_code"))

    op.drop_table("district_population")
    with op.batch_alter_table("agreement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agreement_reference"))
        batch_op.drop_index(batch_op.f("ix_agreement_district_code"))

    op.drop_table("agreement")
    op.drop_table("stat_snapshot")
    with op.batch_alter_table("finding", schema=None) as batch_op:
        batch_op.drop_index("ix_finding_rule_entity")
        batch_op.drop_index(batch_op.f("ix_finding_rule"))
        batch_op.drop_index(batch_op.f("ix_finding_district_code"))

    op.drop_table("finding")
    op.drop_table("district")
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_change_log_txn_id"))
        batch_op.drop_index("ix_change_log_entity")
        batch_op.drop_index(batch_op.f("ix_change_log_changed_at"))

    op.drop_table("change_log")
    op.drop_table("audit_run")
    op.drop_table("app_meta")
