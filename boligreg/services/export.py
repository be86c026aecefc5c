"""Exports: dwellings (the file imports back), agreements, maintenance responsibilities and
findings, to .xlsx or .csv; and Kobo's import file.

Headers and labelled values are in the chosen language (bokmål by default, ``boligreg.i18n``):
the dwellings' headers are the import fields' labels ("Adresse", "Postnummer"), or with
``field_names=True`` the import's field names ("street_address"). The importer reads all three
header sets back without a mapping file. Rule codes are never written: the rule's title is.

``build_*(conn)`` returns a :class:`Sheet` (columns + rows, plain values);
``audit_findings_sheets(rows)`` the audit's two sheets (findings, open counts per rule and
bydel) for ``boligreg audit --xlsx`` and the Avvik section. ``write_xlsx`` (one or several
sheets) and ``write_csv`` render them and never query. This is the one xlsx path of the
project. The .xlsx has a bold frozen header, an autofilter, widths that fit the content, dates
as real dates, text cells as text (never a formula) and a column's ``fills`` (the severity tint)
as cell backgrounds.

The .xlsx writer is a small streaming one of our own: the benchmark "xlsx writer: XlsxWriter
constant_memory" writes the same 100,000-dwelling sheet with both and prints both times;
XlsxWriter is several times slower there and over the 10 s the issue sets (see the README's
benchmark section). The files are checked by reading them back with python-calamine and
openpyxl in the tests.
"""

from __future__ import annotations

import csv
import os
import re
import zipfile
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import sqlalchemy as sa

from .. import formats
from ..errors import CancelledError, ValidationError
from ..i18n import QT_TRANSLATE_NOOP, translate
from ..models import (
    Agreement,
    AgreementDwelling,
    Database,
    District,
    Dwelling,
    Finding,
    MaintenanceResponsibility,
    Property,
    Tenancy,
)
from ..models.enums import (
    ActualUse,
    AgreementKind,
    DwellingStatus,
    FindingStatus,
    MaintenanceScope,
    OwnerKind,
    ResponsibleParty,
    Severity,
    TargetGroup,
    TenancyKind,
    Tenure,
    label_nb,
    labels,
)
from ..models.enums import (
    label as enum_label,
)
from ..reports.palette import SEVERITY_TINTS
from ..resources import districts, resource_path
from ..safefiles import atomic_output, check_output
from .audit import RULES
from .audit.messages import message_text
from .csvsafe import neutralise
from .importer.fields import FIELD_BY_NAME

ProgressFn = Callable[[int, str], None]
CancelFn = Callable[[], bool]

WHATS = ("dwellings", "agreements", "responsibilities", "findings")
KOBO_COLUMNS_FILE = "kobo_import_columns.txt"


@dataclass
class Column:
    key: str  # what the column holds (an import field name for dwellings)
    kind: str = "text"  # text | int | float | date | datetime
    width: float | None = None  # characters; None = fit the content
    # xlsx only: a text cell whose value is a key here gets that background ("#RRGGBB")
    fills: dict[str, str] | None = None
    title: str | None = None  # the header written to the file; None: ``key``

    @property
    def header(self) -> str:
        return self.key if self.title is None else self.title


CONTEXT = "Export"  # catalogue context of the exports' headers and sheet names


def _columns(specs: Sequence[tuple[str, str, float | None]]) -> list[Column]:
    """(bokmål header as marked, kind, width) → columns headed in the chosen language."""
    return [Column(text, kind, width, title=translate(CONTEXT, text)) for text, kind, width
            in specs]


@dataclass
class Sheet:
    title: str
    columns: list[Column]
    rows: list[tuple[Any, ...]] = field(default_factory=list)
    caption: str | None = None  # xlsx only: a bold line above the header (header on row 2)
    freeze_cols: int = 0  # xlsx only: columns kept in view besides the header row


# --- building the sheets ----------------------------------------------------------------------


class _Shown:
    """Labelled values as one export writes them, each table translated once per build (an
    export of 100,000 dwellings would otherwise translate a million cells)."""

    def __init__(self) -> None:
        self.tables: dict[type, dict[str, str]] = {}
        self.yes, self.no = translate("Export", "ja"), translate("Export", "nei")

    def __call__(self, value: Any, enum: type) -> str | None:
        if value is None:
            return None
        table = self.tables.get(enum)
        if table is None:
            table = self.tables[enum] = labels(enum)
        text = str(value)
        return table.get(text, text)

    def yes_no(self, value: bool | None) -> str | None:
        return None if value is None else (self.yes if value else self.no)


def _district_names(conn: sa.Connection) -> dict[str, str]:
    d = District.__table__
    return {code: name for code, name in conn.execute(sa.select(d.c.code, d.c.name))}


def _current_agreements(conn: sa.Connection) -> dict[str, dict[str, Any]]:
    """dwelling id → its current agreement (a live link without end; the newest if several)."""
    a, ad = Agreement.__table__, AgreementDwelling.__table__
    rows = conn.execute(
        sa.select(ad.c.dwelling_id, ad.c.monthly_cost.label("lease_cost"), a)
        .join(a, a.c.id == ad.c.agreement_id)
        .where(ad.c.deleted_at.is_(None), a.c.deleted_at.is_(None), ad.c.to_date.is_(None))
        .order_by(ad.c.dwelling_id, a.c.start_date.desc().nulls_last(), a.c.reference)
    ).mappings()
    out: dict[str, dict[str, Any]] = {}
    for row in rows:
        out.setdefault(row["dwelling_id"], dict(row))
    return out


