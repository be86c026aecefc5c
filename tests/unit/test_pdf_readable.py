"""Readable PDFs (universell utforming): no visible character under 8 pt in a fact sheet, the
audit report or a printed list, and every PDF says its title, author and language."""

from __future__ import annotations

import math

import pypdfium2 as pdfium
import pypdfium2.raw as raw
import pytest

from boligreg.reports.audit_report import build_audit_report, render_audit_pdf
from boligreg.reports.factsheet import build_figures, render_factsheet_bytes
from boligreg.reports.table_pdf import render_table_pdf, table_document
from boligreg.services.audit.lifecycle import run_audit
from boligreg.services.demo import generate_demo

MIN_PT = 8.0


def smallest_visible_text(pdf: bytes) -> tuple[float, str]:
    """The smallest printed size of any non-blank character, and which characters had it."""
    doc = pdfium.PdfDocument(pdf)
    try:
        smallest, chars = 1e9, ""
        for i in range(len(doc)):
            text = doc[i].get_textpage()
            for k in range(text.count_chars()):
                ch = chr(raw.FPDFText_GetUnicode(text.raw, k))
                if ch.isspace():
                    continue  # the text layer's own line breaks carry no size
                # The font size times the scale of the character's matrix (text matrix and
                # page transformation): a label in a scaled drawing is as small as it prints.
                m = raw.FS_MATRIX()
                raw.FPDFText_GetMatrix(text.raw, k, m)
                size = raw.FPDFText_GetFontSize(text.raw, k) * math.sqrt(abs(m.a * m.d - m.b * m.c))
                if size < smallest - 1e-6:
                    smallest, chars = size, ch
                elif abs(size - smallest) < 1e-6:
                    chars += ch
        return smallest, chars
    finally:
        doc.close()


def check_metadata(pdf: bytes, title: str) -> None:
    """Title, author, creator and language (nb-NO) as a reader's software shows them."""
    doc = pdfium.PdfDocument(pdf)
    try:
        meta = doc.get_metadata_dict()
    finally:
        doc.close()
    assert meta["Title"].startswith(title), meta
    assert meta["Author"] == "Oslo kommune", meta
    assert meta["Creator"] == "boligreg", meta
    assert language(pdf) == "nb-NO"


def language(pdf: bytes) -> str | None:
    import re

    m = re.search(rb"/Lang\s*\(([^)]*)\)", pdf)
    return m.group(1).decode() if m else None


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from boligreg.models import create_database

    db = create_database(tmp_path_factory.mktemp("pdf") / "demo.db")
    generate_demo(db, dwellings=800)
    run_audit(db)
    yield db
    db.close()


def test_fact_sheets_are_at_least_8_pt_and_say_what_they_are(demo) -> None:
    figures = build_figures(demo, 2025)
    for scope in ("030101", "030115", "oslo"):
        pdf = render_factsheet_bytes(figures, scope)
        size, chars = smallest_visible_text(pdf)
        assert size >= MIN_PT - 0.01, (scope, size, chars[:40])
        check_metadata(pdf, "Boligsosialt faktaark 2025")


def test_audit_report_and_list_are_at_least_8_pt(demo, tmp_path) -> None:
    with demo.engine.connect() as conn:
        report = build_audit_report(conn, district=None, demo=True)
    out = tmp_path / "avvik.pdf"
    render_audit_pdf(report, out)
    pdf = out.read_bytes()
    assert smallest_visible_text(pdf)[0] >= MIN_PT - 0.01
    check_metadata(pdf, "Avviksrapport – ")
    listed = render_table_pdf(table_document("Boliger – Alle bydeler", ["Adresse", "Areal"],
                                             [["Sandakerveien 10", "41,5"]] * 50,
                                             ["Bydel: Alle bydeler"], [1]))
    assert smallest_visible_text(listed)[0] >= MIN_PT - 0.01
    check_metadata(listed, "Boliger – Alle bydeler")


def test_the_check_sees_small_text() -> None:
    from io import BytesIO

    from reportlab.pdfgen.canvas import Canvas

    buf = BytesIO()
    c = Canvas(buf)
    c.setFont("Helvetica", 6)
    c.drawString(100, 100, "liten skrift")
    c.save()
    assert smallest_visible_text(buf.getvalue())[0] == pytest.approx(6.0)


def test_the_check_sees_text_made_small_by_scaling() -> None:
    """Chart labels are drawn inside reportlab drawings, which a layout can scale: what counts
    is the size on paper (text matrix times the page's transformation)."""
    from io import BytesIO

    from reportlab.graphics import renderPDF
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.pdfgen.canvas import Canvas

    buf = BytesIO()
    c = Canvas(buf)
    d = Drawing(200, 50)
    d.add(String(10, 10, "etikett", fontName="Helvetica", fontSize=10))
    d.scale(0.6, 0.6)
    renderPDF.draw(d, c, 50, 50)
    c.save()
    assert smallest_visible_text(buf.getvalue())[0] == pytest.approx(6.0, abs=0.05)
