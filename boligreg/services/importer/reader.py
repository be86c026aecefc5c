"""Read a spreadsheet file into a plain table, or fail with one clear Norwegian message.

.xlsx (and .xlsm/.xls/.ods) are read with python-calamine: ~7× faster than openpyxl on big
sheets (issue 6), typed cells (dates come as dates). CSV is decoded as UTF-8 (with or without
BOM), else Windows-1252 (which also reads ISO-8859-1 text, as Kobo writes it); the separator
(``;``, ``,`` or tab) is the one that splits the first lines most consistently.

The file type is decided by content, not by name: an empty file, a PDF renamed .xlsx, a
password-protected workbook, a truncated one and a sheet without a header row each give
:class:`ImportFileError` and nothing else happens.
"""

from __future__ import annotations

import codecs
import csv
import io
import os
import re
import zipfile
import zlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from python_calamine import CalamineWorkbook

from ...errors import ValidationError
from ...formats import integer
from ...i18n import QT_TRANSLATE_NOOP, Labels, translate
from ...safefiles import UnsafePathError, refuse_non_regular
from ..csvsafe import may_hold_guards, restore_cell
from ..text import NulCharacterError, is_normal, normalise_text, shorten
from .fields import synonym_index
from .headers import column_letter
from .scoring import strip_units
from .values import fold
from .xlsx_guard import MAX_CELL_CHARS, MAX_CELLS, MAX_COLUMNS, XlsxRefusedError, inspect_xlsx

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # encrypted .xlsx and old .xls
ENCRYPTED_MARK = "EncryptionInfo".encode("utf-16-le")
DELIMITERS = (";", "\t", ",")
# Translated when read (i18n.Labels).
DELIMITER_NAMES = Labels("ImportFile", {";": QT_TRANSLATE_NOOP("ImportFile", "semikolon"),
                                        ",": QT_TRANSLATE_NOOP("ImportFile", "komma"),
                                        "\t": QT_TRANSLATE_NOOP("ImportFile", "tabulator")})
ENCODING_NAMES = Labels("ImportFile", {
    "utf-8-sig": QT_TRANSLATE_NOOP("ImportFile", "UTF-8 med BOM"), "utf-8": "UTF-8",
    "cp1252": "Windows-1252", "latin-1": "ISO-8859-1", "utf-16": "UTF-16"})
HEADER_SEARCH_ROWS = 10  # a title or two above the header row is common in bydel sheets
MAX_CSV_BYTES = 100_000_000  # a 100,000-row bydel CSV is 12 MB
# Rows per import: each costs ~4 KB while checked and planned (100,000 rows peak at 420 MB),
# so this keeps any import under 1 GB; all of Oslo is ~12,000 dwellings.
MAX_DATA_ROWS = 150_000
MIXED_LINES_SHOWN = 5
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]")
_CHECKED: set[tuple[str, int, int]] = set()  # the last workbook that passed the checks


class ImportFileError(ValidationError):
    """The file cannot be read as a spreadsheet; nothing was written."""


