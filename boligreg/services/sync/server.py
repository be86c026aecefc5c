"""The central's side of a sync: take a push, hand out pages of changes.

Runs on a connection to the central as the person's own role, so PostgreSQL's constraints and
row-level security judge every write ("the server has the last word"). A push is one
transaction under the feed lock: either all of it is recorded — the changes, their change-log
rows and every change id with its outcome — or none of it. A change id seen before is not
applied again; its stored outcome is returned instead, so a client that died after the
central committed but before it noted the answer simply pushes again.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

from ...models import SYNC_TABLES, Base, new_id, utcnow
from ...models.changelog import encode, insert_log, server_logs_changes, to_jsonable
from ...models.sync import SyncApplied, SyncFeed
from .merge import Change, Decision, jsonable_row, merge_record

ORDER = {name: i for i, name in enumerate(SYNC_TABLES)}
CHUNK = 5000


@dataclass
class Step:
    """One change-log row of a pending change, as this copy wrote it (its time, values)."""

    change_id: str
    action: str  # insert | update | delete | restore | purge
    field: str | None
    old_value: str | None  # JSON text, as in the log (an insert's snapshot is new_value)
    new_value: str | None
    changed_at: datetime


@dataclass
class Group:
    """All pending changes of one record, oldest first, and the record as it is locally."""

    entity_type: str
    entity_id: str
    changes: list[Change]
    local: dict[str, Any] | None
    # The log rows of those changes, in the order this copy wrote them: the central logs
    # each field's steps at the times they were made here (issue 13 item 7).
    steps: list[Step] = field(default_factory=list)


def steps_json(group: Group, change_ids: set[str]) -> dict[str, Any]:
    """The steps of ``change_ids`` as the central's log trigger reads them (central.py,
    ``_history``): per field ``[[time, old, new, action], ...]``, ``"*"`` the insert's
    ``[time, snapshot]``, ``"-"`` the purge's time. Times are naive UTC ISO text."""
    out: dict[str, Any] = {}
    for st in group.steps:
        if st.change_id not in change_ids:
            continue
        at = st.changed_at.isoformat(sep=" ")
        if st.action == "insert":
            out["*"] = [at, st.new_value]
        elif st.action == "purge":
            out["-"] = at
        elif st.field:
            out.setdefault(st.field, []).append([at, st.old_value, st.new_value, st.action])
    return out


@dataclass
class Outcome:
    """The central's answer for one record."""

    entity_type: str
    entity_id: str
    outcome: str  # applied | merged | conflict | rejected | noop
    change_ids: list[str]
    conflict: dict[str, Any] | None = None  # kind, fields, base, local, reason, id
    server: dict[str, Any] | None = None  # the central's row now as JSON (conflict/rejected)
    server_row: dict[str, Any] | None = None  # the same, typed (to reset the local row)
    replayed: bool = False
    # What the central took of this push: the fields written, "*" for a whole insert or
    # purge; None when the answer is replayed from an earlier push (not known here). A copy's
    # own changes outside it are superseded (services/sync/local.py, ack).
    taken: list[str] | None = None
    # Conflicts stored for changes of this record handled by an earlier push whose answer
    # never reached the client (it was cut off): delivered again, never lost.
    earlier: list[dict[str, Any]] = field(default_factory=list)

    @property
    def conflicts(self) -> list[dict[str, Any]]:
        return [*self.earlier, *([self.conflict] if self.conflict else [])]


@dataclass
class PullPage:
    cursor: int  # highest sequence in the page (the new cursor once applied)
    rows: dict[str, dict[str, dict[str, Any] | None]] = field(default_factory=dict)
    count: int = 0  # feed entries in the page
    done: bool = True


class _RetryError(Exception):
    """The fast path met a refusal; redo the push one record at a time."""


def table(name: str) -> sa.Table:
    return Base.metadata.tables[name]


def _ids_param(ids: list[str]) -> sa.BindParameter:
    return sa.bindparam(None, ids, type_=postgresql.ARRAY(sa.String(36)))


