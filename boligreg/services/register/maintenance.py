"""Maintenance responsibility: the matrix of a property, the usual split (facts.md,
"Maintenance in Oslo") and :func:`set_assignments`, which moves one target's assignments to a
wanted set in one version-checked transaction."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ...errors import BoligregError, StaleRecordError
from ...i18n import QT_TRANSLATE_NOOP, Labels, translate
from ...models import Database, Dwelling, MaintenanceResponsibility, Property, utcnow
from ...models.enums import MaintenanceScope, OwnerKind, ResponsibleParty, Tenure
from ...models.enums import label as enum_label
from .queries import active_responsibility, district_name

SCOPES = tuple(s.value for s in MaintenanceScope)

# Coverage of a property's four scopes: every scope one party, a gap, or two parties.
COVERAGE_OK, COVERAGE_GAP, COVERAGE_DOUBLE = "ok", "gap", "double"
# Read in the chosen language (i18n.Labels translates when indexed).
COVERAGE_LABELS = Labels("Maintenance", {
    COVERAGE_OK: QT_TRANSLATE_NOOP("Maintenance", "Komplett"),
    COVERAGE_GAP: QT_TRANSLATE_NOOP("Maintenance", "Mangler"),
    COVERAGE_DOUBLE: QT_TRANSLATE_NOOP("Maintenance", "Dobbelt"),
})


def coverage_of(parties_by_scope: Mapping[str, str]) -> str:
    """Gap if any scope has no party, else double if any has two, else ok."""
    values = [parties_by_scope.get(s) or "" for s in SCOPES]
    if any(v == "" for v in values):
        return COVERAGE_GAP
    if any("," in v for v in values):
        return COVERAGE_DOUBLE
    return COVERAGE_OK



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
            .where(target, active_responsibility(m, today))
        )
    ]
    return Matrix(property_id, f"{prop.street_address}, {prop.postcode}",
                  district_name(conn, prop.district_code), str(prop.owner_kind),
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
# Where the usual split comes from (shared/data facts.md, "Maintenance in Oslo").
SPLIT_SOURCE = QT_TRANSLATE_NOOP(
    "Maintenance",
    "Vanlig fordeling: Boligbygg vedlikeholder ytre (fasade, tak, fellesarealer, tekniske anlegg, "
    "brannsikring) om ikke annet er avtalt; i borettslag og sameie gjør styret det; ved "
    "innleie og tilvisning er eieren utleier og vedlikeholder bygget. Leietakers "
    "småvedlikehold (låser, kraner, WC, stikkontakter, varmtvannsbereder) følger av "
    "husleieloven og registreres ikke her.")


def split_source() -> str:
    """Where the usual split comes from (a tooltip), in the chosen language."""
    return translate("Maintenance", SPLIT_SOURCE)


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
        return SplitProposal(level, {}, translate(
            "Maintenance", "Eid av {owner}: {party} har alt vedlikehold.").format(
                owner=enum_label(owner_kind, OwnerKind),
                party=enum_label(owner, ResponsibleParty)))
    if owner_kind == OwnerKind.PRIVATE.value:
        level = dict.fromkeys(SCOPES, ResponsibleParty.LANDLORD.value)
        return SplitProposal(level, {}, translate(
            "Maintenance", "Privat eier (innleie/tilvisning): utleier har alt "
                           "vedlikehold etter avtalen."))
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
        translate("Maintenance", "{owner}: styret har ytre, tekniske anlegg og uteområder; "
                  "indre følger den som disponerer boligen (Boligbygg for kommunens egne, "
                  "utleier for innleide).").format(owner=enum_label(owner_kind, OwnerKind)))


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