def _responsibilities(conn: sa.Connection) -> dict[tuple[str, str], str]:
    """(property or dwelling id, scope) → party, for live responsibilities still in force."""
    mr = MaintenanceResponsibility.__table__
    out: dict[tuple[str, str], str] = {}
    for pid, did, scope, party in conn.execute(
        sa.select(mr.c.property_id, mr.c.dwelling_id, mr.c.scope, mr.c.party)
        .where(mr.c.deleted_at.is_(None), mr.c.valid_to.is_(None))
        .order_by(mr.c.created_at)
    ):
        out.setdefault((did or pid, str(scope)), str(party))
    return out


DWELLING_EXPORT = [
    Column("id", width=38), Column("district"), Column("unit_number"),
    Column("street_address"), Column("postcode"), Column("gnr", "int"), Column("bnr", "int"),
    Column("fnr", "int"), Column("snr", "int"), Column("owner_kind"), Column("owner_name"),
    Column("owner_orgnr"), Column("built_year", "int"), Column("area_m2", "float"),
    Column("rooms", "int"),
    Column("target_group"), Column("tenure"), Column("status"), Column("actual_use"),
    Column("wheelchair_accessible"), Column("vacant_since", "date"),
    Column("last_inspection", "date"), Column("note", width=40),
    Column("tenant_rent", "float"), Column("tenant_rent_set", "date"),
    Column("agreement_reference"), Column("agreement_kind"), Column("landlord_name"),
    Column("landlord_orgnr"), Column("agreement_start", "date"),
    Column("agreement_end", "date"), Column("monthly_rent", "float"),
    Column("lease_cost", "float"), Column("notice_months", "int"), Column("last_reviewed", "date"),
    Column("project_total_dwellings", "int"), Column("interior_responsible"),
    Column("exterior_responsible"), Column("technical_responsible"),
    Column("outdoor_responsible"),
]


def _live_dwellings(conn: sa.Connection, district: str | None) -> Iterable[Any]:
    d, p = Dwelling.__table__, Property.__table__
    query = (
        sa.select(d, p.c.street_address, p.c.postcode, p.c.gnr, p.c.bnr, p.c.fnr, p.c.snr,
                  p.c.owner_kind, p.c.owner_name, p.c.owner_orgnr, p.c.built_year)
        .join(p, p.c.id == d.c.property_id)
        .where(d.c.deleted_at.is_(None))
        .order_by(d.c.district_code, p.c.street_address, d.c.unit_number)
    )
    if district:
        query = query.where(d.c.district_code == district)
    return conn.execute(query).mappings()


def dwelling_columns(field_names: bool = False) -> list[Column]:
    """The dwelling export's columns: headed by the import fields' labels in the chosen
    language, or by the field names (``field_names``)."""
    out = []
    for c in DWELLING_EXPORT:
        title = None if field_names else FIELD_BY_NAME[c.key].title
        out.append(Column(c.key, c.kind, c.width, c.fills, title))
    return out


def build_dwellings(conn: sa.Connection, district: str | None = None, *,
                    field_names: bool = False) -> Sheet:
    """One row per live dwelling with its building, current agreement and responsibilities
    (headers: see :func:`dwelling_columns`)."""
    lab = _Shown()
    names = _district_names(conn)
    agreements = _current_agreements(conn)
    resp = _responsibilities(conn)
    rows = []
    for r in _live_dwellings(conn, district):
        ag = agreements.get(r["id"], {})

        def who(scope: str, first: str, second: str) -> str | None:
            party = resp.get((first, scope)) or resp.get((second, scope))
            return lab(party, ResponsibleParty)

        did, pid = r["id"], r["property_id"]
        rows.append((
            did, names.get(r["district_code"], r["district_code"]), r["unit_number"],
            r["street_address"], r["postcode"], r["gnr"], r["bnr"], r["fnr"], r["snr"],
            lab(r["owner_kind"], OwnerKind), r["owner_name"], r["owner_orgnr"],
            r["built_year"], r["area_m2"], r["rooms"],
            lab(r["target_group"], TargetGroup), lab(r["tenure"], Tenure),
            lab(r["status"], DwellingStatus), lab(r["actual_use"], ActualUse),
            lab.yes_no(r["wheelchair_accessible"]), r["vacant_since"], r["last_inspection"],
            r["note"], r["tenant_rent"], r["tenant_rent_set"], ag.get("reference"),
            lab(ag.get("kind"), AgreementKind),
            ag.get("landlord_name") or None, ag.get("landlord_orgnr"), ag.get("start_date"),
            ag.get("end_date"), ag.get("monthly_rent"), ag.get("lease_cost"),
            ag.get("notice_months"),
            ag.get("last_reviewed"), ag.get("project_total_dwellings"),
            who("interior", did, pid), who("exterior", pid, did), who("technical", pid, did),
            who("outdoor", pid, did),
        ))
    return Sheet(translate("Export", "Boliger"), dwelling_columns(field_names), rows)


