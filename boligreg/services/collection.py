"""One open database as the window sees it, like Anki's ``Collection``.

A :class:`Register` owns the :class:`~boligreg.models.Database` (engine, connections, session
scope) and offers what the window does with it: reads on a connection of their own, writes in
a short committing session, jobs that take the database (audit, import, sync …), and the
record operations by entity *name* ("dwelling", "tenancy" …), never by ORM class. The window
holds one Register per open file (and one for a past day's read-only copy) and never imports
``sqlalchemy`` or ``boligreg.models`` (tests/unit/test_layers.py holds it).

The record operations wrap :mod:`boligreg.services.register`; nothing here is new logic.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeVar

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ..models import Database, create_database, open_database, utcnow
from ..models.db import DatabaseDamagedError, IntegrityGate, translate_db_error
from . import register as reg

if TYPE_CHECKING:  # the module loads pandas; only :meth:`Register.as_of` needs it
    from .history.view import AsOfView, ProgressFn

P = ParamSpec("P")
T = TypeVar("T")

__all__ = [
    "DatabaseDamagedError",
    "Register",
    "now",
    "translate_db_error",
]


def now() -> datetime:
    """The time stored for "now" (naive UTC, as every stored time)."""
    return utcnow()


class Register:
    """One open boligreg database and the operations the window uses on it.

    ``db`` is the database itself, for the services that take one; the window hands it on
    only through :meth:`run` (so no window code holds a connection or a session).
    """

    def __init__(self, db: Database, view: AsOfView | None = None) -> None:
        self.db = db
        self._view = view

    # --- opening and closing ----------------------------------------------------------------
    @classmethod
    def open(cls, path: str | os.PathLike[str], *, create: bool = False,
             key: str | None = None, check: bool | str = True) -> Register:
        """Open (upgrading if needed) a boligreg file; see :func:`models.open_database`."""
        return cls(open_database(path, create=create, key=key, check=check))

    @classmethod
    def create(cls, path: str | os.PathLike[str], *, key: str | None = None) -> Register:
        """A new, empty register file at ``path``."""
        return cls(create_database(path, key=key))

    def close(self) -> None:
        if self._view is not None:
            self._view.close()
        else:
            self.db.close()

    # --- what the window shows about it -----------------------------------------------------
    @property
    def path(self) -> Path | None:
        """The file (None for a server database)."""
        return self.db.path

    @property
    def key(self) -> str | None:
        return self.db.key

    @property
    def is_demo(self) -> bool:
        return self.db.is_demo

    @property
    def is_sqlite(self) -> bool:
        return self.db.is_sqlite

    @property
    def is_encrypted(self) -> bool:
        return self.db.is_encrypted

    @property
    def display_name(self) -> str:
        return self.db.display_name

    @property
    def user(self) -> str | None:
        """Who the change log names for this register's edits."""
        user: str | None = self.db.session_factory.kw.get("info", {}).get("user")
        return user

    @property
    def notes(self) -> list[str]:
        """What happened at open ("upgraded from 0000" …), for the status bar."""
        return self.db.notes

    @property
    def integrity(self) -> IntegrityGate | None:
        """The postponed integrity check of a file opened with ``check="deferred"``."""
        return self.db.integrity

    # --- running services on it -------------------------------------------------------------
    def read(self, query: Callable[Concatenate[sa.Connection, P], T],
             *args: P.args, **kwargs: P.kwargs) -> T:
        """``query(conn, *args, **kwargs)`` on a connection of its own."""
        return reg.read(self.db, query, *args, **kwargs)

    def write(self, command: Callable[Concatenate[Session, P], T],
              *args: P.args, **kwargs: P.kwargs) -> T:
        """``command(session, *args, **kwargs)`` in a short session that commits on success."""
        return reg.write(self.db, command, *args, **kwargs)

    def run(self, job: Callable[Concatenate[Database, P], T],
            *args: P.args, **kwargs: P.kwargs) -> T:
        """``job(db, *args, **kwargs)`` for the services that open their own sessions (audit,
        import, sync, fact sheets …); safe on a worker thread, like the services are."""
        return job(self.db, *args, **kwargs)

    # --- records, by entity name ------------------------------------------------------------
    def values(self, entity: str, entity_id: str) -> dict[str, Any] | None:
        """All columns of one record, or None."""
        return self.read(reg.get_values, entity, entity_id)

    def detail(self, entity: str, entity_id: str) -> reg.RecordDetail | None:
        return self.read(reg.record_detail, entity, entity_id)

    def history(self, entity: str, entity_id: str) -> list[reg.HistoryEntry]:
        return self.read(reg.history, entity, entity_id)

    def delete_blocker(self, entity: str, entity_id: str) -> str | None:
        return self.read(reg.delete_blocker, entity, entity_id)

    def create_record(self, entity: str, values: Mapping[str, Any]) -> str:
        """Insert one record; its new id."""
        return reg.create_record(self.db, entity, values)

    def save(self, entity: str, entity_id: str, *, expected_version: int,
             changes: Mapping[str, Any]) -> int:
        """Version-checked edit (StaleRecordError when someone saved first); new version."""
        return reg.save_changes(self.db, reg.model_for(entity), entity_id,
                                expected_version=expected_version, changes=changes)

    def delete(self, entity: str, entity_id: str, *, expected_version: int) -> int:
        """Soft delete, version-checked; new version."""
        return reg.soft_delete(self.db, reg.model_for(entity), entity_id,
                               expected_version=expected_version)

    def restore(self, entity: str, entity_id: str, *, expected_version: int) -> int:
        return reg.restore(self.db, reg.model_for(entity), entity_id,
                           expected_version=expected_version)

    # --- the register as of a past day --------------------------------------------------------
    def as_of(self, day: date, progress: ProgressFn | None = None) -> Register:
        """A read-only register as it stood at the end of ``day`` (its own temporary copy;
        :meth:`close` removes it). Raises HistoryIncompleteError when the history does not
        reach back to ``day``."""
        # lazy: services.history loads pandas (≈ 0.35 s); only when a past day is shown
        from .history.view import open_as_of

        view = open_as_of(self.db, day, progress=progress)
        return Register(view.db, view)

    @property
    def view(self) -> AsOfView | None:
        """The as-of copy behind a past day's register (its folder, its state), else None."""
        return self._view

    @property
    def day(self) -> date | None:
        """The past day shown (None for the register as it is)."""
        return self._view.day if self._view is not None else None

    @property
    def day_label(self) -> str:
        return self._view.label_nb if self._view is not None else ""

