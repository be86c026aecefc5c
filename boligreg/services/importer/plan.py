"""Compare checked rows with the database and decide what to insert and what to change.

A row matches an existing dwelling by ``id`` (the key column of an export) or else by
bruksenhetsnummer + address. A match changes only the fields whose value differs; a blank cell
never erases a stored value (nothing a user typed is lost because a column was left empty).
Rows on the same address share one building, rows with the same agreement reference share one
agreement.

Writing: new rows go in with ``bulk_insert``, with one change-log row each (``log_inserts``);
changes go through the ORM so the session writes the change log field by field. Everything
happens in the caller's session, i.e. in one transaction.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ...errors import CancelledError
from ...i18n import translate
from ...models import (
    Agreement,
    AgreementDwelling,
    Dwelling,
    MaintenanceResponsibility,
    Property,
    Tenancy,
    new_id,
    utcnow,
)
from ...models.base import OrderedIdSource, Record
from ...models.changelog import bulk_insert, default_user, log_inserts
from ...models.entities import District
from .fields import RESPONSIBILITY_FIELDS
from .rows import ParsedRow, RowProblem, address_key, reference_key, status_warnings

ProgressFn = Callable[[int, str], None]
CancelFn = Callable[[], bool]

# file field → column, per table
DWELLING_COLUMNS = {
    "district": "district_code", "unit_number": "unit_number", "area_m2": "area_m2",
    "rooms": "rooms", "target_group": "target_group", "tenure": "tenure", "status": "status",
    "actual_use": "actual_use", "wheelchair_accessible": "wheelchair_accessible",
    "vacant_since": "vacant_since", "last_inspection": "last_inspection", "note": "note",
    "tenant_rent": "tenant_rent", "tenant_rent_set": "tenant_rent_set",
}
PROPERTY_COLUMNS = {
    "postcode": "postcode", "gnr": "gnr", "bnr": "bnr", "fnr": "fnr", "snr": "snr",
    "owner_kind": "owner_kind", "owner_name": "owner_name", "owner_orgnr": "owner_orgnr",
    "built_year": "built_year",
}
AGREEMENT_COLUMNS = {
    "agreement_kind": "kind", "landlord_name": "landlord_name",
    "landlord_orgnr": "landlord_orgnr", "agreement_start": "start_date",
    "agreement_end": "end_date", "monthly_rent": "monthly_rent",
    "notice_months": "notice_months", "last_reviewed": "last_reviewed",
    "project_total_dwellings": "project_total_dwellings",
}
DEFAULT_OWNER = {"owned": "boligbygg", "leased": "private", "referral": "private"}
# insertion order (foreign keys)
TABLES: tuple[type[Record], ...] = (Property, Dwelling, Agreement, AgreementDwelling,
                            MaintenanceResponsibility, Tenancy)
WRITE_CHUNK = 5000


@dataclass
class Plan:
    inserts: dict[str, list[dict[str, Any]]] = field(
        default_factory=lambda: {m.__tablename__: [] for m in TABLES})
    updates: dict[str, dict[str, dict[str, Any]]] = field(
        default_factory=lambda: {m.__tablename__: {} for m in TABLES})
    problems: list[RowProblem] = field(default_factory=list)
    warnings: list[RowProblem] = field(default_factory=list)  # imported, but worth a look
    planned_rows: list[int] = field(default_factory=list)  # spreadsheet rows to be written
    dwellings_new: int = 0
    dwellings_changed: int = 0
    dwellings_unchanged: int = 0

    @property
    def field_changes(self) -> int:
        return sum(len(c) for table in self.updates.values() for c in table.values())

    def count(self, table: str) -> tuple[int, int]:
        """(new, changed) records of one table."""
        return len(self.inserts[table]), len(self.updates[table])

    @property
    def changes_anything(self) -> bool:
        return any(self.inserts.values()) or any(self.updates.values())


@dataclass
class _Existing:
    dwellings: dict[str, dict[str, Any]]  # id → row (deleted ones too)
    dwelling_by_key: dict[tuple[str, str], list[str]]  # live only
    properties: dict[str, dict[str, Any]]  # id → row (live)
    property_by_key: dict[str, list[str]]
    agreements: dict[str, dict[str, Any]]
    agreement_by_ref: dict[str, list[str]]
    links: set[tuple[str, str]]
    # Removed links by pair: the pair is unique in the table (removed rows too), so a sheet
    # that links them again reopens that row, as agreements.add_dwellings does.
    removed_links: dict[tuple[str, str], str]
    responsibilities: dict[tuple[str, str, str], dict[str, Any]]  # (target, id, scope) → row
    district_names: dict[str, str]


def _load(conn: sa.Connection) -> _Existing:
    d, p = Dwelling.__table__, Property.__table__
    a, ad = Agreement.__table__, AgreementDwelling.__table__
    mr, dist = MaintenanceResponsibility.__table__, District.__table__
    dwellings: dict[str, dict[str, Any]] = {}
    by_key: dict[tuple[str, str], list[str]] = defaultdict(list)
    cols = [d.c[c] for c in ("id", "property_id", "deleted_at", *DWELLING_COLUMNS.values())]
    for row in conn.execute(sa.select(*cols, p.c.street_address).join(
            p, p.c.id == d.c.property_id)).mappings():
        rec = dict(row)
        dwellings[rec["id"]] = rec
        if rec["deleted_at"] is None:
            by_key[(rec["unit_number"], address_key(rec["street_address"]))].append(rec["id"])
    properties: dict[str, dict[str, Any]] = {}
    prop_by_key: dict[str, list[str]] = defaultdict(list)
    for row in conn.execute(sa.select(p).where(p.c.deleted_at.is_(None))).mappings():
        properties[row["id"]] = dict(row)
        prop_by_key[address_key(row["street_address"])].append(row["id"])
    agreements: dict[str, dict[str, Any]] = {}
    by_ref: dict[str, list[str]] = defaultdict(list)
    for row in conn.execute(sa.select(a).where(a.c.deleted_at.is_(None))).mappings():
        agreements[row["id"]] = dict(row)
        by_ref[reference_key(row["reference"])].append(row["id"])
    links: set[tuple[str, str]] = set()
    removed_links: dict[tuple[str, str], str] = {}
    for x in conn.execute(sa.select(ad.c.id, ad.c.agreement_id, ad.c.dwelling_id,
                                    ad.c.deleted_at)):
        if x.deleted_at is None:
            links.add((x.agreement_id, x.dwelling_id))
        else:
            removed_links[(x.agreement_id, x.dwelling_id)] = x.id
    resp: dict[tuple[str, str, str], dict[str, Any]] = {}
    for row in conn.execute(sa.select(mr).where(
            mr.c.deleted_at.is_(None), mr.c.valid_to.is_(None))).mappings():
        target = ("dwelling", row["dwelling_id"]) if row["dwelling_id"] else \
            ("property", row["property_id"])
        resp.setdefault((*target, row["scope"]), dict(row))
    names = {code: name for code, name in conn.execute(sa.select(dist.c.code, dist.c.name))}
    return _Existing(dwellings, by_key, properties, prop_by_key, agreements, by_ref, links,
                     removed_links,
                     resp, names)


def _same(old: Any, new: Any) -> bool:
    if isinstance(old, float) or isinstance(new, float):
        return old is not None and new is not None and abs(float(old) - float(new)) < 1e-9
    return str(old) == str(new) if old is not None and new is not None else old is new


def _diff(existing: dict[str, Any], values: dict[str, Any],
          columns: dict[str, str]) -> dict[str, Any]:
    return {col: values[f] for f, col in columns.items()
            if f in values and not _same(existing.get(col), values[f])}


def plan_import(
    conn: sa.Connection,
    rows: Sequence[ParsedRow],
    *,
    district: str | None = None,
    problem_at: Callable[[int, str | None, str, Any], RowProblem] | None = None,
    cancel: CancelFn | None = None,
) -> Plan:
    """What writing ``rows`` would insert and change. Rows that conflict with the database
    (ambiguous match, another bydel's dwelling, a deleted id) get a problem and are left out.

    Each row walks one chain (:class:`_Planner`): which dwelling it is, its building, the
    dwelling, its agreement, its tenancy, who maintains what.
    """
    planner = _Planner(conn, rows, district, problem_at)
    for n, r in enumerate(rows):
        if cancel is not None and n % 2000 == 0 and cancel():
            raise CancelledError()
        planner.row(r)
    return planner.plan


class _Planner:
    """The state :func:`plan_import` carries from row to row: what the database holds, what
    is planned so far (later rows match the rows planned before them)."""

    def __init__(self, conn: sa.Connection, rows: Sequence[ParsedRow], district: str | None,
                 problem_at: Callable[[int, str | None, str, Any], RowProblem] | None) -> None:
        self.ex = _load(conn)
        self.plan = Plan()
        self.district = district
        self.problem_at = problem_at
        # Time-ordered keys: 100k new rows append to the B-trees instead of scattering.
        self.next_id = OrderedIdSource()
        self.ins, self.upd = self.plan.inserts, self.plan.updates
        self.new_props: dict[str, str] = {}  # address key → id planned for insertion
        self.new_agreements: dict[str, str] = {}
        self.planned_links: set[tuple[str, str]] = set()
        self.planned_resp: set[tuple[str, str, str]] = set()
        self.new_keys: dict[tuple[str, str], int] = {}
        self.costs = _lease_costs(rows)
        self.tenancy_starts = _tenancy_starts(conn)

    def problem(self, row: int, field_name: str | None, message: str, value: Any = None
                ) -> None:
        if self.problem_at is not None:
            self.plan.problems.append(self.problem_at(row, field_name, message, value))
        else:
            self.plan.problems.append(RowProblem(row, "", "", "", message, field_name))

    def row(self, r: ParsedRow) -> None:
        v = r.values
        key = (v["unit_number"], address_key(v["street_address"]))
        found, current = self.which_dwelling(r, key)
        if not found:
            return
        prop_id = self.building(r, current)
        if prop_id is None:
            return
        self.plan.planned_rows.append(r.row)
        for field_name, message in status_warnings(v):
            self.plan.warnings.append(
                self.problem_at(r.row, field_name, message, v.get(field_name))
                if self.problem_at is not None else
                RowProblem(r.row, "", "", "", message, field_name))
        dwelling_id = self.dwelling(r, key, current, prop_id)
        if "agreement_reference" in v:
            self.agreement(r, dwelling_id)
        self.tenancy(v, dwelling_id)
        self.responsibilities(v, dwelling_id, prop_id)

    def which_dwelling(self, r: ParsedRow, key: tuple[str, str]
                       ) -> tuple[bool, dict[str, Any] | None]:
        """(False, None) when the row is left out with a problem; else (True, the stored
        dwelling it updates or None for a new one)."""
        ex, v, problem, district = self.ex, r.values, self.problem, self.district
        live = ex.dwelling_by_key.get(key, [])
        current: dict[str, Any] | None = None
        if "id" in v:
            current = ex.dwellings.get(v["id"])
            if current is not None and current["deleted_at"] is not None:
                problem(r.row, "id", translate(
                    "ImportPlan", "Boligen med denne ID-en er slettet i registeret; "
                                  "gjenopprett den der først"), v["id"])
                return False, None
            others = [x for x in live if x != v["id"]]
            if others:
                problem(r.row, "unit_number", translate(
                    "ImportPlan", "Samme bruksenhetsnummer og adresse finnes allerede i "
                                  "registeret som en annen bolig"), v["unit_number"])
                return False, None
        elif len(live) > 1:
            problem(r.row, "unit_number", translate(
                "ImportPlan", "Registeret har {n} boliger med samme bruksenhetsnummer og "
                              "adresse; rett dem opp først").format(n=len(live)),
                v["unit_number"])
            return False, None
        elif live:
            current = ex.dwellings[live[0]]
        if current is not None and district is not None and \
                current["district_code"] != district:
            name = ex.district_names.get(current["district_code"], current["district_code"])
            problem(r.row, "district", translate(
                "ImportPlan", "Boligen finnes allerede i registeret, men hos bydel {name}").format(
                name=name), v.get("district"))
            return False, None
        if current is None and key in self.new_keys:  # same key as another new row (via id)
            problem(r.row, "unit_number", translate(
                "ImportRow", "Samme bolig står også på rad {row}").format(
                row=self.new_keys[key]), v["unit_number"])
            return False, None
        return True, current

    def building(self, r: ParsedRow, current: dict[str, Any] | None) -> str | None:
        """The building's id (stored, planned or new, its changes planned); None when the row
        is left out with a problem."""
        ex, v, new_props = self.ex, r.values, self.new_props
        pkey = address_key(v["street_address"])
        prop_id: str
        if current is not None and address_key(current["street_address"]) == pkey:
            prop_id = current["property_id"]
        elif ex.property_by_key.get(pkey):
            # The same address as a building of another bydel is reported, never merged: its
            # postnummer, matrikkel and year would be overwritten from this bydel's file and
            # the other bydel's dwellings would move with it (issue 18, D2).
            found = [ex.properties[x] for x in ex.property_by_key[pkey]]
            own = [x for x in found if x["district_code"] == v["district"]]
            if not own:
                names = sorted({ex.district_names.get(x["district_code"], x["district_code"])
                                for x in found})
                self.problem(r.row, "street_address", translate(
                    "ImportPlan", "Adressen er allerede registrert som bygg i bydel {others}; "
                                  "en import for bydel {district} endrer ikke den andre "
                                  "bydelens bygg. Avklar hvilken bydel bygget hører til").format(
                    others=", ".join(names),
                    district=ex.district_names.get(v["district"], v["district"])),
                    v["street_address"])
                return None
            prop_id = own[0]["id"]
        elif pkey in new_props:
            prop_id = new_props[pkey]
        else:
            prop_id = new_props[pkey] = self.next_id()
            self.ins["property"].append({
                "id": prop_id, "district_code": v["district"],
                "street_address": v["street_address"], "postcode": v["postcode"],
                "gnr": v.get("gnr"), "bnr": v.get("bnr"), "fnr": v.get("fnr", 0),
                "snr": v.get("snr", 0),
                "owner_kind": v.get("owner_kind") or DEFAULT_OWNER[v.get("tenure", "owned")],
                "owner_name": v.get("owner_name"), "owner_orgnr": v.get("owner_orgnr"),
                "built_year": v.get("built_year"),
            })
        if prop_id in ex.properties:
            changes = _diff(ex.properties[prop_id], v, PROPERTY_COLUMNS)
            if changes:
                self.upd["property"].setdefault(prop_id, {}).update(changes)
                ex.properties[prop_id].update(changes)  # later rows compare with the new value
        return prop_id

    def dwelling(self, r: ParsedRow, key: tuple[str, str], current: dict[str, Any] | None,
                 prop_id: str) -> str:
        """The dwelling inserted or its changes planned; its id."""
        v, plan = r.values, self.plan
        if current is None:
            dwelling_id = v.get("id") or self.next_id()
            self.new_keys[key] = r.row
            self.ins["dwelling"].append({
                "id": dwelling_id, "property_id": prop_id, "unit_number": v["unit_number"],
                "district_code": v["district"], "area_m2": v.get("area_m2"),
                "rooms": v.get("rooms"), "target_group": v.get("target_group", "ordinary"),
                "tenure": v.get("tenure", "owned"), "status": v.get("status", "occupied"),
                "actual_use": v.get("actual_use", "housing"),
                "wheelchair_accessible": v.get("wheelchair_accessible", False),
                "vacant_since": v.get("vacant_since"),
                "last_inspection": v.get("last_inspection"), "note": v.get("note"),
                "disposing_unit_code": v.get("disposing_unit") or v["district"],
                "tenant_rent": v.get("tenant_rent"), "tenant_rent_set": v.get("tenant_rent_set"),
            })
            plan.dwellings_new += 1
        else:
            dwelling_id = current["id"]
            changes = _diff(current, v, DWELLING_COLUMNS)
            if current["property_id"] != prop_id:
                changes["property_id"] = prop_id
            if changes:
                self.upd["dwelling"][dwelling_id] = changes
                plan.dwellings_changed += 1
            else:
                plan.dwellings_unchanged += 1
        return str(dwelling_id)

    def agreement(self, r: ParsedRow, dwelling_id: str) -> None:
        """The row's agreement (stored, planned or new) and its link to the dwelling."""
        ex, v, district, problem = self.ex, r.values, self.district, self.problem
        akey = reference_key(v["agreement_reference"])
        agreement_ids = ex.agreement_by_ref.get(akey, [])
        by_row, total = self.costs.get(akey, ({}, None))
        cost = by_row.get(r.row)
        av = v if total is None else {**v, "monthly_rent": total}
        agreement_id: str | None
        if len(agreement_ids) > 1:
            problem(r.row, "agreement_reference", translate(
                "ImportPlan", "Registeret har {n} avtaler med dette avtalenummeret").format(
                n=len(agreement_ids)), v["agreement_reference"])
            agreement_id = None
        elif agreement_ids and district is not None and \
                ex.agreements[agreement_ids[0]]["district_code"] != district:
            other = ex.agreements[agreement_ids[0]]["district_code"]
            problem(r.row, "agreement_reference", translate(
                "ImportPlan", "Avtalenummeret tilhører en avtale i bydel {other}; en import "
                              "for bydel {district} endrer den ikke").format(
                other=ex.district_names.get(other, other),
                district=ex.district_names.get(district, district)),
                v["agreement_reference"])
            agreement_id = None
        elif agreement_ids:
            agreement_id = agreement_ids[0]
            changes = _diff(ex.agreements[agreement_id], av, AGREEMENT_COLUMNS)
            if changes:
                self.upd["agreement"].setdefault(agreement_id, {}).update(changes)
                ex.agreements[agreement_id].update(changes)
        elif akey in self.new_agreements:
            agreement_id = self.new_agreements[akey]
        else:
            agreement_id = self.new_agreements[akey] = self.next_id()
            self.ins["agreement"].append({
                "id": agreement_id, "kind": v["agreement_kind"],
                "reference": v["agreement_reference"],
                "landlord_name": v.get("landlord_name", ""),
                "landlord_orgnr": v.get("landlord_orgnr"), "district_code": v["district"],
                "start_date": v.get("agreement_start"), "end_date": v.get("agreement_end"),
                "notice_months": v.get("notice_months"),
                "monthly_rent": av.get("monthly_rent"),
                "last_reviewed": v.get("last_reviewed"), "responsible_officer": None,
                "project_total_dwellings": v.get("project_total_dwellings"), "note": None,
                "holding_unit_code": v.get("holding_unit") or v["district"],
            })
        link = (agreement_id or "", dwelling_id)
        if agreement_id and link in ex.removed_links and link not in self.planned_links:
            self.planned_links.add(link)
            self.upd["agreement_dwelling"][ex.removed_links[link]] = {
                "from_date": v.get("agreement_start"), "to_date": None, "monthly_cost": cost,
                "deleted_at": None}
        elif agreement_id and link not in ex.links and link not in self.planned_links:
            self.planned_links.add(link)
            self.ins["agreement_dwelling"].append({
                "id": self.next_id(), "agreement_id": agreement_id,
                "dwelling_id": dwelling_id,
                "from_date": v.get("agreement_start"), "to_date": None,
                "monthly_cost": cost,
            })

    def tenancy(self, v: dict[str, Any], dwelling_id: str) -> None:
        """A tenancy from its start date only: never who the tenant is."""
        moved_in = v.get("tenancy_start")
        if moved_in is not None and (dwelling_id, moved_in) not in self.tenancy_starts:
            self.tenancy_starts.add((dwelling_id, moved_in))
            self.ins["tenancy"].append({
                "id": self.next_id(), "dwelling_id": dwelling_id,
                "kind": "indefinite" if v.get("tenancy_indefinite") else "fixed_term",
                "start_date": moved_in, "end_date": None, "next_review": None,
                "case_reference": None,
            })

    def responsibilities(self, v: dict[str, Any], dwelling_id: str, prop_id: str) -> None:
        """Who maintains what, for the building or the dwelling as each field says."""
        for name, (scope, target) in RESPONSIBILITY_FIELDS.items():
            if name not in v:
                continue
            target_id = dwelling_id if target == "dwelling" else prop_id
            rkey = (target, target_id, scope)
            existing = self.ex.responsibilities.get(rkey)
            if existing is not None:
                if existing["party"] != v[name]:
                    self.upd["maintenance_responsibility"].setdefault(existing["id"], {})[
                        "party"] = v[name]
                    existing["party"] = v[name]
            elif rkey not in self.planned_resp:
                self.planned_resp.add(rkey)
                self.ins["maintenance_responsibility"].append({
                    "id": self.next_id(),
                    "property_id": target_id if target == "property" else None,
                    "dwelling_id": target_id if target == "dwelling" else None,
                    "scope": scope, "party": v[name], "valid_from": None, "valid_to": None,
                    "note": None,
                })


def _tenancy_starts(conn: sa.Connection) -> set[tuple[str, Any]]:
    """(dwelling, start date) of every live tenancy: the same move-in is not added twice."""
    t = Tenancy.__table__
    return {(r.dwelling_id, r.start_date) for r in conn.execute(
        sa.select(t.c.dwelling_id, t.c.start_date).where(t.c.deleted_at.is_(None)))}


def _lease_costs(rows: Sequence[ParsedRow]) -> dict[str, tuple[dict[int, float], float | None]]:
    """Per agreement reference: each row's lease cost for its dwelling, and the agreement's
    total when the file gives it per dwelling (None: the rent column is the total).

    A "Leie per bolig" column is always per dwelling. A rent column ("Leie per måned") with
    the same amount on every row of an agreement is the agreement's total (a one-row agreement
    also has it as its dwelling's cost); different amounts are each row's dwelling's cost
    (a whole-building lease with a rent per unit), and the total is their sum.
    """
    by_ref: dict[str, list[ParsedRow]] = defaultdict(list)
    for r in rows:
        if "agreement_reference" in r.values:
            by_ref[reference_key(r.values["agreement_reference"])].append(r)
    out: dict[str, tuple[dict[int, float], float | None]] = {}
    for key, group in by_ref.items():
        explicit = {r.row: r.values["lease_cost"] for r in group if "lease_cost" in r.values}
        rents = {r.row: r.values["monthly_rent"] for r in group if "monthly_rent" in r.values}
        # per dwelling: the total is the sum of the costs given (a blank row adds nothing)
        if explicit:  # the total is their sum only when every dwelling has one
            out[key] = (explicit, round(sum(explicit.values()), 2)
                        if len(explicit) == len(group) else None)
        elif len(set(rents.values())) > 1:
            out[key] = (rents, round(sum(rents.values()), 2))
        elif len(group) == 1 and rents:
            out[key] = (rents, None)
    return out


def _chunks(items: Sequence[Any], size: int) -> Iterable[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def write_plan(
    session: Session,
    plan: Plan,
    *,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
    start: int = 60,
) -> None:
    """Carry out ``plan`` in ``session``'s transaction (the caller commits or rolls back)."""
    conn = session.connection()
    user = session.info.get("user") or default_user()
    txn = session.info.get("txn_id") or new_id()
    now = utcnow()
    stamp = {"created_at": now, "updated_at": now, "created_by": user, "updated_by": user,
             "version": 1, "deleted_at": None}
    total = sum(len(x) for x in plan.inserts.values()) + \
        sum(len(x) for x in plan.updates.values())
    done = 0

    def step(n: int, text: str) -> None:
        nonlocal done
        if cancel is not None and cancel():
            raise CancelledError()
        done += n
        if progress is not None and total:
            progress(start + int((100 - start) * done / total), text)

    for model in TABLES:
        name = model.__tablename__
        rows = plan.inserts[name]
        for chunk in _chunks(rows, WRITE_CHUNK):
            step(0, "")
            bulk_insert(conn, model.__table__, chunk, stamp)
            log_inserts(conn, name, chunk, user=user, txn_id=txn, constants=stamp)
            step(len(chunk), translate("ImportPlan", "Skriver nye poster ({table})").format(
                table=name))
    for model in TABLES:
        name = model.__tablename__
        changes = plan.updates[name]
        for chunk in _chunks(list(changes), 1000):
            step(0, "")
            for obj in session.scalars(sa.select(model).where(model.id.in_(chunk))):
                for column, value in changes[obj.id].items():
                    setattr(obj, column, value)
            session.flush()
            step(len(chunk), translate("ImportPlan", "Oppdaterer endrede poster ({table})").format(
                table=name))
