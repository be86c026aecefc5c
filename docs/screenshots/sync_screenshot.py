"""Render the Synkronisering section as an officer sees it after a real sync, offscreen:
``.venv/bin/python docs/screenshots/sync_screenshot.py OUT.png --central URL [--size WxH]``.

``URL`` names an empty, throw-away PostgreSQL database, reached as a superuser (for example
one made with ``createdb``). It is set up as a central with its own roles (dropped again at
the end); two local copies in a temporary folder sync with it, edit the same dwelling and
leave one conflict to decide, and the window shows a saved profile, a passed Test
tilkobling and the result of Synkroniser nå. Used for docs/screenshots/*/sync.png (a
docs tool beside the pictures, not part of the app: it writes its example rows directly).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

LOGIN = "saksbehandler.sagene"


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    parser = argparse.ArgumentParser(prog="sync_screenshot.py")
    parser.add_argument("out")
    parser.add_argument("--central", required=True)
    parser.add_argument("--size", default="1280x800")
    args = parser.parse_args(argv)
    tmp = tempfile.TemporaryDirectory(prefix="boligreg-shot-")
    os.environ["BOLIGREG_HOME"] = tmp.name  # never touch the user's settings or keyring

    import keyring
    from keyring.backend import KeyringBackend
    from PySide6.QtWidgets import QApplication

    from boligreg.models import Dwelling, Property, create_database
    from boligreg.services.central import add_login, disposable_central, drop_central_roles
    from boligreg.services.register import save_changes
    from boligreg.services.sync import sync
    from boligreg.services.sync.connect import profile_from_url
    from boligreg.ui.context import AppState
    from boligreg.ui.main_window import MainWindow
    from boligreg.ui.workers import Job

    def dwellings(db, n: int) -> list[str]:  # noqa: ANN001
        with db.session() as s:
            p = Property(district_code="030103", street_address="Sandakerveien 10",
                         postcode="0473", owner_kind="boligbygg")
            ds = [Dwelling(property=p, unit_number=f"H0{k + 1}01", district_code="030103",
                           rooms=2) for k in range(n)]
            s.add_all(ds)
            s.flush()
            return [d.id for d in ds]

    def set_rooms(db, did: str, rooms: int) -> None:  # noqa: ANN001
        with db.session() as s:
            v = s.get(Dwelling, did).version
        save_changes(db, Dwelling, did, expected_version=v, changes={"rooms": rooms})

    class MemoryKeyring(KeyringBackend):  # the picture never touches a real keyring
        priority = 1  # type: ignore[assignment]
        store: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.store.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.store[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.store.pop((service, username), None)

    keyring.set_keyring(MemoryKeyring())
    app = QApplication.instance() or QApplication(sys.argv[:1])
    Job.INLINE = True
    with disposable_central(args.central, kinds=("03",)) as central:
        try:
            add_login(args.central, LOGIN, "03", prefix=central.roles.prefix,
                      password=central.password)
            central.logins["officer"] = LOGIN
            url = central.url_for("officer")
            other = create_database(Path(tmp.name) / "kollega.db", user="kollega")
            mine = create_database(Path(tmp.name) / "min-kopi.db", user="saksbehandler")
            ids = dwellings(other, 3)
            sync(other, url)
            sync(mine, url)
            set_rooms(other, ids[0], 3)
            set_rooms(mine, ids[0], 4)  # the same field, two values: a conflict
            sync(other, url)
            window = MainWindow(AppState(mine))
            w, h = (int(x) for x in args.size.split("x"))
            window.resize(w, h)
            window.show()
            section = window.select_section("sync")
            assert section is not None
            p = profile_from_url(url, "Sagene – jobb")
            section.new_profile()
            section.name_edit.setText(p.name)
            section.server_edit.setText(p.server)
            section.port_spin.setValue(p.port)
            section.database_edit.setText(p.database)
            section.user_edit.setText(p.user)
            section.password_edit.setText(central.password)
            section.save_profile()
            section.password_edit.clear()
            section.sync_now()
            for _ in range(10):
                app.processEvents()
            if window.sync_ui.dialog is not None:
                window.sync_ui.dialog.reject()
            set_rooms(mine, ids[1], 3)  # two changes made since, waiting to be sent
            set_rooms(mine, ids[2], 1)
            window.ctx.data_changed.emit()
            section.test_connection()
            for _ in range(10):
                app.processEvents()
            window.grab().save(args.out)
            print(args.out)
            window.close()
            mine.close()
            other.close()
        finally:
            drop_central_roles(args.central, central.roles.prefix, extra=(LOGIN,))
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
