"""Housing-social indicators: import in long form (CSV or xlsx), and read them for a year.

Long form is one value a row: ``district, year, indicator, value, source`` (Norwegian headers
``bydel, år, indikator, verdi, kilde`` work too). The import is all or nothing: every row is
checked first, and any problem (unknown district or year, a value that is not a number, a
missing source, the same indicator twice) refuses the whole file with the row numbers as a
spreadsheet shows them (the header is row 1). Known indicators are named in ``CATALOGUE``;
other names are stored as written and shown as they are.
"""

from __future__ import annotations

import csv
import io
import math
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ..errors import ValidationError
from ..models import District, Indicator
from .controlchars import ControlCharError, clean_controls
from .importer.reader import MAX_CSV_BYTES, _decode, _fail, check_xlsx, clean_cells, sniff

OSLO = "oslo"
FIRST_YEAR = 1990
MAX_PROBLEMS_SHOWN = 25


@dataclass(frozen=True)
class IndicatorDef:
    key: str
    label: str  # Norwegian, as printed on the sheet
    unit: str  # "antall" or "%"
    additive: bool  # the bydeler's values add up to Oslo's
    aliases: tuple[str, ...] = ()


CATALOGUE: tuple[IndicatorDef, ...] = (
    IndicatorDef("applications", "Søknader om kommunal bolig", "antall", True,
                 ("søknader", "soknader", "nye søknader")),
    IndicatorDef("allocations", "Tildelinger av kommunal bolig", "antall", True,
                 ("tildelinger", "tildelte boliger")),
    IndicatorDef("refusals", "Avslag på søknad om kommunal bolig", "antall", True,
                 ("avslag",)),
    IndicatorDef("appeals", "Klagesaker", "antall", True, ("klager", "klagesaker")),
    IndicatorDef("appeals_reversed", "Klager der vedtaket ble omgjort", "antall", True,
                 ("omgjorte klager", "omgjort", "klager omgjort")),
    IndicatorDef("temporary_accommodation", "Husstander i midlertidig botilbud", "antall", True,
                 ("midlertidig botilbud", "midlertidig bolig")),
    IndicatorDef("housing_allowance", "Husstander som mottar bostøtte", "antall", True,
                 ("bostøtte", "bostotte", "bostøttemottakere")),
    IndicatorDef("homeless", "Bostedsløse (kartlegging)", "antall", True,
                 ("bostedsløse", "bostedslose")),
    IndicatorDef("new_households", "Nyinnflyttede husstander", "antall", True,
                 ("nyinnflyttede", "nyinnflyttede husstander")),
    IndicatorDef("waiting_adapted", "På venteliste for tilrettelagt bolig", "antall", True,
                 ("venteliste", "behov for tilrettelagt bolig")),
)
BY_KEY = {d.key: d for d in CATALOGUE}
# Derived on the sheet when both parts are there: (key, label, numerator, denominator).
DERIVED: tuple[tuple[str, str, str, str], ...] = (
    ("refusal_share", "Andel avslag av søknader", "refusals", "applications"),
    ("appeals_reversed_share", "Andel klager omgjort", "appeals_reversed", "appeals"),
)

_COLUMNS = {
    "district": ("district", "bydel", "district_code", "bydelskode", "bydelsnummer", "bydelsnr"),
    "year": ("year", "år", "aar", "årstall", "arstall"),
    "indicator": ("indicator", "indikator"),
    "value": ("value", "verdi"),
    "source": ("source", "kilde"),
}


def _norm(text: str) -> str:
    """Lower case without spaces, dots and dashes: "St. Hanshaugen" == "st.hanshaugen"."""
    return re.sub(r"[\s.\-_]+", "", text.strip().lower())


def _alias_map() -> dict[str, str]:
    out: dict[str, str] = {}
    for d in CATALOGUE:
        for name in (d.key, d.label, *d.aliases):
            out[_norm(name)] = d.key
    return out


_ALIASES = _alias_map()


def indicator_key(name: str) -> str:
    """The catalogue key for a name or alias; the trimmed name itself if unknown."""
    return _ALIASES.get(_norm(name), " ".join(name.split()))


def indicator_label(key: str) -> str:
    d = BY_KEY.get(key)
    if d:
        return d.label
    return next((label for k, label, _n, _d in DERIVED if k == key), key)


# --------------------------------------------------------------------------- reading files


@dataclass(frozen=True)
class RawRow:
    row: int  # as a spreadsheet numbers it (header = 1)
    district: Any
    year: Any
    indicator: Any
    value: Any
    source: Any