def fetch_rows(conn: sa.Connection, name: str, ids: list[str]) -> dict[str, dict[str, Any]]:
    t = table(name)
    out: dict[str, dict[str, Any]] = {}
    for i in range(0, len(ids), CHUNK):
        part = ids[i:i + CHUNK]
        for row in conn.execute(t.select().where(t.c.id == sa.any_(_ids_param(part)))):
            m = dict(row._mapping)
            out[m["id"]] = m
    return out


def _reason(exc: BaseException) -> str:
    orig = getattr(exc, "orig", exc)
    code = getattr(orig, "sqlstate", None)
    detail = str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
    if code == "42501":
        return f"Avvist: ingen skrivetilgang til denne bydelens poster ({detail})."
    if code == "23505":
        return f"Avvist: bryter en entydighetsregel i sentraldatabasen ({detail})."
    if code == "23503":
        return f"Avvist: viser til en post som ikke finnes i sentraldatabasen ({detail})."
    if code and code.startswith("23"):
        return f"Avvist: ugyldig verdi for sentraldatabasen ({detail})."
    return f"Avvist av sentraldatabasen ({detail})."


def push(conn: sa.Connection, client_id: str, groups: list[Group]) -> list[Outcome]:
    """Apply ``groups`` on the central in one transaction; the answer per record.

    ``conn`` must not be in a transaction. Tries everything at once first; if PostgreSQL
    refuses anything (row-level security, a constraint), rolls back and redoes it record by
    record inside savepoints so the refused ones are named and the rest still go through.
    """
    for slow in (False, True):
        try:
            with conn.begin():
                return _push(conn, client_id, groups, slow=slow)
        except _RetryError:
            continue
    raise AssertionError("unreachable")


