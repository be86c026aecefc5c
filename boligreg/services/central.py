"""The central PostgreSQL database: schema, roles, row-level security and the change feed.

``init_central(url)`` creates or upgrades everything and can be run again at any time (after
an upgrade of boligreg it brings a central up to the new schema). It must run as a
PostgreSQL superuser (or a role that may create roles and own the schema); the app itself
never connects as that user nor as the schema owner.

Roles (``prefix`` keeps several centrals — or parallel tests — apart on one cluster; role
names are cluster-wide):

``<p>owner``          owns every table and function; NOLOGIN, in no policy, so even it cannot
                      write rows (tables use FORCE ROW LEVEL SECURITY)
``<p>admin``          may change everything
``<p>auditor``        reads everything, manages findings and audit runs
``<p>bydel_NN``       one per bydel (01–15): reads everything, changes only its own bydel's
                      rows (and their agreements' links, tenancies, maintenance rows)
``<p>unit_CODE``      one per central unit (Velferdsetaten, Ungbo, Boligbygg, ...): changes
                      the dwellings it disposes of and the agreements it holds, as a bydel
                      does its own

People log in as their own LOGIN roles made members of one of these (``add_login``). The
policies ask PostgreSQL whether ``current_user`` is a member of a role that ``central_role``
maps to a bydel — never a setting the client could choose.

Change feed: a statement trigger takes one transaction-scoped advisory lock before any synced
table is written, and an after-statement trigger (SECURITY DEFINER, as the owner) stamps each
written record's ``sync_feed`` row with the next server sequence. Writers to synced tables
therefore commit in sequence order, so a client that pulls "everything after my cursor"
never misses a row whose transaction was still open when it last pulled.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import sqlalchemy as sa

from ..errors import BoligregError
from ..models import SYNC_TABLES, Database, make_engine, new_id
from ..models.db import SCHEMA_HEAD, seed_reference_data, set_meta

DEFAULT_PREFIX = "boligreg_"
# Advisory lock that serialises every write to a synced table ("Bolg", per database).
FEED_LOCK_KEY = 0x426F6C67
FEED_SEQUENCE = "sync_feed_seq"
PREFIX_RE = re.compile(r"^[a-z][a-z0-9_]{0,30}$")
NAME_RE = re.compile(r"^[a-z_][a-z0-9_.-]{0,62}$")

# Which rows a role may write, per table (SQL over the row; ADMIN is added to each).
ADMIN = "(SELECT boligreg_is('admin'))"
AUDITOR = "(SELECT boligreg_is('auditor'))"
MINE = "= ANY (CAST((SELECT boligreg_districts()) AS varchar[]))"
# Units (a bydel's unit code is its district code): dwellings go by their disposing unit,
# agreements by their holding unit. A central unit may write properties anywhere (it
# registers the buildings its dwellings lie in, all over the city).
# A record written without a unit (an older client, plain SQL) counts as its bydel's.
UNITS = "= ANY (CAST((SELECT boligreg_units()) AS varchar[]))"
CENTRAL_UNIT = "(SELECT boligreg_is('unit'))"
DISPOSER = "coalesce(disposing_unit_code, district_code)"
WRITE_RULES: dict[str, str] = {
    "unit": "false",  # reference data; an administrator adds units
    "property": f"district_code {MINE} OR {CENTRAL_UNIT}",
    "dwelling": f"{DISPOSER} {UNITS}",
    "agreement": f"coalesce(holding_unit_code, district_code) {UNITS}",
    "indicator": f"district_code {MINE}",
    "agreement_dwelling": (
        f"EXISTS (SELECT 1 FROM agreement a WHERE a.id = agreement_id"
        f" AND coalesce(a.holding_unit_code, a.district_code) {UNITS})"
    ),
    "tenancy": (
        f"EXISTS (SELECT 1 FROM dwelling d WHERE d.id = dwelling_id"
        f" AND coalesce(d.disposing_unit_code, d.district_code) {UNITS})"
    ),
    "maintenance_responsibility": (
        f"EXISTS (SELECT 1 FROM property p WHERE p.id = property_id AND p.district_code {MINE})"
        f" OR EXISTS (SELECT 1 FROM dwelling d WHERE d.id = dwelling_id"
        f" AND coalesce(d.disposing_unit_code, d.district_code) {UNITS})"
    ),
    "unit_transfer": f"from_unit_code {UNITS} OR to_unit_code {UNITS}",
    "unit_transfer_item": (
        f"EXISTS (SELECT 1 FROM unit_transfer t WHERE t.id = transfer_id"
        f" AND (t.from_unit_code {UNITS} OR t.to_unit_code {UNITS}))"
    ),
    "finding": AUDITOR,
    "audit_run": AUDITOR,
    "district": "false",
    "district_population": "false",
    "stat_snapshot": "false",
    "app_meta": "false",
}
# Transfers (services/transfers.py): the sender or the receiver of a transfer may move the
# records its items name — from the sending unit (the row before the update) to the
# receiving unit (the row after) — while it is the record's latest transfer and not undone.
TRANSFERRED: dict[str, str] = {
    "dwelling": "coalesce(dwelling.disposing_unit_code, dwelling.district_code)",
    "agreement": "coalesce(agreement.holding_unit_code, agreement.district_code)",
}


def _moved_by_transfer(table: str, side: str) -> str:
    return (
        f"EXISTS (SELECT 1 FROM unit_transfer_item i JOIN unit_transfer t"
        f" ON t.id = i.transfer_id WHERE i.entity_type = '{table}' AND i.entity_id = {table}.id"
        f" AND i.deleted_at IS NULL AND t.deleted_at IS NULL AND t.undone_at IS NULL"
        f" AND (t.from_unit_code {UNITS} OR t.to_unit_code {UNITS})"
        f" AND {TRANSFERRED[table]} = t.{side}_unit_code"
        # only the record's latest transfer counts: an older one (an undo's, say) gives
        # its parties nothing once the record has moved on
        f" AND NOT EXISTS (SELECT 1 FROM unit_transfer_item i2 JOIN unit_transfer t2"
        f" ON t2.id = i2.transfer_id WHERE i2.entity_type = i.entity_type"
        f" AND i2.entity_id = i.entity_id AND i2.deleted_at IS NULL AND t2.deleted_at IS NULL"
        f" AND t2.created_at > t.created_at))"
    )


# Tables the app's roles read but never write, and what they may do to the rest.
READ_ONLY = ("alembic_version", "central_role", "sync_feed")
APPEND_ONLY = ("change_log", "sync_applied")  # INSERT + SELECT, no UPDATE/DELETE
LOCAL_ONLY = ("sync_outbox", "sync_state", "sync_conflict")  # unused on the central


class CentralError(BoligregError):
    pass


@dataclass
class CentralRoles:
    prefix: str
    owner: str
    admin: str
    auditor: str
    districts: dict[str, str] = field(default_factory=dict)  # district code -> role
    units: dict[str, str] = field(default_factory=dict)  # central unit code -> role

    @property
    def app_roles(self) -> list[str]:
        return [self.admin, self.auditor, *self.districts.values(), *self.units.values()]

    def role_for(self, kind: str) -> str:
        """``admin``, ``auditor``, a bydel number ("03"), a district code ("030103") or a
        central unit's code ("boligbygg")."""
        if kind in ("admin", "auditor"):
            return getattr(self, kind)
        for code, role in self.districts.items():
            if kind in (code, code[-2:]):
                return role
        if kind in self.units:
            return self.units[kind]
        raise CentralError(
            f"Ukjent rolle «{kind}»: bruk admin, auditor, et bydelsnummer 01–15 eller en "
            f"sentral enhet ({', '.join(self.units)}).",
            f"Unknown role '{kind}': use admin, auditor, a bydel number 01-15 or a central "
            f"unit ({', '.join(self.units)}).",
        )