class IndicatorImportError(ValidationError):
    """The file was refused; ``problems`` lists (row, Norwegian message). Nothing was written."""

    def __init__(self, problems: list[tuple[int, str]], path: str = "") -> None:
        self.problems = problems
        shown = problems[:MAX_PROBLEMS_SHOWN]
        lines = [f"rad {r}: {m}" if r else m for r, m in shown]
        more = len(problems) - len(shown)
        if more > 0:
            lines.append(f"… og {more} feil til")
        where = f"«{Path(path).name}» " if path else ""
        super().__init__(
            f"{where}ble ikke importert ({len(problems)} feil; ingenting er lagret):\n"
            + "\n".join(lines),
            f"{where}was not imported ({len(problems)} problems; nothing was saved).",
            field="file",
        )


def _header_map(header: list[Any]) -> tuple[dict[str, int], list[str]]:
    names = [_norm(str(h)) if h is not None else "" for h in header]
    found: dict[str, int] = {}
    for key, options in _COLUMNS.items():
        for i, n in enumerate(names):
            if n in {_norm(o) for o in options}:
                found[key] = i
                break
    missing = [k for k in _COLUMNS if k not in found]
    return found, missing


def _rows_from_table(table: list[tuple[int, list[Any]]], path: Path) -> list[RawRow]:
    """``table``: (sheet row number, cells). The first non-empty row is the header."""
    body = [(n, cells) for n, cells in table if any(_blank(c) is False for c in cells)]
    if not body:
        raise IndicatorImportError([(0, "filen er tom")], str(path))
    header_row, header = body[0]
    cols, missing = _header_map(header)
    if missing:
        expected = ", ".join(_COLUMNS)
        raise IndicatorImportError(
            [(header_row, f"mangler kolonne(r): {', '.join(missing)} "
                          f"(forventet {expected}, eller bydel, år, indikator, verdi, kilde)")],
            str(path),
        )

    def cell(cells: list[Any], key: str) -> Any:
        i = cols[key]
        return cells[i] if i < len(cells) else None

    return [
        RawRow(n, cell(c, "district"), cell(c, "year"), cell(c, "indicator"), cell(c, "value"),
               cell(c, "source"))
        for n, c in body[1:]
    ]


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _read_csv(path: Path) -> list[RawRow]:
    # The importer's reader: content sniffed, mixed encodings refused, size and field limits,
    # text normalised (issue 18) — one clear message for a PDF or a broken file.
    if sniff(path) != "csv":
        raise _fail(path, "er et regneark eller annen binærfil, ikke en CSV-fil (gi den "
                    "filendelsen .xlsx hvis den er et Excel-regneark).",
                    "is not a CSV file.")
    with path.open("rb") as fh:
        data = fh.read(MAX_CSV_BYTES + 1)
    if len(data) > MAX_CSV_BYTES:
        raise _fail(path, f"CSV-filen er over {MAX_CSV_BYTES // 1_000_000} MB.",
                    f"the CSV file is over {MAX_CSV_BYTES // 1_000_000} MB.")
    text, _encoding = _decode(path, data)
    first = text.split("\n", 1)[0]
    # Norwegian Excel writes ";" (the comma is the decimal sign); pick what the header uses.
    delimiter = max(";,\t", key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        rows = list(reader)
    except csv.Error as exc:
        raise _fail(path, f"CSV-filen kan ikke leses (linje {reader.line_num}: "
                    f"{'et felt er for langt' if 'field limit' in str(exc) else exc}).",
                    f"the CSV file cannot be read (line {reader.line_num}: {exc}).") from None
    clean_cells(path, rows, 0, 0, "csv")
    table = [(i, row) for i, row in enumerate(rows, start=1)]
    return _rows_from_table(table, path)


def _read_xlsx(path: Path) -> list[RawRow]:
    from openpyxl import load_workbook  # lazy: openpyxl ≈ 0.3–1.1 s, only for an xlsx

    if sniff(path) != "xlsx":
        raise _fail(path, "er ikke et Excel-regneark (.xlsx).", "is not an .xlsx workbook.")
    check_xlsx(path)  # sizes, zip bomb, cell range: before openpyxl pads rows to them
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception:  # noqa: BLE001 - openpyxl raises several types for a broken file
        raise _fail(path, "filen er skadet og kan ikke leses som regneark.",
                    "the file is damaged and cannot be read.") from None
    try:
        ws = wb.worksheets[0]
        table = [(i, list(row)) for i, row in enumerate(ws.iter_rows(values_only=True), start=1)]
    except Exception:  # noqa: BLE001 - a damaged sheet
        raise _fail(path, "arket er skadet og kan ikke leses.",
                    "the sheet is damaged and cannot be read.") from None
    finally:
        wb.close()
    return _rows_from_table(table, path)


def read_indicator_file(path: str | Path) -> list[RawRow]:
    """The rows of a CSV or xlsx file, unchecked."""
    p = Path(path)
    if not p.is_file():
        raise ValidationError(f"Finner ikke filen «{p}».", f"File not found: '{p}'.", field="file")
    suffix = p.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(p)
    if suffix in (".csv", ".txt", ".tsv"):
        return _read_csv(p)
    raise ValidationError(
        f"«{p.name}»: bare CSV og xlsx kan importeres.",
        f"'{p.name}': only CSV and xlsx can be imported.",
        field="file",
    )


# --------------------------------------------------------------------------- checking


@dataclass(frozen=True)
class CheckedRow:
    row: int
    district_code: str
    year: int
    indicator: str
    value: float
    source: str


def _district_lookup(conn: sa.Connection) -> dict[str, str]:
    """Every accepted spelling of the 15 bydeler -> code."""
    d = District.__table__
    out: dict[str, str] = {}
    for code, number, name, official in conn.execute(
        sa.select(d.c.code, d.c.number, d.c.name, d.c.official_name).where(
            d.c.deleted_at.is_(None), d.c.has_dwellings.is_(True)
        )
    ):
        for alias in (code, number, str(int(number)), name, official, f"bydel {name}"):
            out[_norm(alias)] = code
    return out


def _as_text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value).strip()


