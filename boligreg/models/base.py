"""Declarative base and the columns every record carries.

UUID key, audit stamps, version (optimistic locking) and soft delete.
"""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from enum import StrEnum
from typing import ClassVar

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


_VARIANT = {c: "89ab"[int(c, 16) & 3] for c in "0123456789abcdef"}


def ordered_ids(n: int) -> list[str]:
    """``n`` UUIDv7 strings (RFC 9562: millisecond time first, then 74 random bits) sharing one
    timestamp, with one call for their random bits.

    Used for bulk rows (imported records, change log, outbox): time-ordered keys land at the
    end of the primary-key B-tree instead of at random pages, which makes big writes faster.
    """
    ms = (time.time_ns() // 1_000_000) & ((1 << 48) - 1)
    head = f"{ms:012x}"
    prefix = f"{head[:8]}-{head[8:]}-7"
    h = os.urandom(10 * n).hex()  # 20 hex digits (80 bits) per id, 74 of them used
    v = _VARIANT
    return [f"{prefix}{h[i:i + 3]}-{v[h[i + 3]]}{h[i + 4:i + 7]}-{h[i + 7:i + 19]}"
            for i in range(0, 20 * n, 20)]


class OrderedIdSource:
    """Hands out UUIDv7 keys one at a time, generated in batches (bulk planners call it per
    record; one ``ordered_ids`` call per key costs more than the rest of the planning)."""

    def __init__(self, batch: int = 4096) -> None:
        self._batch = batch
        self._ids: list[str] = []

    def __call__(self) -> str:
        if not self._ids:
            self._ids = ordered_ids(self._batch)
            self._ids.reverse()  # pop() from the end hands them out in order
        return self._ids.pop()


def _system_clock() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


# The one clock every stamp and change-log time comes from; tests of history replace it with
# ``set_clock`` (modules import ``utcnow`` by name, so patching it would miss most of them).
_clock = _system_clock


def set_clock(clock: Callable[[], datetime] | None) -> None:
    """Make ``utcnow`` return ``clock()`` (naive UTC); ``None`` restores the system clock."""
    global _clock
    _clock = clock or _system_clock


def utcnow() -> datetime:
    """Naive UTC timestamp: SQLite has no time zones, so every stored time is UTC."""
    return _clock()


class Base(DeclarativeBase):
    metadata = sa.MetaData(naming_convention=NAMING_CONVENTION)
    # Every model here maps one plain Table (no custom FromClause); saying so lets Core code
    # write ``sa.insert(Model.__table__)`` and ``Model.__table__.update()`` type-checked.
    __table__: ClassVar[sa.Table]


def enum_type(enum: type[StrEnum], name: str) -> sa.Enum:
    """A string column restricted to ``enum``'s values. The CHECK constraint in the database is
    added by :func:`add_enum_checks` (``name`` names it), not by SQLAlchemy's Enum."""
    return sa.Enum(
        enum,
        name=name,
        native_enum=False,
        create_constraint=False,
        length=24,
        values_callable=lambda e: [m.value for m in e],
        validate_strings=True,
    )


def enum_check_sql(column: str, values: Sequence[str]) -> str:
    """``col = 'a' OR col = 'b' ...``: the same rule as ``col IN ('a', 'b', ...)``.

    SQLite builds a lookup table for an IN list of more than two constants every time an
    INSERT statement runs, which with executemany means once per row: the four IN checks on
    ``dwelling`` cost ~2.5 s per 100,000 rows on a 2-core machine. The OR chain costs nothing.
    """
    for v in values:
        if not v.replace("_", "").isalnum():  # values are code words, never quoted text
            raise ValueError(f"unexpected enum value {v!r}")
    return " OR ".join(f"{column} = '{v}'" for v in values)


def add_enum_checks(metadata: sa.MetaData) -> None:
    """Give every Enum column of ``metadata`` its CHECK constraint (as an OR chain)."""
    for table in metadata.tables.values():
        for column in table.columns:
            t = column.type
            if isinstance(t, sa.Enum) and not t.native_enum and t.name:
                table.append_constraint(
                    sa.CheckConstraint(enum_check_sql(column.name, t.enums), name=t.name))


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