@dataclass
class CentralInitResult:
    revision: str
    central_id: str
    roles: CentralRoles
    created_roles: list[str]
    seeded: bool


def check_prefix(prefix: str) -> str:
    if not PREFIX_RE.match(prefix):
        raise CentralError(
            f"Ugyldig prefiks «{prefix}»: små bokstaver, sifre og _, maks 31 tegn.",
            f"Invalid prefix '{prefix}': lower-case letters, digits and _, at most 31 chars.",
        )
    return prefix


def role_names(prefix: str = DEFAULT_PREFIX, units: tuple[str, ...] = ()) -> CentralRoles:
    """The role names under ``prefix``; ``units`` adds central units beyond the reference
    ones (those an administrator added)."""
    from ..resources import districts
    from ..resources import units as reference_units

    check_prefix(prefix)
    central = [u.code for u in reference_units() if u.kind == "central"]
    central += [c for c in units if c not in central]
    return CentralRoles(
        prefix=prefix,
        owner=f"{prefix}owner",
        admin=f"{prefix}admin",
        auditor=f"{prefix}auditor",
        districts={d.code: f"{prefix}bydel_{d.number}" for d in districts() if d.has_dwellings},
        units={code: f"{prefix}unit_{code}" for code in central},
    )


def _q(name: str) -> str:
    """A double-quoted identifier (names are validated first; quoting is belt and braces)."""
    return '"' + name.replace('"', '""') + '"'


