"""Value parsers for cells as people type them.

Every parser takes what a spreadsheet reader hands over (``str``, ``int``, ``float``, ``bool``,
``date``, ``datetime`` or ``None``) and returns the stored value, ``None`` for a blank cell, or
raises :class:`CellValueError` with one Norwegian sentence. Nothing else escapes: the importer
turns a CellValueError into an error line with the row, column and value.
"""

from __future__ import annotations

import math
import re
import unicodedata
import uuid
from collections.abc import Callable
from datetime import date, datetime, timedelta
from enum import StrEnum
from functools import cache
from typing import Any

from ... import formats
from ...i18n import QT_TRANSLATE_NOOP, translate, translations
from ...models.enums import (
    LABELS_NB,
    ActualUse,
    AgreementKind,
    DwellingStatus,
    OwnerKind,
    ResponsibleParty,
    TargetGroup,
    Tenure,
)
from ...models.enums import labels as enum_labels
from ...resources import districts
from ..controlchars import ControlCharError, clean_controls
from ..identifiers import (
    OSLO_KOMMUNENR,
    check_orgnr,
    check_postcode,
    check_unit_number,
    normalize_orgnr,
    normalize_postcode,
    normalize_unit_number,
    parse_matrikkel,
)
from ..text import shorten

__all__ = [
    "CellValueError",
    "fold",
    "parse_bool",
    "parse_date",
    "parse_decimal",
    "parse_district",
    "parse_enum",
    "parse_id",
    "parse_int",
    "parse_matrikkel_cell",
    "parse_municipality",
    "parse_orgnr",
    "parse_postcode",
    "parse_rooms",
    "parse_text",
    "parse_unit",
    "show",
]


class CellValueError(ValueError):
    """A cell that cannot be read as its field; ``str(exc)`` is the Norwegian reason."""


# --- helpers ------------------------------------------------------------------------------

_SPACES = re.compile(r"\s+")


def fold(value: str) -> str:
    """Lower case, æ/ø/å and accents folded, only letters and digits: "Bydel St. Hanshaugen"
    → "bydelsthanshaugen". Used to compare headers and words whatever their spelling."""
    text = value.casefold().replace("æ", "ae").replace("ø", "o").replace("å", "a")
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if ch.isascii() and ch.isalnum())


def show(raw: Any) -> str:
    """A cell value as the user would recognise it in an error report."""
    if raw is None:
        return ""
    if isinstance(raw, datetime):
        return raw.strftime("%d.%m.%Y %H:%M") if (raw.hour or raw.minute) else \
            raw.strftime("%d.%m.%Y")
    if isinstance(raw, date):
        return raw.strftime("%d.%m.%Y")
    if isinstance(raw, float) and raw.is_integer() and abs(raw) < 1e15:
        return str(int(raw))
    return str(raw)


def _q(raw: Any) -> str:
    """A value as quoted in a message: stripped and cut to 80 characters."""
    return shorten(show(raw).strip(), 80)


def _blank(raw: Any) -> bool:
    return raw is None or (isinstance(raw, str) and not raw.strip())


def _as_text(raw: Any) -> str:
    """The cell as text; integral floats lose their ".0" (spreadsheets store 12 as 12.0)."""
    if isinstance(raw, float) and raw.is_integer() and abs(raw) < 1e15:
        return str(int(raw))
    return str(raw).strip()


def _number_of(raw: Any) -> float | None:
    """A real number cell (not bool) as float, else None."""
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int | float):
        return float(raw)
    return None


# --- text ---------------------------------------------------------------------------------


def parse_text(raw: Any, max_len: int = 200) -> str | None:
    """Free text with stray and doubled spaces removed."""
    if _blank(raw):
        return None
    if isinstance(raw, bool):
        raise CellValueError(translate("ImportValue", "Ventet tekst, fant en sann/usann-verdi"))
    if isinstance(raw, date):  # a date typed where text belongs: keep it as people wrote it
        raw = show(raw)
    try:  # NUL and escape sequences refused, other control characters dropped (S8)
        text = _SPACES.sub(" ", clean_controls(_as_text(raw))).strip()
    except ControlCharError as exc:
        raise CellValueError(exc.nb) from None
    if len(text) > max_len:
        raise CellValueError(translate(
            "ImportValue", "Teksten er for lang ({n} tegn, høyst {most})").format(
            n=len(text), most=max_len))
    return text