def build_agreements(conn: sa.Connection, district: str | None = None) -> Sheet:
    a, ad = Agreement.__table__, AgreementDwelling.__table__
    lab = _Shown()
    names = _district_names(conn)
    counts = {aid: n for aid, n in conn.execute(
        sa.select(ad.c.agreement_id, sa.func.count())
        .where(ad.c.deleted_at.is_(None), ad.c.to_date.is_(None))
        .group_by(ad.c.agreement_id)
    )}
    query = sa.select(a).where(a.c.deleted_at.is_(None)).order_by(a.c.district_code,
                                                                   a.c.reference)
    if district:
        query = query.where(a.c.district_code == district)
    rows = [
        (r["reference"], lab(r["kind"], AgreementKind),
         names.get(r["district_code"], r["district_code"]), r["landlord_name"] or None,
         r["landlord_orgnr"], r["start_date"], r["end_date"], r["notice_months"],
         r["monthly_rent"], r["last_reviewed"], r["project_total_dwellings"],
         counts.get(r["id"], 0), r["note"], r["id"])
        for r in conn.execute(query).mappings()
    ]
    columns = _columns([
        (QT_TRANSLATE_NOOP("Export", "Avtalenummer"), "text", None),
        (QT_TRANSLATE_NOOP("Export", "Avtaletype"), "text", None),
        (QT_TRANSLATE_NOOP("Export", "Bydel"), "text", None),
        (QT_TRANSLATE_NOOP("Export", "Utleier"), "text", None),
        (QT_TRANSLATE_NOOP("Export", "Utleiers org.nr."), "text", None),
        (QT_TRANSLATE_NOOP("Export", "Fra"), "date", None),
        (QT_TRANSLATE_NOOP("Export", "Til"), "date", None),
        (QT_TRANSLATE_NOOP("Export", "Oppsigelsestid (mnd)"), "int", None),
        (QT_TRANSLATE_NOOP("Export", "Leie per måned"), "float", None),
        (QT_TRANSLATE_NOOP("Export", "Sist gjennomgått"), "date", None),
        (QT_TRANSLATE_NOOP("Export", "Boliger i prosjektet"), "int", None),
        (QT_TRANSLATE_NOOP("Export", "Boliger i avtalen"), "int", None),
        (QT_TRANSLATE_NOOP("Export", "Merknad"), "text", 40),
        (QT_TRANSLATE_NOOP("Export", "ID"), "text", 38),
    ])
    return Sheet(translate("Export", "Avtaler"), columns, rows)


def build_responsibilities(conn: sa.Connection, district: str | None = None) -> Sheet:
    mr, p, d = (MaintenanceResponsibility.__table__, Property.__table__,
                Dwelling.__table__)
    lab = _Shown()
    names = _district_names(conn)
    dp = p.alias("dp")
    query = (
        sa.select(mr, p.c.street_address.label("p_address"),
                  p.c.district_code.label("p_district"), d.c.unit_number,
                  d.c.district_code.label("d_district"), dp.c.street_address.label("d_address"))
        .outerjoin(p, p.c.id == mr.c.property_id)
        .outerjoin(d, d.c.id == mr.c.dwelling_id)
        .outerjoin(dp, dp.c.id == d.c.property_id)
        .where(mr.c.deleted_at.is_(None))
        .order_by(sa.func.coalesce(p.c.street_address, dp.c.street_address), d.c.unit_number,
                  mr.c.scope)
    )
    rows = []
    for r in conn.execute(query).mappings():
        code = r["d_district"] or r["p_district"]
        if district and code != district:
            continue
        rows.append((
            names.get(code, code), r["p_address"] or r["d_address"], r["unit_number"],
            translate("Export", "Bolig") if r["dwelling_id"] else translate("Export", "Bygg"),
            lab(r["scope"], MaintenanceScope),
            lab(r["party"], ResponsibleParty), r["valid_from"], r["valid_to"], r["note"],
        ))
    columns = _columns([
        (QT_TRANSLATE_NOOP("Export", "Bydel"), "text", None),
        (QT_TRANSLATE_NOOP("Export", "Adresse"), "text", None),
        (QT_TRANSLATE_NOOP("Export", "Bruksenhetsnummer"), "text", None),
        (QT_TRANSLATE_NOOP("Export", "Gjelder"), "text", None),
        (QT_TRANSLATE_NOOP("Export", "Omfang"), "text", None),
        (QT_TRANSLATE_NOOP("Export", "Ansvarlig"), "text", None),
        (QT_TRANSLATE_NOOP("Export", "Gyldig fra"), "date", None),
        (QT_TRANSLATE_NOOP("Export", "Gyldig til"), "date", None),
        (QT_TRANSLATE_NOOP("Export", "Merknad"), "text", 40),
    ])
    return Sheet(translate("Export", "Vedlikeholdsansvar"), columns, rows)


