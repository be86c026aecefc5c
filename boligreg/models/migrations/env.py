"""Alembic environment: always handed a live connection by ``boligreg.models.migrate``."""

from __future__ import annotations

from alembic import context

from boligreg.models import entities  # noqa: F401  (registers the tables)
from boligreg.models.base import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through boligreg.models.migrate, not the alembic CLI")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite has almost no ALTER TABLE
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
