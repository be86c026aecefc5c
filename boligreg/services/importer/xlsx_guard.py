"""Look inside an .xlsx before any reader does (issue 18, C1/C2).

python-calamine builds a dense grid over the cells it finds: one cell at XFD1048576 asks for
17 billion cells (512 GiB, the process aborts), a 1 MB zip bomb inflates to gigabytes, and a
shared string referenced a million times becomes a million copies. So before the workbook is
opened, :func:`inspect_xlsx` reads the zip's directory and streams every member through a
bounded reader (never more than :data:`CHUNK` + :data:`MAX_ELEMENT_BYTES` in memory):

* sizes from the central directory: total uncompressed size, compression ratio of big members;
  every member is read to its end, so a member whose real content differs from the size the
  directory states fails its CRC check and the file is refused as damaged;
* per worksheet: the declared ``<dimension ref=…>``, the rows and columns cells with content
  actually use (their bounding box is what the reader allocates), text bytes, and text runs
  longer than Excel's own cell limit;
* the shared strings: each one's length, so the text the sheets reference is counted too.

Anything over the limits below gives one :class:`~.reader.ImportFileError`; nothing is read.
"""

from __future__ import annotations

import html
import re
import zipfile
from array import array
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from xml.parsers import expat

from ...formats import integer
from .headers import column_letter

# --- limits (each one far above any real bydel sheet: 100,000 rows × 21 columns is a 78 MB
# sheet XML, 2.1 million cells, ratio 11:1, ~25 MB of text) --------------------------------
MAX_ROWS = 1_048_576  # Excel's own limits
MAX_COLUMNS = 16_384  # XFD
MAX_CELL_CHARS = 32_767  # Excel's own limit for one cell
MAX_CELLS = 3_000_000  # bounding box of the used cells (≈ 100 bytes each once read)
MAX_TEXT_BYTES = 250_000_000  # one sheet's XML (its inline text is no more) + shared text it uses
MAX_UNCOMPRESSED = 500_000_000  # all members together
MAX_MEMBERS = 10_000
MAX_RATIO = 100  # uncompressed : compressed, for members over RATIO_MIN_BYTES
RATIO_MIN_BYTES = 1_000_000
MAX_ELEMENT_BYTES = 8_000_000  # one cell's XML (a real one is well under 1 MB)
CHUNK = 1 << 20

_PFX = rb"(?:[A-Za-z_][\w.-]*:)?"
# a cell with content (not self-closing) and an A1-style reference
_CELL_REF = re.compile(rb'<c r="([A-Z]{1,3}[0-9]{1,7})"')
_LETTERS = bytes(range(65, 91))
_DIGITS = b"0123456789"
_SHARED_REF = re.compile(rb't="s"[^>]*>\s*<v>\s*([0-9]{1,10})\s*<')
_SHARED_REF_ANY = re.compile(rb"<" + _PFX + rb"c\b[^>]*?\bt=\"s\"[^>]*>\s*<" + _PFX
                             + rb"v>\s*([0-9]{1,10})\s*<")
_LONG_RUN = re.compile(rb">[^<]{%d,}" % (MAX_CELL_CHARS + 1))
_CUT = re.compile(rb"<" + _PFX + rb"(?:c|row)\b")
_DIMENSION = re.compile(rb"<" + _PFX + rb"dimension\b[^>]*?\bref=\"([^\"]*)\"")
_REF = re.compile(r"^\$?([A-Z]{1,3})\$?([0-9]{1,7})$")
_SST_REL = re.compile(rb"Type=\"[^\"]*/sharedStrings\"[^>]*?Target=\"([^\"]+)\"|"
                      rb"Target=\"([^\"]+)\"[^>]*?Type=\"[^\"]*/sharedStrings\"")


class XlsxRefusedError(Exception):
    """Why the workbook is refused: (Norwegian, English)."""

    def __init__(self, nb: str, en: str) -> None:
        super().__init__(nb)
        self.nb, self.en = nb, en


@dataclass
class SheetFacts:
    member: str
    declared: str | None = None
    rows: tuple[int, int] | None = None  # first, last used row (from 1)
    columns: tuple[int, int] | None = None  # first, last used column (from 1)
    text_bytes: int = 0  # the sheet XML's size: inline text can be no more
    shared_refs: Counter[int] = field(default_factory=Counter)

    @property
    def cells(self) -> int:
        if self.rows is None or self.columns is None:
            return 0
        return (self.rows[1] - self.rows[0] + 1) * (self.columns[1] - self.columns[0] + 1)


