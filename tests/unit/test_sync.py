"""Sync between local copies and a real central PostgreSQL: push, pull, merge, conflicts."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from boligreg.errors import CancelledError
from boligreg.models import Database, Dwelling, Property, create_database, open_database
from boligreg.services.central import CentralError, DisposableCentral, disposable_central
from boligreg.services.register import restore, save_changes, soft_delete
from boligreg.services.sync import (
    SyncError,
    list_conflicts,
    resolve_conflict,
    sync,
    sync_status,
)

pytestmark = pytest.mark.pg

SYNCED_COMPARE = ("property", "dwelling", "agreement", "agreement_dwelling",
                  "maintenance_responsibility", "tenancy", "indicator")


@pytest.fixture
def central(pg_database: str) -> Iterator[DisposableCentral]:
    with disposable_central(pg_database) as c:
        yield c


@pytest.fixture
def copies(tmp_path: Path) -> Iterator[tuple[Database, Database]]:
    a = create_database(tmp_path / "a.db", user="kari")
    b = create_database(tmp_path / "b.db", user="ola")
    yield a, b
    a.close()
    b.close()


def dump(conn: sa.Connection) -> dict[str, dict[str, dict]]:
    """Every synced row (every column), JSON-normalised, keyed by table and id."""
    from boligreg.services.sync.merge import jsonable_row

    out = {}
    for name in SYNCED_COMPARE:
        t = sa.Table(name, sa.MetaData(), autoload_with=conn)
        out[name] = {r.id: jsonable_row(dict(r._mapping)) for r in conn.execute(t.select())}
    return out


def dump_db(db: Database) -> dict:
    with db.engine.connect() as conn:
        return dump(conn)


def dump_url(url: str) -> dict:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            return dump(conn)
    finally:
        engine.dispose()


def add_dwelling(db: Database, district: str = "030103", unit: str = "H0101") -> str:
    with db.session() as s:
        p = Property(district_code=district, street_address="Sandakerveien 10",
                     postcode="0473", gnr=75, bnr=10, owner_kind="boligbygg")
        d = Dwelling(property=p, unit_number=unit, district_code=district, rooms=2)
        s.add(d)
        s.flush()
        return d.id


def version(db: Database, did: str) -> int:
    with db.session() as s:
        return s.get(Dwelling, did).version


def edit(db: Database, did: str, **changes) -> None:
    save_changes(db, Dwelling, did, expected_version=version(db, did), changes=changes)


def get(db: Database, did: str) -> Dwelling:
    with db.session() as s:
        return s.get(Dwelling, did)


def test_push_then_pull_reaches_the_other_copy(central, copies) -> None:
    a, b = copies
    url = central.url_for("03")
    did = add_dwelling(a)
    r = sync(a, url)
    assert (r.pushed, r.applied, r.conflicts) == (2, 2, 0)
    assert sync_status(a).pending == 0
    r = sync(b, url)
    assert r.pulled == 2
    assert get(b, did).unit_number == "H0101"
    assert dump_db(a) == dump_db(b) == dump_url(central.url)
    # Nothing to do: nothing sent, nothing fetched.
    r = sync(a, url)
    assert (r.pushed, r.pulled) == (0, 0)
    st = sync_status(a)
    assert st.last_success_at is not None and st.pending == 0 and st.last_error is None


def test_different_fields_merge_by_themselves(central, copies) -> None:
    a, b = copies
    url = central.url_for("03")
    did = add_dwelling(a)
    sync(a, url)
    sync(b, url)
    edit(a, did, rooms=3)
    edit(b, did, note="ny kjøkkenbenk")
    sync(a, url)
    r = sync(b, url)
    assert (r.merged, r.conflicts) == (1, 0)
    sync(a, url)
    for db in (a, b):
        d = get(db, did)
        assert (d.rooms, d.note) == (3, "ny kjøkkenbenk")
    assert dump_db(a) == dump_db(b) == dump_url(central.url)
    assert list_conflicts(a) == [] and list_conflicts(b) == []


def test_same_field_keeps_both_values_for_a_person(central, copies) -> None:
    a, b = copies
    url = central.url_for("03")
    did = add_dwelling(a)
    sync(a, url)
    sync(b, url)
    edit(a, did, rooms=3, note="a")
    edit(b, did, rooms=4, area_m2=55.5)
    sync(a, url)
    r = sync(b, url)
    assert r.conflicts == 1
    [c] = list_conflicts(b)
    assert (c.kind, c.fields) == ("field", ["rooms"])
    assert (c.local["rooms"], c.server["rooms"], c.local["area_m2"]) == (4, 3, 55.5)
    rooms = next(row for row in c.rows if row.field == "rooms")
    assert (rooms.label, rooms.local, rooms.server, rooms.disputed) == ("Antall rom", "4", "3",
                                                                        True)
    # The non-clashing field merged; the record holds the central's value meanwhile.
    d = get(b, did)
    assert (d.rooms, d.area_m2, d.note) == (3, 55.5, "a")
    sync(a, url)
    assert dump_db(a) == dump_db(b) == dump_url(central.url)
    # The person keeps their own value; the next sync completes it everywhere.
    resolve_conflict(b, c.id, "local")
    assert list_conflicts(b) == []
    sync(b, url)
    sync(a, url)
    assert get(a, did).rooms == 4 and get(b, did).rooms == 4
    assert dump_db(a) == dump_db(b) == dump_url(central.url)


def test_merge_choice_per_field(central, copies) -> None:
    a, b = copies
    url = central.url_for("03")
    did = add_dwelling(a)
    sync(a, url)
    sync(b, url)
    edit(a, did, rooms=3, note="fra a")
    edit(b, did, rooms=4, note="fra b")
    sync(a, url)
    sync(b, url)
    [c] = list_conflicts(b)
    assert sorted(c.fields) == ["note", "rooms"]
    assert resolve_conflict(b, c.id, {"rooms": "local", "note": "server"}) == "merged"
    sync(b, url)
    sync(a, url)
    for db in (a, b):
        d = get(db, did)
        assert (d.rooms, d.note) == (4, "fra a")


def test_delete_is_a_tombstone_that_never_resurrects(central, copies) -> None:
    a, b = copies
    url = central.url_for("03")
    did = add_dwelling(a)
    sync(a, url)
    sync(b, url)
    soft_delete(a, Dwelling, did, expected_version=version(a, did))
    edit(b, did, rooms=5)  # made offline, before b heard of the delete
    sync(a, url)
    r = sync(b, url)
    assert r.conflicts == 1
    [c] = list_conflicts(b)
    assert c.kind == "deleted" and "deleted_at" in c.fields
    sync(a, url)
    for db in (a, b):
        assert get(db, did).deleted_at is not None
    assert dump_db(a) == dump_db(b) == dump_url(central.url)
    # Keeping the central's version: it stays deleted everywhere.
    resolve_conflict(b, c.id, "server")
    sync(b, url)
    assert get(b, did).deleted_at is not None


def test_delete_against_edit_elsewhere_is_a_conflict(central, copies) -> None:
    a, b = copies
    url = central.url_for("03")
    did = add_dwelling(a)
    sync(a, url)
    sync(b, url)
    edit(a, did, rooms=5)
    soft_delete(b, Dwelling, did, expected_version=version(b, did))
    sync(a, url)
    r = sync(b, url)
    assert r.conflicts == 1
    # Nothing was deleted behind a's back; b's delete waits in b's list.
    assert get(b, did).deleted_at is None and get(b, did).rooms == 5
    [c] = list_conflicts(b)
    resolve_conflict(b, c.id, "local")  # b still wants it gone
    sync(b, url)
    sync(a, url)
    assert get(a, did).deleted_at is not None


def test_restore_is_an_explicit_change_and_travels(central, copies) -> None:
    a, b = copies
    url = central.url_for("03")
    did = add_dwelling(a)
    soft_delete(a, Dwelling, did, expected_version=version(a, did))
    sync(a, url)
    sync(b, url)
    assert get(b, did).deleted_at is not None
    restore(b, Dwelling, did, expected_version=version(b, did))
    sync(b, url)
    sync(a, url)
    assert get(a, did).deleted_at is None


def test_row_level_security_has_the_last_word(central, copies) -> None:
    a, b = copies
    did = add_dwelling(a, district="030101")  # Gamle Oslo
    sync(a, central.url_for("01"))
    sync(b, central.url_for("03"))  # b is Sagene's copy
    edit(b, did, rooms=9)  # not Sagene's dwelling
    own = add_dwelling(b, district="030103", unit="H0202")  # Sagene's: goes through
    r = sync(b, central.url_for("03"))
    assert r.rejected == 1 and r.applied == 2
    [c] = list_conflicts(b)
    assert c.kind == "rejected" and "skrivetilgang" in c.reason
    assert c.local["rooms"] == 9
    assert get(b, did).rooms == 2  # back to the central's version
    central_rows = dump_url(central.url)
    assert central_rows["dwelling"][did]["rooms"] == 2
    assert own in central_rows["dwelling"]
    assert dump_db(b) == central_rows


def test_insert_refused_by_rls_leaves_no_local_orphan(central, copies) -> None:
    _a, b = copies
    did = add_dwelling(b, district="030101")
    r = sync(b, central.url_for("03"))
    assert r.rejected == 2  # property and dwelling, both Gamle Oslo's
    assert get(b, did) is None
    assert {c.kind for c in list_conflicts(b)} == {"rejected"}
    assert dump_db(b) == dump_url(central.url)


def test_push_is_idempotent_by_change_id(central, copies) -> None:
    """The central committed but the answer never arrived: the same push again changes
    nothing twice and gives the same answer."""
    from boligreg.services.central import central_engine
    from boligreg.services.sync import local, server

    a, b = copies
    url = central.url_for("03")
    did = add_dwelling(a)
    sync(a, url)
    sync(b, url)
    edit(a, did, rooms=3)
    edit(b, did, rooms=4)
    sync(a, url)
    with b.engine.begin() as lc:
        client_id = local.lock_local(lc, __import__("datetime").datetime.now())["client_id"]
    with b.engine.connect() as lc:
        groups = local.read_pending(lc)
    with central_engine(url) as ce, ce.connect() as sc:
        first = server.push(sc, client_id, groups)
        again = server.push(sc, client_id, groups)
    assert [o.outcome for o in first] == [o.outcome for o in again] == ["conflict"]
    assert again[0].replayed and again[0].conflicts[0]["id"] == first[0].conflict["id"]
    engine = sa.create_engine(central.url)
    with engine.connect() as conn:
        logged = conn.exec_driver_sql(
            "SELECT count(*) FROM sync_applied WHERE client_id = %s", (client_id,)).scalar()
        version_now = conn.exec_driver_sql(
            "SELECT version FROM dwelling WHERE id = %s", (did,)).scalar()
    engine.dispose()
    assert logged == 1 and version_now == 2
    r = sync(b, url)  # the real sync after the "lost" answer: replayed, conflict kept once
    assert r.conflicts == 1
    sync(b, url)
    assert len(list_conflicts(b)) == 1


def test_server_on_another_schema_is_refused(central, copies) -> None:
    a, _b = copies
    add_dwelling(a)
    engine = sa.create_engine(central.url)
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0099'")
    engine.dispose()
    with pytest.raises(CentralError, match="skjemaversjon 0099"):
        sync(a, central.url_for("03"))
    assert sync_status(a).pending == 2  # nothing left the copy


def test_owner_or_superuser_is_refused(central, copies) -> None:
    a, _b = copies
    with pytest.raises(CentralError, match="superbruker"):
        sync(a, central.url)


def test_copy_belongs_to_one_central(central, copies, pg_url) -> None:
    a, _b = copies
    sync(a, central.url_for("03"))
    with a.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE sync_state SET central_id = 'another'")
    with pytest.raises(SyncError, match="annen sentraldatabase"):
        sync(a, central.url_for("03"))


def test_unreachable_central_is_a_clear_message(copies) -> None:
    a, _b = copies
    with pytest.raises(CentralError, match="Får ikke kontakt"):
        sync(a, "postgresql+psycopg://nobody@127.0.0.1:1/none")


def test_demo_copies_never_sync(central, tmp_path: Path) -> None:
    db = create_database(tmp_path / "demo.db")
    with db.engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO app_meta (key, value) VALUES ('demo', '1')")
    db.close()
    db = open_database(tmp_path / "demo.db")
    try:
        with pytest.raises(SyncError, match="Demodata"):
            sync(db, central.url_for("03"))
    finally:
        db.close()


def test_cancel_before_push_sends_nothing(central, copies) -> None:
    a, _b = copies
    add_dwelling(a)
    with pytest.raises(CancelledError):
        sync(a, central.url_for("03"), cancel=lambda: True)
    assert sync_status(a).pending == 2
    assert dump_url(central.url)["dwelling"] == {}


def test_pull_pages_bring_parents_along(central, copies) -> None:
    """A page may hold a dwelling whose property's latest change comes later in the feed."""
    a, b = copies
    url = central.url_for("03")
    did = add_dwelling(a)
    sync(a, url)
    with a.session() as s:  # the property changes after the dwelling: later in the feed
        s.get(Dwelling, did).property.street_address = "Sandakerveien 12"
    sync(a, url)
    r = sync(b, url, page_size=1)
    assert r.pulled >= 2
    assert dump_db(b) == dump_url(central.url)