def _unreachable(url: str | sa.URL, exc: BaseException) -> CentralError:
    shown = sa.make_url(url).render_as_string(hide_password=True)
    return CentralError(
        f"Får ikke kontakt med sentraldatabasen {shown}: {_first_line(exc)}",
        f"Cannot reach the central database {shown}: {_first_line(exc)}",
    )


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


@contextmanager
def central_engine(url: str | sa.URL) -> Iterator[sa.Engine]:
    """An engine on the central database; a clear error when it cannot be reached."""
    u = sa.make_url(url)
    if not u.drivername.startswith("postgresql"):
        raise CentralError(
            "Sentraldatabasen må være PostgreSQL (postgresql+psycopg://…).",
            "The central database must be PostgreSQL (postgresql+psycopg://...).",
        )
    engine = make_engine(u, connect_args={"connect_timeout": 10})
    try:
        try:
            with engine.connect() as conn:
                conn.exec_driver_sql("SELECT 1")
        except sa.exc.OperationalError as exc:
            raise _unreachable(u, exc) from exc
        yield engine
    finally:
        engine.dispose()


def init_central(url: str | sa.URL, *, prefix: str = DEFAULT_PREFIX,
                 user: str = "central-init") -> CentralInitResult:
    """Create or upgrade the central database at ``url``: schema, roles, policies, feed."""
    from ..models.migrate import upgrade_to_head

    roles = role_names(prefix)
    with central_engine(url) as engine:
        with engine.begin() as conn:
            created = _ensure_roles(conn, roles)
        upgrade_to_head(engine)
        with engine.begin() as conn:
            seeded = _seed(conn, user)
            roles = _with_added_units(conn, roles)
            created += _ensure_roles(conn, roles)
            central_id = _identity(conn, roles)
            _own(conn, roles)
            _feed(conn, roles)
            _role_map(conn, roles)
            _unit_function(conn, roles)
            _policies(conn, roles)
            _grants(conn, roles)
            revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    return CentralInitResult(str(revision), central_id, roles, created, seeded)


def _ensure_roles(conn: sa.Connection, roles: CentralRoles) -> list[str]:
    existing = set(conn.exec_driver_sql("SELECT rolname FROM pg_roles").scalars())
    created = []
    for name in [roles.owner, *roles.app_roles]:
        if name not in existing:
            conn.exec_driver_sql(f"CREATE ROLE {_q(name)} NOLOGIN")
            created.append(name)
    return created


def _seed(conn: sa.Connection, user: str) -> bool:
    if conn.exec_driver_sql("SELECT count(*) FROM district").scalar():
        return False
    seed_reference_data(conn, user)
    return True


def _identity(conn: sa.Connection, roles: CentralRoles) -> str:
    central_id = conn.exec_driver_sql(
        "SELECT value FROM app_meta WHERE key = 'central_id'"
    ).scalar()
    if not central_id:
        central_id = new_id()
        set_meta(conn, "central_id", central_id)
    set_meta(conn, "central_owner", roles.owner)
    set_meta(conn, "central_prefix", roles.prefix)
    return str(central_id)


def _tables(conn: sa.Connection) -> list[str]:
    return list(conn.exec_driver_sql(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
    ).scalars())


def _own(conn: sa.Connection, roles: CentralRoles) -> None:
    owner = _q(roles.owner)
    conn.exec_driver_sql(f"GRANT USAGE, CREATE ON SCHEMA public TO {owner}")
    for table in _tables(conn):
        conn.exec_driver_sql(f"ALTER TABLE {_q(table)} OWNER TO {owner}")