@dataclass
class Table:
    """One sheet: header texts and data rows (each padded to the header's width).

    ``header_row`` is the header's row number as the spreadsheet shows it (usually 1), so data
    row ``i`` (from 0) is spreadsheet row ``header_row + 1 + i``.
    """

    path: Path
    sheet: str
    sheet_names: list[str]
    headers: list[str]
    rows: list[list[Any]]
    header_row: int = 1
    first_column: int = 0  # 0 = column A
    kind: str = "xlsx"  # "xlsx" or "csv"
    encoding: str | None = None
    delimiter: str | None = None
    notes: list[str] = field(default_factory=list)
    # rows (index in ``rows``) that are not data, with why: sums, blank rows, repeated
    # headers, notes under the table (``classify_rows``); skipped, reported, never errors
    skipped: dict[int, str] = field(default_factory=dict)
    above: list[tuple[int, str]] = field(default_factory=list)  # rows above the header

    def row_number(self, i: int) -> int:
        return self.header_row + 1 + i

    def letter(self, col: int) -> str:
        return column_letter(self.first_column + col)

    def column(self, col: int, limit: int | None = None) -> list[Any]:
        """The column's cells (data rows only: the skipped ones are left out)."""
        if self.skipped:
            rows = [r for i, r in enumerate(self.rows) if i not in self.skipped]
        else:
            rows = self.rows
        rows = rows if limit is None else rows[:limit]
        return [r[col] for r in rows]

    def skipped_nb(self) -> list[str]:
        """The rows that were not read as data, each with its row number and why."""
        row = translate("ImportFile", "Rad {row}: {why}")
        out = [row.format(row=n, why=why) for n, why in self.above]
        out += [row.format(row=self.row_number(i), why=why)
                for i, why in sorted(self.skipped.items())]
        return out

    @property
    def describe_nb(self) -> str:
        """E.g. "CSV, UTF-8 med BOM, skilletegn semikolon" or "Excel, ark «Boliger»"."""
        if self.kind == "csv":
            return translate("ImportFile", "CSV, {encoding}, skilletegn {delimiter}").format(
                encoding=ENCODING_NAMES.get(self.encoding or "", self.encoding),
                delimiter=DELIMITER_NAMES.get(self.delimiter or "", self.delimiter))
        return translate("ImportFile", "Excel, ark «{sheet}»").format(sheet=self.sheet)


def _fail(path: Path, nb: str, en: str) -> ImportFileError:
    return ImportFileError(f"«{path.name}»: {nb} Ingenting er importert.",
                           f"'{path.name}': {en} Nothing was imported.")


def sniff(path: Path) -> str:
    """"xlsx", "xls" or "csv" by content; raises ImportFileError for anything else."""
    if not path.is_dir():  # a folder has its own message below; a FIFO's open would hang
        try:
            refuse_non_regular(path, what="Importfilen", what_en="The import file")
        except UnsafePathError as exc:
            raise ImportFileError(exc.nb, exc.en) from None
    try:
        with path.open("rb") as fh:
            head = fh.read(65536)
    except FileNotFoundError:
        raise _fail(path, "filen finnes ikke.", "the file does not exist.") from None
    except IsADirectoryError:
        raise _fail(path, "er en mappe, ikke en fil.", "is a folder, not a file.") from None
    except OSError as exc:
        raise _fail(path, f"filen kan ikke leses ({exc.strerror}).",
                    f"the file cannot be read ({exc.strerror}).") from None
    if not head.strip():
        raise _fail(path, "filen er tom.", "the file is empty.")
    if head.startswith(ZIP_MAGIC):
        return "xlsx"
    if head.startswith(OLE_MAGIC):
        if ENCRYPTED_MARK in head or _ole_is_encrypted(path):
            raise _fail(
                path,
                "regnearket er passordbeskyttet. Åpne det i Excel, fjern passordet "
                "(Fil → Info → Beskytt arbeidsbok → Krypter med passord) og lagre en kopi.",
                "the workbook is password-protected. Remove the password in Excel and save "
                "a copy.",
            )
        return "xls"
    if b"\x00" in head and not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise _fail(path, "er verken et Excel-regneark (.xlsx) eller en CSV-fil.",
                    "is neither an Excel workbook (.xlsx) nor a CSV file.")
    if head.startswith(b"%PDF") or head.startswith(b"{\\rtf"):
        raise _fail(path, "er verken et Excel-regneark (.xlsx) eller en CSV-fil.",
                    "is neither an Excel workbook (.xlsx) nor a CSV file.")
    return "csv"


def _ole_is_encrypted(path: Path) -> bool:
    with path.open("rb") as fh:
        return ENCRYPTED_MARK in fh.read()


