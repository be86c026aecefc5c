"""Header matching: Norwegian and English names and variants; personal data kept out."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from boligreg.errors import ValidationError
from boligreg.services.importer import (
    FIELD_BY_NAME,
    Mapping,
    load_mapping,
    mapping_from_matches,
    match_columns,
    save_mapping,
    set_field,
)
from boligreg.services.importer.headers import column_letter

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data" / "kobo_import_columns.txt"


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Adresse", "street_address"), ("Gateadresse", "street_address"),
        ("Address", "street_address"),
        ("Postnr", "postcode"), ("Postnummer", "postcode"), ("Post nr.", "postcode"),
        ("Bruksenhetsnr", "unit_number"), ("Bruksenhetsnr.", "unit_number"),
        ("Leilighetsnr", "unit_number"), ("Leil.nr.", "unit_number"),
        ("Gnr", "gnr"), ("Bnr", "bnr"), ("Gnr/Bnr", "matrikkel"),
        ("gnr/bnr/fnr/snr", "matrikkel"),
        ("Bydel", "district"), ("Eierform", "tenure"), ("Disposisjonsform", "tenure"),
        ("Bruk", "actual_use"), ("Faktisk bruk", "actual_use"), ("Antall rom", "rooms"),
        ("BRA", "area_m2"), ("Areal", "area_m2"), ("Areal (m²)", "area_m2"),
        ("Ledig fra", "vacant_since"), ("Avtalenr", "agreement_reference"),
        ("Utleier", "landlord_name"), ("Org.nr", "landlord_orgnr"), ("Org. nr.", "landlord_orgnr"),
        ("Leie pr mnd", "monthly_rent"), ("Leie pr. mnd.", "monthly_rent"),
        ("Fra", "agreement_start"), ("Til", "agreement_end"),
        ("Sist gjennomgått", "last_reviewed"),
        ("Indre vedlikehold", "interior_responsible"),
        ("Ytre vedlikehold", "exterior_responsible"),
        # the field names themselves (what an export writes) and English labels
        ("street_address", "street_address"), ("unit_number", "unit_number"),
        ("monthly_rent", "monthly_rent"), ("wheelchair_accessible", "wheelchair_accessible"),
        # case and stray spaces
        ("  POSTNR ", "postcode"), ("antall  rom", "rooms"),
    ],
)
def test_known_headers(header: str, field: str) -> None:
    [m] = match_columns([header])
    assert (m.field, m.how) == (field, "exact")


@pytest.mark.parametrize(
    ("header", "field"),
    [("Bruksenhetsnumer", "unit_number"),  # typo
     ("Gateadressse", "street_address"),
     ("Adresse (gate og nr.)", "street_address")],
)
def test_close_spellings_are_guesses(header: str, field: str) -> None:
    [m] = match_columns([header])
    assert (m.field, m.how) == (field, "guess")


def test_every_field_name_matches_itself() -> None:
    matches = match_columns(list(FIELD_BY_NAME))
    assert [m.field for m in matches] == list(FIELD_BY_NAME)


@pytest.mark.parametrize("header", ["Navn", "Leietaker", "Leietakers navn", "Fødselsnummer",
                                    "Fødselsnr.", "Personnummer", "Beboer", "Telefon",
                                    "E-post", "hovedsoker", "Kontaktperson", "Fornavn"])
def test_personal_headers_are_refused(header: str) -> None:
    [m] = match_columns([header])
    assert m.field is None and m.personal
    assert "person" in m.note


def test_birth_numbers_are_refused_whatever_the_header() -> None:
    # "fnr" is festenummer in a matrikkel, but here it holds birth numbers (fictive ones).
    matches = match_columns(["Fnr", "Adresse"], [["01017012345", "31129954321", ""],
                                                 ["Sandakerveien 10"] * 3])
    assert matches[0].field is None and matches[0].personal
    assert matches[0].samples == ["(skjult)"]
    assert matches[1].field == "street_address"
    # a real festenummer column stays festenummer
    [m] = match_columns(["Fnr"], [[0, 0, 12]])
    assert m.field == "fnr"


def test_personal_column_cannot_be_mapped_by_hand() -> None:
    matches = match_columns(["Leietaker", "Adresse"])
    reason = set_field(matches, 0, "landlord_name")
    assert reason and "person" in reason
    assert matches[0].field is None


def test_each_field_takes_one_column() -> None:
    matches = match_columns(["Adresse", "Gateadresse"])
    assert matches[0].field == "street_address"
    assert matches[1].field is None and matches[1].how == "duplicate"
    assert "kolonne A" in matches[1].note
    # choosing the field for column B moves it there
    assert set_field(matches, 1, "street_address") is None
    assert [m.field for m in matches] == [None, "street_address"]


def test_kobo_columns_all_have_a_decision() -> None:
    headers = [ln.strip() for ln in SHARED.read_text(encoding="utf-8").splitlines()
               if ln.strip() and not ln.startswith("#")]
    matches = {m.header: m for m in match_columns(headers)}
    assert matches["gnrbnr"].field == "matrikkel"
    assert matches["gatenavn"].field == "street_name"
    assert matches["husnummer"].field == "house_number"
    assert matches["kobodisposisjonsform"].field == "tenure"
    assert matches["boligeiersnavn"].how == "ignored"  # per dwelling in Kobo, see headers.py
    assert matches["boligeiersorganisasjonsnummer"].how == "ignored"
    assert matches["HARPERSONALBASE"].field == "staff_base"
    assert matches["ekstrareferanse"].field == "id"
    assert matches["hovedsoker"].personal
    assert matches["boligeiersmobilnummer"].personal
    # the tenant's rent and the tenancy's start (issue 14)
    assert matches["manedsleie"].field == "tenant_rent"
    assert matches["leieforholdstartdato"].field == "tenancy_start"
    assert matches["leieforholdertidsubegrenset"].field == "tenancy_indefinite"
    undecided = [h for h, m in matches.items() if m.how in ("none", "guess")]
    assert undecided == []


def test_mapping_overrides_and_skips() -> None:
    mapping = Mapping(columns={"Kol1": "street_address", "Adresse": ""})
    matches = match_columns(["Kol1", "Adresse"], mapping=mapping)
    assert (matches[0].field, matches[0].how) == ("street_address", "mapping")
    assert (matches[1].field, matches[1].how) == (None, "ignored")


def test_mapping_json_round_trip(tmp_path: Path) -> None:
    matches = match_columns(["Gate", "Postnr", "Eierform", "Merknader"])
    set_field(matches, 0, "street_address")
    set_field(matches, 3, None)  # the user does not want the notes
    mapping = mapping_from_matches(matches, Mapping(values={"tenure": {"K": "owned"}}))
    path = tmp_path / "map.json"
    save_mapping(mapping, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data == {
        "columns": {"Gate": "street_address", "Postnr": "postcode", "Eierform": "tenure",
                    "Merknader": ""},
        "values": {"tenure": {"K": "owned"}},
    }
    again = match_columns(["Gate", "Postnr", "Eierform", "Merknader"], mapping=load_mapping(path))
    assert [m.field for m in again] == ["street_address", "postcode", "tenure", None]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{", "ikke gyldig JSON"),
        ('{"columns": {"A": "no_such_field"}}', "ukjent felt «no_such_field»"),
        ('{"values": {"nope": {}}}', "ukjent felt «nope»"),
        ('{"columns": [], "values": {}}', "må være JSON-objekter"),
        ('{"kolonner": {}}', "ukjent nøkkel"),
        ("[1, 2]", "JSON-objekt"),
    ],
)
def test_bad_mapping_files(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "map.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ValidationError, match=message):
        load_mapping(path)


def test_column_letters() -> None:
    assert [column_letter(i) for i in (0, 1, 25, 26, 27, 51, 52, 701, 702)] == \
        ["A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"]
