"""A corpus of realistic import sheets, each with the records it must give (issue 15).

``python -m tests.corpus_sheets DIR`` (or ``build_corpus(DIR)``) writes every layout as the
spreadsheet a bydel, Boligbygg, an FDV system or Kobo would produce — title rows, grouped
headers, subtotal and total rows, notes under the table, repeated header rows, blank rows,
Norwegian numbers ("12 500,50", "kr 9 450") and dates ("01.02.2021", "1.2.21", real date
cells), xlsx and csv (semikolon, komma, tabulator; UTF-8, UTF-8 med BOM, Windows-1252) — and
``<name>.expected.json``: every field of every dwelling the import must store.

The expected records are computed here from the canonical data and the rules the import
documents (docs/units.md, the README), never from the importer's output: a default the sheet
does not give (status utleid, bruk bolig, eier by disposisjonsform), an agreement's total as
the sum of its dwellings' costs, a tenancy tidsbestemt unless the sheet says tidsubestemt.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import xlsxwriter

D = dt.date

# --- the canonical data -------------------------------------------------------------------------

# Every field a record read back from the register has (tests/unit/test_import_corpus.py).
RECORD_FIELDS = (
    "district", "unit_number", "street_address", "postcode", "gnr", "bnr", "fnr", "snr",
    "owner_kind", "owner_name", "owner_orgnr", "built_year", "area_m2", "rooms", "target_group",
    "tenure", "status", "actual_use", "wheelchair_accessible", "vacant_since",
    "last_inspection", "note", "tenant_rent", "tenant_rent_set", "agreement_reference",
    "agreement_kind", "landlord_name", "landlord_orgnr", "agreement_start", "agreement_end",
    "agreement_monthly_rent", "lease_cost", "notice_months", "last_reviewed",
    "project_total_dwellings", "tenancy_start", "tenancy_kind", "interior_responsible",
    "exterior_responsible", "technical_responsible", "outdoor_responsible",
)
DEFAULT_OWNER = {"owned": "boligbygg", "leased": "private", "referral": "private"}
TENURE_OF_KIND = {"lease": "leased", "referral": "referral"}


def orgnr(base8: str) -> str:
    """A valid organisasjonsnummer from eight digits (modulus 11, weights 3 2 7 6 5 4 3 2)."""
    weights = (3, 2, 7, 6, 5, 4, 3, 2)
    rest = sum(int(d) * w for d, w in zip(base8, weights, strict=True)) % 11
    check = 0 if rest == 0 else 11 - rest
    if check == 10:
        raise ValueError(f"{base8}: no valid check digit")
    return base8 + str(check)


ORG_UTLEIE = "985987246"
ORG_STIFTELSEN = orgnr("91234568")
ORG_GARDEIER = orgnr("99887766")


def _building(district: str, address: str, postcode: str, **kw: Any) -> dict[str, Any]:
    return {"district": district, "street_address": address, "postcode": postcode, **kw}


def dwellings_gamle_oslo() -> list[dict[str, Any]]:
    """Owned dwellings in two Boligbygg buildings (tenant rent and tenancies)."""
    b1 = _building("030101", "Tøyengata 5", "0653", gnr=229, bnr=160, built_year=1936)
    b2 = _building("030101", "Hagegata 22", "0653", gnr=229, bnr=212, built_year=1952)
    return [
        {**b1, "unit_number": "H0101", "area_m2": 48.5, "rooms": 2, "tenant_rent": 8950.0,
         "tenancy_start": D(2021, 3, 1), "wheelchair_accessible": True,
         "note": "Heis til 1. etasje"},
        {**b1, "unit_number": "H0102", "area_m2": 61.0, "rooms": 3, "tenant_rent": 10450.5,
         "tenancy_start": D(2019, 9, 15)},
        {**b1, "unit_number": "H0201", "area_m2": 35.0, "rooms": 1, "status": "vacant",
         "vacant_since": D(2026, 8, 1), "wheelchair_accessible": False},
        {**b2, "unit_number": "H0101", "area_m2": 72.25, "rooms": 3, "tenant_rent": 11900.0,
         "tenancy_start": D(2024, 1, 10), "note": "Nytt bad 2023"},
        {**b2, "unit_number": "U0101", "area_m2": 29.0, "rooms": 1, "tenant_rent": 6200.0,
         "tenancy_start": D(2025, 11, 1)},
    ]


def dwellings_sagene() -> list[dict[str, Any]]:
    """One leased building on one agreement with a cost per dwelling, one owned."""
    lease = {"agreement_reference": "INN-2021-014", "agreement_kind": "lease",
             "landlord_name": "Utleie AS", "landlord_orgnr": ORG_UTLEIE,
             "agreement_start": D(2021, 2, 1), "agreement_end": D(2027, 1, 31),
             "tenure": "leased"}
    b1 = _building("030103", "Sandakerveien 12", "0473", gnr=222, bnr=33)
    b2 = _building("030103", "Vogts gate 40", "0474", gnr=222, bnr=101, built_year=1899)
    return [
        {**b1, **lease, "unit_number": "H0101", "area_m2": 55.0, "rooms": 2,
         "lease_cost": 12500.0, "tenant_rent": 9800.0},
        {**b1, **lease, "unit_number": "H0102", "area_m2": 58.5, "rooms": 2,
         "lease_cost": 13250.5, "tenant_rent": 9800.0},
        {**b1, **lease, "unit_number": "H0201", "area_m2": 80.0, "rooms": 4,
         "lease_cost": 16000.0},
        {**b2, "unit_number": "H0301", "area_m2": 44.0, "rooms": 2, "tenant_rent": 7300.0,
         "wheelchair_accessible": True, "tenure": "owned"},
    ]


def dwellings_grunerlokka() -> list[dict[str, Any]]:
    """A referral agreement (tilvisning) with project size and notice, and a second lease."""
    referral = {"agreement_reference": "TV-2019-3", "agreement_kind": "referral",
                "landlord_name": "Boligstiftelsen Nord", "landlord_orgnr": ORG_STIFTELSEN,
                "agreement_start": D(2019, 6, 1), "agreement_end": D(2039, 5, 31),
                "project_total_dwellings": 40, "notice_months": 6}
    lease = {"agreement_reference": "INN-2023-7", "agreement_kind": "lease",
             "landlord_name": "Gårdeier Hansen AS", "landlord_orgnr": ORG_GARDEIER,
             "agreement_start": D(2023, 4, 1), "agreement_end": D(2028, 3, 31),
             "notice_months": 3}
    b1 = _building("030102", "Trondheimsveien 100 B", "0565", gnr=226, bnr=401)
    b2 = _building("030102", "Seilduksgata 9", "0553", gnr=227, bnr=15)
    return [
        {**b1, **referral, "unit_number": "H0101", "area_m2": 40.0, "rooms": 2,
         "lease_cost": 11000.0, "tenancy_start": D(2020, 1, 1)},
        {**b1, **referral, "unit_number": "H0102", "area_m2": 41.5, "rooms": 2,
         "lease_cost": 11000.0},
        {**b1, **referral, "unit_number": "H0201", "area_m2": 63.0, "rooms": 3,
         "lease_cost": 14200.0, "tenancy_start": D(2022, 8, 15)},
        {**b2, **lease, "unit_number": "H0401", "area_m2": 52.0, "rooms": 2,
         "lease_cost": 13900.0, "tenant_rent": 9100.0},
    ]


def dwellings_boligbygg() -> list[dict[str, Any]]:
    """Boligbygg's own list: matrikkel, byggeår, maintenance split, target groups."""
    resp = {"interior_responsible": "boligbygg", "exterior_responsible": "boligbygg"}
    b1 = _building("030108", "Kapellveien 61", "0487", gnr=75, bnr=180, built_year=1962,
                   owner_kind="boligbygg", **resp)
    b2 = _building("030110", "Trosterudveien 6", "0778", gnr=25, bnr=9, built_year=1974,
                   owner_kind="boligbygg", **resp)
    return [
        {**b1, "unit_number": "H0101", "area_m2": 50.0, "rooms": 2, "target_group": "elderly",
         "last_inspection": D(2025, 10, 2)},
        {**b1, "unit_number": "H0102", "area_m2": 50.0, "rooms": 2, "target_group": "elderly",
         "last_inspection": D(2025, 10, 2), "wheelchair_accessible": True},
        {**b2, "unit_number": "H0101", "area_m2": 92.0, "rooms": 4, "target_group": "family",
         "last_inspection": D(2024, 5, 21)},
        {**b2, "unit_number": "H0201", "area_m2": 92.0, "rooms": 4, "target_group": "family",
         "status": "refurbishment"},
    ]


