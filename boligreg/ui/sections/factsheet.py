"""Faktaark: choose the year and the bydeler, look at the pages, save the PDFs or print them.

The preview shows the very PDF that is saved: the sheet is rendered with reportlab and its pages
turned into images by PDFium (the pypdfium2 wheel, so no system tools are needed; poppler's
pdftoppm is used if that is what the machine has). Figures, PDFs and page images are all made
off the UI thread; a year's figures are kept until the data changes, so moving between bydeler
costs only one sheet's rendering.
"""

from __future__ import annotations

import re
import tempfile
from dataclasses import dataclass
from datetime import UTC, date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QPageSize, QPixmap
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

from ... import formats
from ...errors import BoligregError, CancelledError
from ...i18n import QT_TRANSLATE_NOOP, plural
from ...safefiles import check_output, write_output
from ...services.editions import edition_filename, edition_summaries, open_edition, publish_year
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


def existing_sheets(folder: Path, year: int | None, scopes: list[str],
                    suffix: str = ".pdf") -> list[Path]:
    """The files in ``folder`` that saving ``year``'s sheets of ``scopes`` would replace
    (named as reports.factsheet.factsheet_filename names them: "2025-030102-grunerlokka.pdf",
    "2025-0301-oslo.pdf"; a published edition's "-utgave2" file is another file)."""
    if year is None or not folder.is_dir():
        return []
    codes = {"0301" if s == OSLO else s for s in scopes}
    ext = re.escape(suffix)
    pattern = re.compile(rf"{year}-(\d{{4,6}})-[a-z0-9-]+{ext}")
    out = []
    for p in sorted(folder.glob(f"{year}-*{suffix}")):
        m = pattern.fullmatch(p.name)
        if m and m.group(1) in codes and not re.search(rf"-utgave\d+{ext}$", p.name):
            out.append(p)
    return out


def _local(moment: Any) -> str:
    """A stored (naive UTC) moment as Oslo time, «15.01.2026 kl. 10.03»."""
    from ...services.history import OSLO as OSLO_TZ

    return f"{moment.replace(tzinfo=UTC).astimezone(OSLO_TZ):%d.%m.%Y kl. %H.%M}"