def build_findings(conn: sa.Connection, district: str | None = None) -> Sheet:
    f = Finding.__table__
    lab = _Shown()
    names = _district_names(conn)
    query = sa.select(f).where(f.c.deleted_at.is_(None)).order_by(
        f.c.district_code, f.c.rule, f.c.first_seen)
    if district:
        query = query.where(f.c.district_code == district)
    titles = {code: rule.title for code, rule in RULES.items()}
    rows = [
        (titles.get(r["rule"], r["rule"]), lab(r["severity"], Severity),
         lab(r["status"], FindingStatus),
         names.get(r["district_code"] or "", r["district_code"]), entity_name(r["entity_type"]),
         r["label"], message_text(r["rule"], r["message"]), r["first_seen"], r["last_seen"],
         r["resolved_at"],
         r["status_note"], r["justification"], r["entity_id"])
        for r in conn.execute(query).mappings()
    ]
    columns = _columns([
        (QT_TRANSLATE_NOOP("Export", "Regel"), "text", None),
        (QT_TRANSLATE_NOOP("Export", "Alvor"), "text", None),
        (QT_TRANSLATE_NOOP("Export", "Status"), "text", None),
        (QT_TRANSLATE_NOOP("Export", "Bydel"), "text", None),
        (QT_TRANSLATE_NOOP("Export", "Gjelder"), "text", None),
        (QT_TRANSLATE_NOOP("Export", "Post"), "text", 40),
        (QT_TRANSLATE_NOOP("Export", "Melding"), "text", 60),
        (QT_TRANSLATE_NOOP("Export", "Først sett"), "datetime", None),
        (QT_TRANSLATE_NOOP("Export", "Sist sett"), "datetime", None),
        (QT_TRANSLATE_NOOP("Export", "Lukket"), "datetime", None),
        (QT_TRANSLATE_NOOP("Export", "Statusmerknad"), "text", 40),
        (QT_TRANSLATE_NOOP("Export", "Begrunnelse"), "text", 40),
        (QT_TRANSLATE_NOOP("Export", "Post-ID"), "text", 38),
    ])
    columns[1].fills = severity_fills()
    return Sheet(translate("Export", "Avvik"), columns, rows)


# The audit's workbook (``boligreg audit --xlsx`` and the Avvik section): its own columns
# (bokmål as marked; ``xlsx_headers`` in the chosen language), from the rows the caller already
# holds (a filtered view, or a fresh run). The rule is named by its title, never its code.
XLSX_COLUMNS: tuple[tuple[str, int], ...] = (
    (QT_TRANSLATE_NOOP("Export", "Alvorlighet"), 11), (QT_TRANSLATE_NOOP("Export", "Status"), 13),
    (QT_TRANSLATE_NOOP("Export", "Regel"), 34), (QT_TRANSLATE_NOOP("Export", "Bydel"), 8),
    (QT_TRANSLATE_NOOP("Export", "Bydelsnavn"), 18), (QT_TRANSLATE_NOOP("Export", "Posttype"), 11),
    (QT_TRANSLATE_NOOP("Export", "Post"), 36), (QT_TRANSLATE_NOOP("Export", "Melding"), 60),
    (QT_TRANSLATE_NOOP("Export", "Først sett"), 11), (QT_TRANSLATE_NOOP("Export", "Sist sett"), 11),
    (QT_TRANSLATE_NOOP("Export", "Dager åpen"), 10), (QT_TRANSLATE_NOOP("Export", "Lukket"), 11),
    (QT_TRANSLATE_NOOP("Export", "Statusnotat"), 30),
    (QT_TRANSLATE_NOOP("Export", "Begrunnelse"), 30), (QT_TRANSLATE_NOOP("Export", "Post-ID"), 38),
    (QT_TRANSLATE_NOOP("Export", "Avvik-ID"), 38),
)
_AUDIT_KINDS = {"Først sett": "date", "Sist sett": "date", "Lukket": "date", "Dager åpen": "int"}
FINDING_ENTITY_NB = {
    "dwelling": QT_TRANSLATE_NOOP("Export", "Bolig"),
    "property": QT_TRANSLATE_NOOP("Export", "Bygg"),
    "agreement": QT_TRANSLATE_NOOP("Export", "Avtale"),
    "tenancy": QT_TRANSLATE_NOOP("Export", "Leieforhold"),
}
_LIVE = ("open", "in_progress")


def xlsx_headers() -> list[str]:
    """The audit workbook's headers in the chosen language."""
    return [translate(CONTEXT, name) for name, _width in XLSX_COLUMNS]


def entity_name(entity_type: str) -> str:
    """What a finding is about ("Bolig" …) in the chosen language."""
    text = FINDING_ENTITY_NB.get(entity_type)
    return translate(CONTEXT, text) if text else entity_type


def severity_fills() -> dict[str, str]:
    """The severity label as written ("Høy" …) → its tint, the same as the window's rows."""
    return {enum_label(key, Severity): tint for key, tint in SEVERITY_TINTS.items()}


