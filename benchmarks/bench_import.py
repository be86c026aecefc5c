"""Import and export benchmarks (issues 6, 15): a 100,000-row xlsx imports in < 6 s, a
100,000-row CSV in < 5 s, at most 1.5× the floor (the same rows written by plain executemany,
timed in the same run) and under 800 MB peak; 100,000 dwellings export to xlsx in < 10 s.

The files are synthetic bydel sheets: Norwegian headers, 21 columns, ten dwellings per
building on real Oslo street names and postnummer, a quarter leased with an agreement each.
Each timed import goes into a fresh copy of an empty database.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
import shutil
import time
from pathlib import Path
from typing import Any

N = 100_000

HEADER = ["Bydel", "Adresse", "Postnr", "Leil.nr", "Gnr/Bnr", "BRA", "Antall rom", "Eierform",
          "Status", "Bruk", "Rullestol", "Ledig fra", "Avtalenr", "Utleier", "Org.nr",
          "Leie pr mnd", "Fra", "Til", "Sist gjennomgått", "Indre vedlikehold",
          "Ytre vedlikehold"]
DISTRICTS = ["Gamle Oslo", "Grünerløkka", "Sagene", "St. Hanshaugen", "Frogner", "Ullern",
             "Vestre Aker", "Nordre Aker", "Bjerke", "Grorud", "Stovner", "Alna", "Østensjø",
             "Nordstrand", "Søndre Nordstrand"]


def _streets() -> list[tuple[str, str]]:
    from boligreg.resources import oslo_postcodes, resource_path

    codes = oslo_postcodes()
    out, seen = [], set()
    with resource_path("streets.tsv").open(encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            name, _numbers, postcode, _bydel = line.rstrip("\n").split("\t")
            info = codes.get(postcode)
            # one postnummer per street name, so a street and number is one building
            if info is not None and info.category in "GB" and name not in seen:
                seen.add(name)
                out.append((name, postcode))
    return out


def make_rows(n: int, seed: int = 6) -> list[list]:
    """``n`` dwellings as a bydel would type them (dates as dd.mm.yyyy text and as dates)."""
    rng = random.Random(seed)
    streets = _streets()
    rows: list[list] = []
    building = 0
    while len(rows) < n:
        building += 1
        street, postcode = streets[building % len(streets)]
        address = f"{street} {building // len(streets) + 1}"
        district = DISTRICTS[building % 15]
        gnr, bnr = 100 + building % 900, 1 + building // 900
        for unit in range(10):
            if len(rows) >= n:
                break
            floor, number = unit // 2 + 1, unit % 2 + 1
            leased = rng.random() < 0.25
            vacant = rng.random() < 0.05
            row = [
                district, address, postcode, f"H{floor:02d}{number:02d}", f"{gnr}/{bnr}",
                f"{rng.randint(25, 120)},{rng.randint(0, 9)}", rng.randint(1, 5),
                "Innleid" if leased else "Eid", "Ledig" if vacant else "Utleid",
                "Bolig", rng.choice(["ja", "nei", "", "x"]),
                dt.date(2025, rng.randint(1, 12), rng.randint(1, 28)) if vacant else None,
            ]
            if leased:
                start = dt.date(2015 + rng.randint(0, 9), rng.randint(1, 12), 1)
                row += [f"INN-{building}-{unit}", "Utleie AS", "985987246",
                        f"{rng.randint(9, 25)} {rng.randint(0, 999):03d},00",
                        start.strftime("%d.%m.%Y"),
                        start.replace(year=start.year + 10).strftime("%d.%m.%Y"),
                        dt.date(2024, 6, 1), "Utleier", "Boligbygg"]
            else:
                row += [None, None, None, None, None, None, None, "Leietaker", "Boligbygg"]
            rows.append(row)
    return rows


def write_xlsx_file(path: Path, rows: list[list]) -> Path:
    from boligreg.services.export import Column, Sheet, write_xlsx

    write_xlsx(Sheet("Boliger", [Column(h) for h in HEADER], [tuple(r) for r in rows]), path)
    return path


def write_csv_file(path: Path, rows: list[list]) -> Path:
    with path.open("w", encoding="cp1252", newline="") as fh:
        w = csv.writer(fh, delimiter=";")
        w.writerow(HEADER)
        for r in rows:
            w.writerow(["" if v is None else v.strftime("%d.%m.%Y") if isinstance(v, dt.date)
                        else v for v in r])
    return path


def _empty_template(folder: Path) -> Path:
    from boligreg.models import create_database

    path = folder / "import-empty.db"
    if not path.exists():
        create_database(path, user="bench").close()
    return path


def _fresh(template: Path, folder: Path) -> Path:
    target = folder / "import-target.db"
    for p in folder.glob("import-target.db*"):
        p.unlink()
    shutil.copyfile(template, target)
    return target


def _files(folder: Path) -> dict[str, Path]:
    xlsx, csv_path = folder / "import-100k.xlsx", folder / "import-100k.csv"
    if not xlsx.exists() or not csv_path.exists():
        rows = make_rows(N)
        write_xlsx_file(xlsx, rows)
        write_csv_file(csv_path, rows)
    return {"xlsx": xlsx, "csv": csv_path}


def _import_setup(kind: str):
    def setup(folder: Path) -> dict:
        return {"file": _files(folder)[kind], "template": _empty_template(folder),
                "folder": folder}
    return setup


def _import_run(state: dict) -> None:
    from boligreg.models import open_database
    from boligreg.services.importer import import_file

    db = open_database(_fresh(state["template"], state["folder"]))
    try:
        report = import_file(db, state["file"])
        assert report.written and report.counts()["dwellings_new"] == N, report.summary_nb()
    finally:
        db.close()


class _ExportState:
    def __init__(self, folder: Path) -> None:
        from boligreg.models import open_database
        from boligreg.services.importer import import_file

        path = folder / "export-100k.db"
        if not path.exists():
            db = open_database(_fresh(_empty_template(folder), folder))
            import_file(db, _files(folder)["xlsx"])
            db.close()
            shutil.move(str(folder / "import-target.db"), str(path))
            for p in folder.glob("import-target.db-*"):
                p.unlink()
        self.db = open_database(path)
        self.out = folder / "export-100k.xlsx"

    def close(self) -> None:
        self.db.close()


def _export_run(state: _ExportState) -> None:
    from boligreg.services.export import export_file

    assert export_file(state.db, state.out, overwrite=True) == N  # repeated runs


class _WriterState(_ExportState):
    """The 100k dwellings sheet, built once; both writers write the same sheet."""

    def __init__(self, folder: Path) -> None:
        from boligreg.services.export import build_dwellings

        super().__init__(folder)
        with self.db.engine.connect() as conn:
            self.sheet = build_dwellings(conn)
        self.ours = folder / "writer-own.xlsx"


def _xlsxwriter(sheet: Any, path: Path) -> None:
    """The same sheet as ``write_xlsx`` draws it, with XlsxWriter's streaming mode: bold
    frozen header, autofilter, widths, real dates, text written as text."""
    import xlsxwriter

    from boligreg.services.export import _fit_widths

    wb = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    ws = wb.add_worksheet(sheet.title[:31])
    bold = wb.add_format({"bold": True, "bg_color": "#EEF0F5", "bottom": 1})
    day = wb.add_format({"num_format": "dd.mm.yyyy"})
    stamp = wb.add_format({"num_format": "dd.mm.yyyy hh:mm"})
    for i, w in enumerate(_fit_widths(sheet)):
        ws.set_column(i, i, w)
    ws.freeze_panes(1, 0)
    ws.autofilter(0, 0, len(sheet.rows), len(sheet.columns) - 1)
    for i, c in enumerate(sheet.columns):
        ws.write_string(0, i, c.key, bold)
    for r, row in enumerate(sheet.rows, start=1):
        for i, value in enumerate(row):
            if value is None or value == "":
                continue
            if isinstance(value, str):
                ws.write_string(r, i, value)
            elif isinstance(value, bool):
                ws.write_string(r, i, "ja" if value else "nei")
            elif isinstance(value, dt.datetime):
                ws.write_datetime(r, i, value, stamp)
            elif isinstance(value, dt.date):
                ws.write_datetime(r, i, dt.datetime(value.year, value.month, value.day), day)
            elif isinstance(value, int | float):
                ws.write_number(r, i, value)
            else:
                ws.write_string(r, i, str(value))
    wb.close()


def _writer_run(state: _WriterState) -> float:
    """Times XlsxWriter (constant_memory) on the sheet, and prints the own writer's time on
    the same sheet in the same run: the figure that keeps the own writer (issue 16)."""
    from boligreg.services.export import write_xlsx

    t0 = time.perf_counter()
    _xlsxwriter(state.sheet, state.out)
    theirs = time.perf_counter() - t0
    t0 = time.perf_counter()
    write_xlsx(state.sheet, state.ours)
    ours = time.perf_counter() - t0
    cells = len(state.sheet.rows) * len(state.sheet.columns)
    print(f"  (same sheet, {cells:,} cells: XlsxWriter constant_memory {theirs:.2f} s, "
          f"own writer {ours:.2f} s)", flush=True)
    return theirs


# The child's own peak: VmHWM starts afresh at exec, while getrusage's ru_maxrss can carry
# the parent's peak over on Linux (a benchmark process holding the floor's rows read ~1 GB).
PEAK_KB = r"""
def peak_kb():
    import resource
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
"""
HOSTILE_CHILD = PEAK_KB + r"""
import contextlib, io, json, resource, sys, time
limit = 2 << 30  # a regression dies here instead of taking the machine
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
from boligreg.cli import main
t0 = time.perf_counter()
for path in sys.argv[2:]:
    err = io.StringIO()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
        rc = main(["import", path, "--db", sys.argv[1]])
    assert rc == 2 and "uventet" not in err.getvalue(), (path, rc, err.getvalue()[:300])
