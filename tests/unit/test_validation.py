"""Form validation: every bad input gets one Norwegian message at its own field."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from boligreg.services import validation as v

TODAY = date(2025, 6, 1)

GOOD_DWELLING = {
    "property_id": "p1", "unit_number": "h 0101", "district_code": "030103",
    "tenure": "owned", "status": "occupied", "actual_use": "housing",
    "target_group": "ordinary", "area_m2": "54,5", "rooms": "2",
    "wheelchair_accessible": True, "vacant_since": "", "last_inspection": "1.2.2025",
    "note": "",
}
GOOD_PROPERTY = {
    "street_address": "Sandakerveien 10", "postcode": "0473", "district_code": "030103",
    "gnr": "75", "bnr": "10", "fnr": "", "snr": "", "owner_kind": "boligbygg",
    "owner_name": "Boligbygg Oslo KF", "owner_orgnr": "", "built_year": "1936",
}
GOOD_AGREEMENT = {
    "kind": "lease", "reference": "INN-1", "district_code": "030112",
    "landlord_name": "Utleie AS", "landlord_orgnr": "NO 985 987 246 MVA",
    "start_date": "01.01.2024", "end_date": "31.12.2027", "notice_months": "6",
    "monthly_rent": "14 500", "project_total_dwellings": "", "last_reviewed": "",
    "responsible_officer": "", "note": "",
}


def test_good_dwelling_is_typed_and_normalised() -> None:
    out = v.clean("dwelling", GOOD_DWELLING, TODAY)
    assert out.ok, out.errors
    assert out.values["unit_number"] == "H0101"
    assert out.values["area_m2"] == 54.5
    assert out.values["rooms"] == 2
    assert out.values["last_inspection"] == date(2025, 2, 1)
    assert out.values["vacant_since"] is None and out.values["note"] is None


@pytest.mark.parametrize(("field", "raw", "message"), [
    ("unit_number", "X0101", "Bruksenhetsnummer må begynne med H, U, K eller L"),
    ("unit_number", "", "Fyll ut bruksenhetsnummer"),
    ("area_m2", "-12", "Arealet kan ikke være negativt"),
    ("area_m2", "0", "Arealet må være større enn 0"),
    ("area_m2", "femti", "Skriv et tall, f.eks. 54,5"),
    ("rooms", "2,5", "Skriv et helt tall"),
    ("last_inspection", "31.02.2025", "Ugyldig dato – skriv dd.mm.åååå"),
    ("last_inspection", "02.06.2025", "Datoen kan ikke være fram i tid"),
    ("property_id", "", "Velg eiendom"),
    ("district_code", "030199", "Bydelskode 030199 betyr ukjent adresse, ikke en bydel"),
])
def test_bad_dwelling_fields(field, raw, message) -> None:
    out = v.clean("dwelling", {**GOOD_DWELLING, field: raw}, TODAY)
    assert out.errors == {field: message}
    assert field not in out.values


def test_vacant_needs_date_and_only_vacant_has_one() -> None:
    out = v.clean("dwelling", {**GOOD_DWELLING, "status": "vacant"}, TODAY)
    assert out.errors == {"vacant_since": "Oppgi når boligen ble ledig"}
    out = v.clean("dwelling", {**GOOD_DWELLING, "vacant_since": "01.05.2025"}, TODAY)
    assert "vacant_since" in out.errors


def test_property_rules() -> None:
    assert v.clean("property", GOOD_PROPERTY, TODAY).values["fnr"] == 0
    bad = v.clean("property", {**GOOD_PROPERTY, "postcode": "1300", "bnr": "",
                               "owner_orgnr": "985987247", "built_year": "2031"}, TODAY)
    assert bad.errors == {
        "postcode": "Postnummer 1300 er ikke i Oslo",
        "bnr": "Bruksnummer (bnr) mangler",
        "owner_orgnr": "Organisasjonsnummeret har feil kontrollsiffer",
        "built_year": "Byggeåret kan ikke være fram i tid",
    }
    unregistered = v.clean("property", {**GOOD_PROPERTY, "gnr": "", "bnr": ""}, TODAY)
    assert unregistered.ok


def test_agreement_rules() -> None:
    good = v.clean("agreement", GOOD_AGREEMENT, TODAY)
    assert good.ok, good.errors
    assert good.values["landlord_orgnr"] == "985987246"
    assert good.values["monthly_rent"] == 14500.0
    bad = v.clean("agreement", {**GOOD_AGREEMENT, "end_date": "31.12.2023",
                                "landlord_orgnr": "12345678", "monthly_rent": "-1"}, TODAY)
    assert bad.errors == {
        "end_date": "Sluttdatoen kan ikke være før startdatoen",
        "landlord_orgnr": "Organisasjonsnummer må ha 9 siffer, ikke 8",
        "monthly_rent": "Leien kan ikke være negativ",
    }


def test_responsibility_period() -> None:
    out = v.clean("maintenance_responsibility", {
        "scope": "exterior", "party": "boligbygg", "valid_from": "01.01.2025",
        "valid_to": "31.12.2024"}, TODAY)
    assert list(out.errors) == ["valid_to"]


def test_round_trip_raw() -> None:
    values = v.clean("agreement", GOOD_AGREEMENT, TODAY).values
    raw = v.to_raw("agreement", values)
    assert raw["start_date"] == "01.01.2024" and raw["monthly_rent"] == "14500"
    assert v.clean("agreement", raw, TODAY).values == values


def test_changes() -> None:
    base = {"area_m2": 54.5, "rooms": 2, "note": None, "fnr": 0,
            "vacant_since": date(2025, 1, 1), "wheelchair_accessible": False}
    new = {"area_m2": 54.5, "rooms": 3, "note": "", "fnr": 0,
           "vacant_since": date(2025, 1, 1) + timedelta(days=1), "wheelchair_accessible": False}
    assert v.changes(base, new) == {"rooms": 3, "vacant_since": date(2025, 1, 2)}
