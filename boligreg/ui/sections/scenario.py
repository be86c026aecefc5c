"""Scenario: the reorganisation before it is made. A scenario file (or a preset: all
agreements to Boligbygg, Velferdsetaten's dwellings to a bydel) is applied to a copy of the
register in memory, off the UI thread, and each unit's figures show before and after as a
table and as before/after bars — the same chart the PDF prints ("Lagre som PDF …").
Nothing is written to the register (``services.scenario``)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QDate, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ... import formats
from ...errors import BoligregError, CancelledError
from ...i18n import QT_TRANSLATE_NOOP
from ...safefiles import check_output, write_output
from ...services.scenario import (
    FIGURE_LABELS,
    FIGURES,
    PRESET_VELFERDSETATEN,
    PRESETS,
    ScenarioResult,
    preset_scenario,
    read_scenario,
    run_scenario,
)
from ..context import AppState
from ..messages import show_error
from ..printing import ask_pdf_path
from ..widgets.style import SECTION_STYLE
from ..workers import run_job
from .base import Section

CHANGED = QColor("#1f3f99")
CHART_SCALE = 1.15  # points to pixels on screen
CHART_WIDTH = 440  # points: two charts side by side at 1280 pixels


def fmt_fig(value: float) -> str:
    return f"{value:,.0f}".replace(",", "\u00a0")


class ScenarioSection(Section):
    key = "scenario"
    title = QT_TRANSLATE_NOOP("Section", "Scenario")

    def __init__(self, ctx: AppState, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setStyleSheet(SECTION_STYLE)
        self.scenario: dict[str, Any] | None = None
        self.result: ScenarioResult | None = None
        self.running = False
        self._generation = 0
        self._build_view()
        self._connect_signals()
        self._preset_changed()

    # --- view -------------------------------------------------------------------------------
    def _build_view(self) -> None:
        head = self._build_head()
        bar = self._build_bar()
        self.name_label = QLabel(self.tr("Velg et forhåndsvalg og trykk «Beregn», eller åpne en "
                                 "scenariofil (JSON, se brukerveiledningen)."))
        self.name_label.setObjectName("countLabel")
        self.name_label.setWordWrap(True)
        self.description_label = QLabel("")
        self.description_label.setWordWrap(True)
        self.description_label.setVisible(False)
        self.moved_label = QLabel("")
        self.moved_label.setWordWrap(True)
        self._build_tabs()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 10)
        layout.setSpacing(8)
        layout.addLayout(head)
        layout.addLayout(bar)
        layout.addWidget(self.name_label)
        layout.addWidget(self.description_label)
        layout.addWidget(self.moved_label)
        layout.addWidget(self.tabs, 1)

    def _build_head(self) -> QHBoxLayout:
        """The heading beside Åpne scenariofil and Lagre som PDF; the preset's controls."""
        heading = QLabel(self.title)
        heading.setObjectName("sectionHeading")
        sub = QLabel(self.tr("Foreslåtte overføringer regnet på en kopi av registeret i minnet: "
                             "hver enhet før og etter. Ingenting lagres i registeret."))
        sub.setObjectName("sectionSubheading")
        sub.setWordWrap(True)

        self.preset = QComboBox()
        self.preset.setObjectName("filterCombo")
        self.preset.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for key, label in PRESETS.items():
            self.preset.addItem(label, key)
        self.bydel = QComboBox()
        self.bydel.setObjectName("filterCombo")
        for code, name in self.ctx.districts:
            self.bydel.addItem(name, code)
        alna = self.bydel.findData("030112")
        self.bydel.setCurrentIndex(max(alna, 0))
        self.date_edit = QDateEdit(QDate(date.today().year + 1, 1, 1))
        self.date_edit.setDisplayFormat("dd.MM.yyyy")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setToolTip(self.tr("Datoen overføringene gjelder fra"))
        self.run_button = QPushButton(self.tr("Beregn"))
        self.run_button.setObjectName("primaryButton")
        self.open_button = QPushButton(self.tr("Åpne scenariofil …"))
        self.pdf_button = QPushButton(self.tr("Lagre som PDF …"))
        self.pdf_button.setEnabled(False)

        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(heading)
        titles.addWidget(sub)
        head.addLayout(titles, 1)
        head.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.pdf_button, 0, Qt.AlignmentFlag.AlignTop)
        return head

    def _build_bar(self) -> QHBoxLayout:
        """Preset, bydel, Fra and Beregn in one row."""
        self.preset.setToolTip(self.tr("Forhåndsvalg: forslagene i Velferdsetatens innspill"))
        self.bydel.setToolTip(self.tr("Bydelen som overtar Velferdsetatens boliger"))
        when = QLabel(self.tr("Fra:"))
        when.setToolTip(self.tr("Datoen overføringene gjelder fra"))
        bar = QHBoxLayout()
        bar.addWidget(self.preset)
        bar.addWidget(self.bydel)
        bar.addSpacing(8)
        bar.addWidget(when)
        bar.addWidget(self.date_edit)
        bar.addWidget(self.run_button)
        bar.addStretch(1)
        return bar

    def _build_tabs(self) -> None:
        """Tabell (each unit before → after, with the legend) and Diagram."""
        self.table = QTableWidget(0, 1 + len(FIGURES))
        self.table.setHorizontalHeaderLabels([self.tr("Enhet"),
                                              *(FIGURE_LABELS[f] for f in FIGURES)])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(22)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(70)
        self.legend = QLabel(self.tr("Hver celle: før → etter (uthevet der scenarioet endrer "
                                     "tallet). Innleie/år: avtalenes månedsleie × 12; husleie/år: "
                                     "boligenes husleie × 12."))
        self.legend.setObjectName("sectionSubheading")
        self.legend.setWordWrap(True)
        table_page = QWidget()
        tl = QVBoxLayout(table_page)
        tl.setContentsMargins(0, 6, 0, 0)
        tl.addWidget(self.table, 1)
        tl.addWidget(self.legend)

        self.charts_host = QWidget()
        self.charts_layout = QHBoxLayout(self.charts_host)
        self.charts_layout.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.charts: list[QSvgWidget] = []
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.charts_host)
        scroll.setStyleSheet("QScrollArea { background: white; border: none; }")

        self.tabs = QTabWidget()
        self.tabs.addTab(table_page, self.tr("Tabell"))
        self.tabs.addTab(scroll, self.tr("Diagram"))

    def _connect_signals(self) -> None:
        self.preset.currentIndexChanged.connect(lambda _i: self._preset_changed())
        self.run_button.clicked.connect(self.run_preset)
        self.open_button.clicked.connect(self.open_file)
        self.pdf_button.clicked.connect(lambda: self.save_pdf())

    # --- Section ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """A register change makes a shown result old: it is computed again."""
        if self.scenario is not None and self.result is not None and not self.running:
            self.run(self.scenario)

    # --- choosing a scenario ------------------------------------------------------------
    def _preset_changed(self) -> None:
        self.bydel.setVisible(self.preset.currentData() == PRESET_VELFERDSETATEN)

    def preset_scenario(self) -> dict[str, Any]:
        d = self.date_edit.date()
        key = str(self.preset.currentData())
        code = self.bydel.currentData() if key == PRESET_VELFERDSETATEN else None
        return preset_scenario(key, bydel=code,
                               bydel_name=self.tr("Bydel {name}").format(
                                   name=self.bydel.currentText()),
                               effective=date(d.year(), d.month(), d.day()))

    def run_preset(self) -> None:
        try:
            self.run(self.preset_scenario())
        except BoligregError as exc:
            show_error(self, self.tr("Scenario"), exc)

    def open_file(self, path: str | Path | None = None) -> None:
        """Read a scenario file (asked for when ``path`` is None) and compute it."""
        if path is None:
            shown = self.ctx.register.path
            start = str(shown.parent) if shown else str(Path.home())
            chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Åpne scenariofil"), start,
                                                    self.tr("Scenario (*.json);;Alle filer (*)"))
            if not chosen:
                return
            path = chosen
        try:
            scenario = read_scenario(path)
        except BoligregError as exc:
            show_error(self, self.tr("Scenario"), exc)
            return
        self.run(scenario)

    # --- computing ---------------------------------------------------------------------
    def run(self, scenario: dict[str, Any]) -> None:
        """Compute ``scenario`` on a memory copy of the register, off the UI thread."""
        db = self.ctx.register
        if db.path is None or db.is_encrypted:
            show_error(self, self.tr("Scenario"), BoligregError(
                "Scenario regnes på en lokal, ukryptert registerfil; denne databasen er "
                + ("sentraldatabasen." if db.path is None else "kryptert."),
                "Scenarios run on a local, unencrypted register file."))
            return
        self._generation += 1
        generation = self._generation
        self.running = True
        self.run_button.setEnabled(False)
        self.name_label.setText(self.tr("Beregner «{name}» …").format(
            name=scenario.get("name") or self.tr("Scenario")))
        path = db.path

        def work(progress: Any, cancelled: Any) -> ScenarioResult:
            progress(10, self.tr("Kopierer registeret til minnet og gjør overføringene …"))
            result = run_scenario(path, scenario)
            if cancelled():  # Avbryt: the copy is thrown away, the shown result stays
                raise CancelledError("Avbrutt.", "Cancelled.")
            return result

        def done(result: ScenarioResult) -> None:
            if generation == self._generation:
                self.scenario = scenario  # what a change in the register computes again
                self.show_result(result)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.name_label.setText(self.tr("Scenarioet kunne ikke beregnes."))
                show_error(self, self.tr("Scenario"), exc)

        def finished() -> None:  # success, error or Avbryt
            if generation == self._generation:
                self.running = False
                self.run_button.setEnabled(True)
                if self.result is None and self.name_label.property("text") != self.tr(
                        "Scenarioet kunne ikke beregnes."):
                    self.name_label.setText(
                        self.tr("Avbrutt. Velg et forhåndsvalg og trykk «Beregn»."))
                elif self.result is not None:
                    self._show_heading(self.result)

        job = run_job(self, self.tr("Beregner scenarioet"), work, done, failed)
        job.done.connect(finished)

    def _show_heading(self, result: ScenarioResult) -> None:
        self.name_label.setText(self.tr("{name} – gjelder fra {date}").format(
            name=result.name, date=formats.date(result.effective)))

    def show_result(self, result: ScenarioResult) -> None:
        self.result = result
        self.pdf_button.setEnabled(True)
        self._show_heading(result)
        self.description_label.setText(result.description)
        self.description_label.setVisible(bool(result.description))
        self.moved_label.setText("   ".join(result.moved)
                                 + "   ·   " + self.tr("Ingenting er lagret i registeret."))
        self.table.setRowCount(len(result.units))
        bold = QFont(self.table.font())
        bold.setBold(True)
        for row, u in enumerate(result.units):
            self.table.setItem(row, 0, QTableWidgetItem(u.name))
            for col, f in enumerate(FIGURES, start=1):
                b, a = u.before[f], u.after[f]
                item = QTableWidgetItem(fmt_fig(b) if a == b
                                        else f"{fmt_fig(b)} → {fmt_fig(a)}")
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setToolTip(self.tr("{figure}: før {before}, etter {after}").format(
                    figure=FIGURE_LABELS[f], before=fmt_fig(b), after=fmt_fig(a)))
                if a != b:
                    item.setFont(bold)
                    item.setForeground(QBrush(CHANGED))
                self.table.setItem(row, col, item)
        self._show_charts(result)

    def _show_charts(self, result: ScenarioResult) -> None:
        from ...reports.charts import drawing_to_svg
        from ...reports.scenario_pdf import before_after_chart, chart_figures

        for chart in self.charts:
            chart.deleteLater()
        self.charts = []
        for f in chart_figures(result):
            drawing = before_after_chart(result, f, width=CHART_WIDTH)
            widget = QSvgWidget()
            widget.load(QByteArray(drawing_to_svg(drawing)))
            widget.setFixedSize(int(drawing.width * CHART_SCALE),
                                int(drawing.height * CHART_SCALE))
            widget.setProperty("figure", f)
            self.charts_layout.addWidget(widget)
            self.charts.append(widget)

    # --- on paper -----------------------------------------------------------------------
    def save_pdf(self, path: Path | None = None, *, overwrite: bool = False) -> None:
        """The result as PDF (the file dialog asks before replacing; ``path`` given: no
        dialog, ``overwrite`` as said)."""
        from ...reports.scenario_pdf import render_scenario_pdf  # lazy: reportlab

        result = self.result
        if result is None:
            return
        if path is None:
            path = ask_pdf_path(self, self.tr("Lagre scenarioet som PDF"),
                                self.tr("scenario.pdf"))
            if path is None:
                return
            overwrite = True
        protect = [self.ctx.register.path]
        try:
            check_output(path, overwrite=overwrite, protect=protect)
        except BoligregError as exc:
            show_error(self, self.tr("Lagre som PDF"), exc)
            return
        target = path

        def done(pdf: bytes) -> None:
            try:
                write_output(target, lambda tmp: tmp.write_bytes(pdf), overwrite=overwrite,
                             protect=protect)
            except BoligregError as exc:
                show_error(self, self.tr("Lagre som PDF"), exc)
                return
            bar = getattr(self.window(), "statusBar", None)
            if callable(bar):
                bar().showMessage(self.tr("Lagret {path}").format(path=target), 8000)

        run_job(self, self.tr("Lager PDF av scenarioet"),
                lambda _p, _c: render_scenario_pdf(result),
                done, lambda exc: show_error(self, self.tr("Lagre som PDF"), exc))
