"""The central database: roles, row-level security enforced by PostgreSQL itself, the feed."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
import sqlalchemy as sa

from boligreg.models import new_id, utcnow
from boligreg.models.db import SCHEMA_HEAD
from boligreg.services.central import (
    CentralError,
    DisposableCentral,
    check_client_connection,
    disposable_central,
    init_central,
    inspect_central,
)

pytestmark = pytest.mark.pg


@pytest.fixture
def central(pg_database: str) -> Iterator[DisposableCentral]:
    with disposable_central(pg_database) as c:
        yield c


def _engine(url: str) -> sa.Engine:
    return sa.create_engine(url)


def _stamp() -> dict:
    now = utcnow()
    return {"created_at": now, "updated_at": now, "created_by": "t", "updated_by": "t",
            "version": 1}


def _insert_property(conn: sa.Connection, district: str) -> str:
    pid = new_id()
    conn.execute(sa.text(
        "INSERT INTO property (id, district_code, street_address, postcode, fnr, snr, "
        "owner_kind, created_at, updated_at, created_by, updated_by, version) VALUES "
        "(:id, :d, 'Gate 1', '0190', 0, 0, 'boligbygg', :created_at, :updated_at, "
        ":created_by, :updated_by, :version)"), {"id": pid, "d": district, **_stamp()})
    return pid


def _insert_dwelling(conn: sa.Connection, pid: str, district: str) -> str:
    did = new_id()
    conn.execute(sa.text(
        "INSERT INTO dwelling (id, property_id, unit_number, district_code, target_group, "
        "tenure, status, actual_use, wheelchair_accessible, created_at, updated_at, created_by, "
        "updated_by, version) VALUES (:id, :p, 'H0101', :d, 'ordinary', 'owned', 'occupied', "
        "'housing', false, :created_at, :updated_at, :created_by, :updated_by, :version)"),
        {"id": did, "p": pid, "d": district, **_stamp()})
    return did


@pytest.fixture
def dwellings(central: DisposableCentral) -> dict[str, str]:
    """One dwelling in Gamle Oslo (030101) and one in Sagene (030103), made by the admin."""
    engine = _engine(central.url_for("admin"))
    out = {}
    with engine.begin() as conn:
        for code in ("030101", "030103"):
            out[code] = _insert_dwelling(conn, _insert_property(conn, code), code)
    engine.dispose()
    return out


def test_init_creates_roles_owner_and_forced_rls(central: DisposableCentral) -> None:
    engine = _engine(central.url)
    with engine.connect() as conn:
        names = set(conn.exec_driver_sql(
            "SELECT rolname FROM pg_roles WHERE starts_with(rolname, %s)",
            (central.roles.prefix,)).scalars())
        assert {central.roles.owner, central.roles.admin, central.roles.auditor} <= names
        assert len([n for n in names if "_bydel_" in n]) == 15
        login = dict(conn.exec_driver_sql(
            "SELECT rolname, rolcanlogin FROM pg_roles WHERE starts_with(rolname, %s)",
            (central.roles.prefix,)).all())
        assert not login[central.roles.owner] and not login[central.roles.admin]
        owners = set(conn.exec_driver_sql(
            "SELECT tableowner FROM pg_tables WHERE schemaname = 'public'").scalars())
        assert owners == {central.roles.owner}
        flags = conn.exec_driver_sql(
            "SELECT relname, relrowsecurity, relforcerowsecurity FROM pg_class "
            "WHERE relname IN ('dwelling', 'property', 'agreement', 'tenancy', 'finding', "
            "'agreement_dwelling', 'maintenance_responsibility', 'district')").all()
        assert len(flags) == 8 and all(r[1] and r[2] for r in flags), flags
    engine.dispose()
    # Running it again changes nothing and seeds nothing twice.
    again = init_central(central.url, prefix=central.roles.prefix)
    assert again.created_roles == [] and not again.seeded
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM district").scalar() == 17
    engine.dispose()


def test_bydel_changes_only_its_own_rows(central: DisposableCentral, dwellings) -> None:
    sagene = _engine(central.url_for("03"))  # Sagene = 030103
    with sagene.begin() as conn:
        # Its own dwelling: allowed.
        n = conn.execute(sa.text("UPDATE dwelling SET note = 'egen' WHERE id = :i"),
                         {"i": dwellings["030103"]}).rowcount
        assert n == 1
        # Another bydel's dwelling: PostgreSQL does not let the row be touched.
        n = conn.execute(sa.text("UPDATE dwelling SET note = 'fremmed' WHERE id = :i"),
                         {"i": dwellings["030101"]}).rowcount
        assert n == 0
        n = conn.execute(sa.text("DELETE FROM dwelling WHERE id = :i"),
                         {"i": dwellings["030101"]}).rowcount
        assert n == 0
        # ... but it may read it (one consolidated inventory).
        assert conn.execute(sa.text("SELECT count(*) FROM dwelling")).scalar() == 2
    with pytest.raises(sa.exc.ProgrammingError, match="row-level security"), \
            sagene.begin() as conn:
        _insert_property(conn, "030101")
    with pytest.raises(sa.exc.ProgrammingError, match="row-level security"), \
            sagene.begin() as conn:  # moving its own dwelling into another bydel
        conn.execute(sa.text("UPDATE dwelling SET district_code = '030101' WHERE id = :i"),
                     {"i": dwellings["030103"]})
    with pytest.raises(sa.exc.ProgrammingError, match="row-level security"), \
            sagene.begin() as conn:  # a tenancy in another bydel's dwelling
        conn.execute(sa.text(
            "INSERT INTO tenancy (id, dwelling_id, kind, start_date, created_at, updated_at, "
            "created_by, updated_by, version) VALUES (:id, :d, 'indefinite', '2024-01-01', "
            "now(), now(), 't', 't', 1)"), {"id": new_id(), "d": dwellings["030101"]})
    sagene.dispose()
    admin = _engine(central.url)
    with admin.connect() as conn:
        notes = dict(conn.execute(sa.text("SELECT district_code, note FROM dwelling")).all())
    admin.dispose()
    assert notes == {"030101": None, "030103": "egen"}


def test_set_role_to_a_bydel_group_is_refused_too(central: DisposableCentral, dwellings) -> None:
    engine = _engine(central.url)
    with engine.begin() as conn:
        conn.exec_driver_sql(f'SET LOCAL ROLE "{central.roles.districts["030103"]}"')
        n = conn.execute(sa.text("UPDATE dwelling SET note = 'x' WHERE id = :i"),
                         {"i": dwellings["030101"]}).rowcount
        assert n == 0
    engine.dispose()


def test_client_settings_cannot_widen_access(central: DisposableCentral, dwellings) -> None:
    sagene = _engine(central.url_for("03"))
    with sagene.begin() as conn:
        conn.exec_driver_sql("SET LOCAL boligreg.district = '030101'")
        conn.exec_driver_sql("SET LOCAL application_name = 'admin'")
        n = conn.execute(sa.text("UPDATE dwelling SET note = 'x' WHERE id = :i"),
                         {"i": dwellings["030101"]}).rowcount
        assert n == 0
    with pytest.raises(sa.exc.ProgrammingError), sagene.begin() as conn:
        conn.exec_driver_sql("INSERT INTO central_role VALUES ('x', 'admin', NULL)")
    with pytest.raises(sa.exc.ProgrammingError), sagene.begin() as conn:
        conn.exec_driver_sql(f'SET LOCAL ROLE "{central.roles.admin}"')
    sagene.dispose()


def test_owner_cannot_write_rows_either(central: DisposableCentral) -> None:
    engine = _engine(central.url)
    with pytest.raises(sa.exc.ProgrammingError, match="row-level security"), \
            engine.begin() as conn:
        conn.exec_driver_sql(f'SET LOCAL ROLE "{central.roles.owner}"')
        _insert_property(conn, "030103")
    engine.dispose()


def test_auditor_manages_findings_not_dwellings(central: DisposableCentral, dwellings) -> None:
    auditor = _engine(central.url_for("auditor"))
    with auditor.begin() as conn:
        conn.execute(sa.text(
            "INSERT INTO finding (id, rule, severity, entity_type, entity_id, district_code, "
            "label, message, status, first_seen, last_seen, created_at, updated_at, created_by, "
            "updated_by, version) VALUES (:id, 'r', 'high', 'dwelling', :e, '030101', '', '', "
            "'open', now(), now(), now(), now(), 'a', 'a', 1)"),
            {"id": new_id(), "e": dwellings["030101"]})
        n = conn.execute(sa.text("UPDATE dwelling SET note = 'x'")).rowcount
        assert n == 0
    sagene = _engine(central.url_for("03"))
    with sagene.begin() as conn:
        assert conn.execute(sa.text("UPDATE finding SET status = 'resolved'")).rowcount == 0
    auditor.dispose()
    sagene.dispose()


def test_admin_changes_everything(central: DisposableCentral, dwellings) -> None:
    admin = _engine(central.url_for("admin"))
    with admin.begin() as conn:
        assert conn.execute(sa.text("UPDATE dwelling SET note = 'a'")).rowcount == 2
    admin.dispose()


def test_feed_sequence_follows_commit_order(central: DisposableCentral, dwellings) -> None:
    """A writer holds the feed lock until it commits: nobody can take a later sequence and
    commit first, so pulling by cursor never skips an open transaction's rows."""
    a = _engine(central.url_for("01"))
    b = _engine(central.url_for("03"))
    order: list[str] = []
    with a.connect() as ca:
        ca.begin()
        ca.execute(sa.text("UPDATE dwelling SET note = 'a' WHERE id = :i"),
                   {"i": dwellings["030101"]})

        def other() -> None:
            with b.begin() as cb:
                cb.execute(sa.text("UPDATE dwelling SET note = 'b' WHERE id = :i"),
                           {"i": dwellings["030103"]})
            order.append("b")

        t = threading.Thread(target=other)
        t.start()
        t.join(0.5)
        assert t.is_alive(), "the second writer must wait for the first one's commit"
        # Meanwhile a reader sees neither sequence.
        reader = _engine(central.url)
        with reader.connect() as cr:
            seen = cr.exec_driver_sql("SELECT max(seq) FROM sync_feed").scalar()
        reader.dispose()
        order.append("a")
        ca.commit()
        t.join(10)
    with a.connect() as ca:
        seqs = dict(ca.exec_driver_sql(
            "SELECT entity_id, seq FROM sync_feed WHERE entity_type = 'dwelling'").all())
    a.dispose()
    b.dispose()
    assert order == ["a", "b"]
    assert seqs[dwellings["030101"]] < seqs[dwellings["030103"]]
    assert seen < seqs[dwellings["030101"]]


