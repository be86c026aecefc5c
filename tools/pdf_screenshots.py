"""Page 1 of the audit report in bokmål and English and of an English fact sheet, as PNG
(rendered by PDFium), for docs/screenshots (issue 16 item 7: both languages shown).

    python tools/pdf_screenshots.py [OUT_DIR]     # default docs/screenshots

A demo register of 2 000 dwellings (seed 1) is built in a temporary folder and audited.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from boligreg import i18n
from boligreg.models import create_database
from boligreg.reports.audit_report import build_audit_report, render_audit_pdf
from boligreg.reports.factsheet import build_figures, pdf_page_images, render_factsheet_bytes
from boligreg.services.audit.lifecycle import run_audit
from boligreg.services.demo import generate_demo

ROOT = Path(__file__).resolve().parents[1]


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="boligreg-shots-") as tmp:
        db = create_database(Path(tmp) / "demo.db")
        try:
            generate_demo(db, dwellings=2000, seed=1)
            run_audit(db)
            for lang in ("nb", "en"):
                i18n.set_language(lang)
                with db.engine.connect() as conn:
                    report = build_audit_report(conn, district=None, demo=True)
                pdf = Path(tmp) / f"audit-{lang}.pdf"
                render_audit_pdf(report, pdf)
                page = pdf_page_images(pdf.read_bytes(), dpi=100)[0]
                (out / f"audit-report-{lang}.png").write_bytes(page)
            i18n.set_language(None)
            figures = build_figures(db, 2025)
            sheet = render_factsheet_bytes(figures, "030101", language="en")
            (out / "factsheet-pdf-en.png").write_bytes(pdf_page_images(sheet, dpi=100)[0])
        finally:
            db.close()
    print(f"audit-report-nb.png, audit-report-en.png, factsheet-pdf-en.png in {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots")
