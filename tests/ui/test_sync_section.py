"""The Synkronisering section: a profile instead of a URL, Test tilkobling with a Norwegian
message for each failure class (against the real PostgreSQL), Synkroniser nå off the UI
thread with progress and Avbryt, and the conflicts to decide."""

from __future__ import annotations

import re
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from boligreg.models import Dwelling, Property, create_database
from boligreg.paths import data_dir
from boligreg.services.register import save_changes
from boligreg.services.sync import sync, sync_status
from boligreg.services.sync.connect import FAILURE_KINDS, KEYRING_SERVICE
from boligreg.ui.context import AppState
from boligreg.ui.main_window import MainWindow
from boligreg.ui.qtutil import text_of
from boligreg.ui.sections import sync_section
from boligreg.ui.sections.sync_section import SyncSection
from boligreg.ui.workers import Job

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from pgwire import closed_port, password_refusing_server  # noqa: E402

ENGLISH = re.compile(r"connection|failed|refused|does not exist|authentication|password|"
                     r"FATAL|server at|socket|psycopg", re.I)


@pytest.fixture(autouse=True)
def _keyring(memory_keyring: dict) -> dict:
    """Every test here on an in-memory keyring: none touches the machine's own."""
    return memory_keyring


@pytest.fixture
def inline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Job, "INLINE", True)


@pytest.fixture
def central(pg_database: str) -> Iterator:
    from boligreg.services.central import disposable_central

    with disposable_central(pg_database, kinds=("03",)) as c:
        yield c


def _window(qtbot, db) -> MainWindow:
    w = MainWindow(AppState(db))
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    return w


def _section(w: MainWindow) -> SyncSection:
    section = w.select_section("sync")
    assert isinstance(section, SyncSection)
    return section


def _fill(section: SyncSection, *, name: str = "Jobb", server: str = "127.0.0.1",
          port: int = 5432, database: str = "boligreg", user: str = "kari",
          password: str = "") -> None:
    section.new_profile()
    section.name_edit.setText(name)
    section.server_edit.setText(server)
    section.port_spin.setValue(port)
    section.database_edit.setText(database)
    section.user_edit.setText(user)
    section.password_edit.setText(password)


def _where(central) -> dict:
    u = sa.make_url(central.url)
    return {"server": u.host, "port": u.port or 5432, "database": u.database}


def _dwelling(db, unit: str = "H0101") -> str:
    with db.session() as s:
        p = Property(district_code="030103", street_address="Sandakerveien 10",
                     postcode="0473", owner_kind="boligbygg")
        d = Dwelling(property=p, unit_number=unit, district_code="030103", rooms=2)
        s.add(d)
        s.flush()
        return d.id


def _test(qtbot, section: SyncSection) -> tuple[str, str]:
    """Press Test tilkobling; (heading, message) of the answer."""
    with qtbot.waitSignal(section.tested, timeout=20000):
        section.test_button.click()
    heading, _, message = section.result_words().partition("\n")
    return heading, message


@pytest.mark.pg
def test_connect_from_a_profile_and_sync(qtbot, inline, central, empty_db,
                                         memory_keyring) -> None:
    _dwelling(empty_db)
    w = _window(qtbot, empty_db)
    section = _section(w)
    assert section.state()["pending"] == "2" and section.state()["last"] == "Aldri"
    _fill(section, name="Sagene", user=central.logins["03"], password=central.password,
          **_where(central))
    section.save_profile()
    # The password went to the keyring, and nowhere in the settings file.
    account = f"{central.logins['03']}@{_where(central)['server']}:" \
              f"{_where(central)['port']}/{_where(central)['database']}"
    assert memory_keyring == {(KEYRING_SERVICE, account): central.password}
    w.ctx.settings.sync()
    ini = (data_dir() / "settings.ini").read_text(encoding="utf-8")
    assert "Sagene" in ini and central.password not in ini
    assert section.profile_list.item(0).text() == "Sagene"

    section.password_edit.clear()  # from now on the keyring answers
    heading, message = _test(qtbot, section)
    assert heading == "Tilkoblingen virker"
    assert message.startswith(f"Tilkoblet som {central.logins['03']} — Bydel Sagene")

    with qtbot.waitSignal(section.synced, timeout=30000) as blocker:
        section.sync_button.click()
    assert blocker.args[0].pushed == 2
    state = section.state()
    assert state["pending"] == "0" and state["last"] != "Aldri"
    assert state["sync"].startswith("Synkronisert: sendt 2, hentet ")
    assert text_of(section.last_caption) == \
        f"Sist synkronisert med {_where(central)['server']} ({_where(central)['database']})"
    assert "ingen lokale endringer venter" in text_of(w.sync_ui.status_label)
    with sa.create_engine(central.url).connect() as conn:
        assert conn.exec_driver_sql(
            "SELECT count(*) FROM dwelling WHERE unit_number = 'H0101'").scalar() == 1

    # F9 (Synkroniser) now goes through the profile as well.
    _dwelling(empty_db, "H0102")
    w.ctx.data_changed.emit()
    assert section.state()["pending"] == "2"
    w.select_section("overview")
    with qtbot.waitSignal(section.synced, timeout=30000):
        w.sync_ui.sync_action.trigger()
    assert w.current_section() is section and section.state()["pending"] == "0"


