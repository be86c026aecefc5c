"""On the demo data every rule fires, and the planted anomalies are found exactly."""

from __future__ import annotations

from datetime import date

import pytest

from boligreg.services.audit import RULES, run_audit

TODAY = date(2026, 6, 1)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory):
    from boligreg.models import create_database
    from boligreg.services.demo import generate_demo

    db = create_database(tmp_path_factory.mktemp("demo") / "demo.db", user="test")
    summary = generate_demo(db, dwellings=3000, seed=2025, today=TODAY)
    result = run_audit(db, today=TODAY)
    yield summary, result
    db.close()


def test_every_rule_fires_on_a_small_demo(demo) -> None:
    _summary, result = demo
    assert {code for code, n in result.hits_by_rule.items() if n == 0} == set()
    assert set(result.hits_by_rule) == set(RULES)


def test_planted_anomalies_are_found(demo) -> None:
    """The demo plants each kind clear of every threshold (demo.py), so the counts match.

    Rules overlap where the data does: the dwellings of an expired lease have no active
    agreement either, so DWELLING_WITHOUT_AGREEMENT finds at least the planted ones.
    """
    summary, result = demo
    planted, hits = summary.anomalies, result.hits_by_rule
    uses = ("use_staff_base", "use_office", "use_storage", "use_other")
    assert hits["MISUSE"] == sum(planted[k] for k in uses)
    assert hits["VACANT_LONG"] == planted["vacant_over_90"] + planted["vacant_over_365"]
    assert hits["AGREEMENT_EXPIRED_IN_USE"] == planted["agreement_expired_in_use"]
    assert hits["AGREEMENT_UNMANAGED"] == (planted["agreement_never_reviewed"]
                                           + planted["agreement_review_overdue"])
    assert hits["AGREEMENT_EMPTY"] == planted["agreement_without_dwellings"]
    assert hits["MAINTENANCE_CONFLICT"] == planted["conflicting_responsibility"]
    assert hits["DUPLICATE"] == 2 * (planted["duplicate_same_district"]
                                     + planted["duplicate_cross_district"])
    assert hits["INSPECTION_OVERDUE"] == planted["inspection_over_3_years"]
    assert hits["REFERRAL_QUOTA"] == planted["referral_over_quota"]
    assert hits["DWELLING_WITHOUT_AGREEMENT"] >= planted["leased_without_agreement"]
    assert hits["INVALID_IDENTIFIER"] >= planted["invalid_unit_number"] + planted[
        "postbox_postcode"] + planted["invalid_orgnr"]
    if "tenancy_review_missing" in planted:
        assert hits["TENANCY_INDEFINITE"] == planted["tenancy_review_missing"]
