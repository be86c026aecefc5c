"""Queries behind the register workspace: tables, details with links, history, follow-up.

The grids get plain tuples from Core selects (dates and enums cast to strings, so the driver
does no per-cell conversion; ISO dates sort and compare as text) and keep them in memory:
:class:`RowSet` sorts and filters them in Python, which on 100,000 dwellings is tens of
milliseconds, far below a round-trip per keystroke. Single records and their links use small
Core queries; writes go through the ORM (``records.save_changes`` and :func:`create_record`)
so the change log follows by itself.

Maintenance responsibility lives here too: the matrix of a property, the usual split
(facts.md, "Maintenance in Oslo") and :func:`set_assignments`, which moves one target's
assignments to a wanted set in one version-checked transaction.

No Qt: the CLI, the tests and the benchmarks call the same functions as the window.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ..errors import BoligregError, StaleRecordError
from ..models import (
    ENTITY_TYPES,
    Agreement,
    AgreementDwelling,
    AuditRun,
    ChangeLog,
    Database,
    District,
    Dwelling,
    Finding,
    MaintenanceResponsibility,
    Property,
    Record,
    Tenancy,
    Unit,
    utcnow,
)
from ..models.changelog import BOOKKEEPING
from ..models.enums import (
    AgreementKind,
    DwellingStatus,
    FindingStatus,
    MaintenanceScope,
    OwnerKind,
    ResponsibleParty,
    Severity,
    TenancyKind,
    Tenure,
    label_nb,
)

T = TypeVar("T")

# --- Names ---------------------------------------------------------------------------------

ENTITY_LABELS = {
    "dwelling": "Bolig",
    "property": "Eiendom",
    "agreement": "Avtale",
    "agreement_dwelling": "Bolig i avtale",
    "maintenance_responsibility": "Vedlikeholdsansvar",
    "tenancy": "Leieforhold",
    "district": "Bydel",
    "finding": "Avvik",
    "landlord": "Utleier",
}

_COMMON_LABELS = {
    "id": "Id",
    "deleted_at": "Slettet",
    "note": "Merknad",
    "district_code": "Bydel",
    "start_date": "Startdato",
    "end_date": "Sluttdato",
    "property_id": "Eiendom",
    "dwelling_id": "Bolig",
    "agreement_id": "Avtale",
}

FIELD_LABELS: dict[str, dict[str, str]] = {
    "dwelling": {
        "unit_number": "Bruksenhetsnummer",
        "area_m2": "Areal (m²)",
        "rooms": "Antall rom",
        "target_group": "Målgruppe",
        "tenure": "Disposisjonsform",
        "status": "Status",
        "actual_use": "Faktisk bruk",
        "wheelchair_accessible": "Tilgjengelig for rullestol",
        "vacant_since": "Ledig siden",
        "last_inspection": "Sist kontrollert",
    },
    "property": {
        "street_address": "Adresse",
        "postcode": "Postnummer",
        "gnr": "Gårdsnummer",
        "bnr": "Bruksnummer",
        "fnr": "Festenummer",
        "snr": "Seksjonsnummer",
        "owner_kind": "Eierform",
        "owner_name": "Eier",
        "owner_orgnr": "Eiers org.nr.",
        "built_year": "Byggeår",
    },
    "agreement": {
        "kind": "Avtaletype",
        "reference": "Avtalereferanse",
        "landlord_name": "Utleier",
        "landlord_orgnr": "Utleiers org.nr.",
        "notice_months": "Oppsigelsestid (mnd.)",
        "monthly_rent": "Månedsleie (kr)",
        "last_reviewed": "Sist gjennomgått",
        "responsible_officer": "Saksbehandler",
        "project_total_dwellings": "Boliger i prosjektet",
    },
    "agreement_dwelling": {"from_date": "Fra", "to_date": "Til"},
    "maintenance_responsibility": {
        "scope": "Ansvarsområde",
        "party": "Ansvarlig",
        "valid_from": "Gyldig fra",
        "valid_to": "Gyldig til",
    },
    "tenancy": {
        "kind": "Type leieforhold",
        "next_review": "Neste vurdering",
        "case_reference": "Saksreferanse",
    },
}


def field_label(entity: str, name: str) -> str:
    """Norwegian name of a field, for forms, history and conflict dialogs."""
    return FIELD_LABELS.get(entity, {}).get(name) or _COMMON_LABELS.get(name) or name


def _column_type(entity: str, name: str) -> sa.types.TypeEngine | None:
    model = ENTITY_TYPES.get(entity)
    if model is None or name not in model.__table__.c:
        return None
    return model.__table__.c[name].type


def _parse_iso(value: str) -> date | datetime | None:
    try:
        return datetime.fromisoformat(value) if len(value) > 10 else date.fromisoformat(value)
    except ValueError:
        return None


def fmt_date(value: date | str | None) -> str:
    """dd.mm.åååå ('' for none); accepts a date or an ISO string from the grids."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        value = value[:10]
        return f"{value[8:10]}.{value[5:7]}.{value[0:4]}" if len(value) == 10 else value
    return value.strftime("%d.%m.%Y")


