"""Faktaark: choose the year and the bydeler, look at the pages, save the PDFs or print them.

The preview shows the very PDF that is saved: the sheet is rendered with reportlab and its pages
turned into images by PDFium (the pypdfium2 wheel, so no system tools are needed; poppler's
pdftoppm is used if that is what the machine has). Figures, PDFs and page images are all made
off the UI thread; a year's figures are kept until the data changes, so moving between bydeler
costs only one sheet's rendering.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QImage, QPageSize, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...errors import CancelledError
from ...services.stats import OSLO, Figures, available_years
from ..context import AppState
from ..messages import confirm, error_message, show_error
from ..printing import paint_pages
from ..workers import Job, run_job
from .base import Section

PREVIEW_DPI = 110
PRINT_DPI_MAX = 300
CodeRole = Qt.ItemDataRole.UserRole + 1


def _report():  # noqa: ANN202 - reportlab is loaded on first use, not at window start
    from ...reports import factsheet

    return factsheet


@dataclass
class PreviewResult:
    generation: int
    year: int
    scope: str
    figures: dict[str, Figures]
    pages: list[bytes]  # PNG per page


class FactsheetSection(Section):
    key = "factsheet"
    title = "Faktaark"

    def __init__(self, ctx: AppState, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._figures: dict[int, dict[str, Figures]] = {}  # year -> figures (UI thread only)
        self._generation = 0  # newest preview asked for; older results are dropped
        self._preview_job: Job | None = None
        self._images: list[QImage] = []
        self._loading_years = False
        self.last_saved: list[Path] = []

        heading = QLabel("Boligsosiale faktaark")
        heading.setObjectName("sectionHeading")
        sub = QLabel("Ett faktaark per bydel og ett for hele Oslo, som PDF klar til trykk.")
        sub.setObjectName("sectionSubheading")

        # Controls -------------------------------------------------------------------
        self.year_box = QComboBox()
        self.year_box.setAccessibleName("År")
        self.year_box.currentIndexChanged.connect(self._year_changed)
        self.sheet_list = QListWidget()
        self.sheet_list.setAccessibleName("Faktaark")
        self.sheet_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sheet_list.setUniformItemSizes(True)
        self.sheet_list.currentRowChanged.connect(lambda _row: self.preview_current())
        self.sheet_list.itemChanged.connect(lambda _item: self._update_buttons())
        all_button = QPushButton("Velg alle")
        all_button.clicked.connect(lambda: self.set_checked(self.all_scopes()))
        none_button = QPushButton("Velg ingen")
        none_button.clicked.connect(lambda: self.set_checked([]))
        self.save_button = QPushButton("Lagre PDF …")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self._save_clicked)
        self.print_button = QPushButton("Skriv ut …")
        self.print_button.clicked.connect(self._print_clicked)
        self.about_sheet = QLabel()
        self.about_sheet.setObjectName("footnote")
        self.about_sheet.setWordWrap(True)
        self.about_sheet.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        picks = QHBoxLayout()
        picks.setContentsMargins(0, 0, 0, 0)
        picks.addWidget(all_button)
        picks.addWidget(none_button)
        actions = QHBoxLayout()
        actions.setContentsMargins(0, 0, 0, 0)
        actions.addWidget(self.save_button)
        actions.addWidget(self.print_button)

        controls = QFrame()
        controls.setObjectName("factsheetControls")
        controls.setFixedWidth(250)
        cl = QVBoxLayout(controls)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.setSpacing(6)
        cl.addWidget(self._caption("År"))
        cl.addWidget(self.year_box)
        cl.addSpacing(6)
        cl.addWidget(self._caption("Faktaark"))
        cl.addWidget(self.sheet_list, 1)
        hint = QLabel("Klikk et ark for å se det. Huk av arkene som skal lagres eller "
                      "skrives ut.")
        hint.setObjectName("footnote")
        hint.setWordWrap(True)
        cl.addWidget(hint)
        cl.addLayout(picks)
        cl.addSpacing(6)
        cl.addLayout(actions)
        cl.addWidget(self.about_sheet)

        # Preview ----------------------------------------------------------------------
        self.preview_title = QLabel()
        self.preview_title.setStyleSheet("font-size: 15px; font-weight: 600; color: #2a2859;")
        self.preview_title.setWordWrap(True)  # a long bydel name in a narrow window
        self.preview_title.setMinimumWidth(120)
        self.preview_status = QLabel()
        self.preview_status.setObjectName("footnote")
        self.pages_widget = QWidget()
        self.pages_widget.setStyleSheet("background: #e4e7ec;")
        self.pages_layout = QVBoxLayout(self.pages_widget)
        self.pages_layout.setContentsMargins(16, 16, 16, 16)
        self.pages_layout.setSpacing(16)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.pages_widget)
        self.scroll.setStyleSheet("QScrollArea { border: 1px solid #dde1e8; }")
        self._rescale_timer = QTimer(self)
        self._rescale_timer.setSingleShot(True)
        self._rescale_timer.setInterval(60)
        self._rescale_timer.timeout.connect(self._show_images)

        head = QHBoxLayout()
        head.addWidget(self.preview_title, 1)
        head.addWidget(self.preview_status)
        preview = QVBoxLayout()
        preview.setSpacing(6)
        preview.addLayout(head)
        preview.addWidget(self.scroll, 1)

        body = QHBoxLayout()
        body.setSpacing(16)
        body.addWidget(controls)
        body.addLayout(preview, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(sub)
        layout.addLayout(body, 1)

        self._fill_sheet_list()

    @staticmethod
    def _caption(words: str) -> QLabel:
        label = QLabel(words)
        label.setStyleSheet("font-weight: 600; color: #2b2f3a;")
        return label

    # ------------------------------------------------------------------ choices

    def _fill_sheet_list(self) -> None:
        self.sheet_list.blockSignals(True)
        self.sheet_list.clear()
        for code, name in [*self.ctx.districts, (OSLO, "Oslo (hele byen)")]:
            number = "" if code == OSLO else f"{code[-2:]}  "
            item = QListWidgetItem(f"{number}{name}")
            item.setData(CodeRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.sheet_list.addItem(item)
        self.sheet_list.blockSignals(False)
        self._apply_scope()

    def _apply_scope(self) -> None:
        """Tick the scope's bydel (or all 16 sheets) and show it."""
        scope = self.ctx.scope
        self.set_checked([scope] if scope else self.all_scopes())
        target = scope or (self.ctx.districts[0][0] if self.ctx.districts else OSLO)
        for row in range(self.sheet_list.count()):
            if self.sheet_list.item(row).data(CodeRole) == target:
                self.sheet_list.blockSignals(True)
                self.sheet_list.setCurrentRow(row)
                self.sheet_list.blockSignals(False)

    def all_scopes(self) -> list[str]:
        return [self.sheet_list.item(r).data(CodeRole) for r in range(self.sheet_list.count())]

    def checked_scopes(self) -> list[str]:
        return [self.sheet_list.item(r).data(CodeRole) for r in range(self.sheet_list.count())
                if self.sheet_list.item(r).checkState() == Qt.CheckState.Checked]

    def set_checked(self, scopes: list[str]) -> None:
        wanted = set(scopes)
        self.sheet_list.blockSignals(True)
        for r in range(self.sheet_list.count()):
            item = self.sheet_list.item(r)
            item.setCheckState(Qt.CheckState.Checked if item.data(CodeRole) in wanted
                               else Qt.CheckState.Unchecked)
        self.sheet_list.blockSignals(False)
        self._update_buttons()

    def current_scope(self) -> str | None:
        item = self.sheet_list.currentItem()
        return item.data(CodeRole) if item is not None else None

    def set_current_scope(self, scope: str) -> None:
        for r in range(self.sheet_list.count()):
            if self.sheet_list.item(r).data(CodeRole) == scope:
                self.sheet_list.setCurrentRow(r)
                return

    def year(self) -> int | None:
        value = self.year_box.currentData()
        return int(value) if value is not None else None

    def set_year(self, year: int) -> None:
        index = self.year_box.findData(year)
        if index >= 0:
            self.year_box.setCurrentIndex(index)

    def _update_buttons(self) -> None:
        n = len(self.checked_scopes())
        self.save_button.setEnabled(n > 0)
        self.print_button.setEnabled(n > 0)
        self.save_button.setText("Lagre PDF …" if n <= 1 else f"Lagre {n} PDF-er …")
        self.print_button.setText("Skriv ut …" if n <= 1 else f"Skriv ut {n} …")

    # ------------------------------------------------------------------ loading

    def refresh(self) -> None:
        """Years from the register; figures are read again when next needed."""
        self._figures.clear()
        with self.ctx.db.engine.connect() as conn:
            years = sorted(available_years(conn), reverse=True)
        keep = self.year()
        default = keep if keep in years else (date.today().year - 1 if date.today().year - 1
                                              in years else (years[0] if years else None))
        self._loading_years = True
        self.year_box.clear()
        for y in years:
            self.year_box.addItem(str(y), y)
        self._loading_years = False
        if default is not None:
            self.set_year(default)
        self.preview_current()

    def _year_changed(self, _index: int) -> None:
        if not self._loading_years:
            self.preview_current()

    def _mark_stale(self, *args: object) -> None:
        if args:
            # scope_changed(code): the window's bydel picks the sheet; the figures still hold.
            self._apply_scope()
            if self.isVisible() and not self._stale:
                self.preview_current()
            return
        super()._mark_stale()  # data_changed: figures must be read again

    def preview_current(self) -> None:
        scope, year = self.current_scope(), self.year()
        if scope is None or year is None:
            return
        self._generation += 1
        generation = self._generation
        self.preview_status.setText("Lager forhåndsvisning …")
        cached = self._figures.get(year)
        db, dpi = self.ctx.db, PREVIEW_DPI * self._pixel_ratio()  # read here, not on the worker

        def work(progress: Any, cancel: Any) -> PreviewResult:
            figures = cached if cached is not None else _report().build_figures(db, year)
            pdf = _report().render_factsheet_bytes(figures, scope)
            images = _report().pdf_page_images(pdf, dpi)
            return PreviewResult(generation, year, scope, figures, images)

        self._preview_job = run_job(self, "Forhåndsvisning", work, self._preview_done,
                                    self._preview_failed, show_dialog=False)

    def _pixel_ratio(self) -> float:
        return max(1.0, float(self.devicePixelRatioF()))

    def _preview_done(self, result: PreviewResult) -> None:
        self._figures[result.year] = result.figures
        if result.generation != self._generation:
            return  # a newer choice is on its way
        f = result.figures[result.scope]
        self.preview_title.setText(_report().sheet_title(f))
        n = len(result.pages)
        self.preview_status.setText(f"{n} side{'r' if n != 1 else ''} · A4")
        self.about_sheet.setText(self._about(f))
        self._images = [QImage.fromData(png) for png in result.pages]
        for image in self._images:
            image.setDevicePixelRatio(self._pixel_ratio())
        self._show_images()

    def _preview_failed(self, exc: BaseException) -> None:
        self.preview_status.setText("")
        self._images = []
        self._clear_pages()
        note = QLabel(error_message(exc))
        note.setWordWrap(True)
        note.setObjectName("previewMessage")
        note.setMaximumWidth(520)
        self.pages_layout.addWidget(note)
        if not isinstance(exc, _report().PreviewUnavailableError):
            self.preview_title.setText("Forhåndsvisningen kunne ikke lages")

    def _about(self, f: Figures) -> str:
        parts = [f"Tall per {_report().fmt_date(f.reference_date)}."]
        if f.population_date:
            parts.append(f"Folketall per {_report().fmt_date(f.population_date)}.")
        else:
            parts.append("Folketall mangler.")
        if f.change is None:
            parts.append(f"Uten endring fra {f.year - 1} (ikke noe øyeblikksbilde).")
        if not f.indicators:
            parts.append(f"Ingen indikatorer importert for {f.year}.")
        if f.demo:
            parts.append("Demodata: arkene merkes som syntetiske.")
        return " ".join(parts)

    # ------------------------------------------------------------------ showing pages

    def _clear_pages(self) -> None:
        while self.pages_layout.count():
            item = self.pages_layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()

    def _show_images(self) -> None:
        self._clear_pages()
        if not self._images:
            return
        ratio = self._pixel_ratio()
        # Leave room for the vertical scroll bar even before it shows, or the page would
        # overflow sideways once it appears.
        bar = self.scroll.verticalScrollBar()
        reserve = 0 if bar.isVisible() else bar.sizeHint().width()
        avail = max(self.scroll.viewport().width() - reserve - 40, 200)
        for i, image in enumerate(self._images):
            natural = image.width() / ratio
            width = min(avail, natural)
            pix = QPixmap.fromImage(image.scaledToWidth(
                int(width * ratio), Qt.TransformationMode.SmoothTransformation))
            pix.setDevicePixelRatio(ratio)
            page = QLabel()
            page.setObjectName(f"previewPage{i + 1}")
            page.setPixmap(pix)
            page.setFixedSize(QSize(int(pix.width() / ratio), int(pix.height() / ratio)))
            page.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            page.setStyleSheet("background: white; border: 1px solid #c9ced8;")
            self.pages_layout.addWidget(page, 0, Qt.AlignmentFlag.AlignHCenter)

    def page_count(self) -> int:
        return len(self._images)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self._images:
            self._rescale_timer.start()

    # ------------------------------------------------------------------ saving

    def _settings_dir(self) -> str:
        value = self.ctx.settings.value("factsheet/last_dir", "", type=str)
        return value if value and Path(value).is_dir() else str(Path.home())

    def _ask_target(self, scopes: list[str], figures_name: str) -> Path | None:
        """A file for one sheet, a folder for several (dialogs; replaced in tests)."""
        start = self._settings_dir()
        if len(scopes) == 1:
            path, _filter = QFileDialog.getSaveFileName(
                self, "Lagre faktaark", str(Path(start) / figures_name), "PDF (*.pdf)")
            return Path(path) if path else None
        folder = QFileDialog.getExistingDirectory(self, "Velg mappe for faktaarkene", start)
        return Path(folder) if folder else None

    def _save_clicked(self) -> None:
        scopes, year = self.checked_scopes(), self.year()
        if not scopes or year is None:
            return
        name = f"{scopes[0]}.pdf"
        cached = self._figures.get(year)
        if cached is not None and scopes[0] in cached:
            name = _report().factsheet_filename(cached[scopes[0]])
        target = self._ask_target(scopes, name)
        if target is None:
            return
        # A file dialog has asked about replacing the one file; for a folder ask here.
        if len(scopes) == 1 or self._confirm_replace(target, scopes):
            self.save_to(target, scopes, overwrite=True)

    def _confirm_replace(self, folder: Path, scopes: list[str]) -> bool:
        existing = [p for p in folder.glob("*.pdf")
                    if p.name.split("-")[0] in scopes or (OSLO in scopes and p.name == "oslo.pdf")]
        if not existing:
            return True
        return confirm(self, "Erstatte faktaark?",
                       f"{len(existing)} av faktaarkene finnes allerede i «{folder}». "
                       "Vil du erstatte dem?", yes="Erstatt")

    def save_to(self, target: Path, scopes: list[str] | None = None, *,
                overwrite: bool = False) -> Job | None:
        """Write the chosen sheets: to ``target`` (a .pdf) for one, into folder ``target`` for
        several. Runs in the background with a progress dialog."""
        scopes = scopes or self.checked_scopes()
        year = self.year()
        if not scopes or year is None:
            return None
        cached = self._figures.get(year)
        single = len(scopes) == 1 and target.suffix.lower() == ".pdf"
        db = self.ctx.db
        protect = [db.path]

        def work(progress: Any, cancel: Any) -> tuple[dict[str, Figures], list[Path]]:
            progress(2, "Henter tallene …")
            figures = cached if cached is not None else _report().build_figures(db, year)
            if cancel():
                raise CancelledError()
            if single:  # safefiles: checked target, temporary file, rename
                return figures, [_report().write_factsheet(
                    figures, scopes[0], target, overwrite=overwrite, protect=protect)]
            return figures, _report().write_factsheets(figures, target, scopes, progress=progress,
                                                       cancel=cancel, overwrite=overwrite,
                                                       protect=protect)

        def done(result: tuple[dict[str, Figures], list[Path]]) -> None:
            figures, paths = result
            self._figures[year] = figures
            self.last_saved = paths
            folder = paths[0].parent if paths else target
            self.ctx.settings.setValue("factsheet/last_dir", str(folder))
            self.preview_status.setText(
                f"Lagret {len(paths)} faktaark i {folder}" if len(paths) > 1
                else f"Lagret {paths[0].name}")

        return run_job(self, "Lagrer faktaark", work, done)

    # ------------------------------------------------------------------ printing

    def _print_clicked(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setDocName("Boligsosiale faktaark")
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle("Skriv ut faktaark")
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter, scopes: list[str] | None = None) -> Job | None:
        """Render the chosen sheets' pages as images at the printer's resolution (background)
        and paint them onto ``printer``, one PDF page per printed page."""
        scopes = scopes or self.checked_scopes()
        year = self.year()
        if not scopes or year is None:
            return None
        cached = self._figures.get(year)
        dpi = min(printer.resolution(), PRINT_DPI_MAX)
        db = self.ctx.db

        def work(progress: Any, cancel: Any) -> tuple[dict[str, Figures], list[bytes]]:
            figures = cached if cached is not None else _report().build_figures(db, year)
            pages: list[bytes] = []
            for i, scope in enumerate(scopes):
                if cancel():
                    raise CancelledError()
                progress(int(100 * i / len(scopes)),
                         f"Klargjør {figures[scope].name} for utskrift …")
                pdf = _report().render_factsheet_bytes(figures, scope)
                pages += _report().pdf_page_images(pdf, dpi)
            return figures, pages

        def done(result: tuple[dict[str, Figures], list[bytes]]) -> None:
            figures, pages = result
            self._figures[year] = figures
            self._paint(printer, pages)
            self.preview_status.setText(f"Sendt {len(pages)} sider til utskrift")

        def failed(exc: BaseException) -> None:
            show_error(self, "Skriv ut faktaark", exc)

        return run_job(self, "Skriver ut faktaark", work, done, failed)

    @staticmethod
    def _paint(printer: QPrinter, pages: list[bytes]) -> None:
        paint_pages(printer, pages)