def _push(conn: sa.Connection, client_id: str, groups: list[Group], *, slow: bool
          ) -> list[Outcome]:
    """Long because a push is applied in one transaction under the feed lock (already-
    applied ids, each group's changes, outcomes, the applied record); the steps share
    the lock, the stamps and the transaction id."""
    conn.exec_driver_sql("SELECT public.boligreg_take_feed_lock()")
    # Which copy the central's log trigger names as where these changes were made.
    conn.exec_driver_sql("SELECT pg_catalog.set_config('boligreg.client', %s, true)",
                         (client_id,))
    user = conn.exec_driver_sql("SELECT current_user").scalar()
    now = utcnow()
    txn = new_id()
    applied_t = SyncApplied.__table__
    all_ids = [c.change_id for g in groups for c in g.changes]
    seen: dict[str, tuple[str, str | None]] = {}
    for i in range(0, len(all_ids), CHUNK):
        part = all_ids[i:i + CHUNK]
        for cid, outcome, result in conn.execute(
            sa.select(applied_t.c.change_id, applied_t.c.outcome, applied_t.c.result_json)
            .where(applied_t.c.change_id == sa.any_(_ids_param(part)))
        ):
            seen[cid] = (outcome, result)

    by_table: dict[str, list[str]] = defaultdict(list)
    for g in groups:
        by_table[g.entity_type].append(g.entity_id)
    server_rows = {name: fetch_rows(conn, name, ids) for name, ids in by_table.items()}
    feed = SyncFeed.__table__
    purged: set[tuple[str, str]] = set()
    for name, ids in by_table.items():
        for i in range(0, len(ids), CHUNK):
            purged.update((name, eid) for eid in conn.execute(
                sa.select(feed.c.entity_id).where(
                    feed.c.entity_type == name, feed.c.purged.is_(True),
                    feed.c.entity_id == sa.any_(_ids_param(ids[i:i + CHUNK])))
            ).scalars())

    outcomes: list[Outcome] = []
    work: list[tuple[Group, Decision, Outcome, list[Change]]] = []
    for g in groups:
        server = server_rows[g.entity_type].get(g.entity_id)
        fresh = [c for c in g.changes if c.change_id not in seen]
        ids = [c.change_id for c in g.changes]
        earlier = [json.loads(answer) for c in g.changes
                   if c.change_id in seen and (answer := seen[c.change_id][1])]
        if not fresh:  # all seen before: answer as then
            outcome = seen[g.changes[-1].change_id][0]
            o = Outcome(g.entity_type, g.entity_id, outcome, ids, replayed=True,
                        earlier=earlier)
            if earlier or outcome in ("conflict", "rejected", "noop"):
                o.server, o.server_row = jsonable_row(server), server
            outcomes.append(o)
            continue
        columns = [c.name for c in table(g.entity_type).columns]
        d = merge_record(fresh, g.local, server,
                         purged=(g.entity_type, g.entity_id) in purged, columns=columns)
        o = Outcome(g.entity_type, g.entity_id, d.outcome, ids, conflict=d.conflict,
                    earlier=earlier)
        outcomes.append(o)
        work.append((g, d, o, fresh))

    _apply(conn, work, server_rows, slow=slow)
    for _g, d, o, _fresh in work:
        o.taken = [] if o.outcome == "rejected" else \
            ["*"] if d.op in ("insert", "purge") else sorted(d.values)

    log: list[dict[str, Any]] = []
    applied_rows: list[dict[str, Any]] = []
    for g, d, o, fresh in work:
        server = server_rows[g.entity_type].get(g.entity_id)
        if o.outcome in ("conflict", "rejected", "noop") or o.earlier:
            # The copy takes the central's row back: its version is the one that counts,
            # also when the local edits cancelled out and nothing changed centrally.
            now_row = dict(server) if server else None
            if server and now_row is not None and d.op == "update" \
                    and o.outcome != "rejected":
                assert g.local is not None  # an update is made from the local row
                now_row.update(d.values)
                now_row.update(version=server["version"] + 1,
                               updated_at=g.local["updated_at"],
                               updated_by=g.local["updated_by"])
            o.server, o.server_row = jsonable_row(now_row), now_row
        if o.conflict is not None:
            o.conflict["id"] = fresh[0].change_id
        if o.outcome != "rejected":
            log.extend(_log_rows(g, d, server, txn, now))
        for i, c in enumerate(fresh):
            applied_rows.append({
                "change_id": c.change_id, "client_id": client_id, "applied_at": now,
                "applied_by": user, "outcome": o.outcome,
                "result_json": json.dumps(o.conflict, ensure_ascii=False)
                if (i == 0 and o.conflict) else None,
            })
    insert_log(conn, log)  # a central logs by trigger, with the real login (S5)
    if applied_rows and server_logs_changes(conn):
        conn.exec_driver_sql(
            "SELECT public.boligreg_record_applied(CAST(%s AS jsonb))",
            (json.dumps([{k: r[k] for k in ("change_id", "client_id", "outcome", "result_json")}
                         for r in applied_rows], ensure_ascii=False),))
    elif applied_rows:
        conn.execute(sa.insert(applied_t), applied_rows)
    return outcomes


def _set_steps(conn: sa.Connection, work: list) -> None:
    """Hand the log trigger the steps of the records the next statement writes (a
    transaction-local setting, replaced before every statement: the trigger reads it whole,
    so it holds only that statement's records)."""
    steps: dict[str, Any] = {}
    for g, _d, _o, fresh in work:
        one = steps_json(g, {c.change_id for c in fresh})
        if one:
            steps[g.entity_id] = one
    conn.exec_driver_sql("SELECT pg_catalog.set_config('boligreg.steps', %s, true)",
                         (json.dumps(steps, ensure_ascii=False),))


STATEMENT_ROWS = 1000  # records per statement when steps travel with them


