"""Exports: dwellings (in the import's field names, so the file imports back), agreements,
maintenance responsibilities and findings, to .xlsx or .csv; and Kobo's import file.

``build_*(conn)`` returns a :class:`Sheet` (columns + rows, plain values); ``write_xlsx`` and
``write_csv`` render it and never query. The .xlsx has a bold frozen header, an autofilter,
widths that fit the content and dates as real dates.

The .xlsx writer is a small streaming one of our own: XlsxWriter takes ~11 s for 100,000
dwellings × 35 columns (measured here), above the 10 s the issue sets; writing the sheet XML
directly takes a fraction of that. The files are checked by reading them back with
python-calamine and openpyxl in the tests.
"""

from __future__ import annotations

import csv
import os
import re
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import sqlalchemy as sa

from ..errors import CancelledError, ValidationError
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
)
from ..resources import resource_path
from ..safefiles import atomic_output, check_output
from .csvsafe import neutralise
from .history import materialize, register_as_of

ProgressFn = Callable[[int, str], None]
CancelFn = Callable[[], bool]

WHATS = ("dwellings", "agreements", "responsibilities", "findings")
KOBO_COLUMNS_FILE = "kobo_import_columns.txt"


@dataclass
class Column:
    key: str  # header written to the file
    kind: str = "text"  # text | int | float | date | datetime
    width: float | None = None  # characters; None = fit the content


@dataclass
class Sheet:
    title: str
    columns: list[Column]
    rows: list[tuple[Any, ...]] = field(default_factory=list)


# --- building the sheets ----------------------------------------------------------------------


def _yes_no(value: bool | None) -> str | None:
    return None if value is None else ("ja" if value else "nei")


def _label(value: Any, enum: type) -> str | None:
    return None if value is None else label_nb(str(value), enum)


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


def build_dwellings(conn: sa.Connection, district: str | None = None) -> Sheet:
    """One row per live dwelling with its building, current agreement and responsibilities."""
    names = _district_names(conn)
    agreements = _current_agreements(conn)
    resp = _responsibilities(conn)
    rows = []
    for r in _live_dwellings(conn, district):
        ag = agreements.get(r["id"], {})

        def who(scope: str, first: str, second: str) -> str | None:
            party = resp.get((first, scope)) or resp.get((second, scope))
            return _label(party, ResponsibleParty)

        did, pid = r["id"], r["property_id"]
        rows.append((
            did, names.get(r["district_code"], r["district_code"]), r["unit_number"],
            r["street_address"], r["postcode"], r["gnr"], r["bnr"], r["fnr"], r["snr"],
            _label(r["owner_kind"], OwnerKind), r["owner_name"], r["owner_orgnr"],
            r["built_year"], r["area_m2"], r["rooms"],
            _label(r["target_group"], TargetGroup), _label(r["tenure"], Tenure),
            _label(r["status"], DwellingStatus), _label(r["actual_use"], ActualUse),
            _yes_no(r["wheelchair_accessible"]), r["vacant_since"], r["last_inspection"],
            r["note"], r["tenant_rent"], r["tenant_rent_set"], ag.get("reference"),
            _label(ag.get("kind"), AgreementKind),
            ag.get("landlord_name") or None, ag.get("landlord_orgnr"), ag.get("start_date"),
            ag.get("end_date"), ag.get("monthly_rent"), ag.get("lease_cost"),
            ag.get("notice_months"),
            ag.get("last_reviewed"), ag.get("project_total_dwellings"),
            who("interior", did, pid), who("exterior", pid, did), who("technical", pid, did),
            who("outdoor", pid, did),
        ))
    return Sheet("Boliger", list(DWELLING_EXPORT), rows)


def build_agreements(conn: sa.Connection, district: str | None = None) -> Sheet:
    a, ad = Agreement.__table__, AgreementDwelling.__table__
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
        (r["reference"], _label(r["kind"], AgreementKind),
         names.get(r["district_code"], r["district_code"]), r["landlord_name"] or None,
         r["landlord_orgnr"], r["start_date"], r["end_date"], r["notice_months"],
         r["monthly_rent"], r["last_reviewed"], r["project_total_dwellings"],
         counts.get(r["id"], 0), r["note"], r["id"])
        for r in conn.execute(query).mappings()
    ]
    columns = [Column("Avtalenummer"), Column("Avtaletype"), Column("Bydel"),
               Column("Utleier"), Column("Utleiers org.nr."), Column("Fra", "date"),
               Column("Til", "date"), Column("Oppsigelsestid (mnd)", "int"),
               Column("Leie per måned", "float"), Column("Sist gjennomgått", "date"),
               Column("Boliger i prosjektet", "int"), Column("Boliger i avtalen", "int"),
               Column("Merknad", width=40), Column("ID", width=38)]
    return Sheet("Avtaler", columns, rows)


