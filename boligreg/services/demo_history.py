"""The demo's past (issue 13 item 8): ten years of history behind today's demo inventory.

Today's rows stay exactly as ``demo._Generator`` made them (the planted anomalies are the same);
only their stamps move back to when each record came into the register, and the change log
gets the rows that take the register back from today to any day of the last ten years:

* **registered when it came**: a property and its dwellings when Boligbygg bought it or the
  lease / referral agreement began, an agreement when it was signed, a tenancy when it began,
  a responsibility from its ``valid_from`` (``created_at``; a record came in at most at its
  own dates, never before the property it belongs to);
* **changes**: dwellings falling vacant and let again, a status or use changed, leases renewed
  (the earlier term logged as the old ``start_date``/``end_date``), each one an ordinary
  ``update`` row with old and new value, ``version`` and ``updated_at`` moved as the ORM would;
* **removed**: dwellings sold (with their property, tenancy and responsibilities) and leases
  that ended (the landlord's flats handed back): an ``insert`` row at their registration with
  the record as it was then, their changes, and a ``purge`` row with the last state.

Cheap by design: records that never changed get no log row at all. The job's summary row
declares ``history_from`` (1 January ten full years back): the generator vouches that every
record it made did not exist before its ``created_at`` and that every later change is in the
log, so ``services.history`` rebuilds any day from then on exactly (coverage.py). About 2–5 %
of the records change per year; the log rows are built as plain tuples and written with the
bulk writer, sorted by time (write order is the order the as-of service undoes them in).
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

import orjson
import sqlalchemy as sa

from ..models import ChangeLog
from ..models.base import ordered_ids
from ..models.changelog import bulk_insert, server_logs_changes
from .history.day import end_of_day_utc

if TYPE_CHECKING:
    from .demo import _Generator

HISTORY_YEARS = 10
# Per year, of today's pools: owned dwellings sold, leased dwellings handed back.
SOLD_PER_YEAR = 0.003
HANDED_BACK_PER_YEAR = 0.02
# Lettings in the window that followed a vacancy of GAP_DAYS (the rest: moved straight in);
# the tenant before was there 1–6 years.
LET_WITH_GAP = 0.3
GAP_DAYS = (30, 240)
RENEWED = 0.6  # fixed-term leases whose agreement is older than its current term


def history_from(today: date) -> datetime:
    """The moment the demo's history is complete from: 1 January, ten full years back (the
    last ten 31.12 states can all be rebuilt)."""
    return end_of_day_utc(date(today.year - HISTORY_YEARS - 1, 12, 31))


def _enc(v: Any) -> str | None:
    return None if v is None else orjson.dumps(v).decode()


@dataclass
class _Log:
    rows: list[tuple[Any, ...]] = field(default_factory=list)

    # (changed_at, rank, entity_type, entity_id, action, field, old, new, version)
    def add(self, at: datetime, rank: int, entity: str, eid: str, action: str,
            fld: str | None, old: str | None, new: str | None, version: int) -> None:
        self.rows.append((at, rank, entity, eid, action, fld, old, new, version))


class _Past:
    def __init__(self, gen: _Generator, now: datetime, seed: int) -> None:
        self.gen = gen
        self.today = gen.today
        self.now = now
        self.rng = random.Random(seed * 7919 + 13)
        self.start = history_from(self.today)
        self.start_day = self.start.date() + timedelta(days=1)
        self.log = _Log()
        # Per record: its events as (moment, {field: (old, new)}), in time order when written.
        self.events: dict[tuple[str, str], list[tuple[datetime, dict[str, tuple[Any, Any]]]]] = \
            defaultdict(list)
        self.first_from: dict[str, date] = {}
        self._moments: dict[date, datetime] = {}  # renewed links: their first from date

    # -- moments

    def moment(self, d: date) -> datetime:
        """A working-hour moment (naive UTC) on Oslo day ``d``, never after ``now``: one per
        day (a day's records share it; the writer converts each distinct moment once)."""
        t = self._moments.get(d)
        if t is None:
            minutes = (d.toordinal() * 7919) % 420
            t = self._moments[d] = min(datetime(d.year, d.month, d.day, 7, 0) + timedelta(
                minutes=minutes), self.now - timedelta(seconds=1))
        return t

    def in_window(self, d: date) -> bool:
        return self.start_day <= d < self.today

    def day_between(self, low: date, high: date) -> date:
        return low + timedelta(days=self.rng.randint(0, max(0, (high - low).days)))

    # -- today's records: when they came, what changed

    def registration(self) -> dict[str, date]:
        """The day each of today's records came into the register."""
        g = self.gen
        fallback = self.today - timedelta(days=400)
        when: dict[str, date] = {}
        for p in g.properties:
            when[p["id"]] = min(g.prop_since.get(p["id"]) or fallback, self.today)
        link_from: dict[str, date] = {}
        for lk in g.links:
            d = lk["dwelling_id"]
            link_from[d] = min(link_from.get(d, lk["from_date"]), lk["from_date"])
        for d in g.dwellings:
            base = when[d["property_id"]]
            when[d["id"]] = max(base, link_from.get(d["id"], base)) \
                if d["tenure"] != "owned" else base
        for a in g.agreements:
            when[a["id"]] = min(self.today, a["start_date"] - timedelta(
                days=self.rng.randint(0, 45)))
        self.renewals(when)
        for lk in g.links:
            since = self.first_from.get(lk["id"], lk["from_date"])
            when[lk["id"]] = min(self.today, max(since, when[lk["agreement_id"]],
                                                 when[lk["dwelling_id"]]))
        for r in g.responsibilities:
            when[r["id"]] = min(self.today, max(r["valid_from"], when[r["property_id"]]))
        for t in g.tenancies:
            when[t["id"]] = min(self.today, max(t["start_date"], when[t["dwelling_id"]]))
        return when

    def renewals(self, when: dict[str, date]) -> None:
        """Fixed-term leases first signed one term earlier: renewed at the start of the
        current term (new start and end; the links' from date with them). The dwellings and
        their property were in the register from the first signing."""
        g = self.gen
        links_of: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for lk in g.links:
            links_of[lk["agreement_id"]].append(lk)
        dwelling = g.dwelling_by_id
        for a in g.agreements:
            if a["kind"] != "lease" or a["end_date"] is None or self.rng.random() >= RENEWED:
                continue
            links = links_of[a["id"]]
            start, end = a["start_date"], a["end_date"]
            if any(lk["from_date"] != start for lk in links):
                continue  # a link that came later: keep it simple, not renewed
            term = max(1, round((end - start).days / 365.25))
            # Renewed at the start of each term, as long as the earlier term was in the window
            # and the landlord kept renewing.
            while True:
                first = date(start.year - term, start.month, min(start.day, 28))
                renewed = start - timedelta(days=self.rng.randint(20, 90))
                if not self.in_window(renewed) or first < date(1990, 1, 1):
                    break
                when[a["id"]] = first - timedelta(days=self.rng.randint(0, 45))
                at = self.moment(renewed)
                self.events[("agreement", a["id"])].append(
                    (at, {"start_date": (first, start), "end_date": (start, end)}))
                for lk in links:
                    self.events[("agreement_dwelling", lk["id"])].append(
                        (at, {"from_date": (first, start)}))
                    self.first_from[lk["id"]] = first
                    d = dwelling[lk["dwelling_id"]]
                    when[d["id"]] = min(when[d["id"]], first)
                    when[d["property_id"]] = min(when[d["property_id"]], first)
                start, end = first, start
                if self.rng.random() >= RENEWED:
                    break

    def dwelling_events(self, when: dict[str, date]) -> None:
        g = self.gen
        tenancy_start: dict[str, date] = {}
        for t in g.tenancies:
            d_id = t["dwelling_id"]
            tenancy_start[d_id] = max(tenancy_start.get(d_id, t["start_date"]), t["start_date"])
        rng = self.rng
        for d in g.dwellings:
            came = when[d["id"]]
            ev: list[tuple[datetime, dict[str, tuple[Any, Any]]]] = []
            status, since = d["status"], d["vacant_since"]
            if status == "vacant" and since is not None:
                if self.in_window(since) and since > came:
                    ev.append((self.moment(since), {"status": ("occupied", "vacant"),
                                                    "vacant_since": (None, since)}))
            elif status == "occupied" and since is None and d["actual_use"] == "housing":
                s = tenancy_start.get(d["id"])
                # The vacancy before today's tenant, and often the one before the last tenant.
                while s is not None and self.in_window(s) and rng.random() < LET_WITH_GAP:
                    gap = s - timedelta(days=rng.randint(*GAP_DAYS))
                    if not (gap > came and self.in_window(gap)):
                        break
                    ev.append((self.moment(gap), {"status": ("occupied", "vacant"),
                                                  "vacant_since": (None, gap)}))
                    ev.append((self.moment(s), {"status": ("vacant", "occupied"),
                                                "vacant_since": (gap, None)}))
                    s = gap - timedelta(days=rng.randint(365, 6 * 365))
            elif status in ("refurbishment", "reserved", "to_be_sold"):
                d_at = self.today - timedelta(days=rng.randint(20, 400))
                if self.in_window(d_at) and d_at > came:
                    ev.append((self.moment(d_at), {"status": ("occupied", status)}))
            if d["actual_use"] != "housing":
                u_at = self.today - timedelta(days=rng.randint(60, 1500))
                if self.in_window(u_at) and u_at > came:
                    ev.append((self.moment(u_at), {"actual_use": ("housing", d["actual_use"])}))
            if ev:
                self.events[("dwelling", d["id"])] = ev

    def stamp_today(self, when: dict[str, date]) -> None:
        """Today's rows get the stamps their history leads to; their changes are logged."""
        g = self.gen
        tables = (("property", g.properties), ("dwelling", g.dwellings),
                  ("agreement", g.agreements), ("agreement_dwelling", g.links),
                  ("maintenance_responsibility", g.responsibilities),
                  ("tenancy", g.tenancies))
        for name, rows in tables:
            for r in rows:
                created = self.moment(when[r["id"]])
                ev = self.events.get((name, r["id"]))
                r["created_at"] = r["updated_at"] = created
                if not ev:
                    continue
                if len(ev) > 1:
                    ev.sort(key=lambda e: e[0])
                version = 1
                for at, changes in ev:
                    at = max(at, created + timedelta(seconds=1))
                    version += 1
                    for fld, (old, new) in changes.items():
                        self.log.add(at, 1, name, r["id"], "update", fld, _enc(old), _enc(new),
                                     version)
                    r["updated_at"] = at
                r["version"] = version

    # -- what is no longer there

    def removed(self) -> tuple[int, int]:
        """Sold owned dwellings and handed-back leased ones, inserted and purged in the log.
        Made by the generator's own builders (another random stream), then taken out again."""
        g = self.gen
        n_owned = sum(d["tenure"] == "owned" for d in g.dwellings)
        n_leased = sum(d["tenure"] == "leased" for d in g.dwellings)
        codes = sorted({d["district_code"] for d in g.dwellings})
        sold = round(SOLD_PER_YEAR * HISTORY_YEARS * n_owned)
        back = round(HANDED_BACK_PER_YEAR * HISTORY_YEARS * n_leased)
        mark = {k: len(getattr(g, k)) for k in (
            "properties", "dwellings", "agreements", "links", "responsibilities")}
        while sold > 0:
            code = self.rng.choice(codes)
            before = len(g.dwellings)
            g.owned(code, min(sold, self.rng.choice((1, 1, 2, 4, 6))))
            sold -= len(g.dwellings) - before
        while back > 0:
            code = self.rng.choice(codes)
            groups = g.leased(code, min(back, self.rng.randint(1, 3)))
            g.leases(code, groups)
            back -= sum(len(dws) for _, dws in groups)
        new = {k: getattr(g, k)[mark[k]:] for k in mark}
        for k in mark:
            del getattr(g, k)[mark[k]:]
        self._bundle(new)
        return len(new["dwellings"]), len(new["agreements"])

    def _bundle(self, new: dict[str, list[dict[str, Any]]]) -> None:
        """Each group of properties tied together by an agreement leaves at one moment."""
        rng = self.rng
        parent: dict[str, str] = {p["id"]: p["id"] for p in new["properties"]}

        def root(x: str) -> str:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        prop_of = {d["id"]: d["property_id"] for d in new["dwellings"]}
        first_prop: dict[str, str] = {}
        for lk in new["links"]:
            pid = prop_of[lk["dwelling_id"]]
            other = first_prop.setdefault(lk["agreement_id"], pid)
            parent[root(pid)] = root(other)
        groups: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(
            lambda: defaultdict(list))
        for p in new["properties"]:
            groups[root(p["id"])]["properties"].append(p)
        for d in new["dwellings"]:
            groups[root(d["property_id"])]["dwellings"].append(d)
        for lk in new["links"]:
            groups[root(prop_of[lk["dwelling_id"]])]["links"].append(lk)
        agreements = {a["id"]: a for a in new["agreements"]}
        for aid, pid in first_prop.items():
            groups[root(pid)]["agreements"].append(agreements[aid])
        window = (self.today - self.start_day).days
        for key in sorted(groups, key=lambda k: groups[k]["properties"][0]["id"]):
            self._one_bundle(groups[key], window, rng)

    def _one_bundle(self, b: dict[str, list[dict[str, Any]]], window: int,
                    rng: random.Random) -> None:
        gone = self.start_day + timedelta(days=rng.randint(200, window - 30))
        leased = bool(b["agreements"])
        if leased:  # the lease ended at ``gone``; its term began 3–10 years before
            term = rng.choice((3, 5, 10))
            came = date(gone.year - term, gone.month, min(gone.day, 28))
            for a in b["agreements"]:
                a["start_date"], a["end_date"] = came, gone
            for lk in b["links"]:
                lk["from_date"] = came
        else:
            came = gone - timedelta(days=rng.randint(400, 12 * 365))
        out, born = self.moment(gone), self.moment(came)
        records: list[tuple[str, dict[str, Any]]] = [("property", p) for p in b["properties"]]
        records += [("dwelling", d) for d in b["dwellings"]]
        records += [("agreement", a) for a in b["agreements"]]
        records += [("agreement_dwelling", lk) for lk in b["links"]]
        registered: dict[str, datetime] = {}  # records that came later than the property
        party = "landlord" if leased else "boligbygg"
        for p in b["properties"]:
            for scope in ("interior", "exterior"):
                records.append(("maintenance_responsibility",
                                self.gen.responsibility(p["id"], scope, party, came)))
        for d in b["dwellings"]:
            d["status"], d["vacant_since"], d["actual_use"] = "occupied", None, "housing"
            vacated = gone - timedelta(days=rng.randint(30, 200))
            begun = max(came, vacated - timedelta(days=rng.randint(200, 3000)))
            tenancy = {
                "id": self.gen.new_id(), "dwelling_id": d["id"], "kind": "fixed_term",
                "start_date": begun, "end_date": vacated, "next_review": None,
                "case_reference": self.gen.case_reference(begun), **self.gen.stamp}
            records.append(("tenancy", tenancy))
            registered[tenancy["id"]] = max(born, self.moment(begun))
            v_at = max(self.moment(vacated), born + timedelta(seconds=1))
            self.events[("dwelling", d["id"])].append(
                (v_at, {"status": ("occupied", "vacant"), "vacant_since": (None, vacated)}))
        for name, r in records:
            came_at = registered.get(r["id"], born)
            r["created_at"] = r["updated_at"] = came_at
            self.log.add(came_at, 0, name, r["id"], "insert", None, None,
                         orjson.dumps(r).decode(), 1)
            version = 1
            for at, changes in self.events.get((name, r["id"]), []):
                version += 1
                for fld, (old, new_v) in changes.items():
                    self.log.add(at, 1, name, r["id"], "update", fld, _enc(old), _enc(new_v),
                                 version)
                    r[fld] = new_v
                r["updated_at"], r["version"] = at, version
            self.log.add(out, 2, name, r["id"], "purge", None, orjson.dumps(r).decode(), None,
                         version)


def add_past(conn: sa.Connection, gen: _Generator, now: datetime, seed: int) -> dict[str, Any]:
    """Give ``gen``'s rows (not yet written) their history and write its change-log rows.
    Returns what the job's summary row records (``history_from``, counts)."""
    past = _Past(gen, now, seed)
    saved_rng, gen.rng = gen.rng, past.rng  # the generator's builders draw from the past's
    try:
        removed_dwellings, removed_agreements = past.removed()
        when = past.registration()
        past.dwelling_events(when)
        past.stamp_today(when)
    finally:
        gen.rng = saved_rng
    rows = past.log.rows
    rows.sort(key=lambda r: (r[0], r[1]))
    if rows and not server_logs_changes(conn):
        ids = ordered_ids(len(rows))
        txns = ordered_ids(len(rows))
        log = [{"id": ids[i], "txn_id": txns[i], "changed_at": r[0], "entity_type": r[2],
                "entity_id": r[3], "action": r[4], "field": r[5], "old_value": r[6],
                "new_value": r[7], "version": r[8]} for i, r in enumerate(rows)]
        bulk_insert(conn, ChangeLog.__table__, log,
                    {"changed_by": gen.stamp["created_by"], "reference": None})
    return {"history_from": past.start.isoformat(), "history_rows": len(rows),
            "removed_dwellings": removed_dwellings, "removed_agreements": removed_agreements}