def parse_number(value: Any) -> float | None:
    """A number from a cell: 12, 12.5, "12,5", "1 234", "1.234,5", "12 %"; None if not one."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value) if math.isfinite(value) else None
    if not isinstance(value, str):
        return None
    s = re.sub(r"[\s\u00a0\u202f]", "", value).rstrip("%")
    if "," in s and "." in s:
        s = s.replace(".", "").replace(",", ".")  # 1.234,5
    elif "," in s:
        s = s.replace(",", ".")
    if not re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)", s):
        return None
    number = float(s)
    return number if math.isfinite(number) else None


def _clean_text(text: str, what: str, errs: list[str]) -> str:
    """Stored and printed as written, so no NUL or terminal escapes (issue 18, S8)."""
    try:
        return clean_controls(text).strip()
    except ControlCharError as exc:
        errs.append(f"{what}: {exc.nb[0].lower()}{exc.nb[1:]}")
        return text


def check_rows(
    conn: sa.Connection, rows: list[RawRow], *, today: date | None = None
) -> list[CheckedRow]:
    """Check every row; raise IndicatorImportError listing every problem, or return them all."""
    today = today or date.today()
    districts = _district_lookup(conn)
    problems: list[tuple[int, str]] = []
    out: list[CheckedRow] = []
    seen: dict[tuple[str, int, str], int] = {}
    if not rows:
        problems.append((0, "filen har ingen datarader"))
    for r in rows:
        errs: list[str] = []
        dtext = _as_text(r.district)
        code = districts.get(_norm(dtext)) if dtext else None
        if not dtext:
            errs.append("bydel mangler")
        elif code is None:
            if _norm(dtext) in ("00", "0", "0301", "oslo", "osloialt"):
                errs.append(f"«{dtext}»: tall for hele Oslo importeres ikke; "
                            "Oslo-tallene summeres fra bydelene")
            else:
                errs.append(f"ukjent bydel «{dtext}»")
        ytext = _as_text(r.year)
        year: int | None = None
        if not ytext:
            errs.append("år mangler")
        elif not re.fullmatch(r"\d{4}", ytext):
            errs.append(f"ugyldig år «{ytext}»")
        elif not FIRST_YEAR <= int(ytext) <= today.year:
            errs.append(f"året {ytext} er utenfor {FIRST_YEAR}–{today.year}")
        else:
            year = int(ytext)
        itext = _clean_text(_as_text(r.indicator), "indikatornavnet", errs)
        key = indicator_key(itext) if itext else ""
        if not itext:
            errs.append("indikator mangler")
        elif len(key) > 80:
            errs.append("indikatornavnet er lengre enn 80 tegn")
        value = parse_number(r.value)
        if _blank(r.value):
            errs.append("verdi mangler")
        elif value is None:
            errs.append(f"verdien «{_as_text(r.value)}» er ikke et tall")
        elif value < 0:
            errs.append(f"verdien {_as_text(r.value)} er negativ")
        source = _clean_text(_as_text(r.source), "kilden", errs)
        if not source:
            errs.append("kilde mangler (hvert tall på faktaarket skal ha kilde)")
        elif len(source) > 300:
            errs.append("kilden er lengre enn 300 tegn")
        if code and year is not None and key:
            first = seen.setdefault((code, year, key), r.row)
            if first != r.row:
                errs.append(f"samme bydel, år og indikator som rad {first}")
        if errs:
            problems.extend((r.row, e) for e in errs)
        else:
            assert code is not None and year is not None and value is not None
            out.append(CheckedRow(r.row, code, year, key, value, source))
    if problems:
        raise IndicatorImportError(problems)
    return out


# --------------------------------------------------------------------------- import


@dataclass
class ImportResult:
    rows: int = 0
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    unknown_indicators: list[str] = field(default_factory=list)  # stored as written


def import_indicators(session: Session, path: str | Path, *, today: date | None = None
                      ) -> ImportResult:
    """Check and store the file's rows in ``session``'s transaction (the caller commits).

    A row for a district, year and indicator already stored replaces its value and source.
    """
    raw = read_indicator_file(path)
    try:
        rows = check_rows(session.connection(), raw, today=today)
    except IndicatorImportError as exc:
        raise IndicatorImportError(exc.problems, str(path)) from None
    result = ImportResult(rows=len(rows))
    result.unknown_indicators = sorted({r.indicator for r in rows if r.indicator not in BY_KEY})
    years = {r.year for r in rows}
    existing = {
        (i.district_code, i.year, i.indicator): i
        for i in session.scalars(sa.select(Indicator).where(Indicator.year.in_(years)))
    }
    for r in rows:
        obj = existing.get((r.district_code, r.year, r.indicator))
        if obj is None:
            session.add(Indicator(district_code=r.district_code, year=r.year,
                                  indicator=r.indicator, value=r.value, source=r.source))
            result.inserted += 1
        elif obj.deleted_at is not None or obj.value != r.value or obj.source != r.source:
            # A soft-deleted row still holds the unique key: bring it back with the new value.
            obj.deleted_at = None
            obj.value, obj.source = r.value, r.source
            result.updated += 1
        else:
            result.unchanged += 1
    session.flush()
    return result


# --------------------------------------------------------------------------- reading back


def indicator_rows_for(
    conn: sa.Connection, year: int, sheet_codes: list[str]
) -> dict[str, list[dict[str, Any]]]:
    """Indicator rows per district code for ``year``, plus "oslo" (sums where every bydel has
    the value), with derived shares. Each row: indicator, label, value, unit, source, derived,
    districts (how many bydeler an Oslo sum covers; None for a bydel)."""
    t = Indicator.__table__
    values: dict[str, dict[str, tuple[float, str]]] = {}
    for code, key, value, source in conn.execute(
        sa.select(t.c.district_code, t.c.indicator, t.c.value, t.c.source).where(
            t.c.deleted_at.is_(None), t.c.year == year
        )
    ):
        values.setdefault(code, {})[key] = (float(value), source or "")
    out: dict[str, list[dict[str, Any]]] = {}
    for code, vals in values.items():
        out[code] = _rows(vals, None)
    oslo: dict[str, tuple[float, str]] = {}
    if sheet_codes:
        for d in CATALOGUE:
            have = [values[c][d.key] for c in sheet_codes if d.key in values.get(c, {})]
            if d.additive and len(have) == len(sheet_codes):
                sources = sorted({s for _v, s in have if s})
                oslo[d.key] = (sum(v for v, _s in have), "; ".join(sources))
    if oslo:
        out[OSLO] = _rows(oslo, len(sheet_codes))
    return out


def _rows(vals: dict[str, tuple[float, str]], districts: int | None) -> list[dict[str, Any]]:
    order = {d.key: i for i, d in enumerate(CATALOGUE)}
    rows = []
    for key in sorted(vals, key=lambda k: (order.get(k, len(order)), k.lower())):
        value, source = vals[key]
        d = BY_KEY.get(key)
        rows.append({"indicator": key, "label": indicator_label(key), "value": value,
                     "unit": d.unit if d else "", "source": source, "derived": False,
                     "districts": districts})
    for key, label, num, den in DERIVED:
        if num in vals and den in vals and vals[den][0] > 0:
            rows.append({"indicator": key, "label": label,
                         "value": 100.0 * vals[num][0] / vals[den][0], "unit": "%",
                         "source": f"Beregnet: {indicator_label(num).lower()} / "
                                   f"{indicator_label(den).lower()}",
                         "derived": True, "districts": districts})
    return rows
