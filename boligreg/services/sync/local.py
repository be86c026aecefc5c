"""The local copy's side of a sync (SQLite, Core): what waits, acknowledging, applying pulls.

What waits is the change log itself: a local change's rows carry its change id in
``change_log.sync_change`` until the central acknowledges it (migration 0006); the view
``sync_outbox`` shows them one row per change. Pulled changes are logged unmarked.

Every function here runs inside a transaction the caller opened with :func:`lock_local`, whose
first statement is a write: SQLite then holds the write lock from the start, so a window that
edits at the same moment waits (busy timeout) instead of invalidating our read.
"""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from ...models import SYNC_TABLES, Base, new_id, unit_id
from ...models.changelog import encode, to_jsonable
from ...models.entities import ChangeLog
from ...models.sync import SyncConflict, SyncOutbox, SyncState
from .merge import DELETED, Change, data_columns, jsonable_row
from .server import Group, Outcome, Step

CHUNK = 500  # ids per IN (...) on SQLite
ALL = "*"  # "every field is pending" (a local insert not yet pushed)
# The central's log rows a pull takes: table -> record id -> rows (server.fetch_log).
CentralLog = dict[str, dict[str, list[dict[str, Any]]]]


def table(name: str) -> sa.Table:
    return Base.metadata.tables[name]


def _chunks(ids: list[str]) -> list[list[str]]:
    return [ids[i:i + CHUNK] for i in range(0, len(ids), CHUNK)]


def get_state(conn: sa.Connection) -> dict[str, Any] | None:
    row = conn.execute(sa.select(SyncState.__table__).where(SyncState.id == 1)).first()
    return dict(row._mapping) if row else None


def lock_local(conn: sa.Connection, now: datetime) -> dict[str, Any]:
    """Take SQLite's write lock (first statement writes) and return the sync state row,
    creating it with a new client id the first time."""
    st = SyncState.__table__
    n = conn.execute(st.update().where(st.c.id == 1).values(last_attempt_at=now)).rowcount
    if not n:
        conn.execute(st.insert().values(id=1, client_id=new_id(), cursor=0,
                                        last_attempt_at=now))
    state = get_state(conn)
    assert state is not None
    return state


def update_state(conn: sa.Connection, **values: Any) -> None:
    st = SyncState.__table__
    conn.execute(st.update().where(st.c.id == 1).values(**values))


def advance_cursor(conn: sa.Connection, cursor: int) -> None:
    """Move the cursor forward only (two syncs of one copy at once never move it back)."""
    st = SyncState.__table__
    conn.execute(st.update().where(st.c.id == 1, st.c.cursor < cursor).values(cursor=cursor))


def fetch_local(conn: sa.Connection, name: str, ids: list[str]) -> dict[str, dict[str, Any]]:
    t = table(name)
    out: dict[str, dict[str, Any]] = {}
    for part in _chunks(ids):
        for row in conn.execute(t.select().where(t.c.id.in_(part))):
            m = dict(row._mapping)
            out[m["id"]] = m
    return out


def local_ids(conn: sa.Connection, name: str, ids: list[str]) -> set[str]:
    t = table(name)
    found: set[str] = set()
    for part in _chunks(ids):
        found.update(conn.execute(sa.select(t.c.id).where(t.c.id.in_(part))).scalars())
    return found


def pending_count(conn: sa.Connection) -> int:
    """How many records have local changes waiting to be sent."""
    c = ChangeLog.__table__
    return int(conn.execute(
        sa.select(sa.func.count(sa.distinct(c.c.entity_id)))
        .where(c.c.sync_change.is_not(None))
    ).scalar() or 0)


def read_pending(conn: sa.Connection) -> list[Group]:
    """Every waiting change, grouped per record (oldest first), with the record as it is."""
    o = SyncOutbox.__table__
    groups: dict[tuple[str, str], Group] = {}
    for r in conn.execute(sa.select(o).order_by(o.c.seq)):
        key = (r.entity_type, r.entity_id)
        g = groups.get(key)
        if g is None:
            g = groups[key] = Group(r.entity_type, r.entity_id, [], None)
        base = json.loads(r.base_json) if r.base_json else None
        g.changes.append(Change(r.change_id, r.action, r.base_version, base))
    by_table: dict[str, list[str]] = defaultdict(list)
    for et, eid in groups:
        by_table[et].append(eid)
    for name, ids in by_table.items():
        rows = fetch_local(conn, name, ids)
        for eid in ids:
            groups[(name, eid)].local = rows.get(eid)
    c = ChangeLog.__table__
    for r in conn.execute(
        sa.select(c.c.entity_type, c.c.entity_id, c.c.sync_change, c.c.action, c.c.field,
                  c.c.old_value, c.c.new_value, c.c.changed_at)
        .where(c.c.sync_change.is_not(None)).order_by(sa.literal_column("change_log.rowid"))
    ):
        g = groups.get((r.entity_type, r.entity_id))
        if g is not None:
            g.steps.append(Step(r.sync_change, r.action, r.field, r.old_value, r.new_value,
                                r.changed_at))
    return list(groups.values())


