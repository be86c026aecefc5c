"""Faktaark section: choose year and sheets, preview the real pages, save, print."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))
from test_stats_sample import build_sample  # noqa: E402

from boligreg.reports import factsheet as report  # noqa: E402
from boligreg.ui.context import AppState  # noqa: E402
from boligreg.ui.sections.factsheet import FactsheetSection  # noqa: E402
from boligreg.ui.workers import Job  # noqa: E402

YEAR = 2025


def _can_rasterize() -> bool:
    try:
        import pypdfium2  # noqa: F401
        return True
    except ImportError:
        import shutil

        return shutil.which("pdftoppm") is not None


needs_raster = pytest.mark.skipif(not _can_rasterize(),
                                  reason="neither pypdfium2 nor pdftoppm is available")


@pytest.fixture
def inline_jobs(monkeypatch):
    monkeypatch.setattr(Job, "INLINE", True)


@pytest.fixture
def section(qtbot, empty_db, inline_jobs):
    build_sample(empty_db)
    ctx = AppState(empty_db)
    sec = FactsheetSection(ctx)
    qtbot.addWidget(sec)
    sec.resize(1200, 800)
    sec.show()
    qtbot.waitExposed(sec)
    sec.set_year(YEAR)
    return sec


@needs_raster
def test_preview_shows_the_pages_of_the_chosen_sheet(qtbot, section):
    qtbot.waitUntil(lambda: section.page_count() == 2, timeout=10_000)
    assert section.preview_title.property("text") == \
        "Boligsosialt faktaark 2025 – Bydel Gamle Oslo"
    section.set_current_scope("oslo")
    qtbot.waitUntil(lambda: section.preview_title.property("text")
                    == "Boligsosialt faktaark 2025 – Oslo", timeout=10_000)
    pages = [w for w in section.pages_widget.findChildren(type(section.preview_title))
             if w.objectName().startswith("previewPage")]
    assert len(pages) == 2 and not pages[0].pixmap().isNull()
    # The page fits the preview without a sideways scroll bar.
    assert pages[0].width() <= section.pages_scroll.viewport().width()
    assert "Folketall per 01.01.2026" in section.about_sheet.property("text")


def test_year_list_and_checks_follow_the_scope(qtbot, section):
    years = [section.year_box.itemData(i) for i in range(section.year_box.count())]
    assert YEAR in years and years == sorted(years, reverse=True)
    assert len(section.checked_scopes()) == 16  # no scope: all 15 and Oslo
    section.ctx.set_scope("030103")
    assert section.checked_scopes() == ["030103"]
    assert section.current_scope() == "030103"
    assert section.save_button.property("text") == "Lagre PDF …"
    section.set_checked(["030101", "oslo"])
    assert section.save_button.property("text") == "Lagre 2 PDF-er …"
    section.set_checked([])
    assert not section.save_button.isEnabled() and not section.print_button.isEnabled()


def test_save_several_into_a_folder_and_one_to_a_file(qtbot, section, tmp_path):
    section.set_checked(["030101", "030106", "oslo"])
    job = section.save_to(tmp_path / "ark")
    qtbot.waitUntil(lambda: not job.running and bool(section.last_saved), timeout=15_000)
    # Named with their year (issue 13): "2025-030106-ullern.pdf", Oslo "2025-0301-oslo.pdf".
    assert sorted(p.name for p in (tmp_path / "ark").iterdir()) == [
        f"{YEAR}-0301-oslo.pdf", f"{YEAR}-030101-gamle-oslo.pdf", f"{YEAR}-030106-ullern.pdf"]
    assert "Bydel Ullern" in PdfReader(tmp_path / "ark" / f"{YEAR}-030106-ullern.pdf") \
        .pages[0].extract_text()
    section.last_saved = []
    one = tmp_path / "sagene.pdf"
    job = section.save_to(one, ["030103"])
    qtbot.waitUntil(lambda: not job.running and bool(section.last_saved), timeout=15_000)
    assert len(PdfReader(one).pages) == 2
    assert section.ctx.settings.value("factsheet/last_dir") == str(tmp_path)


def test_save_button_asks_for_the_target(qtbot, section, tmp_path, monkeypatch):
    asked = []

    def fake_ask(scopes, name):
        asked.append((list(scopes), name))
        return tmp_path / name

    monkeypatch.setattr(section, "_ask_target", fake_ask)
    section.set_checked(["030102"])
    qtbot.waitUntil(lambda: YEAR in section._figures, timeout=10_000)
    qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)
    name = f"{YEAR}-030102-grunerlokka.pdf"
    qtbot.waitUntil(lambda: (tmp_path / name).exists(), timeout=15_000)
    assert asked == [(["030102"], name)]


def test_html_button_saves_the_accessible_edition(qtbot, section, tmp_path, monkeypatch):
    """"Lagre som tilgjengelig HTML": one sheet to a .html file, several into a folder, with
    the same figures the section previews."""
    from boligreg.reports.factsheet import fmt_int

    asked = []

    def fake_ask(scopes, name):
        asked.append((list(scopes), name))
        return tmp_path / name if len(scopes) == 1 else tmp_path / "html"

    monkeypatch.setattr(section, "_ask_target", fake_ask)
    assert section.html_button.text() == "Lagre som tilgjengelig HTML …"
    section.set_checked(["030102"])
    qtbot.waitUntil(lambda: YEAR in section._figures, timeout=10_000)
    assert section.html_button.isEnabled()
    qtbot.mouseClick(section.html_button, Qt.MouseButton.LeftButton)
    from boligreg.reports.factsheet_html import html_filename

    figures = section._figures[YEAR]
    page = tmp_path / html_filename(figures["030102"])
    qtbot.waitUntil(page.exists, timeout=15_000)
    assert asked == [(["030102"], page.name)]
    html = page.read_text(encoding="utf-8")
    f = section._figures[YEAR]["030102"]
    assert '<html lang="nb">' in html and "<h1>Boligsosialt faktaark 2025 – Bydel Grünerløkka" \
        in html
    assert f'<dd class="value">{fmt_int(f.dwellings_total)}</dd>' in html
    section.set_checked(["030101", "oslo"])
    qtbot.mouseClick(section.html_button, Qt.MouseButton.LeftButton)
    oslo_page = tmp_path / "html" / html_filename(figures["oslo"])
    qtbot.waitUntil(oslo_page.exists, timeout=15_000)
    assert sorted(p.name for p in (tmp_path / "html").iterdir()) == sorted(
        html_filename(figures[s]) for s in ("030101", "oslo"))
    section.set_checked([])
    assert not section.html_button.isEnabled()


@needs_raster
def test_print_paints_every_page(qtbot, section, tmp_path):
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    section.set_checked(["030101", "oslo"])
    job = section.print_to(printer)
    qtbot.waitUntil(lambda: not job.running and out.exists() and out.stat().st_size > 0,
                    timeout=20_000)
    assert len(PdfReader(out).pages) == 4


def test_without_a_rasterizer_the_preview_says_so(qtbot, empty_db, inline_jobs, monkeypatch):
    def unavailable(pdf, dpi=110):
        raise report.PreviewUnavailableError()

    monkeypatch.setattr(report, "pdf_page_images", unavailable)
    build_sample(empty_db)
    sec = FactsheetSection(AppState(empty_db))
    qtbot.addWidget(sec)
    sec.show()
    qtbot.waitUntil(lambda: sec.pages_widget.findChild(type(sec.preview_title),
                                                       "previewMessage") is not None,
                    timeout=10_000)
    message = sec.pages_widget.findChild(type(sec.preview_title), "previewMessage")
    assert "pypdfium2" in message.property("text")
    assert sec.save_button.isEnabled()  # saving needs no rasterizer


@needs_raster
def test_section_renders_to_png(qtbot, section, tmp_path):
    qtbot.waitUntil(lambda: section.page_count() == 2, timeout=10_000)
    qtbot.wait(50)  # new page labels are shown by a queued call
    path = tmp_path / "faktaark.png"
    assert section.grab().save(str(path))
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    assert image.width() >= 1000
    # Not blank: the preview area holds the page (white) and text (dark pixels).
    colours = {image.pixelColor(x, y).name() for x in range(300, image.width(), 37)
               for y in range(120, image.height(), 41)}
    assert len(colours) > 5


def test_sheets_in_english_when_chosen_bokmal_by_default(qtbot, section, tmp_path):
    """"Språk på arkene": bokmål (the official edition) unless English is chosen; the same
    figures either way."""
    assert section.sheet_language() == "nb"
    nb, en = tmp_path / "nb.pdf", tmp_path / "en.pdf"
    job = section.save_to(nb, ["030102"])
    qtbot.waitUntil(lambda: not job.running and bool(section.last_saved), timeout=15_000)
    section.language_box.setCurrentIndex(section.language_box.findData("en"))
    assert section.sheet_language() == "en"
    section.last_saved = []
    job = section.save_to(en, ["030102"])
    qtbot.waitUntil(lambda: not job.running and bool(section.last_saved), timeout=15_000)
    text_nb = " ".join(p.extract_text() for p in PdfReader(nb).pages)
    text_en = " ".join(p.extract_text() for p in PdfReader(en).pages)
    assert "Boligsosialt faktaark 2025" in text_nb and "fact sheet" not in text_nb.lower()
    assert "fact sheet 2025" in text_en.lower() and "Boligsosialt faktaark" not in text_en
    total = section._figures[YEAR]["030102"].dwellings_total
    assert report.fmt_int(total) in text_nb and report.fmt_int(total) in text_en
