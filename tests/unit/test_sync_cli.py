"""``boligreg sync --db local.db --central URL`` and ``boligreg conflicts``."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from boligreg.cli import main
from boligreg.models import Dwelling, Property, open_database
from boligreg.services.central import DisposableCentral, disposable_central
from boligreg.services.register import save_changes

pytestmark = pytest.mark.pg


@pytest.fixture
def central(pg_database: str) -> Iterator[DisposableCentral]:
    with disposable_central(pg_database) as c:
        yield c


def _dwelling(path: Path) -> str:
    db = open_database(path)
    try:
        with db.session() as s:
            p = Property(district_code="030103", street_address="Vogts gate 1",
                         postcode="0474", owner_kind="boligbygg")
            d = Dwelling(property=p, unit_number="H0101", district_code="030103", rooms=2)
            s.add(d)
            s.flush()
            return d.id
    finally:
        db.close()


def _set_rooms(path: Path, did: str, rooms: int) -> None:
    db = open_database(path)
    try:
        with db.session() as s:
            v = s.get(Dwelling, did).version
        save_changes(db, Dwelling, did, expected_version=v, changes={"rooms": rooms})
    finally:
        db.close()


def test_sync_and_conflicts_from_the_command_line(central, tmp_path: Path, capsys) -> None:
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    url = central.url_for("03")
    assert main(["init", "--db", str(a)]) == 0
    assert main(["init", "--db", str(b)]) == 0
    did = _dwelling(a)
    capsys.readouterr()
    assert main(["sync", "--db", str(a), "--central", url]) == 0
    out = capsys.readouterr()
    assert "Synkronisert: sendt 2" in out.out and "100 %" in out.err
    assert main(["sync", "--db", str(b), "--central", url, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["pulled"] == 2
    _set_rooms(a, did, 3)
    _set_rooms(b, did, 4)
    assert main(["sync", "--db", str(a), "--central", url, "--quiet"]) == 0
    assert main(["sync", "--db", str(b), "--central", url, "--quiet"]) == 0
    assert "1 ny konflikt. 1 konflikt venter på deg." in capsys.readouterr().out
    assert main(["conflicts", "--db", str(b)]) == 0
    listing = capsys.readouterr().out
    assert "Antall rom" in listing and "her: 4" in listing and "sentralt: 3" in listing
    assert main(["conflicts", "--db", str(b), "--json"]) == 0
    [c] = json.loads(capsys.readouterr().out)
    assert main(["conflicts", "--db", str(b), "--id", c["id"], "--keep", "local"]) == 0
    assert main(["sync", "--db", str(b), "--central", url, "--quiet"]) == 0
    assert main(["sync", "--db", str(a), "--central", url, "--quiet"]) == 0
    capsys.readouterr()
    assert main(["conflicts", "--db", str(b)]) == 0
    assert "Ingen konflikter" in capsys.readouterr().out
    db = open_database(a)
    with db.session() as s:
        assert s.get(Dwelling, did).rooms == 4
    db.close()


def test_sync_errors_are_one_line(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.delenv("BOLIGREG_CENTRAL_URL", raising=False)
    path = tmp_path / "a.db"
    assert main(["init", "--db", str(path)]) == 0
    capsys.readouterr()
    assert main(["sync", "--db", str(path)]) == 1
    assert "--central" in capsys.readouterr().err
    assert main(["sync", "--db", str(path), "--central",
                 "postgresql+psycopg://x@127.0.0.1:1/none", "--quiet"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Får ikke kontakt" in err
