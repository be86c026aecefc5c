"""Connecting to the central for a housing officer: connection profiles, "Test tilkobling"
and one sync from a profile, with a Norwegian message for every way it can fail.

A profile is what an officer knows (server, port, database, user); the URL the engine needs
is built here and never shown. The password lives in the operating system's keyring
(Windows Credential Manager, macOS Keychain, Secret Service), never in a file: profiles are
stored without it (``dump_profiles``), and ``load_profiles`` drops any password a hand-edited
file might hold.

``classify`` turns what the driver, the server or the handshake says into a ``ConnectError``
with a ``kind`` (``FAILURE_KINDS``) and a text fit for a person. libpq reports connection
failures without a SQLSTATE, so the server's FATAL line and libpq's own wording are matched;
anything not recognised gets a general Norwegian message, never the driver's English text
(that stays in ``ConnectError.detail`` for the log). The URL form of the CLI
(``--central URL``) goes on working beside this.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field

import sqlalchemy as sa

from ...errors import BoligregError, CancelledError, ValidationError
from ...i18n import QT_TRANSLATE_NOOP, Labels, translate
from ...models import Database
from ...models.crypto import _keyring as backend
from ...models.db import SCHEMA_HEAD
from ...resources import districts, units
from ..central import (
    CentralBusyError,
    CentralError,
    central_engine,
    inspect_central,
)
from .engine import SyncError, SyncResult, check_local, sync

KEYRING_SERVICE = "boligreg-central"
DEFAULT_PORT = 5432
DRIVER = "postgresql+psycopg"
HOST_RE = re.compile(r"^[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$|^\[?[0-9A-Fa-f:.]+\]?$")
USER_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_.@-]{0,62}$")
DBNAME_RE = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,62}$")

# Every way "Test tilkobling" or a sync from a profile can fail, and its heading.
FAILURE_KINDS: Mapping[str, str] = Labels("SyncConnect", {
    "unreachable": QT_TRANSLATE_NOOP("SyncConnect", "Får ikke kontakt med serveren"),
    "unknown_host": QT_TRANSLATE_NOOP("SyncConnect", "Finner ikke serveren"),
    "password_missing": QT_TRANSLATE_NOOP("SyncConnect", "Passord mangler"),
    "auth": QT_TRANSLATE_NOOP("SyncConnect", "Feil brukernavn eller passord"),
    "no_database": QT_TRANSLATE_NOOP("SyncConnect", "Databasen finnes ikke"),
    "no_access": QT_TRANSLATE_NOOP("SyncConnect", "Ingen tilgang til databasen"),
    "not_central": QT_TRANSLATE_NOOP("SyncConnect", "Ikke en boligreg-sentraldatabase"),
    "schema": QT_TRANSLATE_NOOP("SyncConnect", "Feil skjemaversjon"),
    "owner": QT_TRANSLATE_NOOP("SyncConnect", "Feil type bruker"),
    "no_role": QT_TRANSLATE_NOOP("SyncConnect", "Ingen rolle for bydelen"),
    "busy": QT_TRANSLATE_NOOP("SyncConnect", "Sentraldatabasen er opptatt"),
    "lost": QT_TRANSLATE_NOOP("SyncConnect", "Forbindelsen ble brutt"),
    "keyring": QT_TRANSLATE_NOOP("SyncConnect", "Passordlageret er ikke tilgjengelig"),
    "other": QT_TRANSLATE_NOOP("SyncConnect", "Tilkoblingen feilet"),
})


class ConnectError(BoligregError):
    """A failed connection, classified: ``kind`` is a key of FAILURE_KINDS; ``detail`` is the
    driver's own text (for the log, never for the person)."""

    def __init__(self, kind: str, nb: str, en: str, detail: str = "") -> None:
        super().__init__(nb, en)
        self.kind = kind
        self.detail = detail

    @property
    def heading(self) -> str:
        return FAILURE_KINDS[self.kind]


# --- profiles ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class ConnectionProfile:
    """How to reach the central as one person: no password here (see ``get_password``)."""

    name: str
    server: str
    port: int = DEFAULT_PORT
    database: str = "boligreg"
    user: str = ""

    @property
    def account(self) -> str:
        """The keyring's account name: who logs in where (the profile's name may change)."""
        return f"{self.user}@{self.server}:{self.port}/{self.database}"

    @property
    def where(self) -> str:
        """For people: "kari på boligreg.oslo.kommune.no (boligreg)"."""
        port = "" if self.port == DEFAULT_PORT else f":{self.port}"
        return f"{self.user} på {self.server}{port} ({self.database})"

    def url(self, password: str | None = None) -> sa.URL:
        """The URL the sync engine takes; the password only in memory."""
        return sa.URL.create(DRIVER, self.user, password or None, self.server, self.port,
                             self.database)