def test_client_checks(central: DisposableCentral) -> None:
    engine = _engine(central.url)
    with engine.connect() as conn:
        info = inspect_central(conn)
    engine.dispose()
    with pytest.raises(CentralError, match="superbruker"):
        check_client_connection(info)
    engine = _engine(central.url_for("03"))
    with engine.connect() as conn:
        info = inspect_central(conn)
    engine.dispose()
    assert info.kinds == ["district:030103"]
    check_client_connection(info)
    info.revision = "0001"
    with pytest.raises(CentralError, match="skjemaversjon 0001"):
        check_client_connection(info)


def test_cli_central_init_and_add_user(pg_database: str, capsys) -> None:
    from boligreg.cli import main
    from boligreg.services.central import drop_central_roles

    prefix = f"bt{new_id()[:8]}_"
    try:
        assert main(["central", "init", "--url", pg_database, "--prefix", prefix]) == 0
        assert f"skjema {SCHEMA_HEAD}" in capsys.readouterr().out
        assert main(["central", "add-user", "--url", pg_database, "--prefix", prefix,
                     "--name", f"{prefix}kari", "--role", "03"]) == 0
        assert f"{prefix}bydel_03" in capsys.readouterr().out
        assert main(["central", "add-user", "--url", pg_database, "--prefix", prefix,
                     "--name", f"{prefix}x", "--role", "16"]) == 1
    finally:
        drop_central_roles(pg_database, prefix)


