"""Published editions of a year's fact sheets (issue 13): frozen figures and PDF bytes.

``publish_year`` builds the year's 16 sheets from the register as registered at the end of
31.12 (services/history), renders them, and stores each sheet's figures, PDF bytes, SHA-256,
who and when, as edition N+1 of that year. Opening a published sheet returns the stored bytes
(checked against their hash), however the register has changed since. A second publication is
a "Revidert utgave" and lists, on the sheet, what changed from the edition before; the old
edition stays retrievable. Rows are only ever added.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa

from .. import formats
from ..errors import BoligregError, ValidationError
from ..models import Database, PublishedEdition, new_id, utcnow
from ..models.changelog import default_user
from .stats import OSLO, Figures, compute_figures, resolve_scope

# The figures whose change a revised edition names, with their Norwegian labels.
NAMED = {
    "dwellings_total": "Boliger",
    "vacant": "Ledige",
    "not_housing": "Ikke brukt som bolig",
    "agreements_active": "Aktive avtaler",
    "agreements_ending_12m": "Avtaler som utløper innen 12 mnd.",
    "population": "Folketall",
    "wheelchair_share": "Rullestolboliger, %",
}


@dataclass
class Edition:
    """One stored sheet of one edition."""

    year: int
    scope: str
    edition: int
    as_of: date | None
    figures: dict[str, Any]
    pdf: bytes
    sha256: str
    changes: list[str]
    published_at: datetime
    published_by: str


@dataclass
class PublishResult:
    year: int
    edition: int
    sheets: int
    changes: dict[str, list[str]]  # scope -> what changed from the edition before


def _fmt(v: Any) -> str:
    if v is None:
        return "–"
    if isinstance(v, float):
        return formats.number(v, 1)
    return formats.integer(v) if isinstance(v, int) else str(v)


def edition_changes(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """What a revised edition changes, in words: the named figures whose values differ."""
    out: list[str] = []
    for key, label in NAMED.items():
        a, b = old.get(key), new.get(key)
        if a != b:
            out.append(f"{label}: {_fmt(a)} → {_fmt(b)}")
    return out


def latest_edition(conn: sa.Connection, year: int) -> int:
    t = PublishedEdition.__table__
    return int(conn.execute(sa.select(sa.func.max(t.c.edition)).where(t.c.year == year))
               .scalar() or 0)


def publish_year(db: Database, year: int, *, as_of: date | None = None,
                 corrected: bool = False, user: str | None = None,
                 today: date | None = None) -> PublishResult:
    """Publish ``year``'s 16 sheets as the next edition (all or nothing): as registered at the
    end of ``as_of`` (default 31.12 of the year), or ``corrected`` with later changes."""
    from ..reports.factsheet import render_factsheet_bytes  # lazy: reportlab ≈ 0.3–0.8 s

    as_of = as_of or date(year, 12, 31)
    user = user or default_user()
    t = PublishedEdition.__table__
    with db.engine.begin() as conn:
        figures = compute_figures(conn, year, today=today, as_of=as_of, corrected=corrected)
        previous = latest_edition(conn, year)
        number = previous + 1
        old: dict[str, dict[str, Any]] = {}
        if previous:
            old = {r.scope: json.loads(r.figures_json) for r in conn.execute(
                sa.select(t.c.scope, t.c.figures_json)
                .where(t.c.year == year, t.c.edition == previous))}
        changes: dict[str, list[str]] = {}
        for scope, f in figures.items():
            f.edition = number
            f.edition_changes = edition_changes(old[scope], f.to_dict()) if scope in old \
                else []
            changes[scope] = f.edition_changes
        now = utcnow()
        rows = []
        for scope, f in figures.items():
            pdf = render_factsheet_bytes(figures, scope)
            rows.append({
                "id": _id(), "year": year, "scope": scope, "edition": number, "as_of": as_of,
                "figures_json": json.dumps(f.to_dict(), ensure_ascii=False), "pdf": pdf,
                "sha256": hashlib.sha256(pdf).hexdigest(),
                "changes_json": json.dumps(f.edition_changes, ensure_ascii=False),
                "published_at": now, "published_by": user,
            })
        conn.execute(sa.insert(t), rows)
    return PublishResult(year, number, len(rows), changes)


def _id() -> str:
    return new_id()


def list_editions(conn: sa.Connection, year: int) -> list[tuple[int, datetime, str, int]]:
    """(edition, published at, by, sheets) of ``year``, oldest first."""
    t = PublishedEdition.__table__
    return [tuple(r) for r in conn.execute(
        sa.select(t.c.edition, sa.func.min(t.c.published_at), sa.func.min(t.c.published_by),
                  sa.func.count())
        .where(t.c.year == year).group_by(t.c.edition).order_by(t.c.edition))]


def open_edition(conn: sa.Connection, year: int, scope: str,
                 edition: int | None = None) -> Edition:
    """A published sheet as stored (the latest edition unless ``edition``); its bytes are
    checked against their SHA-256."""
    t = PublishedEdition.__table__
    number = edition or latest_edition(conn, year)
    if not number:
        raise ValidationError(
            f"Faktaarkene for {year} er ikke publisert. Publiser med «boligreg factsheet "
            f"--publish --year {year}».",
            f"The fact sheets for {year} have not been published.", field="year")
    scopes = {r.scope: r for r in conn.execute(
        sa.select(t).where(t.c.year == year, t.c.edition == number))}
    if not scopes:
        raise ValidationError(f"Utgave {number} av faktaarkene for {year} finnes ikke.",
                              f"Edition {number} of the {year} fact sheets does not exist.",
                              field="edition")
    fake = {s: Figures(scope=s, number=json.loads(r.figures_json)["number"], name="",
                       official_name="", year=year, reference_date="", extracted_at="",
                       demo=False) for s, r in scopes.items()}
    key = resolve_scope(fake, scope) if scope.lower() != OSLO else OSLO
    r = scopes[key]
    if hashlib.sha256(r.pdf).hexdigest() != r.sha256:
        raise BoligregError(
            f"Det publiserte faktaarket ({key}, {year}, utgave {number}) er skadet: innholdet "
            "stemmer ikke med sjekksummen.",
            f"The published sheet ({key}, {year}, edition {number}) is damaged: its content "
            "does not match its checksum.")
    return Edition(year, key, number, r.as_of, json.loads(r.figures_json), bytes(r.pdf),
                   r.sha256, json.loads(r.changes_json or "[]"), r.published_at,
                   r.published_by)


@dataclass
class EditionSummary:
    """One published edition of a year, without the PDF bytes (for lists)."""

    year: int
    edition: int
    as_of: date | None
    published_at: datetime
    published_by: str
    sheets: int
    changes: dict[str, list[str]]  # scope -> what changed from the edition before

    @property
    def changed_sheets(self) -> int:
        return sum(1 for c in self.changes.values() if c)

    @property
    def revised(self) -> bool:
        return self.edition > 1


def edition_summaries(conn: sa.Connection, year: int) -> list[EditionSummary]:
    """Every published edition of ``year``, oldest first: when, by whom, how many sheets,
    and per sheet what changed from the edition before (empty for edition 1)."""
    t = PublishedEdition.__table__
    out: dict[int, EditionSummary] = {}
    for r in conn.execute(
            sa.select(t.c.edition, t.c.scope, t.c.as_of, t.c.published_at, t.c.published_by,
                      t.c.changes_json)
            .where(t.c.year == year).order_by(t.c.edition, t.c.scope)):
        s = out.get(r.edition)
        if s is None:
            s = out[r.edition] = EditionSummary(year, r.edition, r.as_of, r.published_at,
                                                r.published_by, 0, {})
        s.sheets += 1
        s.changes[r.scope] = json.loads(r.changes_json or "[]")
    return list(out.values())


def edition_filename(e: Edition) -> str:
    """The file name of a stored sheet: year, code, name and, from edition 2, the edition
    ("2025-030102-grunerlokka-utgave2.pdf"), as reports.factsheet names sheets."""
    from ..reports.factsheet import factsheet_filename

    f = Figures(**{k: v for k, v in e.figures.items() if k in Figures.__dataclass_fields__})
    f.edition = e.edition
    return factsheet_filename(f)