def _pending_fields(conn: sa.Connection, name: str, ids: list[str]) -> dict[str, set[str]]:
    """For records with changes still waiting: the fields they changed (ALL for inserts)."""
    c = ChangeLog.__table__
    out: dict[str, set[str]] = {}
    for part in _chunks(ids):
        for eid, action, field in conn.execute(
            sa.select(c.c.entity_id, c.c.action, c.c.field)
            .where(c.c.entity_type == name, c.c.entity_id.in_(part),
                   c.c.sync_change.is_not(None))
        ):
            fields = out.setdefault(eid, set())
            if action == "insert" or action == "purge":
                fields.add(ALL)
            elif field:
                fields.add(field)
    return out


def _unmark(conn: sa.Connection, where: sa.ColumnElement[bool]) -> None:
    c = ChangeLog.__table__
    conn.execute(c.update().where(c.c.sync_change.is_not(None), where)
                 .values(sync_change=None))


def record_conflict(conn: sa.Connection, entity_type: str, entity_id: str,
                    conflict: dict[str, Any], server: dict[str, Any] | None,
                    now: datetime) -> None:
    """Keep both versions for a person (once per conflict id, however often it arrives)."""
    stmt = sqlite_insert(SyncConflict.__table__).values(
        id=conflict.get("id") or new_id(),
        entity_type=entity_type,
        entity_id=entity_id,
        kind=conflict["kind"],
        detected_at=now,
        fields_json=json.dumps(conflict.get("fields") or [], ensure_ascii=False),
        base_json=json.dumps(conflict.get("base"), ensure_ascii=False)
        if conflict.get("base") is not None else None,
        local_json=json.dumps(conflict.get("local"), ensure_ascii=False)
        if conflict.get("local") is not None else None,
        server_json=json.dumps(server, ensure_ascii=False) if server is not None else None,
        server_version=(server or {}).get("version"),
        reason=conflict.get("reason"),
    ).on_conflict_do_nothing(index_elements=["id"])
    conn.execute(stmt)


def resets(outcomes: list[Outcome]) -> dict[str, dict[str, dict[str, Any] | None]]:
    """The records a push answer sets back to the central's version (per table, per id)."""
    out: dict[str, dict[str, dict[str, Any] | None]] = defaultdict(dict)
    for oc in outcomes:
        if oc.outcome in ("conflict", "rejected", "noop") or oc.conflicts:
            out[oc.entity_type][oc.entity_id] = oc.server_row
    return out


def _is_taken(action: str, field: str | None, taken: list[str]) -> bool:
    if "*" in taken:
        return True
    return action not in ("insert", "purge") and field is not None and field in taken


def needs_central(groups: list[Group], outcomes: list[Outcome]) -> dict[str, list[str]]:
    """Records of a push some of whose sent changes the central did not take as they were
    (per table): the copy takes the central's version and log of them with the answer."""
    out: dict[str, list[str]] = defaultdict(list)
    for g, oc in zip(groups, outcomes, strict=True):
        if oc.taken is not None and not all(
                _is_taken(st.action, st.field, oc.taken) for st in g.steps):
            out[g.entity_type].append(g.entity_id)
    return out


def _supersede(conn: sa.Connection, outcomes: list[Outcome], now: datetime
               ) -> dict[str, dict[str, dict[str, Any]]]:
    """Mark this copy's own log rows of the push that the central did not take as they were
    (``superseded_at``): the register's history leaves them out, and counts the central's
    version from when it was made. Returns per table and record each such field's value
    before them (where the central's log of the field takes over)."""
    c = ChangeLog.__table__
    by_change = {cid: oc for oc in outcomes if oc.taken is not None for cid in oc.change_ids}
    marked: list[int] = []
    base: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    ids = list(by_change)
    for part in _chunks(ids):
        for r in conn.execute(
            sa.select(sa.literal_column("change_log.rowid").label("rid"), c.c.sync_change,
                      c.c.entity_type, c.c.entity_id, c.c.action, c.c.field, c.c.old_value)
            .where(c.c.sync_change.in_(part)).order_by(sa.literal_column("change_log.rowid"))
        ):
            taken = by_change[r.sync_change].taken or []
            if _is_taken(r.action, r.field, taken):
                continue
            marked.append(int(r.rid))
            if r.field:
                base[r.entity_type].setdefault(r.entity_id, {}).setdefault(
                    r.field, _decoded(r.old_value))
    for i in range(0, len(marked), CHUNK):
        conn.execute(c.update().where(sa.literal_column("change_log.rowid").in_(
            marked[i:i + CHUNK])).values(superseded_at=now))
    return base


