"""Property: with the outbox as a mark on the change log (migration 0006), every local change
is pushed exactly once — whatever mix of window edits, deletes, restores, imports and pushes,
and also when an edit lands between reading what waits and the acknowledgement.

Local side only (no central): a push reads what waits (``local.read_pending``) and the
acknowledgement (``local.ack``) takes those change ids as applied, as the central answers.
"""

from __future__ import annotations

import csv
import shutil
import tempfile
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from boligreg.models import Dwelling, create_database, new_id, open_database, utcnow
from boligreg.services.importer import import_file
from boligreg.services.register import restore, save_changes, soft_delete
from boligreg.services.sync import local
from boligreg.services.sync.server import Outcome

_TEMPLATE: Path | None = None


def _template() -> Path:
    global _TEMPLATE
    if _TEMPLATE is None:
        _TEMPLATE = Path(tempfile.mkdtemp(prefix="outbox-prop-")) / "template.db"
        create_database(_TEMPLATE, user="t").close()
    return _TEMPLATE


op = st.one_of(
    st.tuples(st.just("edit"), st.integers(0, 5), st.sampled_from([1, 2, 3, 4])),
    st.tuples(st.just("delete"), st.integers(0, 5), st.just(0)),
    st.tuples(st.just("restore"), st.integers(0, 5), st.just(0)),
    st.tuples(st.just("import"), st.integers(1, 3), st.just(0)),
    st.tuples(st.just("push"), st.just(0), st.just(0)),
    st.tuples(st.just("read"), st.just(0), st.just(0)),  # a push whose ack comes later
    st.tuples(st.just("ack"), st.just(0), st.just(0)),
)


def _import(db, folder: Path, n: int) -> int:
    """A real import of ``n`` new dwellings; returns how many records it wrote."""
    path = folder / f"{new_id()}.csv"
    street = f"Testveien {abs(hash(path.name)) % 9000 + 1}"
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";")
        w.writerow(["Bydel", "Adresse", "Postnr", "Bruksenhetsnr", "Antall rom",
                    "Indre vedlikehold"])
        for i in range(n):
            w.writerow(["Sagene", street, "0473", f"H01{i + 1:02d}", 2, "Boligbygg"])
    report = import_file(db, path)
    assert report.written, report.summary()
    assert report.plan is not None
    return sum(len(v) for v in report.plan.inserts.values())


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(op, min_size=1, max_size=14))
def test_every_change_is_pushed_exactly_once(ops: list[tuple[str, int, int]]) -> None:
    folder = Path(tempfile.mkdtemp(prefix="outbox-prop-"))
    path = folder / "register.db"
    shutil.copyfile(_template(), path)
    db = open_database(path)
    try:
        made = 0  # changes made (each one record's flush or one imported record)
        pushed: Counter[str] = Counter()
        in_flight: list[str] | None = None  # read, not yet acknowledged
        made += _import(db, folder, 3)
        for kind, a, b in ops:
            with db.engine.connect() as conn:
                rows = conn.exec_driver_sql(
                    "SELECT id, version, deleted_at, rooms FROM dwelling ORDER BY id").all()
            did, version, deleted, current = rows[a % len(rows)]
            if kind == "edit":
                save_changes(db, Dwelling, did, expected_version=version,
                             changes={"rooms": b})
                made += current != b  # a no-op edit queues nothing
            elif kind == "delete" and deleted is None:
                soft_delete(db, Dwelling, did, expected_version=version)
                made += 1
            elif kind == "restore" and deleted is not None:
                restore(db, Dwelling, did, expected_version=version)
                made += 1
            elif kind == "import":
                made += _import(db, folder, a)
            elif kind in ("push", "read") or (kind == "ack" and in_flight is not None):
                if kind != "ack":
                    with db.engine.connect() as conn:
                        groups = local.read_pending(conn)
                    sent = [c.change_id for g in groups for c in g.changes]
                    assert len(sent) == len(set(sent))
                    # nothing already acknowledged comes again
                    assert not set(sent) & set(pushed)
                    if in_flight is not None:  # a second read before the ack: the same ones
                        assert set(in_flight) <= set(sent)
                    in_flight = sent
                if kind != "read":
                    assert in_flight is not None
                    with db.engine.begin() as conn:
                        local.ack(conn, [Outcome("dwelling", "x", "applied", in_flight)],
                                  txn=new_id(), now=utcnow())
                    pushed.update(in_flight)
                    in_flight = None
        # the last push sends the rest
        with db.engine.connect() as conn:
            rest = [c.change_id for g in local.read_pending(conn) for c in g.changes]
        with db.engine.begin() as conn:
            local.ack(conn, [Outcome("dwelling", "x", "applied", rest)], txn=new_id(),
                      now=utcnow())
        pushed.update(rest)
        assert all(n == 1 for n in pushed.values())  # never twice
        assert sum(pushed.values()) == made  # never lost
        with db.engine.connect() as conn:
            assert local.pending_count(conn) == 0
            assert conn.exec_driver_sql("SELECT count(*) FROM sync_outbox").scalar() == 0
    finally:
        db.close()
        shutil.rmtree(folder, ignore_errors=True)
