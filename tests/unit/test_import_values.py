"""Value parsers: cells as people type them, checked against independently built expectations.

The property tests feed arbitrary cells (text, numbers, dates, booleans, None) to every parser:
each must return a value of its type, None, or raise CellValueError — never anything else.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from boligreg.services.importer import FIELDS
from boligreg.services.importer.values import (
    CellValueError,
    parse_bool,
    parse_date,
    parse_decimal,
    parse_district,
    parse_enum,
    parse_id,
    parse_int,
    parse_matrikkel_cell,
    parse_municipality,
    parse_orgnr,
    parse_postcode,
    parse_rooms,
    parse_text,
    parse_unit,
)

# --- dates -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("05.01.2024", date(2024, 1, 5)),
        ("5.1.2024", date(2024, 1, 5)),
        (" 05.01.2024 ", date(2024, 1, 5)),
        ("05/01/2024", date(2024, 1, 5)),
        ("05-01-2024", date(2024, 1, 5)),
        ("05.01.24", date(2024, 1, 5)),
        ("05.01.67", date(1967, 1, 5)),
        ("2024-01-05", date(2024, 1, 5)),
        ("2024-01-05T00:00:00", date(2024, 1, 5)),
        ("2024-01-05 13:45:00", date(2024, 1, 5)),
        ("05.01.2024 13:45", date(2024, 1, 5)),
        ("5. januar 2024", date(2024, 1, 5)),
        ("5 des 2023", date(2023, 12, 5)),
        ("20240105", date(2024, 1, 5)),
        (45296, date(2024, 1, 5)),  # Excel serial
        (45296.75, date(2024, 1, 5)),  # serial with a time of day
        ("45296", date(2024, 1, 5)),  # a serial that went through CSV
        (date(2024, 1, 5), date(2024, 1, 5)),
        (datetime(2024, 1, 5, 8, 30), date(2024, 1, 5)),
        ("", None),
        ("   ", None),
        (None, None),
    ],
)
def test_dates_as_typed(raw, expected) -> None:
    assert parse_date(raw) == expected


@pytest.mark.parametrize("raw", ["31.02.2024", "2024", "i fjor", "05.13.2024", True, 12,
                                 "01.01.1700", "1.1.2300", "5. smarch 2024"])
def test_bad_dates_are_refused_with_a_message(raw) -> None:
    with pytest.raises(CellValueError) as exc:
        parse_date(raw)
    assert str(exc.value)  # a Norwegian sentence, never empty


def excel_serial(d: date) -> int:
    """Independent: Excel counts days from 1 Jan 1900 = 1 and wrongly includes 29 Feb 1900."""
    return (d - date(1900, 1, 1)).days + 2


@given(st.dates(min_value=date(1928, 1, 1), max_value=date(2100, 12, 31)))
def test_excel_serials_round_trip(d: date) -> None:
    assert parse_date(excel_serial(d)) == d
    assert parse_date(float(excel_serial(d))) == d


@given(st.dates(min_value=date(1850, 1, 1), max_value=date(2100, 12, 31)))
def test_norwegian_and_iso_text_dates(d: date) -> None:
    assert parse_date(f"{d.day:02d}.{d.month:02d}.{d.year}") == d
    assert parse_date(f"{d.day}.{d.month}.{d.year}") == d
    assert parse_date(d.isoformat()) == d


# --- numbers ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("15 500,50", 15500.5),
        ("15\u00a0500,50", 15500.5),  # non-breaking space, as Excel writes it
        ("15.500,50", 15500.5),
        ("15500.50", 15500.5),
        ("1,234.5", 1234.5),
        ("12 000,-", 12000.0),
        ("kr 9 000", 9000.0),
        ("65 m²", 65.0),
        ("65,5 kvm", 65.5),
        ("1.500.000", 1500000.0),
        ("-3,5", -3.5),
        (42, 42.0),
        (42.25, 42.25),
        ("", None),
    ],
)
def test_decimals_as_typed(raw, expected) -> None:
    assert parse_decimal(raw) == pytest.approx(expected) if expected is not None \
        else parse_decimal(raw) is None


@given(st.decimals(min_value=0, max_value=10_000_000, places=2, allow_nan=False))
def test_norwegian_formatted_amounts_round_trip(amount) -> None:
    # Independent formatting: thousands with space, decimal comma ("15 500,50").
    text = f"{amount:,.2f}".replace(",", " ").replace(".", ",")
    assert parse_decimal(text) == pytest.approx(float(amount))


@pytest.mark.parametrize("raw", ["femti", "1,2,3.4.5", "12,5,0.0", True, date(2024, 1, 1)])
def test_bad_numbers(raw) -> None:
    with pytest.raises(CellValueError):
        parse_decimal(raw)


def test_bounds_and_whole_numbers() -> None:
    with pytest.raises(CellValueError, match="større"):
        parse_decimal("5000", high=2000, what="Arealet")
    assert parse_int("3,0") == 3
    with pytest.raises(CellValueError, match="helt tall"):
        parse_int("3,5")
    assert parse_rooms("3-roms") == 3
    assert parse_rooms("2 rom") == 2
    assert parse_rooms(4.0) == 4
    with pytest.raises(CellValueError):
        parse_rooms("0")


# --- yes / no --------------------------------------------------------------------------------


@pytest.mark.parametrize("raw", ["ja", "Ja", " JA ", "j", "x", "X", "1", 1, 1.0, True, "yes",
                                 "✓", "sann"])
def test_true(raw) -> None:
    assert parse_bool(raw) is True


@pytest.mark.parametrize("raw", ["nei", "Nei", "n", "0", 0, 0.0, False, "no", "-", "usann"])
def test_false(raw) -> None:
    assert parse_bool(raw) is False


@pytest.mark.parametrize("raw", ["kanskje", 2, "ja takk"])
def test_bool_refuses_other_words(raw) -> None:
    with pytest.raises(CellValueError, match="ja eller nei"):
        parse_bool(raw)


def test_blank_bool_is_none() -> None:
    assert parse_bool("") is None and parse_bool(None) is None


# --- bydel -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("3", "030103"), ("03", "030103"), (3, "030103"), (3.0, "030103"),
        ("030103", "030103"), (30103, "030103"), ("0301-03", "030103"),
        ("Sagene", "030103"), ("Bydel Sagene", "030103"), ("bydel sagene", "030103"),
        ("  SAGENE ", "030103"),
        ("St. Hanshaugen", "030104"), ("St.Hanshaugen", "030104"), ("St Hanshaugen", "030104"),
        ("Bydel St. Hanshaugen", "030104"),
        ("Grünerløkka", "030102"), ("Grunerlokka", "030102"),
        ("Søndre Nordstrand", "030115"), ("Bydel 15", "030115"),
        ("Østensjø", "030113"),
    ],
)
def test_district_by_number_code_or_name(raw, expected) -> None:
    assert parse_district(raw) == expected


@pytest.mark.parametrize("raw", ["Bærum", "18", "99", "030199", 3.5, "Bydel"])
def test_unknown_district(raw) -> None:
    with pytest.raises(CellValueError, match="Ukjent bydel"):
        parse_district(raw)


@pytest.mark.parametrize("raw", ["Sentrum", "16", "Marka", "030117"])
def test_sentrum_and_marka_have_no_dwellings(raw) -> None:
    with pytest.raises(CellValueError, match="ingen kommunale boliger"):
        parse_district(raw)


# --- words for tenure, status and use --------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "raw", "expected"),
    [
        ("tenure", "Eid", "owned"), ("tenure", "kommunal", "owned"),
        ("tenure", "Eid av kommunen", "owned"), ("tenure", "innleid", "leased"),
        ("tenure", "Innleie", "leased"), ("tenure", "tilvisning", "referral"),
        ("tenure", "owned", "owned"),
        ("status", "Utleid", "occupied"), ("status", "ledig", "vacant"),
        ("status", "Under rehabilitering", "refurbishment"), ("status", "rehab", "refurbishment"),
        ("status", "skal selges", "to_be_sold"), ("status", "Reservert", "reserved"),
        ("actual_use", "Bolig", "housing"), ("actual_use", "personalbase", "staff_base"),
        ("actual_use", "Kontor", "office"), ("actual_use", "lager", "storage"),
        ("actual_use", "annet", "other"),
        ("target_group", "Rus og psykisk helse", "mental_health_substance"),
        ("target_group", "omsorgsbolig", "elderly"),
        ("agreement_kind", "Innleieavtale", "lease"),
        ("agreement_kind", "tilvisningsavtale", "referral"),
        ("interior_responsible", "Bydelen", "district"),
        ("exterior_responsible", "borettslag", "housing_coop"),
        ("exterior_responsible", "Boligbygg Oslo KF", "boligbygg"),
    ],
)
def test_norwegian_words(field, raw, expected) -> None:
    spec = next(f for f in FIELDS if f.name == field)
    assert spec.parse(raw) == expected
    assert parse_enum(raw, spec.enum) == expected


def test_unknown_word_lists_the_choices() -> None:
    spec = next(f for f in FIELDS if f.name == "tenure")
    with pytest.raises(CellValueError) as exc:
        spec.parse("leasing-ish")
    assert "Eid, Innleid, Tilvisning" in str(exc.value)


# --- identifiers -----------------------------------------------------------------------------


def test_postcodes() -> None:
    assert parse_postcode("0473") == "0473"
    assert parse_postcode(473) == "0473"  # Excel dropped the leading zero
    assert parse_postcode(473.0) == "0473"
    assert parse_postcode("473") == "0473"
    assert parse_postcode(" 0473 ") == "0473"
    with pytest.raises(CellValueError, match="ikke i Oslo"):
        parse_postcode("5003")
    with pytest.raises(CellValueError, match="postboks"):
        parse_postcode("0101")  # Oslo post-box number


def test_unit_orgnr_matrikkel_municipality_id() -> None:
    assert parse_unit("h 0101") == "H0101"
    with pytest.raises(CellValueError):
        parse_unit("X0101")
    assert parse_orgnr("NO 985 987 246 MVA") == "985987246"
    assert parse_orgnr(985987246) == "985987246"
    with pytest.raises(CellValueError, match="kontrollsiffer"):
        parse_orgnr("985987247")
    assert parse_matrikkel_cell("208/112") == (208, 112, 0, 0)
    assert parse_matrikkel_cell("0301-208/112/0/3") == (208, 112, 0, 3)
    with pytest.raises(CellValueError):
        parse_matrikkel_cell("208")
    assert parse_municipality(301) == "0301"
    assert parse_municipality("Oslo") == "0301"
    with pytest.raises(CellValueError, match="ikke Oslo"):
        parse_municipality("3024")
    assert parse_id("0B9E3A2C-1D2E-4F50-8A6B-7C8D9E0F1A2B") == \
        "0b9e3a2c-1d2e-4f50-8a6b-7c8d9e0f1a2b"
    with pytest.raises(CellValueError):
        parse_id("12")


def test_text_collapses_spaces_and_keeps_numbers_readable() -> None:
    assert parse_text("  Thorvald   Meyers gate 12 ") == "Thorvald Meyers gate 12"
    assert parse_text(12.0) == "12"
    with pytest.raises(CellValueError, match="for lang"):
        parse_text("x" * 300)


# --- no parser ever crashes ------------------------------------------------------------------

cells = st.one_of(
    st.none(),
    st.text(max_size=40),
    st.text(alphabet="0123456789 .,-/:;xXjJaAnNeEiIkrKR²m", max_size=25),
    st.integers(min_value=-10**12, max_value=10**12),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.dates(),
    st.datetimes(),
)


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(FIELDS), cells)
@example(FIELDS[0], float("nan"))
@example(next(f for f in FIELDS if f.name == "monthly_rent"), "1" * 400)
@example(next(f for f in FIELDS if f.name == "vacant_since"), float("inf"))
@example(next(f for f in FIELDS if f.name == "district"), 1e300)
def test_every_field_parser_returns_or_explains(spec, raw) -> None:
    try:
        value = spec.parse(raw)
    except CellValueError as exc:
        assert str(exc).strip(), "an error must say what is wrong"
        return
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        assert value is None
    assert value is None or isinstance(value, str | int | float | bool | date | tuple)


def test_serials_read_like_excel_shows_them() -> None:
    # 1 Jan 2024 is serial 45292 in Excel; 1 Mar 1900 is 61 (after the fictive 29 Feb 1900).
    assert parse_date(45292) == date(2024, 1, 1)
    assert date(1899, 12, 30) + timedelta(days=61) == date(1900, 3, 1)
