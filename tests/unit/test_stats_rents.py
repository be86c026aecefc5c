"""Rent figures of the fact sheet (issue 14 item 2): husleie per year of occupied dwellings by
the disposing unit, lease cost per year of active lease agreements by the holding unit —
recomputed here with plain SQL, on the demo (which has tenant rents, per-dwelling lease costs
and centrally held leases), and the same from the register as of a date."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from datetime import date
from io import BytesIO

import pytest

from boligreg.models import Agreement
from boligreg.services.demo import generate_demo
from boligreg.services.stats import OSLO, compute_figures

TODAY = date(2026, 6, 30)


@pytest.fixture
def demo(empty_db):
    generate_demo(empty_db, dwellings=3000, today=TODAY)
    return empty_db


def _expected(path) -> tuple[dict, dict]:
    con = sqlite3.connect(path)
    try:
        rents: dict[str, list[float]] = defaultdict(lambda: [0.0, 0, 0, 0.0])
        for unit, rent, tenure in con.execute(
                "SELECT COALESCE(disposing_unit_code, district_code), tenant_rent, tenure "
                "FROM dwelling WHERE deleted_at IS NULL AND status = 'occupied'"):
            r = rents[unit]
            if rent is None:
                r[2] += 1
            else:
                r[0] += 12 * rent
                r[1] += 1
                if tenure == "leased":
                    r[3] += 12 * rent
        costs: dict[str, list[float]] = defaultdict(lambda: [0.0, 0, 0])
        ref = TODAY.isoformat()
        for unit, cost in con.execute(
                "SELECT COALESCE(holding_unit_code, district_code), monthly_rent FROM agreement "
                "WHERE deleted_at IS NULL AND kind = 'lease' "
                "AND (start_date IS NULL OR start_date <= ?) "
                "AND (end_date IS NULL OR end_date >= ?)", (ref, ref)):
            c = costs[unit]
            if cost is None:
                c[2] += 1
            else:
                c[0] += 12 * cost
                c[1] += 1
    finally:
        con.close()
    return rents, costs


def _check(figs, rents, costs) -> None:
    for scope, f in figs.items():
        if scope == OSLO:
            r = [sum(v[i] for v in rents.values()) for i in range(4)]
            c = [sum(v[i] for v in costs.values()) for i in range(3)]
        else:
            r, c = rents.get(scope, [0.0, 0, 0, 0.0]), costs.get(scope, [0.0, 0, 0])
        assert f.rent_tenant_yearly == pytest.approx(r[0]), scope
        assert (f.rent_tenant_dwellings, f.rent_tenant_missing) == (r[1], r[2]), scope
        assert f.rent_tenant_leased_yearly == pytest.approx(r[3]), scope
        assert f.lease_cost_yearly == pytest.approx(c[0]), scope
        assert (f.lease_cost_agreements, f.lease_cost_missing) == (c[1], c[2]), scope


def test_rents_by_disposer_and_lease_costs_by_holder(demo) -> None:
    rents, costs = _expected(demo.path)
    central = {u for u in costs if not u.startswith("0301")}
    assert central, "the demo should hold some leases centrally"
    with demo.engine.connect() as conn:
        figs = compute_figures(conn, 2026, today=TODAY)
    _check(figs, rents, costs)
    o = figs[OSLO]
    assert o.rent_tenant_yearly > o.rent_tenant_leased_yearly > 0
    # A centrally held lease counts for Oslo and for no bydel.
    bydeler = sum(f.lease_cost_yearly for k, f in figs.items() if k != OSLO)
    assert o.lease_cost_yearly == pytest.approx(bydeler + sum(costs[u][0] for u in central))
    assert sum(costs[u][0] for u in central) > 0


def test_rents_as_of_equal_the_live_figures(demo) -> None:
    with demo.engine.connect() as conn:
        live = compute_figures(conn, 2026, today=TODAY)
        past = compute_figures(conn, 2026, today=date.today(), as_of=date.today())
    for scope in live:
        for key in ("rent_tenant_yearly", "rent_tenant_dwellings", "rent_tenant_missing",
                    "rent_tenant_leased_yearly"):
            assert getattr(past[scope], key) == pytest.approx(getattr(live[scope], key))


def test_an_ended_or_deleted_lease_costs_nothing(demo) -> None:
    with demo.engine.connect() as conn:
        before = compute_figures(conn, 2026, today=TODAY)
    with demo.session() as s:
        a = s.query(Agreement).filter(Agreement.kind == "lease",
                                      Agreement.monthly_rent.is_not(None),
                                      Agreement.end_date.is_(None)).first()
        assert a is not None
        unit, cost = a.holding_unit_code or a.district_code, a.monthly_rent
        a.end_date = date(2026, 1, 31)
    with demo.engine.connect() as conn:
        after = compute_figures(conn, 2026, today=TODAY)
    assert after[OSLO].lease_cost_yearly == pytest.approx(
        before[OSLO].lease_cost_yearly - 12 * cost)
    if unit in after:
        assert after[unit].lease_cost_yearly == pytest.approx(
            before[unit].lease_cost_yearly - 12 * cost)


def test_the_sheet_prints_the_rents(demo) -> None:
    from pypdf import PdfReader

    from boligreg.reports.factsheet import render_factsheet_bytes

    with demo.engine.connect() as conn:
        figs = compute_figures(conn, 2026, today=TODAY)
    for scope in ("030103", OSLO):
        f = figs[scope]
        assert f.rent_tenant_yearly > 0
        text = PdfReader(BytesIO(render_factsheet_bytes(figs, scope))).pages[0].extract_text()
        lines = [x.replace("\xa0", " ").strip() for x in text.splitlines()]
        for label, value in (("Husleie, utleide boliger", f.rent_tenant_yearly),
                             ("Innleiekostnad, aktive avtaler", f.lease_cost_yearly)):
            printed = lines[lines.index(label) + 1]
            assert int(printed.replace(" ", "")) == round(value), (scope, label)
