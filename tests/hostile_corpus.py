"""A corpus of hostile import files (issue 18): every one must be refused with one clear message.

``write_corpus(folder)`` writes the files and returns ``{name: HostileFile}``. Each file is
small on disk (the biggest is ~1 MB) but built to hurt a naive reader: zip bombs, a cell at
XFD1048576, a declared dimension of 17 billion cells, a shared string referenced 200,000
times, mixed encodings, NUL bytes, a 200,000-character field, a header and nothing else,
truncated and corrupt workbooks, a PDF renamed .xlsx, empty files. Devices, FIFOs and
symlinks belong to the path checks (tests of their own), not here.

Run as a script to write the corpus somewhere for a manual try:
``python tests/hostile_corpus.py /tmp/corpus``.
"""

from __future__ import annotations

import io
import struct
import sys
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HEADER = ["Bydel", "Adresse", "Postnr", "Bruksenhetsnr"]
GOOD_ROW = ["Sagene", "Sandakerveien 10", "0473", "H0101"]

_CT = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/'
    'sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.'
    'worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
_WB = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Boliger" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WB_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>'
)


@dataclass
class HostileFile:
    path: Path
    expect: str  # a word the refusal message must contain (Norwegian, lower case)
    bomb: bool = False  # read it in a child process with a memory limit


def _letters(col: int) -> str:
    out = ""
    n = col + 1
    while n:
        n, rem = divmod(n - 1, 26)
        out = chr(65 + rem) + out
    return out


def _inline(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def header_row_xml() -> str:
    cells = "".join(_inline(f"{_letters(c)}1", h) for c, h in enumerate(HEADER))
    good = "".join(_inline(f"{_letters(c)}2", v) for c, v in enumerate(GOOD_ROW))
    return f'<row r="1">{cells}</row><row r="2">{good}</row>'


def sheet_xml(rows: str, dimension: str | None = "A1:D2") -> str:
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            f"{dim}<sheetData>{rows}</sheetData></worksheet>")


def _sheet_start() -> str:
    return sheet_xml("@@", None).split("@@")[0]


def write_xlsx(path: Path, sheet: str | Callable[[io.BufferedWriter], None],
               shared: list[str] | None = None) -> Path:
    """A minimal workbook; ``sheet`` is the sheet XML, or a function streaming it (bombs)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", _CT)
        z.writestr("_rels/.rels", _RELS)
        z.writestr("xl/workbook.xml", _WB)
        z.writestr("xl/_rels/workbook.xml.rels", _WB_RELS)
        sst = "".join(f"<si><t>{s}</t></si>" for s in (shared or []))
        z.writestr("xl/sharedStrings.xml",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://'
                   'schemas.openxmlformats.org/spreadsheetml/2006/main" count="'
                   f'{len(shared or [])}">{sst}</sst>')
        if isinstance(sheet, str):
            z.writestr("xl/worksheets/sheet1.xml", sheet)
        else:
            with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as fh:
                sheet(fh)  # type: ignore[arg-type]
    return path


def write_ods(path: Path, rows: str) -> Path:
    """A minimal OpenDocument spreadsheet; ``rows`` is the XML after the header row."""
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')
    head = "".join(f'<table:table-cell office:value-type="string"><text:p>{h}</text:p>'
                   "</table:table-cell>" for h in HEADER)
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ns} '
               'office:version="1.2"><office:body><office:spreadsheet>'
               f'<table:table table:name="Boliger"><table:table-row>{head}</table:table-row>'
               f"{rows}</table:table></office:spreadsheet></office:body>"
               "</office:document-content>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("META-INF/manifest.xml",
                   '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest='
                   '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry '
                   'manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                   "</manifest:manifest>")
        z.writestr("content.xml", content)
    return path


def lie_about_size(path: Path, member: str, size: int) -> Path:
    """Make the zip's directory claim ``member`` unpacks to ``size`` bytes (with a CRC that
    matches those first bytes), while its data still inflates to the full bomb."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as z:
        info = z.getinfo(member)
        crc = zlib.crc32(z.read(info)[:size])
    struct.pack_into("<I", data, info.header_offset + 14, crc)
    name = member.encode()
    pos = data.find(b"PK\x01\x02")
    while pos >= 0:
        n = struct.unpack_from("<H", data, pos + 28)[0]
        if data[pos + 46: pos + 46 + n] == name:
            struct.pack_into("<I", data, pos + 16, crc)
            if struct.unpack_from("<I", data, pos + 24)[0] == 0xFFFFFFFF:  # zip64 extra
                extra, end = pos + 46 + n, pos + 46 + n + struct.unpack_from("<H", data,
                                                                             pos + 30)[0]
                while extra < end:
                    tag, length = struct.unpack_from("<HH", data, extra)
                    if tag == 1:
                        struct.pack_into("<Q", data, extra + 4, size)
                    extra += 4 + length
            else:
                struct.pack_into("<I", data, pos + 24, size)
        pos = data.find(b"PK\x01\x02", pos + 4)
    path.write_bytes(bytes(data))
    return path