def audit_findings_sheets(rows: Sequence[Any], *, scope: str | None = None,
                          today: date | None = None) -> list[Sheet]:
    """The findings (``services.audit.FindingRow``) and a second sheet counting the open ones
    per rule and bydel. ``scope`` names the selection in the caption (default: all of Oslo)."""
    today = today or date.today()
    scope = scope if scope is not None else translate("Export", "Hele Oslo")
    names = {d.code: d.name for d in districts()}
    columns = [Column(name, _AUDIT_KINDS.get(name, "text"), width, title=translate(CONTEXT, name))
               for name, width in XLSX_COLUMNS]
    columns[0].fills = severity_fills()
    body = []
    lab = _Shown()
    titles = {code: rule.title for code, rule in RULES.items()}
    kinds = {kind: entity_name(kind) for kind in FINDING_ENTITY_NB}
    for r in rows:
        closed = r.resolved_at.date() if r.resolved_at else None
        body.append((
            lab(r.severity, Severity), lab(r.status, FindingStatus),
            titles.get(r.rule, r.rule), (r.district_code or "")[-2:],
            names.get(r.district_code or "", ""), kinds.get(r.entity_type, r.entity_type),
            r.label, r.shown_message,
            r.first_seen.date(), r.last_seen.date(),
            max(0, ((closed or today) - r.first_seen.date()).days), closed,
            r.status_note or "", r.justification or "", r.entity_id, r.id,
        ))
    codes = sorted({r.district_code or "" for r in rows if r.status in _LIVE})
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for r in rows:
        if r.status in _LIVE:
            counts[(r.rule, r.district_code or "")] += 1
    summary_rows = []
    for code, rule in RULES.items():
        values = [counts.get((code, d), 0) for d in codes]
        summary_rows.append((rule.title, *values, sum(values)))
    summary = Sheet(
        translate("Export", "Sammendrag"),
        [Column("rule", width=38, title=translate("Export", "Regel")),
         *[Column(c[-2:], "int") for c in codes],
         Column("sum", "int", title=translate("Export", "Sum"))],
        summary_rows, caption=translate("Export", "Åpne avvik – {scope}, per {date}").format(
            scope=scope, date=formats.date(today)),
        freeze_cols=1)
    return [Sheet(translate("Export", "Avvik"), columns, body), summary]


# --- Kobo ---------------------------------------------------------------------------------


def kobo_columns() -> list[str]:
    """Kobo's column order (resources/kobo_import_columns.txt, from shared/data)."""
    text = resource_path(KOBO_COLUMNS_FILE).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


_ADDRESS = re.compile(r"^(?P<street>.*?)\s+(?P<number>[0-9]+)\s*(?P<letter>[A-Za-zÆØÅæøå])?$")


def split_address(address: str) -> tuple[str, str, str]:
    """"Thorvald Meyers gate 12B" → ("Thorvald Meyers gate", "12", "B")."""
    m = _ADDRESS.match(address.strip())
    if not m:
        return address.strip(), "", ""
    return m["street"], m["number"], (m["letter"] or "").upper()


def _current_tenancies(conn: sa.Connection) -> dict[str, dict[str, Any]]:
    t = Tenancy.__table__
    out: dict[str, dict[str, Any]] = {}
    for row in conn.execute(
        sa.select(t.c.dwelling_id, t.c.kind, t.c.start_date, t.c.end_date)
        .where(t.c.deleted_at.is_(None))
        .order_by(t.c.dwelling_id, t.c.start_date.desc())
    ).mappings():
        out.setdefault(row["dwelling_id"], dict(row))
    return out


def build_kobo(conn: sa.Connection, district: str | None = None) -> Sheet:
    """Kobo's dwelling import file. Fields boligreg does not hold stay empty; personal data
    (hovedsøker, the owner's mobile number) is never written. ``ekstrareferanse`` carries
    boligreg's id, so the file imports back onto the same dwellings. Kobo reads Norwegian: the
    values are bokmål whatever the chosen language."""
    names = kobo_columns()
    agreements = _current_agreements(conn)
    tenancies = _current_tenancies(conn)
    rows = []
    for r in _live_dwellings(conn, district):
        ag = agreements.get(r["id"], {})
        ten = tenancies.get(r["id"], {})
        street, number, letter = split_address(r["street_address"])
        # Kobo's "boligeier" is the dwelling's owner: the building's for an owned dwelling,
        # the landlord's for a leased or referral one.
        owned = str(r["tenure"]) == "owned"
        owner_name = (None if owned else ag.get("landlord_name")) or r["owner_name"] or \
            label_nb(str(r["owner_kind"]), OwnerKind)
        owner_orgnr = (None if owned else ag.get("landlord_orgnr")) or r["owner_orgnr"]
        status = str(r["status"])
        row = {
            "kommunenummer": "0301",
            "gnrbnr": f"{r['gnr']}/{r['bnr']}" if r["gnr"] and r["bnr"] else None,
            "festenummer": r["fnr"], "seksjonsnummer": r["snr"],
            "bruksenhetsnummer": r["unit_number"], "gatenavn": street,
            "husnummer": number or None, "husbokstav": letter or None,
            "postnummer": r["postcode"], "ekstrareferanse": r["id"],
            "kobodisposisjonsform": label_nb(str(r["tenure"]), Tenure),
            "boligeiersnavn": owner_name,
            "boligeiersorganisasjonsnummer": owner_orgnr,
            "boligstatus": label_nb(status, DwellingStatus),
            "statusdato": r["vacant_since"] if status == "vacant" else None,
            "errullestoltilpasset": "Ja" if r["wheelchair_accessible"] else "Nei",
            "ovriginformasjon": r["note"],
            "manedsleie": r["tenant_rent"],  # the tenant's monthly rent (Kobo)
            "HARPERSONALBASE": "Ja" if str(r["actual_use"]) == "staff_base" else "Nei",
            "leieforholdertidsubegrenset": (
                None if not ten else
                "Ja" if str(ten["kind"]) == TenancyKind.INDEFINITE.value else "Nei"),
            "leieforholdstartdato": ten.get("start_date"),
            "leieforholdsluttdato": ten.get("end_date"),
        }
        rows.append(tuple(row.get(n) for n in names))
    kinds = {"statusdato": "date", "leieforholdstartdato": "date", "manedsleie": "float",
             "leieforholdsluttdato": "date", "festenummer": "int", "seksjonsnummer": "int"}
    return Sheet("Kobo", [Column(n, kinds.get(n, "text")) for n in names], rows)