def sheet_names(path: str | os.PathLike[str]) -> list[str]:
    """The worksheets of a workbook (``["CSV"]``-like one-entry list for a CSV file)."""
    p = Path(path)
    kind = sniff(p)
    if kind == "csv":
        return [p.stem]
    return list(_open_workbook(p, kind).sheet_names)


def _open_workbook(path: Path, kind: str) -> Any:
    if kind == "xlsx":
        try:
            with zipfile.ZipFile(path) as zf:
                names = set(zf.namelist())
        except (zipfile.BadZipFile, EOFError, OSError, ValueError):
            raise _fail(path, "filen er skadet eller avkortet (ufullstendig zip-arkiv).",
                        "the file is damaged or truncated (incomplete zip archive).") from None
        if not any(n.startswith(("xl/workbook", "content.xml")) for n in names):
            raise _fail(path, "er en zip-fil, men ikke et Excel-regneark.",
                        "is a zip file but not an Excel workbook.")
        check_xlsx(path)
    try:
        return CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # noqa: BLE001 - calamine's errors are many; all mean "broken"
        if "password" in str(exc).lower() or "encrypt" in str(exc).lower():
            raise _fail(path, "regnearket er passordbeskyttet.",
                        "the workbook is password-protected.") from None
        raise _fail(path, "filen er skadet eller avkortet og kan ikke leses som regneark.",
                    "the file is damaged or truncated and cannot be read.") from None


def check_xlsx(path: Path) -> None:
    """Refuse a workbook over the limits of ``xlsx_guard`` before any reader opens it."""
    try:
        st = path.stat()
        key = (str(path.resolve()), st.st_size, st.st_mtime_ns)
        if key in _CHECKED:  # the window reads the sheet names, then the sheet
            return
        inspect_xlsx(path)
        _CHECKED.clear()
        _CHECKED.add(key)
    except XlsxRefusedError as exc:
        raise _fail(path, exc.nb, exc.en) from None
    except (zipfile.BadZipFile, EOFError, zlib.error, ValueError, NotImplementedError):
        # a CRC error here: the directory's sizes do not match the content (or it is cut off)
        raise _fail(path, "filen er skadet eller avkortet (zip-arkivet stemmer ikke med "
                    "innholdet).", "the file is damaged or truncated.") from None
    except OSError as exc:
        raise _fail(path, f"filen kan ikke leses ({exc.strerror or exc}).",
                    f"the file cannot be read ({exc.strerror or exc}).") from None


def read_table(path: str | os.PathLike[str], sheet: str | None = None) -> Table:
    """The sheet named ``sheet`` (default: the first with data) of ``path`` as a Table."""
    p = Path(path)
    kind = sniff(p)
    if kind == "csv":
        return _read_csv(p)
    return _read_workbook(p, kind, sheet)


def _read_workbook(path: Path, kind: str, sheet: str | None) -> Table:
    wb = _open_workbook(path, kind)
    names = list(wb.sheet_names)
    if not names:
        raise _fail(path, "arbeidsboken har ingen ark.", "the workbook has no sheets.")
    if sheet is not None and sheet not in names:
        raise _fail(path, f"finner ikke arket «{sheet}». Arkene er: "
                    + ", ".join(f"«{n}»" for n in names) + ".",
                    f"no sheet '{sheet}'. Sheets: {', '.join(names)}.")
    candidates = [sheet] if sheet is not None else names
    try:
        for name in candidates:
            ws = wb.get_sheet_by_name(name)
            data = ws.to_python()
            if any(any(c not in ("", None) for c in row) for row in data):
                start_row, start_col = ws.start or (0, 0)
                clean_cells(path, data, start_row, start_col, "xlsx")
                return _table_from_rows(path, name, names, data, start_row, start_col, "xlsx")
    except ImportFileError:
        raise
    except Exception:  # noqa: BLE001 - a sheet calamine cannot decode
        raise _fail(path, "filen er skadet og kan ikke leses som regneark.",
                    "the file is damaged and cannot be read.") from None
    if sheet is not None:
        raise _fail(path, f"arket «{sheet}» er tomt.", f"the sheet '{sheet}' is empty.")
    raise _fail(path, "alle arkene er tomme.", "every sheet is empty.")


