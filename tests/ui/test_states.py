"""States that tell the truth: labelled filters, a detail pane that says when its record is
not in the list, an empty result that names the hits elsewhere, no "0 avvik" before any audit."""

from __future__ import annotations

import pytest

from boligreg.models import Dwelling, Property
from boligreg.services.audit.lifecycle import run_audit
from boligreg.ui.context import AppState
from boligreg.ui.main_window import MainWindow
from boligreg.ui.sections.overview import NO_AUDIT_YET, FollowUpModel
from boligreg.ui.workers import Job


@pytest.fixture
def db(empty_db):
    with empty_db.session() as s:
        sagene = Property(district_code="030103", street_address="Sandakerveien 10",
                          postcode="0473", gnr=75, bnr=10, owner_kind="boligbygg")
        alna = Property(district_code="030112", street_address="Trosterudveien 3",
                        postcode="1051", gnr=140, bnr=5, owner_kind="boligbygg")
        for i in range(3):
            s.add(Dwelling(property=sagene, unit_number=f"H01{i + 1:02d}",
                           district_code="030103", status="vacant" if i == 0 else "occupied"))
        for i in range(2):
            s.add(Dwelling(property=alna, unit_number=f"H02{i + 1:02d}", district_code="030112"))
    return empty_db


@pytest.fixture
def window(qtbot, db, monkeypatch):
    monkeypatch.setattr(Job, "INLINE", True)
    w = MainWindow(AppState(db))
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    return w


def _section(qtbot, w: MainWindow, key: str):
    section = w.select_section(key)
    qtbot.waitUntil(lambda: not section.loading, timeout=10_000)
    return section


def test_a_chosen_filter_keeps_its_name(qtbot, window) -> None:
    section = _section(qtbot, window, "dwellings")
    combo = section.filter_panel.combos["status"]
    assert combo.itemText(0) == "Status: alle"
    assert all(combo.itemText(i).startswith("Status: ") for i in range(combo.count()))
    combo.setCurrentIndex(combo.findData("vacant"))
    assert combo.currentText() == "Status: Ledig"
    assert section.model.shown() == 1


def test_detail_pane_says_when_its_record_is_filtered_away(qtbot, window) -> None:
    section = _section(qtbot, window, "dwellings")
    section.table.selectRow(0)
    shown_id = section.detail.entity_id
    assert shown_id
    section.filter_panel.set_search("ingen slik adresse")
    assert section.model.shown() == 0
    assert section.detail.entity_id == shown_id  # nothing typed is thrown away
    assert section.detail.banner.isVisible()
    assert "Ikke i utvalget" in section.detail.banner.text()
    section.filter_panel.reset()
    assert not section.detail.banner.isVisible()


def test_empty_result_names_the_hits_in_other_bydeler(qtbot, window) -> None:
    window.ctx.set_scope("030103")
    section = _section(qtbot, window, "dwellings")
    section.filter_panel.set_search("Trosterudveien")
    assert section.model.shown() == 0
    button = section.filter_panel.elsewhere_button
    qtbot.waitUntil(button.isVisible, timeout=10_000)
    assert button.text() == "2 treff i andre bydeler — vis alle bydeler"
    button.click()
    assert window.ctx.scope is None
    qtbot.waitUntil(lambda: not section.loading and section.model.shown() == 2, timeout=10_000)
    assert not button.isVisible()


def test_no_hit_anywhere_says_so(qtbot, window) -> None:
    window.ctx.set_scope("030103")
    section = _section(qtbot, window, "dwellings")
    section.filter_panel.set_search("finnes ikke noe sted")
    button = section.filter_panel.elsewhere_button
    qtbot.waitUntil(button.isVisible, timeout=10_000)
    assert button.text() == "Ingen treff i noen bydel" and not button.isEnabled()


def test_overview_before_and_after_the_first_audit(qtbot, window, db) -> None:
    overview = window.select_section("overview")
    model = overview.findChild(FollowUpModel)
    qtbot.waitUntil(lambda: model.rowCount() == 3, timeout=10_000)
    group = model.index(2, 0)
    assert model.data(group) == "Åpne avvik med høy alvorlighet"
    assert model.data(model.index(0, 1, group)) == NO_AUDIT_YET
    run_audit(db)
    window.ctx.data_changed.emit()
    overview.ensure_fresh()
    qtbot.waitUntil(lambda: model.data(model.index(2, 0)) != "Åpne avvik med høy alvorlighet",
                    timeout=10_000)
    assert model.data(model.index(2, 0)).startswith("Åpne avvik med høy alvorlighet  (")
    assert model.data(model.index(0, 1, model.index(2, 0))) != NO_AUDIT_YET
