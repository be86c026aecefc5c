"""Agreement membership and tenancies edited through the real widgets, offscreen.

Adding a dwelling to an agreement through the pick dialog, ending a dwelling's link, the
referral quota refused in the dialog, and creating, editing and deleting a tenancy with a
refused input shown at its field. Results are checked with plain sqlite3.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit

from boligreg.models import Agreement, AgreementDwelling, Dwelling, Property, Tenancy
from boligreg.services.register import save_changes
from boligreg.ui.context import AppState
from boligreg.ui.main_window import MainWindow
from boligreg.ui.qtutil import text_of
from boligreg.ui.widgets.agreement_dwellings import AddDwellingsDialog, EndLinkDialog
from boligreg.ui.widgets.tenancies import TenancyDialog
from boligreg.ui.workers import Job

TODAY = date.today()


@pytest.fixture
def sample(empty_db):
    ids: dict[str, str] = {}
    with empty_db.session() as s:
        p = Property(district_code="030112", street_address="Trosterudveien 3",
                     postcode="1051", gnr=140, bnr=5, owner_kind="private")
        xs = [Dwelling(property=p, unit_number=f"H01{i:02d}", district_code="030112",
                       tenure="leased") for i in range(1, 6)]
        lease = Agreement(kind="lease", reference="INN-2020-001", landlord_name="Utleie AS",
                          district_code="030112", start_date=date(2020, 1, 1),
                          end_date=TODAY + timedelta(days=900))
        referral = Agreement(kind="referral", reference="TIL-2015-007",
                             landlord_name="Prosjekt AS", district_code="030112",
                             start_date=date(2015, 3, 1), project_total_dwellings=5)
        s.add_all([p, *xs, lease, referral,
                   AgreementDwelling(agreement=lease, dwelling=xs[0], from_date=date(2020, 1, 1)),
                   AgreementDwelling(agreement=referral, dwelling=xs[3]),
                   AgreementDwelling(agreement=referral, dwelling=xs[4])])
        s.flush()
        ids.update({f"x{i + 1}": x.id for i, x in enumerate(xs)})
        ids.update(lease=lease.id, referral=referral.id)
    return empty_db, ids


@pytest.fixture
def window(qtbot, sample, monkeypatch):
    monkeypatch.setattr(Job, "INLINE", True)
    db, _ids = sample
    w = MainWindow(AppState(db))
    qtbot.addWidget(w)
    w.resize(1400, 860)
    w.show()
    qtbot.waitExposed(w)
    return w


def sql(path: Path, query: str, *args) -> list[tuple]:
    con = sqlite3.connect(path)
    try:
        return con.execute(query, args).fetchall()
    finally:
        con.close()


def open_record(qtbot, w: MainWindow, key: str, entity: str, entity_id: str):
    section = w.select_section(key)
    qtbot.waitUntil(lambda: not section.loading, timeout=5000)
    assert section.show_record(entity, entity_id)
    return section


def in_dialogs(qtbot, steps: list[Callable]) -> None:
    """Run ``steps`` one by one on the modal dialog(s) as they open; each step gets the
    dialog, and the next one runs after the event loop turned (so typing takes effect)."""
    remaining = list(steps)

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None or not remaining:
            if remaining:
                QTimer.singleShot(10, poll)
            return
        remaining.pop(0)(widget)
        if remaining:
            QTimer.singleShot(50, poll)

    QTimer.singleShot(0, poll)


def retype(qtbot, edit: QLineEdit, value: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, value)


def select_link(qtbot, links, title_part: str) -> None:
    row = next(r for r, lk in enumerate(links.links.items) if title_part in lk.title)
    rect = links.visualRect(links.links.index(row, 1))
    qtbot.mouseClick(links.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


# --- agreement membership ------------------------------------------------------------------------


def test_add_dwelling_to_agreement_via_dialog(qtbot, window, sample, db_path) -> None:
    _db, ids = sample
    section = open_record(qtbot, window, "agreements", "agreement", ids["lease"])
    pane = section.detail
    pane.tabs.setCurrentWidget(pane.memberships)
    assert pane.memberships.add_button.isEnabled()
    seen: dict = {}

    def search(d: AddDwellingsDialog) -> None:
        seen["initial"] = d.list.count()  # H0102..H0105: H0101 is already in it
        qtbot.keyClicks(d.search, "h0103")

    def tick_with_bad_date(d: AddDwellingsDialog) -> None:
        qtbot.waitUntil(lambda: d.list.count() == 1, timeout=2000)
        assert d.check(ids["x3"])
        retype(qtbot, d.from_date, "31.12.2019")  # before the agreement's start
        qtbot.mouseClick(d.add_button, Qt.MouseButton.LeftButton)
        seen["error"] = text_of(d.from_error)
        seen["still_open"] = d.isVisible()

    def fix_and_add(d: AddDwellingsDialog) -> None:
        retype(qtbot, d.from_date, "01.03.2024")
        qtbot.mouseClick(d.add_button, Qt.MouseButton.LeftButton)

    in_dialogs(qtbot, [search, tick_with_bad_date, fix_and_add])
    qtbot.mouseClick(pane.memberships.add_button, Qt.MouseButton.LeftButton)
    assert seen == {"initial": 4, "still_open": True,
                    "error": "Fra-datoen kan ikke være før avtalens startdato (01.01.2020)."}
    assert sql(db_path, "SELECT from_date, to_date FROM agreement_dwelling WHERE "
               "agreement_id = ? AND dwelling_id = ?", ids["lease"], ids["x3"]) == \
        [("2024-03-01", None)]
    assert sql(db_path, "SELECT count(*) FROM change_log WHERE action = 'insert' AND "
               "entity_id IN (SELECT id FROM agreement_dwelling WHERE dwelling_id = ?)",
               ids["x3"])[0][0] == 1
    # the pane and the table show it at once
    assert any("H0103" in lk.title for lk in pane.links.links.items)
    assert "1 bolig lagt til" in text_of(pane.banner)
    col = next(i for i, c in enumerate(section.model.columns) if c.field == "dwellings")
    row = next(r for r in range(section.model.rowCount())
               if section.model.row_id(r) == ids["lease"])
    assert section.model.index(row, col).data() == "2"


def test_referral_quota_refused_in_the_dialog(qtbot, window, sample, db_path) -> None:
    _db, ids = sample
    section = open_record(qtbot, window, "agreements", "agreement", ids["referral"])
    seen: dict = {}

    def try_one_more(d: AddDwellingsDialog) -> None:
        assert d.check(ids["x2"])
        qtbot.mouseClick(d.add_button, Qt.MouseButton.LeftButton)
        seen["error"] = text_of(d.dwellings_error)
        d.reject()

    in_dialogs(qtbot, [try_one_more])
    section.detail.memberships.add()
    assert seen["error"] == ("En tilvisningsavtale kan gjelde høyst 40\u00a0% av boligene i "
                             "prosjektet: 2 av 5. Avtalen har 2, og 1 til gir 3 (60\u00a0%).")
    assert sql(db_path, "SELECT count(*) FROM agreement_dwelling WHERE agreement_id = ?",
               ids["referral"])[0][0] == 2


def test_end_a_dwelling_link(qtbot, window, sample, db_path) -> None:
    _db, ids = sample
    section = open_record(qtbot, window, "agreements", "agreement", ids["lease"])
    panel = section.detail.memberships
    section.detail.tabs.setCurrentWidget(panel)
    assert not panel.end_button.isEnabled()  # nothing chosen yet
    select_link(qtbot, panel.links, "H0101")
    assert panel.end_button.isEnabled()
    seen: dict = {}
    ended = TODAY - timedelta(days=1)

    def bad_then_good(d: EndLinkDialog) -> None:
        retype(qtbot, d.to_date, "31.02.2024")
        qtbot.keyClick(d.to_date, Qt.Key.Key_Return)
        seen["error"] = text_of(d.to_error)
        retype(qtbot, d.to_date, ended.strftime("%d.%m.%Y"))
        qtbot.mouseClick(d.end_button, Qt.MouseButton.LeftButton)

    in_dialogs(qtbot, [bad_then_good])
    qtbot.mouseClick(panel.end_button, Qt.MouseButton.LeftButton)
    assert seen["error"] == "Ugyldig dato – skriv dd.mm.åååå"
    assert sql(db_path, "SELECT to_date, deleted_at, version FROM agreement_dwelling "
               "WHERE dwelling_id = ?", ids["x1"]) == [(ended.isoformat(), None, 2)]
    assert sql(db_path, "SELECT field FROM change_log WHERE entity_type = "
               "'agreement_dwelling' AND action = 'update'") == [("to_date",)]
    link = next(lk for lk in panel.links.links.items if "H0101" in lk.title)
    assert "AVSLUTTET" in link.detail and link.warning
    select_link(qtbot, panel.links, "H0101")
    assert not panel.end_button.isEnabled()  # an ended link cannot be ended again


# --- tenancies ---------------------------------------------------------------------------------


def test_create_and_edit_a_tenancy(qtbot, window, sample, db_path, monkeypatch) -> None:
    _db, ids = sample
    section = open_record(qtbot, window, "dwellings", "dwelling", ids["x2"])
    pane = section.detail
    panel = pane.tenancy_panel
    pane.tabs.setCurrentWidget(panel)
    assert not panel.edit_button.isEnabled()
    seen: dict = {}

    def fill_bad(d: TenancyDialog) -> None:
        form = d.form
        seen["advice"] = form.error_message("next_review")  # indefinite is the default
        retype(qtbot, form.widgets["start_date"], "01.03.2024")
        retype(qtbot, form.widgets["end_date"], "01.02.2024")
        retype(qtbot, form.widgets["case_reference"], "2024/4711")
        qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
        seen["error"] = form.error_message("end_date")
        seen["invalid"] = bool(form.widgets["end_date"].property("invalid"))
        seen["open"] = d.isVisible()

    def fix(d: TenancyDialog) -> None:
        form = d.form
        retype(qtbot, form.widgets["end_date"], "")
        retype(qtbot, form.widgets["next_review"], "01.03.2026")
        seen["advice_after"] = form.error_message("next_review")
        qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)

    in_dialogs(qtbot, [fill_bad, fix])
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    assert seen["advice"].startswith("Anbefalt:")
    assert seen["error"] == "Sluttdatoen kan ikke være før startdatoen"
    assert seen["invalid"] and seen["open"]
    assert seen["advice_after"] == ""
    rows = sql(db_path, "SELECT id, kind, start_date, end_date, next_review, case_reference, "
               "version FROM tenancy WHERE dwelling_id = ?", ids["x2"])
    assert [r[1:] for r in rows] == [("indefinite", "2024-03-01", None, "2026-03-01",
                                      "2024/4711", 1)]
    tid = rows[0][0]
    assert pane.tabs.tabText(pane.tabs.indexOf(panel)) == "Leieforhold (1)"
    assert "registrert" in text_of(pane.banner)

    # edit: a fixed-term tenancy needs its end date
    def edit(d: TenancyDialog) -> None:
        form = d.form
        kind = form.widgets["kind"]
        kind.setCurrentIndex(kind.findData("fixed_term"))
        qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
        seen["fixed_error"] = form.error_message("end_date")
        retype(qtbot, form.widgets["end_date"], "28.02.2027")
        retype(qtbot, form.widgets["case_reference"], "2024/4712")
        qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)

    select_link(qtbot, panel.list, "01.03.2024")
    in_dialogs(qtbot, [edit])
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    assert seen["fixed_error"] == "Et tidsbestemt leieforhold må ha en sluttdato"
    assert sql(db_path, "SELECT kind, end_date, case_reference, version FROM tenancy "
               "WHERE id = ?", tid) == [("fixed_term", "2027-02-28", "2024/4712", 2)]
    assert sorted(r[0] for r in sql(db_path, "SELECT field FROM change_log WHERE entity_id = ? "
                                    "AND action = 'update'", tid)) == \
        ["case_reference", "end_date", "kind"]
    assert panel.list.links.items[0].detail.endswith("sak 2024/4712")

    # delete, after confirming
    asked: list[str] = []
    monkeypatch.setattr("boligreg.ui.widgets.tenancies.confirm",
                        lambda _p, title, _t, yes="Ja": asked.append(title) or True)
    select_link(qtbot, panel.list, "01.03.2024")
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert asked == ["Slett leieforhold"]
    assert sql(db_path, "SELECT deleted_at IS NOT NULL, version FROM tenancy WHERE id = ?",
               tid) == [(1, 3)]
    assert panel.list.links.items == []


def test_stale_tenancy_edit_is_refused(qtbot, window, sample, db_path) -> None:
    db, ids = sample
    with db.session() as s:
        t = Tenancy(dwelling_id=ids["x1"], kind="indefinite", start_date=date(2023, 1, 1),
                    case_reference="2023/1")
        s.add(t)
        s.flush()
        tid = t.id
    section = open_record(qtbot, window, "dwellings", "dwelling", ids["x1"])
    panel = section.detail.tenancy_panel
    save_changes(db, Tenancy, tid, expected_version=1, changes={"case_reference": "2023/9"})
    seen: dict = {}

    def edit(d: TenancyDialog) -> None:
        retype(qtbot, d.form.widgets["case_reference"], "2023/2")
        qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
        seen["error"] = text_of(d.error)
        d.reject()

    panel.list.setCurrentIndex(panel.list.links.index(0, 1))
    in_dialogs(qtbot, [edit])
    panel.edit()
    assert seen["error"].startswith("Ikke lagret: leieforholdet er endret av en annen")
    assert sql(db_path, "SELECT case_reference, version FROM tenancy WHERE id = ?", tid) == \
        [("2023/9", 2)]
    assert panel.list.links.items[0].ref_version == 2  # reloaded after the refusal