BUILDERS: dict[str, Callable[[sa.Connection, str | None], Sheet]] = {
    "dwellings": build_dwellings,
    "agreements": build_agreements,
    "responsibilities": build_responsibilities,
    "findings": build_findings,
}


# --- writers ------------------------------------------------------------------------------


def _csv_value(value: Any, kind: str) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, bool):
        return "ja" if value else "nei"
    if isinstance(value, float):
        text = f"{value:.2f}".rstrip("0").rstrip(".") if not value.is_integer() \
            else str(int(value))
        return text.replace(".", ",")
    return str(value)


def write_csv(sheet: Sheet, path: str | os.PathLike[str], *, encoding: str = "utf-8-sig",
              delimiter: str = ";") -> None:
    """Norwegian CSV: ``;``, dd.mm.yyyy, decimal comma; UTF-8 with BOM so Excel shows æøå.
    Text cells are neutralised against formula injection (``csvsafe.neutralise``)."""
    kinds = [c.kind for c in sheet.columns]
    errors = "replace" if encoding.lower().replace("-", "") in ("iso88591", "latin1") \
        else "strict"
    with Path(path).open("w", encoding=encoding, errors=errors, newline="") as fh:
        w = csv.writer(fh, delimiter=delimiter)
        w.writerow([neutralise(c.header) for c in sheet.columns])
        for row in sheet.rows:
            # Numbers stay numbers ("-1500"); any text that a spreadsheet would run as a
            # formula gets a leading "'" (csvsafe, OWASP).
            w.writerow([_csv_value(v, k) if isinstance(v, int | float) and not isinstance(
                v, bool) else neutralise(_csv_value(v, k))
                for v, k in zip(row, kinds, strict=True)])


_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
EXCEL_EPOCH_ORDINAL = date(1899, 12, 30).toordinal()


def _letters(n: int) -> list[str]:
    out = []
    for i in range(n):
        s, k = "", i + 1
        while k:
            k, rem = divmod(k - 1, 26)
            s = chr(65 + rem) + s
        out.append(s)
    return out


def _fit_widths(sheet: Sheet, sample: int = 2000) -> list[float]:
    widths = []
    for i, col in enumerate(sheet.columns):
        if col.width is not None:
            widths.append(col.width)
            continue
        longest = len(col.header) + 3  # room for the autofilter button
        for row in sheet.rows[:sample]:
            value = row[i]
            if value is None:
                continue
            n = 10 if isinstance(value, date) else len(_csv_value(value, col.kind))
            longest = max(longest, n)
        widths.append(min(max(longest + 1.5, 7.0), 50.0))
    return widths


_STYLES_HEAD = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="2"><numFmt numFmtId="164" formatCode="dd\\.mm\\.yyyy"/>\
<numFmt numFmtId="165" formatCode="dd\\.mm\\.yyyy\\ hh:mm"/></numFmts>
<fonts count="3"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>\
<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>\
<font><b/><sz val="12"/><name val="Calibri"/><family val="2"/></font></fonts>
"""
_FILL = ('<fill><patternFill patternType="solid"><fgColor rgb="FF{}"/><bgColor indexed="64"/>'
         "</patternFill></fill>")
_BORDERS = """<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>\
<border><left/><right/><top/><bottom style="thin"><color rgb="FFCFD4DE"/></bottom><diagonal/>\
</border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
"""
# cellXfs 0 plain, 1 date, 2 date+time, 3 header, 4 caption; 5… one per fill colour
_BASE_XFS = ('<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
             '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" '
             'applyNumberFormat="1"/>'
             '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" '
             'applyNumberFormat="1"/>'
             '<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" '
             'applyFill="1" applyBorder="1"/>'
             '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>')
_FIRST_FILL_XF = 5


def _styles(colours: list[str]) -> str:
    """The stylesheet; ``colours`` ("RRGGBB") get fills 3… and cell styles 5…"""
    fills = ['<fill><patternFill patternType="none"/></fill>',
             '<fill><patternFill patternType="gray125"/></fill>', _FILL.format("EEF0F5"),
             *[_FILL.format(c) for c in colours]]
    xfs = [_BASE_XFS, *[
        f'<xf numFmtId="0" fontId="0" fillId="{3 + i}" borderId="0" xfId="0" applyFill="1"/>'
        for i in range(len(colours))]]
    return (_STYLES_HEAD + f'<fills count="{len(fills)}">{"".join(fills)}</fills>\n'
            + _BORDERS + f'<cellXfs count="{5 + len(colours)}">{"".join(xfs)}</cellXfs>\n'
            '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/>'
            "</cellStyles>\n</styleSheet>")


_SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
_CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
<Default Extension="xml" ContentType="application/xml"/>\
<Override PartName="/xl/workbook.xml" \
ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
{sheets}\
<Override PartName="/xl/styles.xml" \
ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
<Override PartName="/docProps/core.xml" \
ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
</Types>"""
_ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
<Relationship Id="rId1" \
Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
Target="xl/workbook.xml"/>\
<Relationship Id="rId2" \
Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" \
Target="docProps/core.xml"/></Relationships>"""
_REL = ('<Relationship Id="rId{}" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/{}" Target="{}"/>')