def test_profiles_survive_a_restart_and_delete_forgets_the_password(
        qtbot, inline, empty_db, memory_keyring, monkeypatch) -> None:
    w = _window(qtbot, empty_db)
    section = _section(w)
    _fill(section, name="Jobb", server="db.example", user="kari", password="hemmelig")
    section.save_profile()
    _fill(section, name="Hjemme", server="vpn.example", port=6432, user="kari")
    section.remember_check.setChecked(False)
    section.save_profile()
    assert [p.name for p in section.profiles] == ["Jobb", "Hjemme"]
    assert list(memory_keyring.values()) == ["hemmelig"]
    w.ctx.settings.sync()
    w.close()

    w2 = _window(qtbot, empty_db)
    again = _section(w2)
    assert [p.name for p in again.profiles] == ["Jobb", "Hjemme"]
    assert again.active_profile().name == "Hjemme"  # the one chosen last
    again.profile_list.setCurrentRow(0)
    assert text_of(again.server_edit) == "db.example"
    assert again.password_edit.placeholderText() == "lagret i passordlageret"
    assert text_of(again.password_edit) == ""  # never read back into the window
    # A duplicate name is refused, with the reason.
    again.name_edit.setText("Hjemme")
    assert again.save_profile() is None
    assert again.result_words().startswith("Navnet er i bruk")
    again.profile_list.setCurrentRow(0)
    monkeypatch.setattr(sync_section, "confirm", lambda *_a, **_k: True)
    again.delete_profile()
    assert [p.name for p in again.profiles] == ["Hjemme"] and memory_keyring == {}


def test_incomplete_profile_says_which_field(qtbot, inline, empty_db) -> None:
    w = _window(qtbot, empty_db)
    section = _section(w)
    _fill(section, server="")
    section.test_button.click()
    heading, message = section.result_words().partition("\n")[::2]
    assert heading == "Profilen er ikke fullstendig" and "server" in message.lower()
    assert w.focusWidget() is section.server_edit  # the field to fix has the cursor


def test_old_url_is_offered_as_a_profile(qtbot, inline, empty_db) -> None:
    from boligreg.ui.sync_ui import SETTING_URL

    ctx = AppState(empty_db)
    ctx.settings.setValue(SETTING_URL, "postgresql+psycopg://kari@db.example:6543/sentral")
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    section = _section(w)
    assert (text_of(section.server_edit), section.port_spin.value(),
            text_of(section.database_edit), text_of(section.user_edit)) == (
        "db.example", 6543, "sentral", "kari")
    assert section.profiles == []  # offered, not saved until Lagre profil