# --- numbers ------------------------------------------------------------------------------

# Units and currency people add to numbers: "15 500 kr", "65 m²", "12 000,-", "NOK 9000".
_NUMBER_NOISE = re.compile(
    r"(?i)(kr\.?|nok|,-|\.-|m²|m2|kvm|kvadratmeter|per\s*mnd\.?|pr\.?\s*mnd\.?|/\s*mnd\.?)"
)
_NUMBER_SPACES = re.compile(r"[\s\u00a0\u202f\u2009'’]")
_PLAIN_NUMBER = re.compile(r"^[+-]?[0-9]+(\.[0-9]+)?$")


def parse_decimal(raw: Any, low: float | None = None, high: float | None = None,
                  what: str = QT_TRANSLATE_NOOP("ImportValue", "Verdien")) -> float | None:
    """A number written the Norwegian way or the computer way.

    "15 500,50", "15.500,50", "15500.50", "1,234.5", "12 000,-", "65 m²". With only one kind
    of separator, a single comma or dot is the decimal sign and several are thousands
    separators ("1.500.000"); with both, the last one is the decimal sign.
    """
    if _blank(raw):
        return None
    number = _number_of(raw)
    if number is None:
        if not isinstance(raw, str):
            raise CellValueError(translate("ImportValue", "{what} må være et tall").format(
                what=_what(what)))
        text = _NUMBER_NOISE.sub("", raw)
        text = _NUMBER_SPACES.sub("", text).replace("−", "-")
        if not text:
            raise CellValueError(translate("ImportValue", "{what} må være et tall").format(
                what=_what(what)))
        commas, dots = text.count(","), text.count(".")
        if commas and dots:
            decimal_sign = "," if text.rfind(",") > text.rfind(".") else "."
            thousands = "." if decimal_sign == "," else ","
            text = _drop_thousands(text, thousands, decimal_sign, raw)
        elif commas > 1 or dots > 1:
            text = _drop_thousands(text, "," if commas else ".", None, raw)
        elif commas:
            text = text.replace(",", ".")
        if not _PLAIN_NUMBER.match(text):
            raise CellValueError(translate("ImportValue", "«{value}» er ikke et tall").format(
            value=_q(raw)))
        number = float(text)
    if not math.isfinite(number):
        raise CellValueError(translate("ImportValue", "{what} må være et vanlig tall").format(
            what=_what(what)))
    if low is not None and number < low:
        raise CellValueError(translate(
            "ImportValue", "{what} kan ikke være mindre enn {low}").format(
            what=_what(what), low=_fmt(low)))
    if high is not None and number > high:
        raise CellValueError(translate(
            "ImportValue", "{what} kan ikke være større enn {high}").format(
            what=_what(what), high=_fmt(high)))
    return number


def _drop_thousands(text: str, thousands: str, decimal_sign: str | None, raw: str) -> str:
    """"1.234.567,89" → "1234567.89"; the groups after the first must have three digits."""
    whole, _, fraction = text.partition(decimal_sign) if decimal_sign else (text, "", "")
    groups = whole.lstrip("+-").split(thousands)
    if not (1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])) or \
            (decimal_sign and (not fraction or not fraction.isdigit())):
        raise CellValueError(translate("ImportValue", "«{value}» er ikke et tall").format(
            value=_q(raw)))
    number = whole.replace(thousands, "")
    return f"{number}.{fraction}" if decimal_sign else number


def _what(text: str) -> str:
    """What a number is ("Arealet", marked in fields.py) in the chosen language."""
    return translate("ImportValue", text)


def _fmt(x: float) -> str:
    return formats.integer(x) if float(x).is_integer() else str(x).replace(".", ",")


def parse_int(raw: Any, low: int | None = None, high: int | None = None,
              what: str = QT_TRANSLATE_NOOP("ImportValue", "Verdien")) -> int | None:
    """A whole number ("3", 3.0, "3,0", "1 200")."""
    number = parse_decimal(raw, low, high, what)
    if number is None:
        return None
    if not number.is_integer():
        raise CellValueError(translate("ImportValue", "{what} må være et helt tall").format(
            what=_what(what)))
    return int(number)


