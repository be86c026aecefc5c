"""Faktaark: a year that is over is shown as registered at its 31.12 by default, and
«Med senere rettelser» counts today's register on that date (issue 13 item 2)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from boligreg.models import Dwelling, Property, create_database
from boligreg.models.base import set_clock
from boligreg.ui.context import AppState
from boligreg.ui.sections.factsheet import FactsheetSection
from boligreg.ui.workers import Job


@pytest.fixture
def register(tmp_path: Path):
    """Three Grünerløkka dwellings registered in May 2025, two more in November 2026."""
    moment = {"now": datetime(2025, 5, 2, 10)}
    set_clock(lambda: moment["now"])
    try:
        db = create_database(tmp_path / "reg.db", user="t")

        def add(n: int, first: int) -> None:
            with db.session() as s:
                p = Property(district_code="030102", street_address=f"Markveien {first}",
                             postcode="0554", owner_kind="boligbygg")
                s.add_all(Dwelling(property=p, unit_number=f"H0{first + i}",
                                   district_code="030102") for i in range(n))

        add(3, 101)
        moment["now"] = datetime(2026, 11, 20, 10)
        add(2, 201)
    finally:
        set_clock(None)
    yield db
    db.close()


def test_basis_default_and_corrections(qtbot, register, monkeypatch) -> None:
    monkeypatch.setattr(Job, "INLINE", True)
    sec = FactsheetSection(AppState(register))
    qtbot.addWidget(sec)
    sec.resize(1200, 800)
    sec.show()
    sec.refresh()
    sec.set_year(2025)
    sec.set_current_scope("030102")
    assert sec.basis_box.isEnabled() and sec.basis_box.count() == 2
    assert sec.basis_box.currentText() == "Som registrert per 31.12.2025"
    assert sec.corrected() is False
    sec.preview_current()
    qtbot.waitUntil(lambda: 2025 in sec._figures, timeout=20_000)
    f = sec._figures[2025]["030102"]
    assert f.basis == "registered" and f.dwellings_total == 3
    assert "Som registrert per 31.12.2025" in sec.about_sheet.property("text")

    sec.set_corrected(True)
    qtbot.waitUntil(lambda: 2025 in sec._figures, timeout=20_000)
    f = sec._figures[2025]["030102"]
    assert f.basis == "corrected" and f.dwellings_total == 5
    assert "Med senere rettelser" in sec.about_sheet.property("text")

    # The running year has one basis: today's register.
    sec.set_year(date.today().year)
    assert sec.basis_box.count() == 1 and not sec.basis_box.isEnabled()
    assert sec.basis_box.currentText() == "Dagens register"
