"""Forvaltningsenheter: the bydeler and the central units that dispose of dwellings or hold
agreements. Reading them, naming one the way people do, and adding one (administrators)."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ..errors import BoligregError
from ..models import Unit, unit_id
from ..models.enums import UnitKind
from .controlchars import ControlCharError, clean_controls
from .identifiers import check_orgnr, normalize_orgnr

CODE_RE = re.compile(r"^[a-z][a-z0-9_]{1,19}$")


def clean_text(text: str, what: str) -> str:
    """``text`` as it may be stored: control characters handled (controlchars), and a lone
    surrogate (an undecodable command-line byte) refused with a message, not a crash."""
    if any("\ud800" <= c <= "\udfff" for c in text):
        raise UnitError(f"{what} inneholder tegn som ikke kan leses (ugyldig UTF-8).",
                            f"{what} contains characters that cannot be read (invalid UTF-8).")
    try:
        return clean_controls(text)
    except ControlCharError as exc:
        raise UnitError(f"{what}: {exc.nb}.", f"{what}: {exc.en}.") from exc


class UnitError(BoligregError):
    exit_code = 2  # bad input


@dataclass(frozen=True)
class UnitRow:
    code: str
    kind: str
    name: str
    official_name: str
    orgnr: str | None
    parent_code: str | None
    district_code: str | None


def list_units(conn: sa.Connection) -> list[UnitRow]:
    """Every live unit: bydeler in code order, then the central units by name."""
    u = Unit.__table__
    rows = conn.execute(
        sa.select(u.c.code, u.c.kind, u.c.name, u.c.official_name, u.c.orgnr, u.c.parent_code,
                  u.c.district_code).where(u.c.deleted_at.is_(None))
    ).all()
    out = [UnitRow(*r) for r in rows]
    return sorted(out, key=lambda r: (r.kind != UnitKind.DISTRICT, r.code if
                                      r.kind == UnitKind.DISTRICT else r.name.casefold()))


def _fold(text: str) -> str:
    text = " ".join(text.replace(".", ". ").split()).casefold()
    for prefix in ("oslo kommune ", "bydel "):
        text = text.removeprefix(prefix)
    return text.replace(". ", ".").replace(" ", "")


def resolve_unit(conn: sa.Connection, text: str) -> str:
    """The code of the unit ``text`` names: a code ("boligbygg", "030115"), a bydel number
    ("15", "1"), or a name as people write it ("Bydel Søndre Nordstrand", "St.Hanshaugen",
    "Boligbygg Oslo KF")."""
    wanted = clean_text(text, "Enheten").strip()
    units = list_units(conn)
    if wanted.isdigit() and len(wanted) <= 2:
        wanted = f"0301{int(wanted):02d}"
    for u in units:
        if wanted.casefold() == u.code:
            return u.code
    folded = _fold(wanted)
    hits = {u.code for u in units if folded in (_fold(u.name), _fold(u.official_name))}
    if len(hits) == 1:
        return hits.pop()
    known = ", ".join(u.code for u in units if u.kind == UnitKind.CENTRAL)
    raise UnitError(
        f"Ukjent enhet «{text}»: bruk et bydelsnummer (01–15), en bydel eller en sentral "
        f"enhet ({known}).",
        f"Unknown unit '{text}': use a bydel number (01-15), a bydel or a central unit "
        f"({known}).",
    )


def add_unit(session: Session, code: str, *, name: str, official_name: str | None = None,
             orgnr: str | None = None, parent: str | None = None,
             note: str | None = None) -> UnitRow:
    """Add a central unit (bydeler are reference data). ``parent`` names the unit it is part
    of. The orgnr, when given, must pass the modulus-11 check."""
    code = code.strip().casefold()
    if not CODE_RE.match(code):
        raise UnitError(
            f"Ugyldig enhetskode «{code}»: små bokstaver a–z, sifre og _, 2–20 tegn, "
            "første tegn en bokstav.",
            f"Invalid unit code '{code}': lower-case a-z, digits and _, 2-20 characters, "
            "starting with a letter.",
        )
    name = clean_text(name, "Navnet")
    official_name = clean_text(official_name, "Det offisielle navnet") if official_name else None
    note = clean_text(note, "Merknaden") if note else None
    if not name.strip():
        raise UnitError("Enheten må ha et navn.", "The unit needs a name.")
    conn = session.connection()
    u = Unit.__table__
    if conn.execute(sa.select(u.c.id).where(u.c.code == code)).first():
        raise UnitError(f"Enheten «{code}» finnes allerede.", f"Unit '{code}' already exists.")
    digits = None
    if orgnr and orgnr.strip():
        problem = check_orgnr(orgnr)
        if problem:
            raise UnitError(f"{problem}: «{orgnr}».", f"Invalid organisasjonsnummer '{orgnr}'.")
        digits = normalize_orgnr(orgnr)
    parent_code = resolve_unit(conn, parent) if parent else None
    unit = Unit(id=unit_id(code), code=code, kind=UnitKind.CENTRAL, name=name.strip(),
                official_name=(official_name or name).strip(), orgnr=digits,
                parent_code=parent_code, district_code=None, note=note)
    session.add(unit)
    session.flush()
    return UnitRow(code, UnitKind.CENTRAL, unit.name, unit.official_name, digits, parent_code,
                   None)