def validate_profile(profile: ConnectionProfile) -> ConnectionProfile:
    """The profile with its fields trimmed; ValidationError (with the field) when one is
    missing or cannot be right."""
    p = ConnectionProfile(profile.name.strip(), profile.server.strip(), profile.port,
                          profile.database.strip(), profile.user.strip())
    if not p.name:
        raise ValidationError("Gi profilen et navn.", "Give the profile a name.", field="name")
    if not p.server or not HOST_RE.match(p.server):
        raise ValidationError(
            "Skriv serverens navn eller IP-adresse, for eksempel boligreg.oslo.kommune.no.",
            "Enter the server's name or IP address.", field="server")
    if not isinstance(p.port, int) or not 1 <= p.port <= 65535:
        raise ValidationError("Porten er et tall fra 1 til 65535 (vanligvis 5432).",
                              "The port is a number from 1 to 65535.", field="port")
    if not p.database or not DBNAME_RE.match(p.database):
        raise ValidationError("Skriv navnet på databasen (vanligvis boligreg).",
                              "Enter the database's name.", field="database")
    if not p.user or not USER_RE.match(p.user):
        raise ValidationError("Skriv brukernavnet ditt i sentraldatabasen.",
                              "Enter your user name on the central database.", field="user")
    return p


def profile_from_url(url: str | sa.URL, name: str = "Sentraldatabasen") -> ConnectionProfile:
    """A profile from a central's URL (the address an older version kept in the settings);
    any password in it is not carried over."""
    u = sa.make_url(url)
    return ConnectionProfile(name, u.host or "", u.port or DEFAULT_PORT, u.database or "",
                             u.username or "")


def central_label(name: str | None) -> str:
    """The central a copy last synced with (the engine keeps its URL without password), as
    "server (database)"; "" when unknown."""
    if not name:
        return ""
    try:
        u = sa.make_url(name)
    except Exception:  # noqa: BLE001 - an older copy may have noted something else
        return ""
    return f"{u.host} ({u.database})" if u.host else ""


def dump_profiles(profiles: list[ConnectionProfile]) -> str:
    """The text the settings keep: names, servers, ports, databases, users — no password."""
    return json.dumps([asdict(p) for p in profiles], ensure_ascii=False)


def load_profiles(text: str | None) -> list[ConnectionProfile]:
    """Profiles from the settings; entries that cannot be read are left out, as is any key
    but the five (a password someone typed into the file is never read)."""
    try:
        rows = json.loads(text or "[]")
    except ValueError:
        return []
    out: list[ConnectionProfile] = []
    for row in rows if isinstance(rows, list) else []:
        if not isinstance(row, dict):
            continue
        try:
            port = int(row.get("port", DEFAULT_PORT))
            out.append(ConnectionProfile(str(row["name"]), str(row["server"]), port,
                                         str(row.get("database", "boligreg")),
                                         str(row.get("user", ""))))
        except (KeyError, TypeError, ValueError):
            continue
    return out


# --- the keyring ------------------------------------------------------------------------------
def _keyring():  # noqa: ANN202 - the keyring module, or None where there is no real backend
    try:
        return backend()
    except Exception:  # noqa: BLE001 - no keyring backend at all
        return None


def keyring_available() -> bool:
    return _keyring() is not None


def get_password(profile: ConnectionProfile) -> str | None:
    kr = _keyring()
    if kr is None:
        return None
    try:
        return kr.get_password(KEYRING_SERVICE, profile.account)
    except Exception:  # noqa: BLE001 - a locked or broken keyring is "no password"
        return None


def store_password(profile: ConnectionProfile, password: str) -> None:
    kr = _keyring()
    if kr is None:
        raise ConnectError(
            "keyring",
            "Operativsystemets passordlager er ikke tilgjengelig, så passordet kan ikke "
            "huskes. Det brukes bare til boligreg lukkes.",
            "The operating system's keyring is not available, so the password cannot be "
            "remembered. It is used until boligreg closes.",
        )
    kr.set_password(KEYRING_SERVICE, profile.account, password)