def dwellings_fdv() -> list[dict[str, Any]]:
    """An FDV system's export: building data, inspections, sections (snr)."""
    b1 = _building("030105", "Frognerveien 44", "0266", gnr=212, bnr=88, snr=3,
                   built_year=1911, owner_kind="oslobygg", technical_responsible="oslobygg",
                   outdoor_responsible="housing_coop")
    b2 = _building("030105", "Bygdøy allé 12", "0262", gnr=212, bnr=140, snr=12,
                   built_year=1905, owner_kind="oslobygg", technical_responsible="oslobygg",
                   outdoor_responsible="housing_coop")
    return [
        {**b1, "unit_number": "H0301", "area_m2": 67.0, "last_inspection": D(2026, 2, 3)},
        {**b1, "unit_number": "H0302", "area_m2": 71.5, "last_inspection": D(2026, 2, 3)},
        {**b2, "unit_number": "K0101", "area_m2": 38.0, "last_inspection": D(2025, 12, 9),
         "actual_use": "storage"},
    ]


def dwellings_kobo() -> list[dict[str, Any]]:
    """Kobo's columns: street name and number apart, gnr/bnr in one cell, tenancy fields."""
    b1 = _building("030111", "Rommensvingen 3 A", "1064", gnr=107, bnr=77)
    b2 = _building("030111", "Nedre Rommen 5", "0988", gnr=107, bnr=204, fnr=2)
    return [
        {**b1, "unit_number": "H0101", "tenant_rent": 8700.0, "tenancy_start": D(2022, 2, 1),
         "tenancy_kind": "indefinite", "wheelchair_accessible": True},
        {**b1, "unit_number": "H0102", "tenant_rent": 8700.0, "tenancy_start": D(2023, 6, 1),
         "tenancy_kind": "fixed_term", "note": "Kobo-nr 4411"},
        {**b2, "unit_number": "H0201", "status": "vacant", "vacant_since": D(2026, 9, 1)},
        {**b2, "unit_number": "H0202", "actual_use": "staff_base"},
    ]


