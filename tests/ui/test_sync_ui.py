"""The window's sync: Synkroniser with progress, the status-bar line, the conflict dialog."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from boligreg.models import Dwelling, Property, create_database
from boligreg.services.register import save_changes
from boligreg.services.sync import sync
from boligreg.ui import sync_ui
from boligreg.ui.context import AppState
from boligreg.ui.main_window import MainWindow
from boligreg.ui.qtutil import text_of
from boligreg.ui.workers import Job


@pytest.fixture(autouse=True)
def inline_jobs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Job, "INLINE", True)


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(sync_ui, "show_error",
                        lambda _parent, _title, exc: shown.append(str(exc)))
    return shown


@pytest.fixture
def central(pg_database: str) -> Iterator:
    from boligreg.services.central import disposable_central

    with disposable_central(pg_database, kinds=("03",)) as c:
        yield c


def _window(qtbot, db) -> MainWindow:
    w = MainWindow(AppState(db))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def _dwelling(db) -> str:
    with db.session() as s:
        p = Property(district_code="030103", street_address="Sandakerveien 10",
                     postcode="0473", owner_kind="boligbygg")
        d = Dwelling(property=p, unit_number="H0101", district_code="030103", rooms=2)
        s.add(d)
        s.flush()
        return d.id


def _rooms(db, did: str, rooms: int) -> None:
    with db.session() as s:
        v = s.get(Dwelling, did).version
    save_changes(db, Dwelling, did, expected_version=v, changes={"rooms": rooms})


def test_status_line_menu_and_toolbar_without_a_central(qtbot, empty_db) -> None:
    w = _window(qtbot, empty_db)
    ui = w.sync_ui
    assert text_of(ui.status_label) == "Aldri synkronisert  ·  ingen lokale endringer venter"
    menus = [text_of(a) for a in w.menuBar().actions()]
    assert menus.index("S&ynkronisering") < len(menus) - 1 and menus[-1] == "&Hjelp"
    assert ui.sync_action in w.findChild(sync_ui.QToolBar, "scopeToolbar").actions()
    _dwelling(empty_db)
    w.ctx.data_changed.emit()  # every write announces itself; the line follows
    assert text_of(ui.status_label).endswith("2 lokale endringer venter")


def test_central_address_is_saved_without_password(qtbot, empty_db) -> None:
    w = _window(qtbot, empty_db)
    w.sync_ui.set_central_url("postgresql+psycopg://kari:hemmelig@db.example/boligreg")
    saved = w.ctx.settings.value(sync_ui.SETTING_URL, "", type=str)
    assert saved == "postgresql+psycopg://kari@db.example/boligreg"
    assert "hemmelig" in w.sync_ui.central_url()  # this session only


def test_demo_database_cannot_sync(qtbot, tmp_path: Path) -> None:
    db = create_database(tmp_path / "demo.db")
    with db.engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO app_meta (key, value) VALUES ('demo', '1')")
    db._demo = None
    try:
        w = _window(qtbot, db)
        assert not w.sync_ui.sync_action.isEnabled()
        assert "Demodata" in w.sync_ui.sync_action.toolTip()
    finally:
        db.close()


def test_unreachable_central_is_reported(qtbot, empty_db, errors) -> None:
    w = _window(qtbot, empty_db)
    w.sync_ui.set_central_url("postgresql+psycopg://nobody@127.0.0.1:1/none")
    w.sync_ui.sync_action.trigger()
    qtbot.waitUntil(lambda: bool(errors))
    # Classified as in the Synkronisering section: Norwegian, no driver text.
    assert errors[0].startswith("Får ikke kontakt med serveren 127.0.0.1 på port 1.")
    assert "refused" not in errors[0].lower() and "connection" not in errors[0].lower()
    assert w.sync_ui.sync_action.isEnabled()


@pytest.mark.pg
def test_synkroniser_updates_the_status_line(qtbot, central, empty_db, errors) -> None:
    _dwelling(empty_db)
    w = _window(qtbot, empty_db)
    ui = w.sync_ui
    assert "2 lokale endringer venter" in text_of(ui.status_label)
    ui.set_central_url(central.url_for("03"))
    with qtbot.waitSignal(ui.finished, timeout=20000) as blocker:
        ui.sync_action.trigger()
    assert blocker.args[0].pushed == 2
    line = text_of(ui.status_label)
    assert line.startswith("Sist synkronisert ") and "ingen lokale endringer venter" in line
    assert errors == []


@pytest.mark.pg
def test_conflict_dialog_shows_both_versions_and_completes(qtbot, central, tmp_path: Path,
                                                            errors) -> None:
    url = central.url_for("03")
    a = create_database(tmp_path / "a.db", user="kari")
    b = create_database(tmp_path / "b.db", user="ola")
    try:
        did = _dwelling(a)
        sync(a, url)
        sync(b, url)
        _rooms(a, did, 3)
        _rooms(b, did, 4)
        sync(a, url)
        w = _window(qtbot, b)
        ui = w.sync_ui
        ui.set_central_url(url)
        with qtbot.waitSignal(ui.finished, timeout=20000):
            ui.sync_action.trigger()
        dialog = ui.dialog  # opened by itself: a new conflict arrived
        assert dialog is not None and dialog.isVisible()
        assert "1 konflikt" in text_of(ui.status_label)
        table = dialog.table
        headers = [table.horizontalHeaderItem(c).data(0) for c in range(table.columnCount())]
        assert headers == ["Felt", "Utgangspunkt", "Her (denne kopien)", "Sentralt", "Behold"]
        rows = {table.item(r, 0).data(0): [table.item(r, c).data(0) for c in range(1, 4)]
                for r in range(table.rowCount())}
        assert rows["Antall rom"] == ["2", "4", "3"]
        assert set(dialog.merge_choice()) == {"rooms"}
        dialog.keep_local.click()
        assert dialog.conflicts == [] and dialog.empty.isVisibleTo(dialog)
        # Closing the dialog sends the decision: the sync completes.
        with qtbot.waitSignal(ui.finished, timeout=20000):
            dialog.reject()
        sync(a, url)
        with a.session() as s:
            assert s.get(Dwelling, did).rooms == 4
        assert "konflikt" not in text_of(ui.status_label)
        assert errors == []
        w.close()
    finally:
        a.close()
        b.close()


@pytest.mark.pg
def test_online_window_on_the_central(qtbot, central, tmp_path: Path, errors,
                                      monkeypatch) -> None:
    """Working directly in the central: the same window, version-checked edits that reach
    every copy by its next sync; the owner or a superuser is turned away."""
    from boligreg.services.central import CentralError, open_central

    with pytest.raises(CentralError, match="superbruker"):
        open_central(central.url)
    local = create_database(tmp_path / "a.db", user="kari")
    try:
        did = _dwelling(local)
        sync(local, central.url_for("03"))
        w = _window(qtbot, local)
        monkeypatch.setattr(w.sync_ui, "ask_url", lambda: True)
        monkeypatch.setattr(w.sync_ui, "central_url", lambda: central.url_for("03"))
        w.sync_ui.online_action.trigger()
        qtbot.waitUntil(lambda: bool(w.sync_ui.online_windows))
        online = w.sync_ui.online_windows[0]  # deletes itself on close (not qtbot's)
        assert text_of(online.sync_ui.status_label) == "Tilkoblet sentraldatabasen direkte"
        assert not online.sync_ui.sync_action.isEnabled()
        db = online.ctx.db
        with db.session() as s:
            v = s.get(Dwelling, did).version
        save_changes(db, Dwelling, did, expected_version=v, changes={"rooms": 6})
        from boligreg.errors import StaleRecordError

        with pytest.raises(StaleRecordError):  # optimistic locking on the central too
            save_changes(db, Dwelling, did, expected_version=v, changes={"rooms": 7})
        sync(local, central.url_for("03"))
        with local.session() as s:
            assert s.get(Dwelling, did).rooms == 6
        assert errors == []
        online.close()
        qtbot.waitUntil(lambda: not w.sync_ui.online_windows)  # closed, connection gone
    finally:
        local.close()