def forget_password(profile: ConnectionProfile) -> None:
    kr = _keyring()
    if kr is None:
        return
    with contextlib.suppress(Exception):
        kr.delete_password(KEYRING_SERVICE, profile.account)


# --- classifying failures ---------------------------------------------------------------------
def _driver_text(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None) or exc
    return str(orig).strip()


def _chain(exc: BaseException) -> list[BaseException]:
    out: list[BaseException] = []
    seen: BaseException | None = exc
    while seen is not None and seen not in out:
        out.append(seen)
        orig = getattr(seen, "orig", None)
        if isinstance(orig, BaseException) and orig not in out:
            out.append(orig)
        seen = seen.__cause__ or seen.__context__
    return out


# (kind, pattern) in the order they are tried against libpq's and the server's words.
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("password_missing", re.compile(r"no password supplied|password is required", re.I)),
    ("auth", re.compile(r"password authentication failed|authentication failed"
                        r"|role \".*\" does not exist|is not permitted to log in"
                        r"|pg_hba\.conf rejects|no pg_hba\.conf entry", re.I)),
    ("no_database", re.compile(r"database \".*\" does not exist", re.I)),
    ("no_access", re.compile(r"permission denied for database", re.I)),
    ("unknown_host", re.compile(r"could not translate host name|failed to resolve host"
                                r"|name or service not known|nodename nor servname", re.I)),
    ("lost", re.compile(r"terminating connection|connection has been closed"
                        r"|consuming input failed|ssl connection has been closed", re.I)),
    ("unreachable", re.compile(r"connection refused|timeout expired|timed out"
                               r"|the database system is (starting up|shutting down)"
                               r"|no route to host|network is unreachable"
                               r"|could not connect to server|server closed the connection"
                               r"|connection to server .* failed", re.I)),
)


# Server errors that do carry a SQLSTATE (a session that was open, or a refusal sent as one).
_SQLSTATES = {"28P01": "auth", "28000": "auth", "3D000": "no_database", "57P01": "lost",
              "57P02": "lost", "57P03": "unreachable"}


def _by_sqlstate(state: str | None) -> str | None:
    if not state:
        return None
    if state.startswith("08"):  # connection exception
        return "lost"
    return _SQLSTATES.get(state)


def classify(exc: BaseException, profile: ConnectionProfile | None = None) -> ConnectError:
    """What went wrong, in Norwegian, from a driver error, a server's answer or the sync's
    own errors (a ConnectError is returned as it is)."""
    for e in _chain(exc):
        if isinstance(e, ConnectError):
            return e
    for e in _chain(exc):
        if isinstance(e, CentralBusyError):
            return ConnectError("busy", e.nb, e.en, _driver_text(exc))
    server = profile.server if profile else "serveren"
    port = profile.port if profile else DEFAULT_PORT
    user = profile.user if profile else "brukeren"
    database = profile.database if profile else "databasen"
    detail = ""
    kind = None
    for e in _chain(exc):
        if type(e).__module__.split(".")[0] in ("psycopg", "psycopg2"):
            detail = _driver_text(e)
            kind = _by_sqlstate(getattr(e, "sqlstate", None)) or next(
                (k for k, rx in _PATTERNS if rx.search(detail)), None)
            if kind is None and getattr(getattr(e, "pgconn", None), "used_password", False):
                kind = "auth"
            break
        if isinstance(e, sa.exc.DBAPIError):
            detail = _driver_text(e)
    if kind is None and detail:
        kind = next((k for k, rx in _PATTERNS if rx.search(detail)), None)
    texts: dict[str, tuple[str, str]] = {
        "unreachable": (
            f"Får ikke kontakt med serveren {server} på port {port}. Kontroller at du er "
            "koblet til kommunens nett (eller VPN), og at servernavn og port er riktige.",
            f"Cannot reach the server {server} on port {port}. Check the network (or VPN) "
            "and the server name and port."),
        "unknown_host": (
            f"Finner ingen server som heter «{server}». Kontroller stavemåten, og at du er "
            "koblet til kommunens nett (eller VPN).",
            f"No server called '{server}' was found. Check the spelling and the network."),
        "password_missing": (
            f"Serveren ber om passord for «{user}». Skriv passordet i profilen.",
            f"The server asks for a password for '{user}'. Enter it in the profile."),
        "auth": (
            f"Serveren godtok ikke brukernavnet «{user}» med dette passordet. Kontroller "
            "begge; har du glemt passordet, be administratoren om et nytt.",
            f"The server did not accept the user '{user}' with this password."),
        "no_database": (
            f"Serveren {server} har ingen database som heter «{database}». Kontroller "
            "databasenavnet i profilen.",
            f"The server {server} has no database called '{database}'."),
        "no_access": (
            f"«{user}» har ikke lov til å koble til databasen «{database}». Be "
            "administratoren om tilgang.",
            f"'{user}' may not connect to the database '{database}'."),
        "lost": (
            "Forbindelsen til sentraldatabasen ble brutt. Ingenting er tapt eller dobbelt; "
            "prøv igjen når nettet er tilbake.",
            "The connection to the central database was lost. Nothing is lost or doubled; "
            "try again when the network is back."),
        "other": (
            "Tilkoblingen til sentraldatabasen feilet av en grunn boligreg ikke kjenner. "
            "Kontroller profilen og prøv igjen; hjelper ikke det, kontakt administratoren.",
            "The connection to the central database failed for a reason boligreg does not "
            "know. Check the profile and try again."),
    }
    if kind is None:  # not a connection failure boligreg knows: said so, in Norwegian
        kind = "other"
    for e in _chain(exc):  # the handshake's own, already Norwegian, messages
        if isinstance(e, (CentralError, BoligregError)) and not detail and kind == "other":
            return ConnectError("other", e.nb, e.en)
    nb, en = texts[kind]
    return ConnectError(kind, nb, en, detail)


