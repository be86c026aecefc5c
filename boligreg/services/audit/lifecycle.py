"""Running the audit and the life of a finding: open → in progress → resolved / accepted.

A run evaluates every rule (read only; cancel is honoured between rules, so a cancelled run
writes nothing), then compares the hits with the findings already stored, in one transaction:

* a hit without a live finding opens a new finding (a resolved one stays history);
* a live finding (open, in progress) whose hit is gone is resolved with a note;
* an accepted finding stays accepted and is never raised again while its hit remains;
* a finding whose label, message, severity or bydel changed is updated.

The hits are compared as Python sets of keys (rule, entity type, entity id); the writes are
bulk Core statements with one change-log row per changed field, version bumped and checked
like the ORM does. ``last_seen`` moves with every run and is not logged (it is bookkeeping).
``set_status`` is the user's action and goes through the ORM, whose flush writes the log.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ... import formats
from ...errors import CancelledError, StaleRecordError, ValidationError
from ...models import AuditRun, Database, Finding, new_id, utcnow
from ...models.changelog import bulk_insert, default_user, encode, insert_log, log_inserts
from ...models.enums import FindingStatus, label_nb
from ..controlchars import ControlCharError, clean_controls
from .rules import RULES, Rule, RuleContext, register_sqlite_functions
from .settings import AuditSettings

F = Finding.__table__
LIVE_STATUSES = (FindingStatus.OPEN.value, FindingStatus.IN_PROGRESS.value)
KEPT_STATUSES = (*LIVE_STATUSES, FindingStatus.ACCEPTED.value)  # not closed by a run
UPDATABLE = ("severity", "district_code", "label", "message")

ProgressFn = Callable[[int, str], None]
CancelFn = Callable[[], bool]
Target = Session | sa.Engine | sa.Connection | Database
Key = tuple[str, str, str]  # rule, entity_type, entity_id


@dataclass
class AuditResult:
    """What one run did. ``still_open`` counts open and in-progress findings in scope after it."""

    run_id: str
    district: str | None
    today: date
    started_at: datetime
    finished_at: datetime
    seconds: float
    settings: AuditSettings
    rules: tuple[str, ...]
    hits: int = 0
    opened: int = 0
    resolved: int = 0
    updated: int = 0
    accepted_suppressed: int = 0
    still_open: int = 0
    hits_by_rule: dict[str, int] = field(default_factory=dict)
    opened_by_rule: dict[str, int] = field(default_factory=dict)
    resolved_by_rule: dict[str, int] = field(default_factory=dict)


def _auto_resolve_note(today: date) -> str:
    return f"Løst automatisk: kontrollen {formats.date(today)} fant ikke lenger avviket."


@contextmanager
def _connection(target: Target) -> Any:
    """``(connection, session or None)``: the caller's transaction, or one committed here."""
    if isinstance(target, Session):
        yield target.connection(), target
    elif isinstance(target, sa.Connection):
        yield target, None
    else:
        engine = target.engine if isinstance(target, Database) else target
        with engine.begin() as conn:
            yield conn, None


def _user_of(target: Target, user: str | None) -> str:
    if user:
        return user
    if isinstance(target, Session) and target.info.get("user"):
        return str(target.info["user"])
    if isinstance(target, Database):
        return str(target.session_factory.kw.get("info", {}).get("user") or default_user())
    return default_user()