def _csv(path: Path, lines: list[str], encoding: str = "utf-8") -> Path:
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def write_corpus(folder: Path) -> dict[str, HostileFile]:
    folder.mkdir(parents=True, exist_ok=True)
    out: dict[str, HostileFile] = {}

    def add(name: str, path: Path, expect: str, bomb: bool = False) -> None:
        out[name] = HostileFile(path, expect, bomb)

    head = header_row_xml()
    # C1: one cell at XFD1048576 (the Rust reader asked for 512 GiB and aborted)
    add("xlsx_cell_at_xfd1048576", write_xlsx(
        folder / "xfd1048576.xlsx",
        sheet_xml(head + '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>')),
        "xfd1048576", bomb=True)
    # cells without r="…": their position is implied; the last row is far away
    far_implicit = '<row r="1048576">' + "<c><v>1</v></c>" * 4 + "</row>"
    add("xlsx_implicit_far_row", write_xlsx(
        folder / "implicit.xlsx", sheet_xml(head + far_implicit, None)), "celler", bomb=True)
    # a declared dimension of 17 billion cells on a 2-row sheet
    add("xlsx_declared_dimension", write_xlsx(
        folder / "dimension.xlsx", sheet_xml(head, "A1:XFD1048576")), "a1:xfd1048576",
        bomb=True)

    # C2: a zip bomb: one 300 MB cell that compresses to ~300 KB
    def bomb(fh: io.BufferedWriter) -> None:
        fh.write((_sheet_start() + head + '<row r="3"><c r="A3" t="inlineStr"><is><t>')
                 .encode())
        block = b"A" * (1 << 20)
        for _ in range(300):
            fh.write(block)
        fh.write(b"</t></is></c></row></sheetData></worksheet>")

    add("xlsx_zip_bomb", write_xlsx(folder / "bomb.xlsx", bomb), "zip", bomb=True)
    # the same bomb, its directory claiming 2,000 bytes (so size and ratio look harmless)
    lying = write_xlsx(folder / "lying.xlsx", bomb)
    add("xlsx_zip_bomb_lying_directory", lie_about_size(lying, "xl/worksheets/sheet1.xml",
                                                        2000), "skadet", bomb=True)
    # one 30,000-character shared string referenced by 200,000 cells: 6 GB of text once read
    def many_refs(fh: io.BufferedWriter) -> None:
        fh.write((_sheet_start() + head).encode())
        for r in range(3, 200_003):
            fh.write(f'<row r="{r}"><c r="A{r}" t="s"><v>0</v></c></row>'.encode())
        fh.write(b"</sheetData></worksheet>")

    add("xlsx_shared_string_bomb", write_xlsx(folder / "shared.xlsx", many_refs,
                                              shared=["x" * 30_000]), "mb", bomb=True)
    # a cell over Excel's 32,767 characters, inline and shared
    add("xlsx_long_inline_cell", write_xlsx(
        folder / "longcell.xlsx",
        sheet_xml(head + '<row r="3">' + _inline("B3", "y" * 40_000) + "</row>")), "32\u00a0767",
        bomb=True)
    add("xlsx_long_shared_string", write_xlsx(
        folder / "longshared.xlsx",
        sheet_xml(head + '<row r="3"><c r="B3" t="s"><v>0</v></c></row>'),
        shared=["z" * 40_000]), "32\u00a0767", bomb=True)
    # damaged workbooks
    # OpenDocument: one cell repeated 16,384 times on a row repeated a million times
    add("ods_repeated_cells", write_ods(
        folder / "gjentatt.ods",
        '<table:table-row table:number-rows-repeated="1048570"><table:table-cell '
        'table:number-columns-repeated="16384" office:value-type="float" office:value="1">'
        "<text:p>1</text:p></table:table-cell></table:table-row>"), "celler", bomb=True)
    good = write_xlsx(folder / "good.xlsx", sheet_xml(head))
    data = good.read_bytes()
    (folder / "truncated.xlsx").write_bytes(data[: len(data) // 2])
    add("xlsx_truncated", folder / "truncated.xlsx", "skadet", bomb=True)
    corrupt = bytearray(data)
    info = zipfile.ZipFile(good).getinfo("xl/worksheets/sheet1.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    for i in range(start + 10, start + min(info.compress_size, 60)):
        corrupt[i] ^= 0x5A
    (folder / "corrupt.xlsx").write_bytes(bytes(corrupt))
    add("xlsx_corrupt_member", folder / "corrupt.xlsx", "skadet", bomb=True)
    good.unlink()
    zip_not_xlsx = folder / "arkiv.xlsx"
    with zipfile.ZipFile(zip_not_xlsx, "w") as z:
        z.writestr("readme.txt", "ikke et regneark")
    add("zip_not_a_workbook", zip_not_xlsx, "zip", bomb=True)
    pdf = folder / "rapport.xlsx"
    pdf.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
    add("pdf_renamed_xlsx", pdf, "verken")
    (folder / "tom.xlsx").write_bytes(b"")
    add("empty_xlsx", folder / "tom.xlsx", "tom")
    (folder / "tom.csv").write_bytes(b"")
    add("empty_csv", folder / "tom.csv", "tom")

    # CSV
    sep = ";"
    lines = [sep.join(HEADER), sep.join(GOOD_ROW)]
    mixed = folder / "blandet.csv"
    mixed.write_bytes(
        (sep.join(HEADER) + "\r\n").encode()
        + "Grünerløkka;Thorvald Meyers gate 12;0552;H0101\r\n".encode()
        + "Grünerløkka;Søndre gate 3;0550;H0102\r\n".encode("cp1252"))
    add("csv_mixed_encodings", mixed, "tegnkoding")
    nul = folder / "nul.csv"
    body = [sep.join(HEADER)] + [sep.join(["Sagene", f"Sandakerveien {i}", "0473", "H0101"])
                                 for i in range(1, 3000)]
    nul.write_bytes(("\r\n".join(body) + "\r\nSagene;Sandaker\x00veien;0473;H0101\r\n")
                    .encode())
    add("csv_nul_byte", nul, "nul")
    add("csv_field_200k_chars", _csv(folder / "langt_felt.csv",
                                      [*lines, sep.join(["Sagene", "x" * 200_000, "0473",
                                                         "H0102"])]), "131\u00a0072")
    add("csv_field_over_excel_limit", _csv(folder / "felt_40k.csv",
                                            [*lines, sep.join(["Sagene", "x" * 40_000, "0473",
                                                               "H0102"])]), "32\u00a0767")
    add("csv_header_only", _csv(folder / "bare_overskrift.csv", [sep.join(HEADER)]),
        "ingen datarader")
    add("csv_header_and_120k_separators",
        _csv(folder / "separatorer.csv", [sep.join(HEADER), sep * 120_000]), "ingen datarader")
    many = [sep.join(HEADER)] + ["Sagene;Sandakerveien 1;0473;H0101"] * 150_001
    add("csv_too_many_rows", _csv(folder / "mange_rader.csv", many), "150\u00a0000")
    add("csv_over_16384_columns",
        _csv(folder / "kolonner.csv", [sep.join(HEADER), sep * 20_000 + "x"]), "kolonne")
    return out


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "hostile-corpus")
    for name, f in write_corpus(target).items():
        print(f"{name:<36} {f.path.stat().st_size:>10} bytes  {f.path}")