# --- test and sync ----------------------------------------------------------------------------
@dataclass
class ConnectionCheck:
    """What "Test tilkobling" found: who we are on the central and what we may do."""

    profile: ConnectionProfile
    user: str
    roles: list[str] = field(default_factory=list)  # Norwegian, "Bydel Sagene", "Revisor"
    central_id: str = ""
    revision: str = ""

    @property
    def summary(self) -> str:
        """What the check found, in the chosen language."""
        return translate("SyncConnect", "Tilkoblet som {user} — {roles}. Sentraldatabasen er "
                         "klar for synkronisering.").format(user=self.user,
                                                           roles=", ".join(self.roles))



def _role_labels(kinds: list[str]) -> list[str]:
    names = {d.code: d.name for d in districts()}
    unit_names = {u.code: u.name for u in units()}
    out = []
    for k in kinds:
        kind, _, code = k.partition(":")
        if kind == "admin":
            out.append(translate("SyncConnect", "Administrator"))
        elif kind == "auditor":
            out.append(translate("SyncConnect", "Revisor"))
        elif kind == "district":
            out.append(translate("SyncConnect", "Bydel {name}").format(
                name=names.get(code, code)))
        else:
            out.append(unit_names.get(code, code) or k)
    return out


def _no_role(user: str) -> ConnectError:
    return ConnectError(
        "no_role",
        f"Brukeren «{user}» kan logge inn, men har ingen rolle i sentraldatabasen "
        "(ingen bydel, enhet, revisor eller administrator). Be administratoren gi deg "
        "rollen for din bydel.",
        f"The user '{user}' can log in but has no role in the central database. "
        "Ask the administrator for your bydel's role.",
    )


def _handshake(conn: sa.Connection, profile: ConnectionProfile) -> ConnectionCheck:
    try:
        info = inspect_central(conn)
    except sa.exc.DBAPIError as exc:
        # A login in no boligreg group may not even read the central's identity (42501).
        if getattr(exc.orig, "sqlstate", None) == "42501":
            raise _no_role(profile.user) from exc
        raise
    except CentralError as exc:
        raise ConnectError(
            "not_central",
            f"Databasen «{profile.database}» på {profile.server} er ikke en "
            "boligreg-sentraldatabase. Kontroller databasenavnet; er det riktig, må "
            "administratoren sette den opp («boligreg central init»).",
            f"The database '{profile.database}' on {profile.server} is not a boligreg "
            "central database.",
        ) from exc
    if info.revision != SCHEMA_HEAD:
        older = "sentraldatabasen" if (info.revision or "") < SCHEMA_HEAD else "programmet"
        raise ConnectError(
            "schema",
            f"Sentraldatabasen har skjemaversjon {info.revision or 'ukjent'}, dette programmet "
            f"{SCHEMA_HEAD}. Ingenting er synkronisert. Det er {older} som er eldst og må "
            "oppdateres; kontakt administratoren.",
            f"The central database is on schema {info.revision}, this program on "
            f"{SCHEMA_HEAD}. Nothing was synced; upgrade whichever is older.",
        )
    if info.superuser or info.user == info.owner:
        raise ConnectError(
            "owner",
            f"«{info.user}» er en administrativ bruker som overstyrer tilgangskontrollen. Koble "
            "til som din egen bruker.",
            f"'{info.user}' is an administrative user that bypasses the access control. "
            "Connect as your own user.",
        )
    if not info.kinds:
        raise _no_role(info.user)
    return ConnectionCheck(profile, info.user, _role_labels(info.kinds), info.central_id,
                           info.revision or "")