print(json.dumps({"peak_kb": peak_kb(), "seconds": time.perf_counter() - t0}))
"""
HOSTILE_FILES = ("xlsx_cell_at_xfd1048576", "xlsx_zip_bomb", "xlsx_shared_string_bomb",
                 "xlsx_declared_dimension", "csv_field_200k_chars",
                 "csv_header_and_120k_separators")


def _hostile_setup(folder: Path) -> dict:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    from hostile_corpus import write_corpus

    corpus = write_corpus(folder / "hostile")
    return {"files": [str(corpus[n].path) for n in HOSTILE_FILES],
            "db": _fresh(_empty_template(folder), folder)}


def _hostile_run(state: dict) -> float:
    """Refuse six hostile files in a child process; print the child's peak RSS (issue 18:
    under 1 GB whatever the file). Reports the time the refusals take."""
    import json
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, "-c", HOSTILE_CHILD, str(state["db"]),
                           *state["files"]], capture_output=True, text=True, check=True)
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    peak_mb = result["peak_kb"] / 1024
    assert peak_mb < 1024, peak_mb
    print(f"  (hostile files: child peak RSS {peak_mb:.0f} MB, limit 1024 MB)", flush=True)
    return float(result["seconds"])


class _FloorState(dict):
    def close(self) -> None:
        self.pop("batches", None)  # ~1 GB of rows: gone before the next row's setup


def _floor_setup(kind: str):
    """The rows one import writes (records of every table and their change-log rows, sync
    marks included), read back from an import done once, for the floor: the same rows into
    the same empty file with plain executemany and nothing else."""
    def setup(folder: Path) -> dict:
        import sqlite3

        from boligreg.services.importer.plan import TABLES

        state = _FloorState(_import_setup(kind)(folder))
        _import_run(state)
        done = folder / "import-target.db"
        con = sqlite3.connect(done)
        con.execute("ATTACH DATABASE ? AS tmpl", (str(state["template"]),))
        batches = []
        for name in [*(m.__tablename__ for m in TABLES), "change_log"]:
            cols = [r[1] for r in con.execute(f"PRAGMA table_info({name})")]
            rows = con.execute(f"SELECT * FROM main.{name} WHERE id NOT IN "
                               f"(SELECT id FROM tmpl.{name}) ORDER BY rowid").fetchall()
            sql = (f"INSERT INTO {name} ({', '.join(cols)}) VALUES "
                   f"({', '.join('?' * len(cols))})")
            if rows:
                batches.append((sql, rows))
        con.close()
        state["batches"] = batches
        return state
    return setup


def _floor(state: dict) -> float:
    from boligreg.models import open_database

    db = open_database(_fresh(state["template"], state["folder"]))
    try:
        t0 = time.perf_counter()
        with db.engine.begin() as conn:  # the app's connection settings, one transaction
            for sql, rows in state["batches"]:
                conn.exec_driver_sql(sql, rows)
        return time.perf_counter() - t0
    finally:
        db.close()


def _floor_run(state: dict) -> float:
    """Times the floor and the import in the same run; reports the import as a multiple."""
    from .common import Ratio

    # Which goes first alternates run by run: neither always finds the other's page cache.
    state["runs"] = state.get("runs", 0) + 1
    first_floor = state["runs"] % 2 == 1
    if first_floor:
        c0 = time.process_time()
        floor = _floor(state)
        floor_cpu = time.process_time() - c0
    c0, t0 = time.process_time(), time.perf_counter()
    _import_run(state)
    took, took_cpu = time.perf_counter() - t0, time.process_time() - c0
    if not first_floor:
        c0 = time.process_time()
        floor = _floor(state)
        floor_cpu = time.process_time() - c0
    n = sum(len(rows) for _sql, rows in state["batches"])
    # CPU time too: on a shared machine the wall-clock ratio swings with the load.
    print(f"  (floor: {n:,} rows by plain executemany {floor:.2f} s, CPU {floor_cpu:.2f} s; "
          f"import {took:.2f} s, CPU {took_cpu:.2f} s: {took_cpu / floor_cpu:.2f}× in CPU)",
          flush=True)
    return Ratio(took / floor)


PEAK_CHILD = PEAK_KB + r"""
import json, sys
from boligreg.models import open_database
from boligreg.services.importer import import_file
db = open_database(sys.argv[1])
report = import_file(db, sys.argv[2])
assert report.written, report.summary_nb()
db.close()
print(json.dumps({"peak_kb": peak_kb()}))
"""


def _peak_run(state: dict) -> float:
    """Peak RSS of a whole import (reading, checking, writing) in a child process."""
    import json
    import subprocess
    import sys

    from .common import Megabytes

    target = _fresh(state["template"], state["folder"])
    proc = subprocess.run([sys.executable, "-c", PEAK_CHILD, str(target), str(state["file"])],
                          capture_output=True, text=True, check=True)
    return Megabytes(json.loads(proc.stdout.strip().splitlines()[-1])["peak_kb"] / 1024)


def benchmarks() -> list:
    return [
        ("import xlsx (check + write)", "100k rows × 21 columns", 6.0, _import_setup("xlsx"),
         _import_run),
        ("import csv (check + write)", "100k rows × 21 columns", 5.0, _import_setup("csv"),
         _import_run),
        ("import csv ÷ floor (plain executemany)", "100k rows, same rows written", 1.5,
         _floor_setup("csv"), _floor_run),
        ("import xlsx: peak memory (child)", "100k rows × 21 columns", 800.0,
         _import_setup("xlsx"), _peak_run),
        ("import csv: peak memory (child)", "100k rows × 21 columns", 800.0,
         _import_setup("csv"), _peak_run),
        ("export dwellings to xlsx", "100k dwellings × 38 columns", 10.0, _ExportState,
         _export_run),
        ("xlsx writer: XlsxWriter constant_memory", "100k dwellings, export sheet", 10.0,
         _WriterState, _writer_run),
        ("import refuses hostile files", "6 files: bombs, XFD1048576", 5.0, _hostile_setup,
         _hostile_run),
    ]
