"""Checks for the identifiers a dwelling record carries (rules and sources: data/facts.md).

Every ``check_*`` returns ``None`` when the value is valid and otherwise one short Norwegian
message, ready to show at a form field or an import row. The checks accept what people type
(spaces, lower case, "NO … MVA"): store the ``normalize_*`` form of a value that passed.
A blank value is reported as missing; a caller with an optional field skips the check itself.

Pure Python: no Qt, no SQLAlchemy, so the forms, the importer and the audit share one set of rules.
"""

from __future__ import annotations

import re

from ..i18n import QT_TRANSLATE_NOOP, translate
from ..resources import districts, oslo_postcodes

__all__ = [
    "OSLO_KOMMUNENR",
    "check_district_code",
    "check_matrikkel",
    "check_orgnr",
    "check_postcode",
    "check_unit_number",
    "format_unit_number",
    "is_dwelling_postcode",
    "is_valid_orgnr",
    "is_valid_unit_number",
    "normalize_orgnr",
    "normalize_postcode",
    "normalize_unit_number",
    "orgnr_check_digit",
    "parse_matrikkel",
    "parse_unit_number",
]

OSLO_KOMMUNENR = "0301"

_DIGITS = "0123456789"


def _is_digits(text: str) -> bool:
    """ASCII digits only: ``str.isdigit`` also accepts "²" and other scripts' digits."""
    return bool(text) and all(ch in _DIGITS for ch in text)


def _squeeze(value: str) -> str:
    """Drop all whitespace, including the non-breaking spaces spreadsheets are full of."""
    return "".join(value.split())


# --- Organisasjonsnummer ------------------------------------------------------------------

_ORGNR_WEIGHTS = (3, 2, 7, 6, 5, 4, 3, 2)
_ORGNR_NO_PREFIX = re.compile(r"^NO", re.IGNORECASE)
_ORGNR_MVA_SUFFIX = re.compile(r"MVA$", re.IGNORECASE)


def normalize_orgnr(value: str) -> str:
    """The bare digits of an orgnr as people write it: "985 987 246", "NO 985.987.246 MVA"."""
    text = _squeeze(value).replace(".", "")
    text = _ORGNR_NO_PREFIX.sub("", text)
    return _ORGNR_MVA_SUFFIX.sub("", text)


def orgnr_check_digit(first8: str) -> int | None:
    """Modulus-11 check digit for the first 8 digits; ``None`` when no valid number exists (r=1).

    Raises ValueError unless ``first8`` is exactly 8 ASCII digits.
    """
    if len(first8) != 8 or not _is_digits(first8):
        raise ValueError(f"Ventet 8 siffer, fikk {first8!r}")
    r = sum(w * int(d) for w, d in zip(_ORGNR_WEIGHTS, first8, strict=True)) % 11
    if r == 0:
        return 0
    if r == 1:
        return None
    return 11 - r


def check_orgnr(value: str | None) -> str | None:
    """``None`` if ``value`` is a valid organisasjonsnummer (after normalising), else why not.

    Only the length and the modulus-11 check digit are checked (facts.md); that the number is
    registered in Enhetsregisteret is not something a checksum can tell.
    """
    if value is None or not _squeeze(value):
        return translate("Identifiers", "Organisasjonsnummer mangler")
    digits = normalize_orgnr(value)
    if digits and not _is_digits(digits):
        return translate("Identifiers", "Organisasjonsnummer kan bare inneholde siffer")
    if len(digits) != 9:
        return translate("Identifiers", "Organisasjonsnummer må ha 9 siffer, ikke {n}").format(
            n=len(digits))
    if orgnr_check_digit(digits[:8]) != int(digits[8]):
        return translate("Identifiers", "Organisasjonsnummeret har feil kontrollsiffer")
    return None


def is_valid_orgnr(value: str | None) -> bool:
    """True if :func:`check_orgnr` finds nothing wrong."""
    return check_orgnr(value) is None


# --- Bruksenhetsnummer --------------------------------------------------------------------

UNIT_LEVELS = "HUKL"  # hovedetasje, underetasje, kjeller, loft
_UNIT_RE = re.compile(r"^([HUKL])([0-9]{2})([0-9]{2})$")