def dwellings_alna() -> list[dict[str, Any]]:
    """A bydel's leases with one monthly total per agreement (the same amount on each row)."""
    lease = {"agreement_reference": "ST-LEIE-12", "agreement_kind": "lease",
             "landlord_name": "Utleie AS", "landlord_orgnr": ORG_UTLEIE,
             "agreement_start": D(2020, 1, 1), "agreement_end": D(2025, 12, 31),
             "agreement_monthly_rent": 48000.0, "last_reviewed": D(2026, 3, 15),
             "tenure": "leased"}
    b1 = _building("030112", "Fossumberget 7", "0983", gnr=102, bnr=310)
    return [
        {**b1, **lease, "unit_number": "H0101", "area_m2": 60.0, "rooms": 3,
         "tenant_rent": 10200.0, "tenant_rent_set": D(2026, 1, 1),
         "target_group": "refugee"},
        {**b1, **lease, "unit_number": "H0102", "area_m2": 60.0, "rooms": 3,
         "tenant_rent": 10200.0, "tenant_rent_set": D(2026, 1, 1),
         "target_group": "refugee"},
        {**b1, **lease, "unit_number": "H0201", "area_m2": 75.0, "rooms": 4,
         "target_group": "family", "status": "vacant", "vacant_since": D(2026, 10, 1)},
    ]


def dwellings_nordstrand() -> list[dict[str, Any]]:
    b1 = _building("030114", "Ekebergveien 150", "1178", gnr=161, bnr=20, built_year=1958)
    b2 = _building("030114", "Lambertseterveien 31", "1153", gnr=157, bnr=44, built_year=1966)
    return [
        {**b1, "unit_number": "H0101", "area_m2": 54.0, "rooms": 2,
         "target_group": "mental_health_substance", "tenancy_start": D(2018, 5, 1)},
        {**b1, "unit_number": "H0102", "area_m2": 54.0, "rooms": 2,
         "target_group": "mental_health_substance"},
        {**b2, "unit_number": "H0101", "area_m2": 66.0, "rooms": 3, "target_group": "youth",
         "tenancy_start": D(2025, 3, 1), "note": "Ungdomsbolig, 3 år"},
    ]


# --- how a cell is written ------------------------------------------------------------------

ENUM_WORDS: dict[str, dict[str, str]] = {
    "tenure": {"owned": "Eid", "leased": "Innleid", "referral": "Tilvisning"},
    "status": {"occupied": "Utleid", "vacant": "Ledig", "refurbishment": "Under rehabilitering"},
    "actual_use": {"housing": "Bolig", "staff_base": "Personalbase", "storage": "Lager"},
    "target_group": {"ordinary": "Ordinær", "family": "Barnefamilier", "elderly": "Eldre",
                     "mental_health_substance": "Rus og psykisk helse",
                     "refugee": "Flyktninger", "youth": "Ungdom"},
    "owner_kind": {"boligbygg": "Boligbygg Oslo KF", "oslobygg": "Oslobygg KF",
                   "private": "Privat"},
    "agreement_kind": {"lease": "Innleieavtale", "referral": "Tilvisningsavtale"},
    "party": {"boligbygg": "Boligbygg", "oslobygg": "Oslobygg", "district": "Bydelen",
              "landlord": "Utleier", "housing_coop": "Borettslag", "tenant": "Leietaker"},
}
DISTRICT_NAMES = {"030101": "Gamle Oslo", "030102": "Grünerløkka", "030103": "Sagene",
                  "030105": "Frogner", "030108": "Nordre Aker", "030110": "Grorud",
                  "030111": "Stovner", "030112": "Alna", "030114": "Nordstrand"}


def nb_number(x: float, decimals: int = 2, group: str = " ") -> str:
    """12500.5 → "12 500,50" (Norwegian: space for thousands, comma for decimals)."""
    text = f"{x:,.{decimals}f}".replace(",", "\x00").replace(".", ",").replace("\x00", group)
    return text