class _Cells:
    """Renders one cell's XML; inline strings are cached (a register repeats its texts)."""

    def __init__(self) -> None:
        self.strings: dict[str, str] = {}

    def text(self, ref: str, value: str, style: int | None = None) -> str:
        body = self.strings.get(value)
        if body is None:
            clean = escape(_ILLEGAL_XML.sub("", value))
            space = ' xml:space="preserve"' if clean != clean.strip() else ""
            body = f"<is><t{space}>{clean}</t></is>"
            if len(self.strings) < 200_000:
                self.strings[value] = body
        s = f' s="{style}"' if style else ""
        return f'<c r="{ref}"{s} t="inlineStr">{body}</c>'

    def value(self, ref: str, value: Any) -> str:
        """A non-empty value: text (never a formula), a number, or a real date."""
        if isinstance(value, str):
            return self.text(ref, value)
        if isinstance(value, bool):
            return self.text(ref, "ja" if value else "nei")
        if isinstance(value, datetime):
            serial = (value.toordinal() - EXCEL_EPOCH_ORDINAL
                      + (value.hour * 3600 + value.minute * 60 + value.second) / 86400)
            return f'<c r="{ref}" s="2"><v>{serial!r}</v></c>'
        if isinstance(value, date):
            return f'<c r="{ref}" s="1"><v>{value.toordinal() - EXCEL_EPOCH_ORDINAL}</v></c>'
        if isinstance(value, int | float):
            return f'<c r="{ref}"><v>{value!r}</v></c>'
        return self.text(ref, str(value))


def _sheet_head(sheet: Sheet, index: int, letters: list[str], last: str, top: int) -> str:
    cols = "".join(
        f'<col min="{i + 1}" max="{i + 1}" width="{w:.1f}" customWidth="1"/>'
        for i, w in enumerate(_fit_widths(sheet))
    )
    split = f' xSplit="{sheet.freeze_cols}"' if sheet.freeze_cols else ""
    corner = f"{letters[sheet.freeze_cols] if sheet.freeze_cols < len(letters) else 'A'}{top + 1}"
    pane = "bottomRight" if sheet.freeze_cols else "bottomLeft"
    selected = ' tabSelected="1"' if index == 0 else ""
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f'<dimension ref="A1:{last}"/>'
        f'<sheetViews><sheetView{selected} workbookViewId="0">'
        f'<pane{split} ySplit="{top}" topLeftCell="{corner}" activePane="{pane}" '
        f'state="frozen"/><selection pane="{pane}" activeCell="{corner}" sqref="{corner}"/>'
        f'</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/><cols>{cols}</cols>'
        "<sheetData>"
    )


def write_xlsx(sheets: Sheet | Sequence[Sheet], path: str | os.PathLike[str], *,
               progress: ProgressFn | None = None, cancel: CancelFn | None = None) -> None:
    """One worksheet per sheet: bold frozen header with autofilter (below the bold caption if
    the sheet has one), fitted widths, real dates, text cells as text (never a formula), and a
    column's ``fills`` as cell backgrounds. Streams the rows; progress runs from 30 to 100.

    Long because XlsxWriter's formats, widths and per-type cell writers are set up per
    sheet and used while the rows stream (constant memory: each row is written once).
    """
    sheets = [sheets] if isinstance(sheets, Sheet) else list(sheets)
    colours = sorted({c.lstrip("#").upper() for s in sheets for col in s.columns
                      for c in (col.fills or {}).values()})
    style_of = {c: _FIRST_FILL_XF + i for i, c in enumerate(colours)}
    titles = [escape(s.title[:31]) for s in sheets]
    spans = []
    for s in sheets:
        top = 2 if s.caption else 1
        letters = _letters(max(len(s.columns), 1))
        spans.append((top, letters, f"{letters[-1]}{len(s.rows) + top}"))
    workbook = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        "<bookViews><workbookView/></bookViews><sheets>"
        + "".join(f'<sheet name="{t}" sheetId="{i + 1}" r:id="rId{i + 1}"/>'
                  for i, t in enumerate(titles))
        + "</sheets><definedNames>"
        + "".join(f'<definedName name="_xlnm._FilterDatabase" localSheetId="{i}" hidden="1">'
                  f"'{t}'!$A${top}:${letters[-1]}${last[len(letters[-1]):]}</definedName>"
                  for i, (t, (top, letters, last)) in enumerate(zip(titles, spans, strict=True)))
        + "</definedNames></workbook>"
    )
    core = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
        'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{titles[0] if titles else ''}</dc:title><dc:creator>boligreg</dc:creator>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{datetime.now():%Y-%m-%dT%H:%M:%S}Z'
        "</dcterms:created></cp:coreProperties>"
    )
    names = [f"worksheets/sheet{i + 1}.xml" for i in range(len(sheets))]
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join(_REL.format(i + 1, "worksheet", n) for i, n in enumerate(names))
            + _REL.format(len(names) + 1, "styles", "styles.xml") + "</Relationships>")
    types = _CONTENT_TYPES.format(sheets="".join(
        f'<Override PartName="/xl/{n}" ContentType="{_SHEET_TYPE}"/>' for n in names))
    cells = _Cells()
    total = sum(len(s.rows) for s in sheets) or 1
    done = 0
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.writestr("[Content_Types].xml", types)
        zf.writestr("_rels/.rels", _ROOT_RELS)
        zf.writestr("docProps/core.xml", core)
        zf.writestr("xl/workbook.xml", workbook)
        zf.writestr("xl/_rels/workbook.xml.rels", rels)
        zf.writestr("xl/styles.xml", _styles(colours))
        for index, (sheet, (top, letters, last)) in enumerate(zip(sheets, spans, strict=True)):
            fills = [None if not c.fills else
                     {k: style_of[v.lstrip("#").upper()] for k, v in c.fills.items()}
                     for c in sheet.columns]
            with zf.open(f"xl/{names[index]}", "w", force_zip64=True) as fh:
                fh.write(_sheet_head(sheet, index, letters, last, top).encode())
                if sheet.caption:
                    fh.write(f'<row r="1">{cells.text("A1", sheet.caption, 4)}</row>'.encode())
                fh.write((f'<row r="{top}">' + "".join(
                    cells.text(f"{letters[i]}{top}", c.header, 3)
                    for i, c in enumerate(sheet.columns)) + "</row>").encode())
                buf: list[str] = []
                for n, row in enumerate(sheet.rows, start=top + 1):
                    out = []
                    for i, value in enumerate(row):
                        if value is None or value == "":
                            continue
                        fill = fills[i]
                        if fill is not None and isinstance(value, str) and value in fill:
                            out.append(cells.text(f"{letters[i]}{n}", value, fill[value]))
                        else:
                            out.append(cells.value(f"{letters[i]}{n}", value))
                    buf.append(f'<row r="{n}">{"".join(out)}</row>')
                    if len(buf) >= 5000:
                        fh.write("".join(buf).encode())
                        done += len(buf)
                        buf.clear()
                        if cancel is not None and cancel():
                            raise CancelledError()
                        if progress is not None:
                            progress(30 + int(70 * done / total),
                                     translate("Export", "Skriver rad {done} av {total}").format(
                                         done=formats.integer(done),
                                         total=formats.integer(total)))
                fh.write("".join(buf).encode())
                done += len(buf)
                fh.write(f'</sheetData><autoFilter ref="A{top}:{last}"/></worksheet>'.encode())


