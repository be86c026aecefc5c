"""Every list can be printed or saved as PDF as it stands: title, bydel, filters, search,
count, the shown columns and rows in their order, page numbers; A4 landscape."""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest
from PySide6.QtGui import QPageLayout

from boligreg.models import Dwelling, Property
from boligreg.ui.context import AppState
from boligreg.ui.main_window import MainWindow
from boligreg.ui.printing import landscape_printer
from boligreg.ui.workers import Job


@pytest.fixture
def window(qtbot, empty_db, monkeypatch):
    monkeypatch.setattr(Job, "INLINE", True)
    with empty_db.session() as s:
        p = Property(district_code="030103", street_address="Sandakerveien 10",
                     postcode="0473", gnr=75, bnr=10, owner_kind="boligbygg")
        for i in range(60):
            s.add(Dwelling(property=p, unit_number=f"H{1 + i // 10:02d}{1 + i % 10:02d}",
                           district_code="030103", status="vacant" if i % 3 == 0 else "occupied",
                           area_m2=40.0 + i))
    w = MainWindow(AppState(empty_db))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def _text(path) -> tuple[int, str, tuple[float, float]]:
    doc = pdfium.PdfDocument(str(path))
    try:
        pages = [doc[i] for i in range(len(doc))]
        text = "\n".join(p.get_textpage().get_text_range() for p in pages)
        return len(doc), text, pages[0].get_size()
    finally:
        doc.close()


def test_saved_list_is_the_filtered_table(qtbot, window, tmp_path) -> None:
    section = window.select_section("dwellings")
    qtbot.waitUntil(lambda: not section.loading, timeout=10_000)
    combo = section.filter_panel.combos["status"]
    combo.setCurrentIndex(combo.findData("vacant"))
    assert section.model.shown() == 20
    out = tmp_path / "liste.pdf"
    section.save_list_pdf(out)
    qtbot.waitUntil(out.exists, timeout=20_000)
    pages, text, (width, height) = _text(out)
    assert width > height  # landscape
    assert "Boliger – Alle bydeler" in text and "Status: Ledig" in text
    assert "Side 1 av" in text
    shown = [section.model.index(r, section.model.columns.index(
        next(c for c in section.model.columns if c.field == "unit_number"))).data()
        for r in range(section.model.shown())]
    for unit in shown:
        assert unit in text
    assert "H0102" not in text  # occupied: filtered away
    assert pages >= 1


def test_print_goes_to_the_printer_in_landscape(qtbot, window, tmp_path) -> None:
    section = window.select_section("dwellings")
    qtbot.waitUntil(lambda: not section.loading, timeout=10_000)
    printer = landscape_printer("Boliger")
    printer.setOutputFormat(printer.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    assert printer.pageLayout().orientation() == QPageLayout.Orientation.Landscape
    section.print_list(printer)
    qtbot.waitUntil(lambda: out.exists() and out.stat().st_size > 0, timeout=20_000)
    pages, _text_, (width, height) = _text(out)
    assert pages >= 2 and width > height  # 60 rows: more than one page


def test_list_pdf_never_replaces_the_database(qtbot, window, monkeypatch) -> None:
    from boligreg.ui.sections import register_view

    shown = []
    monkeypatch.setattr(register_view, "show_error", lambda _w, _t, exc: shown.append(exc))
    section = window.select_section("dwellings")
    qtbot.waitUntil(lambda: not section.loading, timeout=10_000)
    db_path = window.ctx.db.path
    before = db_path.read_bytes()
    section.save_list_pdf(db_path, overwrite=True)
    qtbot.wait(200)
    assert shown and db_path.read_bytes() == before