_ROOMS = re.compile(r"(?i)^\s*([0-9]+)\s*-?\s*(roms?|rom)\s*$")


def parse_rooms(raw: Any) -> int | None:
    """Number of rooms: 3, "3", "3-roms", "3 rom"."""
    if isinstance(raw, str):
        match = _ROOMS.match(raw)
        if match:
            raw = match.group(1)
    return parse_int(raw, 1, 30, QT_TRANSLATE_NOOP("ImportValue", "Antall rom"))


# --- dates --------------------------------------------------------------------------------

EXCEL_EPOCH = date(1899, 12, 30)  # Excel's 1900 date system (its day 60 is the fictive 29.2.1900)
EARLIEST, LATEST = date(1850, 1, 1), date(2100, 12, 31)

_MONTHS = {
    "jan": 1, "januar": 1, "feb": 2, "februar": 2, "mar": 3, "mars": 3, "apr": 4, "april": 4,
    "mai": 5, "jun": 6, "juni": 6, "jul": 7, "juli": 7, "aug": 8, "august": 8, "sep": 9,
    "sept": 9, "september": 9, "okt": 10, "oktober": 10, "nov": 11, "november": 11,
    "des": 12, "desember": 12,
}
_DMY = re.compile(r"^([0-9]{1,2})\s*[./-]\s*([0-9]{1,2})\s*[./-]\s*([0-9]{2}|[0-9]{4})$")
_ISO = re.compile(r"^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:[T ][0-9:.]+(?:Z|[+-][0-9:]+)?)?$")
_WORDS = re.compile(r"(?i)^([0-9]{1,2})\.?\s+([a-zæøå]+)\.?\s+([0-9]{4})$")
_DMY_TIME = re.compile(r"^(.+?)\s+(kl\.?\s*)?[0-9]{1,2}[:.][0-9]{2}(?:[:.][0-9]{2})?$")


def _make_date(year: int, month: int, day: int, raw: Any) -> date:
    try:
        value = date(year, month, day)
    except ValueError:
        raise CellValueError(translate("ImportValue", "«{value}» er ingen gyldig dato").format(
            value=_q(raw))) from None
    return _in_range(value)


def _in_range(value: date) -> date:
    if not EARLIEST <= value <= LATEST:
        raise CellValueError(translate(
            "ImportValue", "Datoen {date} er urimelig (ventet 1850–2100)").format(
            date=formats.date(value)))
    return value


# Serials 10000–73415 are 18.05.1927–31.12.2100; a smaller number is more likely a year or a
# typo than a date, so it is refused rather than read as a day in 1900–1927.
SERIAL_MIN, SERIAL_MAX = 10_000, (LATEST - EXCEL_EPOCH).days


def _from_serial(number: float) -> date:
    if not math.isfinite(number) or not SERIAL_MIN <= number < SERIAL_MAX + 1:
        raise CellValueError(translate(
            "ImportValue", "{value} er verken en dato eller et Excel-datotall").format(
            value=show(number)))
    return EXCEL_EPOCH + timedelta(days=int(number))


def parse_date(raw: Any) -> date | None:
    """dd.mm.yyyy (also d.m.yy, with / or -), ISO yyyy-mm-dd, "5. januar 2024", Excel date
    serials (45292 = 01.01.2024) and real date cells."""
    if _blank(raw):
        return None
    if isinstance(raw, datetime):
        return _in_range(raw.date())
    if isinstance(raw, date):
        return _in_range(raw)
    number = _number_of(raw)
    if number is not None:
        return _from_serial(number)
    if not isinstance(raw, str):
        raise CellValueError(translate("ImportValue", "Ventet en dato"))
    text = raw.strip()
    timed = _DMY_TIME.match(text)
    if timed and not _ISO.match(text):
        text = timed.group(1).strip()
    if text.isdigit() and len(text) == 5:
        return _from_serial(float(text))
    if text.isdigit() and len(text) == 8 and text[:2] in ("19", "20"):
        return _make_date(int(text[:4]), int(text[4:6]), int(text[6:]), raw)
    if m := _DMY.match(text):
        day, month, year_text = int(m.group(1)), int(m.group(2)), m.group(3)
        year = int(year_text)
        if len(year_text) == 2:  # 24 → 2024, 67 → 1967
            year += 2000 if year < 50 else 1900
        return _make_date(year, month, day, raw)
    if m := _ISO.match(text):
        return _make_date(int(m.group(1)), int(m.group(2)), int(m.group(3)), raw)
    if m := _WORDS.match(text):
        named = _MONTHS.get(m.group(2).casefold())
        if named is None:
            raise CellValueError(translate("ImportValue", "Ukjent måned «{value}»").format(
                value=_q(m.group(2))))
        return _make_date(int(m.group(3)), named, int(m.group(1)), raw)
    raise CellValueError(translate(
        "ImportValue", "«{value}» er ingen dato; skriv dd.mm.åååå, f.eks. 05.01.2024").format(
        value=_q(text)))


