"""Turn a table's rows into checked field values, with every problem located in the sheet.

Each problem names the row as the spreadsheet shows it (header = row 1 in the common case), the
column letter and header, the value and a Norwegian message. Checks within the file (the same
dwelling twice, one building or agreement described two ways on two rows) happen here too; the
checks against the database are in ``plan.py``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

from ... import formats
from ...errors import CancelledError
from ...i18n import translate
from ...models.enums import label as enum_label
from ..text import NulCharacterError, normalise_text, shorten
from .fields import AGREEMENT_FIELDS, FIELD_BY_NAME
from .headers import ColumnMatch
from .mapping import Mapping
from .reader import Table
from .values import CellValueError, show

ProgressFn = Callable[[int, str], None]
CancelFn = Callable[[], bool]

CHUNK = 2000  # rows between progress reports and cancel checks
VALUE_SHOWN = 80  # characters of a cell's value in a message


# Words of a message that already says how to fix it (bokmål and English).
_SAYS_HOW = ("fyll inn", "skriv ", "oppgi ", "velg ", "fill in", "write ", "enter ", "give ",
             "choose ")


@dataclass
class RowProblem:
    row: int  # spreadsheet row number; the header row for problems with the whole file
    column: str  # column letter, "" when no single column is at fault
    header: str
    value: str
    message: str
    field: str | None = None

    @property
    def fix(self) -> str:
        """How to put it right in the sheet, in the chosen language ("" when the message says
        it). The message is read in either language (bokmål and English words)."""
        if not self.column:
            return ""
        cell = f"{self.column}{self.row}"
        text = self.message
        folded = text.casefold()
        if any(w in folded for w in _SAYS_HOW):
            return ""  # the message says how already
        if "står også på rad" in text or "also on row" in text:
            return translate("ImportRow", "Slett en av radene, eller rett celle {cell} hvis det "
                                          "er to boliger.").format(cell=cell)
        if (m := re.search(r"(?:på rad|on row) ([0-9]+)$", text)) is not None:
            return translate("ImportRow", "Skriv det samme i celle {cell} som på rad {row}, "
                                          "eller rett den.").format(cell=cell, row=m.group(1))
        if text.endswith(("mangler", "missing")):
            return translate("ImportRow", "Fyll inn celle {cell}.").format(cell=cell)
        return translate("ImportRow", "Rett celle {cell} i regnearket.").format(cell=cell)

    @property
    def message_nb(self) -> str:
        """The message with the value once: a message that quotes the value already
        («31.02.2024» er ingen gyldig dato; “…” in English) is not prefixed with it again."""
        value = shorten(self.value, VALUE_SHOWN)
        message = shorten(self.message, 300)
        if not self.value or any(
                f"{a}{v}{b}" in message for a, b in (("«", "»"), ("“", "”"))
                for v in (value.strip(), shorten(self.value.strip(), 80))):
            return message
        return f"«{value}»: {message}"

    @property
    def message_with_fix(self) -> str:
        """The message and how to fix it (the window shows the value in its own column)."""
        fix = self.fix
        sep = "" if self.message.endswith(".") else "."
        return f"{self.message}{sep} {fix}" if fix else self.message

    def as_line(self) -> str:
        where = (translate("ImportRow", "rad {row}, kolonne {column} «{header}»").format(
            row=self.row, column=self.column, header=shorten(self.header, 60)) if self.column
            else translate("ImportRow", "rad {row}").format(row=self.row))
        fix = self.fix
        message = self.message_nb
        return f"{where}: {message}" + (f"{'' if message.endswith('.') else '.'} {fix}"
                                         if fix else "")


@dataclass
class ParsedRow:
    row: int  # spreadsheet row number
    values: dict[str, Any] = field(default_factory=dict)


def display(field_name: str, value: Any) -> str:
    """A parsed value as the user reads it: labels for choices (the chosen language),
    dd.mm.yyyy dates."""
    enum = FIELD_BY_NAME[field_name].enum
    if enum is not None and isinstance(value, str):
        return enum_label(value, enum)
    if isinstance(value, bool):
        return translate("ImportRow", "ja") if value else translate("ImportRow", "nei")
    if isinstance(value, float):
        return formats.number(value, 2).removesuffix(",00")
    return show(value)


@lru_cache(maxsize=65536)
def address_key(text: str) -> str:
    """An address compared loosely: case, spacing, "gt." = "gate", "vn." = "veien", "12 B" =
    "12B"."""
    s = _normal(text).casefold().strip()
    s = re.sub(r"\bgt\b\.?", "gate", s)
    s = re.sub(r"\bvn\b\.?", "veien", s)
    s = re.sub(r"([0-9])\s+([a-zæøå])\b", r"\1\2", s)
    return re.sub(r"[\s,.]+", " ", s).strip()


def _normal(text: str) -> str:
    """Stored text may predate normalisation on input: compare its normal form."""
    try:
        return normalise_text(text)
    except NulCharacterError:
        return text


def dwelling_key(values: dict[str, Any]) -> tuple[str, str]:
    return values["unit_number"], address_key(values["street_address"])


def reference_key(reference: str) -> str:
    return " ".join(_normal(reference).split()).casefold()


# Building and agreement fields that must agree on every row describing the same one.
PROPERTY_FIELDS = ("postcode", "gnr", "bnr", "fnr", "snr", "owner_kind", "owner_name",
                   "owner_orgnr", "built_year",
                   "exterior_responsible", "technical_responsible", "outdoor_responsible")
# The rent may differ row by row (a whole-building lease with a rent per unit: plan.py).
AGREEMENT_SHARED = ("agreement_kind", *(f for f in AGREEMENT_FIELDS[1:]
                                        if f not in ("monthly_rent", "lease_cost")), "district")
TENURE_OF_KIND = {"lease": "leased", "referral": "referral"}
KIND_OF_TENURE = {v: k for k, v in TENURE_OF_KIND.items()}


@dataclass
class ParseResult:
    rows: list[ParsedRow]  # every row with data, problems or not
    problems: list[RowProblem]
    fatal: list[RowProblem]  # the mapping itself cannot work: nothing can be imported
    bad_rows: set[int]  # spreadsheet row numbers with at least one problem

    @property
    def valid_rows(self) -> list[ParsedRow]:
        return [r for r in self.rows if r.row not in self.bad_rows]


def check_mapping(table: Table, matches: Sequence[ColumnMatch],
                  district: str | None) -> list[RowProblem]:
    """Problems that make every row fail: a required field no column is mapped to."""
    mapped = {m.field for m in matches if m.field}
    out = []
    for name in ("unit_number", "postcode"):
        if name not in mapped:
            out.append(RowProblem(table.header_row, "", "", "", translate(
                "ImportRow", "Ingen kolonne er koblet til «{field}», som må være med.").format(
                field=FIELD_BY_NAME[name].title), name))
    if "street_address" not in mapped and "street_name" not in mapped:
        out.append(RowProblem(table.header_row, "", "", "", translate(
            "ImportRow", "Ingen kolonne er koblet til «{field}» (eller «{other}»), som må være "
                         "med.").format(field=FIELD_BY_NAME["street_address"].title,
                                        other=FIELD_BY_NAME["street_name"].title),
            "street_address"))
    if "district" not in mapped and district is None:
        out.append(RowProblem(table.header_row, "", "", "", translate(
            "ImportRow", "Ingen kolonne er koblet til «{field}». Koble en kolonne, eller velg "
                         "bydelen alle radene gjelder.").format(
                field=FIELD_BY_NAME["district"].title),
            "district"))
    return out


def parse_rows(
    table: Table,
    matches: Sequence[ColumnMatch],
    mapping: Mapping | None = None,
    *,
    district: str | None = None,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
    today: date | None = None,
) -> ParseResult:
    """Parse and check every row. ``district`` fills rows without a bydel and refuses others.

    Long because it parses column by column, each distinct value once, and reports per
    row; the steps share the per-column caches.
    """
    today = today or date.today()
    mapping = mapping or Mapping()
    specs = []
    for m in matches:
        if m.field:
            spec = FIELD_BY_NAME[m.field]
            specs.append((m.index, m.field, spec.parse, mapping.value_map(m.field)))
    col_of = {m.field: m for m in matches if m.field}
    problems: list[RowProblem] = []
    rows: list[ParsedRow] = []
    fatal = check_mapping(table, matches, district)

    def problem(row: int, field_name: str | None, message: str, raw: Any = None) -> None:
        m = col_of.get(field_name) if field_name else None
        if m is not None:
            shown = show(raw) if raw is not None else ""
            problems.append(RowProblem(row, table.letter(m.index), m.header, shown, message,
                                       field_name))
        else:
            problems.append(RowProblem(row, "", "", "", message, field_name))

    # A required field no column is mapped to is reported once (``fatal``), not on every row.
    unmapped = {p.field for p in fatal}
    # Column by column: each distinct value is parsed once (a bydel sheet repeats its bydel,
    # postnummer, dates and words on every row), then spread back with a C-level map.
    names: list[str] = []
    columns: list[list[Any]] = []
    bad_cells: dict[int, list[tuple[str, CellError]]] = {}
    transposed = list(zip(*table.rows, strict=True)) if specs and table.rows else []
    for k, (col, name, parse, vmap) in enumerate(specs):
        if cancel is not None and cancel():
            raise CancelledError()
        if progress is not None:
            progress(int(35 * k / max(len(specs), 1)),
                     translate("ImportRow", "Leser kolonnen «{header}»").format(
                         header=shorten(col_of[name].header, 60)))
        parsed = _parse_column(transposed[col] if transposed else [], parse, vmap)
        names.append(name)
        columns.append(parsed)
        if _has_errors(parsed):
            for i, v in enumerate(parsed):
                if v.__class__ is CellError:
                    bad_cells.setdefault(i, []).append((name, v))
    if progress is not None:
        progress(35, translate("ImportRow", "Kontrollerer radene"))
    row_cells = zip(*columns, strict=True) if columns else ((),) * len(table.rows)
    skipped = table.skipped
    for i, cells in enumerate(row_cells):
        if i % CHUNK == 0 and cancel is not None and cancel():
            raise CancelledError()
        if skipped and i in skipped:
            continue  # not data (a sum, a repeated header, a note): reported, never an error
        values = {n: v for n, v in zip(names, cells, strict=True) if v is not None}
        if not values and _blank_row(table.rows[i]):
            continue
        rownum = table.header_row + 1 + i
        failed: set[str] = set()
        for name, error in bad_cells.get(i, ()):
            del values[name]
            failed.add(name)
            problem(rownum, name, error.message, table.rows[i][col_of[name].index])
        for wrong, message in complete_row(values, district, today):
            if wrong == "agreement_reference" and wrong not in col_of:
                # no Avtalenr column: name the agreement column that is filled in instead
                wrong = next((f for f in AGREEMENT_FIELDS if f in values and f in col_of), wrong)
                message += " (legg til en kolonne «Avtalenr»)"
            # a field that failed to parse is already reported; "missing" would say it twice
            if wrong not in unmapped and wrong not in failed:
                raw = table.rows[i][col_of[wrong].index] if wrong in col_of else None
                problem(rownum, wrong, message, None if raw == "" else raw)
        rows.append(ParsedRow(rownum, values))

    bad = {p.row for p in problems}
    _check_within_file(rows, bad, problem)
    bad = {p.row for p in problems}
    problems.sort(key=lambda p: (p.row, p.column))
    if progress is not None:
        progress(45, translate("ImportRow", "{n} rader kontrollert").format(
            n=formats.integer(len(rows))))
    return ParseResult(rows, problems, fatal, bad)


class CellError:
    """A cell that did not parse, in place of its value."""

    __slots__ = ("message",)

    def __init__(self, message: str) -> None:
        self.message = message


def _parse_cell(raw: Any, parse: Callable[[Any], Any], vmap: dict[str, str]) -> Any:
    if raw is None or raw == "":
        return None
    source = vmap.get(show(raw).strip().casefold(), raw) if vmap else raw
    try:
        return parse(source)
    except CellValueError as exc:
        return CellError(str(exc))
    except Exception as exc:  # noqa: BLE001 - one odd cell must not stop the import
        return CellError(translate("ImportRow", "Verdien kan ikke leses ({error})").format(
            error=type(exc).__name__))


def _parse_column(raw: Sequence[Any], parse: Callable[[Any], Any],
                  vmap: dict[str, str]) -> list[Any]:
    """Parsed values (None for blanks, CellError for failures), one per cell of ``raw``."""
    distinct = set(raw)
    # A set treats True, 1 and 1.0 as one value, but a number parser must refuse True: parse
    # cell by cell when a column mixes booleans in.
    if any(x.__class__ is bool for x in distinct):
        return [_parse_cell(x, parse, vmap) for x in raw]
    table = {x: _parse_cell(x, parse, vmap) for x in distinct}
    return list(map(table.__getitem__, raw))


def _has_errors(parsed: list[Any]) -> bool:
    return any(v.__class__ is CellError for v in set(parsed) if v is not None)


def _blank_row(row: Sequence[Any]) -> bool:
    return all(c is None or c == "" or (isinstance(c, str) and not c.strip()) for c in row)


def complete_row(values: dict[str, Any], district: str | None,
                 today: date) -> list[tuple[str | None, str]]:
    """Fill derived fields in place and return (field, message) for what is wrong."""
    out: list[tuple[str | None, str]] = []
    values.pop("municipality", None)  # only checked (must be Oslo)
    # Kobo-style address parts → one address
    name = values.pop("street_name", None)
    number = values.pop("house_number", None)
    letter = values.pop("house_letter", None)
    if "street_address" not in values and name:
        address = name if number is None else f"{name} {number}{(letter or '').upper()}"
        values["street_address"] = address
    # gnr/bnr/fnr/snr in one cell
    matrikkel = values.pop("matrikkel", None)
    if matrikkel is not None:
        for part, val in zip(("gnr", "bnr", "fnr", "snr"), matrikkel, strict=True):
            if part in values and values[part] != val:
                out.append(("matrikkel", translate(
                    "ImportRow", "{part} {value} i egen kolonne stemmer ikke med "
                                 "matrikkelnummeret").format(part=part, value=values[part])))
            values.setdefault(part, val)
    staff = values.pop("staff_base", None)
    if staff:
        if values.get("actual_use", "staff_base") != "staff_base":
            out.append(("staff_base", translate(
                "ImportRow", "Personalbase = ja, men faktisk bruk sier noe annet")))
        values["actual_use"] = "staff_base"
    status_date = values.pop("status_date", None)
    if status_date is not None and values.get("status") == "vacant":
        values.setdefault("vacant_since", status_date)
    # No status column: a "Ledig fra" date on or before today means vacant, unless someone
    # has moved in since.
    vacant_since, moved_in = values.get("vacant_since"), values.get("tenancy_start")
    if "status" not in values and vacant_since is not None and vacant_since <= today and (
            moved_in is None or moved_in < vacant_since):
        values["status"] = "vacant"
    # bydel
    if district is not None:
        given = values.setdefault("district", district)
        if given != district:
            out.append(("district", translate(
                "ImportRow", "Raden gjelder bydel {given}, men importen er for bydel "
                             "{district}").format(given=given[-2:], district=district[-2:])))
    for required in ("unit_number", "street_address", "postcode", "district"):
        if required not in values:
            out.append((required, translate("ImportRow", "{field} mangler").format(
                field=FIELD_BY_NAME[required].title)))
    # the agreement
    tenure = values.get("tenure")
    has_agreement = any(f in values for f in AGREEMENT_FIELDS)
    if "agreement_reference" in values:
        kind = values.get("agreement_kind") or KIND_OF_TENURE.get(tenure or "")
        if tenure == "owned":
            out.append(("tenure", translate(
                "ImportRow", "En eid bolig kan ikke ha innleie- eller tilvisningsavtale")))
        elif kind is None:
            out.append(("agreement_kind", translate(
                "ImportRow", "Avtaletype mangler: fyll inn avtaletype, eller disposisjonsform "
                             "innleid/tilvisning")))
        elif tenure is not None and KIND_OF_TENURE.get(tenure) != kind:
            out.append(("agreement_kind", translate(
                "ImportRow", "Avtaletypen passer ikke med disposisjonsformen")))
        else:
            values["agreement_kind"] = kind
            values.setdefault("tenure", TENURE_OF_KIND[kind])
    elif has_agreement:
        given = next(f for f in AGREEMENT_FIELDS if f in values)
        out.append(("agreement_reference", translate(
            "ImportRow", "«{field}» er fylt ut, men avtalenummeret mangler; avtaleopplysninger "
                         "(utleier, leie, datoer) krever et avtalenummer. Fyll inn "
                         "avtalenummeret, eller tøm avtalecellene").format(
            field=FIELD_BY_NAME[given].title)))
    start, end = values.get("agreement_start"), values.get("agreement_end")
    if start and end and end < start:
        out.append(("agreement_end", translate("ImportRow", "Avtalen slutter før den begynner")))
    for name in ("last_inspection", "last_reviewed", "tenancy_start"):
        when = values.get(name)
        if when and when > today:
            out.append((name, translate("ImportRow", "Datoen ligger fram i tid")))
    return out


def status_warnings(values: dict[str, Any]) -> list[tuple[str, str]]:
    """Contradictions that still import, as (field, message): let but with a vacancy date,
    vacant with a tenancy running."""
    out = []
    status = values.get("status", "occupied")  # what a row without a status is stored as
    if status == "occupied" and values.get("vacant_since"):
        out.append(("vacant_since", translate(
            "ImportRow", "Boligen står som utleid, men har en ledig-fra-dato")))
    moved_in = values.get("tenancy_start")
    if status == "vacant" and moved_in and (
            values.get("vacant_since") is None or values["vacant_since"] <= moved_in):
        out.append(("tenancy_start", translate(
            "ImportRow", "Boligen står som ledig, men har et løpende leieforhold (innflyttet)")))
    return out


def _check_within_file(rows: list[ParsedRow], bad: set[int],
                       problem: Callable[..., None]) -> None:
    """The same dwelling twice; one building or agreement described differently."""
    seen_dwelling: dict[Any, int] = {}
    buildings: dict[str, tuple[int, dict[str, Any], tuple[Any, ...]]] = {}
    agreements: dict[str, tuple[int, dict[str, Any], tuple[Any, ...]]] = {}
    for r in rows:
        v = r.values
        if "unit_number" not in v or "street_address" not in v:
            continue
        keys = [("unit_number", dwelling_key(v))]
        if "id" in v:
            keys.append(("id", v["id"]))
        for name, key in keys:
            first = seen_dwelling.get((name, key))
            if first is not None:
                problem(r.row, name, translate(
                    "ImportRow", "Samme bolig står også på rad {row}").format(row=first),
                    v.get(name))
                break
        else:
            for name, key in keys:
                seen_dwelling[(name, key)] = r.row
        _agree(buildings, address_key(v["street_address"]), r, PROPERTY_FIELDS,
               translate("ImportRow", "Bygget"), problem)
        if "agreement_reference" in v:
            _agree(agreements, reference_key(v["agreement_reference"]), r, AGREEMENT_SHARED,
                   translate("ImportRow", "Avtale {reference}").format(
                       reference=v["agreement_reference"]), problem)


def _agree(seen: dict[str, tuple[int, dict[str, Any], tuple[Any, ...]]], key: str,
           r: ParsedRow, names: Sequence[str], what: str,
           problem: Callable[..., None]) -> None:
    """Rows describing the same thing must not contradict each other (blanks are fine)."""
    signature = tuple(map(r.values.get, names))
    first = seen.get(key)
    if first is None:
        seen[key] = (r.row, {n: r.values[n] for n in names if n in r.values}, signature)
        return
    first_row, known, first_signature = first
    if signature == first_signature:  # the common case: the same values again
        return
    for n in names:
        if n in r.values:
            if n in known and known[n] != r.values[n]:
                problem(r.row, n, translate(
                    "ImportRow", "{what} har {field} «{value}» på rad {row}").format(
                    what=what, field=FIELD_BY_NAME[n].title.lower(),
                    value=display(n, known[n]), row=first_row), display(n, r.values[n]))
            else:
                known.setdefault(n, r.values[n])