def test_status_and_local_change_log_of_pulled_edits(central, copies) -> None:
    a, b = copies
    url = central.url_for("03")
    did = add_dwelling(a)
    assert sync_status(a).pending == 2
    sync(a, url)
    sync(b, url)
    edit(a, did, rooms=7)
    sync(a, url)
    sync(b, url)
    with b.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT field, old_value, new_value, changed_by FROM change_log "
            "WHERE entity_id = ? AND action = 'update'", (did,)).all()
        stamp = conn.exec_driver_sql("SELECT updated_at FROM dwelling WHERE id = ?",
                                     (did,)).scalar()
    assert [(f, json.loads(o), json.loads(n), who) for f, o, n, who in rows
            if f != "updated_at"] == [("rooms", 2, 7, "kari")]
    # The pulled row keeps the other copy's stamp, and the log says so (services/history).
    [(_f, _o, new_stamp, _who)] = [r for r in rows if r[0] == "updated_at"]
    assert json.loads(new_stamp) == stamp.replace(" ", "T").removesuffix(".000000")


def test_keeping_mine_does_not_undo_the_other_sides_other_fields(central, copies) -> None:
    """B keeps its own value of the disputed field; A's change to another field, which B's
    stale copy never had, must survive the decision."""
    a, b = copies
    url = central.url_for("03")
    did = add_dwelling(a)
    sync(a, url)
    sync(b, url)
    edit(a, did, rooms=3, note="fra a")
    edit(b, did, rooms=4)
    sync(a, url)
    sync(b, url)
    [c] = list_conflicts(b)
    assert c.fields == ["rooms"]
    resolve_conflict(b, c.id, "local")
    sync(b, url)
    sync(a, url)
    for db in (a, b):
        d = get(db, did)
        assert (d.rooms, d.note) == (4, "fra a")


