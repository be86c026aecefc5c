"""published editions: a year's fact sheets frozen as figures + PDF bytes + SHA-256 (issue 13)

A new table only; no existing row changes. Each row is one sheet (one scope) of one numbered
edition of a year; re-publishing adds rows with the next number, never rewrites old ones.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 16:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "published_edition",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("scope", sa.String(length=6), nullable=False),
        sa.Column("edition", sa.Integer(), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=True),
        sa.Column("figures_json", sa.Text(), nullable=False),
        sa.Column("pdf", sa.LargeBinary(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("changes_json", sa.Text(), nullable=False),
        sa.Column("published_at", sa.DateTime(), nullable=False),
        sa.Column("published_by", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_published_edition")),
        sa.UniqueConstraint("year", "scope", "edition",
                            name=op.f("uq_published_edition_year")),
    )


def downgrade() -> None:
    op.drop_table("published_edition")