def _decode(path: Path, data: bytes) -> tuple[str, str]:
    if data.startswith(codecs.BOM_UTF8):
        body = data[len(codecs.BOM_UTF8):]
        try:
            return body.decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError:
            _refuse_mixed(path, body)
            return body.decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    _refuse_mixed(path, data)
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:  # 0x81, 0x8D … are undefined in cp1252 but fine in ISO-8859-1
        return data.decode("latin-1"), "latin-1"


def _refuse_mixed(path: Path, data: bytes) -> None:
    """Some lines in UTF-8 and others not (two files pasted together, or an editor that saved
    part of the file anew): any single choice turns one part into mojibake, so refuse."""
    if _UTF8_SEQUENCE.search(data) is None:
        return  # not one UTF-8 character anywhere: the common Windows-1252 file
    utf8: list[int] = []
    other: list[int] = []
    for n, line in enumerate(data.split(b"\n"), start=1):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            other.append(n)
        else:
            utf8.append(n)
    if utf8 and other:
        def lines(ns: list[int]) -> str:
            shown = ", ".join(map(str, ns[:MIXED_LINES_SHOWN]))
            return shown + (f" (og {len(ns) - MIXED_LINES_SHOWN} til)"
                            if len(ns) > MIXED_LINES_SHOWN else "")
        raise _fail(
            path,
            f"filen blander tegnkodinger: linje {lines(utf8)} er UTF-8, linje {lines(other)} "
            "er Windows-1252/ISO-8859-1. Æ, ø og å ville blitt feil i den ene delen. Lagre "
            "hele filen på nytt med én koding (helst UTF-8).",
            f"the file mixes encodings: lines {lines(utf8)} are UTF-8, lines {lines(other)} "
            "are Windows-1252.",
        )


def detect_delimiter(text: str) -> str:
    """The separator that splits the first lines into the same, largest number of fields."""
    lines = [ln for ln in text.splitlines()[:50] if ln.strip()][:20]
    best, best_score = ";", (-1.0, 0)
    for delim in DELIMITERS:
        try:
            counts = [len(r) for r in csv.reader(io.StringIO("\n".join(lines)),
                                                 delimiter=delim)]
        except csv.Error:  # e.g. a field over the size limit: the real read will say so
            continue
        if not counts or counts[0] < 2:
            continue
        common, freq = Counter(counts).most_common(1)[0]
        score = (freq / len(counts), common)
        if score > best_score:
            best, best_score = delim, score
    return best


def _read_csv(path: Path) -> Table:
    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_CSV_BYTES + 1)
    except OSError as exc:
        raise _fail(path, f"filen kan ikke leses ({exc.strerror}).",
                    f"the file cannot be read ({exc.strerror}).") from None
    if len(data) > MAX_CSV_BYTES:
        raise _fail(path, f"CSV-filen er over {MAX_CSV_BYTES // 1_000_000} MB; et "
                    "bydelsregneark er langt mindre. Del den opp.",
                    f"the CSV file is over {MAX_CSV_BYTES // 1_000_000} MB.")
    text, encoding = _decode(path, data)
    del data
    delimiter = detect_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[list[str]] = []
    cells = 0
    try:
        for row in reader:
            cells += len(row)
            if cells > MAX_CELLS:
                raise _fail(path, f"filen har over {integer(MAX_CELLS)} celler (høyst "
                            f"{integer(MAX_CELLS)}).", f"the file has over {MAX_CELLS} cells.")
            rows.append(row)
    except csv.Error as exc:
        if "field limit" in str(exc):
            limit = integer(csv.field_size_limit())
            raise _fail(
                path,
                f"linje {reader.line_num}: et felt er over {limit} tegn (Excel tillater høyst "
                f"{integer(MAX_CELL_CHARS)} i en celle). Ofte er et anførselstegn (\") ikke "
                "lukket.",
                f"line {reader.line_num}: a field is over {limit} characters.",
            ) from None
        raise _fail(path, f"CSV-filen kan ikke leses (linje {reader.line_num}: {exc}).",
                    f"the CSV file cannot be read (line {reader.line_num}: {exc}).") from None
    if may_hold_guards(text):  # boligreg's CSV exports quote formula-like text: undo it
        rows = [[restore_cell(c) for c in row] for row in rows]
    del text
    clean_cells(path, rows, 0, 0, "csv")
    table = _table_from_rows(path, path.stem, [path.stem], rows, 0, 0, "csv")
    table.encoding, table.delimiter = encoding, delimiter
    return table


