"""Start the window: ``run_gui(path)``. The default database is created with demo data on
first start, so a newcomer sees a working register at once."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from .errors import BoligregError
from .models import Database, open_database
from .paths import default_db_path

# Qt, the window and the demo generator are imported inside the functions, in the order the
# start needs them: the OS check runs before PySide6 loads (a missing Qt library is then named,
# not a crash), and the first-start demo generator loads only on the first start.


def prepare_default_database(path: Path) -> Database:
    """Open the per-user database, creating it with demo data the first time."""
    if path.exists() and path.stat().st_size > 0:
        return open_database(path)
    from .i18n import translate
    from .models import create_database
    from .safefiles import file_identity, remove_created
    from .services.demo import generate_demo

    print(translate("App", "Første start: lager demodatabase i {path} …").format(path=path),
          file=sys.stderr)
    db = create_database(path)  # refuses a device, FIFO or folder before it makes anything
    made = file_identity(path)
    try:
        generate_demo(db)
    except BaseException:
        db.close()
        remove_created(path, made)  # only the regular file made here, never anything else
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
    from PySide6.QtWidgets import QApplication

    from .services.collection import Register
    from .ui.controller import AppController

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("boligreg")
    app.setOrganizationName("Oslo kommune")
    from .ui.i18n import install_translations

    install_translations(app)  # boligreg.i18n.language(): --lang, BOLIGREG_LANG, Vis → Språk
    controller = AppController()
    path = Path(db_path) if db_path else default_db_path()
    if db_path or (path.exists() and path.stat().st_size > 0):
        db = controller.open_path(path)
        if db is None:
            return 1
    else:
        db = Register(prepare_default_database(path))
    controller.open(db)
    if os.environ.get("BOLIGREG_EXIT_AFTER_PAINT"):  # used by the cold-start benchmark
        from PySide6.QtCore import QTimer

        def painted() -> None:
            # The benchmark's clock stops here, not at exit: quitting waits for background
            # jobs (the row preload), which is not part of starting.
            if stamp := os.environ.get("BOLIGREG_PAINTED_FILE"):
                Path(stamp).write_text(repr(time.time()), encoding="utf-8")
            app.quit()

        QTimer.singleShot(0, painted)
    try:
        return int(app.exec())
    finally:
        from .ui.workers import shutdown_jobs

        shutdown_jobs()  # cancel and wait for background jobs before their database closes
        controller.close()
