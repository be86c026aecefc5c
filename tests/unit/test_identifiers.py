"""Identifier checks against rules recomputed here independently (see data/facts.md)."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

from boligreg.resources import resource_path
from boligreg.services.identifiers import (
    check_district_code,
    check_matrikkel,
    check_orgnr,
    check_postcode,
    check_unit_number,
    format_unit_number,
    is_dwelling_postcode,
    is_valid_orgnr,
    is_valid_unit_number,
    normalize_orgnr,
    normalize_postcode,
    normalize_unit_number,
    orgnr_check_digit,
    parse_matrikkel,
    parse_unit_number,
)

# --- Organisasjonsnummer ------------------------------------------------------------------
# Independent formulation: with the check digit weighted 1, a number is valid exactly when the
# weighted sum of all nine digits is 0 mod 11 (r=1 would need check digit 10, which is no digit).
FULL_WEIGHTS = (3, 2, 7, 6, 5, 4, 3, 2, 1)
BAD_CHECK = "Organisasjonsnummeret har feil kontrollsiffer"


def reference_valid(orgnr: str) -> bool:
    return (
        len(orgnr) == 9
        and orgnr.isdigit()
        and (sum(w * int(d) for w, d in zip(FULL_WEIGHTS, orgnr, strict=True)) % 11 == 0)
    )


eight_digits = st.text(alphabet="0123456789", min_size=8, max_size=8)
nine_digits = st.text(alphabet="0123456789", min_size=9, max_size=9)


@st.composite
def valid_orgnrs(draw: st.DrawFn) -> str:
    first8 = draw(eight_digits)
    r = sum(w * int(d) for w, d in zip(FULL_WEIGHTS[:8], first8, strict=True)) % 11
    assume(r != 1)
    return first8 + str((11 - r) % 11)


@pytest.mark.parametrize(
    "orgnr",
    [
        "985987246",  # Omsorgsbygg Oslo KF (facts.md)
        "974778742",  # Oslo kommune
    ],
)
def test_real_orgnrs_are_valid(orgnr: str) -> None:
    assert reference_valid(orgnr)  # the example itself is right, by the independent rule
    assert check_orgnr(orgnr) is None
    assert is_valid_orgnr(orgnr)


@given(valid_orgnrs())
@example("985987246")
def test_generated_orgnr_is_valid(orgnr: str) -> None:
    assert check_orgnr(orgnr) is None


@given(nine_digits)
def test_orgnr_check_agrees_with_reference(orgnr: str) -> None:
    assert is_valid_orgnr(orgnr) == reference_valid(orgnr)


@given(eight_digits)
def test_check_digit_none_exactly_when_remainder_one(first8: str) -> None:
    valid = [d for d in "0123456789" if reference_valid(first8 + d)]
    expected = int(valid[0]) if valid else None
    assert len(valid) <= 1
    assert orgnr_check_digit(first8) == expected


@given(valid_orgnrs())
@example("985987246")
def test_every_single_digit_error_is_detected(orgnr: str) -> None:
    # Weights 1..7 are all units mod 11 and a digit changes by 1..9, so the sum must move.
    for pos in range(9):
        for digit in "0123456789":
            if digit != orgnr[pos]:
                changed = orgnr[:pos] + digit + orgnr[pos + 1 :]
                assert check_orgnr(changed) == BAD_CHECK, changed


@given(valid_orgnrs())
@example("985987246")
def test_every_adjacent_transposition_is_detected(orgnr: str) -> None:
    # Neighbouring weights (3,2,7,6,5,4,3,2,1) always differ, so a swap of different digits
    # moves the sum by (a-b)(w_i-w_j), which is nonzero mod 11.
    for pos in range(8):
        a, b = orgnr[pos], orgnr[pos + 1]
        if a != b:
            swapped = orgnr[:pos] + b + a + orgnr[pos + 2 :]
            assert check_orgnr(swapped) == BAD_CHECK, swapped


@given(valid_orgnrs())
def test_swaps_between_equal_weights_go_undetected(orgnr: str) -> None:
    """The limit of mod 11 with these weights: digits 1 and 7 (both weight 3) and 2 and 8
    (both weight 2) can be swapped without changing the check digit."""
    for i, j in ((0, 6), (1, 7)):
        chars = list(orgnr)
        chars[i], chars[j] = chars[j], chars[i]
        assert is_valid_orgnr("".join(chars))


def test_known_undetected_swap() -> None:
    assert is_valid_orgnr("985987246")
    assert is_valid_orgnr("285987946")  # 1st and 7th digit swapped


@pytest.mark.parametrize(
    ("typed", "digits"),
    [
        ("985 987 246", "985987246"),
        ("NO 985987246 MVA", "985987246"),
        ("no985.987.246mva", "985987246"),
        ("985\u00a0987\u00a0246", "985987246"),
        (" 974778742 ", "974778742"),
    ],
)
def test_normalize_orgnr(typed: str, digits: str) -> None:
    assert normalize_orgnr(typed) == digits
    assert check_orgnr(typed) is None


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (None, "Organisasjonsnummer mangler"),
        ("  ", "Organisasjonsnummer mangler"),
        ("98598724", "Organisasjonsnummer må ha 9 siffer, ikke 8"),
        ("9859872460", "Organisasjonsnummer må ha 9 siffer, ikke 10"),
        ("98598724X", "Organisasjonsnummer kan bare inneholde siffer"),
        ("９８５９８７２４６", "Organisasjonsnummer kan bare inneholde siffer"),  # full-width
        ("985987247", BAD_CHECK),
    ],
)
def test_orgnr_messages(value: str | None, message: str) -> None:
    assert check_orgnr(value) == message
    assert not is_valid_orgnr(value)


def test_orgnr_with_remainder_one_has_no_valid_check_digit() -> None:
    first8 = next(
        f"{n:08d}"
        for n in range(1000)
        if sum(w * int(d) for w, d in zip(FULL_WEIGHTS[:8], f"{n:08d}", strict=True)) % 11 == 1
    )
    assert orgnr_check_digit(first8) is None
    assert all(check_orgnr(first8 + d) == BAD_CHECK for d in "0123456789")


@pytest.mark.parametrize("bad", ["1234567", "123456789", "1234567a", ""])
def test_check_digit_rejects_wrong_input(bad: str) -> None:
    with pytest.raises(ValueError):
        orgnr_check_digit(bad)


# --- Bruksenhetsnummer --------------------------------------------------------------------

levels = st.sampled_from("HUKL")
floors = st.integers(min_value=1, max_value=99)
units = st.integers(min_value=1, max_value=99)


@given(levels, floors, units)
def test_unit_number_round_trip(level: str, floor: int, unit: int) -> None:
    text = format_unit_number(level, floor, unit)
    assert text == level + str(floor).zfill(2) + str(unit).zfill(2)
    assert check_unit_number(text) is None
    assert parse_unit_number(text) == (level, floor, unit)


@given(levels, floors, units, st.sampled_from(["", " ", "  ", "\u00a0"]))
def test_unit_number_typed_loosely_normalizes(level: str, floor: int, unit: int, gap: str) -> None:
    canonical = f"{level}{floor:02d}{unit:02d}"
    typed = f"{gap}{level.lower()}{gap}{floor:02d}{gap}{unit:02d}{gap}"
    assert normalize_unit_number(typed) == canonical
    assert is_valid_unit_number(typed)
    assert parse_unit_number(typed) == (level, floor, unit)


@given(st.text(max_size=7))
def test_unit_number_check_agrees_with_regex(text: str) -> None:
    norm = "".join(text.split()).upper()
    expected = (
        re.fullmatch(r"[HUKL][0-9]{4}", norm) is not None and norm[1:3] != "00" and norm[3:] != "00"
    )
    assert is_valid_unit_number(text) == expected


@pytest.mark.parametrize("value", ["H0101", "U0101", "K0101", "L0101", "H0401", "H9999", "h0203"])
def test_valid_unit_numbers(value: str) -> None:
    assert check_unit_number(value) is None


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (None, "Bruksenhetsnummer mangler"),
        ("", "Bruksenhetsnummer mangler"),
        ("A0101", "Bruksenhetsnummer må begynne med H, U, K eller L"),
        ("0101", "Bruksenhetsnummer må begynne med H, U, K eller L"),
        ("H101", "Bruksenhetsnummer må være en bokstav og 4 siffer, f.eks. H0101"),
        ("H01011", "Bruksenhetsnummer må være en bokstav og 4 siffer, f.eks. H0101"),
        ("H01O1", "Bruksenhetsnummer må være en bokstav og 4 siffer, f.eks. H0101"),
        ("H0001", "Etasjen i bruksenhetsnummeret kan ikke være 00"),
        ("H0100", "Nummeret i etasjen (to siste siffer) kan ikke være 00"),
    ],
)
def test_unit_number_messages(value: str | None, message: str) -> None:
    assert check_unit_number(value) == message
    assert not is_valid_unit_number(value)


@pytest.mark.parametrize(("level", "floor", "unit"), [("X", 1, 1), ("H", 0, 1), ("H", 1, 100)])
def test_format_unit_number_refuses_bad_parts(level: str, floor: int, unit: int) -> None:
    with pytest.raises(ValueError):
        format_unit_number(level, floor, unit)


def test_parse_unit_number_raises_the_message() -> None:
    with pytest.raises(ValueError, match="kan ikke være 00"):
        parse_unit_number("H0001")


# --- Matrikkel ----------------------------------------------------------------------------

# (name in messages, lowest, highest) from facts.md, written out again here.
PARTS = {"gnr": (1, 99999), "bnr": (1, 9999), "fnr": (0, 9999), "snr": (0, 999)}
BASE = {"gnr": 208, "bnr": 112, "fnr": 0, "snr": 0}


@pytest.mark.parametrize("part", list(PARTS))
def test_matrikkel_boundaries(part: str) -> None:
    low, high = PARTS[part]
    for value in (low, high):
        assert check_matrikkel(**{**BASE, part: value}) is None
        assert check_matrikkel(**{**BASE, part: str(value)}) is None
    for value in (low - 1, high + 1):
        message = check_matrikkel(**{**BASE, part: value})
        assert message is not None
        assert f"({part})" in message
        assert f"mellom {low} og {high}" in message


@given(st.integers(1, 99999), st.integers(1, 9999), st.integers(0, 9999), st.integers(0, 999))
def test_matrikkel_in_range_accepted_and_parsed(gnr: int, bnr: int, fnr: int, snr: int) -> None:
    assert check_matrikkel(gnr, bnr, fnr, snr) is None
    assert parse_matrikkel(f"{gnr}/{bnr}/{fnr}/{snr}") == (gnr, bnr, fnr, snr)
    assert parse_matrikkel(f"0301-{gnr}/{bnr}/{fnr}/{snr}") == (gnr, bnr, fnr, snr)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((None, 1), "Gårdsnummer (gnr) mangler"),
        (("", 1), "Gårdsnummer (gnr) mangler"),
        ((1, " "), "Bruksnummer (bnr) mangler"),
        (("2O8", 1), "Gårdsnummer (gnr) må være et helt tall"),
        ((True, 1), "Gårdsnummer (gnr) må være et helt tall"),
        ((208.5, 1), "Gårdsnummer (gnr) må være et helt tall"),
        ((208, 112, "x"), "Festenummer (fnr) må være et helt tall"),
        ((208, 112, 0, -1), "Seksjonsnummer (snr) må være mellom 0 og 999"),
        ((0, 112), "Gårdsnummer (gnr) må være mellom 1 og 99999"),
    ],
)
def test_matrikkel_messages(args: tuple, message: str) -> None:
    assert check_matrikkel(*args) == message


def test_matrikkel_blank_optional_parts_mean_none() -> None:
    assert check_matrikkel("208", " 112 ", None, "") is None
    assert check_matrikkel(208.0, 112.0) is None  # as spreadsheet readers deliver numbers


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("208/112", (208, 112, 0, 0)),
        ("208/112/0/3", (208, 112, 0, 3)),
        ("208/112/5", (208, 112, 5, 0)),
        ("0301-208/112", (208, 112, 0, 0)),
        (" 0301 - 208 / 112 / 0 / 3 ", (208, 112, 0, 3)),
    ],
)
def test_parse_matrikkel(text: str, parts: tuple[int, int, int, int]) -> None:
    assert parse_matrikkel(text) == parts


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "Matrikkelnummer mangler"),
        ("208", "Matrikkelnummer skrives gnr/bnr"),
        ("208-112", "Matrikkelnummer skrives gnr/bnr"),
        ("208/112/0/3/1", "Matrikkelnummer skrives gnr/bnr"),
        ("0219-208/112", r"Kommunenummer 0219 er ikke Oslo \(0301\)"),
        ("0/112", r"Gårdsnummer \(gnr\) må være mellom 1 og 99999"),
        ("208/10000", r"Bruksnummer \(bnr\) må være mellom 1 og 9999"),
        ("208/112/0/1000", r"Seksjonsnummer \(snr\) må være mellom 0 og 999"),
    ],
)
def test_parse_matrikkel_refuses(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_matrikkel(text)


# --- Postnummer ---------------------------------------------------------------------------


def register() -> dict[str, str]:
    """postnummer_oslo.tsv read directly: postcode → category."""
    out: dict[str, str] = {}
    for line in resource_path("postnummer_oslo.tsv").read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) >= 5 and cols[0].isdigit():
            out[cols[0]] = cols[4]
    return out


REGISTER = register()


def test_register_is_oslos_633() -> None:
    assert len(REGISTER) == 633
    assert set(REGISTER.values()) == {"G", "B", "P", "S"}


@pytest.mark.parametrize("code", sorted(c for c, cat in REGISTER.items() if cat in "GB"))
def test_street_postcodes_accepted(code: str) -> None:
    assert check_postcode(code) is None
    assert is_dwelling_postcode(code)


@pytest.mark.parametrize("code", sorted(c for c, cat in REGISTER.items() if cat in "PS"))
def test_post_box_and_service_postcodes_refused(code: str) -> None:
    expected = f"Postnummer {code} er et postboks-/servicenummer, ikke en boligadresse"
    assert check_postcode(code) == expected
    assert not is_dwelling_postcode(code)


@given(st.text(alphabet="0123456789", min_size=4, max_size=4))
@example("1234")
@example("0000")
def test_postcode_outside_register_refused(code: str) -> None:
    assume(code not in REGISTER)
    assert check_postcode(code) == f"Postnummer {code} er ikke i Oslo"


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (None, "Postnummer mangler"),
        (" ", "Postnummer mangler"),
        ("101", "Postnummer må ha 4 siffer"),
        ("01010", "Postnummer må ha 4 siffer"),
        ("O150", "Postnummer må ha 4 siffer"),
        ("0101", "Postnummer 0101 er et postboks-/servicenummer, ikke en boligadresse"),
        ("1234", "Postnummer 1234 er ikke i Oslo"),
    ],
)
def test_postcode_messages(value: str | None, message: str) -> None:
    assert check_postcode(value) == message


def test_postcode_typed_with_spaces() -> None:
    assert check_postcode(" 0150 ") is None
    assert check_postcode("01 50") is None


def test_normalize_postcode_restores_leading_zeros_of_numbers() -> None:
    assert normalize_postcode(150) == "0150"
    assert normalize_postcode(" 0150 ") == "0150"
    assert normalize_postcode("150") == "150"  # a string keeps what was typed


# --- Bydel --------------------------------------------------------------------------------


@pytest.mark.parametrize("n", range(1, 18))
def test_district_codes_accepted(n: int) -> None:
    assert check_district_code(f"0301{n:02d}") is None


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (None, "Bydelskode mangler"),
        ("", "Bydelskode mangler"),
        ("01", "Bydelskode må ha 6 siffer, f.eks. 030101"),
        ("0301", "Bydelskode må ha 6 siffer, f.eks. 030101"),
        ("46010A", "Bydelskode må ha 6 siffer, f.eks. 030101"),
        ("460101", "Bydelskode 460101 er ikke i Oslo (må begynne med 0301)"),
        ("030199", "Bydelskode 030199 betyr ukjent adresse, ikke en bydel"),
        ("030100", "Bydelskode 030100 finnes ikke (gyldige er 030101–030117)"),
        ("030118", "Bydelskode 030118 finnes ikke (gyldige er 030101–030117)"),
    ],
)
def test_district_code_messages(value: str | None, message: str) -> None:
    assert check_district_code(value) == message


# --- Layering -----------------------------------------------------------------------------


def test_identifiers_load_neither_qt_nor_sqlalchemy() -> None:
    code = (
        "import sys, boligreg.services.identifiers\n"
        "bad = [m for m in ('PySide6', 'sqlalchemy') if m in sys.modules]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