def test_unreachable_server_gives_one_clear_message(capsys) -> None:
    from boligreg.cli import main

    url = "postgresql+psycopg://nobody@127.0.0.1:1/none"
    assert main(["central", "init", "--url", url, "--prefix", "bt_unreach_"]) == 1
    err = capsys.readouterr().err
    assert "Får ikke kontakt med sentraldatabasen" in err and "Traceback" not in err


def test_online_edit_of_another_bydels_record_says_permission(central, dwellings) -> None:
    """Working online as Gamle Oslo: saving Sagene's dwelling is refused by RLS, and the
    officer is told it belongs to another bydel — not that someone else changed it."""
    from boligreg.models import Dwelling
    from boligreg.services.central import open_central
    from boligreg.services.register import PermissionDeniedError, save_changes

    db = open_central(central.url_for("01"))
    try:
        with pytest.raises(PermissionDeniedError, match="annen bydel"):
            save_changes(db, Dwelling, dwellings["030103"], expected_version=1,
                         changes={"rooms": 3})
        assert save_changes(db, Dwelling, dwellings["030101"], expected_version=1,
                            changes={"rooms": 3}) == 2
    finally:
        db.close()


def test_central_units_have_roles_and_write_what_they_dispose_of(pg_database: str) -> None:
    """Boligbygg's role writes the dwellings Boligbygg disposes of (wherever they lie) and
    the agreements it holds; a bydel may not touch them, nor Boligbygg a bydel's."""
    kinds = ("admin", "03", "boligbygg", "velferdsetaten")
    with disposable_central(pg_database, kinds=kinds) as central:
        assert set(central.roles.units) >= {"boligbygg", "velferdsetaten", "ungbo"}
        admin = _engine(central.url_for("admin"))
        with admin.begin() as conn:
            pid = _insert_property(conn, "030103")
            mine = _insert_dwelling(conn, pid, "030103")  # in Sagene, disposed by Sagene
            bb = _insert_dwelling(conn, pid, "030103")  # in Sagene, disposed by Boligbygg
            conn.execute(sa.text("UPDATE dwelling SET disposing_unit_code = 'boligbygg' "
                                 "WHERE id = :i"), {"i": bb})
        admin.dispose()
        boligbygg = _engine(central.url_for("boligbygg"))
        sagene = _engine(central.url_for("03"))
        vel = _engine(central.url_for("velferdsetaten"))
        try:
            with boligbygg.begin() as conn:
                assert inspect_central(conn).kinds == ["unit:boligbygg"]
                upd = sa.text("UPDATE dwelling SET note = :n WHERE id = :i")
                assert conn.execute(upd, {"n": "bb", "i": bb}).rowcount == 1
                assert conn.execute(upd, {"n": "bb", "i": mine}).rowcount == 0
                _insert_property(conn, "030112")  # a central unit registers buildings
            with sagene.begin() as conn:
                upd = sa.text("UPDATE dwelling SET note = 'sagene' WHERE id = :i")
                assert conn.execute(upd, {"i": bb}).rowcount == 0
                assert conn.execute(upd, {"i": mine}).rowcount == 1
            with vel.begin() as conn:  # another central unit: neither
                upd = sa.text("UPDATE dwelling SET note = 'vel' WHERE id = :i")
                assert conn.execute(upd, {"i": bb}).rowcount == 0
                assert conn.execute(upd, {"i": mine}).rowcount == 0
            with pytest.raises(sa.exc.ProgrammingError, match="row-level security"), \
                    sagene.begin() as conn:  # a bydel cannot hand its dwelling over alone
                conn.execute(sa.text("UPDATE dwelling SET disposing_unit_code = 'boligbygg' "
                                     "WHERE id = :i"), {"i": mine})
            with pytest.raises(sa.exc.ProgrammingError, match="row-level security"), \
                    boligbygg.begin() as conn:  # nor add a unit (administrators do)
                conn.execute(sa.text(
                    "INSERT INTO unit (id, code, kind, name, official_name, created_at, "
                    "updated_at, created_by, updated_by, version) VALUES (:id, 'x1', "
                    "'central', 'X', 'X', now(), now(), 't', 't', 1)"), {"id": new_id()})
        finally:
            for e in (boligbygg, sagene, vel):
                e.dispose()


