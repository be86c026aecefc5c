"""The rest of the hostile-world round against the central (S3, S4, S6, S7, init checks).

S3: no login can hold the feed shut: the old advisory key no longer gates anything, and a
write transaction some login leaves open makes others' syncs answer "busy" within the lock
timeout (with who holds it), never hang. S4: an existing central keeps its prefix. S6: a
bydel cannot hang its dwelling under another bydel's property nor link its agreement to
another bydel's dwelling. S7: add-user refuses existing and reserved roles and second roles
unless asked. Init as a non-superuser is one clear message.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
import sqlalchemy as sa

from boligreg.cli import main
from boligreg.models import (
    Agreement,
    AgreementDwelling,
    Database,
    Dwelling,
    Property,
    create_database,
    new_id,
    utcnow,
)
from boligreg.services.central import (
    CentralBusyError,
    CentralError,
    DisposableCentral,
    add_login,
    disposable_central,
    init_central,
    open_central,
)
from boligreg.services.sync import sync

pytestmark = pytest.mark.pg


def _dsn(url: str) -> str:
    return sa.make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


@pytest.fixture
def central(pg_database: str) -> Iterator[DisposableCentral]:
    with disposable_central(pg_database) as c:
        yield c


@pytest.fixture
def copy(tmp_path: Path) -> Iterator[Database]:
    db = create_database(tmp_path / "a.db", user="kari")
    yield db
    db.close()


def _add_dwelling(db: Database, district: str = "030103") -> str:
    with db.session() as s:
        p = Property(district_code=district, street_address="Sandakerveien 10",
                     postcode="0473", gnr=75, bnr=10, owner_kind="boligbygg")
        d = Dwelling(property=p, unit_number="H0101", district_code=district, rooms=2)
        s.add(d)
        s.flush()
        return d.id


def test_old_advisory_key_gates_nothing(central: DisposableCentral, copy: Database) -> None:
    """Holding pg_advisory_lock(1114598503) — the key every login could take — no longer
    stalls anyone: the sync goes through at once."""
    with psycopg.connect(_dsn(central.url_for("01")), autocommit=True) as holder:
        holder.execute("SELECT pg_advisory_lock(1114598503)")
        _add_dwelling(copy)
        t0 = time.monotonic()
        result = sync(copy, central.url_for("03"), retry_delays=(), lock_timeout_ms=2000)
        assert result.applied == 2  # the property and its dwelling
        assert time.monotonic() - t0 < 60  # it did not wait for the holder (which never lets go)


def test_a_login_cannot_lock_the_gate_itself(central: DisposableCentral) -> None:
    with psycopg.connect(_dsn(central.url_for("01"))) as conn, \
            pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("LOCK TABLE public.boligreg_feed_gate IN EXCLUSIVE MODE")


def test_open_write_elsewhere_gives_busy_with_holder_then_retry_succeeds(
        central: DisposableCentral, copy: Database) -> None:
    holder = psycopg.connect(_dsn(central.url_for("01")))
    login = central.logins["01"]
    try:
        holder.execute("SELECT public.boligreg_take_feed_lock()")  # a write left open
        _add_dwelling(copy)
        t0 = time.monotonic()
        with pytest.raises(CentralBusyError) as err:
            sync(copy, central.url_for("03"), retry_delays=(), lock_timeout_ms=1000)
        assert time.monotonic() - t0 < 30
        assert "opptatt" in err.value.args[0] and login in err.value.args[0]
        # The holder lets go during the retry wait: the same sync call gets through.
        threading.Timer(1.0, holder.rollback).start()
        result = sync(copy, central.url_for("03"), retry_delays=(3.0,), lock_timeout_ms=1000)
        assert result.applied == 2  # the property and its dwelling
    finally:
        holder.close()


def test_cli_sync_on_busy_central_is_one_message(central: DisposableCentral, tmp_path: Path,
                                                 capsys, monkeypatch) -> None:
    from boligreg.services.sync import engine

    monkeypatch.setattr(engine, "BUSY_RETRY_DELAYS", ())
    monkeypatch.setattr("boligreg.services.central.LOCK_TIMEOUT_MS", 1000)
    path = tmp_path / "c.db"
    db = create_database(path, user="kari")
    _add_dwelling(db)
    db.close()
    with psycopg.connect(_dsn(central.url_for("01"))) as holder:
        holder.execute("SELECT public.boligreg_take_feed_lock()")
        code = main(["sync", "--db", str(path), "--central", central.url_for("03"), "--quiet"])
    out = capsys.readouterr()
    assert code == 1
    assert "opptatt" in out.err and "Traceback" not in out.err


def test_init_keeps_an_existing_prefix(central: DisposableCentral) -> None:
    again = init_central(central.url)  # no prefix: the central's own
    assert again.roles.prefix == central.roles.prefix
    with pytest.raises(CentralError, match="rolleprefikset"):
        init_central(central.url, prefix="boligreg_")
    with pytest.raises(CentralError, match="rolleprefikset"):
        add_login(central.url, "someone_new", "01", prefix="other_")


def test_cli_init_without_prefix_on_existing_central(central: DisposableCentral, capsys) -> None:
    assert main(["central", "init", "--url", central.url]) == 0
    assert central.roles.prefix in capsys.readouterr().out
    assert main(["central", "init", "--url", central.url, "--prefix", "boligreg_"]) == 1
    assert "rolleprefikset" in capsys.readouterr().err


def test_init_as_non_superuser_is_refused_clearly(central: DisposableCentral, capsys) -> None:
    code = main(["central", "init", "--url", central.url_for("admin")])
    err = capsys.readouterr().err
    assert code == 1 and "superbruker" in err and "Traceback" not in err


def test_add_user_refuses_existing_reserved_and_second_roles(central: DisposableCentral) -> None:
    prefix = central.roles.prefix
    for name in ("postgres", "pg_signal_backend", central.roles.admin):
        with pytest.raises(CentralError):
            add_login(central.url, name, "01")
    # A role made outside boligreg: only with existing=True.
    outsider = f"{prefix}outsider"
    with psycopg.connect(_dsn(central.url), autocommit=True) as conn:
        conn.execute(f'CREATE ROLE "{outsider}" LOGIN')
    with pytest.raises(CentralError, match="--existing"):
        add_login(central.url, outsider, "01")
    assert add_login(central.url, outsider, "01", existing=True) == central.roles.role_for("01")
    # A second bydel: only with also=True.
    bydel01 = central.logins["01"]
    with pytest.raises(CentralError, match="--also"):
        add_login(central.url, bydel01, "03", existing=True)
    add_login(central.url, bydel01, "03", existing=True, also=True)
    with psycopg.connect(_dsn(central.url)) as conn:
        groups = {r for (r,) in conn.execute(
            "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
            "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = %s", (bydel01,))}
        superusers = {r for (r,) in conn.execute(
            "SELECT u.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
            "JOIN pg_roles u ON u.oid = m.member WHERE g.rolname = %s", (central.roles.admin,))}
    assert groups == {central.roles.role_for("01"), central.roles.role_for("03")}
    assert "postgres" not in superusers


def _stamp() -> dict:
    now = utcnow()
    return {"c": now, "u": now}


def test_bydel_cannot_use_another_bydels_property_or_dwelling(central: DisposableCentral
                                                               ) -> None:
    ids = {}
    with psycopg.connect(_dsn(central.url_for("admin"))) as conn:
        for code in ("030101", "030103"):
            pid, did = new_id(), new_id()
            conn.execute(
                "INSERT INTO property (id, district_code, street_address, postcode, fnr, snr, "
                "owner_kind, created_at, updated_at, created_by, updated_by, version) VALUES "
                "(%(id)s, %(d)s, 'Gate 1', '0190', 0, 0, 'boligbygg', %(c)s, %(u)s, 't', 't', 1)",
                {"id": pid, "d": code, **_stamp()})
            conn.execute(
                "INSERT INTO dwelling (id, property_id, unit_number, district_code, "
                "target_group, tenure, status, actual_use, wheelchair_accessible, created_at, "
                "updated_at, created_by, updated_by, version) VALUES (%(id)s, %(p)s, 'H0101', "
                "%(d)s, 'ordinary', 'owned', 'occupied', 'housing', false, %(c)s, %(u)s, 't', "
                "'t', 1)", {"id": did, "p": pid, "d": code, **_stamp()})
            ids[code] = (pid, did)
    sagene_property, sagene_dwelling = ids["030103"]
    with psycopg.connect(_dsn(central.url_for("01"))) as conn:
        # A Gamle Oslo dwelling under Sagene's building.
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(
                "INSERT INTO dwelling (id, property_id, unit_number, district_code, "
                "target_group, tenure, status, actual_use, wheelchair_accessible, created_at, "
                "updated_at, created_by, updated_by, version) VALUES (%(id)s, %(p)s, 'H0201', "
                "'030101', 'ordinary', 'owned', 'occupied', 'housing', false, %(c)s, %(u)s, "
                "'t', 't', 1)", {"id": new_id(), "p": sagene_property, **_stamp()})
        conn.rollback()
        # Moving its own dwelling under Sagene's building.
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE dwelling SET property_id = %s WHERE id = %s",
                         (sagene_property, ids["030101"][1]))
        conn.rollback()
    # An agreement of Gamle Oslo's linked to Sagene's dwelling, written as the app does.
    db = open_central(central.url_for("01"), user="kari")
    try:
        with pytest.raises(sa.exc.DBAPIError, match="row-level security"), db.session() as s:
            a = Agreement(district_code="030101", kind="lease", reference="A-1",
                          start_date=utcnow().date())
            s.add(a)
            s.flush()
            s.add(AgreementDwelling(agreement_id=a.id, dwelling_id=sagene_dwelling,
                                    from_date=utcnow().date()))
            s.flush()
    finally:
        db.close()


def test_central_logs_the_real_login_not_what_the_client_says(central: DisposableCentral,
                                                              copy: Database) -> None:
    """S5: a copy whose OS user claims to be someone else pushes; an online edit follows. The
    central's own log names the logins, and its values read as a local copy's log does."""
    with copy.session() as s:  # the copy's author is "kari"; she claims to be "postgres"
        s.info["user"] = "postgres"
        p = Property(district_code="030103", street_address="Sandakerveien 10",
                     postcode="0473", gnr=75, bnr=10, owner_kind="boligbygg")
        d = Dwelling(property=p, unit_number="H0101", district_code="030103", rooms=2,
                     area_m2=40.0)
        s.add(d)
        s.flush()
        did = d.id
    sync(copy, central.url_for("03"))
    online = open_central(central.url_for("03"), user="postgres")
    try:
        with online.session() as s:
            row = s.get(Dwelling, did)
            row.area_m2 = 52.5
            row.rooms = 3
    finally:
        online.close()
    with psycopg.connect(_dsn(central.url)) as conn:
        log = conn.execute(
            "SELECT action, field, new_value, changed_by FROM change_log "
            "WHERE entity_id = %s ORDER BY changed_at, field", (did,)).fetchall()
        applied_by = {r for (r,) in conn.execute("SELECT DISTINCT applied_by FROM sync_applied")}
    login = central.logins["03"]
    assert {who for *_, who in log} == {login}
    assert applied_by == {login}
    assert [(a, f, v) for a, f, v, _ in log if a == "update"] == [
        ("update", "area_m2", "52.5"), ("update", "rooms", "3")]
    import json

    inserted = json.loads(next(v for a, _f, v, _ in log if a == "insert"))
    assert inserted["area_m2"] == 40.0 and inserted["rooms"] == 2 and inserted["id"] == did
