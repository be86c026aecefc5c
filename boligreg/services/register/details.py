"""One record as its form shows it: the header line and the links to other records
(property, agreements, maintenance, tenancies, dwellings), and the property pickers."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import sqlalchemy as sa

from ... import formats
from ...i18n import translate
from ...models import (
    Agreement,
    AgreementDwelling,
    District,
    Dwelling,
    MaintenanceResponsibility,
    Property,
    Tenancy,
)
from ...models.enums import (
    AgreementKind,
    DwellingStatus,
    MaintenanceScope,
    OwnerKind,
    ResponsibleParty,
    TenancyKind,
    Tenure,
)
from ...models.enums import (
    label as enum_label,
)
from .labels import entity_label
from .maintenance import SCOPES
from .queries import active_responsibility, district_name
from .records import get_values
from .rows import natural_key


@dataclass(frozen=True)
class Link:
    """One line in a record's link list; double-click opens ``entity_type``/``entity_id``."""

    entity_type: str
    entity_id: str
    kind: str  # in the chosen language: "Eiendom", "Innleieavtale", "Leieforhold" …
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


def _stamp_line(values: Mapping[str, Any]) -> str:
    when = formats.timestamp(values.get("updated_at"), utc=True, none="")
    who = values.get("updated_by") or ""
    deleted = ("  ·  " + translate("RecordDetail", "SLETTET")) if values.get("deleted_at") else ""
    return translate("RecordDetail", "versjon {version}  ·  endret {when} av {who}").format(
        version=values.get("version"), when=when, who=who) + deleted


def _subtitle(conn: sa.Connection, entity: str, values: Mapping[str, Any]) -> str:
    """"Bolig  ·  Sagene  ·  versjon 3  ·  endret … av …"."""
    return (f"{entity_label(entity)}  ·  {district_name(conn, values['district_code'])}  ·  "
            + _stamp_line(values))


def _period(start: Any, end: Any) -> str:
    if not start and not end:
        return ""
    ongoing = translate("RecordDetail", "løpende")
    return f"{formats.date(start, none='…')} – {formats.date(end, none=ongoing)}"


def _responsibility_links(
    conn: sa.Connection, property_id: str, dwelling_id: str | None, today: date
) -> list[Link]:
    m = MaintenanceResponsibility.__table__
    target = m.c.property_id == property_id
    if dwelling_id:
        target = sa.or_(target, m.c.dwelling_id == dwelling_id)
    rows = conn.execute(
        sa.select(m.c.id, m.c.scope, m.c.party, m.c.dwelling_id, m.c.valid_from, m.c.valid_to)
        .where(target, active_responsibility(m, today))
        .order_by(m.c.scope)
    ).all()
    by_scope: dict[str, list[Any]] = defaultdict(list)
    for r in rows:
        by_scope[str(r.scope)].append(r)
    out = []
    # The maintenance section opens "property/dwelling" with that dwelling's column chosen.
    ref = f"{property_id}/{dwelling_id}" if dwelling_id else property_id
    for scope in SCOPES:
        found = by_scope.get(scope, [])
        if dwelling_id and any(r.dwelling_id for r in found):  # the dwelling's own wins
            found = [r for r in found if r.dwelling_id]
        label = enum_label(scope, MaintenanceScope)
        kind = translate("RecordDetail", "Vedlikehold")
        if not found:
            out.append(Link("maintenance", ref, kind,
                            translate("RecordDetail", "{scope}: mangler").format(scope=label),
                            translate("RecordDetail", "ingen ansvarlig registrert"),
                            warning=True))
            continue
        parties = ", ".join(enum_label(str(r.party), ResponsibleParty) for r in found)
        detail = (translate("RecordDetail", "gjelder denne boligen")
                  if any(r.dwelling_id for r in found)
                  else translate("RecordDetail", "gjelder eiendommen"))
        if len(found) > 1:
            detail += "  ·  " + translate("RecordDetail", "DOBBELT ANSVAR")
        out.append(Link("maintenance", ref, kind, f"{label}: {parties}",
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
    address = prop.street_address if prop else translate("RecordDetail", "(ukjent eiendom)")
    links: list[Link] = []
    if prop:
        links.append(Link("property", values["property_id"], entity_label("property"),
                          f"{prop.street_address}, {prop.postcode}",
                          translate("RecordDetail", "eier: {owner}").format(
                              owner=enum_label(str(prop.owner_kind), OwnerKind))))
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
        detail = f"{r.landlord_name}  ·  " + translate("RecordDetail", "avtale til {date}").format(
            date=formats.date(r.end_date, none=translate("RecordDetail", "løpende")))
        if ended:
            detail += "  ·  " + translate("RecordDetail", "UTLØPT")
        elif soon:
            detail += "  ·  " + translate("RecordDetail", "utløper om {days} dager").format(
                days=formats.integer((r.end_date - today).days))
        links.append(Link("agreement", r.id, enum_label(str(r.kind), AgreementKind), r.reference,
                          detail, warning=ended or soon))
    links.extend(_responsibility_links(conn, values["property_id"], dwelling_id, today))
    t = Tenancy.__table__
    tenancies = [
        Link("tenancy", r.id, enum_label(str(r.kind), TenancyKind),
             _period(r.start_date, r.end_date),
             "  ·  ".join(x for x in (
                 translate("RecordDetail", "neste vurdering {date}").format(
                     date=formats.date(r.next_review)) if r.next_review else "",
                 translate("RecordDetail", "sak {reference}").format(
                     reference=r.case_reference) if r.case_reference else "") if x),
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
    subtitle = _subtitle(conn, "dwelling", values)
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
        Link("dwelling", r.id, entity_label("dwelling"), r.unit_number,
             "  ·  ".join((enum_label(str(r.tenure), Tenure),
                           enum_label(str(r.status), DwellingStatus))),
             warning=str(r.status) == DwellingStatus.VACANT.value)
        for r in conn.execute(
            sa.select(w.c.id, w.c.unit_number, w.c.tenure, w.c.status)
            .where(w.c.property_id == property_id, w.c.deleted_at.is_(None))
            .order_by(w.c.unit_number)
        )
    ]
    links.extend(_responsibility_links(conn, property_id, None, today))
    title = f"{values['street_address']}, {values['postcode']}"
    subtitle = _subtitle(conn, "property", values)
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
        links.append(Link("landlord", landlord_key, entity_label("landlord"),
                          values.get("landlord_name") or "",
                          (translate("RecordDetail", "org.nr. {orgnr}").format(orgnr=orgnr)
                           + "  ·  " if orgnr else "")
                          + translate("RecordDetail", "{n} avtaler i alt").format(
                              n=formats.integer(n))))
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
        links.append(Link("dwelling", r.id, entity_label("dwelling"),
                          f"{r.street_address}, {r.unit_number}",
                          "  ·  ".join(x for x in (enum_label(str(r.status), DwellingStatus),
                                                   _period(r.from_date, r.to_date),
                                                   translate("RecordDetail", "AVSLUTTET")
                                                   if ended else "") if x),
                          warning=ended, ref_id=r.link_id, ref_version=r.version,
                          active=not ended))
    title = f"{enum_label(values['kind'], AgreementKind)} {values['reference']}"
    subtitle = _subtitle(conn, "agreement", values)
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