def normalize_unit_number(value: str) -> str:
    """Upper case without spaces: "h 0101" → "H0101"."""
    return _squeeze(value).upper()


def check_unit_number(value: str | None) -> str | None:
    """``None`` if ``value`` is a valid bruksenhetsnummer (after normalising), else why not.

    Floors and units are numbered from 01 (a one-dwelling house is H0101), so neither the
    floor nor the unit may be 00.
    """
    if value is None or not _squeeze(value):
        return translate("Identifiers", "Bruksenhetsnummer mangler")
    text = normalize_unit_number(value)
    if text[0] not in UNIT_LEVELS:
        return translate("Identifiers", "Bruksenhetsnummer må begynne med H, U, K eller L")
    match = _UNIT_RE.match(text)
    if match is None:
        return translate("Identifiers",
                         "Bruksenhetsnummer må være en bokstav og 4 siffer, f.eks. H0101")
    if match.group(2) == "00":
        return translate("Identifiers", "Etasjen i bruksenhetsnummeret kan ikke være 00")
    if match.group(3) == "00":
        return translate("Identifiers", "Nummeret i etasjen (to siste siffer) kan ikke være 00")
    return None


def is_valid_unit_number(value: str | None) -> bool:
    """True if :func:`check_unit_number` finds nothing wrong."""
    return check_unit_number(value) is None


def parse_unit_number(value: str) -> tuple[str, int, int]:
    """(level letter, floor, unit on the floor): "H0402" → ("H", 4, 2); ValueError if invalid."""
    error = check_unit_number(value)
    if error is not None:
        raise ValueError(error)
    text = normalize_unit_number(value)
    return text[0], int(text[1:3]), int(text[3:5])


def format_unit_number(level: str, floor: int, unit: int) -> str:
    """The bruksenhetsnummer for its parts: ("H", 4, 2) → "H0402"; ValueError if invalid."""
    if level not in UNIT_LEVELS or not (1 <= floor <= 99 and 1 <= unit <= 99):
        raise ValueError(f"Ugyldig bruksenhetsnummer: {level!r}, etasje {floor}, nummer {unit}")
    return f"{level}{floor:02d}{unit:02d}"


# --- Matrikkel ----------------------------------------------------------------------------

# (name, abbreviation, lowest, highest) — facts.md: gnr ≤ 5 digits > 0, bnr ≤ 4 digits > 0,
# fnr ≤ 4 digits (0 = none), snr ≤ 3 digits (0 = none).
_MATRIKKEL_PARTS = (
    (QT_TRANSLATE_NOOP("Identifiers", "Gårdsnummer"), "gnr", 1, 99_999),
    (QT_TRANSLATE_NOOP("Identifiers", "Bruksnummer"), "bnr", 1, 9_999),
    (QT_TRANSLATE_NOOP("Identifiers", "Festenummer"), "fnr", 0, 9_999),
    (QT_TRANSLATE_NOOP("Identifiers", "Seksjonsnummer"), "snr", 0, 999),
)