def _feed(conn: sa.Connection, roles: CentralRoles) -> None:
    owner = _q(roles.owner)
    conn.exec_driver_sql(f"CREATE SEQUENCE IF NOT EXISTS {FEED_SEQUENCE}")
    conn.exec_driver_sql(f"ALTER SEQUENCE {FEED_SEQUENCE} OWNER TO {owner}")
    # Statement level, before any row is touched: the lock always comes before row locks,
    # so a push (which takes it first) and an online edit cannot deadlock.
    conn.exec_driver_sql(f"""
        CREATE OR REPLACE FUNCTION boligreg_feed_lock() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_advisory_xact_lock({FEED_LOCK_KEY});
            RETURN NULL;
        END $$""")
    # After each statement, one set-based upsert from the transition table (a row trigger
    # would cost an extra statement per row: 10,000 rows of a push took seconds).
    conn.exec_driver_sql(f"""
        CREATE OR REPLACE FUNCTION boligreg_feed_rows() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
        BEGIN
            PERFORM pg_advisory_xact_lock({FEED_LOCK_KEY});
            IF TG_OP = 'DELETE' THEN
                INSERT INTO sync_feed (entity_type, entity_id, seq, version, purged)
                SELECT TG_TABLE_NAME, o.id, nextval('{FEED_SEQUENCE}'), o.version, true
                FROM oldrows o
                ON CONFLICT (entity_type, entity_id) DO UPDATE
                    SET seq = EXCLUDED.seq, version = EXCLUDED.version, purged = true;
            ELSE
                INSERT INTO sync_feed (entity_type, entity_id, seq, version, purged)
                SELECT TG_TABLE_NAME, n.id, nextval('{FEED_SEQUENCE}'), n.version, false
                FROM newrows n
                ON CONFLICT (entity_type, entity_id) DO UPDATE
                    SET seq = EXCLUDED.seq, version = EXCLUDED.version, purged = false;
            END IF;
            RETURN NULL;
        END $$""")
    conn.exec_driver_sql("DROP FUNCTION IF EXISTS boligreg_feed_row() CASCADE")
    for fn in ("boligreg_feed_lock()", "boligreg_feed_rows()"):
        conn.exec_driver_sql(f"ALTER FUNCTION {fn} OWNER TO {owner}")
    conn.exec_driver_sql("REVOKE ALL ON FUNCTION boligreg_feed_rows() FROM PUBLIC")
    for table in SYNC_TABLES:
        t = _q(table)
        for name in ("boligreg_feed_lock", "boligreg_feed_ins", "boligreg_feed_upd",
                     "boligreg_feed_del"):
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name} ON {t}")
        conn.exec_driver_sql(
            f"CREATE TRIGGER boligreg_feed_lock BEFORE INSERT OR UPDATE OR DELETE ON {t} "
            "FOR EACH STATEMENT EXECUTE FUNCTION boligreg_feed_lock()"
        )
        for name, event, ref in (("ins", "INSERT", "NEW TABLE AS newrows"),
                                 ("upd", "UPDATE", "NEW TABLE AS newrows"),
                                 ("del", "DELETE", "OLD TABLE AS oldrows")):
            conn.exec_driver_sql(
                f"CREATE TRIGGER boligreg_feed_{name} AFTER {event} ON {t} "
                f"REFERENCING {ref} FOR EACH STATEMENT EXECUTE FUNCTION boligreg_feed_rows()"
            )
    # Rows that predate the feed (a central made by an older boligreg) get their entry now.
    conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({FEED_LOCK_KEY})")
    for table in SYNC_TABLES:
        conn.exec_driver_sql(
            f"INSERT INTO sync_feed (entity_type, entity_id, seq, version, purged) "
            f"SELECT '{table}', t.id, nextval('{FEED_SEQUENCE}'), t.version, false "
            f"FROM {_q(table)} t WHERE NOT EXISTS (SELECT 1 FROM sync_feed f "
            f"WHERE f.entity_type = '{table}' AND f.entity_id = t.id) ORDER BY t.id"
        )


