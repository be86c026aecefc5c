"""Declarative base and the columns every record carries.

UUID key, audit stamps, version (optimistic locking) and soft delete.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from enum import StrEnum

import sqlalchemy as sa
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    """Naive UTC timestamp: SQLite has no time zones, so every stored time is UTC."""
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = sa.MetaData(naming_convention=NAMING_CONVENTION)


def enum_type(enum: type[StrEnum], name: str) -> sa.Enum:
    """A string column restricted to ``enum``'s values, with a CHECK constraint in the database."""
    return sa.Enum(
        enum,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=24,
        values_callable=lambda e: [m.value for m in e],
        validate_strings=True,
    )


class Record(Base):
    """Abstract base of every user-editable table.

    ``version`` is SQLAlchemy's version counter: an UPDATE whose row has moved on raises
    ``StaleDataError`` (turned into ``StaleRecordError`` by the services). The stamps and the
    change log are filled in by the session events in ``changelog.py``, not by callers.
    """

    __abstract__ = True

    id: Mapped[str] = mapped_column(sa.String(36), primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(sa.DateTime(), default=utcnow)
    created_by: Mapped[str] = mapped_column(sa.String(100), default="")
    updated_at: Mapped[datetime] = mapped_column(sa.DateTime(), default=utcnow)
    updated_by: Mapped[str] = mapped_column(sa.String(100), default="")
    version: Mapped[int] = mapped_column(sa.Integer, nullable=False, default=1)
    deleted_at: Mapped[datetime | None] = mapped_column(sa.DateTime(), default=None)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict:  # noqa: N805 - SQLAlchemy's declared_attr idiom
        return {"version_id_col": cls.__table__.c.version}

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None
