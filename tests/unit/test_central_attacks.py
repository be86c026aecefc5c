"""The central under attack: every way a PostgreSQL login can try to change what a policy sees.

Each login kind (bydel, auditor, admin, a login with no role) runs each attack's set-up in its
own transaction, then tries to write records it has no right to. Set-up statements may be
refused (that is the point); what is asserted is that afterwards nothing outside the login's
rights was written, checked by the superuser on a fresh connection. The first attack is the
reproduction of S1: a temporary ``central_role`` that shadowed the real one because the policy
functions ran with the caller's ``search_path`` (``pg_temp`` first).
"""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest
import sqlalchemy as sa

from boligreg.models import new_id, utcnow
from boligreg.services.central import DisposableCentral, disposable_central, hardening_problems

pytestmark = pytest.mark.pg

FAKE_ROLE_COLUMNS = "role_name varchar, kind varchar, district_code varchar"
OTHER = "030103"  # Sagene: the bydel the attacking bydel 01 (Gamle Oslo) does not own


def _dsn(url: str) -> str:
    return sa.make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


@pytest.fixture(scope="module")
def pg_module_db(pg_url: str) -> Iterator[str]:
    """One database for the module (the attacks only ever roll back, or fail)."""
    name = f"boligreg_attack_{new_id()[:8]}"
    admin = sa.create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        yield sa.make_url(pg_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


@pytest.fixture(scope="module")
def central(pg_module_db: str) -> Iterator[DisposableCentral]:
    with disposable_central(pg_module_db, kinds=("admin", "auditor", "01", "03")) as c:
        # A login that exists but was given no role at all.
        with psycopg.connect(_dsn(c.url), autocommit=True) as conn:
            name = f"{c.roles.prefix}u_none"
            conn.execute(f'CREATE ROLE "{name}" LOGIN PASSWORD \'{c.password}\'')
        c.logins["none"] = name
        yield c


@pytest.fixture(scope="module")
def records(central: DisposableCentral) -> dict[str, str]:
    """A property and a dwelling in Gamle Oslo (01) and in Sagene (03), made by the admin."""
    out: dict[str, str] = {}
    now = utcnow()
    stamp = {"c": now, "u": now}
    with psycopg.connect(_dsn(central.url_for("admin"))) as conn:
        for code in ("030101", OTHER):
            pid, did = new_id(), new_id()
            conn.execute(
                "INSERT INTO property (id, district_code, street_address, postcode, fnr, snr, "
                "owner_kind, created_at, updated_at, created_by, updated_by, version) VALUES "
                "(%(id)s, %(d)s, 'Gate 1', '0190', 0, 0, 'boligbygg', %(c)s, %(u)s, 't', 't', 1)",
                {"id": pid, "d": code, **stamp})
            conn.execute(
                "INSERT INTO dwelling (id, property_id, unit_number, district_code, "
                "target_group, tenure, status, actual_use, wheelchair_accessible, created_at, "
                "updated_at, created_by, updated_by, version) VALUES (%(id)s, %(p)s, 'H0101', "
                "%(d)s, 'ordinary', 'owned', 'occupied', 'housing', false, %(c)s, %(u)s, 't', "
                "'t', 1)", {"id": did, "p": pid, "d": code, **stamp})
            out[f"property:{code}"] = pid
            out[f"dwelling:{code}"] = did
    return out


# Each attack: a name and the statements a login runs first to change what the policies see.
# {me} is the login's name, {owner}/{admin} the central's roles.
ATTACKS: dict[str, list[str]] = {
    "temp table central_role (S1)": [
        f"CREATE TEMP TABLE central_role ({FAKE_ROLE_COLUMNS})",
        "INSERT INTO central_role VALUES ('{me}', 'admin', NULL), ('{me}', 'district', '"
        + OTHER + "')",
    ],
    "temp view central_role": [
        "CREATE TEMP VIEW central_role AS SELECT CAST('{me}' AS varchar) AS role_name, "
        "CAST('admin' AS varchar) AS kind, CAST(NULL AS varchar) AS district_code",
    ],
    "temp table pg_roles and pg_has_role in pg_temp": [
        "CREATE TEMP TABLE pg_roles (rolname name, oid oid)",
        "CREATE FUNCTION pg_temp.pg_has_role(name, oid, text) RETURNS boolean "
        "LANGUAGE sql AS 'SELECT true'",
    ],
    "search_path with pg_temp first": [
        "SET LOCAL search_path = pg_temp, public",
        f"CREATE TEMP TABLE central_role ({FAKE_ROLE_COLUMNS})",
        "INSERT INTO central_role VALUES ('{me}', 'admin', NULL)",
    ],
    "objects in the public schema": [
        f"CREATE TABLE public.central_role_shadow ({FAKE_ROLE_COLUMNS})",
        "CREATE FUNCTION public.pg_has_role(name, oid, text) RETURNS boolean "
        "LANGUAGE sql AS 'SELECT true'",
        "CREATE VIEW public.evil AS SELECT 1",
    ],
    "a schema of its own first in the path": [
        "CREATE SCHEMA evil",
        f"CREATE TABLE evil.central_role ({FAKE_ROLE_COLUMNS})",
        "INSERT INTO evil.central_role VALUES ('{me}', 'admin', NULL)",
        "SET LOCAL search_path = evil, public",
    ],
    "operators in other schemas": [
        "CREATE FUNCTION pg_temp.yes(varchar, varchar) RETURNS boolean "
        "LANGUAGE sql AS 'SELECT true'",
        "CREATE OPERATOR pg_temp.= (LEFTARG = varchar, RIGHTARG = varchar, "
        "FUNCTION = pg_temp.yes)",
        "CREATE OPERATOR public.= (LEFTARG = varchar, RIGHTARG = varchar, "
        "FUNCTION = pg_catalog.texteq)",
    ],
    "replacing the policy functions": [
        "CREATE OR REPLACE FUNCTION public.boligreg_is(k varchar) RETURNS boolean "
        "LANGUAGE sql AS 'SELECT true'",
        "CREATE OR REPLACE FUNCTION public.boligreg_districts() RETURNS varchar[] "
        "LANGUAGE sql AS $$SELECT ARRAY['030101','030103']::varchar[]$$",
    ],
    "SET ROLE to the owner, the admin role, postgres": [
        'SET LOCAL ROLE "{owner}"',
        'SET LOCAL ROLE "{admin}"',
        "SET LOCAL ROLE postgres",
    ],
    "granting itself the admin role": [
        'GRANT "{admin}" TO "{me}"',
    ],
    "switching row security and triggers off": [
        "SET LOCAL row_security = off",
        "SET LOCAL session_replication_role = replica",
        "ALTER TABLE dwelling DISABLE ROW LEVEL SECURITY",
        "ALTER TABLE dwelling NO FORCE ROW LEVEL SECURITY",
        "DROP POLICY boligreg_update ON dwelling",
        "ALTER TABLE dwelling DISABLE TRIGGER ALL",
    ],
    "writing the role table, feed and applied ids directly": [
        "INSERT INTO central_role VALUES ('{me}', 'admin', NULL)",
        "UPDATE central_role SET role_name = '{me}' WHERE kind = 'admin'",
        "UPDATE central_role SET district_code = '" + OTHER + "'",
    ],
    "client settings that look like identity": [
        "SET LOCAL boligreg.district = '" + OTHER + "'",
        "SET LOCAL application_name = 'admin'",
    ],
}

# Writes no login of the kind may make, after any attack. Each is (sql, params).
FORBIDDEN_FOR_BYDEL = [
    "UPDATE public.dwelling SET note = 'angrep' WHERE id = %(dwelling_other)s",
    "DELETE FROM public.dwelling WHERE id = %(dwelling_other)s",
    "UPDATE public.property SET note = 'angrep' WHERE id = %(property_other)s",
    "UPDATE public.district SET name = name || ' (angrep)'",
    "UPDATE public.dwelling SET district_code = '" + OTHER + "' WHERE id = %(dwelling_own)s",
]
FORBIDDEN_FOR_ALL = [
    "INSERT INTO public.central_role VALUES ('x', 'admin', NULL)",
    "UPDATE public.central_role SET kind = 'admin'",
    "DELETE FROM public.central_role",
    "UPDATE public.sync_feed SET seq = seq + 1000000",
    "DELETE FROM public.sync_feed",
    "INSERT INTO public.sync_feed (entity_type, entity_id, seq, version, purged) "
    "VALUES ('dwelling', %(dwelling_other)s, 999999999, 99, true)",
    "UPDATE public.alembic_version SET version_num = '9999'",
    "UPDATE public.app_meta SET value = 'x'",
    "CREATE TEMP TABLE anything (x int)",
    "CREATE TABLE public.anything (x int)",
    "CREATE SCHEMA anything",
]
# History a login might forge (S5): the central writes these itself.
FORBIDDEN_HISTORY = [
    "INSERT INTO public.sync_applied (change_id, client_id, applied_at, applied_by, outcome) "
    "VALUES (gen_random_uuid()::text, 'c', now(), 'postgres', 'applied')",
    "INSERT INTO public.change_log (id, txn_id, changed_at, changed_by, entity_type, entity_id, "
    "action, field, old_value, new_value, version) VALUES (gen_random_uuid()::text, 'x', now(), "
    "'postgres', 'dwelling', %(dwelling_other)s, 'update', 'note', NULL, '\"x\"', 2)",
]


def _snapshot(central: DisposableCentral) -> dict[str, list]:
    """Everything an attack might have changed, read by the superuser."""
    with psycopg.connect(_dsn(central.url)) as conn:
        return {
            t: sorted(map(repr, conn.execute(f"SELECT * FROM {t}").fetchall()))
            for t in ("dwelling", "property", "district", "central_role", "sync_feed",
                      "sync_applied", "change_log", "alembic_version", "app_meta")
        }


def _try(conn: psycopg.Connection, sql: str, params: dict) -> int | None:
    """Run ``sql`` in a savepoint; rows it touched, or None when PostgreSQL refused it."""
    try:
        with conn.transaction():
            cur = conn.execute(sql, params or None)
            return cur.rowcount
    except psycopg.Error:
        return None


def _kinds() -> list[str]:
    return ["01", "auditor", "admin", "none"]


@pytest.mark.parametrize("kind", _kinds())
@pytest.mark.parametrize("attack", list(ATTACKS))
def test_attack_changes_nothing_it_may_not(central: DisposableCentral, records, attack: str,
                                           kind: str) -> None:
    before = _snapshot(central)
    names = {"me": central.logins[kind], "owner": central.roles.owner,
             "admin": central.roles.admin}
    params = {"dwelling_other": records[f"dwelling:{OTHER}"],
              "property_other": records[f"property:{OTHER}"],
              "dwelling_own": records["dwelling:030101"]}
    touched: dict[str, int | None] = {}
    with psycopg.connect(_dsn(central.url_for(kind))) as conn, conn.transaction():
        for statement in ATTACKS[attack]:
            _try(conn, statement.format(**names), {})
        forbidden = FORBIDDEN_FOR_ALL + FORBIDDEN_HISTORY
        if kind != "admin":
            forbidden += FORBIDDEN_FOR_BYDEL
        for sql in forbidden:
            touched[sql] = _try(conn, sql, params)
    # PostgreSQL refused each write outright or let it touch nothing; and the commit (the
    # transaction above commits whatever got through) changed nothing the superuser sees.
    wrote = {sql: n for sql, n in touched.items() if n not in (None, 0)}
    assert wrote == {}, f"{attack} as {kind}: {wrote}"
    after = _snapshot(central)
    assert after == before, f"{attack} as {kind} changed the central"


def test_admin_still_writes_and_bydel_still_writes_its_own(central: DisposableCentral,
                                                             records) -> None:
    """The hardening keeps the rights it should: a control for the attack test above."""
    with psycopg.connect(_dsn(central.url_for("01"))) as conn:
        n = conn.execute("UPDATE dwelling SET note = note WHERE id = %s",
                         (records["dwelling:030101"],)).rowcount
        assert n == 1
        conn.rollback()
    with psycopg.connect(_dsn(central.url_for("admin"))) as conn:
        assert conn.execute("UPDATE dwelling SET note = note").rowcount == 2
        conn.rollback()


def test_policy_functions_pin_their_search_path(central: DisposableCentral) -> None:
    """Every boligreg function fixes its search_path with pg_temp last, and no login can
    create anything: the check init runs finds nothing wrong."""
    with psycopg.connect(_dsn(central.url)) as conn:
        rows = conn.execute(
            "SELECT p.proname, p.proconfig FROM pg_proc p JOIN pg_namespace n "
            "ON n.oid = p.pronamespace WHERE n.nspname = 'public' "
            "AND p.proname LIKE 'boligreg%%'").fetchall()
    assert rows
    for name, config in rows:
        paths = [c for c in (config or []) if c.startswith("search_path=")]
        assert paths, name
        assert paths[0].replace(" ", "").endswith("pg_temp"), (name, paths)
    engine = sa.create_engine(central.url)
    with engine.connect() as conn:
        assert hardening_problems(conn, central.roles, list(central.logins.values())) == []
    engine.dispose()