def _role_map(conn: sa.Connection, roles: CentralRoles) -> None:
    conn.exec_driver_sql("DELETE FROM central_role")
    rows = [{"role_name": roles.admin, "kind": "admin", "district_code": None, "unit": None},
            {"role_name": roles.auditor, "kind": "auditor", "district_code": None,
             "unit": None}]
    rows += [{"role_name": r, "kind": "district", "district_code": c, "unit": c}
             for c, r in roles.districts.items()]
    rows += [{"role_name": r, "kind": "unit", "district_code": None, "unit": c}
             for c, r in roles.units.items()]
    conn.execute(
        sa.text("INSERT INTO central_role (role_name, kind, district_code, unit_code) "
                "VALUES (:role_name, :kind, :district_code, :unit)"),
        rows,
    )


def _with_added_units(conn: sa.Connection, roles: CentralRoles) -> CentralRoles:
    """The roles, with one for each central unit an administrator has added."""
    added = tuple(conn.exec_driver_sql(
        "SELECT code FROM unit WHERE kind = 'central' AND deleted_at IS NULL ORDER BY code"
    ).scalars())
    return role_names(roles.prefix, added)


def _unit_function(conn: sa.Connection, roles: CentralRoles) -> None:
    # The unit codes the current role may write for (a bydel's and a central unit's alike);
    # invoker's rights like boligreg_districts(), with a fixed search_path.
    conn.exec_driver_sql("""
        CREATE OR REPLACE FUNCTION boligreg_units() RETURNS varchar[]
        LANGUAGE sql STABLE SET search_path = public, pg_temp AS $$
            SELECT coalesce(array_agg(r.unit_code), '{}')
            FROM central_role r JOIN pg_roles p ON p.rolname = r.role_name
            WHERE r.kind IN ('district', 'unit') AND r.unit_code IS NOT NULL
              AND pg_has_role(current_user, p.oid, 'MEMBER')
        $$""")
    conn.exec_driver_sql(f"ALTER FUNCTION boligreg_units() OWNER TO {_q(roles.owner)}")


def _policies(conn: sa.Connection, roles: CentralRoles) -> None:
    # Invoker's rights (not SECURITY DEFINER): current_user is the role doing the write.
    conn.exec_driver_sql("""
        CREATE OR REPLACE FUNCTION boligreg_is(k varchar) RETURNS boolean
        LANGUAGE sql STABLE AS $$
            SELECT EXISTS (
                SELECT 1 FROM central_role r JOIN pg_roles p ON p.rolname = r.role_name
                WHERE r.kind = k AND pg_has_role(current_user, p.oid, 'MEMBER'))
        $$""")
    conn.exec_driver_sql("""
        CREATE OR REPLACE FUNCTION boligreg_districts() RETURNS varchar[]
        LANGUAGE sql STABLE AS $$
            SELECT coalesce(array_agg(r.district_code), '{}')
            FROM central_role r JOIN pg_roles p ON p.rolname = r.role_name
            WHERE r.kind = 'district' AND pg_has_role(current_user, p.oid, 'MEMBER')
        $$""")
    for fn in ("boligreg_is(varchar)", "boligreg_districts()"):
        conn.exec_driver_sql(f"ALTER FUNCTION {fn} OWNER TO {_q(roles.owner)}")
    for table, rule in WRITE_RULES.items():
        t = _q(table)
        for name in conn.exec_driver_sql(
            "SELECT policyname FROM pg_policies WHERE schemaname = 'public' AND tablename = %s",
            (table,),
        ).scalars().all():
            conn.exec_driver_sql(f"DROP POLICY {_q(name)} ON {t}")
        conn.exec_driver_sql(f"ALTER TABLE {t} ENABLE ROW LEVEL SECURITY")
        conn.exec_driver_sql(f"ALTER TABLE {t} FORCE ROW LEVEL SECURITY")
        check = f"{ADMIN} OR ({rule})"
        conn.exec_driver_sql(f"CREATE POLICY boligreg_read ON {t} FOR SELECT USING (true)")
        conn.exec_driver_sql(f"CREATE POLICY boligreg_insert ON {t} FOR INSERT "
                             f"WITH CHECK ({check})")
        using, after = check, check
        if table in TRANSFERRED:  # a transfer's parties move its records
            using = f"{check} OR {_moved_by_transfer(table, 'from')}"
            after = f"{check} OR {_moved_by_transfer(table, 'to')}"
        conn.exec_driver_sql(f"CREATE POLICY boligreg_update ON {t} FOR UPDATE "
                             f"USING ({using}) WITH CHECK ({after})")
        conn.exec_driver_sql(f"CREATE POLICY boligreg_delete ON {t} FOR DELETE USING ({check})")