def clean_cells(path: Path, data: list[list[Any]], start_row: int, start_col: int,
                kind: str) -> None:
    """Normalise every text cell in place (NFC, no invisible format characters, see
    ``services.text``); refuse a NUL character or a cell over Excel's 32,767 characters."""
    for r, row in enumerate(data):
        texts = row if kind == "csv" else [c for c in row if c.__class__ is str]
        if not texts:
            continue
        joined = "\n".join(texts)
        if is_normal(joined) and (len(joined) <= MAX_CELL_CHARS
                                  or max(map(len, texts)) <= MAX_CELL_CHARS):
            continue  # the common row: nothing to change, checked at C speed
        for c, cell in enumerate(row):
            if cell.__class__ is not str or not cell:
                continue
            where = (f"linje {start_row + r + 1}, felt {start_col + c + 1}" if kind == "csv"
                     else f"celle {column_letter(start_col + c)}{start_row + r + 1}")
            if len(cell) > MAX_CELL_CHARS:
                n, most = integer(len(cell)), integer(MAX_CELL_CHARS)
                raise _fail(path, f"{where} har {n} tegn; Excel tillater høyst {most} i en "
                            "celle.", f"{where}: {len(cell)} characters (limit {MAX_CELL_CHARS}).")
            try:
                row[c] = normalise_text(cell)
            except NulCharacterError:
                raise _fail(path, f"{where} inneholder et NUL-tegn (tegnkode 0), som ikke "
                            "kan lagres. Filen er trolig skadet eller ikke en tekstfil.",
                            f"{where} holds a NUL character.") from None


def _is_data_like(cell: Any) -> bool:
    """A header cell is text; numbers, dates and booleans mean the row is data."""
    if isinstance(cell, bool | int | float) or hasattr(cell, "year"):
        return True
    text = str(cell).strip().replace(",", "").replace(".", "").replace(" ", "")
    return text.isdigit()


def _table_from_rows(path: Path, sheet: str, names: list[str], data: list[list[Any]],
                     start_row: int, start_col: int, kind: str) -> Table:
    """The sheet's cells as a :class:`Table`: its header row found, its width and size
    checked, rows padded to the width, titles above the header noted."""
    nonempty, header_i = _find_header(path, sheet, data, start_row)
    header = data[header_i]
    width = _checked_width(path, data, header_i, start_col)
    headers = []
    for c in range(width):
        text = str(header[c]).strip() if c < len(header) and header[c] is not None else ""
        headers.append(text or f"(kolonne {column_letter(start_col + c)})")
    rows: list[list[Any]] = []
    pad = [""] * width
    for row in data[header_i + 1:]:
        if len(row) < width:
            row = list(row) + pad[: width - len(row)]
        elif len(row) > width:
            row = row[:width]
        rows.append(row)
    while rows and not any(c not in ("", None) for c in rows[-1]):
        rows.pop()
    if not rows or all(all(c in ("", None) or (isinstance(c, str) and not c.strip())
                           for c in row) for row in rows):
        raise _fail(path, f"filen har ingen datarader, bare overskriftsraden (rad "
                    f"{start_row + header_i + 1}).",
                    "the file has no data rows, only the header row.")
    notes, above = _rows_above(data, nonempty, header_i, start_row)
    table = Table(path=path, sheet=sheet, sheet_names=names, headers=headers, rows=rows,
                  header_row=start_row + header_i + 1, first_column=start_col, kind=kind,
                  notes=notes, above=above)
    table.skipped = classify_rows(header[:width], rows)
    return table


