"""Kill-harness scenarios that drive other features' services (import, audit).

``import``: the real spreadsheet importer on a ROWS-row CSV written beside the database (each
row a new dwelling on its own address, so "all or none" is countable). ``audit``: the audit
run over the whole city, again and again, on a database filled by the demo generator.
``transfer``: every dwelling Sagene disposes of moved to Boligbygg in one transfer (issue 14).
"""

from __future__ import annotations

from pathlib import Path

STREETS = ["Sandakerveien", "Thorvald Meyers gate", "Trondheimsveien", "Tøyengata",
           "Kirkeveien", "Ullevålsveien", "Bogstadveien", "Grønlandsleiret"]


def import_csv(folder: Path, rows: int) -> Path:
    """A CSV as a bydel might keep it: one dwelling per row, MARK in the note column."""
    path = folder / f"import-{rows}.csv"
    if path.exists():
        return path
    lines = ["Bydel;Adresse;Postnr;Bruksenhetsnr;Eierform;Antall rom;BRA"]
    for i in range(rows):
        street = STREETS[i % len(STREETS)]
        number = 1000 + i // 40
        unit = f"H{(i % 40) // 8 + 1:02d}{i % 8 + 1:02d}"
        lines.append(f"Sagene;{street} {number};0473;{unit};eid;{i % 4 + 1};{40 + i % 50}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run(name: str, db_path: Path, n: int) -> None:
    from boligreg.models import open_database

    db = open_database(db_path, check=False)
    if name == "import":
        from boligreg.services.importer.service import import_file

        csv = import_csv(db_path.parent, n)
        print("ready", flush=True)
        report = import_file(db, csv)
        print("done" if report.written else f"refused {report}", flush=True)
    elif name == "transfer":
        from datetime import date

        from boligreg.services.transfers import apply_transfer, preview_transfer

        with db.engine.connect() as conn:
            preview = preview_transfer(conn, from_unit="03", to_unit="boligbygg",
                                       what="dwellings", effective=date(2027, 1, 1),
                                       reference="KILL-1")
        print("ready", flush=True)
        apply_transfer(db, preview)
        print("done", flush=True)
    elif name == "audit":
        from boligreg.services.audit.lifecycle import run_audit

        print("ready", flush=True)
        while True:
            run_audit(db)
    else:
        raise SystemExit(3)