def build_responsibilities(conn: sa.Connection, district: str | None = None) -> Sheet:
    mr, p, d = (MaintenanceResponsibility.__table__, Property.__table__,
                Dwelling.__table__)
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
            "Bolig" if r["dwelling_id"] else "Bygg", _label(r["scope"], MaintenanceScope),
            _label(r["party"], ResponsibleParty), r["valid_from"], r["valid_to"], r["note"],
        ))
    columns = [Column("Bydel"), Column("Adresse"), Column("Bruksenhetsnummer"),
               Column("Gjelder"), Column("Omfang"), Column("Ansvarlig"),
               Column("Gyldig fra", "date"), Column("Gyldig til", "date"),
               Column("Merknad", width=40)]
    return Sheet("Vedlikeholdsansvar", columns, rows)


def build_findings(conn: sa.Connection, district: str | None = None) -> Sheet:
    f = Finding.__table__
    names = _district_names(conn)
    query = sa.select(f).where(f.c.deleted_at.is_(None)).order_by(
        f.c.district_code, f.c.rule, f.c.first_seen)
    if district:
        query = query.where(f.c.district_code == district)
    rows = [
        (r["rule"], _label(r["severity"], Severity), _label(r["status"], FindingStatus),
         names.get(r["district_code"] or "", r["district_code"]), r["entity_type"],
         r["label"], r["message"], r["first_seen"], r["last_seen"], r["resolved_at"],
         r["status_note"], r["justification"], r["entity_id"])
        for r in conn.execute(query).mappings()
    ]
    columns = [Column("Regel"), Column("Alvor"), Column("Status"), Column("Bydel"),
               Column("Gjelder"), Column("Post", width=40), Column("Melding", width=60),
               Column("Først sett", "datetime"), Column("Sist sett", "datetime"),
               Column("Lukket", "datetime"), Column("Statusmerknad", width=40),
               Column("Begrunnelse", width=40), Column("Post-ID", width=38)]
    return Sheet("Avvik", columns, rows)


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
    boligreg's id, so the file imports back onto the same dwellings."""
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
            "kobodisposisjonsform": _label(r["tenure"], Tenure),
            "boligeiersnavn": owner_name,
            "boligeiersorganisasjonsnummer": owner_orgnr,
            "boligstatus": _label(status, DwellingStatus),
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
        w.writerow([neutralise(c.key) for c in sheet.columns])
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
        longest = len(col.key) + 3  # room for the autofilter button
        for row in sheet.rows[:sample]:
            value = row[i]
            if value is None:
                continue
            n = 10 if isinstance(value, date) else len(_csv_value(value, col.kind))
            longest = max(longest, n)
        widths.append(min(max(longest + 1.5, 7.0), 50.0))
    return widths


_STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="2"><numFmt numFmtId="164" formatCode="dd\\.mm\\.yyyy"/>\
<numFmt numFmtId="165" formatCode="dd\\.mm\\.yyyy\\ hh:mm"/></numFmts>
<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>\
<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>
<fills count="3"><fill><patternFill patternType="none"/></fill>\
<fill><patternFill patternType="gray125"/></fill>\
<fill><patternFill patternType="solid"><fgColor rgb="FFEEF0F5"/><bgColor indexed="64"/>\
</patternFill></fill></fills>
<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>\
<border><left/><right/><top/><bottom style="thin"><color rgb="FFCFD4DE"/></bottom><diagonal/>\
</border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" \
applyBorder="1"/></cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>"""
_CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
<Default Extension="xml" ContentType="application/xml"/>\
<Override PartName="/xl/workbook.xml" \
ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
<Override PartName="/xl/worksheets/sheet1.xml" \
ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
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
_WORKBOOK_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
<Relationship Id="rId1" \
Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" \
Target="worksheets/sheet1.xml"/>\
<Relationship Id="rId2" \
Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" \
Target="styles.xml"/></Relationships>"""


def write_xlsx(sheet: Sheet, path: str | os.PathLike[str], *,
               progress: ProgressFn | None = None, cancel: CancelFn | None = None) -> None:
    """One worksheet: bold frozen header with autofilter, fitted widths, real dates."""
    ncols = len(sheet.columns)
    letters = _letters(ncols)
    last = f"{letters[-1]}{len(sheet.rows) + 1}" if ncols else "A1"
    title = escape(sheet.title[:31])
    workbook = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        f'<bookViews><workbookView/></bookViews><sheets><sheet name="{title}" sheetId="1" '
        'r:id="rId1"/></sheets><definedNames><definedName name="_xlnm._FilterDatabase" '
        f"localSheetId=\"0\" hidden=\"1\">'{title}'!$A$1:${letters[-1]}${len(sheet.rows) + 1}"
        "</definedName></definedNames></workbook>"
    )
    core = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
        'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{title}</dc:title><dc:creator>boligreg</dc:creator>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{datetime.now():%Y-%m-%dT%H:%M:%S}Z'
        "</dcterms:created></cp:coreProperties>"
    )
    cols = "".join(
        f'<col min="{i + 1}" max="{i + 1}" width="{w:.1f}" customWidth="1"/>'
        for i, w in enumerate(_fit_widths(sheet))
    )
    head = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f'<dimension ref="A1:{last}"/>'
        '<sheetViews><sheetView tabSelected="1" workbookViewId="0">'
        '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
        '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>'
        f'<sheetFormatPr defaultRowHeight="15"/><cols>{cols}</cols><sheetData>'
    )
    header_cells = "".join(
        f'<c r="{letters[i]}1" s="3" t="inlineStr"><is><t>{escape(c.key)}</t></is></c>'
        for i, c in enumerate(sheet.columns)
    )
    tail = f'</sheetData><autoFilter ref="A1:{last}"/></worksheet>'
    strings: dict[str, str] = {}

    def text_cell(ref: str, value: str) -> str:
        body = strings.get(value)
        if body is None:
            clean = escape(_ILLEGAL_XML.sub("", value))
            space = ' xml:space="preserve"' if clean != clean.strip() else ""
            body = f"<is><t{space}>{clean}</t></is>"
            if len(strings) < 200_000:
                strings[value] = body
        return f'<c r="{ref}" t="inlineStr">{body}</c>'

    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.writestr("[Content_Types].xml", _CONTENT_TYPES)
        zf.writestr("_rels/.rels", _ROOT_RELS)
        zf.writestr("docProps/core.xml", core)
        zf.writestr("xl/workbook.xml", workbook)
        zf.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        zf.writestr("xl/styles.xml", _STYLES)
        with zf.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as fh:
            fh.write(head.encode())
            fh.write(f'<row r="1">{header_cells}</row>'.encode())
            buf: list[str] = []
            total = len(sheet.rows) or 1
            for n, row in enumerate(sheet.rows, start=2):
                cells = []
                for i, value in enumerate(row):
                    if value is None or value == "":
                        continue
                    ref = f"{letters[i]}{n}"
                    if isinstance(value, str):
                        cells.append(text_cell(ref, value))
                    elif isinstance(value, bool):
                        cells.append(text_cell(ref, "ja" if value else "nei"))
                    elif isinstance(value, datetime):
                        serial = (value.toordinal() - EXCEL_EPOCH_ORDINAL
                                  + (value.hour * 3600 + value.minute * 60 + value.second)
                                  / 86400)
                        cells.append(f'<c r="{ref}" s="2"><v>{serial!r}</v></c>')
                    elif isinstance(value, date):
                        cells.append(
                            f'<c r="{ref}" s="1"><v>{value.toordinal() - EXCEL_EPOCH_ORDINAL}'
                            "</v></c>")
                    elif isinstance(value, int | float):
                        cells.append(f'<c r="{ref}"><v>{value!r}</v></c>')
                    else:
                        cells.append(text_cell(ref, str(value)))
                buf.append(f'<row r="{n}">{"".join(cells)}</row>')
                if len(buf) >= 5000:
                    fh.write("".join(buf).encode())
                    buf.clear()
                    if cancel is not None and cancel():
                        raise CancelledError()
                    if progress is not None:
                        progress(30 + int(70 * n / total), f"Skriver rad {n - 1} av {total}")
            fh.write("".join(buf).encode())
            fh.write(tail.encode())


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
                overwrite: bool = False, as_of: date | None = None) -> int:
    """Write one export; returns the number of rows.

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
        progress(5, "Henter data")
    engine = db.engine
    if as_of is not None:
        with db.engine.connect() as conn:
            engine = materialize(register_as_of(conn, as_of, strict=True), conn)
    try:
        with engine.connect() as conn:
            sheet = (build_kobo(conn, district) if fmt == "kobo"
                     else BUILDERS[what](conn, district))
    finally:
        if engine is not db.engine:
            engine.dispose()
    if cancel is not None and cancel():
        raise CancelledError()
    if progress is not None:
        progress(30, f"Skriver {len(sheet.rows)} rader")
    with atomic_output(path, overwrite=overwrite, protect=protect) as tmp:
        export_sheet(sheet, tmp, kobo=fmt == "kobo", progress=progress, cancel=cancel)
    if progress is not None:
        progress(100, "Ferdig")
    return len(sheet.rows)
