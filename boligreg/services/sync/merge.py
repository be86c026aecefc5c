"""Three-way merge of one record: the base it was edited from, mine (local), theirs (central).

Pure functions over plain dicts; no database. Values are compared in their JSON form, so a
date read from SQLite equals the same date read from PostgreSQL. Only values decide — never
timestamps — and nothing is overwritten silently: a field changed on both sides to different
values, an edit against a delete, or an insert that meets a different row with its id, is a
conflict that keeps both versions for a person.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ...models.changelog import BOOKKEEPING, to_jsonable

DELETED = "deleted_at"


@dataclass
class Change:
    """One outbox row as it travels: its id, what it did and the values it started from."""

    change_id: str
    action: str  # insert | update | delete | restore | purge
    base_version: int
    base: dict[str, Any] | None  # {field: old} (JSON values); whole row for a purge


@dataclass
class Decision:
    """What to do on the central for one record, and what to tell the client."""

    op: str  # insert | update | purge | none
    outcome: str  # applied | merged | conflict | noop  (rejected is decided by the server)
    values: dict[str, Any] = field(default_factory=dict)  # typed column values to write
    conflict: dict[str, Any] | None = None  # kind, fields, base, local (JSON), reason


def data_columns(columns: list[str]) -> list[str]:
    """The columns a person edits (not the key, stamps or version counter)."""
    return [c for c in columns if c != "id" and c not in BOOKKEEPING]


def jsonable_row(row: dict[str, Any] | None) -> dict[str, Any] | None:
    return None if row is None else {k: to_jsonable(v) for k, v in row.items()}


def _n(value: Any) -> Any:
    return to_jsonable(value)


def merge_record(
    changes: list[Change],
    local: dict[str, Any] | None,
    server: dict[str, Any] | None,
    *,
    purged: bool,
    columns: list[str],
) -> Decision:
    """Decide one record. ``local`` is the copy's current row (None: removed locally),
    ``server`` the central's current row (None: not there; ``purged``: removed there).

    Long because it is the whole decision table for one record (present, removed or
    purged on either side, changed on one or both); split, the cases would no longer be
    read side by side.
    """
    data = data_columns(columns)
    base: dict[str, Any] = {}
    for c in changes:  # the first change's old value of a field is the base of that field
        for f, v in (c.base or {}).items():
            base.setdefault(f, v)
    is_insert = changes[0].action == "insert"

    def conflict(kind: str, fields: list[str], full_base: dict | None, reason: str) -> Decision:
        return Decision("none", "conflict", conflict={
            "kind": kind, "fields": fields, "base": full_base,
            "local": jsonable_row(local), "reason": reason,
        })

    if local is None:  # removed here for good (purge)
        if is_insert or server is None:
            return Decision("none", "noop")
        changed = [f for f in data if _n(server.get(f)) != base.get(f)]
        if changed:
            return conflict("deleted", changed, base,
                            "Fjernet her, men endret i sentraldatabasen.")
        return Decision("purge", "applied")

    if server is None:
        if purged:
            return conflict("deleted", [], base or None,
                            "Posten er fjernet fra sentraldatabasen.")
        # Never there (or a file from before sync): the row itself is the change.
        return Decision("insert", "applied", values=dict(local))

    if is_insert:
        diff = [f for f in data if _n(local.get(f)) != _n(server.get(f))]
        if diff:
            return conflict("exists", diff, None,
                            "Sentraldatabasen har allerede en post med samme id.")
        return Decision("none", "noop")

    full_base = {f: base[f] if f in base else _n(local.get(f)) for f in data}
    mine = {f for f in base if f in full_base and _n(local.get(f)) != full_base[f]}
    theirs = {f for f in data if _n(server.get(f)) != full_base[f]}
    b_dead = full_base.get(DELETED) is not None
    m_dead = local.get(DELETED) is not None
    s_dead = server.get(DELETED) is not None
    mine_del, theirs_del = m_dead != b_dead, s_dead != b_dead  # deleted-ness, not timestamps
    mine.discard(DELETED)
    theirs.discard(DELETED)

    if mine_del and m_dead and not theirs_del and theirs:
        return conflict("deleted", sorted(theirs) + [DELETED], full_base,
                        "Slettet her, men endret i sentraldatabasen.")
    if theirs_del and s_dead and not mine_del and mine:
        return conflict("deleted", sorted(mine) + [DELETED], full_base,
                        "Endret her, men slettet i sentraldatabasen.")

    values: dict[str, Any] = {}
    clash: list[str] = []
    for f in sorted(mine):
        same = _n(server.get(f)) == _n(local.get(f))
        if f in theirs and not same:
            clash.append(f)
        elif not same:
            values[f] = local.get(f)
    if mine_del and not theirs_del:
        values[DELETED] = local.get(DELETED)
    op = "update" if values else "none"
    if clash:
        d = conflict("field", clash, full_base,
                     "Samme felt er endret både her og i sentraldatabasen.")
        d.op, d.values = op, values  # the fields that do not clash still merge
        return d
    if not values:
        return Decision("none", "noop")
    return Decision(op, "merged" if theirs or theirs_del else "applied", values=values)