@dataclass
class XlsxFacts:
    uncompressed: int = 0
    sheets: list[SheetFacts] = field(default_factory=list)
    shared_lengths: array = field(default_factory=lambda: array("q"))


def column_number(letters: str) -> int:
    """"A" → 1, "XFD" → 16384."""
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


def _ref_name(row: int, col: int) -> str:
    return f"{column_letter(col - 1)}{row}"


def inspect_xlsx(path: Path) -> XlsxFacts:
    """The facts above, or :class:`XlsxRefusedError`. ``zipfile.BadZipFile`` means damaged."""
    facts = XlsxFacts()
    with zipfile.ZipFile(path) as zf:
        infos = zf.infolist()
        if len(infos) > MAX_MEMBERS:
            raise XlsxRefusedError(
                f"arkivet har {integer(len(infos))} deler (høyst {integer(MAX_MEMBERS)}).",
                f"the archive has {len(infos)} members.")
        facts.uncompressed = sum(i.file_size for i in infos)
        if facts.uncompressed > MAX_UNCOMPRESSED:
            raise XlsxRefusedError(
                f"filen pakkes ut til {integer(facts.uncompressed // 1_000_000)} MB "
                f"(høyst {integer(MAX_UNCOMPRESSED // 1_000_000)} MB). Den er enten en zip-bombe "
                "eller langt større enn et bydelsregneark.",
                f"the file unpacks to {facts.uncompressed // 1_000_000} MB.")
        for i in infos:
            if i.file_size > RATIO_MIN_BYTES and \
                    i.file_size > MAX_RATIO * max(i.compress_size, 1):
                raise XlsxRefusedError(
                    f"delen «{i.filename[:60]}» er pakket {i.file_size // max(i.compress_size, 1)}"
                    f":1 (høyst {MAX_RATIO}:1): filen ser ut som en zip-bombe.",
                    f"member '{i.filename[:60]}' is compressed beyond {MAX_RATIO}:1 "
                    "(a zip bomb).")
        sst_names = _shared_string_members(zf, infos)
        for i in infos:  # the shared strings first: the sheets' references are counted in them
            if i.filename in sst_names:
                _scan_shared_strings(zf, i, facts)
        for i in infos:
            if i.filename == "content.xml":  # OpenDocument: repeated rows and cells
                facts.sheets.extend(_scan_ods(zf, i))
            elif i.filename not in sst_names and not i.is_dir():
                sheet = _scan_member(zf, i, facts)
                if sheet is not None:
                    facts.sheets.append(sheet)
    for sheet in facts.sheets:
        _check_sheet(sheet, facts)
    return facts