def test_transfer_by_sender_receiver_or_admin_only(pg_database: str) -> None:
    """A transfer through the real service on the central: a third unit is refused (nothing
    moves), the sender, the receiver and an admin may each do it, and undo it."""
    from datetime import date

    from boligreg.models.db import open_url
    from boligreg.services.transfers import (
        TransferError,
        apply_transfer,
        preview_transfer,
        undo_transfer,
    )

    kinds = ("admin", "03", "01", "boligbygg")
    with disposable_central(pg_database, kinds=kinds) as central:
        admin = _engine(central.url_for("admin"))
        with admin.begin() as conn:
            pid = _insert_property(conn, "030103")
            ids = [_insert_dwelling(conn, pid, "030103") for _ in range(3)]
            conn.execute(sa.text("UPDATE dwelling SET disposing_unit_code = district_code"))
        admin.dispose()

        def where() -> dict[str, str]:
            e = _engine(central.url)
            with e.connect() as conn:
                out = dict(conn.execute(sa.text(
                    "SELECT id, disposing_unit_code FROM dwelling")).all())
            e.dispose()
            return out

        def attempt(kind: str, src: str, dst: str, ref: str) -> None:
            db = open_url(central.url_for(kind), user=f"t-{kind}")
            try:
                with db.engine.connect() as conn:
                    p = preview_transfer(conn, from_unit=src, to_unit=dst, what="dwellings",
                                         effective=date(2027, 1, 1), reference=ref)
                apply_transfer(db, p)
            finally:
                db.close()

        def undo(kind: str, ref: str) -> None:
            db = open_url(central.url_for(kind), user=f"t-{kind}")
            try:
                undo_transfer(db, ref)
            finally:
                db.close()

        # a third unit (Gamle Oslo) may not move Sagene's dwellings to Boligbygg
        with pytest.raises(TransferError, match="Sentraldatabasen avviste") as refused:
            attempt("01", "03", "boligbygg", "T-0")
        assert refused.value.__cause__.orig.sqlstate == "42501"  # row-level security said no
        assert "Ingenting er endret" in refused.value.nb
        assert set(where().values()) == {"030103"}
        for n, (kind, back) in enumerate((("03", "boligbygg"), ("boligbygg", "03"),
                                          ("admin", "admin"))):
            attempt(kind, "03", "boligbygg", f"T-{n + 1}")
            assert set(where().values()) == {"boligbygg"}, kind
            # the sender no longer writes them; the receiver does
            e = _engine(central.url_for("03"))
            with e.begin() as conn:
                assert conn.execute(sa.text("UPDATE dwelling SET note = 'x' WHERE id = :i"),
                                    {"i": ids[0]}).rowcount == 0
            e.dispose()
            with pytest.raises(TransferError, match="Sentraldatabasen avviste"):
                undo("01", f"T-{n + 1}")  # the third unit cannot undo it either
            undo(back, f"T-{n + 1}")
            assert set(where().values()) == {"030103"}, kind
