"""Published editions: a published year re-opens byte for byte however the register changes;
re-publishing makes a numbered "Revidert utgave" naming what changed; the old edition stays;
a damaged stored sheet is refused; the CLI publishes and writes the stored bytes."""

from __future__ import annotations

import hashlib
import io
from datetime import date, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from pypdf import PdfReader

from boligreg.cli import main
from boligreg.errors import BoligregError
from boligreg.models import Dwelling, Property, PublishedEdition, create_database
from boligreg.models.base import set_clock
from boligreg.services.editions import list_editions, open_edition, publish_year
from boligreg.services.register import save_changes

TODAY = date(2026, 11, 25)


def _text(pdf: bytes) -> str:
    return " ".join(" ".join((p.extract_text() or "") for p in PdfReader(io.BytesIO(pdf)).pages)
                    .split())


@pytest.fixture
def world(tmp_path: Path):
    moment = {"now": datetime(2025, 4, 1, 9)}
    set_clock(lambda: moment["now"])
    db = create_database(tmp_path / "e.db", user="t")

    def add(n: int, first: int) -> list[str]:
        with db.session() as s:
            p = Property(district_code="030102", street_address=f"Markveien {first}",
                         postcode="0554", owner_kind="boligbygg")
            ds = [Dwelling(property=p, unit_number=f"H0{first + i}", district_code="030102")
                  for i in range(n)]
            s.add_all(ds)
            s.flush()
            return [d.id for d in ds]

    ids = add(3, 101)
    yield db, moment, add, ids
    db.close()
    set_clock(None)


def test_published_sheet_never_changes(world) -> None:
    db, moment, add, ids = world
    moment["now"] = datetime(2026, 1, 15, 9)
    first = publish_year(db, 2025, user="redaktør", today=TODAY)
    assert first.edition == 1 and first.sheets == 16
    with db.engine.connect() as conn:
        e1 = open_edition(conn, 2025, "02")
    assert e1.sha256 == hashlib.sha256(e1.pdf).hexdigest() and e1.published_by == "redaktør"
    assert e1.figures["dwellings_total"] == 3 and "Publisert utgave 1" in _text(e1.pdf)
    # The register moves on: later imports, edits, deletes.
    moment["now"] = datetime(2026, 6, 1, 9)
    add(2, 201)
    save_changes(db, Dwelling, ids[0], expected_version=1, changes={"status": "vacant"})
    with db.engine.connect() as conn:
        again = open_edition(conn, 2025, "030102")
    assert again.pdf == e1.pdf and again.edition == 1
    # Re-publishing as registered per 31.12.2025 finds nothing to revise...
    moment["now"] = datetime(2026, 6, 2, 9)
    second = publish_year(db, 2025, today=TODAY)
    assert second.edition == 2 and not any(second.changes.values())
    # ...with the later corrections it is a revised edition that names the change.
    moment["now"] = datetime(2026, 6, 3, 9)
    third = publish_year(db, 2025, corrected=True, today=TODAY)
    assert third.edition == 3
    assert "Boliger: 3 → 5" in third.changes["030102"]
    assert "Ledige: 0 → 1" in third.changes["030102"]
    with db.engine.connect() as conn:
        e3 = open_edition(conn, 2025, "02")
        old = open_edition(conn, 2025, "02", edition=1)
        editions = list_editions(conn, 2025)
    text = _text(e3.pdf)
    assert "Revidert utgave (utgave 3)" in text and "Boliger: 3 → 5" in text
    assert old.pdf == e1.pdf
    assert [(n, k) for n, _at, _by, k in editions] == [(1, 16), (2, 16), (3, 16)]


def test_damaged_sheet_is_refused(world) -> None:
    db, _moment, _add, _ids = world
    publish_year(db, 2025, today=TODAY)
    t = PublishedEdition.__table__
    with db.engine.begin() as conn:
        conn.execute(t.update().where(t.c.scope == "030102").values(pdf=b"%PDF-1.4 tull"))
    with db.engine.connect() as conn, pytest.raises(BoligregError, match="skadet"):
        open_edition(conn, 2025, "02")
    with db.engine.connect() as conn:
        assert open_edition(conn, 2025, "oslo").pdf.startswith(b"%PDF")


def test_not_published_is_one_line(world, capsys) -> None:
    db, *_ = world
    path = db.path
    assert main(["factsheet", "--db", str(path), "--year", "2025", "--published",
                 "--district", "02", "--out", str(path.parent / "x.pdf")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "ikke publisert" in err[0]


def test_cli_publish_and_write_stored_bytes(world, tmp_path: Path, capsys) -> None:
    db, moment, *_ = world
    path = str(db.path)
    moment["now"] = datetime(2026, 1, 15, 9)
    assert main(["factsheet", "--db", path, "--year", "2025", "--publish"]) == 0
    assert "Utgave 1 av faktaarkene for 2025 er publisert (16 ark)" in capsys.readouterr().out
    out = tmp_path / "gl.pdf"
    assert main(["factsheet", "--db", path, "--year", "2025", "--published", "--district",
                 "02", "--out", str(out)]) == 0
    with db.engine.connect() as conn:
        stored = conn.execute(sa.select(PublishedEdition.pdf).where(
            PublishedEdition.scope == "030102")).scalar_one()
    assert out.read_bytes() == stored
    folder = tmp_path / "alle"
    assert main(["factsheet", "--db", path, "--year", "2025", "--published", "--all",
                 "--out-dir", str(folder)]) == 0
    assert len(list(folder.glob("*.pdf"))) == 16


def test_cli_published_files_carry_year_and_edition(world, tmp_path: Path, capsys) -> None:
    """Edition 1 keeps the plain name, a revised edition ends in -utgave2; an existing file
    is refused (nothing written) unless --overwrite."""
    db, moment, add, _ids = world
    path = str(db.path)
    moment["now"] = datetime(2026, 1, 15, 9)
    assert main(["factsheet", "--db", path, "--year", "2025", "--publish"]) == 0
    folder = tmp_path / "alle"
    assert main(["factsheet", "--db", path, "--year", "2025", "--published", "--all",
                 "--out-dir", str(folder)]) == 0
    names = sorted(p.name for p in folder.glob("*.pdf"))
    assert len(names) == 16 and "2025-030102-grunerlokka.pdf" in names
    assert "2025-0301-oslo.pdf" in names
    moment["now"] = datetime(2026, 2, 1, 9)
    add(2, 201)
    assert main(["factsheet", "--db", path, "--year", "2025", "--publish",
                 "--as-of", "01.02.2026"]) == 0
    capsys.readouterr()
    assert main(["factsheet", "--db", path, "--year", "2025", "--published", "--district",
                 "02", "--out-dir", str(folder)]) == 0
    two = folder / "2025-030102-grunerlokka-utgave2.pdf"
    with db.engine.connect() as conn:
        stored = open_edition(conn, 2025, "02", 2).pdf
    assert two.read_bytes() == stored
    # The same again: the file exists, so refused without --overwrite and left as it is.
    two.write_bytes(b"keep")
    assert main(["factsheet", "--db", path, "--year", "2025", "--published", "--district",
                 "02", "--out-dir", str(folder)]) == 2
    assert two.name in capsys.readouterr().err and two.read_bytes() == b"keep"
    assert main(["factsheet", "--db", path, "--year", "2025", "--published", "--district",
                 "02", "--out-dir", str(folder), "--overwrite"]) == 0
    assert two.read_bytes() == stored
