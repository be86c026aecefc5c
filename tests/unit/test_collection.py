"""services.collection.Register: one open database with the operations the window uses,
records named by entity type, on a real SQLite file."""

from __future__ import annotations

from pathlib import Path

import pytest

from boligreg.errors import StaleRecordError
from boligreg.services.collection import Register
from boligreg.services.inventory import district_choices
from boligreg.services.register import RecordNotFoundError


@pytest.fixture
def register(db_path: Path):
    r = Register.create(db_path)
    yield r
    r.close()


def _property(register: Register) -> str:
    return register.create_record("property", {
        "district_code": "030103", "street_address": "Sandakerveien 10", "postcode": "0473",
        "owner_kind": "boligbygg"})


def test_open_file_describes_itself(register: Register, db_path: Path) -> None:
    assert register.path == db_path and register.is_sqlite and not register.is_demo
    assert not register.is_encrypted and register.key is None
    assert register.display_name == str(db_path)
    assert register.day is None and register.view is None and register.day_label == ""
    assert ("030103", "Sagene") in register.read(district_choices)


def test_records_by_entity_name_are_version_checked(register: Register) -> None:
    pid = _property(register)
    values = register.values("property", pid)
    assert values is not None and values["street_address"] == "Sandakerveien 10"
    assert values["version"] == 1
    v2 = register.save("property", pid, expected_version=1, changes={"built_year": 1936})
    assert v2 == 2 and register.values("property", pid)["built_year"] == 1936
    with pytest.raises(StaleRecordError):  # someone saved first: nothing is overwritten
        register.save("property", pid, expected_version=1, changes={"built_year": 1950})
    assert register.values("property", pid)["built_year"] == 1936
    detail = register.detail("property", pid)
    assert detail is not None and "Sandakerveien 10" in detail.title
    history = register.history("property", pid)
    assert {e.action for e in history} == {"Opprettet", "Endret"}
    assert [e.new for e in history if e.action == "Endret"] == ["1936"]


def test_delete_and_restore(register: Register) -> None:
    pid = _property(register)
    assert register.delete_blocker("property", pid) is None
    v = register.delete("property", pid, expected_version=1)
    assert register.values("property", pid)["deleted_at"] is not None
    register.restore("property", pid, expected_version=v)
    assert register.values("property", pid)["deleted_at"] is None
    with pytest.raises(RecordNotFoundError):
        register.save("property", "no-such-id", expected_version=1, changes={})
    with pytest.raises(ValueError):  # an unknown entity name is refused, not guessed
        register.values("tenant", pid)


def test_write_and_run_hand_on_session_and_database(register: Register) -> None:
    assert register.write(lambda session, n: n + 1, 1) == 2
    assert register.run(lambda db, what: (db is register.db, what), "x") == (True, "x")
