"""A record's change log as people read it: newest first, Norwegian field names and values."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa

from ...models import ChangeLog
from ...models.changelog import BOOKKEEPING
from .details import property_label
from .labels import column_type, field_label, format_value, parse_iso


@dataclass(frozen=True)
class HistoryEntry:
    changed_at: datetime
    changed_by: str
    action: str  # Norwegian: Opprettet, Endret, Slettet, Gjenopprettet
    field: str  # Norwegian field name ("" for a whole-record event)
    old: str
    new: str
    version: int | None


_ACTIONS = {"insert": "Opprettet", "update": "Endret", "delete": "Slettet",
            "restore": "Gjenopprettet", "purge": "Fjernet"}


def _decode(raw: str | None) -> Any:
    if raw is None:
        return None
    try:
        return json.loads(raw)
    except (TypeError, ValueError):
        return raw


def _history_value(conn: sa.Connection, entity: str, name: str, value: Any,
                   names: dict[str, str]) -> str:
    if value is None:
        return "–"
    col_type = column_type(entity, name)
    if isinstance(value, str) and isinstance(col_type, sa.Date | sa.DateTime):
        parsed = parse_iso(value)
        if parsed is not None:
            value = parsed
    if name == "property_id" and isinstance(value, str):
        if value not in names:
            names[value] = property_label(conn, value) or value
        return names[value]
    return format_value(entity, name, value)


def history(conn: sa.Connection, entity: str, entity_id: str) -> list[HistoryEntry]:
    """The record's change log, newest first, with Norwegian field names and values; each
    change at the time it was made in the copy where it was made."""
    c = ChangeLog.__table__
    rows = conn.execute(
        sa.select(c.c.changed_at, c.c.changed_by, c.c.action, c.c.field, c.c.old_value,
                  c.c.new_value, c.c.version)
        # A change of this copy's the central did not take as it was (superseded_at) is not
        # the record's history; it lives on in the conflict list (services/sync/local.py).
        .where(c.c.entity_type == entity, c.c.entity_id == entity_id,
               c.c.superseded_at.is_(None))
        .order_by(c.c.changed_at.desc(), c.c.version.desc(), c.c.field)
    ).all()
    names: dict[str, str] = {}
    out = []
    for r in rows:
        if r.field in BOOKKEEPING:  # a pulled record's own stamp (sync), not a person's edit
            continue
        action = _ACTIONS.get(r.action, r.action)
        if r.field is None or r.action in ("insert", "purge"):
            out.append(HistoryEntry(r.changed_at, r.changed_by, action, "", "", "", r.version))
            continue
        if r.field == "deleted_at":
            out.append(HistoryEntry(r.changed_at, r.changed_by, action, "", "", "", r.version))
            continue
        out.append(HistoryEntry(
            r.changed_at, r.changed_by, action, field_label(entity, r.field),
            _history_value(conn, entity, r.field, _decode(r.old_value), names),
            _history_value(conn, entity, r.field, _decode(r.new_value), names),
            r.version,
        ))
    return out
