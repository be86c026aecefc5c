"""Declarative base and the columns every record carries.

UUID key, audit stamps, version (optimistic locking) and soft delete.
"""

from __future__ import annotations

import os
import time
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


def new_ordered_id() -> str:
    """A UUIDv7 (RFC 9562): millisecond time first, then 74 random bits.

    Used for append-only bulk rows (change log, outbox): time-ordered keys land at the end of
    the primary-key B-tree instead of at random pages, which makes large bulk writes faster.
    """
    return ordered_ids(1)[0]


def ordered_ids(n: int) -> list[str]:
    """``n`` UUIDv7 strings sharing one timestamp, with one call for their random bits."""
    ms = (time.time_ns() // 1_000_000) & ((1 << 48) - 1)
    head = f"{ms:012x}"
    raw = os.urandom(10 * n)
    out = []
    for i in range(n):
        r = raw[10 * i: 10 * i + 10].hex()  # 20 hex digits = 80 bits, 74 of them used
        variant = "89ab"[int(r[3], 16) & 3]
        out.append(f"{head[:8]}-{head[8:]}-7{r[:3]}-{variant}{r[4:7]}-{r[7:19]}")
    return out


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