def evaluate_rules(
    conn: sa.Connection,
    ctx: RuleContext,
    rules: Iterable[Rule],
    *,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
    share: tuple[int, int] = (0, 90),
) -> dict[Key, sa.Row]:
    """Run the rules' queries; ``{(rule, entity_type, entity_id): row}``. Reads only.

    A row has the attributes of ``rules.COLUMNS`` (``row.label``, ``row.message``, ...).
    """
    rules = list(rules)
    hits: dict[Key, sa.Row] = {}
    register_sqlite_functions(conn)
    lo, hi = share
    for i, r in enumerate(rules):
        if cancel is not None and cancel():
            raise CancelledError()
        if progress is not None:
            progress(lo + (hi - lo) * i // max(1, len(rules)), f"Kontrollerer: {r.title}")
        code = r.code
        for row in conn.execute(r.query(ctx)):
            hits[(code, row[0], row[1])] = row
    if cancel is not None and cancel():
        raise CancelledError()
    return hits


def _log_row(txn: str, now: datetime, user: str, fid: str, version: int, fld: str,
             old: Any, new: Any) -> dict[str, Any]:
    return {"id": new_id(), "txn_id": txn, "changed_at": now, "changed_by": user,
            "entity_type": "finding", "entity_id": fid, "action": "update", "field": fld,
            "old_value": encode(old), "new_value": encode(new), "version": version}


def _apply_updates(conn: sa.Connection, changes: list[tuple[sa.Row, dict[str, Any]]],
                   *, now: datetime, user: str, txn: str) -> None:
    """Update findings with Core: ``(current row, {field: new value})`` pairs.

    Rows are grouped by the set of fields they change; each UPDATE checks and bumps
    ``version`` as the ORM would, and every changed field gets a change-log row.
    """
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    log: list[dict[str, Any]] = []
    for row, new in changes:
        if not new:
            continue
        fields = tuple(sorted(new))
        params = {"b_id": row.id, "b_version": row.version,
                  **{f"b_{k}": v for k, v in new.items()}}
        groups.setdefault(fields, []).append(params)
        for k, v in new.items():
            log.append(_log_row(txn, now, user, row.id, row.version + 1, k, getattr(row, k), v))
    for fields, batch in groups.items():
        stmt = (
            sa.update(F)
            .where(F.c.id == sa.bindparam("b_id"), F.c.version == sa.bindparam("b_version"))
            .values(version=F.c.version + 1, updated_at=now, updated_by=user,
                    **{k: sa.bindparam(f"b_{k}") for k in fields})
        )
        result = conn.execute(stmt, batch)
        if conn.dialect.supports_sane_multi_rowcount and result.rowcount != len(batch):
            raise StaleRecordError("finding", "(flere)", None, None)
    insert_log(conn, log)


def run_audit(
    target: Target,
    *,
    district: str | None = None,
    settings: AuditSettings | None = None,
    today: date | None = None,
    user: str | None = None,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> AuditResult:
    """Run the audit over the whole city or one district and store the findings' new state.

    ``target`` is a Session (its transaction is used; the caller commits), a Connection (the
    caller's transaction), or an Engine / Database (committed here). ``progress(percent,
    text)`` and ``cancel() -> bool`` fit ``boligreg.ui.workers``; on cancel ``CancelledError``
    is raised before anything is written.
    """
    settings = (settings or AuditSettings()).validate(RULES)
    today = today or date.today()
    user = _user_of(target, user)
    rules = [RULES[c] for c in (settings.rules or tuple(RULES))]
    codes = tuple(r.code for r in rules)
    ctx = RuleContext(today=today, settings=settings, district=district)
    t0, started = time.perf_counter(), utcnow()

    with _connection(target) as (conn, session):
        hits = evaluate_rules(conn, ctx, rules, progress=progress, cancel=cancel)
        if progress is not None:
            progress(90, "Lagrer avvik")
        now, txn = utcnow(), new_id()
        scope: list[sa.ColumnElement[bool]] = [
            F.c.rule.in_(codes), F.c.deleted_at.is_(None), F.c.status.in_(KEPT_STATUSES)]
        if district is not None:
            scope.append(F.c.district_code == district)
        # Enum columns read as plain strings: converting 100,000 values to enums costs.
        plain = {c: sa.type_coerce(F.c[c], sa.String).label(c) for c in ("status", "severity")}
        existing = conn.execute(
            sa.select(F.c.id, F.c.version, F.c.rule, F.c.entity_type, F.c.entity_id,
                      F.c.resolved_at, F.c.status_note, plain["status"], plain["severity"],
                      F.c.district_code, F.c.label, F.c.message)
            .where(*scope)
        ).all()

        known, changes, accepted = _reconcile(existing, hits, today=today, now=now)

        new_rows = _new_findings(hits, known, now=now, user=user)
        if new_rows:
            bulk_insert(conn, F, new_rows)
            log_inserts(conn, "finding", new_rows, user=user, txn_id=txn)
        _apply_updates(conn, changes, now=now, user=user, txn=txn)
        # Everything still kept in scope was seen now (the vanished ones are resolved above).
        # Day precision: rewriting every finding's row on each re-run the same day would cost
        # more than the rules themselves (and grow the WAL), and says nothing new.
        day_start = datetime.combine(now.date(), datetime.min.time())
        conn.execute(sa.update(F).where(*scope, F.c.last_seen < day_start).values(last_seen=now))

        resolved = sum(1 for _row, new in changes if new.get("status") == "resolved")
        live_scope = [*scope[:2], F.c.status.in_(LIVE_STATUSES), *scope[3:]]
        still_open = conn.execute(sa.select(sa.func.count()).select_from(F)
                                  .where(*live_scope)).scalar_one()
        finished = utcnow()
        result = AuditResult(
            run_id=new_id(), district=district, today=today, started_at=started,
            finished_at=finished, seconds=0.0, settings=settings, rules=codes,
            hits=len(hits), opened=len(new_rows), resolved=resolved,
            updated=len(changes) - resolved, accepted_suppressed=accepted,
            still_open=int(still_open),
            hits_by_rule={c: 0 for c in codes}, opened_by_rule={c: 0 for c in codes},
        )
        _count_by_rule(result, hits, new_rows, changes)
        _record_run(conn, result, user)
        if session is not None:  # loaded Findings are stale now: reload them on next access
            for obj in list(session.identity_map.values()):
                if isinstance(obj, Finding):
                    session.expire(obj)
    if progress is not None:
        progress(100, "Ferdig")
    result.seconds = time.perf_counter() - t0
    return result


def _reconcile(
    existing: Sequence[sa.Row], hits: Mapping[Key, Any], *, today: date, now: datetime
) -> tuple[dict[Key, sa.Row], list[tuple[sa.Row, dict[str, Any]]], int]:
    """The stored findings against this run's hits: (stored by key, the changes to write,
    how many hits an accepted finding keeps quiet). A stored finding without a hit is
    resolved; one whose hit reads differently now is updated; a duplicate is closed."""
    known: dict[Key, sa.Row] = {}
    changes: list[tuple[sa.Row, dict[str, Any]]] = []
    accepted = 0
    for row in existing:
        key = (row.rule, row.entity_type, row.entity_id)
        if key in known:  # two live findings for one hit (should not happen): close one
            changes.append((row, _resolution(today, note="Løst automatisk: duplikat av et "
                                             "annet avvik for samme post.", now=now)))
            continue
        known[key] = row
        hit = hits.get(key)
        if hit is None:
            if row.status in LIVE_STATUSES:
                changes.append((row, _resolution(today, now=now)))
            continue
        accepted += row.status == FindingStatus.ACCEPTED.value
        if (row.severity, row.district_code, row.label, row.message) != (
                hit.severity, hit.district_code, hit.label, hit.message):
            new = {k: getattr(hit, k) for k in UPDATABLE
                   if (getattr(row, k) or "") != (getattr(hit, k) or "")}
            if new:
                changes.append((row, new))
    return known, changes, accepted


def _new_findings(hits: Mapping[Key, Any], known: Mapping[Key, Any], *, now: datetime,
                  user: str | None) -> list[dict[str, Any]]:
    """Rows for the hits no stored finding answers: new, open findings."""
    return [
        {"id": new_id(), "created_at": now, "created_by": user, "updated_at": now,
         "updated_by": user, "version": 1, "deleted_at": None, "rule": key[0],
         "severity": h.severity, "entity_type": h.entity_type,
         "entity_id": h.entity_id, "district_code": h.district_code,
         "label": h.label or "", "message": h.message or "",
         "status": FindingStatus.OPEN.value, "first_seen": now, "last_seen": now,
         "resolved_at": None, "status_note": None, "justification": None}
        for key, h in hits.items() if key not in known
    ]


def _record_run(conn: sa.Connection, result: AuditResult, user: str | None) -> None:
    """The audit run's own row (Avvik shows the last one)."""
    conn.execute(sa.insert(AuditRun.__table__).values(
        id=result.run_id, started_at=result.started_at, finished_at=result.finished_at,
        run_by=user, district_code=result.district, opened=result.opened,
        resolved=result.resolved, still_open=result.still_open,
        settings_json=result.settings.to_json(),
    ))


def _count_by_rule(result: AuditResult, hits: Mapping[Key, Any],
                   new_rows: Sequence[Mapping[str, Any]],
                   changes: Sequence[tuple[sa.Row, Mapping[str, Any]]]) -> None:
    """Fill the result's per-rule counts of hits, opened and resolved findings."""
    for rule_code, _et, _eid in hits:
        result.hits_by_rule[rule_code] += 1
    for added in new_rows:
        result.opened_by_rule[added["rule"]] += 1
    for row, new in changes:
        if new.get("status") == "resolved":
            rule_code = row.rule
            result.resolved_by_rule[rule_code] = result.resolved_by_rule.get(rule_code, 0) + 1


def _resolution(today: date, *, now: datetime, note: str | None = None) -> dict[str, Any]:
    return {"status": FindingStatus.RESOLVED.value, "resolved_at": now,
            "status_note": note or _auto_resolve_note(today)}


# ------------------------------------------------------------------------- status changes

TRANSITIONS: dict[str, frozenset[str]] = {
    "open": frozenset({"in_progress", "resolved", "accepted"}),
    "in_progress": frozenset({"open", "resolved", "accepted"}),
    "resolved": frozenset({"open"}),  # reopen a finding closed by mistake
    "accepted": frozenset({"open"}),  # withdraw an exception
}


def _note(text: str | None, field: str) -> str | None:
    """A multi-line note as stored: no NUL or terminal escapes (controlchars, issue 18 S8)."""
    try:
        return clean_controls(text or "", multiline=True).strip() or None
    except ControlCharError as exc:
        raise ValidationError(exc.nb, exc.en, field=field) from None


def set_status(
    session: Session,
    finding_ids: Iterable[str],
    status: FindingStatus | str,
    *,
    comment: str | None = None,
    justification: str | None = None,
    versions: Mapping[str, int] | None = None,
) -> int:
    """Move findings to ``status`` (all or none); returns how many changed.

    Accepting needs a justification. ``comment`` becomes the status note. ``versions`` (id →
    version the user saw) refuses a change to a finding someone else changed meanwhile. The
    ORM flush writes the change log (who and when) for every changed field. The caller commits.
    """
    status = FindingStatus(status)
    ids = list(dict.fromkeys(finding_ids))
    if not ids:
        return 0
    justification = _note(justification, "justification")
    comment = _note(comment, "comment")
    if status is FindingStatus.ACCEPTED and not justification:
        raise ValidationError(
            "Et avvik kan bare aksepteres som unntak med en begrunnelse.",
            "A finding can only be accepted as an exception with a justification.",
            field="justification",
        )
    findings: list[Finding] = []
    for chunk in range(0, len(ids), 500):  # stay below bind-parameter limits
        findings += session.scalars(
            sa.select(Finding).where(Finding.id.in_(ids[chunk:chunk + 500]),
                                     Finding.deleted_at.is_(None))
        ).all()
    missing = set(ids) - {f.id for f in findings}
    if missing:
        raise ValidationError(f"Fant ikke {len(missing)} av avvikene (slettet?).",
                              f"{len(missing)} of the findings were not found (deleted?).")
    for f in findings:
        if versions is not None and f.id in versions and versions[f.id] != f.version:
            raise StaleRecordError("finding", f.id, versions[f.id], f.version)
        if f.status != status and status.value not in TRANSITIONS[f.status.value]:
            raise ValidationError(
                f"Kan ikke endre status fra «{label_nb(f.status)}» til «{label_nb(status)}» "
                f"({f.label}).",
                f"Cannot change status from {f.status.value} to {status.value}.",
                field="status",
            )
    now, changed = utcnow(), 0
    for f in findings:
        if f.status == status and comment is None and justification is None:
            continue
        changed += f.status != status
        f.status = status
        if status in (FindingStatus.RESOLVED, FindingStatus.ACCEPTED):
            f.resolved_at = f.resolved_at or now  # closed at (resolved or accepted)
        else:
            f.resolved_at = None
        if status is FindingStatus.ACCEPTED:
            f.justification = justification
        if comment is not None:
            f.status_note = comment
    session.flush()
    return changed