def _classes(central) -> dict:
    """Each failure class: (form fields, password, set-up on the central as superuser)."""
    where = _where(central)
    login = central.logins["03"]
    return {
        "unreachable": ({**where, "port": closed_port(), "user": login}, None),
        "no_database": ({**where, "database": "finnes_ikke", "user": login}, None),
        "not_central": ({**where, "database": "postgres", "user": login}, None),
        "schema": ({**where, "user": login},
                   "UPDATE alembic_version SET version_num = '0001'"),
        "no_role": ({**where, "user": f"{central.roles.prefix}uten_rolle"},
                    f'CREATE ROLE "{central.roles.prefix}uten_rolle" LOGIN'),
        "auth": ({**where, "user": "ingen_slik_bruker"}, None),
        "unknown_host": ({**where, "server": "ingen-slik-server.invalid", "user": login},
                         None),
        "owner": ({**where, "user": sa.make_url(central.url).username or "postgres"}, None),
    }


@pytest.mark.pg
@pytest.mark.parametrize("kind", ["unreachable", "unknown_host", "no_database",
                                  "not_central", "schema", "no_role", "owner", "auth"])
def test_each_failure_class_in_norwegian(qtbot, inline, central, empty_db, kind) -> None:
    fields, setup = _classes(central)[kind]
    if setup:
        with sa.create_engine(central.url, isolation_level="AUTOCOMMIT").connect() as conn:
            conn.exec_driver_sql(setup)
    w = _window(qtbot, empty_db)
    section = _section(w)
    _fill(section, password=central.password, **fields)
    heading, message = _test(qtbot, section)
    assert heading == FAILURE_KINDS[kind]
    assert section.last_failure is not None and section.last_failure.kind == kind
    assert message and not ENGLISH.search(message), message
    assert section.result.objectName() == "badBanner"


def test_wrong_password_in_norwegian(qtbot, inline, empty_db) -> None:
    """Refused by a server that checks passwords (tests/pgwire.py: the test cluster trusts
    127.0.0.1, so it never asks for one)."""
    w = _window(qtbot, empty_db)
    section = _section(w)
    with password_refusing_server() as (port, received):
        _fill(section, port=port, user="kari", password="feil")
        heading, message = _test(qtbot, section)
    assert received == ["feil"]
    assert heading == "Feil brukernavn eller passord"
    assert "«kari»" in message and not ENGLISH.search(message)


def test_sync_failure_shows_the_class_not_driver_text(qtbot, inline, empty_db) -> None:
    w = _window(qtbot, empty_db)
    section = _section(w)
    _fill(section, port=closed_port())
    section.save_profile()
    job = section.sync_now()
    assert job is not None
    qtbot.waitUntil(lambda: section.sync_result.isVisible(), timeout=20000)
    text = text_of(section.sync_result)
    assert text.startswith("Får ikke kontakt med serveren: ") and not ENGLISH.search(text)
    assert section.sync_button.isEnabled() and not section.cancel_button.isVisible()


@pytest.mark.pg
def test_synkroniser_runs_off_the_ui_thread_and_cancels(qtbot, central, empty_db,
                                                        monkeypatch) -> None:
    """A real background thread (not INLINE): progress arrives, Avbryt stops the sync
    before anything is sent, and the changes still wait."""
    from boligreg.services.sync import connect

    _dwelling(empty_db)
    threads: list[int] = []
    real = connect.check_connection

    def watched(profile, password):  # noqa: ANN001, ANN202
        threads.append(threading.get_ident())
        return real(profile, password)

    monkeypatch.setattr(connect, "check_connection", watched)
    w = _window(qtbot, empty_db)
    section = _section(w)
    _fill(section, name="Sagene", user=central.logins["03"], password=central.password,
          **_where(central))
    section.save_profile()
    job = section.sync_now()
    assert job is not None and section.cancel_button.isVisible()
    assert section.progress.isVisible() and not section.sync_button.isEnabled()
    section.cancel_button.click()  # while the thread still connects
    qtbot.waitUntil(lambda: not job.running, timeout=30000)
    qtbot.waitUntil(lambda: section.sync_result.isVisible(), timeout=5000)
    assert threads and threads[0] != threading.get_ident()
    assert "avbrutt" in text_of(section.sync_result)
    assert sync_status(empty_db).pending == 2 and section.state()["pending"] == "2"
    # Then a full sync in the background, with progress shown on the way.
    steps: list[int] = []
    section.progress.valueChanged.connect(steps.append)
    with qtbot.waitSignal(section.synced, timeout=30000):
        section.sync_now()
    assert steps and max(steps) == 100
    assert section.state()["pending"] == "0"


