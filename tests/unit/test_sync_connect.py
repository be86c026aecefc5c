"""Connection profiles and "Test tilkobling" (services/sync/connect.py): every failure class
provoked for real and told in Norwegian, the password only in the keyring, one sync from a
profile against the real PostgreSQL."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from boligreg.models import Dwelling, Property
from boligreg.services.central import DisposableCentral, disposable_central
from boligreg.services.sync import sync_status
from boligreg.services.sync.connect import (
    FAILURE_KINDS,
    KEYRING_SERVICE,
    ConnectError,
    ConnectionProfile,
    check_connection,
    classify,
    dump_profiles,
    forget_password,
    get_password,
    load_profiles,
    profile_from_url,
    store_password,
    sync_with_profile,
    validate_profile,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from pgwire import closed_port, password_refusing_server  # noqa: E402

# What a person must never see: the driver's English words.
ENGLISH = re.compile(r"connection|failed|refused|does not exist|authentication|password|"
                     r"FATAL|server at|socket", re.I)


def assert_norwegian(err: ConnectError, kind: str) -> None:
    assert err.kind == kind, (err.kind, err.nb, err.detail)
    assert err.heading == FAILURE_KINDS[kind]
    assert not ENGLISH.search(err.nb), err.nb


@pytest.fixture
def central(pg_database: str) -> Iterator[DisposableCentral]:
    with disposable_central(pg_database, kinds=("03",)) as c:
        yield c


def superuser(central: DisposableCentral) -> sa.Engine:
    return sa.create_engine(central.url, isolation_level="AUTOCOMMIT")


def bydel_profile(central: DisposableCentral) -> ConnectionProfile:
    return profile_from_url(central.url_for("03"), "Sagene")


# --- profiles and the keyring -----------------------------------------------------------
def test_profile_builds_the_url_and_is_stored_without_password(memory_keyring) -> None:
    p = ConnectionProfile("Jobb", "boligreg.oslo.kommune.no", 5433, "boligreg", "kari")
    url = p.url("hemmelig")
    assert (url.drivername, url.host, url.port, url.database, url.username, url.password) == (
        "postgresql+psycopg", "boligreg.oslo.kommune.no", 5433, "boligreg", "kari", "hemmelig")
    assert p.url().password is None
    text = dump_profiles([p])
    assert "hemmelig" not in text and "password" not in text
    assert load_profiles(text) == [p]
    # A password typed into the settings file by hand is never read back.
    planted = text.replace('"user": "kari"', '"user": "kari", "password": "planted"')
    assert load_profiles(planted) == [p]
    assert load_profiles("not json") == [] and load_profiles(None) == []
    store_password(p, "hemmelig")
    assert memory_keyring == {(KEYRING_SERVICE, "kari@boligreg.oslo.kommune.no:5433/boligreg"):
                              "hemmelig"}
    assert get_password(p) == "hemmelig"
    forget_password(p)
    assert get_password(p) is None and memory_keyring == {}


def test_validation_names_the_field() -> None:
    good = ConnectionProfile(" Jobb ", " db.example ", 5432, "boligreg", " kari ")
    assert validate_profile(good) == ConnectionProfile("Jobb", "db.example", 5432, "boligreg",
                                                       "kari")
    for bad, field in ((good.__class__("", "db", 5432, "b", "k"), "name"),
                       (good.__class__("J", "", 5432, "b", "k"), "server"),
                       (good.__class__("J", "db x", 5432, "b", "k"), "server"),
                       (good.__class__("J", "db", 0, "b", "k"), "port"),
                       (good.__class__("J", "db", 70000, "b", "k"), "port"),
                       (good.__class__("J", "db", 5432, "", "k"), "database"),
                       (good.__class__("J", "db", 5432, "b", ""), "user")):
        with pytest.raises(Exception) as info:
            validate_profile(bad)
        assert getattr(info.value, "field", None) == field


def test_profile_from_an_old_address_drops_the_password() -> None:
    p = profile_from_url("postgresql+psycopg://kari:hemmelig@db.example:6543/sentral")
    assert p == ConnectionProfile("Sentraldatabasen", "db.example", 6543, "sentral", "kari")


# --- failures that need no central ----------------------------------------------------------
def test_unreachable_server_closed_port() -> None:
    p = ConnectionProfile("X", "127.0.0.1", closed_port(), "boligreg", "kari")
    with pytest.raises(ConnectError) as info:
        check_connection(p, None)
    assert_norwegian(info.value, "unreachable")
    assert f"port {p.port}" in info.value.nb
    assert "refused" in info.value.detail.lower()  # the driver's words kept for the log


def test_unknown_host() -> None:
    p = ConnectionProfile("X", "ingen-slik-server.invalid", 5432, "boligreg", "kari")
    with pytest.raises(ConnectError) as info:
        check_connection(p, None)
    assert_norwegian(info.value, "unknown_host")
    assert "ingen-slik-server.invalid" in info.value.nb


def test_wrong_password_from_a_password_checking_server() -> None:
    """The real libpq/psycopg error of a refused password (see tests/pgwire.py for why a
    stand-in server: the test cluster trusts 127.0.0.1)."""
    with password_refusing_server() as (port, received):
        p = ConnectionProfile("X", "127.0.0.1", port, "boligreg", "kari")
        with pytest.raises(ConnectError) as info:
            check_connection(p, "feil-passord")
        assert received == ["feil-passord"]
        assert_norwegian(info.value, "auth")
        assert "«kari»" in info.value.nb
        assert "password authentication failed" in info.value.detail
        with pytest.raises(ConnectError) as info:
            check_connection(p, None)
        assert_norwegian(info.value, "password_missing")


# --- failures against the real PostgreSQL --------------------------------------------------
@pytest.mark.pg
def test_connects_from_a_profile_and_names_the_role(central) -> None:
    check = check_connection(bydel_profile(central), central.password)
    assert check.user == central.logins["03"]
    assert check.roles == ["Bydel Sagene"]
    assert check.summary.startswith(f"Tilkoblet som {central.logins['03']} — Bydel Sagene")


@pytest.mark.pg
def test_unknown_user_is_an_authentication_failure(central) -> None:
    p = ConnectionProfile("X", *_where(central), user="ingen_slik_bruker")
    with pytest.raises(ConnectError) as info:
        check_connection(p, "x")
    assert_norwegian(info.value, "auth")


@pytest.mark.pg
def test_wrong_password_on_the_test_server_is_what_its_hba_rule_says(central) -> None:
    """A login with a password, tried with another one. Under ``trust`` (the test cluster's
    rule for 127.0.0.1) PostgreSQL never asks, so it connects; under a password rule it is
    refused as "auth". Which rule applies is read from pg_hba_file_rules, not assumed."""
    with superuser(central).connect() as conn:
        method = conn.exec_driver_sql(
            "SELECT auth_method FROM pg_hba_file_rules WHERE type = 'host' "
            "AND '127.0.0.1'::inet <<= (address || '/' || "
            "coalesce(masklen(netmask::inet), 32))::inet ORDER BY line_number LIMIT 1"
        ).scalar()
    p = bydel_profile(central)
    if method == "trust":
        assert check_connection(p, "ganske-sikkert-feil").user == central.logins["03"]
    else:
        with pytest.raises(ConnectError) as info:
            check_connection(p, "ganske-sikkert-feil")
        assert_norwegian(info.value, "auth")


def _where(central: DisposableCentral) -> tuple[str, int, str]:
    u = sa.make_url(central.url)
    return u.host or "127.0.0.1", u.port or 5432, u.database or ""


@pytest.mark.pg
def test_database_missing(central) -> None:
    host, port, _db = _where(central)
    p = ConnectionProfile("X", host, port, "boligreg_finnes_ikke", central.logins["03"])
    with pytest.raises(ConnectError) as info:
        check_connection(p, central.password)
    assert_norwegian(info.value, "no_database")
    assert "«boligreg_finnes_ikke»" in info.value.nb


@pytest.mark.pg
def test_a_plain_database_is_not_a_central(central) -> None:
    host, port, _db = _where(central)
    p = ConnectionProfile("X", host, port, "postgres", central.logins["03"])
    with pytest.raises(ConnectError) as info:
        check_connection(p, central.password)
    assert_norwegian(info.value, "not_central")


@pytest.mark.pg
def test_wrong_schema_version(central) -> None:
    from boligreg.models.db import SCHEMA_HEAD

    with superuser(central).connect() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0001'")
    with pytest.raises(ConnectError) as info:
        check_connection(bydel_profile(central), central.password)
    assert_norwegian(info.value, "schema")
    assert "skjemaversjon 0001" in info.value.nb and SCHEMA_HEAD in info.value.nb
    assert "sentraldatabasen som er eldst" in info.value.nb


@pytest.mark.pg
def test_login_without_a_role(central) -> None:
    name = f"{central.roles.prefix}ingen_rolle"  # dropped with the central's roles
    with superuser(central).connect() as conn:
        conn.exec_driver_sql(f'CREATE ROLE "{name}" LOGIN')
    host, port, db = _where(central)
    with pytest.raises(ConnectError) as info:
        check_connection(ConnectionProfile("X", host, port, db, name), None)
    assert_norwegian(info.value, "no_role")
    assert f"«{name}»" in info.value.nb


@pytest.mark.pg
def test_superuser_is_refused(central) -> None:
    host, port, db = _where(central)
    user = sa.make_url(central.url).username or "postgres"
    with pytest.raises(ConnectError) as info:
        check_connection(ConnectionProfile("X", host, port, db, user), None)
    assert_norwegian(info.value, "owner")


@pytest.mark.pg
def test_login_without_connect_right(central) -> None:
    name = f"{central.roles.prefix}uten_connect"
    host, port, db = _where(central)
    with superuser(central).connect() as conn:
        conn.exec_driver_sql(f'CREATE ROLE "{name}" LOGIN')
        conn.exec_driver_sql(f'REVOKE CONNECT ON DATABASE "{db}" FROM PUBLIC')
    with pytest.raises(ConnectError) as info:
        check_connection(ConnectionProfile("X", host, port, db, name), None)
    assert_norwegian(info.value, "no_access")


@pytest.mark.pg
def test_sync_from_a_profile(central, empty_db) -> None:
    with empty_db.session() as s:
        prop = Property(district_code="030103", street_address="Sandakerveien 10",
                        postcode="0473", owner_kind="boligbygg")
        s.add(Dwelling(property=prop, unit_number="H0101", district_code="030103", rooms=2))
    assert sync_status(empty_db).pending == 2
    steps: list[str] = []
    result = sync_with_profile(empty_db, bydel_profile(central), central.password,
                               progress=lambda _p, t: steps.append(t))
    assert result.pushed == 2
    assert steps[0].startswith("Kobler til ") and steps[-1] == "Ferdig"
    status = sync_status(empty_db)
    assert status.pending == 0 and status.last_success_at is not None
    with superuser(central).connect() as conn:
        assert conn.exec_driver_sql(
            "SELECT count(*) FROM dwelling WHERE unit_number = 'H0101'").scalar() == 1


@pytest.mark.pg
def test_sync_failure_is_classified(central, empty_db) -> None:
    p = ConnectionProfile("X", "127.0.0.1", closed_port(), "boligreg", "kari")
    with pytest.raises(ConnectError) as info:
        sync_with_profile(empty_db, p, None)
    assert_norwegian(info.value, "unreachable")


def test_classify_leaves_norwegian_errors_alone() -> None:
    from boligreg.services.central import busy_error

    class LockTimeoutError(Exception):
        sqlstate = "55P03"

    busy = busy_error(LockTimeoutError("lock timeout"))
    assert busy is not None
    err = classify(busy)
    assert err.kind == "busy" and err.nb == busy.nb
    assert classify(ValueError("what")).kind == "other"
    assert not ENGLISH.search(classify(ValueError("connection failed")).nb)


@pytest.mark.pg
def test_an_unknown_server_error_is_other_without_driver_text(central) -> None:
    with superuser(central).connect() as conn, pytest.raises(sa.exc.DBAPIError) as info:
        conn.exec_driver_sql("SELECT * FROM finnes_ikke")
    err = classify(info.value, bydel_profile(central))
    assert_norwegian(err, "other")
    assert "finnes_ikke" in err.detail


@pytest.mark.pg
def test_link_lost_during_the_sync(central, empty_db) -> None:
    """The server ends the session mid-sync (after the test and the push): "lost", and a
    sync after it completes with nothing doubled."""
    with empty_db.session() as s:
        prop = Property(district_code="030103", street_address="Sandakerveien 10",
                        postcode="0473", owner_kind="boligbygg")
        s.add(Dwelling(property=prop, unit_number="H0101", district_code="030103", rooms=2))
    admin = superuser(central)
    login = central.logins["03"]

    def cut(_percent: int, text: str) -> None:
        if text.startswith("Henter endringer"):
            with admin.connect() as conn:
                conn.exec_driver_sql(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE usename = %s", (login,))

    with pytest.raises(ConnectError) as info:
        sync_with_profile(empty_db, bydel_profile(central), central.password, progress=cut,
                          retry_delays=())
    assert_norwegian(info.value, "lost")
    result = sync_with_profile(empty_db, bydel_profile(central), central.password)
    assert result.pushed == 0 and sync_status(empty_db).pending == 0
    with admin.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM dwelling").scalar() == 1


def test_friendly_for_the_url_form(empty_db) -> None:
    """F9 without a profile (the URL form) gets the same classes; boligreg's own errors
    pass through untouched."""
    from boligreg.services.sync import sync
    from boligreg.services.sync.connect import friendly

    url = f"postgresql+psycopg://kari@127.0.0.1:{closed_port()}/boligreg"
    with pytest.raises(Exception) as info:
        sync(empty_db, url)
    err = friendly(info.value, url)
    assert isinstance(err, ConnectError)
    assert_norwegian(err, "unreachable")
    assert "127.0.0.1" in err.nb
    own = ValueError("x")
    assert friendly(own, url) is own