def ack(conn: sa.Connection, outcomes: list[Outcome], *, txn: str, now: datetime,
        log: CentralLog | None = None,
        fetched: dict[str, dict[str, dict[str, Any] | None]] | None = None) -> None:
    """Note the central's answer: the sent changes leave the outbox, conflicts are kept, and
    a record the central did not take as it was is reset to the central's version (the
    person's version lives on in the conflict list), with the central's log of it (``log``;
    ``fetched``: the central's rows of records it merged without some of our changes)."""
    base = _supersede(conn, outcomes, now)
    cl = ChangeLog.__table__
    sent = [cid for oc in outcomes for cid in oc.change_ids]
    for part in _chunks(sent):
        _unmark(conn, cl.c.sync_change.in_(part))
    for oc in outcomes:
        for c in oc.conflicts:
            record_conflict(conn, oc.entity_type, oc.entity_id, c, oc.server, now)
    rows = resets(outcomes)
    for name, by_id in (fetched or {}).items():
        for eid, row in by_id.items():
            rows[name].setdefault(eid, row)
    apply_pulled(conn, rows, txn=txn, now=now, log=log, base=base)


def taken_upto(conn: sa.Connection, rows: dict[str, dict[str, Any]]) -> dict[str, dict[str, int]]:
    """Per table and record of ``rows``: the highest central write-order number among the
    central's log rows this copy already holds for it (0: none). A pull asks for the rows
    after it."""
    c = ChangeLog.__table__
    out: dict[str, dict[str, int]] = {}
    for name, by_id in rows.items():
        ids = list(by_id)
        have = dict.fromkeys(ids, 0)
        for part in _chunks(ids):
            for eid, top in conn.execute(
                sa.select(c.c.entity_id, sa.func.max(c.c.central_seq))
                .where(c.c.entity_type == name, c.c.entity_id.in_(part),
                       c.c.central_seq.is_not(None))
                .group_by(c.c.entity_id)
            ):
                have[eid] = int(top)
        out[name] = have
    return out


def apply_pulled(conn: sa.Connection, rows: dict[str, dict[str, dict[str, Any] | None]], *,
                 txn: str, now: datetime, log: CentralLog | None = None,
                 base: dict[str, dict[str, dict[str, Any]]] | None = None) -> int:
    """Make local records equal to the central's (``None``: removed there). Records with
    changes still waiting keep those fields (they go up with the next push). Parents first;
    removals children first. Returns how many local rows changed.

    ``log`` holds the central's log rows of these records not yet taken: each change is
    logged here as the central logged it, at the time it was made in the copy where it was
    made (issue 13 item 7), wherever those rows lead from this copy's value to the central's;
    anything else is logged once, as this pull saw it. ``base``: per record, a field's value
    before this copy's superseded changes of it (where the central's log takes over)."""
    changed = 0
    log = log or {}
    base = base or {}
    for name in SYNC_TABLES:
        if rows.get(name):
            changed += _upsert(conn, name, {k: v for k, v in rows[name].items()
                                            if v is not None}, txn=txn, now=now,
                               central=log.get(name, {}), base=base.get(name, {}))
    for name in reversed(SYNC_TABLES):
        if rows.get(name):
            changed += _remove(conn, name, [k for k, v in rows[name].items() if v is None],
                               txn=txn, now=now, central=log.get(name, {}))
    return changed