def _apply(conn: sa.Connection, work: list, server_rows: dict, *, slow: bool) -> None:
    """Write the decisions, parents before children (removals children first)."""
    ordered = sorted(work, key=lambda w: ORDER[w[0].entity_type])
    writes = [w for w in ordered if w[1].op in ("insert", "update")]
    purges = [w for w in reversed(ordered) if w[1].op == "purge"]
    steps = server_logs_changes(conn)
    if slow:
        for w in writes + purges:
            g, d, o, _fresh = w
            sp = conn.begin_nested()
            try:
                if steps:
                    _set_steps(conn, [w])
                if _write_one(conn, g, d) != 1:
                    raise _RlsRefusalError()
                sp.commit()
            except (sa.exc.DBAPIError, _RlsRefusalError) as exc:
                sp.rollback()
                o.outcome = "rejected"
                o.conflict = {"kind": "rejected", "fields": sorted(d.values)
                              if d.op == "update" else [], "base": None,
                              "local": jsonable_row(g.local), "reason": _reason(exc)}
        return
    try:
        # Inserts in bulk per table; updates in bulk per table and set of columns.
        batches: dict[tuple, list[tuple[dict[str, Any], Any]]] = defaultdict(list)
        for w in writes:
            g, d = w[0], w[1]
            if d.op == "insert":
                row = dict(d.values)
                row["version"] = 1
                batches[("insert", g.entity_type)].append((row, w))
            else:
                row = {f"v_{k}": v for k, v in d.values.items()}
                row["v_updated_at"] = g.local["updated_at"]
                row["v_updated_by"] = g.local["updated_by"]
                row["k_id"] = g.entity_id
                batches[("update", g.entity_type, tuple(sorted(d.values)))].append((row, w))
        for key in sorted(batches, key=lambda k: (ORDER[k[1]], k[0] == "update")):
            batch = batches[key]
            t = table(key[1])
            size = STATEMENT_ROWS if steps else max(len(batch), 1)
            for i in range(0, len(batch), size):
                part = batch[i:i + size]
                rows = [r for r, _w in part]
                if steps:
                    _set_steps(conn, [w for _r, w in part])
                if key[0] == "insert":
                    conn.execute(t.insert(), rows)
                    continue
                n = _update_many(conn, t, [*key[2], "updated_at", "updated_by"], rows)
                if n != len(rows):
                    raise _RetryError()  # a row-level security refusal updates nothing
        for w in purges:
            if steps:
                _set_steps(conn, [w])
            if _write_one(conn, w[0], w[1]) != 1:
                raise _RetryError()
    except sa.exc.DBAPIError as exc:
        raise _RetryError() from exc


def _plain(value: Any) -> Any:
    # The column holds an enum's value; send the value whatever kind of Enum it is.
    return value.value if isinstance(value, Enum) else value


def _update_many(conn: sa.Connection, t: sa.Table, cols: list[str],
                 rows: list[dict[str, Any]]) -> int:
    """One set-based UPDATE ... FROM unnest(arrays) for many rows: one statement, so the
    feed trigger runs once and PostgreSQL does the join, instead of one round per row."""
    names = ["k_id", *[f"v_{c}" for c in cols]]
    casts = ["varchar"] + [t.c[c].type.compile(dialect=conn.dialect) for c in cols]
    params = {f"p{i}": [_plain(r[n]) for r in rows] for i, n in enumerate(names)}
    arrays = ", ".join(f"CAST(%(p{i})s AS {cast}[])" for i, cast in enumerate(casts))
    sets = ", ".join(f"{c} = u.{c}" for c in cols)
    sql = (f"UPDATE {t.name} AS t SET {sets}, version = t.version + 1 "
           f"FROM unnest({arrays}) AS u(k_id, {', '.join(cols)}) WHERE t.id = u.k_id")
    return conn.exec_driver_sql(sql, params).rowcount


class _RlsRefusalError(Exception):
    """Stands in for PostgreSQL's error when row-level security silently filters a write."""

    sqlstate = "42501"

    def __str__(self) -> str:
        return "row-level security: the row may not be changed by this role"


def _write_one(conn: sa.Connection, g: Group, d: Decision) -> int:
    t = table(g.entity_type)
    if d.op == "insert":
        conn.execute(t.insert().values({**d.values, "version": 1}))
        return 1
    if d.op == "purge":
        return conn.execute(t.delete().where(t.c.id == g.entity_id)).rowcount
    values = dict(d.values)
    assert g.local is not None  # an update is made from the local row
    values.update(updated_at=g.local["updated_at"], updated_by=g.local["updated_by"],
                  version=t.c.version + 1)
    return conn.execute(t.update().where(t.c.id == g.entity_id).values(values)).rowcount