def fmt_date(style: str) -> Callable[[dt.date], Any]:
    return {
        "cell": lambda d: d,  # a real date cell (xlsx)
        "nb": lambda d: d.strftime("%d.%m.%Y"),
        "nb_short": lambda d: f"{d.day}.{d.month}.{d:%y}",
        "iso": lambda d: d.isoformat(),
        "words": lambda d: f"{d.day}. {NB_MONTHS[d.month - 1]} {d.year}",
    }[style]


NB_MONTHS = ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august",
             "september", "oktober", "november", "desember")


@dataclass
class Col:
    header: str
    field: str  # a record field, or "matrikkel", "street_name", "house_number", "house_letter",
    # "tenancy_indefinite", "extra:<text>" (a column boligreg does not hold), "district_name"
    style: str = ""  # how values are written (see ``cell_value``)


def cell_value(rec: dict[str, Any], col: Col, kind: str) -> Any:
    """The cell a record gives for one column, written the way the layout writes it."""
    f, style = col.field, col.style
    if f.startswith("extra:"):
        return f.removeprefix("extra:").format(**rec)
    if f == "matrikkel":
        parts = [rec["gnr"], rec["bnr"]]
        if rec.get("fnr") or rec.get("snr"):
            parts += [rec.get("fnr", 0), rec.get("snr", 0)]
        return "/".join(map(str, parts))
    if f in ("street_name", "house_number", "house_letter"):
        words = rec["street_address"].split()
        letter = words[-1] if len(words[-1]) == 1 and words[-1].isalpha() else ""
        if letter:
            words = words[:-1]
        return {"street_name": " ".join(words[:-1]), "house_number": int(words[-1]),
                "house_letter": letter or None}[f]
    if f == "staff_base":
        return "Ja" if rec.get("actual_use") == "staff_base" else "Nei"
    if f == "tenancy_indefinite":
        k = rec.get("tenancy_kind")
        return None if k is None else ("Ja" if k == "indefinite" else "Nei")
    value = rec.get(f)
    if f == "district":
        return {"name": DISTRICT_NAMES[value], "bydel": "Bydel " + DISTRICT_NAMES[value],
                "number": value[-2:], "code": value}[style or "name"]
    if value is None:
        return None
    if isinstance(value, bool):
        yes, no = {"janei": ("ja", "nei"), "x": ("x", None), "JaNei": ("Ja", "Nei"),
                   "10": ("1", "0")}[style or "janei"]
        return yes if value else no
    if isinstance(value, dt.date):
        out = fmt_date(style or ("cell" if kind == "xlsx" else "nb"))(value)
        return out
    if f in ("tenant_rent", "lease_cost", "agreement_monthly_rent"):
        if style == "kr":
            return f"kr {nb_number(value, 0)}" if value == int(value) else \
                f"kr {nb_number(value)}"
        if style == "nb":
            return nb_number(value)
        if style == "nbdot":  # "12.500,50": a dot for thousands, as some exports write
            return nb_number(value, group=".")
        return value if kind == "xlsx" else str(value).replace(".", ",")
    if f == "area_m2":
        if style == "m2":
            return f"{nb_number(value, 1 if value != int(value) else 0)} m²"
        return value if kind == "xlsx" else nb_number(value, 2 if value * 4 % 2 else 1)
    if f in ENUM_WORDS or f.endswith("_responsible"):
        table = ENUM_WORDS["party" if f.endswith("_responsible") else f]
        return table[value]
    if f == "rooms" and style == "roms":
        return f"{value}-roms"
    return value