def local_time(value: datetime) -> datetime:
    """A stored (naive UTC) time in the machine's time zone."""
    return value.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def fmt_datetime(value: datetime | str | None) -> str:
    """dd.mm.åååå tt:mm in local time for a stored UTC time."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        parsed = _parse_iso(value.replace(" ", "T"))
        if not isinstance(parsed, datetime):
            return value
        value = parsed
    return local_time(value).strftime("%d.%m.%Y %H:%M")


def fmt_number(value: float | int | None, decimals: int = 0) -> str:
    """Norwegian number: thin space thousands, decimal comma."""
    if value is None or value == "":
        return ""
    text = f"{value:,.{decimals}f}" if decimals else f"{round(value):,}"
    return text.replace(",", "\u202f").replace(".", ",")


def format_value(entity: str, name: str, value: Any) -> str:
    """A field value as a person reads it: labels for enums, Ja/Nei, dd.mm.åååå, 12,5."""
    if value is None or value == "":
        return "–"
    col_type = _column_type(entity, name)
    if isinstance(col_type, sa.Enum) and col_type.enum_class is not None:
        return label_nb(str(value), col_type.enum_class)
    if isinstance(value, bool) or isinstance(col_type, sa.Boolean):
        return "Ja" if value else "Nei"
    if isinstance(col_type, sa.DateTime) or isinstance(value, datetime):
        return fmt_datetime(value)
    if isinstance(col_type, sa.Date) or isinstance(value, date):
        return fmt_date(value)
    if isinstance(value, float):
        return fmt_number(value, 0 if value.is_integer() else 1)
    return str(value)


# --- Rows in memory: sort, filter, search ---------------------------------------------------

# Norwegian alphabetical order: æ, ø, å after z (Unicode puts å before æ and ø), other
# accented letters with their base letter (é as e, ü as u).
_NB_ORDER = str.maketrans({"æ": "\ue000", "ø": "\ue001", "å": "\ue002", "ä": "\ue000",
                           "ö": "\ue001"})
_DIGITS_RE = re.compile(r"(\d+)")


def nb_sort_key(text: str) -> str:
    key = text.casefold().translate(_NB_ORDER)
    if key.isascii():
        return key
    return "".join(ch for ch in unicodedata.normalize("NFD", key)
                   if not unicodedata.combining(ch))


def natural_key(text: str) -> tuple:
    """"gate 2" before "gate 12"; letters in Norwegian order."""
    parts = _DIGITS_RE.split(nb_sort_key(text))
    return tuple(int(p) if i % 2 else p for i, p in enumerate(parts))


class RowSet:
    """Grid rows held in memory, with cached sort orders and a search index.

    ``fields`` names the tuple positions; ``search_fields`` are joined into one case-folded
    string per row, built on the first search (≈ 0.05 s for 100k rows) and reused.
    """

    def __init__(
        self,
        fields: Sequence[str],
        rows: list[tuple],
        search_fields: Sequence[str] = (),
        natural_fields: Iterable[str] = (),
    ) -> None:
        self.fields = tuple(fields)
        self.pos = {name: i for i, name in enumerate(self.fields)}
        self.rows = rows
        self.search_fields = tuple(search_fields)
        self.natural_fields = frozenset(natural_fields)
        self._haystack: list[str] | None = None
        self._orders: dict[tuple[str, bool], list[int]] = {}

    def __len__(self) -> int:
        return len(self.rows)

    def value(self, row: int, name: str) -> Any:
        return self.rows[row][self.pos[name]]

    def _sort_keys(self, name: str) -> tuple[list[int], list[int], list[Any]]:
        """(rows with a value, blank rows, a sort key per row) for one field."""
        i = self.pos[name]
        col = [r[i] for r in self.rows]
        present = [n for n, v in enumerate(col) if v is not None and v != ""]
        missing = [n for n, v in enumerate(col) if v is None or v == ""]
        sample = col[present[0]] if present else None
        if not isinstance(sample, str):
            return present, missing, col
        # Rank the distinct texts once (addresses and labels repeat a lot), then sort row
        # numbers by rank: integer compares, no Python call per row.
        fn = natural_key if name in self.natural_fields else nb_sort_key
        rank = {v: r for r, v in enumerate(sorted({col[n] for n in present}, key=fn))}
        return present, missing, [rank.get(v, 0) for v in col]

    def ascending(self, name: str) -> list[int]:
        """Row numbers sorted by ``name`` ascending, blanks last (cached per field)."""
        return self._sorted(name, False)

    def _sorted(self, name: str, descending: bool) -> list[int]:
        key = (name, descending)
        order = self._orders.get(key)
        if order is None:
            present, missing, keys = self._sort_keys(name)
            # sort(reverse=True) is stable too: equal values keep their row order both ways
            present.sort(key=keys.__getitem__, reverse=descending)
            order = self._orders[key] = present + missing
        return order

    def order(self, name: str | None, descending: bool = False) -> list[int]:
        """Row numbers in display order, blanks last either way (a copy)."""
        if name is None:
            return list(range(len(self.rows)))
        return list(self._sorted(name, descending))

    def patch(self, entity_id: str, fresh: Sequence[tuple]) -> None:
        """Replace (or add, or with no ``fresh`` row drop) one record's row after a save.

        A replaced row keeps the cached sort orders of the fields whose value did not
        change, so a save does not re-sort 100k rows; adding or dropping a row resets them.
        """
        where = next((n for n, r in enumerate(self.rows) if r[0] == entity_id), None)
        if where is not None and fresh:
            old, new = self.rows[where], fresh[0]
            self.rows[where] = new
            for key in [k for k in self._orders if old[self.pos[k[0]]] != new[self.pos[k[0]]]]:
                del self._orders[key]
            if self._haystack is not None:
                self._haystack[where] = self._hay(new)
            return
        if where is None:
            self.rows.extend(fresh)
        else:
            del self.rows[where]
        self._orders.clear()
        self._haystack = None

    def _hay(self, row: tuple) -> str:
        return " ".join(str(row[self.pos[f]]) for f in self.search_fields
                        if row[self.pos[f]] is not None).casefold()

    def haystack(self) -> list[str]:
        if self._haystack is None:
            self._haystack = [self._hay(r) for r in self.rows]
        return self._haystack

    def matching(
        self,
        order: Sequence[int],
        tests: Sequence[Callable[[tuple], bool]] = (),
        search: str = "",
    ) -> list[int]:
        """The rows of ``order`` passing every test and the search.

        Every word of ``search`` must occur in the row's search text; a number must begin a
        word there ("gate 3" is house number 3, not the 3 inside "H0303"; "985" still finds
        the org.nr. 985987246); a number typed with spaces ("985 987 246") also matches the
        digits written together. Rows holding the whole search as one phrase ("Colletts gate
        3", not "gate 30") come first; each group keeps the order of ``order``.
        """
        words = search.casefold().split()
        rows = self.rows
        out = list(order)
        for test in tests:  # the drop-downs first: cheap and usually the most selective
            out = [n for n in out if test(rows[n])]
        if not words:
            return out
        hay = self.haystack()
        joined = "".join(words)
        if len(words) > 1 and joined.isdigit():
            return [n for n in out if joined in hay[n] or all(w in hay[n] for w in words)]
        for w in words:
            out = [n for n in out if w in hay[n]]  # fast substring test first
            if w[0].isdigit():
                starts = re.compile(r"(?<![0-9a-zæøå])" + re.escape(w))
                out = [n for n in out if starts.search(hay[n])]
        if len(words) > 1:
            phrase = re.compile(r"(?<![0-9a-zæøå])" + r"\s+".join(map(re.escape, words))
                                + r"(?![0-9a-zæøå])")
            first = [n for n in out if phrase.search(hay[n])]
            if first and len(first) < len(out):
                chosen = set(first)
                out = first + [n for n in out if n not in chosen]
        return out


# --- Filters ---------------------------------------------------------------------------------


@dataclass
class RowFilter:
    """What the filter panel asks for; ``None`` means "any". Equality filters are by field."""

    equals: dict[str, str] = field(default_factory=dict)  # field -> value (enum value)
    wheelchair: bool | None = None
    agreement_kind: str | None = None
    expiring_days: int | None = None
    search: str = ""

    def is_empty(self) -> bool:
        return not (self.equals or self.wheelchair is not None or self.agreement_kind
                    or self.expiring_days is not None or self.search.strip())


def filter_tests(
    rowset: RowSet, flt: RowFilter, today: date | None = None
) -> list[Callable[[tuple], bool]]:
    """Row predicates for ``flt`` over a grid's fields (fields it lacks are ignored)."""
    pos = rowset.pos
    tests: list[Callable[[tuple], bool]] = []
    for name, wanted in flt.equals.items():
        if wanted in (None, "") or name not in pos:
            continue
        i = pos[name]
        tests.append(lambda r, i=i, v=wanted: r[i] == v)
    if flt.wheelchair is not None and "wheelchair" in pos:
        i = pos["wheelchair"]
        tests.append(lambda r, i=i, v=flt.wheelchair: bool(r[i]) == v)
    if flt.agreement_kind:
        i = pos.get("agreement_kind", pos.get("kind"))
        if i is not None:
            tests.append(lambda r, i=i, v=flt.agreement_kind: bool(r[i]) and v in r[i])
    if flt.expiring_days is not None:
        i = pos.get("agreement_end", pos.get("end_date"))
        if i is not None:
            today = today or date.today()
            lo = today.isoformat()
            hi = (today + timedelta(days=flt.expiring_days)).isoformat()
            tests.append(lambda r, i=i: bool(r[i]) and lo <= r[i][:10] <= hi)
    return tests


def apply_filter(
    rowset: RowSet, order: Sequence[int], flt: RowFilter, today: date | None = None
) -> list[int]:
    return rowset.matching(order, filter_tests(rowset, flt, today), flt.search)


# --- Grids ---------------------------------------------------------------------------------


def _s(col: sa.ColumnElement) -> sa.ColumnElement:
    """A date or enum column as its stored text: no per-row conversion by the driver."""
    return sa.cast(col, sa.String)


def fetch_tuples(conn: sa.Connection, stmt: sa.Select) -> list[tuple]:
    """All rows as the driver's plain tuples, skipping SQLAlchemy's per-row Row objects
    (25 % of a 100k-row grid load). Only for selects whose columns need no result
    processing: text, numbers, and dates/enums cast to text (booleans may come as 0/1)."""
    result = conn.execute(stmt)
    try:
        return result.cursor.fetchall()
    finally:
        result.close()


def _live_link(ad: sa.Table, a: sa.Table, today: date) -> sa.ColumnElement[bool]:
    return sa.and_(
        ad.c.deleted_at.is_(None),
        a.c.deleted_at.is_(None),
        sa.or_(ad.c.to_date.is_(None), ad.c.to_date >= today),
    )


def _active_resp(m: sa.Table, today: date) -> sa.ColumnElement[bool]:
    return sa.and_(
        m.c.deleted_at.is_(None),
        sa.or_(m.c.valid_from.is_(None), m.c.valid_from <= today),
        sa.or_(m.c.valid_to.is_(None), m.c.valid_to >= today),
    )


DWELLING_FIELDS = (
    "id", "district", "address", "postcode", "unit_number", "tenure", "status", "actual_use",
    "target_group", "area_m2", "rooms", "wheelchair", "vacant_since", "last_inspection",
    "updated_at", "disposer", "agreement_ref", "landlord", "landlord_orgnr", "agreement_kind",
    "agreement_end",
)
DWELLING_SEARCH = ("address", "unit_number", "agreement_ref", "landlord", "landlord_orgnr",
                   "postcode")
_NO_AGREEMENT = (None, None, None, None, None)


def current_agreements(
    conn: sa.Connection, today: date, ids: Sequence[str] | None = None
) -> dict[str, tuple]:
    """Per dwelling under a current agreement: (references, landlords, orgnrs, kinds, end).

    Several agreements are joined by ", " (kinds by ","); the end is the earliest one, the
    one that needs attention first.
    """
    ad, a = AgreementDwelling.__table__, Agreement.__table__
    stmt = (
        sa.select(
            ad.c.dwelling_id,
            sa.func.aggregate_strings(a.c.reference, ", "),
            sa.func.aggregate_strings(a.c.landlord_name, ", "),
            sa.func.aggregate_strings(sa.func.coalesce(a.c.landlord_orgnr, ""), " "),
            sa.func.aggregate_strings(_s(a.c.kind), ","),
            sa.func.min(_s(a.c.end_date)),
        )
        .join(a, a.c.id == ad.c.agreement_id)
        .where(_live_link(ad, a, today))
        .group_by(ad.c.dwelling_id)
    )
    if ids is not None:
        stmt = stmt.where(ad.c.dwelling_id.in_(list(ids)))
    return {did: (refs, landlords, orgnrs.strip() or None, kinds, end)
            for did, refs, landlords, orgnrs, kinds, end in conn.execute(stmt)}


def load_dwellings(
    conn: sa.Connection,
    district: str | None = None,
    today: date | None = None,
    ids: Sequence[str] | None = None,
) -> RowSet:
    """Live dwellings (of one bydel or all) with address and current agreements, one tuple each.

    The agreements come from a second, small query merged in Python: joining their
    aggregate in SQL made SQLite build a temporary index per load (0.3 s at 100k).
    """
    today = today or date.today()
    w, p, d, u = Dwelling.__table__, Property.__table__, District.__table__, Unit.__table__
    # "district" is the dwelling's location; "disposer" the unit that disposes of it (its
    # location's bydel where none is recorded) — docs/units.md, "counted by".
    disposer = sa.func.coalesce(w.c.disposing_unit_code, w.c.district_code)
    stmt = (
        sa.select(
            w.c.id, d.c.name, p.c.street_address, p.c.postcode, w.c.unit_number,
            _s(w.c.tenure), _s(w.c.status), _s(w.c.actual_use), _s(w.c.target_group),
            w.c.area_m2, w.c.rooms, w.c.wheelchair_accessible, _s(w.c.vacant_since),
            _s(w.c.last_inspection), _s(w.c.updated_at),
            sa.func.coalesce(u.c.name, disposer),
        )
        .join(p, p.c.id == w.c.property_id)
        .join(d, d.c.code == w.c.district_code)
        .outerjoin(u, u.c.code == disposer)
        .where(w.c.deleted_at.is_(None))
    )
    if district:
        stmt = stmt.where(w.c.district_code == district)
    if ids is not None:
        stmt = stmt.where(w.c.id.in_(list(ids)))
    agreements = current_agreements(conn, today, ids)
    get = agreements.get
    rows = [(*r, *get(r[0], _NO_AGREEMENT)) for r in fetch_tuples(conn, stmt)]
    return RowSet(DWELLING_FIELDS, rows, DWELLING_SEARCH, natural_fields=("address",))


PROPERTY_FIELDS = (
    "id", "district_code", "district", "address", "postcode", "matrikkel", "owner_kind",
    "owner_name", "owner_orgnr", "built_year", "dwellings", "vacant", "interior", "exterior",
    "technical", "outdoor", "coverage", "updated_at",
)
PROPERTY_SEARCH = ("address", "postcode", "matrikkel", "owner_name", "owner_orgnr")
SCOPES = tuple(s.value for s in MaintenanceScope)

# Coverage of a property's four scopes: every scope one party, a gap, or two parties.
COVERAGE_OK, COVERAGE_GAP, COVERAGE_DOUBLE = "ok", "gap", "double"
COVERAGE_LABELS = {COVERAGE_OK: "Komplett", COVERAGE_GAP: "Mangler", COVERAGE_DOUBLE: "Dobbelt"}


def coverage_of(parties_by_scope: Mapping[str, str]) -> str:
    """Gap if any scope has no party, else double if any has two, else ok."""
    values = [parties_by_scope.get(s) or "" for s in SCOPES]
    if any(v == "" for v in values):
        return COVERAGE_GAP
    if any("," in v for v in values):
        return COVERAGE_DOUBLE
    return COVERAGE_OK


def load_properties(
    conn: sa.Connection,
    district: str | None = None,
    today: date | None = None,
    ids: Sequence[str] | None = None,
) -> RowSet:
    """Live properties with dwelling counts and who maintains each scope (property level).

    A property counts as belonging to a bydel if its own district code is that bydel.
    Scope columns hold the active parties' values joined by "," ("" when nobody).
    """
    today = today or date.today()
    p, d, w = Property.__table__, District.__table__, Dwelling.__table__
    m = MaintenanceResponsibility.__table__
    counts = (
        sa.select(
            w.c.property_id,
            sa.func.count().label("n"),
            sa.func.sum(sa.case((w.c.status == DwellingStatus.VACANT.value, 1), else_=0))
            .label("vacant"),
        )
        .where(w.c.deleted_at.is_(None))
        .group_by(w.c.property_id)
        .subquery()
    )
    stmt = (
        sa.select(
            p.c.id, p.c.district_code, d.c.name, p.c.street_address, p.c.postcode,
            p.c.gnr, p.c.bnr, p.c.fnr, p.c.snr, _s(p.c.owner_kind), p.c.owner_name,
            p.c.owner_orgnr, p.c.built_year, counts.c.n, counts.c.vacant, _s(p.c.updated_at),
        )
        .join(d, d.c.code == p.c.district_code)
        .outerjoin(counts, counts.c.property_id == p.c.id)
        .where(p.c.deleted_at.is_(None))
    )
    resp = (
        sa.select(m.c.property_id, _s(m.c.scope), _s(m.c.party))
        .where(m.c.property_id.is_not(None), _active_resp(m, today))
        .order_by(m.c.property_id, m.c.scope, m.c.party)
    )
    if district:
        stmt = stmt.where(p.c.district_code == district)
        resp = resp.join(p, p.c.id == m.c.property_id).where(p.c.district_code == district)
    if ids is not None:
        stmt = stmt.where(p.c.id.in_(list(ids)))
        resp = resp.where(m.c.property_id.in_(list(ids)))
    parties: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for pid, scope, party in fetch_tuples(conn, resp):
        parties[pid][scope].append(party)
    rows = []
    for (pid, code, dname, addr, postcode, gnr, bnr, fnr, snr, owner_kind, owner_name,
         owner_orgnr, built, n, vacant, updated) in fetch_tuples(conn, stmt):
        by_scope = {s: ",".join(v) for s, v in parties.get(pid, {}).items()}
        rows.append((
            pid, code, dname, addr, postcode, matrikkel_text(gnr, bnr, fnr, snr), owner_kind,
            owner_name, owner_orgnr, built, n or 0, int(vacant or 0),
            by_scope.get("interior", ""), by_scope.get("exterior", ""),
            by_scope.get("technical", ""), by_scope.get("outdoor", ""),
            coverage_of(by_scope), updated,
        ))
    return RowSet(PROPERTY_FIELDS, rows, PROPERTY_SEARCH, natural_fields=("address",))


def matrikkel_text(gnr: int | None, bnr: int | None, fnr: int | None, snr: int | None) -> str:
    """"208/112", with /fnr/snr only when either is set."""
    if gnr is None or bnr is None:
        return ""
    if fnr or snr:
        return f"{gnr}/{bnr}/{fnr or 0}/{snr or 0}"
    return f"{gnr}/{bnr}"


AGREEMENT_FIELDS = (
    "id", "kind", "reference", "landlord", "landlord_orgnr", "district_code", "district",
    "start_date", "end_date", "days_left", "notice_months", "monthly_rent", "dwellings",
    "last_reviewed", "officer", "updated_at",
)
AGREEMENT_SEARCH = ("reference", "landlord", "landlord_orgnr")


def load_agreements(
    conn: sa.Connection,
    district: str | None = None,
    today: date | None = None,
    ids: Sequence[str] | None = None,
) -> RowSet:
    """Live agreements with the number of dwellings they cover today and days to their end."""
    today = today or date.today()
    a, d, ad = Agreement.__table__, District.__table__, AgreementDwelling.__table__
    w = Dwelling.__table__
    counts = (
        sa.select(ad.c.agreement_id, sa.func.count().label("n"))
        .join(w, w.c.id == ad.c.dwelling_id)
        .where(ad.c.deleted_at.is_(None), w.c.deleted_at.is_(None),
               sa.or_(ad.c.to_date.is_(None), ad.c.to_date >= today))
        .group_by(ad.c.agreement_id)
        .subquery()
    )
    stmt = (
        sa.select(
            a.c.id, _s(a.c.kind), a.c.reference, a.c.landlord_name, a.c.landlord_orgnr,
            a.c.district_code, d.c.name, _s(a.c.start_date), _s(a.c.end_date),
            a.c.notice_months, a.c.monthly_rent, counts.c.n, _s(a.c.last_reviewed),
            a.c.responsible_officer, _s(a.c.updated_at),
        )
        .join(d, d.c.code == a.c.district_code)
        .outerjoin(counts, counts.c.agreement_id == a.c.id)
        .where(a.c.deleted_at.is_(None))
    )
    if district:
        stmt = stmt.where(a.c.district_code == district)
    if ids is not None:
        stmt = stmt.where(a.c.id.in_(list(ids)))
    rows = []
    for (aid, kind, ref, landlord, orgnr, code, dname, start, end, notice, rent, n, reviewed,
         officer, updated) in fetch_tuples(conn, stmt):
        days = (date.fromisoformat(end[:10]) - today).days if end else None
        rows.append((aid, kind, ref, landlord, orgnr, code, dname, start, end, days, notice,
                     rent, n or 0, reviewed, officer, updated))
    return RowSet(AGREEMENT_FIELDS, rows, AGREEMENT_SEARCH, natural_fields=("reference",))


# --- Single records ----------------------------------------------------------------------------


def model_for(entity: str) -> type[Record]:
    model = ENTITY_TYPES.get(entity)
    if model is None:
        raise ValueError(f"unknown entity type {entity!r}")
    return model


def get_values(conn: sa.Connection, entity: str, entity_id: str) -> dict[str, Any] | None:
    """All columns of one record (typed: dates, enums as plain strings), or None."""
    table = model_for(entity).__table__
    row = conn.execute(sa.select(table).where(table.c.id == entity_id)).mappings().first()
    if row is None:
        return None
    return {k: (str(v) if isinstance(v, StrEnum) else v) for k, v in row.items()}


def create_record(db: Database, entity: str, values: Mapping[str, Any]) -> str:
    """Insert one record through the ORM (stamps and change log follow); its new id."""
    model = model_for(entity)
    with db.session() as s:
        obj = model(**dict(values))
        s.add(obj)
        s.flush()
        return obj.id


class DeleteRefusedError(BoligregError):
    """The record cannot be deleted while others depend on it."""


def delete_blocker(conn: sa.Connection, entity: str, entity_id: str) -> str | None:
    """Why ``entity_id`` must not be soft-deleted now (Norwegian), or None."""
    if entity == "property":
        w = Dwelling.__table__
        n = conn.execute(
            sa.select(sa.func.count()).where(w.c.property_id == entity_id,
                                             w.c.deleted_at.is_(None))
        ).scalar_one()
        if n:
            return (f"Eiendommen har {n} registrerte boliger. Slett eller flytt boligene "
                    "først.")
    return None


# --- Links between records -------------------------------------------------------------------


@dataclass(frozen=True)
class Link:
    """One line in a record's link list; double-click opens ``entity_type``/``entity_id``."""

    entity_type: str
    entity_id: str
    kind: str  # Norwegian: "Eiendom", "Innleieavtale", "Leieforhold" …
    title: str
    detail: str = ""
    warning: bool = False  # drawn highlighted (ended, missing, expiring)
    openable: bool = True
    # The row that makes the link, when it can be edited from here (an agreement's
    # agreement_dwelling row, a tenancy): its id and version for a version-checked change.
    ref_id: str = ""
    ref_version: int | None = None
    active: bool = True  # the link is in force today (not ended)


@dataclass
class RecordDetail:
    """One record's values for its form plus the header line and its links."""

    entity: str
    values: dict[str, Any]
    title: str
    subtitle: str
    links: list[Link] = field(default_factory=list)
    tenancies: list[Link] = field(default_factory=list)


def _district_name(conn: sa.Connection, code: str | None) -> str:
    if not code:
        return ""
    d = District.__table__
    return conn.execute(sa.select(d.c.name).where(d.c.code == code)).scalar_one_or_none() or code


def _stamp_line(values: Mapping[str, Any]) -> str:
    when = fmt_datetime(values.get("updated_at"))
    who = values.get("updated_by") or ""
    deleted = "  ·  SLETTET" if values.get("deleted_at") else ""
    return f"versjon {values.get('version')}  ·  endret {when} av {who}{deleted}"


def _period(start: Any, end: Any) -> str:
    if not start and not end:
        return ""
    return f"{fmt_date(start) or '…'} – {fmt_date(end) or 'løpende'}"


def _responsibility_links(
    conn: sa.Connection, property_id: str, dwelling_id: str | None, today: date
) -> list[Link]:
    m = MaintenanceResponsibility.__table__
    target = m.c.property_id == property_id
    if dwelling_id:
        target = sa.or_(target, m.c.dwelling_id == dwelling_id)
    rows = conn.execute(
        sa.select(m.c.id, m.c.scope, m.c.party, m.c.dwelling_id, m.c.valid_from, m.c.valid_to)
        .where(target, _active_resp(m, today))
        .order_by(m.c.scope)
    ).all()
    by_scope: dict[str, list[Any]] = defaultdict(list)
    for r in rows:
        by_scope[str(r.scope)].append(r)
    out = []
    # The maintenance section opens "property/dwelling" with that dwelling's column chosen.
    target = f"{property_id}/{dwelling_id}" if dwelling_id else property_id
    for scope in SCOPES:
        found = by_scope.get(scope, [])
        if dwelling_id and any(r.dwelling_id for r in found):  # the dwelling's own wins
            found = [r for r in found if r.dwelling_id]
        label = label_nb(scope, MaintenanceScope)
        if not found:
            out.append(Link("maintenance", target, "Vedlikehold", f"{label}: mangler",
                            "ingen ansvarlig registrert", warning=True))
            continue
        parties = ", ".join(label_nb(str(r.party), ResponsibleParty) for r in found)
        where = "denne boligen" if any(r.dwelling_id for r in found) else "eiendommen"
        detail = f"gjelder {where}" + ("  ·  DOBBELT ANSVAR" if len(found) > 1 else "")
        out.append(Link("maintenance", target, "Vedlikehold", f"{label}: {parties}",
                        detail, warning=len(found) > 1))
    return out


def dwelling_detail(
    conn: sa.Connection, dwelling_id: str, today: date | None = None
) -> RecordDetail | None:
    """A dwelling with links to its property, agreements, maintenance and tenancies."""
    today = today or date.today()
    values = get_values(conn, "dwelling", dwelling_id)
    if values is None:
        return None
    p = Property.__table__
    prop = conn.execute(
        sa.select(p.c.street_address, p.c.postcode, p.c.owner_kind, p.c.district_code)
        .where(p.c.id == values["property_id"])
    ).first()
    address = prop.street_address if prop else "(ukjent eiendom)"
    links: list[Link] = []
    if prop:
        links.append(Link("property", values["property_id"], "Eiendom",
                          f"{prop.street_address}, {prop.postcode}",
                          f"eier: {label_nb(str(prop.owner_kind), OwnerKind)}"))
    ad, a = AgreementDwelling.__table__, Agreement.__table__
    for r in conn.execute(
        sa.select(a.c.id, a.c.kind, a.c.reference, a.c.landlord_name, a.c.end_date,
                  ad.c.from_date, ad.c.to_date)
        .join(ad, ad.c.agreement_id == a.c.id)
        .where(ad.c.dwelling_id == dwelling_id, ad.c.deleted_at.is_(None),
               a.c.deleted_at.is_(None))
        .order_by(a.c.start_date)
    ):
        ended = (r.to_date is not None and r.to_date < today) or (
            r.end_date is not None and r.end_date < today)
        soon = r.end_date is not None and today <= r.end_date <= today + timedelta(days=90)
        detail = f"{r.landlord_name}  ·  avtale til {fmt_date(r.end_date) or 'løpende'}"
        if ended:
            detail += "  ·  UTLØPT"
        elif soon:
            detail += f"  ·  utløper om {(r.end_date - today).days} dager"
        links.append(Link("agreement", r.id, label_nb(str(r.kind), AgreementKind), r.reference,
                          detail, warning=ended or soon))
    links.extend(_responsibility_links(conn, values["property_id"], dwelling_id, today))
    t = Tenancy.__table__
    tenancies = [
        Link("tenancy", r.id, label_nb(str(r.kind), TenancyKind),
             _period(r.start_date, r.end_date),
             "  ·  ".join(x for x in (
                 f"neste vurdering {fmt_date(r.next_review)}" if r.next_review else "",
                 f"sak {r.case_reference}" if r.case_reference else "") if x),
             warning=r.next_review is not None and r.next_review < today, openable=False,
             ref_id=r.id, ref_version=r.version)
        for r in conn.execute(
            sa.select(t.c.id, t.c.kind, t.c.start_date, t.c.end_date, t.c.next_review,
                      t.c.case_reference, t.c.version)
            .where(t.c.dwelling_id == dwelling_id, t.c.deleted_at.is_(None))
            .order_by(t.c.start_date.desc())
        )
    ]
    title = f"{address}, {values['unit_number']}"
    subtitle = f"Bolig  ·  {_district_name(conn, values['district_code'])}  ·  " + \
        _stamp_line(values)
    return RecordDetail("dwelling", values, title, subtitle, links, tenancies)


def property_detail(
    conn: sa.Connection, property_id: str, today: date | None = None
) -> RecordDetail | None:
    """A property with links to its dwellings and its maintenance matrix."""
    today = today or date.today()
    values = get_values(conn, "property", property_id)
    if values is None:
        return None
    w = Dwelling.__table__
    links = [
        Link("dwelling", r.id, "Bolig", r.unit_number,
             "  ·  ".join((label_nb(str(r.tenure), Tenure),
                           label_nb(str(r.status), DwellingStatus))),
             warning=str(r.status) == DwellingStatus.VACANT.value)
        for r in conn.execute(
            sa.select(w.c.id, w.c.unit_number, w.c.tenure, w.c.status)
            .where(w.c.property_id == property_id, w.c.deleted_at.is_(None))
            .order_by(w.c.unit_number)
        )
    ]
    links.extend(_responsibility_links(conn, property_id, None, today))
    title = f"{values['street_address']}, {values['postcode']}"
    subtitle = f"Eiendom  ·  {_district_name(conn, values['district_code'])}  ·  " + \
        _stamp_line(values)
    return RecordDetail("property", values, title, subtitle, links)


def agreement_detail(
    conn: sa.Connection, agreement_id: str, today: date | None = None
) -> RecordDetail | None:
    """An agreement with links to its landlord and the dwellings it covers."""
    today = today or date.today()
    values = get_values(conn, "agreement", agreement_id)
    if values is None:
        return None
    a = Agreement.__table__
    landlord_key = values.get("landlord_orgnr") or values.get("landlord_name") or ""
    links: list[Link] = []
    if landlord_key:
        col = a.c.landlord_orgnr if values.get("landlord_orgnr") else a.c.landlord_name
        n = conn.execute(
            sa.select(sa.func.count()).where(col == landlord_key, a.c.deleted_at.is_(None))
        ).scalar_one()
        orgnr = values.get("landlord_orgnr")
        links.append(Link("landlord", landlord_key, "Utleier", values.get("landlord_name") or "",
                          (f"org.nr. {orgnr}  ·  " if orgnr else "") + f"{n} avtaler i alt"))
    ad, w, p = AgreementDwelling.__table__, Dwelling.__table__, Property.__table__
    for r in conn.execute(
        sa.select(w.c.id, w.c.unit_number, w.c.status, p.c.street_address, ad.c.from_date,
                  ad.c.to_date, ad.c.id.label("link_id"), ad.c.version)
        .join(ad, ad.c.dwelling_id == w.c.id)
        .join(p, p.c.id == w.c.property_id)
        .where(ad.c.agreement_id == agreement_id, ad.c.deleted_at.is_(None),
               w.c.deleted_at.is_(None))
        .order_by(p.c.street_address, w.c.unit_number)
    ):
        ended = r.to_date is not None and r.to_date < today
        links.append(Link("dwelling", r.id, "Bolig", f"{r.street_address}, {r.unit_number}",
                          "  ·  ".join(x for x in (label_nb(str(r.status), DwellingStatus),
                                                   _period(r.from_date, r.to_date),
                                                   "AVSLUTTET" if ended else "") if x),
                          warning=ended, ref_id=r.link_id, ref_version=r.version,
                          active=not ended))
    title = f"{label_nb(values['kind'], AgreementKind)} {values['reference']}"
    subtitle = f"Avtale  ·  {_district_name(conn, values['district_code'])}  ·  " + \
        _stamp_line(values)
    return RecordDetail("agreement", values, title, subtitle, links)


DETAIL_LOADERS: dict[str, Callable[..., RecordDetail | None]] = {
    "dwelling": dwelling_detail,
    "property": property_detail,
    "agreement": agreement_detail,
}


def record_detail(conn: sa.Connection, entity: str, entity_id: str,
                  today: date | None = None) -> RecordDetail | None:
    return DETAIL_LOADERS[entity](conn, entity_id, today)


def property_choices(conn: sa.Connection, district: str | None = None) -> list[tuple[str, str]]:
    """(id, "address, postcode (bydel)") of live properties, for picking a dwelling's property."""
    p, d = Property.__table__, District.__table__
    stmt = (
        sa.select(p.c.id, p.c.street_address, p.c.postcode, d.c.name)
        .join(d, d.c.code == p.c.district_code)
        .where(p.c.deleted_at.is_(None))
    )
    if district:
        stmt = stmt.where(p.c.district_code == district)
    out = [(pid, f"{addr}, {pc} ({dname})") for pid, addr, pc, dname in conn.execute(stmt)]
    out.sort(key=lambda x: natural_key(x[1]))
    return out


def property_label(conn: sa.Connection, property_id: str) -> str:
    p, d = Property.__table__, District.__table__
    row = conn.execute(
        sa.select(p.c.street_address, p.c.postcode, d.c.name)
        .join(d, d.c.code == p.c.district_code).where(p.c.id == property_id)
    ).first()
    return f"{row[0]}, {row[1]} ({row[2]})" if row else ""


# --- History --------------------------------------------------------------------------------


@dataclass(frozen=True)
class HistoryEntry:
    changed_at: datetime
    changed_by: str
    action: str  # Norwegian: Opprettet, Endret, Slettet, Gjenopprettet
    field: str  # Norwegian field name ("" for a whole-record event)
    old: str
    new: str
    version: int | None


_ACTIONS = {"insert": "Opprettet", "update": "Endret", "delete": "Slettet",
            "restore": "Gjenopprettet", "purge": "Fjernet"}


def _decode(raw: str | None) -> Any:
    if raw is None:
        return None
    try:
        return json.loads(raw)
    except (TypeError, ValueError):
        return raw


def _history_value(conn: sa.Connection, entity: str, name: str, value: Any,
                   names: dict[str, str]) -> str:
    if value is None:
        return "–"
    col_type = _column_type(entity, name)
    if isinstance(value, str) and isinstance(col_type, sa.Date | sa.DateTime):
        parsed = _parse_iso(value)
        if parsed is not None:
            value = parsed
    if name == "property_id" and isinstance(value, str):
        if value not in names:
            names[value] = property_label(conn, value) or value
        return names[value]
    return format_value(entity, name, value)


def history(conn: sa.Connection, entity: str, entity_id: str) -> list[HistoryEntry]:
    """The record's change log, newest first, with Norwegian field names and values."""
    c = ChangeLog.__table__
    rows = conn.execute(
        sa.select(c.c.changed_at, c.c.changed_by, c.c.action, c.c.field, c.c.old_value,
                  c.c.new_value, c.c.version)
        .where(c.c.entity_type == entity, c.c.entity_id == entity_id)
        .order_by(c.c.changed_at.desc(), c.c.version.desc(), c.c.field)
    ).all()
    names: dict[str, str] = {}
    out = []
    for r in rows:
        if r.field in BOOKKEEPING:  # a pulled record's own stamp (sync), not a person's edit
            continue
        action = _ACTIONS.get(r.action, r.action)
        if r.field is None or r.action in ("insert", "purge"):
            out.append(HistoryEntry(r.changed_at, r.changed_by, action, "", "", "", r.version))
            continue
        if r.field == "deleted_at":
            out.append(HistoryEntry(r.changed_at, r.changed_by, action, "", "", "", r.version))
            continue
        out.append(HistoryEntry(
            r.changed_at, r.changed_by, action, field_label(entity, r.field),
            _history_value(conn, entity, r.field, _decode(r.old_value), names),
            _history_value(conn, entity, r.field, _decode(r.new_value), names),
            r.version,
        ))
    return out


# --- Trenger oppfølging -------------------------------------------------------------------------


@dataclass(frozen=True)
class FollowUpItem:
    entity_type: str
    entity_id: str
    title: str
    detail: str
    urgency: int  # days left / days vacant: the number the line is sorted by


@dataclass
class FollowUp:
    expiring: list[FollowUpItem]
    expiring_total: int
    vacant: list[FollowUpItem]
    vacant_total: int
    findings: list[FollowUpItem]
    findings_total: int
    # False before the first audit run: "no findings" would then be a claim nobody checked.
    audit_ran: bool = True


def follow_up(
    conn: sa.Connection,
    district: str | None = None,
    today: date | None = None,
    *,
    days: int = 90,
    limit: int = 12,
) -> FollowUp:
    """Agreements ending within ``days``, dwellings vacant longest, open high-severity findings."""
    today = today or date.today()
    a, w, p, f = (Agreement.__table__, Dwelling.__table__, Property.__table__,
                  Finding.__table__)
    horizon = today + timedelta(days=days)
    exp_where = [a.c.deleted_at.is_(None), a.c.end_date.is_not(None), a.c.end_date >= today,
                 a.c.end_date <= horizon]
    if district:
        exp_where.append(a.c.district_code == district)
    expiring_total = conn.execute(sa.select(sa.func.count()).where(*exp_where)).scalar_one()
    expiring = [
        FollowUpItem("agreement", r.id, f"{r.reference} – {r.landlord_name}",
                     f"{label_nb(str(r.kind), AgreementKind)}, utløper {fmt_date(r.end_date)} "
                     f"(om {(r.end_date - today).days} dager)",
                     (r.end_date - today).days)
        for r in conn.execute(
            sa.select(a.c.id, a.c.kind, a.c.reference, a.c.landlord_name, a.c.end_date)
            .where(*exp_where).order_by(a.c.end_date, a.c.reference).limit(limit)
        )
    ]
    vac_where = [w.c.deleted_at.is_(None), w.c.status == DwellingStatus.VACANT.value]
    if district:
        vac_where.append(w.c.district_code == district)
    vacant_total = conn.execute(sa.select(sa.func.count()).where(*vac_where)).scalar_one()
    vacant = [
        FollowUpItem("dwelling", r.id, f"{r.street_address}, {r.unit_number}",
                     (f"ledig i {(today - r.vacant_since).days} dager (siden "
                      f"{fmt_date(r.vacant_since)})") if r.vacant_since else
                     "ledig, uten dato",
                     (today - r.vacant_since).days if r.vacant_since else 0)
        for r in conn.execute(
            sa.select(w.c.id, w.c.unit_number, w.c.vacant_since, p.c.street_address)
            .join(p, p.c.id == w.c.property_id)
            .where(*vac_where, w.c.vacant_since.is_not(None))
            .order_by(w.c.vacant_since, p.c.street_address).limit(limit)
        )
    ]
    fnd_where = [f.c.deleted_at.is_(None), f.c.severity == Severity.HIGH.value,
                 f.c.status.in_([FindingStatus.OPEN.value, FindingStatus.IN_PROGRESS.value])]
    if district:
        fnd_where.append(f.c.district_code == district)
    findings_total = conn.execute(sa.select(sa.func.count()).where(*fnd_where)).scalar_one()
    findings = [
        FollowUpItem(r.entity_type, r.entity_id, r.label or r.rule,
                     f"{r.message}  ·  åpent siden {fmt_date(r.first_seen.date())}"
                     if r.message else f"åpent siden {fmt_date(r.first_seen.date())}",
                     (today - r.first_seen.date()).days)
        for r in conn.execute(
            sa.select(f.c.entity_type, f.c.entity_id, f.c.label, f.c.rule, f.c.message,
                      f.c.first_seen)
            .where(*fnd_where).order_by(f.c.first_seen, f.c.rule).limit(limit)
        )
    ]
    audit_ran = conn.execute(sa.select(
        sa.exists(sa.select(AuditRun.__table__.c.id)) | sa.exists(sa.select(f.c.id)))
    ).scalar_one()
    return FollowUp(expiring, expiring_total, vacant, vacant_total, findings, findings_total,
                    bool(audit_ran))


# --- Maintenance responsibility -----------------------------------------------------------


@dataclass(frozen=True)
class Assignment:
    """One active responsibility row: ``dwelling_id`` None means the whole property."""

    id: str
    version: int
    dwelling_id: str | None
    scope: str
    party: str
    valid_from: date | None
    valid_to: date | None
    note: str | None


@dataclass
class Matrix:
    """A property's maintenance responsibilities as scope × party, per target."""

    property_id: str
    address: str
    district: str
    owner_kind: str
    owner_name: str
    dwellings: list[tuple[str, str, str]]  # (id, unit number, tenure)
    assignments: list[Assignment]

    def parties(self, target: str | None, scope: str) -> list[str]:
        return sorted({x.party for x in self.assignments
                       if x.dwelling_id == target and x.scope == scope})

    def effective(self, target: str | None, scope: str) -> tuple[list[str], bool]:
        """Parties in force for ``scope`` at ``target`` and whether they are inherited.

        A dwelling without its own assignment for a scope inherits the property's.
        """
        own = self.parties(target, scope)
        if own or target is None:
            return own, False
        return self.parties(None, scope), True

    def wanted(self, target: str | None) -> set[tuple[str, str]]:
        return {(x.scope, x.party) for x in self.assignments if x.dwelling_id == target}

    def problems(self) -> dict[str, str]:
        """Scope → "gap" or "double" for the property level (dwellings may still override)."""
        out = {}
        for scope in SCOPES:
            n = len(self.parties(None, scope))
            if n == 0:
                out[scope] = COVERAGE_GAP
            elif n > 1:
                out[scope] = COVERAGE_DOUBLE
        return out


def maintenance_matrix(
    conn: sa.Connection, property_id: str, today: date | None = None
) -> Matrix | None:
    today = today or date.today()
    p, w, m = Property.__table__, Dwelling.__table__, MaintenanceResponsibility.__table__
    prop = conn.execute(
        sa.select(p.c.street_address, p.c.postcode, p.c.district_code, p.c.owner_kind,
                  p.c.owner_name).where(p.c.id == property_id)
    ).first()
    if prop is None:
        return None
    dwellings = [
        (r.id, r.unit_number, str(r.tenure))
        for r in conn.execute(
            sa.select(w.c.id, w.c.unit_number, w.c.tenure)
            .where(w.c.property_id == property_id, w.c.deleted_at.is_(None))
            .order_by(w.c.unit_number)
        )
    ]
    ids = [d[0] for d in dwellings]
    target = m.c.property_id == property_id
    if ids:
        target = sa.or_(target, m.c.dwelling_id.in_(ids))
    assignments = [
        Assignment(r.id, r.version, r.dwelling_id, str(r.scope), str(r.party), r.valid_from,
                   r.valid_to, r.note)
        for r in conn.execute(
            sa.select(m.c.id, m.c.version, m.c.dwelling_id, m.c.scope, m.c.party,
                      m.c.valid_from, m.c.valid_to, m.c.note)
            .where(target, _active_resp(m, today))
        )
    ]
    return Matrix(property_id, f"{prop.street_address}, {prop.postcode}",
                  _district_name(conn, prop.district_code), str(prop.owner_kind),
                  prop.owner_name or "", dwellings, assignments)


def responsibility_target(conn: sa.Connection, responsibility_id: str
                          ) -> tuple[str, str | None] | None:
    """(property id, dwelling id or None) a responsibility row belongs to."""
    m, w = MaintenanceResponsibility.__table__, Dwelling.__table__
    row = conn.execute(
        sa.select(m.c.property_id, m.c.dwelling_id, w.c.property_id)
        .outerjoin(w, w.c.id == m.c.dwelling_id).where(m.c.id == responsibility_id)
    ).first()
    if row is None:
        return None
    return (row[0] or row[2], row[1])


@dataclass
class SplitProposal:
    """The usual split for a property: property-level parties plus dwelling exceptions."""

    property_level: dict[str, str]  # scope -> party
    dwelling_level: dict[str, dict[str, str]]  # dwelling id -> scope -> party
    reason: str


_OWNER_PARTY = {
    OwnerKind.BOLIGBYGG.value: ResponsibleParty.BOLIGBYGG.value,
    OwnerKind.OSLOBYGG.value: ResponsibleParty.OSLOBYGG.value,
}
SPLIT_SOURCE = ("facts.md: Boligbygg vedlikeholder ytre (fasade, tak, fellesarealer, tekniske "
                "anlegg, brannsikring) om ikke annet er avtalt; i borettslag og sameie gjør "
                "styret det; ved innleie og tilvisning er eieren utleier og vedlikeholder "
                "bygget. Leietakers småvedlikehold (låser, kraner, WC, stikkontakter, "
                "varmtvannsbereder) følger av husleieloven og registreres ikke her.")


def _interior_party(owner_kind: str, tenure: str) -> str:
    """Who keeps a dwelling's interior: the kommune's manager when it owns the unit,
    otherwise the private owner as landlord (per the lease or referral agreement)."""
    if tenure == Tenure.OWNED.value:
        return _OWNER_PARTY.get(owner_kind, ResponsibleParty.BOLIGBYGG.value)
    return ResponsibleParty.LANDLORD.value


def usual_split(owner_kind: str, dwellings: Sequence[tuple[str, str, str]]) -> SplitProposal:
    """The ordinary split for ``owner_kind`` (facts.md, "Maintenance in Oslo").

    - Boligbygg/Oslobygg-owned building: that body keeps all four scopes.
    - Borettslag or sameie: the co-op keeps exterior, technical installations and outdoor
      areas; the interior follows who holds the unit (Boligbygg if the kommune owns it, the
      landlord if it is leased or a referral dwelling).
    - Privately owned building (lease, referral): the landlord keeps everything.
    Dwellings whose interior differs from the majority get their own interior assignment.
    """
    owner = _OWNER_PARTY.get(owner_kind)
    if owner is not None:
        level = dict.fromkeys(SCOPES, owner)
        return SplitProposal(level, {}, f"Eid av {label_nb(owner_kind, OwnerKind)}: "
                             f"{label_nb(owner, ResponsibleParty)} har alt vedlikehold.")
    if owner_kind == OwnerKind.PRIVATE.value:
        level = dict.fromkeys(SCOPES, ResponsibleParty.LANDLORD.value)
        return SplitProposal(level, {}, "Privat eier (innleie/tilvisning): utleier har alt "
                             "vedlikehold etter avtalen.")
    coop = ResponsibleParty.HOUSING_COOP.value
    interiors = {d_id: _interior_party(owner_kind, tenure) for d_id, _unit, tenure in dwellings}
    counts: dict[str, int] = defaultdict(int)
    for party in interiors.values():
        counts[party] += 1
    majority = (max(sorted(counts), key=counts.__getitem__) if counts
                else ResponsibleParty.BOLIGBYGG.value)
    level = {s: coop for s in SCOPES}
    level[MaintenanceScope.INTERIOR.value] = majority
    exceptions = {d_id: {MaintenanceScope.INTERIOR.value: party}
                  for d_id, party in interiors.items() if party != majority}
    return SplitProposal(
        level, exceptions,
        f"{label_nb(owner_kind, OwnerKind)}: styret har ytre, tekniske anlegg og uteområder; "
        "indre følger den som disponerer boligen (Boligbygg for kommunens egne, utleier for "
        "innleide).")


class AssignmentsChangedError(StaleRecordError):
    """Someone else changed who is responsible at a target since the user looked."""

    def __init__(self, entity_id: str) -> None:
        BoligregError.__init__(
            self,
            "Vedlikeholdsansvaret er endret av noen andre mens du så på det. Ingenting er "
            "lagret; matrisen viser nå det som gjelder.",
            "The maintenance responsibilities were changed by someone else meanwhile. "
            "Nothing was saved; the matrix now shows what is in force.",
        )
        self.entity = "maintenance_responsibility"
        self.entity_id = entity_id
        self.expected = None
        self.actual = None


def _set_target(
    s: Session,
    property_id: str,
    dwelling_id: str | None,
    wanted: set[tuple[str, str]],
    expected: set[tuple[str, str]],
    today: date,
) -> None:
    m = MaintenanceResponsibility
    where = (m.dwelling_id == dwelling_id) if dwelling_id else (m.property_id == property_id)
    current = [
        r for r in s.scalars(sa.select(m).where(where, m.deleted_at.is_(None)))
        if (r.valid_from is None or r.valid_from <= today)
        and (r.valid_to is None or r.valid_to >= today)
    ]
    have = {(str(r.scope), str(r.party)): r for r in current}
    if set(have) != set(expected):
        raise AssignmentsChangedError(dwelling_id or property_id)
    now = utcnow()
    for pair, row in have.items():
        if pair not in wanted:
            row.deleted_at = now
    for scope, party in sorted(wanted - set(have)):
        s.add(m(property_id=None if dwelling_id else property_id, dwelling_id=dwelling_id,
                scope=scope, party=party))
    s.flush()


def set_assignments(
    db: Database,
    property_id: str,
    changes: Mapping[str | None, set[tuple[str, str]]],
    expected: Mapping[str | None, set[tuple[str, str]]],
    today: date | None = None,
) -> None:
    """Make each target's active assignments equal the wanted (scope, party) set, in one
    transaction; ``expected`` holds the set the user saw per target.

    The check is on who is responsible, not on row versions: an undo that recreates an
    assignment (a new row) still matches, while anyone else's change to the same target
    raises :class:`AssignmentsChangedError` and writes nothing. Removed assignments are
    soft-deleted, so the change log keeps them.
    """
    today = today or date.today()
    with db.session() as s:
        for target, wanted in changes.items():
            _set_target(s, property_id, target, set(wanted), set(expected.get(target, set())),
                        today)


def proposal_changes(matrix: Matrix, proposal: SplitProposal
                     ) -> dict[str | None, set[tuple[str, str]]]:
    """The wanted sets per target that :func:`set_assignments` needs to apply ``proposal``.

    Property level becomes exactly the proposal; dwellings get the proposed exceptions and
    lose their own assignments for scopes the proposal covers at property level.
    """
    out: dict[str | None, set[tuple[str, str]]] = {None: set(proposal.property_level.items())}
    for d_id, _unit, _tenure in matrix.dwellings:
        own = matrix.wanted(d_id)
        exceptions = set(proposal.dwelling_level.get(d_id, {}).items())
        if own != exceptions:
            out[d_id] = exceptions
    return out


def matrix_expected(matrix: Matrix, targets: Iterable[str | None]
                    ) -> dict[str | None, set[tuple[str, str]]]:
    """What the user sees per target: the check :func:`set_assignments` makes."""
    return {t: matrix.wanted(t) for t in targets}


# --- for the window: each call opens and closes its own connection ----------------------------

GRIDS: dict[str, Callable[..., RowSet]] = {
    "dwellings": load_dwellings, "properties": load_properties, "agreements": load_agreements,
}


def load_grid(db: Database, grid: str, district: str | None = None,
              ids: Sequence[str] | None = None) -> RowSet:
    """One of the register's tables (``GRIDS``) for the window, on its own connection: the UI
    never holds one (it runs this off the UI thread, where no connection may cross)."""
    with db.engine.connect() as conn:
        return GRIDS[grid](conn, district, ids=ids)


def read(db: Database, query: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """``query(conn, *args, **kwargs)`` on a connection of its own: how the window asks the
    register's read functions (``property_choices``, ``maintenance_matrix`` …) without
    touching the database itself."""
    with db.engine.connect() as conn:
        return query(conn, *args, **kwargs)
