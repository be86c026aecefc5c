"""Paper and PDF for the window: PDF bytes painted page by page onto a printer, and "print or
save this list" for every table section (the PDF comes from reports/table_pdf.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QWidget

from ..i18n import translate

PRINT_DPI_MAX = 300


def paint_pages(printer: QPrinter, pages: list[bytes]) -> None:
    """Each PNG page onto its own printed page, scaled to fit and centred."""
    painter = QPainter()
    if not painter.begin(printer):
        raise RuntimeError("printer could not be opened")
    try:
        for i, png in enumerate(pages):
            if i:
                printer.newPage()
            image = QImage.fromData(png)
            area = painter.viewport()
            scale = min(area.width() / image.width(), area.height() / image.height())
            w, h = int(image.width() * scale), int(image.height() * scale)
            x, y = (area.width() - w) // 2, (area.height() - h) // 2
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(x, y, image.scaled(w, h, Qt.AspectRatioMode.IgnoreAspectRatio,
                                                 Qt.TransformationMode.SmoothTransformation))
    finally:
        painter.end()


def landscape_printer(title: str) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    printer.setDocName(title)
    return printer


def ask_printer(parent: QWidget, title: str) -> QPrinter | None:
    printer = landscape_printer(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("Printing", "Skriv ut {title}").format(title=title))
    return printer if dialog.exec() == QPrintDialog.DialogCode.Accepted else None


def ask_pdf_path(parent: QWidget, title: str, suggested: str) -> Path | None:
    """A save dialog for a PDF (it asks before replacing a file); None when cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested,
                                          translate("Printing", "PDF (*.pdf)"))
    if not path:
        return None
    out = Path(path)
    return out if out.suffix.lower() == ".pdf" else out.with_suffix(".pdf")
