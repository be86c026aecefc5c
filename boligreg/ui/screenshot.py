"""Render the main window, one PNG per section, offscreen: ``python -m boligreg.ui.screenshot
OUTDIR [--db PATH] [--scope 030103]``. Without --db a fresh demo database is built in a
temporary folder. Used for docs/screenshots and to look at the UI as a user would."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    parser = argparse.ArgumentParser(prog="python -m boligreg.ui.screenshot")
    parser.add_argument("outdir")
    parser.add_argument("--db")
    parser.add_argument("--scope", default="")
    parser.add_argument("--size", default="1400x860")
    args = parser.parse_args(argv)
    out = Path(args.outdir)
    out.mkdir(parents=True, exist_ok=True)
    tmp = tempfile.TemporaryDirectory(prefix="boligreg-shot-")
    os.environ["BOLIGREG_HOME"] = tmp.name  # never touch the user's settings or backups

    from PySide6.QtWidgets import QApplication

    from ..models import create_database, open_database
    from .context import AppState
    from .main_window import MainWindow
    from .workers import Job

    if args.db:
        db = open_database(args.db)
    else:
        from ..services.audit.lifecycle import run_audit
        from ..services.demo import generate_demo

        db = create_database(Path(tmp.name) / "demo.db")
        generate_demo(db)
        run_audit(db)  # so the Avvik section shows what an audit finds
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from .i18n import install_translations

    install_translations(app)
    Job.INLINE = True  # background loads finish before the picture is taken
    state = AppState(db)
    state.set_scope(args.scope or None)
    window = MainWindow(state)
    w, h = (int(x) for x in args.size.split("x"))
    window.resize(w, h)
    window.show()
    for row, section in enumerate(window.sections):
        window.sidebar.setCurrentRow(row)
        for _ in range(5):
            app.processEvents()
        path = out / f"{section.key}.png"
        window.grab().save(str(path))
        print(path)
        if section.key == "overview":  # the map tab too
            section.district_tabs.setCurrentWidget(section.map_page)
            for _ in range(5):
                app.processEvents()
            path = out / "overview-map.png"
            window.grab().save(str(path))
            print(path)
            section.district_tabs.setCurrentWidget(section.history_page)  # and Historikk
            for _ in range(5):
                app.processEvents()
            path = out / "history-overview.png"
            window.grab().save(str(path))
            print(path)
            section.district_tabs.setCurrentIndex(0)
    window.close()
    db.close()
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
