"""Per-field validation of the register's forms: raw input in, typed values and messages out.

A form hands over what the person typed (strings, a chosen enum value, a checkbox) and gets
back the typed values and, per field, one Norwegian message to show at that field. Nothing
with a message may be saved. The identifier rules are ``identifiers.py``'s, shared with the
importer and the audit. :data:`FORMS` lists the editable fields of each record type in form
order, so the window builds its forms from the same list this module checks.

No Qt here: the CLI and the tests use it as it is.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from .. import formats
from ..i18n import QT_TRANSLATE_NOOP, translate
from ..models.enums import (
    ActualUse,
    AgreementKind,
    DwellingStatus,
    MaintenanceScope,
    OwnerKind,
    ResponsibleParty,
    TargetGroup,
    TenancyKind,
    Tenure,
)
from .controlchars import ControlCharError, clean_controls
from .identifiers import (
    check_district_code,
    check_matrikkel,
    check_orgnr,
    check_postcode,
    check_unit_number,
    normalize_orgnr,
    normalize_postcode,
    normalize_unit_number,
)
from .register import field_label
from .text import NulCharacterError, normalise_text


@dataclass(frozen=True)
class FieldSpec:
    """One form field. ``kind``: text, memo, int, decimal, date, bool, choice, district, ref."""

    name: str
    kind: str
    required: bool = False
    choices: type[StrEnum] | None = None
    max_length: int | None = None
    hint: str = ""  # placeholder text shown in an empty field (bokmål as marked)

    @property
    def placeholder(self) -> str:
        """``hint`` in the chosen language."""
        return translate("Validation", self.hint) if self.hint else ""


_DATE = QT_TRANSLATE_NOOP("Validation", "dd.mm.åååå")
_ORGNR = QT_TRANSLATE_NOOP("Validation", "9 siffer")
_YEAR = QT_TRANSLATE_NOOP("Validation", "åååå")

FORMS: dict[str, tuple[FieldSpec, ...]] = {
    "dwelling": (
        FieldSpec("property_id", "ref", required=True),
        FieldSpec("unit_number", "text", required=True, max_length=10, hint="H0101"),
        FieldSpec("district_code", "district", required=True),
        FieldSpec("tenure", "choice", required=True, choices=Tenure),
        FieldSpec("status", "choice", required=True, choices=DwellingStatus),
        FieldSpec("actual_use", "choice", required=True, choices=ActualUse),
        FieldSpec("target_group", "choice", required=True, choices=TargetGroup),
        FieldSpec("area_m2", "decimal", hint=QT_TRANSLATE_NOOP("Validation", "f.eks. 54,5")),
        FieldSpec("rooms", "int"),
        FieldSpec("wheelchair_accessible", "bool"),
        FieldSpec("vacant_since", "date", hint=_DATE),
        FieldSpec("last_inspection", "date", hint=_DATE),
        FieldSpec("note", "memo"),
    ),
    "property": (
        FieldSpec("street_address", "text", required=True, max_length=200,
                  hint="Thorvald Meyers gate 12"),
        FieldSpec("postcode", "text", required=True, max_length=4, hint="0555"),
        FieldSpec("district_code", "district", required=True),
        FieldSpec("gnr", "int"),
        FieldSpec("bnr", "int"),
        FieldSpec("fnr", "int", hint="0"),
        FieldSpec("snr", "int", hint="0"),
        FieldSpec("owner_kind", "choice", required=True, choices=OwnerKind),
        FieldSpec("owner_name", "text", max_length=200),
        FieldSpec("owner_orgnr", "text", max_length=20, hint=_ORGNR),
        FieldSpec("built_year", "int", hint=_YEAR),
    ),
    "agreement": (
        FieldSpec("kind", "choice", required=True, choices=AgreementKind),
        FieldSpec("reference", "text", required=True, max_length=60),
        FieldSpec("district_code", "district", required=True),
        FieldSpec("landlord_name", "text", required=True, max_length=200),
        FieldSpec("landlord_orgnr", "text", max_length=20, hint=_ORGNR),
        FieldSpec("start_date", "date", required=True, hint=_DATE),
        FieldSpec("end_date", "date", hint=QT_TRANSLATE_NOOP("Validation", "tom = løpende")),
        FieldSpec("notice_months", "int"),
        FieldSpec("monthly_rent", "decimal", hint=QT_TRANSLATE_NOOP("Validation", "kr per måned")),
        FieldSpec("project_total_dwellings", "int"),
        FieldSpec("last_reviewed", "date", hint=_DATE),
        FieldSpec("responsible_officer", "text", max_length=100),
        FieldSpec("note", "memo"),
    ),
    "maintenance_responsibility": (
        FieldSpec("scope", "choice", required=True, choices=MaintenanceScope),
        FieldSpec("party", "choice", required=True, choices=ResponsibleParty),
        FieldSpec("valid_from", "date", hint=_DATE),
        FieldSpec("valid_to", "date", hint=_DATE),
        FieldSpec("note", "memo"),
    ),
    # Dates and a case reference only: never the tenant's name or fødselsnummer (DESIGN.md).
    "tenancy": (
        FieldSpec("kind", "choice", required=True, choices=TenancyKind),
        FieldSpec("case_reference", "text", max_length=60, hint=QT_TRANSLATE_NOOP(
            "Validation", "f.eks. 2024/12345")),
        FieldSpec("start_date", "date", required=True, hint=_DATE),
        FieldSpec("end_date", "date", hint=_DATE),
        FieldSpec("next_review", "date", hint=_DATE),
    ),
}


@dataclass
class Cleaned:
    """Typed values for the fields that parsed, and a message per field that did not pass."""

    values: dict[str, Any] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors


# --- Parsing what people type --------------------------------------------------------------

_DATE_FORMATS = ("%d.%m.%Y", "%d.%m.%y", "%Y-%m-%d", "%d%m%Y", "%d/%m/%Y")
_INT_RE = re.compile(r"^-?\d+$")
_DEC_RE = re.compile(r"^-?\d+(?:[.,]\d+)?$")


def parse_date(text: str) -> date:
    """A date as Norwegians write it ("1.2.2025", "01.02.25", "2025-02-01"); ValueError."""
    text = text.strip()
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(text)


def _squeeze(text: str) -> str:
    return "".join(text.split())


def parse_int(text: str) -> int:
    t = _squeeze(text)
    if not _INT_RE.match(t):
        raise ValueError(text)
    return int(t)


def parse_decimal(text: str) -> float:
    """"54,5", "54.5", "1 234,5" → float; ValueError for anything else."""
    t = _squeeze(text)
    if not _DEC_RE.match(t):
        raise ValueError(text)
    return float(t.replace(",", "."))


def format_raw(spec: FieldSpec, value: Any) -> Any:
    """A stored value as the form shows it: the inverse of parsing."""
    if spec.kind == "bool":
        return bool(value)
    if value is None:
        return ""
    if spec.kind == "date":
        return formats.date(value) if isinstance(value, date) else str(value)
    if spec.kind == "decimal":
        number = float(value)
        text = f"{number:.0f}" if number.is_integer() else f"{number:.2f}".rstrip("0")
        return text.replace(".", ",")
    return str(value)


def to_raw(entity: str, values: Mapping[str, Any]) -> dict[str, Any]:
    return {spec.name: format_raw(spec, values.get(spec.name)) for spec in FORMS[entity]}


def _parse_field(spec: FieldSpec, raw: Any, label: str) -> tuple[Any, str | None]:
    if spec.kind == "bool":
        return bool(raw), None
    text = "" if raw is None else str(raw)
    try:  # one normal form, or look-alike duplicates slip past every comparison (issue 18)
        text = normalise_text(text)
    except NulCharacterError:
        return None, translate(
            "Validation", "Inneholder et NUL-tegn (tegnkode 0), som ikke kan lagres")
    if not text.strip():
        if spec.required:
            if spec.kind in ("choice", "district", "ref"):
                return None, translate("Validation", "Velg {field}").format(field=label.lower())
            return None, translate("Validation", "Fyll ut {field}").format(field=label.lower())
        return None, None
    if spec.kind in ("text", "memo"):
        # Notes (memo) keep line breaks and tabs; one-line fields get a space for them.
        try:
            value = clean_controls(text, multiline=spec.kind == "memo").strip()
        except ControlCharError as exc:
            return None, exc.nb
        if not value:  # nothing but control characters
            return None, translate("Validation", "Fyll ut {field}").format(
                field=label.lower()) if spec.required else None
        if spec.max_length and len(value) > spec.max_length:
            return None, translate("Validation", "Høyst {most} tegn (nå {now})").format(
                most=formats.integer(spec.max_length), now=formats.integer(len(value)))
        return value, None
    if spec.kind == "int":
        try:
            return parse_int(text), None
        except ValueError:
            return None, translate("Validation", "Skriv et helt tall")
    if spec.kind == "decimal":
        try:
            return parse_decimal(text), None
        except ValueError:
            return None, translate("Validation", "Skriv et tall, f.eks. 54,5")
    if spec.kind == "date":
        try:
            return parse_date(text), None
        except ValueError:
            return None, translate("Validation", "Ugyldig dato – skriv dd.mm.åååå")
    if spec.kind == "choice" and spec.choices is not None:
        allowed = {m.value for m in spec.choices}
        return (text, None) if text in allowed else (
            None, translate("Validation", "Ukjent verdi «{value}»").format(value=text))
    return text.strip(), None


# --- Per-entity rules -----------------------------------------------------------------------


def _not_future(values: dict[str, Any], errors: dict[str, str], name: str, today: date) -> None:
    value = values.get(name)
    if isinstance(value, date) and value > today and name not in errors:
        errors[name] = translate("Validation", "Datoen kan ikke være fram i tid")


def _dwelling_rules(v: dict[str, Any], e: dict[str, str], today: date) -> None:
    if "unit_number" not in e and v.get("unit_number"):
        msg = check_unit_number(v["unit_number"])
        if msg:
            e["unit_number"] = msg
        else:
            v["unit_number"] = normalize_unit_number(v["unit_number"])
    area = v.get("area_m2")
    if area is not None:
        if area < 0:
            e["area_m2"] = translate("Validation", "Arealet kan ikke være negativt")
        elif area == 0:
            e["area_m2"] = translate("Validation", "Arealet må være større enn 0")
        elif area > 1000:
            e["area_m2"] = translate("Validation", "Over 1000 m² er ikke en bolig – sjekk tallet")
    rooms = v.get("rooms")
    if rooms is not None and not 1 <= rooms <= 30:
        e["rooms"] = translate("Validation", "Antall rom må være mellom 1 og 30")
    _not_future(v, e, "vacant_since", today)
    _not_future(v, e, "last_inspection", today)
    status = v.get("status")
    if "vacant_since" not in e and status is not None:
        if status == DwellingStatus.VACANT.value and v.get("vacant_since") is None:
            e["vacant_since"] = translate("Validation", "Oppgi når boligen ble ledig")
        elif status != DwellingStatus.VACANT.value and v.get("vacant_since") is not None:
            e["vacant_since"] = translate(
                "Validation", "Bare en ledig bolig har «ledig siden»: tøm feltet")


def _orgnr(v: dict[str, Any], e: dict[str, str], name: str) -> None:
    if name in e or not v.get(name):
        return
    msg = check_orgnr(v[name])
    if msg:
        e[name] = msg
    else:
        v[name] = normalize_orgnr(v[name])


def _property_rules(v: dict[str, Any], e: dict[str, str], today: date) -> None:
    if "postcode" not in e and v.get("postcode"):
        msg = check_postcode(v["postcode"])
        if msg:
            e["postcode"] = msg
        else:
            v["postcode"] = normalize_postcode(v["postcode"])
    # A blank gnr and bnr together is allowed (not yet registered); one without the other not.
    parts: dict[str, Any] = {"gnr": 1, "bnr": 1, "fnr": 0, "snr": 0}
    if v.get("gnr") is not None or v.get("bnr") is not None:
        for name in ("gnr", "bnr", "fnr", "snr"):
            if name in e:
                continue
            probe = dict(parts)
            probe[name] = v.get(name)
            msg = check_matrikkel(probe["gnr"], probe["bnr"], probe["fnr"], probe["snr"])
            if msg:
                e[name] = msg
    else:
        for name in ("fnr", "snr"):
            if v.get(name) and name not in e:
                e[name] = translate("Validation", "Fyll ut gårdsnummer og bruksnummer først")
    for name in ("fnr", "snr"):
        if v.get(name) is None and name not in e:
            v[name] = 0  # the model's "none"
    _orgnr(v, e, "owner_orgnr")
    year = v.get("built_year")
    if year is not None and "built_year" not in e:
        if year > today.year:
            e["built_year"] = translate("Validation", "Byggeåret kan ikke være fram i tid")
        elif year < 1600:
            e["built_year"] = translate("Validation", "Skriv byggeåret med fire siffer")


def _agreement_rules(v: dict[str, Any], e: dict[str, str], today: date) -> None:
    _orgnr(v, e, "landlord_orgnr")
    start, end = v.get("start_date"), v.get("end_date")
    if start and end and end < start and "end_date" not in e:
        e["end_date"] = translate("Validation", "Sluttdatoen kan ikke være før startdatoen")
    notice = v.get("notice_months")
    if notice is not None and not 0 <= notice <= 60:
        e["notice_months"] = translate(
            "Validation", "Oppsigelsestiden må være mellom 0 og 60 måneder")
    rent = v.get("monthly_rent")
    if rent is not None and rent < 0:
        e["monthly_rent"] = translate("Validation", "Leien kan ikke være negativ")
    total = v.get("project_total_dwellings")
    if total is not None and total < 1:
        e["project_total_dwellings"] = translate("Validation", "Prosjektet må ha minst én bolig")
    _not_future(v, e, "last_reviewed", today)


def _responsibility_rules(v: dict[str, Any], e: dict[str, str], today: date) -> None:
    start, end = v.get("valid_from"), v.get("valid_to")
    if start and end and end < start and "valid_to" not in e:
        e["valid_to"] = translate("Validation", "«Gyldig til» kan ikke være før «gyldig fra»")


# Eleven digits in a row (spaces and dots allowed between them) look like a fødselsnummer.
_PERSON_NO_RE = re.compile(r"(?<!\d)\d{6}[ .]?\d{5}(?!\d)")


def _tenancy_rules(v: dict[str, Any], e: dict[str, str], today: date) -> None:
    start, end, review = v.get("start_date"), v.get("end_date"), v.get("next_review")
    if start and end and end < start and "end_date" not in e:
        e["end_date"] = translate("Validation", "Sluttdatoen kan ikke være før startdatoen")
    if start and review and review < start and "next_review" not in e:
        e["next_review"] = translate("Validation", "Neste vurdering kan ikke være før startdatoen")
    if (v.get("kind") == TenancyKind.FIXED_TERM.value and end is None
            and "end_date" not in e):
        e["end_date"] = translate("Validation", "Et tidsbestemt leieforhold må ha en sluttdato")
    ref = v.get("case_reference")
    if ref and "case_reference" not in e and _PERSON_NO_RE.search(ref):
        e["case_reference"] = translate(
            "Validation", "Ligner et fødselsnummer – skriv bare saksnummeret")


_RULES = {
    "dwelling": _dwelling_rules,
    "property": _property_rules,
    "agreement": _agreement_rules,
    "maintenance_responsibility": _responsibility_rules,
    "tenancy": _tenancy_rules,
}


def advice(entity: str, values: Mapping[str, Any]) -> dict[str, str]:
    """Recommendations per field that do not stop a save (shown beside the field)."""
    out: dict[str, str] = {}
    if entity == "tenancy" and values.get("kind") == TenancyKind.INDEFINITE.value \
            and not values.get("next_review"):
        out["next_review"] = translate("Validation", "Anbefalt: når skal leieforholdet vurderes?")
    return out


def clean(entity: str, raw: Mapping[str, Any], today: date | None = None) -> Cleaned:
    """Parse and check a form's raw input; every field that fails gets one message."""
    today = today or date.today()
    out = Cleaned()
    for spec in FORMS[entity]:
        value, msg = _parse_field(spec, raw.get(spec.name), field_label(entity, spec.name))
        if msg:
            out.errors[spec.name] = msg
        else:
            out.values[spec.name] = value
        if spec.kind == "district" and value and not msg:
            dmsg = check_district_code(value)
            if dmsg:
                out.errors[spec.name] = dmsg
    _RULES[entity](out.values, out.errors, today)
    for name in out.errors:
        out.values.pop(name, None)
    return out


def _norm(value: Any) -> Any:
    if isinstance(value, StrEnum):
        return value.value
    return None if value == "" else value


def changes(base: Mapping[str, Any], values: Mapping[str, Any]) -> dict[str, Any]:
    """The fields of ``values`` that differ from ``base`` (what a save should write)."""
    out = {}
    for name, value in values.items():
        old, new = _norm(base.get(name)), _norm(value)
        numbers = (isinstance(old, int | float) and isinstance(new, int | float)
                   and not isinstance(old, bool) and not isinstance(new, bool))
        if numbers and abs(old - new) < 1e-9:
            continue
        if not numbers and old == new:
            continue
        out[name] = value
    return out
