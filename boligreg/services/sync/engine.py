"""One sync of a local copy with the central: check, push, acknowledge, pull.

Every step is its own transaction and leaves both sides consistent if the process dies right
after it:

1. handshake   the central is a boligreg central on our schema version, we are a person's
               role (not the owner, not a superuser), and it is the central this copy
               belongs to.
2. push        all waiting changes in one central transaction (server.push). Killed before
               it commits: nothing happened. After: the change ids are recorded there.
3. ack         one local transaction: the sent changes leave the outbox, conflicts are kept.
               Killed before it commits: the next push is answered from the recorded ids,
               nothing is applied twice.
4. pull        pages of the feed after our cursor, each read in one central snapshot and
               applied together with the new cursor in one local transaction. Killed between
               pages: the next sync goes on from the last page that committed.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

import sqlalchemy as sa

from ... import formats
from ...errors import BoligregError, CancelledError
from ...i18n import QT_TRANSLATE_NOOP, plural, translate
from ...models import Database, new_id, utcnow
from ...models.sync import SyncConflict
from ..central import (
    CentralBusyError,
    CentralError,
    busy_error,
    central_engine,
    check_client_connection,
    inspect_central,
)
from . import local, server
from .editions import sync_editions

ProgressFn = Callable[[int, str], None]
CancelFn = Callable[[], bool]
PAGE = 5000


class SyncError(BoligregError):
    pass


@dataclass
class SyncResult:
    pushed: int = 0  # records sent
    changes: int = 0  # outbox rows sent
    applied: int = 0
    merged: int = 0
    conflicts: int = 0  # new conflicts
    rejected: int = 0
    replayed: int = 0  # answered from an earlier, cut-off push (nothing applied twice)
    pulled: int = 0  # local rows changed by the pull
    cursor: int = 0
    seconds: float = 0.0
    open_conflicts: int = 0
    notes: list[str] = field(default_factory=list)
    # Published fact-sheet editions (sheets) sent and received; editions refused because
    # another copy published the same number first (year, edition): editions.py.
    editions_sent: int = 0
    editions_received: int = 0
    editions_refused: list[tuple[int, int]] = field(default_factory=list)

    def summary(self) -> str:
        """One line on what the sync did, in the chosen language."""
        n = formats.integer
        ctx = "SyncResult"
        parts = [translate("SyncResult", "sendt {n}").format(n=n(self.pushed)),
                 translate("SyncResult", "hentet {n}").format(n=n(self.pulled))]
        if self.merged:
            parts.append(translate("SyncResult", "flettet {n}").format(n=n(self.merged)))
        if self.conflicts:
            parts.append(plural(self.conflicts, ctx,
                                QT_TRANSLATE_NOOP("SyncResult", "1 ny konflikt"),
                                QT_TRANSLATE_NOOP("SyncResult", "{n} nye konflikter")
                                ).format(n=n(self.conflicts)))
        if self.rejected:
            parts.append(translate("SyncResult", "{n} avvist").format(n=n(self.rejected)))
        if self.editions_sent or self.editions_received:
            parts.append(translate(
                "SyncResult", "publiserte faktaark sendt {sent}, hentet {received}"
            ).format(sent=n(self.editions_sent), received=n(self.editions_received)))
        if self.editions_refused:
            parts.append(translate(
                "SyncResult", "{n} utgave(r) ikke sendt (samme nummer fra en annen kopi)"
            ).format(n=n(len(self.editions_refused))))
        text = translate("SyncResult", "Synkronisert: {parts}.").format(parts=", ".join(parts))
        if self.open_conflicts:
            text += " " + plural(self.open_conflicts, ctx,
                                 QT_TRANSLATE_NOOP("SyncResult", "1 konflikt venter på deg."),
                                 QT_TRANSLATE_NOOP("SyncResult", "{n} konflikter venter på deg.")
                                 ).format(n=n(self.open_conflicts))
        return text



def _lost(exc: BaseException) -> SyncError:
    detail = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return SyncError(
        "Forbindelsen til sentraldatabasen ble brutt under synkroniseringen "
        f"({detail[0] if detail else type(exc).__name__}). Ingenting er tapt eller dobbelt; "
        "synkroniser igjen når nettet er tilbake.",
        "The connection to the central database was lost during the sync. Nothing is lost "
        "or doubled; sync again when the network is back.",
    )


def check_local(db: Database) -> None:
    if not db.is_sqlite:
        raise SyncError(
            "Bare en lokal kopi (fil) synkroniseres; denne er allerede sentraldatabasen.",
            "Only a local copy (file) is synced; this is the central database already.",
        )
    if db.is_demo:
        raise SyncError(
            "Demodata synkroniseres aldri med sentraldatabasen.",
            "Demo data is never synced with the central database.",
        )


# Waits before each new try when the central is busy (seconds): push is idempotent by change
# id and pull resumes from its cursor, so trying again is always safe.
BUSY_RETRY_DELAYS: tuple[float, ...] = (2.0, 5.0)


def sync(db: Database, central_url: str | sa.URL, *, progress: ProgressFn | None = None,
         cancel: CancelFn | None = None, page_size: int = PAGE,
         retry_delays: tuple[float, ...] | None = None,
         lock_timeout_ms: int | None = None) -> SyncResult:
    """Push this copy's waiting changes to the central and pull everyone else's.

    A busy central (a lock not had within the lock timeout) is tried again after each of
    ``retry_delays``; then the sync stops with one clear "busy" message naming who holds it.
    """
    report = progress or (lambda _p, _t: None)
    stop = cancel or (lambda: False)
    check_local(db)
    delays = BUSY_RETRY_DELAYS if retry_delays is None else retry_delays
    t0 = time.perf_counter()
    shown = sa.make_url(central_url).render_as_string(hide_password=True)
    for attempt in range(len(delays) + 1):
        result = SyncResult()
        try:
            try:
                with central_engine(central_url, lock_timeout_ms=lock_timeout_ms) as ce:
                    _run(db, ce, shown, result, report, stop, page_size)
            except sa.exc.DBAPIError as exc:
                busy = busy_error(exc, central_url)
                if busy is None:
                    if isinstance(exc, sa.exc.OperationalError):
                        raise _lost(exc) from exc
                    raise
                raise busy from exc
        except CentralBusyError as exc:
            if attempt < len(delays) and not stop():
                report(0, f"Sentraldatabasen er opptatt; prøver igjen om {delays[attempt]:g} s")
                time.sleep(delays[attempt])
                continue
            _note_failure(db, exc)
            raise
        except (CancelledError, CentralError, SyncError) as exc:
            _note_failure(db, exc)
            raise
        break
    result.seconds = time.perf_counter() - t0
    return result


def _note_failure(db: Database, exc: BaseException) -> None:
    try:
        with db.engine.begin() as conn:
            if local.get_state(conn) is not None:
                local.update_state(conn, last_error=str(exc)[:2000])
    except Exception:  # noqa: BLE001 - the original error matters more
        pass


def _run(db: Database, ce: sa.Engine, shown: str, result: SyncResult, report: ProgressFn,
         stop: CancelFn, page_size: int) -> None:
    """Long because it is one sync in order (connect, lock, pull, merge, push, acknowledge)
    with its cancel points, and the acknowledgement must finish once the central has
    the changes."""
    report(1, "Kobler til sentraldatabasen")
    with ce.connect() as sc:
        info = inspect_central(sc)
    check_client_connection(info)
    now = utcnow()
    with db.engine.begin() as lc:
        state = local.lock_local(lc, now)
        if state["central_id"] and state["central_id"] != info.central_id:
            raise SyncError(
                f"Denne kopien hører til en annen sentraldatabase enn {shown}. Ingenting er "
                "synkronisert.",
                f"This copy belongs to another central database than {shown}. Nothing synced.",
            )
        if not state["central_id"]:
            local.update_state(lc, central_id=info.central_id, central_name=shown)
    client_id = state["client_id"]
    if stop():
        raise CancelledError()

    report(5, "Leser lokale endringer")
    with db.engine.connect() as lc:
        groups = local.read_pending(lc)
    if groups:
        result.pushed = len(groups)
        result.changes = sum(len(g.changes) for g in groups)
        report(10, f"Sender {result.pushed} endrede poster")
        with ce.connect() as sc:
            outcomes = server.push(sc, client_id, groups)
            # A record the central did not take as it was comes back as the central has it,
            # with the central's log of it (issue 13 item 7).
            back = local.resets(outcomes)
            fetched: dict[str, dict[str, dict | None]] = {}
            for name, ids in local.needs_central(groups, outcomes).items():
                rest = [i for i in ids if i not in back.get(name, {})]
                if rest:
                    found = server.fetch_rows(sc, name, rest)
                    fetched[name] = {i: found.get(i) for i in rest}
            with db.engine.connect() as lc:
                upto = local.taken_upto(lc, {**back, **{
                    k: {**back.get(k, {}), **v} for k, v in fetched.items()}})
            back_log = server.fetch_log(sc, upto, client_id)
            sc.rollback()
        # From here the central has them: finish the acknowledgement even if cancelled.
        report(35, "Noterer svaret")
        with db.engine.begin() as lc:
            local.lock_local(lc, utcnow())
            local.ack(lc, outcomes, txn=new_id(), now=utcnow(), log=back_log,
                      fetched=fetched)
        for o in outcomes:
            result.applied += o.outcome == "applied"
            result.merged += o.outcome == "merged"
            result.rejected += o.outcome == "rejected"
            result.replayed += o.replayed
            result.conflicts += len(o.conflicts)

    cursor = int(state["cursor"] or 0)
    with ce.connect() as sc:
        total = sc.exec_driver_sql(
            "SELECT count(*) FROM sync_feed WHERE seq > %s", (cursor,)).scalar() or 0
    done = 0
    report(40, "Henter endringer")
    while True:
        if stop():
            raise CancelledError(
                "Avbrutt. Det som er hentet til nå er lagret; neste synkronisering "
                "fortsetter der denne slapp.",
                "Cancelled. What was fetched so far is kept; the next sync continues.",
            )
        page_log: local.CentralLog = {}
        with ce.connect() as sc:
            server.begin_snapshot(sc)
            page = server.pull_page(sc, cursor, page_size)
            if page.rows:
                with db.engine.connect() as lc:
                    for _ in range(4):  # tenancy -> dwelling -> property: depth 2
                        missing = local.missing_parents(lc, page.rows)
                        if not missing:
                            break
                        for name, ids in missing.items():
                            page.rows.setdefault(name, {}).update(
                                server.fetch_rows(sc, name, ids))
                    upto = local.taken_upto(lc, page.rows)
                # The central's log of these records, to log each change at the time it
                # was made in the copy where it was made (issue 13 item 7).
                page_log = server.fetch_log(sc, upto, client_id)
            sc.rollback()
        if page.count:
            with db.engine.begin() as lc:
                local.lock_local(lc, utcnow())
                result.pulled += local.apply_pulled(lc, page.rows, txn=new_id(), now=utcnow(),
                                                    log=page_log)
                local.advance_cursor(lc, page.cursor)
            cursor = page.cursor
            done += page.count
            report(40 + int(55 * done / max(total, 1)), f"Hentet {done} av {total}")
        if page.done:
            break
    report(97, "Utveksler publiserte faktaark")
    editions = sync_editions(db, ce)
    result.editions_sent, result.editions_received = editions.sent, editions.received
    result.editions_refused = editions.refused
    result.notes += editions.notes_nb()
    with db.engine.begin() as lc:
        local.update_state(lc, last_success_at=utcnow(), last_error=None)
        result.open_conflicts = count_open_conflicts(lc)
    result.cursor = cursor
    report(100, "Ferdig")


def count_open_conflicts(conn: sa.Connection) -> int:
    t = SyncConflict.__table__
    return int(conn.execute(
        sa.select(sa.func.count()).select_from(t).where(t.c.resolved_at.is_(None))
    ).scalar() or 0)


@dataclass
class SyncStatus:
    """For the status bar: when the last sync succeeded and what waits."""

    last_success_at: datetime | None  # naive UTC, as stored
    pending: int
    open_conflicts: int
    central_name: str | None
    last_error: str | None


def sync_status(db: Database) -> SyncStatus:
    with db.engine.connect() as conn:
        state = local.get_state(conn) or {}
        return SyncStatus(
            last_success_at=state.get("last_success_at"),
            pending=local.pending_count(conn),
            open_conflicts=count_open_conflicts(conn),
            central_name=state.get("central_name"),
            last_error=state.get("last_error"),
        )
