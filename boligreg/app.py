"""Start the window: ``run_gui(path)``. The default database is created with demo data on
first start, so a newcomer sees a working register at once."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from .errors import BoligregError
from .models import Database, open_database
from .paths import default_db_path


def prepare_default_database(path: Path) -> Database:
    """Open the per-user database, creating it with demo data the first time."""
    if path.exists() and path.stat().st_size > 0:
        return open_database(path)
    from .models import create_database
    from .services.demo import generate_demo

    print(f"Første start: lager demodatabase i {path} …", file=sys.stderr)
    db = create_database(path)
    try:
        generate_demo(db)
    except BaseException:
        db.close()
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        raise
    return db


def run_gui(db_path: str | None = None) -> int:
    from .oscheck import missing_packages

    window = os.environ.get("QT_QPA_PLATFORM", "") != "offscreen"
    missing = missing_packages(window)
    if missing:
        raise BoligregError(
            "Qt mangler systembiblioteker. Installer dem med: sudo apt-get install "
            + " ".join(missing),
            "Qt needs OS libraries. Install them with: sudo apt-get install " + " ".join(missing),
        )
    db = open_database(Path(db_path)) if db_path else prepare_default_database(default_db_path())

    from PySide6.QtWidgets import QApplication

    from .ui.context import AppState
    from .ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("boligreg")
    app.setOrganizationName("Oslo kommune")
    holder: dict[str, object] = {}

    def show(database: Database) -> None:
        window = MainWindow(AppState(database))
        window.database_switch_requested.connect(switch)
        holder["window"] = window
        window.show()

    def switch(path: str) -> None:
        old = holder.get("window")
        new_db = open_database(path)
        show(new_db)
        if isinstance(old, MainWindow):
            old.close()
            old.ctx.db.close()

    show(db)
    if os.environ.get("BOLIGREG_EXIT_AFTER_PAINT"):  # used by the cold-start benchmark
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, app.quit)
    return int(app.exec())
