"""Render the main window, one PNG per section, offscreen: ``python -m boligreg.ui.screenshot
OUTDIR [--db PATH] [--scope 030103] [--as-of 31.12.2025] [--lang en]``. Without --db a fresh
demo database is built in a temporary folder. Used for docs/screenshots and to look at the UI as
a user would."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..services.collection import Register
    from .main_window import MainWindow


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    args = _parse_args(argv)
    out = Path(args.outdir)
    out.mkdir(parents=True, exist_ok=True)
    tmp = tempfile.TemporaryDirectory(prefix="boligreg-shot-")
    os.environ["BOLIGREG_HOME"] = tmp.name  # never touch the user's settings or backups

    from PySide6.QtWidgets import QApplication

    from .context import AppState
    from .main_window import MainWindow
    from .workers import Job

    db = _open_register(args.db, Path(tmp.name))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from .i18n import install_translations

    install_translations(app, args.lang)  # None: boligreg.i18n.language() (BOLIGREG_LANG)
    Job.INLINE = True  # background loads finish before the picture is taken
    state = AppState(db)
    state.set_scope(args.scope or None)
    window = MainWindow(state)
    w, h = (int(x) for x in args.size.split("x"))
    window.resize(w, h)
    window.show()
    _section_shots(app, window, out)
    _transfer_shot(app, window, out)
    _import_mapping_shot(app, window, out, Path(tmp.name))
    if args.as_of:  # «Vis registeret per …»: the read-only view of a past day
        _as_of_shot(app, window, out, args.as_of)
    window.close()
    db.close()
    tmp.cleanup()
    return 0


def _parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m boligreg.ui.screenshot")
    parser.add_argument("outdir")
    parser.add_argument("--db")
    parser.add_argument("--scope", default="")
    parser.add_argument("--size", default="1400x860")
    parser.add_argument("--as-of", dest="as_of", default="",
                        help="also as-of.png: Boliger shown as of this day (dd.mm.yyyy)")
    parser.add_argument("--lang", choices=("nb", "en"), default=None,
                        help="the window's language (default: BOLIGREG_LANG, else bokmål)")
    return parser.parse_args(argv)


def _open_register(db_path: str | None, tmp: Path) -> Register:
    """The register at ``db_path``, or a fresh demo database in ``tmp``, audited so the
    Avvik section shows what an audit finds."""
    from ..services.collection import Register

    if db_path:
        return Register.open(db_path)
    from ..services.audit.lifecycle import run_audit
    from ..services.demo import generate_demo

    db = Register.create(tmp / "demo.db")
    db.run(generate_demo)
    db.run(run_audit)  # so the Avvik section shows what an audit finds
    return db


def _section_shots(app: Any, window: MainWindow, out: Path) -> None:
    """One PNG per section; Oversikt's map and history tabs and a computed scenario too."""
    from .sections.overview import OverviewSection

    for row, section in enumerate(window.sections):
        window.sidebar.setCurrentRow(row)
        for _ in range(5):
            app.processEvents()
        path = out / f"{section.key}.png"
        window.grab().save(str(path))
        print(path)
        if isinstance(section, OverviewSection):  # the map tab too
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
        if section.key == "scenario":  # a preset computed: table, chart; the PDF's page
            _scenario_shots(app, window, section, out)


def _as_of_shot(app: Any, window: MainWindow, out: Path, day: str) -> None:
    """as-of.png: Boliger as registered on ``day`` (dd.mm.yyyy), read-only."""
    from ..services.history import parse_day

    window.ctx.enter_as_of(parse_day(day))
    window.select_section("dwellings")
    for _ in range(10):
        app.processEvents()
    path = out / "as-of.png"
    window.grab().save(str(path))
    print(path)


def _settle(app: object) -> None:
    for _ in range(5):
        app.processEvents()  # type: ignore[attr-defined]