def _filled(row: list[Any]) -> int:
    return sum(1 for c in row if c not in ("", None) and str(c).strip())


def _find_header(path: Path, sheet: str, data: list[list[Any]], start_row: int
                 ) -> tuple[list[int], int]:
    """(the first filled rows' indexes, the header row's index); refuses an empty sheet and
    one whose header row looks like data."""
    # Only the first filled rows matter for finding the header; a big sheet is not scanned.
    nonempty: list[int] = []
    for i, row in enumerate(data):
        if _filled(row):
            nonempty.append(i)
            if len(nonempty) >= HEADER_SEARCH_ROWS:
                break
    if not nonempty:
        raise _fail(path, f"arket «{sheet}» er tomt.", f"the sheet '{sheet}' is empty.")
    # The header is the row among the first ones whose cells name the most known fields (a
    # title line or a grouped header above it is skipped); without any known names, the first
    # row with two or more filled cells; a one-column sheet uses its first filled row.
    header_i = nonempty[0]
    for i in nonempty:
        if _filled(data[i]) >= 2:
            header_i = i
            break
    best = 0
    for i in nonempty:
        row = data[i]
        if _filled(row) < 2 or any(_is_data_like(c) for c in row if c not in ("", None)):
            continue
        known = header_likeness(row)
        if known > best:
            best, header_i = known, i
    header = data[header_i]
    if any(_is_data_like(c) for c in header if c not in ("", None)):
        shown = shorten(", ".join(f"«{shorten(c, 40)}»" for c in header[:12]
                                  if c not in ("", None)), 120)
        raise _fail(
            path,
            f"arket «{sheet}» mangler overskriftsrad: rad {start_row + header_i + 1} ser ut "
            f"som data ({shown}). Sett kolonneoverskrifter (f.eks. Adresse, Postnr, "
            "Bruksenhetsnr) i første rad.",
            f"the sheet '{sheet}' has no header row: row {start_row + header_i + 1} looks "
            "like data.",
        )
    return nonempty, header_i


def _checked_width(path: Path, data: list[list[Any]], header_i: int, start_col: int) -> int:
    """The table's width from the header row down; refuses a sheet over the size limits."""
    # The width is the last filled column of any row: trailing empty columns (CSV lines
    # ending in ';') are dropped. Each row is scanned from its end only down to the width
    # found so far, so the work is linear in the cells whatever the shape (issue 18, C4).
    width = 0
    for r in data[header_i:]:
        n = len(r)
        while n > width and r[n - 1] in ("", None):
            n -= 1
        if n > width:
            width = n
    if width > MAX_COLUMNS:
        last = column_letter(start_col + width - 1)
        raise _fail(path, f"arket har data i kolonne {width} ({last}); Excel har høyst "
                    f"{integer(MAX_COLUMNS)} kolonner.",
                    f"the sheet has data in column {width}.")
    body_rows = len(data) - header_i - 1
    if body_rows > MAX_DATA_ROWS:
        raise _fail(path, f"filen har {integer(body_rows)} rader etter overskriften; høyst "
                    f"{integer(MAX_DATA_ROWS)} per import (hele Oslo har om lag {integer(12_000)} "
                    "kommunale boliger). Del filen opp.",
                    f"the file has {body_rows} rows (at most {MAX_DATA_ROWS} per import).")
    if width * body_rows > MAX_CELLS:
        raise _fail(path, f"arket er {integer(body_rows)} rader × {integer(width)} kolonner, over "
                    f"{integer(MAX_CELLS)} celler.",
                    f"the sheet is {body_rows} × {width}, over {MAX_CELLS} cells.")
    return width