# --- yes/no -------------------------------------------------------------------------------

_TRUE = frozenset({"ja", "j", "yes", "y", "x", "sann", "true", "1", "ok", "tilpasset"})
_FALSE = frozenset({"nei", "n", "no", "usann", "false", "0", "ikke", "ikketilpasset"})


def parse_bool(raw: Any) -> bool | None:
    """ja/nei, j/n, x, 1/0, yes/no, true/false, ✓ — and real TRUE/FALSE cells."""
    if _blank(raw):
        return None
    if isinstance(raw, bool):
        return raw
    number = _number_of(raw)
    if number is not None:
        if number in (0.0, 1.0):
            return number == 1.0
        raise CellValueError(translate("ImportValue", "Skriv ja eller nei (eller x, 1 eller 0)"))
    text = str(raw).strip()
    if text in ("✓", "✔", "☑", "✗", "✘", "-"):
        return text in ("✓", "✔", "☑")
    key = fold(text)
    if key in _TRUE:
        return True
    if key in _FALSE:
        return False
    raise CellValueError(translate("ImportValue", "Skriv ja eller nei (eller x, 1 eller 0)"))


# --- closed vocabularies ------------------------------------------------------------------

# Words people use, beyond the enum values and the Norwegian labels (folded, see ``fold``).
_EXTRA_WORDS: dict[type[StrEnum], dict[str, tuple[str, ...]]] = {
    Tenure: {
        "owned": ("eid", "eie", "eiet", "egen", "egeneid", "kommunal", "kommunalt",
                  "kommunaleid", "kommunalteid", "eidavkommunen", "eidavboligbygg",
                  "boligbygg", "selveid", "own"),
        "leased": ("innleid", "innleie", "innleiet", "leid", "leie", "privatinnleie",
                   "innleidprivat", "framleie", "fremleie", "lease"),
        "referral": ("tilvisning", "tilvist", "tilvisningsavtale", "tilvisningsbolig",
                     "tilvisningsrett", "disposisjonsrett", "kommunaldisposisjonsrett",
                     "privatmedkommunaldisposisjonsrett"),
    },
    DwellingStatus: {
        "occupied": ("utleid", "bebodd", "ibruk", "opptatt", "leidut", "utleie", "tildelt"),
        "vacant": ("ledig", "tom", "ubebodd", "ikkeutleid", "ledigbolig"),
        "refurbishment": ("rehabilitering", "underrehabilitering", "rehab", "oppussing",
                          "underoppussing", "renovering", "ombygging", "utbedring"),
        "reserved": ("reservert", "holdtav", "tildeltikkeinnflyttet"),
        "to_be_sold": ("skalselges", "salg", "tilsalgs", "forsalg", "avhendes", "avhending",
                       "tobesold", "solgt"),
    },
    ActualUse: {
        "housing": ("bolig", "boligformal", "beboelse", "utleiebolig"),
        "staff_base": ("personalbase", "base", "staffbase", "personal", "personalrom"),
        "office": ("kontor", "kontorer"),
        "storage": ("lager", "bod", "lagring"),
        "other": ("annet", "annen", "andre"),
    },
    TargetGroup: {
        "ordinary": ("ordinaer", "ordinar", "vanlig", "ordinaerkommunalbolig", "ordinaerbolig"),
        "family": ("familie", "familier", "barnefamilie", "barnefamilier", "familiebolig"),
        "elderly": ("eldre", "omsorgsbolig", "omsorg", "seniorbolig", "senior",
                    "omsorgsboligeldre"),
        "disability": ("funksjonsnedsettelse", "funksjonshemmede", "utviklingshemmede",
                       "funksjonshemming"),
        "mental_health_substance": ("rus", "psykiskhelse", "ruspsykiatri", "rusogpsykiskhelse",
                                    "rop", "ruspsykisk"),
        "refugee": ("flyktning", "flyktninger", "bosetting", "bosettingflyktninger"),
        "youth": ("ungdom", "unge", "ungevoksne", "ungdomsbolig"),
        "temporary": ("midlertidig", "gjennomgangsbolig", "akuttbolig", "gjennomgang"),
    },
    AgreementKind: {
        "lease": ("innleie", "innleieavtale", "leieavtale", "leased", "innleid",
                  "innleiekontrakt", "leiekontrakt"),
        "referral": ("tilvisning", "tilvisningsavtale", "tilvist"),
    },
    ResponsibleParty: {
        "boligbygg": ("boligbyggoslokf", "bby"),
        "oslobygg": ("oslobyggkf", "obf"),
        "district": ("bydel", "bydelen", "bydelene"),
        "landlord": ("utleier", "eier", "huseier", "gardeier", "privatutleier"),
        "housing_coop": ("borettslag", "sameie", "borettslagsameie", "styret", "boretslag",
                         "sameiet", "borettslaget"),
        "tenant": ("leietaker", "beboer", "leietakeren"),
    },
    OwnerKind: {
        "boligbygg": ("boligbyggoslokf", "boligbygg", "kommunen", "oslokommune"),
        "oslobygg": ("oslobyggkf",),
        "housing_coop": ("borettslag",),
        "condominium": ("sameie", "eierseksjonssameie"),
        "private": ("privat", "privatutleier", "selskap", "privateier", "privatperson"),
    },
}