@pytest.mark.pg
def test_conflicts_to_decide_open_the_conflict_dialog(qtbot, inline, central,
                                                      tmp_path: Path) -> None:
    url = central.url_for("03")
    a = create_database(tmp_path / "a.db", user="kari")
    b = create_database(tmp_path / "b.db", user="ola")
    try:
        did = _dwelling(a)
        sync(a, url)
        sync(b, url)
        for db, rooms in ((a, 3), (b, 4)):
            with db.session() as s:
                v = s.get(Dwelling, did).version
            save_changes(db, Dwelling, did, expected_version=v, changes={"rooms": rooms})
        sync(a, url)
        w = _window(qtbot, b)
        section = _section(w)
        assert not section.conflicts_button.isEnabled()
        _fill(section, name="Sagene", user=central.logins["03"], password=central.password,
              **_where(central))
        section.save_profile()
        with qtbot.waitSignal(section.synced, timeout=30000):
            section.sync_now()
        assert section.state()["conflicts"] == "1"
        assert text_of(section.conflicts_caption) == "konflikt å avgjøre"
        dialog = w.sync_ui.dialog  # a new conflict opens the dialog by itself
        assert dialog is not None and dialog.isVisible()
        dialog.reject()
        qtbot.waitUntil(lambda: not dialog.isVisible())
        section.conflicts_button.click()
        assert w.sync_ui.dialog.isVisible()
        assert w.sync_ui.dialog.list.count() == 1
        w.sync_ui.dialog.keep_local.click()
        with qtbot.waitSignal(section.synced, timeout=30000):  # the decision is sent
            w.sync_ui.dialog.reject()
        assert section.state()["conflicts"] == "0"
        w.close()
    finally:
        a.close()
        b.close()


def test_demo_data_never_syncs(qtbot, inline, tmp_path: Path) -> None:
    db = create_database(tmp_path / "demo.db")
    with db.engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO app_meta (key, value) VALUES ('demo', '1')")
    db._demo = None
    try:
        w = _window(qtbot, db)
        section = _section(w)
        assert not section.sync_button.isEnabled()
        assert section.notice.isVisible() and "Demodata synkroniseres aldri" in \
            text_of(section.notice)
        assert section.sync_now() is None
        assert section.test_button.isEnabled()  # a profile may still be set up and tested
        w.close()
    finally:
        db.close()


def test_f1_opens_the_sync_page(qtbot, inline, empty_db) -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QKeySequence, QTextDocument
    from PySide6.QtWidgets import QApplication

    w = _window(qtbot, empty_db)
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    _section(w)
    qtbot.keySequence(w, QKeySequence("F1"))
    dialog = w.help_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.current == "synkronisering"
    text = dialog.browser.toPlainText()
    assert text.startswith("Synkronisering")
    for words in ("Test tilkobling", "Feil brukernavn eller passord", "Ingen rolle for bydelen",
                  "passordlager", "Synkroniser nå"):
        assert words in text, words
    image = dialog.browser.document().resource(
        QTextDocument.ResourceType.ImageResource, QUrl("img/sync.png"))
    assert image is not None and not image.isNull()
    dialog.hide()


def test_without_a_keyring_the_password_lives_for_the_session_only(qtbot, inline,
                                                                  empty_db) -> None:
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())  # a machine with no keyring (the fixture restores)
    w = _window(qtbot, empty_db)
    section = _section(w)
    _fill(section, name="Jobb", server="db.example", user="kari", password="hemmelig")
    saved = section.save_profile()
    assert saved is not None
    assert "passordlager er ikke tilgjengelig" in section.result_words()
    assert "brukes bare til boligreg lukkes" in section.result_words()
    assert section.password_for(saved) == "hemmelig"  # this session
    assert section.password_edit.placeholderText() == "husket til boligreg lukkes"
    w.ctx.settings.sync()
    assert "hemmelig" not in (data_dir() / "settings.ini").read_text(encoding="utf-8")
    w.close()
    w2 = _window(qtbot, empty_db)  # a new session: the password is gone
    again = _section(w2)
    assert again.password_for(again.active_profile()) is None