def test_keeping_my_delete_does_not_undo_their_edit(central, copies) -> None:
    a, b = copies
    url = central.url_for("03")
    did = add_dwelling(a)
    sync(a, url)
    sync(b, url)
    edit(a, did, note="viktig")
    soft_delete(b, Dwelling, did, expected_version=version(b, did))
    sync(a, url)
    sync(b, url)
    [c] = list_conflicts(b)
    resolve_conflict(b, c.id, "local")
    sync(b, url)
    sync(a, url)
    for db in (a, b):
        d = get(db, did)
        assert d.deleted_at is not None and d.note == "viktig"


def test_transfer_made_on_a_copy_syncs_through_the_central(pg_database: str,
                                                           copies) -> None:
    """Sagene transfers its dwellings to Boligbygg on its own copy; the push is accepted by
    row-level security (the items before the records), Boligbygg's copy pulls them as its
    own, and the undo travels the same way."""
    from datetime import date

    from boligreg.services.transfers import apply_transfer, preview_transfer, undo_transfer

    a, b = copies
    with disposable_central(pg_database, kinds=("03", "boligbygg")) as central:
        sagene, boligbygg = central.url_for("03"), central.url_for("boligbygg")
        ids = [add_dwelling(a, unit=u) for u in ("H0101", "H0102")]
        sync(a, sagene)
        with a.engine.connect() as conn:
            p = preview_transfer(conn, from_unit="03", to_unit="boligbygg", what="dwellings",
                                 effective=date(2027, 1, 1), reference="2026/77")
        apply_transfer(a, p)
        r = sync(a, sagene)
        assert (r.conflicts, r.rejected) == (0, 0), r
        sync(b, boligbygg)
        for did in ids:
            assert get(b, did).disposing_unit_code == "boligbygg"
        edit(b, ids[0], rooms=4)  # now Boligbygg's to change ...
        assert sync(b, boligbygg).rejected == 0
        undo_transfer(b, "2026/77")  # ... and to give back
        r = sync(b, boligbygg)
        assert (r.conflicts, r.rejected) == (0, 0), r
        sync(a, sagene)
        assert {get(a, did).disposing_unit_code for did in ids} == {"030103"}
        assert get(a, ids[0]).rooms == 4
        assert dump_db(a) == dump_db(b) == dump_url(central.url)
