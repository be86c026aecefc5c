"""Small Core pieces the register's modules share, and :func:`read` for the window."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

import sqlalchemy as sa

from ...models import Database, District

T = TypeVar("T")


def active_responsibility(m: sa.Table, today: date) -> sa.ColumnElement[bool]:
    return sa.and_(
        m.c.deleted_at.is_(None),
        sa.or_(m.c.valid_from.is_(None), m.c.valid_from <= today),
        sa.or_(m.c.valid_to.is_(None), m.c.valid_to >= today),
    )


def district_name(conn: sa.Connection, code: str | None) -> str:
    if not code:
        return ""
    d = District.__table__
    return conn.execute(sa.select(d.c.name).where(d.c.code == code)).scalar_one_or_none() or code



def read(db: Database, query: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """``query(conn, *args, **kwargs)`` on a connection of its own: how the window asks the
    register's read functions (``property_choices``, ``maintenance_matrix`` …) without
    touching the database itself."""
    with db.engine.connect() as conn:
        return query(conn, *args, **kwargs)


def write(db: Database, command: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """``command(session, *args, **kwargs)`` in a short session of its own that commits on
    success: how the window runs a service's write (``set_status`` …) without opening the
    session itself."""
    with db.session() as session:
        return command(session, *args, **kwargs)
