"""Published editions in the Faktaark section: publish after a confirm naming the year and the
edition, the year's editions listed, a stored sheet opened and saved byte for byte after the
register changed, a revised edition listed with what changed on the sheet."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtGui import QDesktopServices
from uihelpers import patch_message  # tests/ui/uihelpers.py

from boligreg.models import Dwelling, Property, create_database
from boligreg.models.base import set_clock
from boligreg.services.editions import publish_year
from boligreg.services.register import save_changes
from boligreg.ui.context import AppState
from boligreg.ui.sections.factsheet import FactsheetSection
from boligreg.ui.workers import Job


@pytest.fixture
def world(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(Job, "INLINE", True)
    moment = {"now": datetime(2025, 4, 1, 9)}
    set_clock(lambda: moment["now"])
    db = create_database(tmp_path / "e.db", user="redaktør")

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


@pytest.fixture
def section(qtbot, world):
    db, moment, *_ = world
    moment["now"] = datetime(2026, 1, 15, 9)
    sec = FactsheetSection(AppState(db))
    qtbot.addWidget(sec)
    sec.resize(1280, 800)
    sec.show()
    qtbot.waitExposed(sec)
    sec.set_year(2025)
    sec.set_current_scope("030102")
    return sec


def stored_pdf(path: Path, scope: str, edition: int) -> bytes:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT pdf FROM published_edition WHERE year = 2025 AND scope = ? "
                           "AND edition = ?", (scope, edition)).fetchone()[0]
    finally:
        con.close()


def publish_via_button(qtbot, sec, monkeypatch, answer: bool = True) -> list[str]:
    asked: list[str] = []
    patch_message(monkeypatch, "confirm",
                        lambda _p, title, text, yes="Ja": asked.append(f"{title}|{text}|{yes}")
                        or answer)
    before = sec.edition_list.count()
    sec.publish_button.click()
    if answer:
        qtbot.waitUntil(lambda: sec.edition_list.count() == before + 1, timeout=60_000)
    return asked


def test_publish_open_save_and_republish(qtbot, section, world, monkeypatch,
                                         tmp_path: Path) -> None:
    db, moment, add, ids = world
    sec = section
    assert sec.edition_list.count() == 0
    assert "ikke publisert" in sec.edition_note.text()
    assert sec.publish_button.text() == "Publiser faktaark for 2025 …"
    assert not sec.edition_open.isEnabled()

    # Saying no publishes nothing.
    asked = publish_via_button(qtbot, sec, monkeypatch, answer=False)
    assert len(asked) == 1 and sec.edition_list.count() == 0
    asked = publish_via_button(qtbot, sec, monkeypatch)
    title, text, yes = asked[0].split("|")
    assert "2025" in title and "31.12.2025" in text and "utgave 1" in text
    assert yes == "Publiser utgave 1"
    first = sec.edition_list.item(0).text()
    assert first.startswith("Utgave 1") and "redaktør" in first and "første utgave" in first
    assert "15.01.2026 kl. 10.00" in first  # 09:00 UTC in Oslo winter time
    assert sec.edition_open.isEnabled() and sec.edition_save.isEnabled()

    # The register changes afterwards: the stored sheet still opens byte for byte.
    moment["now"] = datetime(2026, 2, 1, 9)
    save_changes(db, Dwelling, ids[0], expected_version=1, changes={"status": "vacant"})
    add(2, 201)
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        staticmethod(lambda url: opened.append(url.toLocalFile()) or True))
    path = sec.open_published()
    assert path is not None and opened == [str(path)]
    assert path.name == "2025-030102-grunerlokka.pdf"
    assert path.read_bytes() == stored_pdf(db.path, "030102", 1)
    saved = sec.save_published(tmp_path / "gl.pdf")
    assert saved is not None and saved.read_bytes() == stored_pdf(db.path, "030102", 1)
    # An existing file is not replaced unless asked to.
    saved.write_bytes(b"keep")
    errors: list[str] = []
    monkeypatch.setattr("boligreg.ui.sections.factsheet.show_error",
                        lambda _p, _t, exc: errors.append(str(exc)))
    assert sec.save_published(saved) is None and saved.read_bytes() == b"keep"
    assert len(errors) == 1

    # Publishing again makes edition 2 (as registered per 31.12.2025: nothing changed).
    asked = publish_via_button(qtbot, sec, monkeypatch)
    assert "utgave 2" in asked[0] and "utgave 1 beholdes" in asked[0]
    top = sec.edition_list.item(0).text()
    assert top.startswith("Utgave 2") and "0 ark endret" in top
    assert sec.edition_list.item(1).text().startswith("Utgave 1")
    assert "Revidert utgave" in sec.edition_note.text()
    assert "Ingen av de oppførte tallene er endret for Grünerløkka" in sec.edition_note.text()
    path2 = sec.open_published()
    assert path2 is not None and path2.name == "2025-030102-grunerlokka-utgave2.pdf"
    assert path2.read_bytes() == stored_pdf(db.path, "030102", 2)
    # Edition 1 is still there and still the same bytes.
    sec.edition_list.setCurrentRow(1)
    assert sec.open_published().read_bytes() == stored_pdf(db.path, "030102", 1)

    # A revised edition with later corrections lists what changed on the sheet.
    publish_year(db, 2025, as_of=date(2026, 2, 1))
    sec.refresh_editions()
    assert sec.edition_list.item(0).text().startswith("Utgave 3")
    note = sec.edition_note.text()
    assert "Revidert utgave" in note and "Boliger: 3 → 5" in note
    assert "endret fra utgave 2" in note


def test_publish_is_off_while_a_past_day_is_shown(qtbot, section) -> None:
    sec = section
    assert sec.publish_button.isEnabled()
    sec.ctx.enter_as_of(date(2025, 12, 31))
    try:
        assert not sec.publish_button.isEnabled()
        assert sec.publish() is None
    finally:
        sec.ctx.leave_as_of()
    assert sec.publish_button.isEnabled()