def _matrikkel_part(value: int | str | float | None, optional: bool) -> int | None:
    """The integer a matrikkel part holds, 0 for an optional blank, ``None`` if not an integer.

    Integral floats are accepted because spreadsheet readers turn 208 into 208.0.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return 0 if optional else None
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else None
    text = value.strip()
    return int(text) if _is_digits(text) else None


def check_matrikkel(
    gnr: int | str | None,
    bnr: int | str | None,
    fnr: int | str | None = 0,
    snr: int | str | None = 0,
) -> str | None:
    """``None`` if gnr/bnr/fnr/snr form a valid matrikkel number in Oslo, else the first fault.

    A blank fnr or snr means "none" (0); a blank gnr or bnr is missing.
    """
    for raw, (name, abbr, low, high) in zip((gnr, bnr, fnr, snr), _MATRIKKEL_PARTS, strict=True):
        optional = low == 0
        part = translate("Identifiers", name)
        if not optional and (raw is None or (isinstance(raw, str) and not raw.strip())):
            return translate("Identifiers", "{part} ({abbr}) mangler").format(part=part, abbr=abbr)
        number = _matrikkel_part(raw, optional)
        if number is None:
            return translate("Identifiers", "{part} ({abbr}) må være et helt tall").format(
                part=part, abbr=abbr)
        if not low <= number <= high:
            return translate(
                "Identifiers", "{part} ({abbr}) må være mellom {low} og {high}").format(
                part=part, abbr=abbr, low=low, high=high)
    return None


_MATRIKKEL_RE = re.compile(
    r"^(?:(?P<knr>[0-9]{4})\s*-\s*)?"
    r"(?P<gnr>[0-9]+)\s*/\s*(?P<bnr>[0-9]+)"
    r"(?:\s*/\s*(?P<fnr>[0-9]+)(?:\s*/\s*(?P<snr>[0-9]+))?)?$"
)


def parse_matrikkel(text: str) -> tuple[int, int, int, int]:
    """(gnr, bnr, fnr, snr) from "208/112", "208/112/0/3" or "0301-208/112".

    Raises ValueError with a Norwegian message when the text is not an Oslo matrikkel number.
    """
    stripped = text.strip() if text else ""
    if not stripped:
        raise ValueError("Matrikkelnummer mangler")
    match = _MATRIKKEL_RE.match(stripped)
    if match is None:
        raise ValueError("Matrikkelnummer skrives gnr/bnr eller gnr/bnr/fnr/snr, f.eks. 208/112")
    knr = match["knr"]
    if knr is not None and knr != OSLO_KOMMUNENR:
        raise ValueError(f"Kommunenummer {knr} er ikke Oslo ({OSLO_KOMMUNENR})")
    parts = (match["gnr"], match["bnr"], match["fnr"] or "0", match["snr"] or "0")
    error = check_matrikkel(*parts)
    if error is not None:
        raise ValueError(error)
    gnr, bnr, fnr, snr = (int(p) for p in parts)
    return gnr, bnr, fnr, snr


# --- Postnummer ---------------------------------------------------------------------------

_DWELLING_POSTCODE_CATEGORIES = frozenset("GB")  # G street addresses, B both; P/S never


def normalize_postcode(value: str | int) -> str:
    """The postnummer without spaces; an int (from a spreadsheet) gets its leading zeros back."""
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 9999:
        return f"{value:04d}"
    return _squeeze(str(value))


def check_postcode(value: str | None) -> str | None:
    """``None`` if ``value`` is an Oslo postnummer a dwelling can have, else why not.

    Post-box (P) and service (S) numbers exist in Oslo but never belong to a street address.
    """
    if value is None or not _squeeze(value):
        return translate("Identifiers", "Postnummer mangler")
    code = normalize_postcode(value)
    if len(code) != 4 or not _is_digits(code):
        return translate("Identifiers", "Postnummer må ha 4 siffer")
    info = oslo_postcodes().get(code)
    if info is None:
        return translate("Identifiers", "Postnummer {code} er ikke i Oslo").format(code=code)
    if info.category not in _DWELLING_POSTCODE_CATEGORIES:
        return translate("Identifiers", "Postnummer {code} er et postboks-/servicenummer, ikke en "
                                        "boligadresse").format(code=code)
    return None


def is_dwelling_postcode(value: str | None) -> bool:
    """True if :func:`check_postcode` finds nothing wrong."""
    return check_postcode(value) is None


# --- Bydel --------------------------------------------------------------------------------


def check_district_code(value: str | None) -> str | None:
    """``None`` for a bydel code 030101–030117 (Sentrum 16 and Marka 17 included), else why not."""
    if value is None or not _squeeze(value):
        return translate("Identifiers", "Bydelskode mangler")
    code = _squeeze(value)
    if len(code) != 6 or not _is_digits(code):
        return translate("Identifiers", "Bydelskode må ha 6 siffer, f.eks. 030101")
    if not code.startswith(OSLO_KOMMUNENR):
        return translate("Identifiers", "Bydelskode {code} er ikke i Oslo (må begynne med "
                                        "{prefix})").format(code=code, prefix=OSLO_KOMMUNENR)
    if code == OSLO_KOMMUNENR + "99":
        return translate("Identifiers", "Bydelskode {code} betyr ukjent adresse, ikke en "
                                        "bydel").format(code=code)
    if code not in {d.code for d in districts()}:
        return translate("Identifiers", "Bydelskode {code} finnes ikke (gyldige er "
                                        "030101–030117)").format(code=code)
    return None
