"""Which dwellings an agreement covers: pick candidates, add them, end a dwelling's link.

Ending a link sets its ``to_date``; the row stays, so the agreement keeps the dwelling's
period (shown as "AVSLUTTET") and the change log shows who ended it when. Adding a dwelling
whose earlier link has ended reopens that row (the unique (agreement, dwelling) pair allows
one row), with the old period kept in the change log.

Rules (Norwegian messages, :class:`~boligreg.errors.ValidationError` with ``field``):
- a dwelling already covered by the agreement is refused;
- a dwelling of another bydel than the agreement's is refused;
- a referral agreement may cover at most 40 % of its project's dwellings when the project
  has 5 or more (facts.md; the audit's REFERRAL_QUOTA), and never more than the project has.

All writes go through the ORM, so stamps and the change log follow by themselves. No Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm.exc import StaleDataError

from .. import formats
from ..errors import StaleRecordError, ValidationError
from ..models import Agreement, AgreementDwelling, Database, District, Dwelling, Property
from ..models.enums import AgreementKind, DwellingStatus, Tenure
from ..models.enums import label as enum_label
from .audit.settings import AuditSettings
from .register import RecordNotFoundError, natural_key

_QUOTA = AuditSettings()
REFERRAL_MAX_PCT = _QUOTA.referral_max_pct  # 40
REFERRAL_MIN_PROJECT = _QUOTA.referral_min_project  # 5


@dataclass(frozen=True)
class Candidate:
    """A dwelling that may be added to an agreement."""

    id: str
    address: str
    unit_number: str
    tenure: str
    status: str

    @property
    def label(self) -> str:
        return (f"{self.address}, {self.unit_number}  ·  {enum_label(self.tenure, Tenure)}"
                f"  ·  {enum_label(self.status, DwellingStatus)}")


def _is_active(link: AgreementDwelling | sa.Row, on: date) -> bool:
    return link.deleted_at is None and (link.to_date is None or link.to_date >= on)


def dwelling_candidates(
    conn: sa.Connection,
    agreement_id: str,
    search: str = "",
    *,
    limit: int = 200,
    today: date | None = None,
) -> tuple[list[Candidate], int]:
    """Live dwellings of the agreement's bydel not covered by it today, matching ``search``
    (every word in address, postnummer or bruksenhetsnummer, case-insensitive), those whose
    disposisjonsform fits the agreement first; (the first ``limit``, how many matched).
    """
    today = today or date.today()
    a, w, p = Agreement.__table__, Dwelling.__table__, Property.__table__
    ad = AgreementDwelling.__table__
    found_agreement = conn.execute(
        sa.select(a.c.district_code, sa.cast(a.c.kind, sa.String)).where(a.c.id == agreement_id)
    ).first()
    if found_agreement is None:
        return [], 0
    district, kind = found_agreement
    # Dwellings whose disposisjonsform fits the agreement come first (innleid for a lease).
    fits = Tenure.LEASED.value if kind == AgreementKind.LEASE.value else Tenure.REFERRAL.value
    covered = sa.select(ad.c.dwelling_id).where(
        ad.c.agreement_id == agreement_id, ad.c.deleted_at.is_(None),
        sa.or_(ad.c.to_date.is_(None), ad.c.to_date >= today))
    rows = conn.execute(
        sa.select(w.c.id, p.c.street_address, p.c.postcode, w.c.unit_number,
                  sa.cast(w.c.tenure, sa.String), sa.cast(w.c.status, sa.String))
        .join(p, p.c.id == w.c.property_id)
        .where(w.c.district_code == district, w.c.deleted_at.is_(None),
               w.c.id.not_in(covered))
    ).all()
    words = search.casefold().split()
    found = [
        Candidate(r[0], r[1], r[3], r[4], r[5]) for r in rows
        if all(x in f"{r[1]} {r[2]} {r[3]}".casefold() for x in words)
    ]
    found.sort(key=lambda c: (c.tenure != fits, natural_key(c.address), c.unit_number))
    return found[:limit], len(found)


def _district_name(s: sa.orm.Session, code: str) -> str:
    return s.scalar(sa.select(District.name).where(District.code == code)) or code


def add_dwellings_to_agreement(
    db: Database,
    agreement_id: str,
    dwelling_ids: Sequence[str],
    from_date: date | None,
) -> list[str]:
    """Link ``dwelling_ids`` to the agreement from ``from_date``; the link ids, in order.

    All or nothing: one refused dwelling refuses the whole set (ValidationError, Norwegian).
    """
    ids = list(dict.fromkeys(dwelling_ids))
    if not ids:
        raise ValidationError("Velg minst én bolig.", "Choose at least one dwelling.",
                              field="dwellings")
    on = from_date or date.today()
    with db.session() as s:
        agreement = s.get(Agreement, agreement_id)
        if agreement is None or agreement.deleted_at is not None:
            raise RecordNotFoundError("agreement", agreement_id)
        if from_date is not None:
            if agreement.start_date and from_date < agreement.start_date:
                raise ValidationError(
                    f"Fra-datoen kan ikke være før avtalens startdato "
                    f"({formats.date(agreement.start_date)}).",
                    "The from date cannot be before the agreement's start.", field="from_date")
            if agreement.end_date and from_date > agreement.end_date:
                raise ValidationError(
                    f"Fra-datoen kan ikke være etter avtalens sluttdato "
                    f"({formats.date(agreement.end_date)}).",
                    "The from date cannot be after the agreement's end.", field="from_date")
        links = {x.dwelling_id: x for x in s.scalars(
            sa.select(AgreementDwelling).where(AgreementDwelling.agreement_id == agreement_id))}
        dwellings = {d.id: d for d in s.scalars(sa.select(Dwelling).where(Dwelling.id.in_(ids)))}
        for did in ids:
            d = dwellings.get(did)
            if d is None or d.deleted_at is not None:
                raise RecordNotFoundError("dwelling", did)
            name = f"{d.property.street_address}, {d.unit_number}"
            old = links.get(did)
            if old is not None and _is_active(old, on):
                raise ValidationError(
                    f"{name} er allerede med i avtalen {agreement.reference}.",
                    f"{name} is already covered by agreement {agreement.reference}.",
                    field="dwellings")
            if d.district_code != agreement.district_code:
                raise ValidationError(
                    f"{name} hører til bydel {_district_name(s, d.district_code)}, men avtalen "
                    f"{agreement.reference} gjelder bydel "
                    f"{_district_name(s, agreement.district_code)}. Boliger fra andre bydeler "
                    "kan ikke legges til.",
                    f"{name} belongs to another bydel than the agreement.", field="dwellings")
        if agreement.kind == AgreementKind.REFERRAL.value:
            _check_referral_quota(agreement, links.values(), len(ids), on)
        out = []
        for did in ids:
            link = links.get(did)
            if link is None:
                link = AgreementDwelling(agreement_id=agreement_id, dwelling_id=did,
                                         from_date=from_date)
                s.add(link)
            else:  # ended or removed earlier: reopen the one row the pair may have
                link.from_date = from_date
                link.to_date = None
                link.deleted_at = None
            out.append(link)
        s.flush()
        return [x.id for x in out]


def _check_referral_quota(agreement: Agreement, links, adding: int, on: date) -> None:
    total = agreement.project_total_dwellings
    if not total:
        return
    current = sum(1 for x in links if _is_active(x, on) and x.dwelling.deleted_at is None)
    after = current + adding
    if total >= REFERRAL_MIN_PROJECT:
        allowed = total * REFERRAL_MAX_PCT // 100
        if after * 100 > total * REFERRAL_MAX_PCT:
            raise ValidationError(
                f"En tilvisningsavtale kan gjelde høyst {formats.percent(REFERRAL_MAX_PCT, 0)} av "
                f"boligene i prosjektet: {allowed} av {total}. Avtalen har {current}, og "
                f"{adding} til gir {after} ({formats.percent(after * 100 / total, 0)}).",
                f"A referral agreement may cover at most {REFERRAL_MAX_PCT} % of the project's "
                f"dwellings: {allowed} of {total}; {current} + {adding} = {after}.",
                field="dwellings")
    elif after > total:
        raise ValidationError(
            f"Prosjektet har bare {total} boliger; avtalen har {current}, og {adding} til gir "
            f"{after}.",
            f"The project has only {total} dwellings; {current} + {adding} = {after}.",
            field="dwellings")


def end_agreement_link(
    db: Database, link_id: str, expected_version: int, to_date: date
) -> int:
    """End one dwelling's link to its agreement on ``to_date`` (version-checked); new version.

    The row stays (history); a link already ended cannot be ended again.
    """
    try:
        return _end_link(db, link_id, expected_version, to_date)
    except StaleDataError as exc:  # changed between our read and our write
        raise StaleRecordError("agreement_dwelling", link_id, expected_version, None) from exc


def _end_link(db: Database, link_id: str, expected_version: int, to_date: date) -> int:
    with db.session() as s:
        link = s.get(AgreementDwelling, link_id)
        if link is None or link.deleted_at is not None:
            raise RecordNotFoundError("agreement_dwelling", link_id)
        if link.version != expected_version:
            raise StaleRecordError("agreement_dwelling", link_id, expected_version, link.version)
        if link.to_date is not None and link.to_date < date.today():
            raise ValidationError(
                f"Koblingen ble avsluttet allerede {formats.date(link.to_date)}.",
                "The link has already ended.", field="to_date")
        if link.from_date is not None and to_date < link.from_date:
            raise ValidationError(
                f"Til-datoen kan ikke være før fra-datoen ({formats.date(link.from_date)}).",
                "The to date cannot be before the from date.", field="to_date")
        agreement = link.agreement
        if agreement.start_date is not None and to_date < agreement.start_date:
            raise ValidationError(
                f"Til-datoen kan ikke være før avtalens startdato "
                f"({formats.date(agreement.start_date)}).",
                "The to date cannot be before the agreement's start.", field="to_date")
        link.to_date = to_date
        s.flush()
        return link.version
