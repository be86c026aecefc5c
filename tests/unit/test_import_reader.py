"""Reading files: every encoding and separator named in issue 6, sheets, and broken files."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest
import xlsxwriter

from boligreg.services.importer import ImportFileError, read_table, sheet_names

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "import"

HEADER = ["Adresse", "Postnr", "Bruksenhetsnr", "Bydel", "Leie pr mnd"]
ROWS = [
    ["Thorvald Meyers gate 12", "0552", "H0101", "Grünerløkka", "15 500,50"],
    ["Søndre gate 3", "0550", "U0102", "Grünerløkka", ""],
]


def write_csv(path: Path, encoding: str, delimiter: str, bom: bool = False) -> Path:
    lines = [delimiter.join(HEADER)]
    for row in ROWS:
        # a field holding the separator must be quoted, as Excel does
        lines.append(delimiter.join(f'"{c}"' if delimiter in c else c for c in row))
    data = ("\r\n".join(lines) + "\r\n").encode(encoding)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)
    return path


@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
@pytest.mark.parametrize(
    ("encoding", "bom", "expected_name"),
    [("utf-8", False, "utf-8"), ("utf-8", True, "utf-8-sig"), ("cp1252", False, "cp1252"),
     ("iso-8859-1", False, "cp1252")],
)
def test_csv_encodings_and_separators(tmp_path: Path, delimiter: str, encoding: str,
                                      bom: bool, expected_name: str) -> None:
    path = write_csv(tmp_path / "boliger.csv", encoding, delimiter, bom)
    table = read_table(path)
    assert table.kind == "csv"
    assert table.delimiter == delimiter
    assert table.encoding == expected_name
    assert table.headers == HEADER  # no BOM left on the first header
    assert table.rows == ROWS  # æøå intact, "15 500,50" kept whole
    assert table.header_row == 1
    assert table.row_number(0) == 2


def test_csv_trailing_separators_and_short_rows(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text("Adresse;Postnr;;\nSandakerveien 10;0473;;\nKort\n\n", encoding="utf-8")
    table = read_table(path)
    assert table.headers == ["Adresse", "Postnr"]
    assert table.rows == [["Sandakerveien 10", "0473"], ["Kort", ""]]


def _xlsx(path: Path, sheets: dict[str, list[list]], start: tuple[int, int] = (0, 0)) -> Path:
    wb = xlsxwriter.Workbook(str(path))
    date_format = wb.add_format({"num_format": "dd.mm.yyyy"})
    for name, rows in sheets.items():
        ws = wb.add_worksheet(name)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if isinstance(value, dt.date):
                    ws.write_datetime(start[0] + r, start[1] + c,
                                      dt.datetime.combine(value, dt.time()), date_format)
                elif value is not None:
                    ws.write(start[0] + r, start[1] + c, value)
    wb.close()
    return path


def test_xlsx_typed_cells_and_sheet_choice(tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "b.xlsx", {
        "Tomt": [],
        "Boliger": [["Adresse", "Ledig fra", "BRA"],
                    ["Sandakerveien 10", dt.date(2024, 3, 1), 65.5]],
        "Avtaler": [["Avtalenr", "Utleier"], ["A-1", "Utleie AS"]],
    })
    assert sheet_names(path) == ["Tomt", "Boliger", "Avtaler"]
    table = read_table(path)  # the first sheet with data
    assert table.sheet == "Boliger"
    assert table.rows == [["Sandakerveien 10", dt.date(2024, 3, 1), 65.5]]
    assert read_table(path, "Avtaler").headers == ["Avtalenr", "Utleier"]
    with pytest.raises(ImportFileError, match="finner ikke arket «Nei»"):
        read_table(path, "Nei")
    with pytest.raises(ImportFileError, match="arket «Tomt» er tomt"):
        read_table(path, "Tomt")


def test_row_numbers_follow_the_sheet(tmp_path: Path) -> None:
    # A title in B2, the header in row 4 from column B: rows and letters as Excel shows them.
    path = _xlsx(tmp_path / "c.xlsx", {"Ark1": [
        ["Boliger i Bydel Sagene per 1.1.2025"], [], ["Adresse", "Postnr"],
        ["Sandakerveien 10", "0473"], [], ["Sandakerveien 12", "0473"]]}, start=(1, 1))
    table = read_table(path)
    assert table.header_row == 4
    assert table.headers == ["Adresse", "Postnr"]
    assert table.row_number(0) == 5 and table.row_number(2) == 7
    assert table.letter(0) == "B" and table.letter(1) == "C"
    assert any("tittel" in n for n in table.notes)


# --- broken files -------------------------------------------------------------------------


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "tom.xlsx"
    path.write_bytes(b"")
    with pytest.raises(ImportFileError, match="filen er tom"):
        read_table(path)


def test_not_a_spreadsheet(tmp_path: Path) -> None:
    path = tmp_path / "rapport.xlsx"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    with pytest.raises(ImportFileError, match="verken et Excel-regneark"):
        read_table(path)
    binary = tmp_path / "bilde.csv"
    binary.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(ImportFileError, match="verken et Excel-regneark"):
        read_table(binary)


def test_zip_that_is_no_workbook(tmp_path: Path) -> None:
    path = tmp_path / "arkiv.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("readme.txt", "hei")
    with pytest.raises(ImportFileError, match="zip-fil, men ikke et Excel-regneark"):
        read_table(path)


def test_password_protected(tmp_path: Path) -> None:
    # A real workbook encrypted with msoffcrypto-tool (password "hemmelig"), committed.
    with pytest.raises(ImportFileError, match="passordbeskyttet"):
        read_table(FIXTURES / "passordbeskyttet.xlsx")


@pytest.mark.parametrize("keep", [0.3, 0.6, 0.9])
def test_truncated_workbook(tmp_path: Path, keep: float) -> None:
    whole = _xlsx(tmp_path / "hel.xlsx", {"Boliger": [HEADER, *ROWS] * 50})
    data = whole.read_bytes()
    cut = tmp_path / "avkortet.xlsx"
    cut.write_bytes(data[: int(len(data) * keep)])
    with pytest.raises(ImportFileError, match="skadet eller avkortet"):
        read_table(cut)


def test_sheet_without_header(tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "d.xlsx", {"Ark1": [["Sandakerveien 10", 473, "H0101"],
                                                ["Sandakerveien 12", 473, "H0102"]]})
    with pytest.raises(ImportFileError, match="mangler overskriftsrad"):
        read_table(path)
    csv_path = tmp_path / "d.csv"
    csv_path.write_text("Sandakerveien 10;0473;H0101\nSandakerveien 12;0473;H0102\n",
                        encoding="utf-8")
    with pytest.raises(ImportFileError, match="mangler overskriftsrad"):
        read_table(csv_path)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="finnes ikke"):
        read_table(tmp_path / "nei.xlsx")
    with pytest.raises(ImportFileError, match="mappe"):
        read_table(tmp_path)


def test_all_sheets_empty(tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "e.xlsx", {"A": [], "B": []})
    with pytest.raises(ImportFileError, match="alle arkene er tomme"):
        read_table(path)