def check_connection(profile: ConnectionProfile, password: str | None) -> ConnectionCheck:
    """Connect as the profile says and run the sync's handshake; nothing is written.

    Raises ConnectError (one of FAILURE_KINDS) when anything is wrong."""
    profile = validate_profile(profile)
    try:
        with central_engine(profile.url(password)) as engine, engine.connect() as conn:
            return _handshake(conn, profile)
    except ConnectError:
        raise
    except Exception as exc:  # noqa: BLE001 - every failure becomes a Norwegian message
        raise classify(exc, profile) from exc


ProgressFn = Callable[[int, str], None]
CancelFn = Callable[[], bool]


def sync_with_profile(db: Database, profile: ConnectionProfile, password: str | None, *,
                      progress: ProgressFn | None = None, cancel: CancelFn | None = None,
                      retry_delays: tuple[float, ...] | None = None) -> SyncResult:
    """``check_connection`` and then one sync (``engine.sync``) with the profile's URL.

    Returns the engine's SyncResult. Cancelling (``cancel``) raises CancelledError; a failure
    raises ConnectError, or the engine's own Norwegian SyncError (a copy of another central).
    """
    report = progress or (lambda _p, _t: None)
    check_local(db)
    report(0, f"Kobler til {profile.server}")
    check_connection(profile, password)
    if cancel is not None and cancel():
        raise CancelledError()
    try:
        return sync(db, profile.url(password), progress=progress, cancel=cancel,
                    retry_delays=retry_delays)
    except (CancelledError, ConnectError):
        raise
    except SyncError as exc:
        if exc.__cause__ is None:  # the engine's own message (another central, ...)
            raise
        err = classify(exc.__cause__, profile)
        if err.kind == "other" and isinstance(exc.__cause__, sa.exc.OperationalError):
            err = ConnectError("lost", *_LOST, err.detail)  # the engine saw the link go
        raise _during_sync(err) from exc
    except Exception as exc:  # noqa: BLE001 - driver text never reaches the person
        raise _during_sync(classify(exc, profile)) from exc


def _is_driver(e: BaseException) -> bool:
    return isinstance(e, sa.exc.DBAPIError) or \
        type(e).__module__.split(".")[0] in ("psycopg", "psycopg2")


def friendly(exc: BaseException, url: str | sa.URL | None = None) -> BaseException:
    """For the URL form's paths (F9 without a profile, online work): an error that carries
    driver text becomes the classified ConnectError; boligreg's own Norwegian errors (busy,
    another central, cancelled) are returned as they are."""
    if isinstance(exc, (ConnectError, CancelledError)):
        return exc
    if not any(_is_driver(e) for e in _chain(exc)):
        return exc
    profile = None
    if url is not None:
        with contextlib.suppress(Exception):
            profile = profile_from_url(url)
    err = classify(exc, profile)
    if isinstance(exc, SyncError) and exc.__cause__ is not None:  # the engine saw it mid-sync
        if err.kind == "other" and isinstance(exc.__cause__, sa.exc.OperationalError):
            err = ConnectError("lost", *_LOST, err.detail)
        err = _during_sync(err)
    return err


def _during_sync(err: ConnectError) -> ConnectError:
    """The server answered the test a moment ago: a network failure now is a lost link."""
    if err.kind in ("unreachable", "unknown_host", "lost"):
        return ConnectError("lost", *_LOST, err.detail)
    return err


_LOST = ("Forbindelsen til sentraldatabasen ble brutt under synkroniseringen. Ingenting er "
         "tapt eller dobbelt; synkroniser igjen når nettet er tilbake.",
         "The connection to the central database was lost during the sync. Nothing is lost "
         "or doubled; sync again when the network is back.")