def _log_rows(g: Group, d: Decision, server: dict | None, txn: str, now: Any
              ) -> list[dict[str, Any]]:
    """The central's own change log of what this push changed (who: the local author)."""
    if d.op == "none":
        return []
    who = (g.local or {}).get("updated_by") or ""
    base = {"id": None, "txn_id": txn, "changed_at": now, "changed_by": who,
            "entity_type": g.entity_type, "entity_id": g.entity_id}
    if d.op == "insert":
        full = {k: to_jsonable(v) for k, v in d.values.items()} | {"version": 1}
        return [base | {"id": new_id(), "action": "insert", "field": None, "old_value": None,
                        "new_value": json.dumps(full, ensure_ascii=False), "version": 1}]
    if d.op == "purge":
        return [base | {"id": new_id(), "action": "purge", "field": None,
                        "old_value": json.dumps(jsonable_row(server), ensure_ascii=False),
                        "new_value": None, "version": server["version"] if server else None}]
    version = (server or {}).get("version", 0) + 1
    action = "update"
    if "deleted_at" in d.values:
        action = "delete" if d.values["deleted_at"] is not None else "restore"
    return [
        base | {"id": new_id(), "action": action, "field": f,
                "old_value": encode((server or {}).get(f)), "new_value": encode(v),
                "version": version}
        for f, v in d.values.items()
    ]


def begin_snapshot(conn: sa.Connection) -> None:
    """One consistent, read-only view of the central for a page and its missing parents."""
    conn.begin()
    conn.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")


def pull_page(conn: sa.Connection, cursor: int, limit: int) -> PullPage:
    """The next ``limit`` records changed after ``cursor``, in sequence order (in the
    caller's snapshot). Each record comes once, as it is now; ``None`` means removed."""
    feed = SyncFeed.__table__
    entries = conn.execute(
        sa.select(feed.c.entity_type, feed.c.entity_id, feed.c.seq, feed.c.purged)
        .where(feed.c.seq > cursor).order_by(feed.c.seq).limit(limit)
    ).all()
    page = PullPage(cursor=cursor, count=len(entries), done=len(entries) < limit)
    if not entries:
        return page
    page.cursor = entries[-1].seq
    wanted: dict[str, list[str]] = defaultdict(list)
    for e in entries:
        if e.entity_type not in ORDER:
            continue
        page.rows.setdefault(e.entity_type, {})[e.entity_id] = None
        if not e.purged:
            wanted[e.entity_type].append(e.entity_id)
    for name, ids in wanted.items():
        page.rows[name].update(fetch_rows(conn, name, ids))
    return page


LOG_COLUMNS = ("entity_id", "action", "field", "old_value", "new_value", "changed_at",
               "changed_by", "version", "origin", "central_seq")


def fetch_log(conn: sa.Connection, after: dict[str, dict[str, int]], client_id: str
              ) -> dict[str, dict[str, list[dict[str, Any]]]]:
    """The central's change-log rows of these records written after the given write-order
    number (per table, per record id), not made by ``client_id`` (this copy has its own),
    in the central's write order: what a pull logs at the times the changes were made."""
    out: dict[str, dict[str, list[dict[str, Any]]]] = {}
    if not after or conn.dialect.name != "postgresql":
        return out
    cols = ", ".join(f"l.{c}" for c in LOG_COLUMNS)
    for name, by_id in after.items():
        ids = list(by_id)
        for i in range(0, len(ids), CHUNK):
            part = ids[i:i + CHUNK]
            rows = conn.exec_driver_sql(
                f"SELECT {cols} FROM public.change_log l "
                "JOIN unnest(CAST(%s AS varchar[]), CAST(%s AS bigint[])) AS u(id, after) "
                "ON l.entity_id = u.id AND l.central_seq > u.after "
                "WHERE l.entity_type = %s AND l.origin IS DISTINCT FROM %s "
                "ORDER BY l.central_seq",
                (part, [by_id[k] for k in part], name, client_id))
            for r in rows:
                m = dict(r._mapping)
                out.setdefault(name, {}).setdefault(m.pop("entity_id"), []).append(m)
    return out