ENUM_WHAT: dict[type[StrEnum], str] = {
    Tenure: QT_TRANSLATE_NOOP("ImportValue", "disposisjonsform"),
    DwellingStatus: QT_TRANSLATE_NOOP("ImportValue", "status"),
    ActualUse: QT_TRANSLATE_NOOP("ImportValue", "faktisk bruk"),
    TargetGroup: QT_TRANSLATE_NOOP("ImportValue", "målgruppe"),
    AgreementKind: QT_TRANSLATE_NOOP("ImportValue", "avtaletype"),
    ResponsibleParty: QT_TRANSLATE_NOOP("ImportValue", "ansvarlig"),
    OwnerKind: QT_TRANSLATE_NOOP("ImportValue", "eier"),
}


@cache
def enum_words(enum: type[StrEnum]) -> dict[str, str]:
    """Folded word → enum value, for every value, label (bokmål and English: an export in
    either language imports back) and common word."""
    out: dict[str, str] = {}
    for member in enum:
        out[fold(member.value)] = member.value
    for value, label in LABELS_NB.get(enum, {}).items():
        out.setdefault(fold(label), value)
    for value, label in LABELS_NB.get(enum, {}).items():
        for text in translations(enum.__name__, label)[1:]:
            out.setdefault(fold(text), value)
    for value, words in _EXTRA_WORDS.get(enum, {}).items():
        for word in words:
            out.setdefault(fold(word), value)
    return out


def parse_enum(raw: Any, enum: type[StrEnum]) -> str | None:
    """One value of ``enum`` from its code, its Norwegian label or a common Norwegian word."""
    if _blank(raw):
        return None
    value = enum_words(enum).get(fold(_as_text(raw)))
    if value is None:
        labels = ", ".join(enum_labels(enum).values()) or ", ".join(m.value for m in enum)
        what = translate("ImportValue",
                         ENUM_WHAT.get(enum, QT_TRANSLATE_NOOP("ImportValue", "verdi")))
        raise CellValueError(translate(
            "ImportValue", "Ukjent {what} «{value}»; bruk en av: {labels}").format(
            what=what, value=_q(raw), labels=labels))
    return value


# --- bydel --------------------------------------------------------------------------------


@cache
def _district_index() -> dict[str, str]:
    """Folded name / number / code → SSB code, for all 17 districts."""
    out: dict[str, str] = {}
    for d in districts():
        for key in (d.code, d.number, str(int(d.number)), d.name, d.official_name):
            out[fold(key)] = d.code
    return out


