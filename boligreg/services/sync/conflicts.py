"""The conflict list: both versions of a record, field by field, and a person's decision.

After a sync a conflicted record holds the central's version (so every copy agrees); the
local version lives here until someone decides. Keeping the local side (or a mix) is an
ordinary local edit — it goes through the session, the change log and the outbox — so the
next sync sends it with the central's values as its base and it goes through, unless someone
changed the same field again in the meantime (then it is a new conflict, never a silent win).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa

from ...errors import BoligregError
from ...models import ENTITY_TYPES, Database, utcnow
from ...models.base import Record
from ...models.sync import SyncConflict
from ..register import entity_label, field_label, format_value
from .merge import DELETED, data_columns

KIND_LABELS = {
    "field": "Samme felt endret begge steder",
    "deleted": "Endret på den ene siden, slettet på den andre",
    "exists": "Finnes allerede sentralt med andre verdier",
    "rejected": "Avvist av sentraldatabasen",
}


@dataclass
class FieldRow:
    field: str
    label: str
    base: str  # as a person reads it
    local: str
    server: str
    differs: bool  # local and central disagree on this field
    disputed: bool  # one of the fields the conflict is about


@dataclass
class ConflictView:
    id: str
    entity_type: str
    entity_id: str
    entity_label: str  # "Bolig", "Eiendom", ...
    title: str  # e.g. "H0101" or an address
    kind: str
    kind_label: str
    reason: str
    detected_at: datetime
    fields: list[str]
    rows: list[FieldRow]
    local: dict[str, Any] | None
    server: dict[str, Any] | None
    base: dict[str, Any] | None = None
    resolved_at: datetime | None = None
    resolution: str | None = None


class ConflictNotFoundError(BoligregError):
    def __init__(self, conflict_id: str) -> None:
        super().__init__(f"Fant ikke konflikten {conflict_id}.",
                         f"Conflict {conflict_id} not found.")


def _labels() -> tuple[Any, Any, Any]:
    return field_label, format_value, entity_label


def _title(entity_type: str, row: dict[str, Any] | None) -> str:
    if not row:
        return ""
    for key in ("unit_number", "street_address", "reference", "case_reference", "indicator"):
        if row.get(key):
            return str(row[key])
    return str(row.get("id", ""))[:8]


def _view(r: Any) -> ConflictView:
    field_label, format_value, entity_labels = _labels()
    local = json.loads(r.local_json) if r.local_json else None
    server = json.loads(r.server_json) if r.server_json else None
    base = json.loads(r.base_json) if r.base_json else None
    fields = json.loads(r.fields_json or "[]")
    model = ENTITY_TYPES.get(r.entity_type)
    cols = data_columns([c.name for c in model.__table__.columns]) if model else []
    rows = []
    for f in cols:
        lv = (local or {}).get(f)
        sv = (server or {}).get(f)
        bv = (base or {}).get(f)
        rows.append(FieldRow(
            field=f, label=field_label(r.entity_type, f),
            base=format_value(r.entity_type, f, bv) if base is not None else "",
            local=format_value(r.entity_type, f, lv) if local is not None else "(finnes ikke)",
            server=format_value(r.entity_type, f, sv) if server is not None
            else "(finnes ikke)",
            differs=(local is None) != (server is None) or lv != sv,
            disputed=f in fields,
        ))
    return ConflictView(
        id=r.id, entity_type=r.entity_type, entity_id=r.entity_id,
        entity_label=entity_labels(r.entity_type),
        title=_title(r.entity_type, local or server), kind=r.kind,
        kind_label=KIND_LABELS.get(r.kind, r.kind), reason=r.reason or "",
        detected_at=r.detected_at, fields=fields, rows=rows, local=local, server=server,
        base=base, resolved_at=r.resolved_at, resolution=r.resolution,
    )


def list_conflicts(db: Database, *, include_resolved: bool = False) -> list[ConflictView]:
    """Open conflicts, oldest first (with ``include_resolved``, the decided ones too)."""
    t = SyncConflict.__table__
    q = sa.select(t).order_by(t.c.detected_at, t.c.id)
    if not include_resolved:
        q = q.where(t.c.resolved_at.is_(None))
    with db.engine.connect() as conn:
        return [_view(r) for r in conn.execute(q)]


def get_conflict(db: Database, conflict_id: str) -> ConflictView:
    t = SyncConflict.__table__
    with db.engine.connect() as conn:
        r = conn.execute(sa.select(t).where(t.c.id == conflict_id)).first()
    if r is None:
        raise ConflictNotFoundError(conflict_id)
    return _view(r)


def _typed(model: type[Record], name: str, value: Any) -> Any:
    """A JSON value back in the column's Python type (dates and times are ISO strings)."""
    if value is None:
        return None
    col_type = model.__table__.c[name].type
    if isinstance(col_type, sa.DateTime) and isinstance(value, str):
        return datetime.fromisoformat(value)
    if isinstance(col_type, sa.Date) and isinstance(value, str):
        return date.fromisoformat(value[:10])
    return value


def resolve_conflict(db: Database, conflict_id: str, choice: str | dict[str, str],
                     *, user: str | None = None) -> str:
    """Decide a conflict. ``choice``: ``"server"`` (keep the central's version, which the
    record already holds), ``"local"`` (keep this copy's), or per field
    ``{field: "local" | "server"}`` (merge). Returns the resolution stored."""
    view = get_conflict(db, conflict_id)
    if view.resolved_at is not None:
        return str(view.resolution)
    model = ENTITY_TYPES[view.entity_type]
    cols = data_columns([c.name for c in model.__table__.columns])
    local = view.local or {}
    if isinstance(choice, str):
        if choice not in ("local", "server"):
            raise ValueError(f"unknown choice {choice!r}")
        if view.base is not None:
            # "Mine" is what this copy changed since the common base — not its stale copy
            # of fields only the other side changed (those stay as the central has them).
            mine = {f for f in cols if f in local and local.get(f) != view.base.get(f)}
        else:
            mine = set(view.fields) or set(cols)
        picks = {f: "local" if choice == "local" and f in mine else "server" for f in cols}
        resolution = choice
    else:
        unknown = set(choice) - set(cols)
        if unknown or set(choice.values()) - {"local", "server"}:
            raise ValueError(f"bad merge choice {choice!r}")
        picks = {f: choice.get(f, "server") for f in cols}
        resolution = "merged" if set(picks.values()) == {"local", "server"} else (
            next(iter(set(picks.values()))))
    wanted = {f: local.get(f) for f, side in picks.items() if side == "local"}
    t = SyncConflict.__table__
    with db.session() as s:
        if user:
            s.info["user"] = user
        if wanted and view.local is not None:
            obj = s.get(model, view.entity_id)
            if obj is None:  # the central refused or removed it: bring the local one back
                values = {f: _typed(model, f, v) for f, v in local.items()
                          if f in {c.name for c in model.__table__.columns}
                          and f not in ("version",)}
                obj = model(**values)
                s.add(obj)
            else:
                for f, v in wanted.items():
                    if f == DELETED:
                        v = None if v is None else (obj.deleted_at or utcnow())
                    current = getattr(obj, f)
                    new = _typed(model, f, v)
                    if current != new:
                        setattr(obj, f, new)
        s.flush()
        s.execute(t.update().where(t.c.id == conflict_id).values(
            resolved_at=utcnow(), resolution=resolution,
            resolved_by=s.info.get("user") or ""))
    return resolution