def _scenario_shots(app: object, window: object, section: object, out: Path) -> None:
    """scenario.png (all agreements to Boligbygg, the table), scenario-chart.png, and the
    PDF's pages as scenario-pdf.png (page 1) and scenario-pdf-2.png (rendered by PDFium)."""
    from ..reports.factsheet import pdf_page_images
    from ..reports.scenario_pdf import render_scenario_pdf

    section.run_preset()  # type: ignore[attr-defined]
    _settle(app)
    for name, tab in (("scenario.png", 0), ("scenario-chart.png", 1)):
        section.tabs.setCurrentIndex(tab)  # type: ignore[attr-defined]
        _settle(app)
        window.grab().save(str(out / name))  # type: ignore[attr-defined]
        print(out / name)
    section.tabs.setCurrentIndex(0)  # type: ignore[attr-defined]
    result = section.result  # type: ignore[attr-defined]
    if result is not None:
        for n, png in enumerate(pdf_page_images(render_scenario_pdf(result), 110), start=1):
            path = out / ("scenario-pdf.png" if n == 1 else f"scenario-pdf-{n}.png")
            path.write_bytes(png)
            print(path)


def _transfer_shot(app: object, window: MainWindow, out: Path) -> None:
    """transfer.png: the Boliger section with "Overfør til …" open for Velferdsetaten's
    dwellings to Bydel Alna (the preview filled in), drawn over the window."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QColor, QPainter

    from .transfer_dialog import TransferDialog

    window.select_section("dwellings")
    _settle(app)
    dialog = TransferDialog(window.ctx, what="dwellings",
                            from_unit="velferdsetaten", parent=window)
    dialog.to_combo.setCurrentIndex(dialog.to_combo.findData("030112"))
    dialog.reference.setText("2026/4711")
    dialog.show()
    _settle(app)
    picture = window.grab()
    painter = QPainter(picture)
    painter.fillRect(picture.rect(), QColor(20, 20, 40, 90))  # the window dimmed behind
    inner = dialog.grab()
    painter.drawPixmap(QPoint((picture.width() - inner.width()) // 2,
                              (picture.height() - inner.height()) // 2), inner)
    painter.end()
    picture.save(str(out / "transfer.png"))
    print(out / "transfer.png")
    dialog.close()


SAMPLE_SHEET = (
    "Kommunale boliger Bydel Sagene per oktober 2026\n"
    "Bolig;;;;;Avtale;;;Leieforhold;;;\n"
    "Adresse;Postnr;Leilighetsnumer;Areal (m²);UU;Kontrakt;Start kontrakt;Utløper;"
    "Leie kr/mnd;Innflyttet;Merknad/Kommentar;Org;Objektnr;Leietaker\n"
    "Sandakerveien 12;0473;H0101;55,0;ja;INN-2021-014;01.02.2021;31.01.2027;9 800;"
    "01.03.2021;Heis;985987246;BB-222-33-1;(skjult)\n"
    "Sandakerveien 12;0473;H0102;58,5;nei;INN-2021-014;01.02.2021;31.01.2027;9 800;"
    "15.09.2019;;985987246;BB-222-33-2;(skjult)\n"
    "Sum bygg Sandakerveien 12;;;113,5;;;;;;;;;;\n"
    "Vogts gate 40;0474;H0301;44,0;ja;;;;7 300;01.01.2024;Nytt bad;;BB-222-101-1;(skjult)\n"
    "Totalt;;;157,5;;;;;;;;;;\n"
)


def _import_mapping_shot(app: Any, window: Any, out: Path, tmp: Path) -> None:
    """The import wizard's mapping step (issue 15: confidence and reason per column) for a
    bydel sheet with a title, a grouped header, a subtotal and a total row."""
    section = next((s for s in window.sections if s.key == "import"), None)
    if section is None:
        return
    sample = tmp / "sagene_boliger.csv"
    sample.write_bytes(SAMPLE_SHEET.encode("utf-8"))
    window.sidebar.setCurrentRow(window.sections.index(section))
    section.open_file(sample)
    for _ in range(10):
        app.processEvents()
    section._show_step(2)
    section.mapping_view.parentWidget().setSizes([470, 60])  # the mapping table, mostly
    for _ in range(3):
        app.processEvents()
    section.mapping_view.scrollToBottom()  # the guesses, the unmatched and the personal one
    for _ in range(5):
        app.processEvents()
    path = out / "import-mapping.png"
    window.grab().save(str(path))
    print(path)
    section.restart()


if __name__ == "__main__":
    sys.exit(main())