def _decoded(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def _chain(steps: list[dict[str, Any]], old: Any, new: Any) -> list[dict[str, Any]] | None:
    """The central's steps of one field that lead from this copy's value ``old`` to the
    central's ``new`` (the longest unbroken run ending at ``new``); None when they do not."""
    if not steps or _decoded(steps[-1]["new_value"]) != new:
        return None
    start = None
    for i in range(len(steps) - 1, -1, -1):
        if i < len(steps) - 1 and \
                _decoded(steps[i]["new_value"]) != _decoded(steps[i + 1]["old_value"]):
            break
        if _decoded(steps[i]["old_value"]) == old:
            start = i
    return None if start is None else steps[start:]


def _taken(row: dict[str, Any], entry: dict[str, Any], now: datetime) -> dict[str, Any]:
    """A central log row as this copy logs it (its time, never later than this copy's clock)."""
    at = row["changed_at"]
    # changed_by stays the person stamped on the pulled row (as before); the central's own
    # log names the login.
    return entry | {"id": new_id(), "changed_at": min(at, now) if at is not None else now,
                    "action": row["action"],
                    "field": row["field"], "old_value": row["old_value"],
                    "new_value": row["new_value"], "version": row["version"],
                    "origin": row["origin"], "central_seq": row["central_seq"]}


def _log_pulled(eid: str, lrow: dict[str, Any] | None, new: dict[str, Any],
                data: list[str], keep: set[str], central: list[dict[str, Any]],
                entry: dict[str, Any], now: datetime, base: dict[str, Any]
                ) -> list[dict[str, Any]]:
    """The log rows of one pulled record: the central's own rows where they lead from this
    copy's values to the central's (inserts from the central's insert row), otherwise one
    row per changed field."""
    out: list[dict[str, Any]] = []
    by_field: dict[str, list[dict[str, Any]]] = defaultdict(list)
    insert = None
    for r in central:
        if r["action"] == "insert":
            insert = r
            by_field.clear()  # a re-insert after a purge: the record starts again there
        elif r["action"] in ("update", "delete", "restore") and r["field"]:
            by_field[r["field"]].append(r)
    if lrow is None:
        before: dict[str, Any] = {}
        if insert is not None:
            out.append(_taken(insert, entry, now))
            before = json.loads(insert["new_value"] or "{}")
        elif not any(by_field.values()):
            out.append(entry | {"id": new_id(), "action": "insert", "field": None,
                                "old_value": None,
                                "new_value": json.dumps(jsonable_row(new), ensure_ascii=False)})
            return out
    else:
        # A field this copy changed but the central did not take: its history goes on from
        # before that change (the superseded rows are not part of it).
        before = {f: base[f] if f in base else to_jsonable(lrow[f]) for f in data}
    action = "update"
    if lrow is not None and (new.get(DELETED) is None) != (lrow.get(DELETED) is None):
        action = "delete" if new.get(DELETED) is not None else "restore"
    latest = None
    for f in data:
        if f in keep:
            continue
        was, now_value = before.get(f), to_jsonable(new[f])
        steps = _chain(by_field.get(f, []), was, now_value)
        if steps is not None:
            out.extend(_taken(r, entry, now) for r in steps)
            latest = max(latest or steps[-1]["changed_at"], steps[-1]["changed_at"])
        elif was != now_value and (lrow is not None or insert is not None):
            at = by_field[f][-1]["changed_at"] if by_field.get(f) else now
            out.append(entry | {"id": new_id(), "changed_at": min(at, now), "action": action,
                                "field": f, "old_value": None if was is None else
                                json.dumps(was, ensure_ascii=False),
                                "new_value": encode(new[f])})
    if lrow is not None and lrow["updated_at"] != new["updated_at"]:
        # The row's own stamp is the other copy's (or kept from a pending local edit), not
        # this pull's time: logged, so the register as of a moment gets it back (services/
        # history). The record's history view leaves bookkeeping rows out.
        out.append(entry | {"id": new_id(), "changed_at": min(latest or now, now),
                            "action": action, "field": "updated_at",
                            "old_value": encode(lrow["updated_at"]),
                            "new_value": encode(new["updated_at"])})
    return out


def _upsert(conn: sa.Connection, name: str, incoming: dict[str, dict[str, Any]], *,
            txn: str, now: datetime, central: dict[str, list[dict[str, Any]]],
            base: dict[str, dict[str, Any]]) -> int:
    if not incoming:
        return 0
    t = table(name)
    cols = [c.name for c in t.columns]
    data = data_columns(cols)
    ids = list(incoming)
    local = fetch_local(conn, name, ids)
    pending = _pending_fields(conn, name, ids)
    inserts: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    log: list[dict[str, Any]] = []
    for eid, srow in incoming.items():
        new = {c: srow.get(c) for c in cols}
        lrow = local.get(eid)
        fields = pending.get(eid)
        keep: set[str] = set()
        if fields and lrow is None:
            continue  # removed here, removal not yet sent: the push decides, not the pull
        if fields and lrow is not None:
            keep = set(data) if ALL in fields else {f for f in fields if f in data}
            for f in keep:
                new[f] = lrow[f]
            new["version"] = max(lrow["version"], srow["version"]) + 1
            new["updated_at"], new["updated_by"] = lrow["updated_at"], lrow["updated_by"]
        who = new.get("updated_by") or ""
        entry = {"txn_id": txn, "changed_at": now, "changed_by": who, "entity_type": name,
                 "entity_id": eid, "version": new["version"]}
        # Both sides come typed through the same columns: compare the values themselves.
        same = lrow is not None and all(new[c] == lrow[c] for c in cols)
        if same and not central.get(eid):
            continue
        log.extend(_log_pulled(eid, lrow, new, data, keep, central.get(eid, []), entry, now,
                               base.get(eid, {})))
        if lrow is None:
            inserts.append(new)
        elif not same:
            updates.append({f"v_{c}": new[c] for c in cols if c != "id"} | {"k_id": eid})
    if inserts:
        conn.execute(t.insert(), inserts)
    if updates:
        stmt = t.update().where(t.c.id == sa.bindparam("k_id")).values(
            {c: sa.bindparam(f"v_{c}") for c in cols if c != "id"})
        conn.execute(stmt, updates)
    if log:
        conn.execute(sa.insert(table("change_log")), _uniform(log))
    return len(inserts) + len(updates)


def _uniform(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One executemany needs the same keys in every row."""
    return [{"origin": None, "central_seq": None} | r for r in rows]


def _remove(conn: sa.Connection, name: str, ids: list[str], *, txn: str,
            now: datetime, central: dict[str, list[dict[str, Any]]]) -> int:
    """Records removed outright on the central go here too; local edits still waiting for
    one of them become a conflict (the person decides), never a silent loss. The removal
    counts from when it was made (the central's purge row), else from this pull."""
    if not ids:
        return 0
    t = table(name)
    local = fetch_local(conn, name, ids)
    pending = _pending_fields(conn, name, list(local))
    c = ChangeLog.__table__
    n = 0
    for eid, lrow in local.items():
        if eid in pending:
            record_conflict(conn, name, eid, {
                "id": new_id(), "kind": "deleted", "fields": [DELETED],
                "local": jsonable_row(lrow), "reason": "Endret her, men fjernet fra "
                "sentraldatabasen."}, None, now)
            _unmark(conn, sa.and_(c.c.entity_type == name, c.c.entity_id == eid))
        sp = conn.begin_nested()
        try:
            conn.execute(t.delete().where(t.c.id == eid))
            sp.commit()
        except sa.exc.IntegrityError:
            # Local rows still point at it: hide it instead (they arrive removed too, or
            # were never sent — either way nothing refers to a live record that is gone).
            sp.rollback()
            conn.execute(t.update().where(t.c.id == eid).values({DELETED: now}))
        purge = next((r for r in reversed(central.get(eid, [])) if r["action"] == "purge"),
                     None)
        at = min(purge["changed_at"], now) if purge and purge["changed_at"] else now
        conn.execute(sa.insert(table("change_log")).values(
            id=new_id(), txn_id=txn, changed_at=at, changed_by="sentral",
            entity_type=name, entity_id=eid, action="purge", field=None,
            old_value=json.dumps(jsonable_row(lrow), ensure_ascii=False), new_value=None,
            version=lrow["version"], origin=purge["origin"] if purge else None,
            central_seq=purge["central_seq"] if purge else None))
        n += 1
    return n


def missing_parents(conn: sa.Connection, rows: dict[str, dict[str, dict[str, Any] | None]]
                    ) -> dict[str, list[str]]:
    """Parents the incoming rows point at that neither the page nor this copy has (a parent
    whose own latest change comes later in the feed). The caller fetches them too."""
    wanted: dict[str, set[str]] = defaultdict(set)
    for name, by_id in rows.items():
        t = table(name)
        for fk in t.foreign_keys:
            parent = fk.column.table.name
            if parent not in SYNC_TABLES:
                continue
            col = fk.parent.name
            # A unit is referred to by its code; its id follows from the code (unit_id).
            key = unit_id if fk.column.name == "code" and parent == "unit" else None
            if fk.column.name != "id" and key is None:
                continue
            for r in by_id.values():
                value = r.get(col) if r is not None else None
                if value and key is not None:
                    value = key(value)
                if value and value not in rows.get(parent, {}):
                    wanted[parent].add(value)
    out: dict[str, list[str]] = {}
    for parent, ids in wanted.items():
        have = local_ids(conn, parent, sorted(ids))
        missing = sorted(ids - have)
        if missing:
            out[parent] = missing
    return out
