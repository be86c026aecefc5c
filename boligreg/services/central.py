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

Change feed: a statement trigger locks the feed gate (a table only its owner can lock) before
any synced table is written, and an after-statement trigger (SECURITY DEFINER, as the owner)
stamps each written record's ``sync_feed`` row with the next server sequence. Writers to synced
tables therefore commit in sequence order, so a client that pulls "everything after my cursor"
never misses a row whose transaction was still open when it last pulled.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime

import sqlalchemy as sa

from ..errors import BoligregError
from ..models import SYNC_TABLES, Base, Database, make_engine, new_id
from ..models.db import SCHEMA_HEAD, open_url, seed_reference_data, set_meta
from ..resources import districts
from ..resources import units as reference_units

DEFAULT_PREFIX = "boligreg_"
# Every write to a synced table first locks this table (EXCLUSIVE: readers go on). Only its
# owner can lock it, and only through boligreg_feed_lock()/boligreg_take_feed_lock(), so no
# login can hold the feed shut outside a write of its own (an advisory lock key, which any
# login may take, could: S3).
FEED_GATE = "boligreg_feed_gate"
FEED_SEQUENCE = "sync_feed_seq"
# Server-side waits of a client session (milliseconds): a busy central answers "busy" in
# seconds instead of hanging on a lock some other login holds.
LOCK_TIMEOUT_MS = 15_000
STATEMENT_TIMEOUT_MS = 600_000
IDLE_IN_TRANSACTION_MS = 120_000
# Every boligreg function runs with this path: the catalog first, the data schema, and the
# session's temporary schema last, where nothing it names can be found before the real thing.
PINNED_PATH = "pg_catalog, public, pg_temp"
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
    # A dwelling lies in a property the writer may write too (S6: no hanging one's dwelling
    # under another bydel's building) — unless a transfer brought it to the writer's unit
    # where it lay (a bydel may dispose of a dwelling in another bydel's building).
    "dwelling": (
        f"{DISPOSER} {UNITS} AND (EXISTS (SELECT 1 FROM property p WHERE p.id = property_id"
        f" AND (p.district_code {MINE} OR {CENTRAL_UNIT}))"
        f" OR EXISTS (SELECT 1 FROM unit_transfer_item i WHERE i.entity_type = 'dwelling'"
        f" AND i.entity_id = dwelling.id AND i.deleted_at IS NULL))"
    ),
    "agreement": f"coalesce(holding_unit_code, district_code) {UNITS}",
    "indicator": f"district_code {MINE}",
    # Both ends must be the writer's: an agreement of its own never covers another bydel's
    # dwelling (S6); a central unit's agreement may.
    "agreement_dwelling": (
        f"EXISTS (SELECT 1 FROM agreement a WHERE a.id = agreement_id"
        f" AND coalesce(a.holding_unit_code, a.district_code) {UNITS})"
        # ... and the dwelling the writer's too, unless a central unit holds the agreement
        # (one central lease may cover dwellings disposed of by several bydeler)
        f" AND (EXISTS (SELECT 1 FROM dwelling d WHERE d.id = dwelling_id"
        f" AND coalesce(d.disposing_unit_code, d.district_code) {UNITS}) OR {CENTRAL_UNIT})"
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
# change_log and sync_applied are written only by the central's own triggers and functions
# (S5): a login reads them, never writes them.
READ_ONLY = ("alembic_version", "app_meta", "central_role", "change_log", "sync_applied",
             "sync_feed")
# Published fact-sheet editions (services/sync/editions.py): any person's copy adds the
# editions it published; no one — not even an administrator — changes or removes one.
APPEND_ONLY: tuple[str, ...] = ("published_edition",)
LOCAL_ONLY = ("sync_outbox", "sync_state", "sync_conflict")  # unused on the central


class CentralError(BoligregError):
    pass


class CentralBusyError(CentralError):
    """The central did not get a lock in time (someone else writes, or holds a write open)."""


# What PostgreSQL says when a wait set by CLIENT_OPTIONS ran out.
BUSY_SQLSTATES = {"55P03": "lock", "57014": "statement", "25P03": "idle", "40P01": "deadlock"}


def client_options(lock_timeout_ms: int | None = None) -> str:
    """libpq ``options`` for every client session on the central (sync, online work)."""
    lock = LOCK_TIMEOUT_MS if lock_timeout_ms is None else lock_timeout_ms
    return (f"-c lock_timeout={lock} -c statement_timeout={STATEMENT_TIMEOUT_MS} "
            f"-c idle_in_transaction_session_timeout={IDLE_IN_TRANSACTION_MS}")


def feed_holders(conn: sa.Connection) -> list[str]:
    """Logins holding (or waiting for) the feed gate now, with since when (for messages)."""
    try:
        rows = conn.exec_driver_sql(
            "SELECT DISTINCT a.usename, a.xact_start FROM pg_catalog.pg_locks l "
            "JOIN pg_catalog.pg_stat_activity a ON a.pid = l.pid "
            f"WHERE l.relation = pg_catalog.to_regclass('public.{FEED_GATE}') AND l.granted "
            "AND l.pid <> pg_catalog.pg_backend_pid()").all()
    except sa.exc.DBAPIError:
        return []
    return [f"{u} (siden {t:%H:%M:%S})" if t else str(u) for u, t in rows]


def busy_error(exc: BaseException, url: str | sa.URL | None = None) -> CentralBusyError | None:
    """A clear "busy" message for a timeout or deadlock the central answered; else None."""
    orig = getattr(exc, "orig", exc)
    kind = BUSY_SQLSTATES.get(getattr(orig, "sqlstate", None) or "")
    if kind is None:
        return None
    holders: list[str] = []
    if url is not None and kind in ("lock", "statement"):
        try:
            engine = make_engine(url, connect_args={"connect_timeout": 5})
            try:
                with engine.connect() as conn:
                    holders = feed_holders(conn)
            finally:
                engine.dispose()
        except Exception:  # noqa: BLE001 - the message matters more than who holds it
            holders = []
    who = f" Holdes nå av: {', '.join(holders)}." if holders else ""
    if kind == "idle":
        return CentralBusyError(
            "Sentraldatabasen avbrøt en skriving som sto ubrukt for lenge. Ingenting av den er "
            "lagret; prøv igjen.",
            "The central database ended a write that stood idle too long. Nothing of it was "
            "saved; try again.",
        )
    return CentralBusyError(
        "Sentraldatabasen er opptatt: en annen bruker skriver nå, eller holder en skriving "
        f"åpen.{who} Ingenting er endret; prøv igjen om litt.",
        "The central database is busy: another user is writing, or holds a write open."
        f"{' Held by: ' + ', '.join(holders) + '.' if holders else ''} Nothing was changed; "
        "try again shortly.",
    )


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


def url_without_password(url: str) -> str:
    """``url`` as it may be stored in settings: the password left out (it belongs in the
    keyring or .pgpass). ``URL.set(password=None)`` would keep it: None means "unchanged"."""
    p = sa.make_url(url)
    return sa.URL.create(p.drivername, p.username, None, p.host, p.port, p.database,
                         p.query).render_as_string(hide_password=False)


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
def central_engine(url: str | sa.URL, *, lock_timeout_ms: int | None = None
                   ) -> Iterator[sa.Engine]:
    """An engine on the central database; a clear error when it cannot be reached.

    Its sessions give up on a lock after ``lock_timeout_ms`` (default LOCK_TIMEOUT_MS), so a
    central some other login keeps busy answers "busy" (``busy_error``) instead of hanging."""
    u = sa.make_url(url)
    if not u.drivername.startswith("postgresql"):
        raise CentralError(
            "Sentraldatabasen må være PostgreSQL (postgresql+psycopg://…).",
            "The central database must be PostgreSQL (postgresql+psycopg://...).",
        )
    engine = make_engine(u, connect_args={"connect_timeout": 10,
                                          "options": client_options(lock_timeout_ms)})
    try:
        try:
            with engine.connect() as conn:
                conn.exec_driver_sql("SELECT 1")
        except sa.exc.OperationalError as exc:
            raise _unreachable(u, exc) from exc
        yield engine
    finally:
        engine.dispose()


def init_central(url: str | sa.URL, *, prefix: str | None = None,
                 user: str = "central-init") -> CentralInitResult:
    """Create or upgrade the central database at ``url``: schema, roles, policies, feed.

    An existing central keeps the role prefix it was made with: without ``prefix`` that one
    is used, and a different ``prefix`` is refused (it would hand the data to another set of
    roles and lock every user out: S4).
    """
    from ..models.migrate import upgrade_to_head  # lazy: Alembic ≈ 0.6 s

    with central_engine(url) as engine:
        with engine.connect() as conn:
            _require_superuser(conn)
            prefix = _settled_prefix(conn, prefix)
        roles = role_names(prefix)
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
            _history(conn, roles)
            _role_map(conn, roles)
            _unit_function(conn, roles)
            _policies(conn, roles)
            _grants(conn, roles)
            _check_hardening(conn, roles)
            revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    return CentralInitResult(str(revision), central_id, roles, created, seeded)


def _require_superuser(conn: sa.Connection) -> None:
    user, superuser = conn.exec_driver_sql(
        "SELECT current_user, rolsuper FROM pg_catalog.pg_roles WHERE rolname = current_user"
    ).one()
    if not superuser:
        raise CentralError(
            f"«central init» må kjøres som PostgreSQL-superbruker; «{user}» er ikke det. "
            "Ingenting er endret.",
            f"'central init' must run as a PostgreSQL superuser; '{user}' is not one. "
            "Nothing was changed.",
        )


def existing_prefix(conn: sa.Connection) -> str | None:
    """The role prefix a central was set up with (None: not a central yet)."""
    if not conn.exec_driver_sql("SELECT to_regclass('public.app_meta') IS NOT NULL").scalar():
        return None
    value = conn.exec_driver_sql(
        "SELECT value FROM public.app_meta WHERE key = 'central_prefix'").scalar()
    return str(value) if value else None


def _settled_prefix(conn: sa.Connection, wanted: str | None) -> str:
    current = existing_prefix(conn)
    if wanted is not None and current is not None and wanted != current:
        raise CentralError(
            f"Sentraldatabasen er satt opp med rolleprefikset «{current}», ikke «{wanted}». "
            "Et nytt prefiks ville stenge alle brukerne ute; ingenting er endret. Kjør uten "
            f"--prefix (eller med --prefix {current}).",
            f"The central database was set up with role prefix '{current}', not '{wanted}'. "
            "A new prefix would lock every user out; nothing was changed. Run without "
            f"--prefix (or with --prefix {current}).",
        )
    return check_prefix(wanted or current or DEFAULT_PREFIX)


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
    """Long because it is the feed's DDL in the order PostgreSQL needs it (sequence, gate,
    functions, grants, triggers, back-fill), each statement with its reason beside
    it."""
    owner = _q(roles.owner)
    conn.exec_driver_sql(f"CREATE SEQUENCE IF NOT EXISTS {FEED_SEQUENCE}")
    conn.exec_driver_sql(f"ALTER SEQUENCE {FEED_SEQUENCE} OWNER TO {owner}")
    conn.exec_driver_sql(f"CREATE TABLE IF NOT EXISTS public.{FEED_GATE} (x int)")
    conn.exec_driver_sql(f"ALTER TABLE public.{FEED_GATE} OWNER TO {owner}")
    conn.exec_driver_sql(f"REVOKE ALL ON public.{FEED_GATE} FROM PUBLIC")
    # The lock for a push taken before it reads anything (same lock as the trigger's).
    # SECURITY DEFINER: the gate's owner locks it; the caller needs no right on the table.
    # A transaction that holds it is also given an idle timeout: a login that starts a
    # write and walks away lets go within IDLE_IN_TRANSACTION_MS.
    lock_body = (
        f"PERFORM pg_catalog.set_config('idle_in_transaction_session_timeout', "
        f"'{IDLE_IN_TRANSACTION_MS}', true);\n"
        f"            LOCK TABLE public.{FEED_GATE} IN EXCLUSIVE MODE;"
    )
    conn.exec_driver_sql(f"""
        CREATE OR REPLACE FUNCTION public.boligreg_take_feed_lock() RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = {PINNED_PATH} AS $$
        BEGIN
            {lock_body}
        END $$""")
    # Statement level, before any row is touched: the lock always comes before row locks,
    # so a push (which takes it first) and an online edit cannot deadlock.
    conn.exec_driver_sql(f"""
        CREATE OR REPLACE FUNCTION public.boligreg_feed_lock() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = {PINNED_PATH} AS $$
        BEGIN
            {lock_body}
            RETURN NULL;
        END $$""")
    # After each statement, one set-based upsert from the transition table (a row trigger
    # would cost an extra statement per row: 10,000 rows of a push took seconds).
    conn.exec_driver_sql(f"""
        CREATE OR REPLACE FUNCTION public.boligreg_feed_rows() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = {PINNED_PATH} AS $$
        BEGIN
            IF TG_OP = 'DELETE' THEN
                INSERT INTO public.sync_feed (entity_type, entity_id, seq, version, purged)
                SELECT TG_TABLE_NAME, o.id, pg_catalog.nextval('public.{FEED_SEQUENCE}'),
                       o.version, true
                FROM oldrows o
                ON CONFLICT (entity_type, entity_id) DO UPDATE
                    SET seq = EXCLUDED.seq, version = EXCLUDED.version, purged = true;
            ELSE
                INSERT INTO public.sync_feed (entity_type, entity_id, seq, version, purged)
                SELECT TG_TABLE_NAME, n.id, pg_catalog.nextval('public.{FEED_SEQUENCE}'),
                       n.version, false
                FROM newrows n
                ON CONFLICT (entity_type, entity_id) DO UPDATE
                    SET seq = EXCLUDED.seq, version = EXCLUDED.version, purged = false;
            END IF;
            RETURN NULL;
        END $$""")
    conn.exec_driver_sql("DROP FUNCTION IF EXISTS boligreg_feed_row() CASCADE")
    for fn in ("boligreg_feed_lock()", "boligreg_feed_rows()", "boligreg_take_feed_lock()"):
        conn.exec_driver_sql(f"ALTER FUNCTION public.{fn} OWNER TO {owner}")
        conn.exec_driver_sql(f"REVOKE ALL ON FUNCTION public.{fn} FROM PUBLIC")
    conn.exec_driver_sql(
        "GRANT EXECUTE ON FUNCTION public.boligreg_take_feed_lock() TO "
        + ", ".join(_q(r) for r in roles.app_roles))
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
    conn.exec_driver_sql(f"LOCK TABLE public.{FEED_GATE} IN EXCLUSIVE MODE")
    for table in SYNC_TABLES:
        conn.exec_driver_sql(
            f"INSERT INTO sync_feed (entity_type, entity_id, seq, version, purged) "
            f"SELECT '{table}', t.id, nextval('{FEED_SEQUENCE}'), t.version, false "
            f"FROM {_q(table)} t WHERE NOT EXISTS (SELECT 1 FROM sync_feed f "
            f"WHERE f.entity_type = '{table}' AND f.entity_id = t.id) ORDER BY t.id"
        )


# Tables whose every change the central logs itself (its own change log: S5). The rows a
# client sends never carry who made a change; the trigger writes the real login.
# Only Record tables (with id, version, stamps and soft delete) are logged, as locally.
def _logged_tables() -> tuple[str, ...]:
    record = {"id", "version", "updated_at", "deleted_at"}
    return tuple(name for name in WRITE_RULES
                 if record <= set(Base.metadata.tables[name].columns.keys()))


LOGGED_TABLES: tuple[str, ...] = _logged_tables()
BOOKKEEPING_COLUMNS = ("created_at", "created_by", "updated_at", "updated_by", "version")


def _json_of(col: sa.Column, ref: str) -> str:
    """SQL giving the JSON text Python's ``encode`` writes for this column's value (None for
    NULL), so the central's log reads like a local copy's (floats keep ".0", timestamps
    isoformat's microseconds)."""
    v = f"{ref}.{_q(col.name)}"
    try:
        py = col.type.python_type
    except NotImplementedError:
        py = str

    if py is bool:
        body = f"CASE WHEN {v} THEN 'true' ELSE 'false' END"
    elif py is int:
        body = f"CAST({v} AS text)"
    elif py is float:
        body = (f"CASE WHEN {v} OPERATOR(pg_catalog.=) pg_catalog.trunc({v}) "
                f"AND pg_catalog.abs({v}) OPERATOR(pg_catalog.<) 1e16 "
                f"THEN CAST(CAST({v} AS bigint) AS text) OPERATOR(pg_catalog.||) '.0' "
                f"ELSE CAST({v} AS text) END")
    elif py is datetime:
        body = (f"'\"' OPERATOR(pg_catalog.||) pg_catalog.to_char({v}, "
                f"'YYYY-MM-DD\"T\"HH24:MI:SS') OPERATOR(pg_catalog.||) "
                f"CASE WHEN pg_catalog.to_char({v}, 'US') OPERATOR(pg_catalog.=) '000000' "
                f"THEN '' ELSE '.' OPERATOR(pg_catalog.||) pg_catalog.to_char({v}, 'US') END "
                f"OPERATOR(pg_catalog.||) '\"'")
    elif py is date:
        body = (f"'\"' OPERATOR(pg_catalog.||) pg_catalog.to_char({v}, 'YYYY-MM-DD') "
                f"OPERATOR(pg_catalog.||) '\"'")
    else:
        body = f"CAST(pg_catalog.to_jsonb(CAST({v} AS text)) AS text)"
    return f"(CASE WHEN {v} IS NULL THEN NULL ELSE {body} END)"


LOG_SEQUENCE = "boligreg_change_log_seq"


def _log_sequence(conn: sa.Connection, owner: str) -> None:
    """The central's write order of its change log (``central_seq``): a sequence owned by the
    owner, the column's default, and numbers for rows written before it existed (in time
    order), so every copy can ask for "the rows after the last one I took"."""
    seq = f"public.{LOG_SEQUENCE}"
    conn.exec_driver_sql(f"CREATE SEQUENCE IF NOT EXISTS {seq} AS bigint")
    conn.exec_driver_sql(f"ALTER SEQUENCE {seq} OWNER TO {owner}")
    conn.exec_driver_sql(f"ALTER SEQUENCE {seq} OWNED BY public.change_log.central_seq")
    conn.exec_driver_sql(f"REVOKE ALL ON SEQUENCE {seq} FROM PUBLIC")
    conn.exec_driver_sql("""
        WITH numbered AS (
            SELECT id, pg_catalog.row_number() OVER (ORDER BY changed_at, version, id) AS n
            FROM public.change_log WHERE central_seq IS NULL)
        UPDATE public.change_log c
        SET central_seq = numbered.n OPERATOR(pg_catalog.+) (
            SELECT COALESCE(pg_catalog.max(central_seq), 0) FROM public.change_log)
        FROM numbered WHERE c.id OPERATOR(pg_catalog.=) numbered.id""")
    conn.exec_driver_sql(
        f"SELECT pg_catalog.setval('{seq}', GREATEST(COALESCE((SELECT pg_catalog.max("
        f"central_seq) FROM public.change_log), 0), 1), "
        f"(SELECT pg_catalog.count(*) FROM public.change_log) OPERATOR(pg_catalog.>) 0)")
    conn.exec_driver_sql(f"ALTER TABLE public.change_log ALTER COLUMN central_seq "
                         f"SET DEFAULT pg_catalog.nextval('{seq}')")


def _history(conn: sa.Connection, roles: CentralRoles) -> None:
    """Triggers that write the central's change log for every accepted change (S5).

    One function per table, generated from the models: inserts log the whole row, updates
    one row per changed field (delete/restore when ``deleted_at`` moved), purges the old
    row. ``changed_by`` is ``session_user`` — the login itself, which neither SET ROLE nor
    anything a client sends can change; ``origin`` is the pushing copy's client id (the
    transaction-local setting ``boligreg.client``; NULL for a write made on the central).

    ``changed_at`` is when the change was made in the copy where it was made, never later
    than the central's clock (issue 13 item 7, copies agree). A push hands each record's
    steps in ``boligreg.steps`` (services/sync/server.py: per record id, per field the
    copy's own log rows ``[time, old, new, action]``, ``"*"`` the insert ``[time, snapshot]``,
    ``"-"`` the purge time): a field whose last step ends at the value actually written is
    logged step by step at the copy's times (the first step's old value is the central's
    own); any other change is logged once, at the row's ``updated_at``. ``central_seq``, the
    central's write order, comes from its own sequence (``_log_sequence``).

    Long because it is DDL generated per table in the order PostgreSQL needs it; split,
    the trigger text would be spread over helpers that each only make sense together.
    """
    owner = _q(roles.owner)
    _log_sequence(conn, owner)
    now = "pg_catalog.timezone('UTC', pg_catalog.now())"
    cols = ("id, txn_id, changed_at, changed_by, entity_type, entity_id, action, field, "
            "old_value, new_value, version, origin")
    txn = "'pg-' OPERATOR(pg_catalog.||) CAST(pg_catalog.txid_current() AS text)"
    uuid = "CAST(pg_catalog.gen_random_uuid() AS text)"
    # Text of a step's element (0 time, 1 old, 2 new, 3 action) and the time it counts from.
    el = "pg_catalog.jsonb_extract_path_text(s.step, '{i}')"
    at = f"LEAST(CAST({el.format(i=0)} AS timestamp), {now})"
    kind = (f"CASE WHEN {el.format(i=3)} IN ('update', 'delete', 'restore') "
            f"THEN {el.format(i=3)} ELSE x.action END")
    # A field's steps count only when the last one ends at the value written.
    ends = ("pg_catalog.jsonb_typeof(st.steps) OPERATOR(pg_catalog.=) 'array' "
            "AND pg_catalog.jsonb_array_length(st.steps) OPERATOR(pg_catalog.>) 0 "
            "AND CAST(pg_catalog.jsonb_extract_path_text(st.steps, CAST("
            "pg_catalog.jsonb_array_length(st.steps) OPERATOR(pg_catalog.-) 1 AS text), '2')"
            " AS jsonb) IS NOT DISTINCT FROM CAST(c.nv AS jsonb)")
    for name in LOGGED_TABLES:
        table = Base.metadata.tables[name]
        columns = list(table.columns)

        def snapshot(ref: str, columns: list[sa.Column] = columns) -> str:
            parts = [f"'\"{c.name}\": ' OPERATOR(pg_catalog.||) "
                     f"COALESCE({_json_of(c, ref)}, 'null')" for c in columns]
            return ("'{' OPERATOR(pg_catalog.||) "
                    + " OPERATOR(pg_catalog.||) ', ' OPERATOR(pg_catalog.||) ".join(parts)
                    + " OPERATOR(pg_catalog.||) '}'")

        when = f"LEAST(COALESCE(n.updated_at, {now}), {now})"
        data = [c for c in columns if c.name not in (*BOOKKEEPING_COLUMNS, "id")]
        values = ", ".join(
            f"('{c.name}', {_json_of(c, 'o')}, {_json_of(c, 'n')}, "
            f"o.{_q(c.name)} IS DISTINCT FROM n.{_q(c.name)})" for c in data)
        new_values = ", ".join(f"('{c.name}', {_json_of(c, 'n')})" for c in data)
        steps_of = ("LEFT JOIN LATERAL (SELECT pg_catalog.jsonb_extract_path(steps, n.id, "
                    "c.f) AS steps) AS st ON true")
        # The insert's own step: its time, and the copy's snapshot when it is this record's.
        ins_step = "pg_catalog.jsonb_extract_path_text(steps, n.id, '*', '{i}')"
        ins_snap = (f"CASE WHEN pg_catalog.jsonb_extract_path_text(CAST({ins_step.format(i=1)}"
                    f" AS jsonb), 'id') IS NOT DISTINCT FROM n.id "
                    f"THEN {ins_step.format(i=1)} ELSE {snapshot('n')} END")
        ins_at = f"LEAST(COALESCE(CAST({ins_step.format(i=0)} AS timestamp), n.updated_at, " \
                 f"{now}), {now})"
        del_at = (f"LEAST(COALESCE(CAST(pg_catalog.jsonb_extract_path_text(steps, o.id, '-') "
                  f"AS timestamp), {now}), {now})")
        fn = f"public.{_q('boligreg_log_' + name)}"
        conn.exec_driver_sql(f"""
            CREATE OR REPLACE FUNCTION {fn}() RETURNS trigger
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = {PINNED_PATH} AS $$
            DECLARE
                origin text := NULLIF(pg_catalog.current_setting('boligreg.client', true), '');
                steps jsonb := CAST(COALESCE(NULLIF(
                    pg_catalog.current_setting('boligreg.steps', true), ''), '{{}}') AS jsonb);
            BEGIN
                IF TG_OP = 'INSERT' THEN
                    INSERT INTO public.change_log ({cols})
                    SELECT {uuid}, {txn}, {ins_at}, session_user, TG_TABLE_NAME, n.id,
                           'insert', NULL, NULL, {ins_snap}, n.version, origin
                    FROM newrows n ORDER BY n.id;
                    -- Edits the copy made after the insert and before it pushed.
                    INSERT INTO public.change_log ({cols})
                    SELECT {uuid}, {txn}, {at}, session_user, TG_TABLE_NAME, x.id, {kind}, x.f,
                           {el.format(i=1)},
                           CASE WHEN s.i OPERATOR(pg_catalog.=) x.k THEN x.nv
                                ELSE {el.format(i=2)} END,
                           x.version, origin
                    FROM (SELECT n.id, n.version, 'update' AS action, c.f, c.nv,
                                 st.steps, pg_catalog.jsonb_array_length(st.steps) AS k
                          FROM newrows n CROSS JOIN LATERAL (VALUES {new_values}) AS c(f, nv)
                          {steps_of}
                          WHERE {ends}) x
                    CROSS JOIN LATERAL pg_catalog.jsonb_array_elements(x.steps)
                        WITH ORDINALITY AS s(step, i)
                    ORDER BY x.id, CAST({el.format(i=0)} AS timestamp), s.i, x.f;
                ELSIF TG_OP = 'DELETE' THEN
                    INSERT INTO public.change_log ({cols})
                    SELECT {uuid}, {txn}, {del_at}, session_user, TG_TABLE_NAME, o.id, 'purge',
                           NULL, {snapshot('o')}, NULL, o.version, origin
                    FROM oldrows o ORDER BY o.id;
                ELSE
                    INSERT INTO public.change_log ({cols})
                    SELECT {uuid}, {txn},
                           CASE WHEN s.step IS NULL THEN x.at ELSE {at} END,
                           session_user, TG_TABLE_NAME, x.id,
                           CASE WHEN s.step IS NULL THEN x.action ELSE {kind} END, x.f,
                           CASE WHEN s.step IS NULL OR s.i OPERATOR(pg_catalog.=) 1 THEN x.ov
                                ELSE {el.format(i=1)} END,
                           CASE WHEN s.step IS NULL OR s.i OPERATOR(pg_catalog.=) x.k
                                THEN x.nv ELSE {el.format(i=2)} END,
                           x.version, origin
                    FROM (SELECT n.id, n.version, {when} AS at,
                                 CASE WHEN o.deleted_at IS NOT DISTINCT FROM n.deleted_at
                                      THEN 'update' WHEN n.deleted_at IS NULL THEN 'restore'
                                      ELSE 'delete' END AS action,
                                 c.f, c.ov, c.nv,
                                 CASE WHEN {ends} THEN st.steps END AS steps,
                                 CASE WHEN {ends} THEN pg_catalog.jsonb_array_length(st.steps)
                                 END AS k
                          FROM newrows n JOIN oldrows o ON o.id OPERATOR(pg_catalog.=) n.id
                          CROSS JOIN LATERAL (VALUES {values}) AS c(f, ov, nv, changed)
                          {steps_of}
                          WHERE c.changed) x
                    LEFT JOIN LATERAL pg_catalog.jsonb_array_elements(x.steps)
                        WITH ORDINALITY AS s(step, i) ON true
                    ORDER BY x.id, CASE WHEN s.step IS NULL THEN x.at ELSE
                             CAST({el.format(i=0)} AS timestamp) END, s.i, x.f;
                END IF;
                RETURN NULL;
            END $$""")
        conn.exec_driver_sql(f"ALTER FUNCTION {fn}() OWNER TO {owner}")
        conn.exec_driver_sql(f"REVOKE ALL ON FUNCTION {fn}() FROM PUBLIC")
        t = _q(name)
        for short, event, ref in (
            ("ins", "INSERT", "NEW TABLE AS newrows"),
            ("upd", "UPDATE", "OLD TABLE AS oldrows NEW TABLE AS newrows"),
            ("del", "DELETE", "OLD TABLE AS oldrows"),
        ):
            trigger = f"boligreg_log_{short}"
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {trigger} ON {t}")
            conn.exec_driver_sql(
                f"CREATE TRIGGER {trigger} AFTER {event} ON {t} REFERENCING {ref} "
                f"FOR EACH STATEMENT EXECUTE FUNCTION {fn}()")
    # The ids a push handled, recorded by the owner with the real login (S5): logins have
    # no INSERT on sync_applied.
    conn.exec_driver_sql(f"""
        CREATE OR REPLACE FUNCTION public.boligreg_record_applied(p_rows jsonb) RETURNS void
        LANGUAGE sql SECURITY DEFINER SET search_path = {PINNED_PATH} AS $$
            INSERT INTO public.sync_applied (change_id, client_id, applied_at, applied_by,
                                             outcome, result_json)
            SELECT r OPERATOR(pg_catalog.->>) 'change_id', r OPERATOR(pg_catalog.->>) 'client_id',
                   {now}, session_user, r OPERATOR(pg_catalog.->>) 'outcome',
                   r OPERATOR(pg_catalog.->>) 'result_json'
            FROM pg_catalog.jsonb_array_elements(p_rows) AS r
        $$""")
    conn.exec_driver_sql(f"ALTER FUNCTION public.boligreg_record_applied(jsonb) OWNER TO {owner}")
    conn.exec_driver_sql("REVOKE ALL ON FUNCTION public.boligreg_record_applied(jsonb) FROM PUBLIC")
    conn.exec_driver_sql("GRANT EXECUTE ON FUNCTION public.boligreg_record_applied(jsonb) TO "
                         + ", ".join(_q(r) for r in roles.app_roles))


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
    # invoker's rights like boligreg_districts(), hardened the same way (schema-qualified
    # names, pinned search_path).
    conn.exec_driver_sql(f"""
        CREATE OR REPLACE FUNCTION public.boligreg_units() RETURNS varchar[]
        LANGUAGE sql STABLE SET search_path = {PINNED_PATH} AS $$
            SELECT COALESCE(pg_catalog.array_agg(r.unit_code), '{{}}')
            FROM public.central_role r
            JOIN pg_catalog.pg_roles p ON p.rolname OPERATOR(pg_catalog.=) r.role_name
            WHERE (r.kind OPERATOR(pg_catalog.=) 'district'
                   OR r.kind OPERATOR(pg_catalog.=) 'unit')
              AND r.unit_code IS NOT NULL
              AND pg_catalog.pg_has_role(current_user, p.oid, 'MEMBER')
        $$""")
    conn.exec_driver_sql(f"ALTER FUNCTION boligreg_units() OWNER TO {_q(roles.owner)}")


def _policies(conn: sa.Connection, roles: CentralRoles) -> None:
    # Invoker's rights (not SECURITY DEFINER): current_user is the role doing the write. The
    # body names only schema-qualified objects and the function pins its search_path with
    # pg_temp last: a login's temporary table, view, function or operator can never stand in
    # for the role map or the catalog (the S1 hole: pg_temp is searched first by default).
    conn.exec_driver_sql(f"""
        CREATE OR REPLACE FUNCTION public.boligreg_is(k varchar) RETURNS boolean
        LANGUAGE sql STABLE SET search_path = {PINNED_PATH} AS $$
            SELECT EXISTS (
                SELECT 1 FROM public.central_role r
                JOIN pg_catalog.pg_roles p ON p.rolname OPERATOR(pg_catalog.=) r.role_name
                WHERE r.kind OPERATOR(pg_catalog.=) k
                  AND pg_catalog.pg_has_role(current_user, p.oid, 'MEMBER'))
        $$""")
    conn.exec_driver_sql(f"""
        CREATE OR REPLACE FUNCTION public.boligreg_districts() RETURNS varchar[]
        LANGUAGE sql STABLE SET search_path = {PINNED_PATH} AS $$
            SELECT COALESCE(pg_catalog.array_agg(r.district_code), '{{}}')
            FROM public.central_role r
            JOIN pg_catalog.pg_roles p ON p.rolname OPERATOR(pg_catalog.=) r.role_name
            WHERE r.kind OPERATOR(pg_catalog.=) 'district'
              AND pg_catalog.pg_has_role(current_user, p.oid, 'MEMBER')
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
    for table in APPEND_ONLY:  # read and add; no UPDATE or DELETE policy, so none passes
        t = _q(table)
        for name in conn.exec_driver_sql(
            "SELECT policyname FROM pg_policies WHERE schemaname = 'public' AND tablename = %s",
            (table,),
        ).scalars().all():
            conn.exec_driver_sql(f"DROP POLICY {_q(name)} ON {t}")
        conn.exec_driver_sql(f"ALTER TABLE {t} ENABLE ROW LEVEL SECURITY")
        conn.exec_driver_sql(f"ALTER TABLE {t} FORCE ROW LEVEL SECURITY")
        conn.exec_driver_sql(f"CREATE POLICY boligreg_read ON {t} FOR SELECT USING (true)")
        conn.exec_driver_sql(f"CREATE POLICY boligreg_insert ON {t} FOR INSERT "
                             "WITH CHECK (true)")


def _grants(conn: sa.Connection, roles: CentralRoles) -> None:
    db = conn.exec_driver_sql("SELECT current_database()").scalar()
    app = ", ".join(_q(r) for r in roles.app_roles)
    # No login may create anything a policy or function could find instead of the real
    # object: no temporary tables (TEMP is PUBLIC's by default), no schemas, nothing in public.
    conn.exec_driver_sql(f"REVOKE TEMP, CREATE ON DATABASE {_q(str(db))} FROM PUBLIC")
    conn.exec_driver_sql(f"REVOKE TEMP, CREATE ON DATABASE {_q(str(db))} FROM {app}")
    conn.exec_driver_sql("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
    conn.exec_driver_sql(f"REVOKE CREATE ON SCHEMA public FROM {app}")
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


def hardening_problems(conn: sa.Connection, roles: CentralRoles,
                       logins: list[str] | tuple[str, ...] = ()) -> list[str]:
    """What would let a login change what the policies see; empty when the central is sound.

    Checked for PUBLIC, every app role and the given logins: no TEMP or CREATE on the
    database, no CREATE on any schema; every boligreg function pins its search_path with
    pg_temp last; every written table forces row-level security. ``init_central`` refuses to
    finish with any problem left, and the attack tests call it too.
    """
    problems: list[str] = []
    db = str(conn.exec_driver_sql("SELECT current_database()").scalar())
    grantees = ["public", *roles.app_roles, *logins]
    schemas = list(conn.exec_driver_sql(
        "SELECT nspname FROM pg_catalog.pg_namespace WHERE NOT starts_with(nspname, 'pg_') "
        "AND nspname <> 'information_schema'").scalars())
    for who in grantees:
        for priv in ("TEMP", "CREATE"):
            if conn.exec_driver_sql("SELECT pg_catalog.has_database_privilege(%s, %s, %s)",
                                    (who, db, priv)).scalar():
                problems.append(f"{who} has {priv} on database {db}")
        for schema in schemas:
            if conn.exec_driver_sql("SELECT pg_catalog.has_schema_privilege(%s, %s, 'CREATE')",
                                    (who, schema)).scalar():
                problems.append(f"{who} may create objects in schema {schema}")
    for name, config in conn.exec_driver_sql(
        "SELECT p.proname, p.proconfig FROM pg_catalog.pg_proc p "
        "JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace "
        "WHERE n.nspname = 'public' AND p.proname LIKE 'boligreg%%'"
    ).all():
        paths = [c.split("=", 1)[1].replace(" ", "") for c in (config or [])
                 if c.startswith("search_path=")]
        if paths != [PINNED_PATH.replace(" ", "")]:
            problems.append(f"function {name} does not pin search_path to {PINNED_PATH}")
    for table, rls, force in conn.exec_driver_sql(
        "SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity FROM pg_catalog.pg_class c "
        "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = 'public' AND c.relkind = 'r'"
    ).all():
        if (table in WRITE_RULES or table in APPEND_ONLY) and not (rls and force):
            problems.append(f"table {table} does not force row-level security")
    return problems


def _check_hardening(conn: sa.Connection, roles: CentralRoles) -> None:
    problems = hardening_problems(conn, roles)
    if problems:
        raise CentralError(
            "Sentraldatabasen kan ikke sikres: " + "; ".join(problems),
            "The central database cannot be secured: " + "; ".join(problems),
        )


def add_login(url: str | sa.URL, name: str, kind: str, *, prefix: str | None = None,
              password: str | None = None, existing: bool = False,
              also: bool = False) -> str:
    """Create LOGIN role ``name`` as a member of ``kind``'s group role.

    Refused unless asked for explicitly: making an existing PostgreSQL role (``postgres``,
    ``pg_signal_backend``, any role this call did not make) a boligreg user (``existing``),
    and giving a login that already has a boligreg role a second one (``also``). Never
    allowed: a reserved ``pg_`` role, a superuser or a role that can bypass row security.
    """
    if not NAME_RE.match(name):
        raise CentralError(f"Ugyldig brukernavn «{name}».", f"Invalid user name '{name}'.")
    with central_engine(url) as engine, engine.begin() as conn:
        roles = role_names(_settled_prefix(conn, prefix))
        group = roles.role_for(kind)
        if name in (roles.owner, *roles.app_roles) or name.startswith("pg_"):
            raise CentralError(
                f"«{name}» er en grupperolle eller en reservert rolle; en person logger inn "
                "som sin egen rolle.",
                f"'{name}' is a group or reserved role; a person logs in as their own role.",
            )
        row = conn.exec_driver_sql(
            "SELECT rolsuper, rolbypassrls, rolcanlogin FROM pg_catalog.pg_roles "
            "WHERE rolname = %s", (name,)).first()
        if row is None:
            conn.exec_driver_sql(f"CREATE ROLE {_q(name)} LOGIN")
        else:
            if row.rolsuper or row.rolbypassrls:
                raise CentralError(
                    f"«{name}» er superbruker eller kan omgå radnivåsikkerheten; den kan ikke "
                    "bli en boligreg-bruker.",
                    f"'{name}' is a superuser or bypasses row-level security; it cannot "
                    "become a boligreg user.",
                )
            if not existing:
                raise CentralError(
                    f"Rollen «{name}» finnes allerede i PostgreSQL. Ingenting er endret; bruk "
                    "--existing hvis den virkelig skal få tilgang til boligreg.",
                    f"The role '{name}' already exists in PostgreSQL. Nothing was changed; "
                    "use --existing if it really is to get access to boligreg.",
                )
            held = [r for r in conn.exec_driver_sql(
                "SELECT g.rolname FROM pg_catalog.pg_auth_members m "
                "JOIN pg_catalog.pg_roles g ON g.oid = m.roleid "
                "JOIN pg_catalog.pg_roles u ON u.oid = m.member WHERE u.rolname = %s",
                (name,)).scalars() if r in roles.app_roles and r != group]
            if held and not also:
                raise CentralError(
                    f"«{name}» har allerede rollen {', '.join(held)}. Ingenting er endret; bruk "
                    "--also for å gi en rolle til i tillegg.",
                    f"'{name}' already has the role {', '.join(held)}. Nothing was changed; "
                    "use --also to give one more role.",
                )
            if not row.rolcanlogin:
                conn.exec_driver_sql(f"ALTER ROLE {_q(name)} LOGIN")
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
    meta: dict[str, str] = dict(conn.exec_driver_sql(
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
    with central_engine(url) as engine, engine.connect() as conn:
        info = inspect_central(conn)
    check_client_connection(info)
    db = open_url(url, user=user, connect_args={"options": client_options()})
    db.notes.append(f"Tilkoblet sentraldatabasen som {info.user} ({', '.join(info.kinds)})")
    return db