def export_sheet(sheet: Sheet, path: str | os.PathLike[str], *, kobo: bool = False,
                 progress: ProgressFn | None = None, cancel: CancelFn | None = None) -> None:
    suffix = Path(path).suffix.lower()
    if kobo:  # Kobo reads ;-separated ISO-8859-1 whatever the file is called
        write_csv(sheet, path, encoding="iso-8859-1")
    elif suffix == ".xlsx":
        write_xlsx(sheet, path, progress=progress, cancel=cancel)
    elif suffix in (".csv", ".txt"):
        write_csv(sheet, path)
    else:
        raise ValidationError(f"Ukjent filtype «{suffix}»: bruk .xlsx eller .csv.")


def export_file(db: Database, path: str | os.PathLike[str], *, what: str = "dwellings",
                fmt: str = "standard", district: str | None = None,
                progress: ProgressFn | None = None, cancel: CancelFn | None = None,
                overwrite: bool = False, as_of: date | None = None,
                field_names: bool = False) -> int:
    """Write one export; returns the number of rows.

    Headers are in the chosen language; ``field_names``: the dwellings' headers are the
    import's field names instead ("street_address"; the other exports have no import and
    keep their headers). Kobo's file has Kobo's own column names and Norwegian values.

    The target goes through ``safefiles``: never the open database, a backup or a device; an
    existing file only with ``overwrite``; written to a temporary file and renamed, so a
    failed or cancelled job leaves no partial file (and never removes an older one).
    ``as_of``: the register as registered at the end of that day (services/history; refused
    where the file's history does not reach back)."""
    if what not in BUILDERS:
        raise ValidationError(f"Ukjent eksport «{what}»: bruk {', '.join(WHATS)}.")
    if fmt == "kobo" and what != "dwellings":
        raise ValidationError("Kobo-formatet gjelder bare boliger (--what dwellings).")
    suffix = Path(path).suffix.lower()
    if fmt != "kobo" and suffix not in (".xlsx", ".csv", ".txt"):
        raise ValidationError(f"Ukjent filtype «{suffix}»: bruk .xlsx eller .csv.")
    protect = [db.path]
    check_output(path, overwrite=overwrite, protect=protect)
    if progress is not None:
        progress(5, translate("Export", "Henter data"))
    engine = db.engine
    if as_of is not None:
        with db.engine.connect() as conn:
            # lazy: services.history loads pandas (≈ 0.35 s); the window loads this module
            from .history import materialize, register_as_of

            engine = materialize(register_as_of(conn, as_of, strict=True), conn)
    try:
        with engine.connect() as conn:
            if fmt == "kobo":
                sheet = build_kobo(conn, district)
            elif what == "dwellings":
                sheet = build_dwellings(conn, district, field_names=field_names)
            else:
                sheet = BUILDERS[what](conn, district)
    finally:
        if engine is not db.engine:
            engine.dispose()
    if cancel is not None and cancel():
        raise CancelledError()
    if progress is not None:
        progress(30, translate("Export", "Skriver {n} rader").format(
            n=formats.integer(len(sheet.rows))))
    with atomic_output(path, overwrite=overwrite, protect=protect) as tmp:
        export_sheet(sheet, tmp, kobo=fmt == "kobo", progress=progress, cancel=cancel)
    if progress is not None:
        progress(100, translate("Export", "Ferdig"))
    return len(sheet.rows)