@dataclass
class Layout:
    name: str
    kind: str  # "xlsx" or "csv"
    columns: list[Col]
    records: list[dict[str, Any]]
    district: str | None = None  # the bydel chosen in the window / --district
    title_rows: list[list[Any]] = field(default_factory=list)  # above the header
    group_header: list[str] | None = None  # a grouped header row right above the header
    subtotal_by_building: bool = False  # "Sum <address>" after each building
    total_row: str | None = None  # "Sum" / "Totalt" / "I alt" at the bottom
    notes: list[str] = field(default_factory=list)  # lines under the table
    repeat_header_after: int | None = None  # a pasted-together sheet: the header again
    blank_between_buildings: bool = False
    building_headings: bool = False  # one cell with the building's address above its rows
    delimiter: str = ";"
    encoding: str = "utf-8"
    about: str = ""

    def rows(self) -> tuple[list[list[Any]], list[int]]:
        """The sheet's rows and the (1-based) numbers of the rows that are not data."""
        width = len(self.columns)
        out: list[list[Any]] = []
        skipped: list[int] = []

        def add(row: list[Any], data: bool) -> None:
            out.append(row + [None] * (width - len(row)))
            if not data:
                skipped.append(len(out))

        for r in self.title_rows:
            # a blank row above the header is passed over without a word (it holds nothing)
            add(list(r), data=not any(c not in (None, "") for c in r))
        if self.group_header:
            add(list(self.group_header), False)
        header = [c.header for c in self.columns]
        out.append(header)
        area_col = next((i for i, c in enumerate(self.columns) if c.field == "area_m2"), None)
        address_col = next((i for i, c in enumerate(self.columns)
                            if c.field in ("street_address", "street_name")), 0)
        by_building: dict[str, list[dict[str, Any]]] = {}
        for rec in self.records:
            by_building.setdefault(rec["street_address"], []).append(rec)
        n = 0
        for b, (address, recs) in enumerate(by_building.items()):
            if self.blank_between_buildings and b:
                add([], False)
            if self.building_headings:
                add([f"Bygg: {address}"], False)
            for rec in recs:
                if self.repeat_header_after is not None and n == self.repeat_header_after:
                    add(list(header), False)
                add([cell_value(rec, c, self.kind) for c in self.columns], True)
                n += 1
            if self.subtotal_by_building:
                row: list[Any] = [None] * width
                row[address_col] = f"Sum bygg {address}"
                if area_col is not None:
                    total = sum(r.get("area_m2") or 0 for r in recs)
                    row[area_col] = total if self.kind == "xlsx" else nb_number(total, 1)
                add(row, False)
        if self.total_row:
            row = [None] * width
            row[0] = self.total_row
            if area_col is not None:
                total = sum(r.get("area_m2") or 0 for r in self.records)
                row[area_col] = total if self.kind == "xlsx" else nb_number(total, 1)
            add(row, False)
        for note in self.notes:
            add([note], False)
        return out, skipped

    def write(self, directory: Path) -> Path:
        rows, _ = self.rows()
        path = directory / f"{self.name}.{'xlsx' if self.kind == 'xlsx' else 'csv'}"
        if self.kind == "xlsx":
            wb = xlsxwriter.Workbook(str(path))
            wb.set_properties({"created": dt.datetime(2026, 10, 1)})  # the same bytes each time
            ws = wb.add_worksheet("Boliger")
            date_fmt = wb.add_format({"num_format": "dd.mm.yyyy"})
            bold = wb.add_format({"bold": True})
            for r, row in enumerate(rows):
                for c, value in enumerate(row):
                    if isinstance(value, dt.date):
                        ws.write_datetime(r, c, dt.datetime.combine(value, dt.time()), date_fmt)
                    elif value is not None:
                        ws.write(r, c, value, bold if r < len(self.title_rows) else None)
            wb.close()
        else:
            buf = io.StringIO()
            w = csv.writer(buf, delimiter=self.delimiter, lineterminator="\r\n")
            for row in rows:
                w.writerow(["" if v is None else v for v in row])
            path.write_bytes(buf.getvalue().encode(self.encoding))
        return path

    def expected(self) -> list[dict[str, Any]]:
        return expected_records(self)


def expected_records(layout: Layout) -> list[dict[str, Any]]:
    """Every field of every dwelling the sheet must give, from the documented rules."""
    given = {c.field for c in layout.columns}
    if "matrikkel" in given:
        given |= {"gnr", "bnr", "fnr", "snr"}
    if {"street_name", "house_number"} <= given:
        given.add("street_address")
    if "staff_base" in given:
        given.add("actual_use")
    if "tenancy_indefinite" in given:
        given.add("tenancy_kind")
    out = []
    # agreement totals: a per-dwelling cost column → the sum when every row has one
    totals: dict[str, float | None] = {}
    if "lease_cost" in given:
        by_ref: dict[str, list[dict[str, Any]]] = {}
        for rec in layout.records:
            if rec.get("agreement_reference"):
                by_ref.setdefault(rec["agreement_reference"], []).append(rec)
        for ref, recs in by_ref.items():
            costs = [r.get("lease_cost") for r in recs]
            totals[ref] = round(sum(costs), 2) if all(c is not None for c in costs) else None
    for rec in layout.records:
        e: dict[str, Any] = {f: (rec.get(f) if f in given else None) for f in RECORD_FIELDS}
        e["district"] = rec["district"]
        e["street_address"] = rec["street_address"]
        if "street_name" in given and not any(c.field == "street_address"
                                              for c in layout.columns):
            # Kobo's parts make one address: name, number and the letter right after it
            parts = {f: cell_value(rec, Col("", f), layout.kind)
                     for f in ("street_name", "house_number", "house_letter")}
            e["street_address"] = (f"{parts['street_name']} {parts['house_number']}"
                                   f"{(parts['house_letter'] or '').upper()}")
        e["fnr"] = e["fnr"] or 0
        e["snr"] = e["snr"] or 0
        # the agreement's kind: its column, else what the disposisjonsform says (the same)
        kind = rec["agreement_kind"] if e["agreement_reference"] else None
        if kind:
            e["agreement_kind"] = kind
            e["landlord_name"] = e["landlord_name"] or ""
        e["tenure"] = e["tenure"] or (TENURE_OF_KIND[kind] if kind else "owned")
        e["owner_kind"] = e["owner_kind"] or DEFAULT_OWNER[e["tenure"]]
        e["status"] = e["status"] or "occupied"
        e["actual_use"] = e["actual_use"] or "housing"
        e["target_group"] = e["target_group"] or "ordinary"
        e["wheelchair_accessible"] = bool(e["wheelchair_accessible"])
        if e["tenancy_start"] is not None:
            e["tenancy_kind"] = e["tenancy_kind"] or "fixed_term"
        else:
            e["tenancy_kind"] = None
        if e["agreement_reference"] and "lease_cost" in given:
            e["agreement_monthly_rent"] = totals.get(e["agreement_reference"])
        out.append(e)
    return out