class FactsheetSection(Section):
    key = "factsheet"
    title = QT_TRANSLATE_NOOP("Section", "Faktaark")

    def __init__(self, ctx: AppState, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._figures: dict[int, dict[str, Figures]] = {}  # year -> figures (UI thread only)
        self._generation = 0  # newest preview asked for; older results are dropped
        self._preview_job: Job | None = None
        self._images: list[QImage] = []
        self._loading_years = False
        self.last_saved: list[Path] = []
        self._build_view()
        self._connect_signals()
        self._fill_sheet_list()

    # ------------------------------------------------------------------ view

    def _build_view(self) -> None:
        heading = QLabel(self.tr("Boligsosiale faktaark"))
        heading.setObjectName("sectionHeading")
        sub = QLabel(self.tr("Ett faktaark per bydel og ett for hele Oslo, som PDF klar til "
                             "trykk."))
        sub.setObjectName("sectionSubheading")
        controls = self._build_controls()
        preview = self._build_preview()

        body = QHBoxLayout()
        body.setSpacing(16)
        # On a laptop screen the choices, the buttons and the published editions do not all
        # fit beside the preview: the column scrolls instead of squeezing the lists.
        self.sheet_list.setMinimumHeight(120)
        self.sheet_list.setMaximumHeight(170)
        self.edition_list.setMinimumHeight(72)
        self.controls_scroll = QScrollArea()
        self.controls_scroll.setWidget(controls)
        self.controls_scroll.setWidgetResizable(True)
        self.controls_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.controls_scroll.setHorizontalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.controls_scroll.setFixedWidth(250 + 14)
        body.addWidget(self.controls_scroll)
        body.addLayout(preview, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(sub)
        layout.addLayout(body, 1)

    def _build_controls(self) -> QFrame:
        """The left column: year, basis, language, the sheets to tick, the buttons and the
        published editions."""
        self.year_box = QComboBox()
        self.year_box.setAccessibleName(self.tr("År"))
        # Issue 13: a year that is over is printed as registered at its 31.12 by default;
        # "med senere rettelser" counts today's register on that date instead.
        self.basis_box = QComboBox()
        self.basis_box.setAccessibleName(self.tr("Grunnlag"))
        # The sheets are bokmål (the official edition) unless English is chosen here; the
        # window's own language does not change them (reports/factsheet.py).
        self.language_box = QComboBox()
        self.language_box.setAccessibleName(self.tr("Språk på arkene"))
        self.language_box.addItem(self.tr("Bokmål (offisiell utgave)"), "nb")
        self.language_box.addItem(self.tr("Engelsk"), "en")
        self.language_box.setToolTip(self.tr(
            "Faktaarkene er på bokmål. En engelsk utgave har de samme tallene; publiserte "
            "utgaver er alltid på bokmål."))
        self.sheet_list = QListWidget()
        self.sheet_list.setAccessibleName(self.tr("Faktaark"))
        self.sheet_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sheet_list.setUniformItemSizes(True)
        self._all_button = QPushButton(self.tr("Velg alle"))
        self._none_button = QPushButton(self.tr("Velg ingen"))
        self.save_button = QPushButton(self.tr("Lagre PDF …"))
        self.save_button.setDefault(True)
        self.print_button = QPushButton(self.tr("Skriv ut …"))
        # Universell utforming: the same figures as a web page a screen reader can follow.
        self.html_button = QPushButton(self.tr("Lagre som tilgjengelig HTML …"))
        self.html_button.setToolTip(self.tr(
            "Den tilgjengelige utgaven (universell utforming): samme tall som PDF-en, som én "
            "HTML-fil per ark for skjermlesere og forstørring."))
        self.about_sheet = QLabel()
        self.about_sheet.setObjectName("footnote")
        self.about_sheet.setWordWrap(True)
        self.about_sheet.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        picks = QHBoxLayout()
        picks.setContentsMargins(0, 0, 0, 0)
        picks.addWidget(self._all_button)
        picks.addWidget(self._none_button)
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
        cl.addWidget(self._caption(self.tr("År")))
        cl.addWidget(self.year_box)
        cl.addWidget(self._caption(self.tr("Grunnlag")))
        cl.addWidget(self.basis_box)
        cl.addWidget(self._caption(self.tr("Språk på arkene")))
        cl.addWidget(self.language_box)
        cl.addSpacing(6)
        cl.addWidget(self._caption(self.tr("Faktaark")))
        cl.addWidget(self.sheet_list, 1)
        hint = QLabel(self.tr("Klikk et ark for å se det. Huk av arkene som skal lagres eller "
                              "skrives ut."))
        hint.setObjectName("footnote")
        hint.setWordWrap(True)
        cl.addWidget(hint)
        cl.addLayout(picks)
        cl.addSpacing(6)
        cl.addLayout(actions)
        cl.addWidget(self.html_button)
        cl.addWidget(self.about_sheet)
        cl.addSpacing(8)
        cl.addWidget(self._build_editions())
        return controls

    def _build_preview(self) -> QVBoxLayout:
        """The chosen sheet's title and status over its pages, scaled to the width."""
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
        self.pages_scroll = QScrollArea()
        self.pages_scroll.setWidgetResizable(True)
        self.pages_scroll.setWidget(self.pages_widget)
        self.pages_scroll.setStyleSheet("QScrollArea { border: 1px solid #dde1e8; }")
        self._rescale_timer = QTimer(self)
        self._rescale_timer.setSingleShot(True)
        self._rescale_timer.setInterval(60)

        head = QHBoxLayout()
        head.addWidget(self.preview_title, 1)
        head.addWidget(self.preview_status)
        preview = QVBoxLayout()
        preview.setSpacing(6)
        preview.addLayout(head)
        preview.addWidget(self.pages_scroll, 1)
        return preview

    def _connect_signals(self) -> None:
        """The controls' signals (the editions' own are wired in _build_editions)."""
        self.year_box.currentIndexChanged.connect(self._year_changed)
        self.basis_box.currentIndexChanged.connect(self._basis_changed)
        self.language_box.currentIndexChanged.connect(lambda _i: self._sheet_changed())
        self.sheet_list.currentRowChanged.connect(lambda _row: self._sheet_changed())
        self.sheet_list.itemChanged.connect(lambda _item: self._update_buttons())
        self._all_button.clicked.connect(lambda: self.set_checked(self.all_scopes()))
        self._none_button.clicked.connect(lambda: self.set_checked([]))
        self.save_button.clicked.connect(self._save_clicked)
        self.print_button.clicked.connect(self._print_clicked)
        self.html_button.clicked.connect(lambda: self._save_clicked(html=True))
        self._rescale_timer.timeout.connect(self._show_images)
        self.ctx.as_of_changed.connect(lambda _day: self._update_edition_buttons())

    # ------------------------------------------------------------------ published editions

    def _build_editions(self) -> QWidget:
        """«Publiser faktaark for ÅR …», the year's published editions, Åpne and Lagre of a
        stored sheet, and what a revised edition changed (services/editions.py)."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.publish_button = QPushButton(self.tr("Publiser faktaark …"))
        self.publish_button.setToolTip(
            self.tr("Fryser årets 16 faktaark slik registeret var registrert per 31.12: "
                    "tallene og PDF-ene lagres i databasen og åpnes senere byte for byte like."))
        self.publish_button.clicked.connect(lambda: self.publish())
        self.edition_list = QListWidget()
        self.edition_list.setAccessibleName(self.tr("Publiserte utgaver"))
        self.edition_list.setMaximumHeight(100)
        self.edition_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.edition_list.currentRowChanged.connect(lambda _r: self._show_edition())
        self.edition_open = QPushButton(self.tr("Åpne"))
        self.edition_open.setToolTip(self.tr("Åpne arket slik det ble publisert i denne utgaven"))
        self.edition_open.clicked.connect(lambda: self.open_published())
        self.edition_save = QPushButton(self.tr("Lagre …"))
        self.edition_save.setToolTip(self.tr("Lagre arket slik det ble publisert (byte for byte)"))
        self.edition_save.clicked.connect(lambda: self.save_published())
        self.edition_note = QLabel("")
        self.edition_note.setObjectName("footnote")
        self.edition_note.setWordWrap(True)
        self.edition_note.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.edition_open)
        buttons.addWidget(self.edition_save)
        layout.addWidget(self._caption(self.tr("Publiserte utgaver")))
        layout.addWidget(self.publish_button)
        layout.addWidget(self.edition_list)
        layout.addLayout(buttons)
        layout.addWidget(self.edition_note)
        self.editions: list[Any] = []  # services.editions.EditionSummary, oldest first
        self.last_opened: Path | None = None
        return box

    def refresh_editions(self) -> None:
        """The chosen year's published editions (a small query: no PDF bytes are read)."""
        year = self.year()
        self.publish_button.setText(self.tr("Publiser faktaark for {year} …").format(year=year)
                                    if year else self.tr("Publiser faktaark …"))
        self.editions = self.ctx.live_register.read(edition_summaries, year) if year else []
        self.edition_list.blockSignals(True)
        self.edition_list.clear()
        for e in reversed(self.editions):  # the newest first
            changed = (self.tr("første utgave") if not e.revised else plural(
                e.changed_sheets, "FactsheetSection",
                QT_TRANSLATE_NOOP("FactsheetSection", "1 ark endret"),
                QT_TRANSLATE_NOOP("FactsheetSection", "{n} ark endret"),
            ).format(n=formats.integer(e.changed_sheets)))
            item = QListWidgetItem(self.tr("Utgave {edition} – {changed}").format(
                edition=e.edition, changed=changed)
                + f"\n{_local(e.published_at)} · {e.published_by}")
            item.setData(CodeRole, e.edition)
            item.setToolTip(self.tr("{n} ark, registeret per {date}").format(
                n=formats.integer(e.sheets), date=formats.date(e.as_of)) if e.as_of
                else self.tr("{n} ark").format(n=formats.integer(e.sheets)))
            self.edition_list.addItem(item)
        if self.editions:
            self.edition_list.setCurrentRow(0)
        self.edition_list.blockSignals(False)
        self._show_edition()

    def chosen_edition(self) -> Any:
        item = self.edition_list.currentItem()
        if item is None:
            return None
        number = item.data(CodeRole)
        return next((e for e in self.editions if e.edition == number), None)

    def _scope_name(self, scope: str) -> str:
        return self.tr("Oslo") if scope == OSLO else dict(self.ctx.districts).get(scope, scope)

    def _show_edition(self) -> None:
        """What the chosen edition is, and for a revised one what changed on this sheet."""
        e, scope = self.chosen_edition(), self.current_scope()
        if e is None:
            year = self.year()
            self.edition_note.setText(
                self.tr("Faktaarkene for {year} er ikke publisert ennå.").format(year=year)
                if year else "")
        else:
            when = self.tr("registrert per {date}").format(date=formats.date(e.as_of)) \
                if e.as_of else ""
            lines = [self.tr("Utgave {edition} ({when}), publisert {moment} av {user}.").format(
                edition=e.edition, when=when, moment=_local(e.published_at), user=e.published_by)]
            if e.revised:
                lines.insert(0, self.tr(
                    "Revidert utgave – {changed} av {sheets} ark endret fra utgave {previous}."
                ).format(changed=formats.integer(e.changed_sheets),
                         sheets=formats.integer(e.sheets), previous=e.edition - 1))
                changes = e.changes.get(scope or "", [])
                name = self._scope_name(scope or "")
                lines.append(
                    self.tr("Endret for {name}: {changes}.").format(
                        name=name, changes="; ".join(changes)) if changes
                    else self.tr("Ingen av de oppførte tallene er endret for {name}.").format(
                        name=name))
            self.edition_note.setText("\n".join(lines))
        self._update_edition_buttons()

    def _update_edition_buttons(self) -> None:
        has = self.chosen_edition() is not None and self.current_scope() is not None
        self.edition_open.setEnabled(has)
        self.edition_save.setEnabled(has)
        # Publishing writes to the file: not while a past day is shown (kun lesing).
        self.publish_button.setEnabled(self.year() is not None and not self.ctx.read_only)

    def publish(self, *, ask: bool = True) -> Job | None:
        """Publish the chosen year's 16 sheets as the next edition (after asking)."""
        year = self.year()
        if year is None or self.ctx.read_only:
            return None
        number = (self.editions[-1].edition if self.editions else 0) + 1
        if ask:
            kind = (self.tr("en revidert utgave (utgave {number}); utgave {previous} "
                            "beholdes og kan fortsatt åpnes").format(number=number,
                                                                     previous=number - 1)
                    if number > 1 else self.tr("utgave {number}").format(number=number))
            if not confirm(self, self.tr("Publiser faktaark for {year}").format(year=year),
                           self.tr("Publisere de 16 faktaarkene for {year} slik registeret var "
                                   "registrert per 31.12.{year}?\n\nDette blir {kind}. Tallene "
                                   "og PDF-ene lagres i databasen og endres ikke etterpå, uansett "
                                   "hva som skjer i registeret.").format(year=year, kind=kind),
                           yes=self.tr("Publiser utgave {number}").format(number=number)):
                return None
        db = self.ctx.live_register

        def work(progress: Any, _cancel: Any) -> Any:
            progress(5, self.tr("Publiserer faktaarkene for {year} …").format(year=year))
            return db.run(publish_year, year, user=db.user)

        def done(result: Any) -> None:
            self.refresh_editions()
            self.preview_status.setText((
                self.tr("Revidert utgave {edition} av faktaarkene for {year} er publisert.")
                if result.edition > 1 else
                self.tr("Utgave {edition} av faktaarkene for {year} er publisert.")
            ).format(edition=result.edition, year=result.year))

        return run_job(self, self.tr("Publiserer faktaark for {year}").format(year=year), work,
                       done)

    def _stored_sheet(self) -> Any:
        """The chosen edition's stored sheet for the sheet shown (hash checked)."""
        e, scope = self.chosen_edition(), self.current_scope()
        if e is None or scope is None:
            return None
        return self.ctx.live_register.read(open_edition, e.year, scope, e.edition)

    def open_published(self) -> Path | None:
        """Show the stored sheet in the PDF viewer: its bytes, as published, in a temporary
        file (the register is not read again)."""
        try:
            sheet = self._stored_sheet()
        except Exception as exc:  # noqa: BLE001 - a damaged edition is said, not raised
            show_error(self, self.tr("Åpne publisert faktaark"), exc)
            return None
        if sheet is None:
            return None
        folder = Path(tempfile.mkdtemp(prefix="boligreg-utgave-"))
        path = folder / edition_filename(sheet)
        path.write_bytes(sheet.pdf)
        self.last_opened = path
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return path

    def save_published(self, path: Path | None = None, *, overwrite: bool = False
                       ) -> Path | None:
        """Save the stored sheet byte for byte; the file dialog asks before replacing a
        file (``path`` given: no dialog, ``overwrite`` as said)."""
        try:
            sheet = self._stored_sheet()
        except Exception as exc:  # noqa: BLE001 - a damaged edition is said, not raised
            show_error(self, self.tr("Lagre publisert faktaark"), exc)
            return None
        if sheet is None:
            return None
        if path is None:
            start = Path(self._settings_dir()) / edition_filename(sheet)
            chosen, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Lagre publisert faktaark"), str(start), self.tr("PDF (*.pdf)"))
            if not chosen:
                return None
            path, overwrite = Path(chosen), True
        protect = [self.ctx.live_register.path]
        try:
            check_output(path, overwrite=overwrite, protect=protect)
            write_output(path, lambda tmp: tmp.write_bytes(sheet.pdf), overwrite=overwrite,
                         protect=protect)
        except BoligregError as exc:
            show_error(self, self.tr("Lagre publisert faktaark"), exc)
            return None
        self.preview_status.setText(self.tr("Lagret {name} (utgave {edition})").format(
            name=path.name, edition=sheet.edition))
        return path

    @staticmethod
    def _caption(words: str) -> QLabel:
        label = QLabel(words)
        label.setStyleSheet("font-weight: 600; color: #2b2f3a;")
        return label

    def _sheet_changed(self) -> None:
        self.preview_current()
        if hasattr(self, "edition_note"):
            self._show_edition()

    # ------------------------------------------------------------------ choices

    def _fill_sheet_list(self) -> None:
        self.sheet_list.blockSignals(True)
        self.sheet_list.clear()
        for code, name in [*self.ctx.districts, (OSLO, self.tr("Oslo (hele byen)"))]:
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
        self.html_button.setEnabled(n > 0)
        self.save_button.setText(self.tr("Lagre PDF …") if n <= 1
                                 else self.tr("Lagre {n} PDF-er …").format(n=n))
        self.print_button.setText(self.tr("Skriv ut …") if n <= 1
                                  else self.tr("Skriv ut {n} …").format(n=n))

    # ------------------------------------------------------------------ loading

    def refresh(self) -> None:
        """Years from the register; figures are read again when next needed."""
        self._figures.clear()
        years = sorted(self.ctx.live_register.read(available_years), reverse=True)
        keep = self.year()
        default = keep if keep in years else (date.today().year - 1 if date.today().year - 1
                                              in years else (years[0] if years else None))
        self._loading_years = True
        self.year_box.clear()
        for y in years:
            self.year_box.addItem(str(y), y)
        self._loading_years = False
        self._fill_basis()
        if default is not None:
            self.set_year(default)
        self.refresh_editions()
        self.preview_current()

    def _year_changed(self, _index: int) -> None:
        self._fill_basis()
        if not self._loading_years:
            self.refresh_editions()
            self.preview_current()

    def _fill_basis(self) -> None:
        """The two bases for a year that is over; only today's register for the running one."""
        year = self.year()
        corrected = self.corrected()
        self.basis_box.blockSignals(True)
        self.basis_box.clear()
        if year is not None and date(year, 12, 31) < date.today():
            self.basis_box.addItem(
                self.tr("Som registrert per 31.12.{year}").format(year=year), False)
            self.basis_box.addItem(self.tr("Med senere rettelser"), True)
            self.basis_box.setToolTip(self.tr(
                "Som registrert: registeret slik det sto ved utgangen av 31.12.{year} — det "
                "som er registrert senere, er ikke med. Med senere rettelser: dagens register "
                "på datoen, med antallet poster som er endret siden.").format(year=year))
            self.basis_box.setCurrentIndex(1 if corrected else 0)
        else:
            self.basis_box.addItem(self.tr("Dagens register"), False)
            self.basis_box.setToolTip(self.tr("Året er ikke over: arket teller registeret slik "
                                              "det står i dag."))
        self.basis_box.setEnabled(self.basis_box.count() > 1)
        self.basis_box.blockSignals(False)

    def corrected(self) -> bool:
        """«Med senere rettelser» is chosen."""
        return bool(self.basis_box.currentData())

    def set_corrected(self, corrected: bool) -> None:
        index = self.basis_box.findData(corrected)
        if index >= 0:
            self.basis_box.setCurrentIndex(index)

    def _basis_changed(self, _index: int) -> None:
        self._figures.clear()  # the cache holds one basis
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
        self.preview_status.setText(self.tr("Lager forhåndsvisning …"))
        cached = self._figures.get(year)
        # Read here, not on the worker. Fact sheets come from the file (their own as-of date).
        db, dpi = self.ctx.live_register, PREVIEW_DPI * self._pixel_ratio()
        corrected, language = self.corrected(), self.sheet_language()

        def work(progress: Any, cancel: Any) -> PreviewResult:
            figures = cached if cached is not None else db.run(
                _report().build_figures, year, corrected=corrected)
            pdf = _report().render_factsheet_bytes(figures, scope, language=language)
            images = _report().pdf_page_images(pdf, dpi)
            return PreviewResult(generation, year, scope, figures, images)

        self._preview_job = run_job(self, self.tr("Forhåndsvisning"), work, self._preview_done,
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
        self.preview_status.setText(plural(
            n, "FactsheetSection", QT_TRANSLATE_NOOP("FactsheetSection", "1 side · A4"),
            QT_TRANSLATE_NOOP("FactsheetSection", "{n} sider · A4")).format(n=n))
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
            self.preview_title.setText(self.tr("Forhåndsvisningen kunne ikke lages"))

    def _about(self, f: Figures) -> str:
        parts = [self.tr("Tall per {date}.").format(date=_report().fmt_date(f.reference_date))]
        if f.population_date:
            parts.append(self.tr("Folketall per {date}.").format(
                date=_report().fmt_date(f.population_date)))
        else:
            parts.append(self.tr("Folketall mangler."))
        basis = _report().basis_text(f)
        if basis:
            parts.append(basis)
        if f.change is None:
            parts.append(self.tr("Uten endring fra {year} (ikke noe øyeblikksbilde).").format(
                year=f.year - 1))
        if not f.indicators:
            parts.append(self.tr("Ingen indikatorer importert for {year}.").format(year=f.year))
        if f.demo:
            parts.append(self.tr("Demodata: arkene merkes som syntetiske."))
        return " ".join(parts)

    # ------------------------------------------------------------------ showing pages

    def _clear_pages(self) -> None:
        while self.pages_layout.count():
            item = self.pages_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.setParent(None)  # gone from the page now, not at the next idle
                widget.deleteLater()

    def _show_images(self) -> None:
        self._clear_pages()
        if not self._images:
            return
        ratio = self._pixel_ratio()
        # Leave room for the vertical scroll bar even before it shows, or the page would
        # overflow sideways once it appears.
        bar = self.pages_scroll.verticalScrollBar()
        reserve = 0 if bar.isVisible() else bar.sizeHint().width()
        avail = max(self.pages_scroll.viewport().width() - reserve - 40, 200)
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
        value = str(self.ctx.settings.value("factsheet/last_dir", "", type=str) or "")
        return value if value and Path(value).is_dir() else str(Path.home())

    def _ask_target(self, scopes: list[str], figures_name: str) -> Path | None:
        """A file for one sheet, a folder for several (dialogs; replaced in tests)."""
        start = self._settings_dir()
        if len(scopes) == 1:
            kind = self.tr("HTML (*.html)") if figures_name.endswith(".html") \
                else self.tr("PDF (*.pdf)")
            path, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Lagre faktaark"), str(Path(start) / figures_name), kind)
            return Path(path) if path else None
        folder = QFileDialog.getExistingDirectory(self, self.tr("Velg mappe for faktaarkene"),
                                                  start)
        return Path(folder) if folder else None

    def _save_clicked(self, html: bool = False) -> None:
        scopes, year = self.checked_scopes(), self.year()
        if not scopes or year is None:
            return
        suffix = ".html" if html else ".pdf"
        name = f"{year}-{scopes[0]}{suffix}"
        cached = self._figures.get(year)
        if cached is not None and scopes[0] in cached:
            name = Path(_report().factsheet_filename(cached[scopes[0]])).with_suffix(suffix).name
        target = self._ask_target(scopes, name)
        if target is None:
            return
        # A file dialog has asked about replacing the one file; for a folder ask here.
        if len(scopes) == 1 or self._confirm_replace(target, scopes, suffix):
            self.save_to(target, scopes, overwrite=True, html=html)

    def _confirm_replace(self, folder: Path, scopes: list[str], suffix: str = ".pdf") -> bool:
        existing = existing_sheets(folder, self.year(), scopes, suffix)
        if not existing:
            return True
        return confirm(self, self.tr("Erstatte faktaark?"),
                       self.tr("{n} av faktaarkene finnes allerede i «{folder}». "
                               "Vil du erstatte dem?").format(n=formats.integer(len(existing)),
                                                              folder=folder),
                       yes=self.tr("Erstatt"))

    def sheet_language(self) -> str:
        """The language the sheets are drawn in: "nb" (default, the official one) or "en"."""
        return str(self.language_box.currentData() or "nb")

    def save_to(self, target: Path, scopes: list[str] | None = None, *,
                overwrite: bool = False, html: bool = False) -> Job | None:
        """Write the chosen sheets: to ``target`` (a .pdf, or .html with ``html``: the
        accessible edition) for one, into folder ``target`` for several. Runs in the
        background with a progress dialog."""
        scopes = scopes or self.checked_scopes()
        year = self.year()
        if not scopes or year is None:
            return None
        cached = self._figures.get(year)
        single = len(scopes) == 1 and target.suffix.lower() == (".html" if html else ".pdf")
        if html:
            from ...reports import factsheet_html  # lazy: reportlab, not at start

            write_one, write_many = (factsheet_html.write_factsheet_html,
                                     factsheet_html.write_factsheets_html)
        else:
            write_one, write_many = _report().write_factsheet, _report().write_factsheets
        db = self.ctx.live_register
        corrected, language = self.corrected(), self.sheet_language()
        protect = [db.path]

        def work(progress: Any, cancel: Any) -> tuple[dict[str, Figures], list[Path]]:
            progress(2, self.tr("Henter tallene …"))
            figures = cached if cached is not None else db.run(
                _report().build_figures, year, corrected=corrected)
            if cancel():
                raise CancelledError()
            if single:  # safefiles: checked target, temporary file, rename
                return figures, [write_one(figures, scopes[0], target, overwrite=overwrite,
                                           protect=protect, language=language)]
            return figures, write_many(figures, target, scopes, progress=progress, cancel=cancel,
                                       overwrite=overwrite, protect=protect, language=language)

        def done(result: tuple[dict[str, Figures], list[Path]]) -> None:
            figures, paths = result
            self._figures[year] = figures
            self.last_saved = paths
            folder = paths[0].parent if paths else target
            self.ctx.settings.setValue("factsheet/last_dir", str(folder))
            self.preview_status.setText(
                self.tr("Lagret {n} faktaark i {folder}").format(
                    n=formats.integer(len(paths)), folder=folder) if len(paths) > 1
                else self.tr("Lagret {name}").format(name=paths[0].name))

        return run_job(self, self.tr("Lagrer faktaark"), work, done)

    # ------------------------------------------------------------------ printing

    def _print_clicked(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setDocName(self.tr("Boligsosiale faktaark"))
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Skriv ut faktaark"))
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
        db = self.ctx.live_register
        corrected, language = self.corrected(), self.sheet_language()

        def work(progress: Any, cancel: Any) -> tuple[dict[str, Figures], list[bytes]]:
            figures = cached if cached is not None else db.run(
                _report().build_figures, year, corrected=corrected)
            pages: list[bytes] = []
            for i, scope in enumerate(scopes):
                if cancel():
                    raise CancelledError()
                progress(int(100 * i / len(scopes)),
                         self.tr("Klargjør {name} for utskrift …").format(
                             name=figures[scope].name))
                pdf = _report().render_factsheet_bytes(figures, scope, language=language)
                pages += _report().pdf_page_images(pdf, dpi)
            return figures, pages

        def done(result: tuple[dict[str, Figures], list[bytes]]) -> None:
            figures, pages = result
            self._figures[year] = figures
            self._paint(printer, pages)
            self.preview_status.setText(plural(
                len(pages), "FactsheetSection",
                QT_TRANSLATE_NOOP("FactsheetSection", "Sendt 1 side til utskrift"),
                QT_TRANSLATE_NOOP("FactsheetSection", "Sendt {n} sider til utskrift"),
            ).format(n=formats.integer(len(pages))))

        def failed(exc: BaseException) -> None:
            show_error(self, self.tr("Skriv ut faktaark"), exc)

        return run_job(self, self.tr("Skriver ut faktaark"), work, done, failed)

    @staticmethod
    def _paint(printer: QPrinter, pages: list[bytes]) -> None:
        paint_pages(printer, pages)