def _shared_string_members(zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> set[str]:
    names = {i.filename for i in infos if re.search(r"sharedstrings[^/]*\.xml$", i.filename,
                                                    re.I)}
    for i in infos:
        if i.filename.endswith(".rels") and i.file_size < 1_000_000:
            data = zf.read(i)
            for m in _SST_REL.finditer(data):
                target = (m.group(1) or m.group(2)).decode("utf-8", "replace")
                base = i.filename.rsplit("_rels/", 1)[0]
                full = target.lstrip("/") if target.startswith("/") else base + target
                names.add(full)
    return names


def _scan_shared_strings(zf: zipfile.ZipFile, info: zipfile.ZipInfo, facts: XlsxFacts) -> None:
    """Each shared string's length in characters (its ``<t>`` texts), by a streaming parser."""
    lengths = facts.shared_lengths
    state = {"depth_si": 0, "in_t": 0, "n": 0}

    def local(name: str) -> str:
        return name.rsplit(":", 1)[-1].rsplit("}", 1)[-1]

    def start(name: str, _attrs: object) -> None:
        tag = local(name)
        if tag == "si":
            state["depth_si"] += 1
            state["n"] = 0
        elif tag == "t" and state["depth_si"]:
            state["in_t"] += 1

    def end(name: str) -> None:
        tag = local(name)
        if tag == "si" and state["depth_si"]:
            state["depth_si"] -= 1
            lengths.append(state["n"])
        elif tag == "t" and state["in_t"]:
            state["in_t"] -= 1

    def text(data: str) -> None:
        if state["in_t"]:
            state["n"] += len(data)
            if state["n"] > MAX_CELL_CHARS:
                raise XlsxRefusedError(
                    f"en tekst i regnearket har over {integer(MAX_CELL_CHARS)} tegn, mer enn Excel "
                    "selv tillater i en celle.",
                    f"a text holds more than {MAX_CELL_CHARS} characters.")

    parser = expat.ParserCreate()
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = text
    try:
        with zf.open(info) as fh:
            while chunk := fh.read(CHUNK):
                parser.Parse(chunk, False)
            parser.Parse(b"", True)
    except expat.ExpatError:
        raise XlsxRefusedError("delte tekster (sharedStrings.xml) er ikke gyldig XML.",
                          "the shared strings are not valid XML.") from None


def _scan_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, facts: XlsxFacts
                 ) -> SheetFacts | None:
    """Stream one member; a worksheet (it has ``sheetData``) comes back with its facts."""
    sheet = SheetFacts(info.filename, text_bytes=info.file_size)
    is_sheet = False
    exact = False  # cells not written as <c r="A1" …>: positions must be counted in order
    rmax = cmax = 0
    carry = b""
    xml = info.filename.lower().endswith(".xml")
    shared = len(facts.shared_lengths) > 0
    with zf.open(info) as fh:
        while True:
            chunk = fh.read(CHUNK)
            last = not chunk
            if not xml:
                if last:
                    break
                continue  # read to the end: the CRC check catches a lying directory
            buf = carry + chunk
            if not buf:
                break
            if not is_sheet and b"sheetData" in buf:
                is_sheet = True
                m = _DIMENSION.search(buf)
                if m:
                    sheet.declared = m.group(1).decode("ascii", "replace")[:40]
            if last:
                part, carry = buf, b""
            else:
                cut = _last_cut(buf) if is_sheet else buf.rfind(b"<")
                if cut <= 0:
                    if len(buf) > MAX_ELEMENT_BYTES:
                        raise XlsxRefusedError(
                            f"ett element i «{info.filename[:60]}» er over "
                            f"{MAX_ELEMENT_BYTES // 1_000_000} MB; en celle i Excel er langt "
                            "mindre.", "one XML element is larger than "
                            f"{MAX_ELEMENT_BYTES // 1_000_000} MB.")
                    carry = buf
                    continue
                part, carry = buf[:cut], buf[cut:]
            _check_long_runs(part)
            if is_sheet and not exact:
                # The fast path (Excel, LibreOffice, openpyxl, xlsxwriter all write it): every
                # cell tag is <c r="A1" …>; C-speed passes find the largest row and column.
                refs = _CELL_REF.findall(part)
                tags = part.count(b"<c ") + part.count(b"<c>") + part.count(b"<c/>")
                if tags != len(refs) or b":c " in part or b":c>" in part:
                    exact = True
                elif refs:
                    joined = b" ".join(refs)
                    rows = joined.translate(None, _LETTERS).split()
                    rmax = max(rmax, max(map(int, set(rows))))  # ~21 cells share a row
                    letters = set(joined.translate(None, _DIGITS).split())
                    cmax = max(cmax, max(map(column_number_b, letters)))
                if shared and b't="s"' in part:
                    sheet.shared_refs.update(map(int, _SHARED_REF.findall(part)))
            elif is_sheet and shared:
                sheet.shared_refs.update(map(int, _SHARED_REF_ANY.findall(part)))
            if last:
                break
    if not is_sheet:
        return None
    if exact:
        found = _exact_positions(zf, info)
        if found is not None:
            rmax, cmax = found
    if rmax:
        # From A1: a conservative box (the reader's grid starts at the first used cell, and
        # real sheets start at or near A1).
        sheet.rows, sheet.columns = (1, rmax), (1, cmax)
    return sheet


def column_number_b(letters: bytes) -> int:
    return column_number(letters.decode("ascii"))


def _last_cut(buf: bytes) -> int:
    """Where to split ``buf``: the start of its last cell or row tag (so no cell is split)."""
    pos = len(buf)
    while True:
        pos = buf.rfind(b"<", 0, pos)
        if pos <= 0:
            return pos
        if _CUT.match(buf, pos):
            return pos