_NO_DWELLINGS = {d.code: d.name for d in districts() if not d.has_dwellings}


def parse_district(raw: Any) -> str | None:
    """The SSB code ("030103") of a bydel given as 3, "03", "030103", "0301-03", "Sagene",
    "Bydel Sagene", "St.Hanshaugen" or "st hanshaugen"."""
    if _blank(raw):
        return None
    number = _number_of(raw)
    if number is not None:
        if not number.is_integer():
            raise CellValueError(translate("ImportValue", "Ukjent bydel «{value}»").format(
                value=_q(raw)))
        n = int(number)
        key = f"0{n}" if 30100 < n < 30200 else str(n)
    else:
        key = fold(_as_text(raw))
    if key.startswith("bydel") and key != "bydel":
        key = key[len("bydel"):]
    if key.isdigit() and len(key) == 5 and key.startswith("301"):
        key = "0" + key
    code = _district_index().get(key)
    if code is None and key.isdigit() and len(key) <= 2:
        code = _district_index().get(str(int(key)))
    if code is None:
        raise CellValueError(translate(
            "ImportValue", "Ukjent bydel «{value}»; bruk nummer (01–15) eller navn").format(
            value=_q(raw)))
    if code in _NO_DWELLINGS:
        raise CellValueError(translate(
            "ImportValue", "{name} har ingen kommunale boliger av egne; "
                           "oppgi disponerende bydel (01–15)").format(name=_NO_DWELLINGS[code]))
    return code


# --- identifiers --------------------------------------------------------------------------


def parse_postcode(raw: Any) -> str | None:
    """An Oslo postnummer a dwelling can have; 473 (Excel dropped the zero) → "0473"."""
    if _blank(raw):
        return None
    number = _number_of(raw)
    if number is not None:
        if not number.is_integer() or not 0 <= number <= 9999:
            raise CellValueError(translate("ImportValue", "Postnummer må ha 4 siffer"))
        text = f"{int(number):04d}"
    else:
        text = normalize_postcode(_as_text(raw))
        if text.isdigit() and len(text) == 3:
            text = "0" + text
    error = check_postcode(text)
    if error:
        raise CellValueError(error)
    return text


def parse_unit(raw: Any) -> str | None:
    """A bruksenhetsnummer ("h 0101" → "H0101")."""
    if _blank(raw):
        return None
    text = _as_text(raw)
    error = check_unit_number(text)
    if error:
        raise CellValueError(error)
    return normalize_unit_number(text)


def parse_orgnr(raw: Any) -> str | None:
    """An organisasjonsnummer with a right check digit ("NO 985 987 246 MVA" → "985987246")."""
    if _blank(raw):
        return None
    text = _as_text(raw)
    error = check_orgnr(text)
    if error:
        raise CellValueError(error)
    return normalize_orgnr(text)


def parse_matrikkel_cell(raw: Any) -> tuple[int, int, int, int] | None:
    """gnr/bnr/fnr/snr in one cell: "208/112", "208/112/0/3", "0301-208/112"."""
    if _blank(raw):
        return None
    try:
        return parse_matrikkel(_as_text(raw))
    except ValueError as exc:
        raise CellValueError(str(exc)) from None


def parse_municipality(raw: Any) -> str | None:
    """Kommunenummer: must be Oslo (0301; 301 and "Oslo" accepted)."""
    if _blank(raw):
        return None
    text = _as_text(raw)
    if fold(text) in ("0301", "301", "oslo", "oslokommune"):
        return OSLO_KOMMUNENR
    raise CellValueError(translate(
        "ImportValue", "Kommunenummer «{value}» er ikke Oslo ({oslo})").format(
        value=_q(raw), oslo=OSLO_KOMMUNENR))


def parse_id(raw: Any) -> str | None:
    """boligreg's own record id (a UUID), as written by an export."""
    if _blank(raw):
        return None
    text = _as_text(raw)
    try:
        return str(uuid.UUID(text))
    except ValueError:
        raise CellValueError(translate(
            "ImportValue", "ID-en er ikke en boligreg-ID (UUID)")) from None


Parser = Callable[[Any], Any]