def _grants(conn: sa.Connection, roles: CentralRoles) -> None:
    db = conn.exec_driver_sql("SELECT current_database()").scalar()
    app = ", ".join(_q(r) for r in roles.app_roles)
    conn.exec_driver_sql(f"GRANT CONNECT ON DATABASE {_q(str(db))} TO {app}")
    conn.exec_driver_sql(f"GRANT USAGE ON SCHEMA public TO {app}")
    tables = set(_tables(conn))
    for table in sorted(tables):
        t = _q(table)
        conn.exec_driver_sql(f"REVOKE ALL ON {t} FROM PUBLIC")
        conn.exec_driver_sql(f"REVOKE ALL ON {t} FROM {app}")
        if table in LOCAL_ONLY:
            continue
        conn.exec_driver_sql(f"GRANT SELECT ON {t} TO {app}")
        if table in APPEND_ONLY:
            conn.exec_driver_sql(f"GRANT INSERT ON {t} TO {app}")
        elif table in WRITE_RULES:
            # Row-level security decides which rows; every app role may try.
            conn.exec_driver_sql(f"GRANT INSERT, UPDATE, DELETE ON {t} TO {app}")


def add_login(url: str | sa.URL, name: str, kind: str, *, prefix: str = DEFAULT_PREFIX,
              password: str | None = None) -> str:
    """Create (or extend) LOGIN role ``name`` as a member of ``kind``'s group role."""
    if not NAME_RE.match(name):
        raise CentralError(f"Ugyldig brukernavn «{name}».", f"Invalid user name '{name}'.")
    roles = role_names(prefix)
    group = roles.role_for(kind)
    if name in (roles.owner, *roles.app_roles):
        raise CentralError(
            "En person logger inn som sin egen rolle, ikke som en grupperolle.",
            "A person logs in as their own role, not as a group role.",
        )
    with central_engine(url) as engine, engine.begin() as conn:
        exists = conn.exec_driver_sql(
            "SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).scalar()
        if not exists:
            conn.exec_driver_sql(f"CREATE ROLE {_q(name)} LOGIN")
        if password is not None:
            literal = password.replace("'", "''")
            conn.exec_driver_sql(f"ALTER ROLE {_q(name)} PASSWORD '{literal}'")
        conn.exec_driver_sql(f"GRANT {_q(group)} TO {_q(name)}")
    return group


def drop_central_roles(url: str | sa.URL, prefix: str, *, extra: tuple[str, ...] = ()) -> int:
    """Remove the roles named ``prefix…`` (and ``extra``) from the cluster (tests, teardown).

    Their objects and privileges in the database at ``url`` go first (DROP OWNED): use on a
    database you mean to throw away.
    """
    check_prefix(prefix)
    engine = make_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            names = list(conn.exec_driver_sql(
                "SELECT rolname FROM pg_roles WHERE starts_with(rolname, %s) "
                "OR rolname = ANY(%s) ORDER BY rolname", (prefix, list(extra)),
            ).scalars())
            if not names:
                return 0
            conn.exec_driver_sql(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE usename = ANY(%s) AND pid <> pg_backend_pid()", (names,),
            )
            quoted = ", ".join(_q(n) for n in names)
            conn.exec_driver_sql(f"DROP OWNED BY {quoted} CASCADE")
            for n in names:
                conn.exec_driver_sql(f"DROP ROLE IF EXISTS {_q(n)}")
            return len(names)
    finally:
        engine.dispose()


@dataclass
class CentralInfo:
    """What a client learns about a central before it trusts it."""

    central_id: str
    revision: str | None
    user: str
    owner: str | None
    superuser: bool
    kinds: list[str]  # e.g. ["district:030103"], ["admin"]


def inspect_central(conn: sa.Connection) -> CentralInfo:
    """Identity, schema revision and who we are connected as (no writes)."""
    has = conn.exec_driver_sql(
        "SELECT to_regclass('public.app_meta') IS NOT NULL "
        "AND to_regclass('public.alembic_version') IS NOT NULL"
    ).scalar()
    if not has:
        raise CentralError(
            "Databasen er ikke en boligreg-sentraldatabase (kjør «boligreg central init»).",
            "The database is not a boligreg central database (run 'boligreg central init').",
        )
    meta = dict(conn.exec_driver_sql(
        "SELECT key, value FROM app_meta WHERE key IN ('central_id', 'central_owner')"
    ).all())
    if "central_id" not in meta:
        raise CentralError(
            "Databasen er ikke satt opp som sentraldatabase (kjør «boligreg central init»).",
            "The database was not set up as a central database (run 'boligreg central init').",
        )
    revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    user, superuser = conn.exec_driver_sql(
        "SELECT current_user, rolsuper FROM pg_roles WHERE rolname = current_user"
    ).one()
    kinds = [
        f"{k}:{d}" if d else k
        for k, d in conn.exec_driver_sql(
            "SELECT r.kind, coalesce(r.district_code, r.unit_code) FROM central_role r "
            "JOIN pg_roles p ON p.rolname = r.role_name "
            "WHERE pg_has_role(current_user, p.oid, 'MEMBER') ORDER BY 1, 2"
        ).all()
    ]
    return CentralInfo(meta["central_id"], revision, user, meta.get("central_owner"),
                       bool(superuser), kinds)


def check_client_connection(info: CentralInfo) -> None:
    """Refuse the owner, superusers, a role in no group, and another schema version."""
    if info.revision != SCHEMA_HEAD:
        raise CentralError(
            f"Sentraldatabasen har skjemaversjon {info.revision}, dette programmet "
            f"{SCHEMA_HEAD}. Ingenting er synkronisert; oppdater den som er eldst "
            "(programmet, eller sentralen med «boligreg central init»).",
            f"The central database is on schema {info.revision}, this program on "
            f"{SCHEMA_HEAD}. Nothing was synced; upgrade whichever is older.",
        )
    if info.superuser or info.user == info.owner:
        raise CentralError(
            f"Koble til som din egen bruker, ikke som «{info.user}» (eier/superbruker "
            "overstyrer tilgangskontrollen).",
            f"Connect as your own user, not as '{info.user}' (owner/superuser bypasses the "
            "access control).",
        )
    if not info.kinds:
        raise CentralError(
            f"Brukeren «{info.user}» har ingen rolle i sentraldatabasen (bydel, revisor "
            "eller admin). Be administratoren om tilgang.",
            f"The user '{info.user}' has no role in the central database. Ask the "
            "administrator for access.",
        )


@dataclass
class DisposableCentral:
    """A central set up for a test or benchmark: its URL as superuser and per login role."""

    url: str
    roles: CentralRoles
    logins: dict[str, str]  # kind ("admin", "auditor", "03", ...) -> login role name
    password: str = ""  # of every login role (servers that ask for one)

    def url_for(self, kind: str) -> str:
        """The URL that logs in as the person of ``kind``."""
        u = sa.make_url(self.url)
        return sa.URL.create(u.drivername, self.logins[kind], self.password, u.host, u.port,
                             u.database, u.query).render_as_string(hide_password=False)


@contextmanager
def disposable_central(url: str, *, prefix: str | None = None,
                       kinds: tuple[str, ...] = ("admin", "auditor", "01", "03")
                       ) -> Iterator[DisposableCentral]:
    """``init_central`` on the (throw-away) database at ``url`` with unique role names, one
    login role per kind; every role is dropped again on exit. For tests and benchmarks."""
    prefix = prefix or f"bt{new_id()[:8]}_"
    try:
        result = init_central(url, prefix=prefix)
        password = new_id().replace("-", "")
        logins = {}
        for kind in kinds:
            name = f"{prefix}u_{kind}"
            add_login(url, name, kind, prefix=prefix, password=password)
            logins[kind] = name
        yield DisposableCentral(url, result.roles, logins, password)
    finally:
        drop_central_roles(url, prefix)


def open_central(url: str | sa.URL, *, user: str | None = None) -> Database:
    """Open the central database for online work in the same windows as a local copy.

    Checked first, with a clear message each: the server answers, it is a boligreg central
    on this program's schema version, and the login is a person's role (not the owner or a
    superuser, whom row-level security would not hold). Edits then go straight to the
    central with the usual version check; its triggers feed them to every copy's next sync.
    """
    from ..models.db import open_url

    with central_engine(url) as engine, engine.connect() as conn:
        info = inspect_central(conn)
    check_client_connection(info)
    db = open_url(url, user=user)
    db.notes.append(f"Tilkoblet sentraldatabasen som {info.user} ({', '.join(info.kinds)})")
    return db