def _check_long_runs(part: bytes) -> None:
    for m in _LONG_RUN.finditer(part):
        text = html.unescape(m.group()[1:].decode("utf-8", "replace"))
        if len(text) > MAX_CELL_CHARS:
            ref = ""
            r = part.rfind(b' r="', max(0, m.start() - 400), m.start())
            if r >= 0:
                ref = " " + part[r + 4: part.find(b'"', r + 4)][:10].decode("ascii", "replace")
            raise XlsxRefusedError(
                f"cellen{ref} har {integer(len(text))} tegn; Excel tillater høyst "
                f"{integer(MAX_CELL_CHARS)} i en celle.",
                f"cell{ref} holds {len(text)} characters (Excel's limit is {MAX_CELL_CHARS}).")


def _exact_positions(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> tuple[int, int] | None:
    """Last row and column of a sheet whose cells may lack ``r``, counted in document order
    as a reader does (a row without ``r`` follows the previous one, a cell its left neighbour).
    """
    pos = {"row": 0, "col": 0, "r0": 1 << 30, "r1": 0, "c0": 1 << 30, "c1": 0}

    def local(name: str) -> str:
        return name.rsplit(":", 1)[-1]

    def start(name: str, attrs: dict[str, str]) -> None:
        tag = local(name)
        if tag == "row":
            r = attrs.get("r")
            pos["row"] = int(r) if r and r.isdigit() else pos["row"] + 1
            pos["col"] = 0
        elif tag == "c":
            ref = attrs.get("r")
            if ref:
                m = _REF.match(ref)
                if m is None:
                    raise XlsxRefusedError(f"cellereferansen «{ref[:20]}» er ugyldig.",
                                      f"invalid cell reference '{ref[:20]}'.")
                pos["col"], row = column_number(m.group(1)), int(m.group(2))
            else:
                pos["col"] += 1
                row = pos["row"]
            pos["r0"], pos["r1"] = min(pos["r0"], row), max(pos["r1"], row)
            pos["c0"], pos["c1"] = min(pos["c0"], pos["col"]), max(pos["c1"], pos["col"])
            if pos["c1"] > MAX_COLUMNS or pos["r1"] > MAX_ROWS:
                raise _outside(pos["r1"], pos["c1"])

    parser = expat.ParserCreate()
    parser.StartElementHandler = start
    try:
        with zf.open(info) as fh:
            while chunk := fh.read(CHUNK):
                parser.Parse(chunk, False)
            parser.Parse(b"", True)
    except expat.ExpatError:
        raise XlsxRefusedError(f"«{info.filename[:60]}» er ikke gyldig XML.",
                          "a worksheet is not valid XML.") from None
    if not pos["r1"]:
        return None
    return pos["r1"], pos["c1"]


def _scan_ods(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> list[SheetFacts]:
    """The used range of each table of an OpenDocument spreadsheet. A few bytes can say
    "this row 1,048,576 times, this cell 16,384 times": the range counts the repeats of
    cells with content (trailing empty repeats, which LibreOffice always writes, do not)."""
    sheets: list[SheetFacts] = []
    st = {"row": 0, "row_start": 0, "rep": 1, "col": 0, "crep": 1, "full": False,
          "in_cell": False}

    def local(name: str) -> str:
        return name.rsplit(":", 1)[-1]

    def number(attrs: dict[str, str], key: str) -> int:
        for k, v in attrs.items():
            if local(k) == key:
                return int(v) if v.isdigit() else 1
        return 1

    def start(name: str, attrs: dict[str, str]) -> None:
        tag = local(name)
        if tag == "table":
            sheets.append(SheetFacts(f"{info.filename}#{len(sheets) + 1}"))
            st["row"] = 0
        elif tag == "table-row":
            st["row_start"], st["rep"] = st["row"], number(attrs, "number-rows-repeated")
            st["row"] += st["rep"]
            st["col"] = 0
        elif tag in ("table-cell", "covered-table-cell"):
            st["crep"] = number(attrs, "number-columns-repeated")
            st["full"] = any(local(k) == "value-type" for k in attrs)
            st["in_cell"] = True
        elif tag == "p" and st["in_cell"]:
            st["full"] = True

    def end(name: str) -> None:
        tag = local(name)
        if tag in ("table-cell", "covered-table-cell"):
            if st["full"] and sheets:
                sheet = sheets[-1]
                last_row, last_col = st["row_start"] + st["rep"], st["col"] + st["crep"]
                r = sheet.rows[1] if sheet.rows else 0
                c = sheet.columns[1] if sheet.columns else 0
                sheet.rows, sheet.columns = (1, max(r, last_row)), (1, max(c, last_col))
                if sheet.cells > MAX_CELLS or last_row > MAX_ROWS or last_col > MAX_COLUMNS:
                    raise _outside(last_row, last_col) if last_row > MAX_ROWS or \
                        last_col > MAX_COLUMNS else XlsxRefusedError(
                            f"innholdet i tabellen spenner over {integer(sheet.cells)} celler "
                            f"(høyst {integer(MAX_CELLS)}) når de gjentatte radene og cellene "
                            "telles.",
                            f"the table's content spans {sheet.cells} cells.")
            st["col"] += st["crep"]
            st["in_cell"] = False

    parser = expat.ParserCreate()
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    try:
        with zf.open(info) as fh:
            while chunk := fh.read(CHUNK):
                parser.Parse(chunk, False)
            parser.Parse(b"", True)
    except expat.ExpatError:
        raise XlsxRefusedError("innholdet (content.xml) er ikke gyldig XML.",
                               "content.xml is not valid XML.") from None
    return sheets


def _outside(row: int, col: int) -> XlsxRefusedError:
    return XlsxRefusedError(
        f"cellen {_ref_name(min(row, 99_999_999), min(col, 99_999))} ligger utenfor Excels "
        f"grenser ({integer(MAX_ROWS)} rader, {integer(MAX_COLUMNS)} kolonner).",
        "a cell lies outside Excel's limits.")


def _check_sheet(sheet: SheetFacts, facts: XlsxFacts) -> None:
    how_to = (" Slett de tomme radene og kolonnene etter dataene (eller kopier dataene til et "
              "nytt ark) og lagre filen på nytt.")
    if sheet.declared:
        parts = sheet.declared.split(":")
        refs = [_REF.match(p) for p in parts]
        if all(refs) and len(refs) in (1, 2):
            r = [(int(m.group(2)), column_number(m.group(1))) for m in refs if m]
            (ra, ca), (rb, cb) = r[0], r[-1]
            area = (abs(rb - ra) + 1) * (abs(cb - ca) + 1)
            if max(ra, rb) > MAX_ROWS or max(ca, cb) > MAX_COLUMNS:
                raise _outside(max(ra, rb), max(ca, cb))
            if area > MAX_CELLS:
                real = ", men har ingen celler med innhold"
                if sheet.rows and sheet.columns:
                    end = _ref_name(sheet.rows[1], sheet.columns[1])
                    real = f", men cellene med innhold slutter i {end}"
                raise XlsxRefusedError(
                    f"arket oppgir størrelsen {sheet.declared} ({integer(area)} celler, høyst "
                    f"{integer(MAX_CELLS)}){real}." + how_to,
                    f"the sheet declares {sheet.declared} ({area} cells).")
    if sheet.rows and sheet.columns:
        if sheet.rows[1] > MAX_ROWS or sheet.columns[1] > MAX_COLUMNS:
            raise _outside(sheet.rows[1], sheet.columns[1])
        if sheet.cells > MAX_CELLS:
            first = _ref_name(sheet.rows[0], sheet.columns[0])
            end = _ref_name(sheet.rows[1], sheet.columns[1])
            raise XlsxRefusedError(
                f"cellene med innhold spenner over {first}:{end}, {integer(sheet.cells)} celler "
                f"(høyst {integer(MAX_CELLS)})." + how_to,
                f"the used cells span {first}:{end} ({sheet.cells} cells).")
    lengths = facts.shared_lengths
    shared = 0
    for index, n in sheet.shared_refs.items():
        if index >= len(lengths):
            continue  # the reader treats a reference past the end as empty
        shared += lengths[index] * n
    total = sheet.text_bytes + shared
    if total > MAX_TEXT_BYTES:
        raise XlsxRefusedError(
            f"arket er {integer(total // 1_000_000)} MB med tekstene det bruker (høyst "
            f"{integer(MAX_TEXT_BYTES // 1_000_000)} MB).",
            f"the sheet holds {total // 1_000_000} MB of text.")