def _jsonable(x: Any) -> Any:
    return x.isoformat() if isinstance(x, dt.date) else x


# --- the layouts ------------------------------------------------------------------------------


def layouts() -> list[Layout]:
    go, sa, gl = dwellings_gamle_oslo(), dwellings_sagene(), dwellings_grunerlokka()
    return [
        Layout(
            "01_bydel_gamle_oslo_tittel_sum", "xlsx",
            [Col("Adresse", "street_address"), Col("Postnr", "postcode"),
             Col("Leil.nr", "unit_number"), Col("Areal (m²)", "area_m2"),
             Col("Ant. rom", "rooms"), Col("Status", "status"), Col("Ledig fra", "vacant_since"),
             Col("UU", "wheelchair_accessible", "janei"), Col("Husleie", "tenant_rent"),
             Col("Innflyttet", "tenancy_start"), Col("Merknad/Kommentar", "note")],
            go, district="030101",
            title_rows=[["Kommunale boliger – Bydel Gamle Oslo"], ["Per 01.10.2026"]],
            subtotal_by_building=True, total_row="Totalt",
            notes=["Kilde: bydelens boligkontor", "Husleie er per måned, uten strøm."],
            about="Bydelens eget ark: tittel og dato over, sum per bygg, totalt og merknader "
                  "under; ingen bydelskolonne (bydelen velges)."),
        Layout(
            "02_bydel_sagene_csv_semikolon", "csv",
            [Col("Bydel", "district", "bydel"), Col("Gateadresse", "street_address"),
             Col("Postnummer", "postcode"), Col("Bruksenhetsnr", "unit_number"),
             Col("BRA", "area_m2"), Col("Rom", "rooms"), Col("Eierform", "tenure"),
             Col("Kontraktsnr", "agreement_reference"),
             Col("Utleier", "landlord_name"), Col("Org.nr", "landlord_orgnr"),
             Col("Kontrakt start", "agreement_start", "nb"),
             Col("Kontrakt slutt", "agreement_end", "nb"),
             Col("Leie per bolig", "lease_cost", "nb"), Col("Husleie kr/mnd", "tenant_rent", "nb"),
             Col("Rullestol", "wheelchair_accessible", "x")],
            sa, encoding="cp1252", total_row="Sum",
            about="CSV fra Excel (semikolon, Windows-1252), «Kontrakt start/slutt», "
                  "norske beløp «12 500,00», sumrad nederst."),
        Layout(
            "03_bydel_grunerlokka_gruppert", "xlsx",
            [Col("Adresse", "street_address"), Col("Postnr", "postcode"),
             Col("Bruksenhet", "unit_number"), Col("Areal", "area_m2"), Col("Rom", "rooms"),
             Col("Avtalenr", "agreement_reference"), Col("Avtaletype", "agreement_kind"),
             Col("Utleier", "landlord_name"), Col("Org nr", "landlord_orgnr"),
             Col("Startdato", "agreement_start"), Col("Sluttdato", "agreement_end"),
             Col("Oppsigelsestid", "notice_months"),
             Col("Boliger i prosjektet", "project_total_dwellings"),
             Col("Kostnad per bolig", "lease_cost"), Col("Husleie", "tenant_rent"),
             Col("Innflyttet", "tenancy_start")],
            gl, district="030102",
            title_rows=[["Bydel Grünerløkka – innleide boliger og tilvisning"]],
            group_header=["Bolig", None, None, None, None, "Avtale", None, None, None, None,
                          None, None, None, None, "Leieforhold", None],
            repeat_header_after=2,
            about="Tittel, gruppert overskrift (Bolig/Avtale/Leieforhold) over den "
                  "egentlige, og overskriften gjentatt midt i (to ark limt sammen)."),
        Layout(
            "04_boligbygg_liste", "xlsx",
            [Col("Bydel", "district", "number"), Col("Gnr", "gnr"), Col("Bnr", "bnr"),
             Col("Adresse", "street_address"), Col("Postnr", "postcode"),
             Col("Bruksenhetsnummer", "unit_number"), Col("BRA m2", "area_m2"),
             Col("Antall rom", "rooms"), Col("Byggeår", "built_year"),
             Col("Eier", "owner_kind"), Col("Målgruppe", "target_group"),
             Col("Status", "status"), Col("Tilgjengelig", "wheelchair_accessible", "JaNei"),
             Col("Sist befart", "last_inspection"),
             Col("Indre vedlikehold", "interior_responsible"),
             Col("Ytre vedlikehold", "exterior_responsible"),
             Col("Objektnr", "extra:BB-{gnr}-{bnr}-{unit_number}")],
            dwellings_boligbygg(), subtotal_by_building=True, total_row="I alt",
            title_rows=[["Boligbygg Oslo KF – boligoversikt"]],
            about="Boligbygg: bydelsnummer, gnr og bnr hver for seg, vedlikeholdsansvar, "
                  "«I alt» nederst og en kolonne boligreg ikke har (Objektnr)."),
        Layout(
            "05_fdv_eksport", "csv",
            [Col("Eiendom", "extra:{street_address}"), Col("Bygningsnr", "extra:BYG{bnr}"),
             Col("Adresse", "street_address"), Col("Postnr", "postcode"),
             Col("Bydel", "district", "code"), Col("Gnr/Bnr/Fnr/Snr", "matrikkel"),
             Col("Bruksenhetsnr", "unit_number"), Col("Areal (m²)", "area_m2"),
             Col("Byggeår", "built_year"), Col("Eier", "owner_kind"),
             Col("Bruk", "actual_use"), Col("Sist kontrollert", "last_inspection", "iso"),
             Col("Tekniske anlegg", "technical_responsible"),
             Col("Uteområder", "outdoor_responsible")],
            dwellings_fdv(), delimiter=",", encoding="utf-8-sig",
            about="FDV-eksport: komma, UTF-8 med BOM, ISO-datoer, matrikkel i én kolonne, "
                  "seksjonsnummer, kolonner boligreg ikke har."),
        Layout(
            "06_kobo_eksport", "csv",
            [Col("kommunenummer", "extra:0301"), Col("gnrbnr", "matrikkel"),
             Col("bruksenhetsnummer", "unit_number"), Col("gatenavn", "street_name"),
             Col("husnummer", "house_number"), Col("husbokstav", "house_letter"),
             Col("postnummer", "postcode"), Col("kobodisposisjonsform", "tenure"),
             Col("boligstatus", "status"), Col("statusdato", "vacant_since", "nb"),
             Col("manedsleie", "tenant_rent", "plain"),
             Col("errullestoltilpasset", "wheelchair_accessible", "JaNei"),
             Col("ovriginformasjon", "note"), Col("HARPERSONALBASE", "staff_base"),
             Col("leieforholdertidsubegrenset", "tenancy_indefinite"),
             Col("leieforholdstartdato", "tenancy_start", "nb"),
             Col("depositum", "extra:")],
            dwellings_kobo(), district="030111", encoding="cp1252",
            about="Kobo-eksport: gatenavn/husnummer/husbokstav hver for seg, gnrbnr, "
                  "ISO-8859-1, tidsubestemt leieforhold, kolonner boligreg ikke har."),
        Layout(
            "07_bydel_alna_tab_totalsum", "csv",
            [Col("Adr.", "street_address"), Col("Post nr", "postcode"),
             Col("H-nummer", "unit_number"), Col("Kvm", "area_m2"), Col("Romtype", "rooms", "roms"),
             Col("Målgruppe", "target_group"), Col("Status", "status"),
             Col("Ledig siden", "vacant_since", "nb_short"),
             Col("Eie/leie", "tenure"), Col("Avtale", "agreement_reference"),
             Col("Utleier", "landlord_name"), Col("Orgnr", "landlord_orgnr"),
             Col("Fra", "agreement_start", "nb_short"),
             Col("Gyldig til", "agreement_end", "nb_short"),
             Col("Leiebeløp", "agreement_monthly_rent", "kr"),
             Col("Sist gjennomgått", "last_reviewed", "words"),
             Col("Husleie", "tenant_rent", "nbdot"), Col("Husleie fastsatt", "tenant_rent_set")],
            dwellings_alna(), district="030112", delimiter="\t",
            subtotal_by_building=True, total_row="Totalt",
            about="Tabulator-skilt, «12.500,00», «kr 48 000», korte datoer «1.1.20», "
                  "«5. mars 2026», «3-roms», samme leie på alle rader (avtalens sum)."),
        Layout(
            "08_bydel_nordstrand_merknader", "xlsx",
            [Col("Bydel", "district", "bydel"), Col("Adresse", "street_address"),
             Col("Postnr", "postcode"), Col("Leilighetsnr", "unit_number"),
             Col("Areal", "area_m2"), Col("Rom", "rooms"), Col("Målgruppe", "target_group"),
             Col("Innflytting", "tenancy_start"), Col("Kommentar", "note")],
            dwellings_nordstrand(), blank_between_buildings=True, building_headings=True,
            notes=["Merknad: listen er ikke kvalitetssikret.",
                   "Oppdatert av boligkontoret 30.09.2026"],
            about="Mellomtitler per bygg («Bygg: …»), tomme rader mellom byggene, to "
                  "merknadslinjer under tabellen."),
        Layout(
            "09_bydel_sagene_xlsx_utloper", "xlsx",
            [Col("Bruksenhetsnr", "unit_number"), Col("Adresse", "street_address"),
             Col("Postnr", "postcode"), Col("Areal (m²)", "area_m2", "m2"),
             Col("Kontrakt", "agreement_reference"), Col("Utleier", "landlord_name"),
             Col("Kontrakt start", "agreement_start"), Col("Utløper", "agreement_end"),
             Col("Innleiepris per bolig", "lease_cost"), Col("Leie kr/mnd", "tenant_rent"),
             Col("HC", "wheelchair_accessible", "10"), Col("Disposisjon", "tenure")],
            sa, district="030103", title_rows=[["Sagene – boliger per oktober"], []],
            subtotal_by_building=True,
            about="Tittel og tom rad over, «Kontrakt» ved siden av «Kontrakt start» og "
                  "«Utløper» (delt ord: helheten avgjør), «Leie kr/mnd», «55 m²», HC 1/0."),
        Layout(
            "10_gamle_oslo_csv_komma_gjentatt", "csv",
            [Col("Bydelsnr", "district", "number"), Col("Adresse", "street_address"),
             Col("Postnr", "postcode"), Col("Bolignr", "unit_number"),
             Col("Areal m2", "area_m2"), Col("Antall rom", "rooms"),
             Col("Leie", "tenant_rent", "kr"), Col("Innflyttet dato", "tenancy_start", "iso"),
             Col("Tilgjengelighet", "wheelchair_accessible", "janei"),
             Col("Status", "status"), Col("Ledig fra", "vacant_since", "iso"),
             Col("Merknader", "note")],
            go, delimiter=",", repeat_header_after=3, total_row="Sum",
            notes=["* Leie = husleie leietaker betaler"],
            about="Komma-CSV i UTF-8, to utdrag limt sammen (overskriften gjentatt), "
                  "«Leie» = husleie, «kr 8 950», sumrad og fotnote."),
        Layout(
            "11_grunerlokka_tilvisning_csv", "csv",
            [Col("Adresse", "street_address"), Col("Postnr", "postcode"),
             Col("Bydel", "district", "name"), Col("Leil nr", "unit_number"),
             Col("Disposisjonsform", "extra:Tilvisning"),
             Col("Avtale nr", "agreement_reference"), Col("Utleier", "landlord_name"),
             Col("Utleiers orgnr", "landlord_orgnr"), Col("Gyldig fra", "agreement_start"),
             Col("Gyldig til", "agreement_end"), Col("Oppsigelse mnd", "notice_months"),
             Col("Leie pr bolig", "lease_cost", "nb"), Col("Innflyttet", "tenancy_start")],
            gl[:3], title_rows=[["Tilvisningsavtaler"]],
            about="Tilvisning uten avtaletype-kolonne (avtaletypen følger "
                  "disposisjonsformen), «Gyldig fra/til»."),
        Layout(
            "12_sagene_egne_overskrifter", "xlsx",
            [Col("Bydel", "district", "name"), Col("Gateadr", "street_address"),
             Col("Postnr.", "postcode"), Col("Leilighetsnumer", "unit_number"),
             Col("Disp.form", "tenure"), Col("Avtalereferanse", "agreement_reference"),
             Col("Utleier", "landlord_name"), Col("Org", "landlord_orgnr"),
             Col("Start kontrakt", "agreement_start"), Col("Slutt kontrakt", "agreement_end"),
             Col("Leie pr. bolig", "lease_cost"), Col("Husleie/mnd", "tenant_rent"),
             Col("Intern ref", "extra:S-{unit_number}")],
            sa[:3], title_rows=[["Innleide boliger, Sagene"]],
            about="Overskrifter slik en saksbehandler skriver dem: skrivefeil "
                  "(«Leilighetsnumer»), «Start/Slutt kontrakt» (ordene avgjør sammen med "
                  "datoene), «Org» uten mer (verdiene er organisasjonsnumre), en egen "
                  "referansekolonne boligreg ikke har."),
    ]


def build_corpus(directory: Path) -> list[tuple[Layout, Path]]:
    """Write every layout and its expected records into ``directory``."""
    directory.mkdir(parents=True, exist_ok=True)
    out = []
    for layout in layouts():
        path = layout.write(directory)
        _, skipped = layout.rows()
        expected = {"file": path.name, "about": layout.about, "district": layout.district,
                    "skipped_rows": skipped,
                    "records": [{k: _jsonable(v) for k, v in e.items()}
                                for e in layout.expected()]}
        (directory / f"{layout.name}.expected.json").write_text(
            json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        out.append((layout, path))
    return out


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent / "data" / \
        "import_corpus"
    for _layout, written in build_corpus(target):
        print(written)
