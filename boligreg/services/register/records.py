"""Single records: read one, create one, and version-checked edits (the ORM path; the change
log follows by itself).

Every edit names the version the user saw. If the row has moved on, ``StaleRecordError``
carries both versions and nothing is written: the caller shows both values and lets the person
choose. Deletes are soft (``deleted_at``) and can be undone by ``restore``.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.orm.exc import StaleDataError

from ... import formats
from ...errors import BoligregError, StaleRecordError
from ...i18n import translate
from ...models import ENTITY_TYPES, Database, Dwelling, Record, utcnow

R = TypeVar("R", bound=Record)


class RecordNotFoundError(BoligregError):
    def __init__(self, entity: str, entity_id: str) -> None:
        super().__init__(
            f"Fant ikke posten ({entity} {entity_id}); den kan være slettet.",
            f"Record not found ({entity} {entity_id}); it may have been deleted.",
        )


class PermissionDeniedError(BoligregError):
    def __init__(self, entity: str, entity_id: str) -> None:
        super().__init__(
            f"Du har ikke rettigheter til å endre denne posten ({entity} {entity_id}); den "
            "tilhører en annen bydel. Ingenting er endret.",
            f"You may not change this record ({entity} {entity_id}); it belongs to another "
            "bydel. Nothing was changed.",
        )


def model_for(entity: str) -> type[Record]:
    model = ENTITY_TYPES.get(entity)
    if model is None:
        raise ValueError(f"unknown entity type {entity!r}")
    return model


def get_values(conn: sa.Connection, entity: str, entity_id: str) -> dict[str, Any] | None:
    """All columns of one record (typed: dates, enums as plain strings), or None."""
    table = model_for(entity).__table__
    row = conn.execute(sa.select(table).where(table.c.id == entity_id)).mappings().first()
    if row is None:
        return None
    return {k: (str(v) if isinstance(v, StrEnum) else v) for k, v in row.items()}


def create_record(db: Database, entity: str, values: Mapping[str, Any]) -> str:
    """Insert one record through the ORM (stamps and change log follow); its new id."""
    model = model_for(entity)
    with db.session() as s:
        obj = model(**dict(values))
        s.add(obj)
        s.flush()
        return obj.id


class DeleteRefusedError(BoligregError):
    """The record cannot be deleted while others depend on it."""


def delete_blocker(conn: sa.Connection, entity: str, entity_id: str) -> str | None:
    """Why ``entity_id`` must not be soft-deleted now (Norwegian), or None."""
    if entity == "property":
        w = Dwelling.__table__
        n = conn.execute(
            sa.select(sa.func.count()).where(w.c.property_id == entity_id,
                                             w.c.deleted_at.is_(None))
        ).scalar_one()
        if n:
            return translate("Records", "Eiendommen har {n} registrerte boliger. Slett eller "
                                        "flytt boligene først.").format(n=formats.integer(n))
    return None


def _current_version(db: Database, model: type[Record], entity_id: str) -> int | None:
    with db.engine.connect() as conn:
        return conn.execute(
            sa.select(model.__table__.c.version).where(model.__table__.c.id == entity_id)
        ).scalar_one_or_none()


def save_changes(
    db: Database,
    model: type[R],
    entity_id: str,
    *,
    expected_version: int,
    changes: Mapping[str, Any],
) -> int:
    """Apply ``changes`` to one record if it is still at ``expected_version``; new version."""
    name = model.__tablename__
    unknown = set(changes) - {a.key for a in sa.inspect(model).column_attrs}
    if unknown:
        raise ValueError(f"unknown fields for {name}: {sorted(unknown)}")
    try:
        with db.session() as s:
            obj = s.get(model, entity_id)
            if obj is None:
                raise RecordNotFoundError(name, entity_id)
            if obj.version != expected_version:
                raise StaleRecordError(name, entity_id, expected_version, obj.version)
            for key, value in changes.items():
                setattr(obj, key, value)
            s.flush()
            return obj.version
    except StaleDataError as exc:  # the UPDATE matched no row
        actual = _current_version(db, model, entity_id)
        if actual == expected_version:
            # Still at the version we read, yet the UPDATE touched nothing: the database's
            # row-level security refused it (another bydel's record on the central database).
            raise PermissionDeniedError(name, entity_id) from exc
        raise StaleRecordError(name, entity_id, expected_version, actual) from exc


def soft_delete(db: Database, model: type[R], entity_id: str, *, expected_version: int) -> int:
    return save_changes(
        db, model, entity_id, expected_version=expected_version,
        changes={"deleted_at": utcnow()},
    )


def restore(db: Database, model: type[R], entity_id: str, *, expected_version: int) -> int:
    return save_changes(
        db, model, entity_id, expected_version=expected_version, changes={"deleted_at": None}
    )