def _rows_above(data: list[list[Any]], nonempty: list[int], header_i: int, start_row: int
                ) -> tuple[list[str], list[tuple[int, str]]]:
    """The titles and grouped headers above the header row (skipped), and the note that
    says so."""
    notes = []
    above: list[tuple[int, str]] = []
    for i in nonempty:
        if i >= header_i:
            break
        shown = shorten(" · ".join(str(c).strip() for c in data[i] if c not in ("", None)
                                   and str(c).strip()), 60)
        if _filled(data[i]) >= 2:
            above.append((start_row + i + 1, translate(
                "ImportFile", "gruppeoverskrift over overskriftsraden («{text}»)").format(
                text=shown)))
        else:
            above.append((start_row + i + 1, translate("ImportFile", "tittel («{text}»)").format(
                text=shown)))
    if above:
        rows_nb = ", ".join(str(n) for n, _ in above)
        notes.append(translate("ImportFile", "Rad {rows} ser ut som tittel eller "
                                             "gruppeoverskrift og er hoppet over.").format(
            rows=rows_nb))
    return notes, above


_TOTAL = re.compile(r"^\s*(sum|summer|totalt?|i\s*alt|delsum|delsummer|subtotal|sub-total|"
                    r"grand total|samlet)\b", re.IGNORECASE)


def header_likeness(row: Sequence[Any]) -> int:
    """How many cells of a row are known header names (whole or with a unit)."""
    index = synonym_index()
    n = 0
    for c in row:
        if c in ("", None) or not isinstance(c, str):
            continue
        key = fold(c)
        if key in index or (key and strip_units(c)[0] in index):
            n += 1
    return n


def classify_rows(header: Sequence[Any], rows: list[list[Any]]) -> dict[int, str]:
    """The rows that are not data, with why (Norwegian): blank rows, repeated header rows,
    sum and subtotal rows, a single text cell between or under the data (a building's name
    as a subheading, a note or a source under the table)."""
    width = len(header)
    head = [fold(str(c)) if c not in ("", None) else "" for c in header]
    head_filled = [k for k, h in enumerate(head) if h]
    first_head = head_filled[0] if head_filled else 0
    # a repeated header is a pasted copy: its first cell as written (or in another case)
    first_text = str(header[first_head]) if header and header[first_head] is not None else ""
    looks_like_head = {first_text, first_text.strip(), first_text.strip().casefold(),
                       first_text.strip().upper()} - {""}
    out: dict[int, str] = {}
    last_data = -1
    sparse: list[int] = []
    for i, row in enumerate(rows):
        n = width - row.count("") - row.count(None)
        if n * 2 > width and row[first_head] not in looks_like_head:
            last_data = i  # the common row: dense, not a header: data (C-speed checks only)
            continue
        texts = [str(c).strip() for c in row if c not in ("", None) and str(c).strip()]
        if not texts:
            out[i] = translate("ImportFile", "tom rad")
            continue
        if head_filled and sum(1 for k in head_filled if isinstance(row[k], str)
                               and fold(row[k]) == head[k]) * 2 >= len(head_filled) + 1:
            out[i] = translate("ImportFile", "gjentatt overskriftsrad")
            continue
        if any(_TOTAL.match(t) for t in texts[:3] if not _is_data_like(t)):
            out[i] = translate("ImportFile", "sumrad («{text}»)").format(
                text=shorten(texts[0], 40))
            continue
        if width >= 4 and len(texts) == 1 and not _is_data_like(texts[0]):
            sparse.append(i)
            continue
        last_data = i
    for i in sparse:
        text = shorten(next(str(c).strip() for c in rows[i] if c not in ("", None)
                            and str(c).strip()), 40)
        out[i] = (translate("ImportFile", "merknad under tabellen («{text}»)") if i > last_data
                  else translate("ImportFile", "mellomtittel («{text}»)")).format(text=text)
    return out
