"""Units (forvaltningsenheter): reference data, naming one as people do, adding one."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from boligreg.cli import main
from boligreg.errors import BoligregError
from boligreg.models import unit_id
from boligreg.resources import units
from boligreg.services.identifiers import is_valid_orgnr
from boligreg.services.units import add_unit, list_units, resolve_unit


def test_reference_units_are_the_bydeler_and_the_central_units() -> None:
    rows = units()
    # the 15 bydeler, and Sentrum and Marka (records there keep a disposer)
    assert len([u for u in rows if u.kind == "district"]) == 17
    assert {u.code for u in rows if u.kind == "central"} == {"velferdsetaten", "ungbo",
                                                               "boligbygg"}
    assert {u.code: u.parent_code for u in rows}["ungbo"] == "velferdsetaten"
    # every orgnr given passes the modulus-11 check; Ungbo has none of its own (SOURCES.md)
    assert all(is_valid_orgnr(u.orgnr) for u in rows if u.orgnr)
    assert {u.code for u in rows if not u.orgnr} == {"ungbo", "030116", "030117"}


@pytest.mark.parametrize(("text", "code"), [
    ("15", "030115"), ("1", "030101"), ("030103", "030103"), ("boligbygg", "boligbygg"),
    ("Boligbygg Oslo KF", "boligbygg"), ("Bydel St. Hanshaugen", "030104"),
    ("St.Hanshaugen", "030104"), ("velferdsetaten", "velferdsetaten"), ("Ungbo", "ungbo"),
])
def test_resolve_unit(empty_db, text: str, code: str) -> None:
    with empty_db.engine.connect() as conn:
        assert resolve_unit(conn, text) == code


def test_unknown_unit_is_a_clear_message(empty_db) -> None:
    with empty_db.engine.connect() as conn, pytest.raises(BoligregError, match="Ukjent enhet"):
        resolve_unit(conn, "Oslobygg")


def test_add_unit_checks_and_stores(empty_db) -> None:
    with empty_db.session() as s:
        row = add_unit(s, "oslobygg", name="Oslobygg", official_name="Oslobygg KF",
                       orgnr="924 599 545")
    assert row.orgnr == "924599545"
    with empty_db.engine.connect() as conn:
        assert resolve_unit(conn, "Oslobygg KF") == "oslobygg"
        assert [u.code for u in list_units(conn)][-1] in {"velferdsetaten", "ungbo",
                                                          "oslobygg", "boligbygg"}
        rid = conn.execute(sa.text("SELECT id FROM unit WHERE code = 'oslobygg'")).scalar()
        assert rid == unit_id("oslobygg")
        # the addition is in the change log and queued for sync, like any record
        assert conn.execute(sa.text("SELECT count(*) FROM sync_outbox WHERE entity_id = :i"),
                            {"i": rid}).scalar() == 1
    for bad, match in ((dict(code="Oslo bygg"), "Ugyldig enhetskode"),
                       (dict(code="boligbygg"), "finnes allerede"),
                       (dict(code="x2", orgnr="924599546"), "kontrollsiffer"),
                       (dict(code="x3", parent="nowhere"), "Ukjent enhet")):
        with pytest.raises(BoligregError, match=match), empty_db.session() as s:
            add_unit(s, bad.pop("code"), name="X", **bad)


def test_unit_cli(empty_db, db_path, capsys) -> None:
    assert main(["unit", "add", "oslobygg", "--db", str(db_path), "--name", "Oslobygg",
                 "--orgnr", "924599545"]) == 0
    assert main(["unit", "add", "ungbo_vest", "--db", str(db_path), "--name", "Ungbo vest",
                 "--parent", "Ungbo"]) == 0
    capsys.readouterr()
    assert main(["unit", "list", "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert "030115" in out and "Boligbygg Oslo KF" in out and "974780747" in out
    assert "ungbo_vest" in out and "del av ungbo" in out
    assert main(["unit", "add", "oslobygg", "--db", str(db_path), "--name", "X"]) == 2
    assert "finnes allerede" in capsys.readouterr().err
