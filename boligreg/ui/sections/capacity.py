"""Ledig kapasitet i hele byen (issue 14 item 5): vacant and soon-vacant dwellings across every
unit, grouped by rooms, wheelchair accessibility and target group, with days empty; filters
and "Lagre som Excel". Loaded off the UI thread (services/capacity.py does the counting)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ... import formats
from ...i18n import QT_TRANSLATE_NOOP
from ...safefiles import write_output
from ...services.capacity import (
    DEFAULT_DAYS,
    MAX_DAYS,
    REASON_LABELS,
    ROOM_KEYS,
    ROOM_LABELS,
    STATE_LABELS,
    Capacity,
    capacity_for,
    write_capacity_xlsx,
)
from ...services.enums import TargetGroup, enum_label
from ...services.units import list_units
from ..context import AppState
from ..messages import error_message
from ..workers import Job, run_job
from .base import Section


def _days(x: float | None) -> str:
    if x is None:
        return "–"
    return str(int(x)) if float(x).is_integer() else f"{x:.1f}".replace(".", ",")


def _int(n: int) -> str:
    return f"{n:,}".replace(",", "\u202f")


class _Item(QTableWidgetItem):
    """A cell that sorts by its value (numbers as numbers, '–' last)."""

    def __init__(self, text: str, key: Any = None) -> None:
        super().__init__(text)
        self.key = text.casefold() if key is None else key

    def __lt__(self, other: QTableWidgetItem) -> bool:
        a, b = self.key, getattr(other, "key", None)
        if isinstance(a, int | float) and isinstance(b, int | float):
            return a < b
        if isinstance(a, int | float) != isinstance(b, int | float):
            return isinstance(a, int | float)  # values before "–"
        return str(a) < str(b)


def _num(value: int | float | None, text: str | None = None) -> _Item:
    item = _Item(text if text is not None else ("–" if value is None else _days(value)),
                 float("inf") if value is None else value)
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _tip(value: str) -> QTableWidgetItem:
    """A cell with its whole text as its tooltip (a long list in a narrow column)."""
    item = _Item(value)
    item.setToolTip(value)
    return item


def _table(headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setAlternatingRowColors(True)
    t.verticalHeader().setVisible(False)
    t.verticalHeader().setDefaultSectionSize(24)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    t.horizontalHeader().setStretchLastSection(True)
    t.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
    return t


def _fill(table: QTableWidget, rows: list[list[QTableWidgetItem]]) -> None:
    table.setSortingEnabled(False)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, item in enumerate(row):
            table.setItem(r, c, item)
    table.setSortingEnabled(True)
    table.resizeColumnsToContents()


class CapacitySection(Section):
    key = "capacity"
    title = QT_TRANSLATE_NOOP("Section", "Ledig kapasitet")

    loaded = Signal(object)  # the Capacity shown (tests wait on it)
    exported = Signal(str)

    # Column headers (translated where the tables are made).
    GROUP_HEADERS = [
        QT_TRANSLATE_NOOP("CapacitySection", "Rom"),
        QT_TRANSLATE_NOOP("CapacitySection", "Rullestol"),
        QT_TRANSLATE_NOOP("CapacitySection", "Målgruppe"),
        QT_TRANSLATE_NOOP("CapacitySection", "Ledig nå"),
        QT_TRANSLATE_NOOP("CapacitySection", "Snart ledig"),
        QT_TRANSLATE_NOOP("CapacitySection", "I alt"),
        QT_TRANSLATE_NOOP("CapacitySection", "Median dager"),
        QT_TRANSLATE_NOOP("CapacitySection", "Lengst dager"),
        QT_TRANSLATE_NOOP("CapacitySection", "Uten dato"),
        QT_TRANSLATE_NOOP("CapacitySection", "Per enhet"),
    ]
    UNIT_HEADERS = [
        QT_TRANSLATE_NOOP("CapacitySection", "Disponeres av"),
        QT_TRANSLATE_NOOP("CapacitySection", "Ledig nå"),
        QT_TRANSLATE_NOOP("CapacitySection", "Snart ledig"),
        QT_TRANSLATE_NOOP("CapacitySection", "Median dager"),
        QT_TRANSLATE_NOOP("CapacitySection", "Lengst dager"),
        QT_TRANSLATE_NOOP("CapacitySection", "Uten dato"),
    ]
    DWELLING_HEADERS = [
        QT_TRANSLATE_NOOP("CapacitySection", "Tilstand"),
        QT_TRANSLATE_NOOP("CapacitySection", "Disponeres av"),
        QT_TRANSLATE_NOOP("CapacitySection", "Ligger i"),
        QT_TRANSLATE_NOOP("CapacitySection", "Adresse"),
        QT_TRANSLATE_NOOP("CapacitySection", "Bolignr"),
        QT_TRANSLATE_NOOP("CapacitySection", "Rom"),
        QT_TRANSLATE_NOOP("CapacitySection", "Rullestol"),
        QT_TRANSLATE_NOOP("CapacitySection", "Målgruppe"),
        QT_TRANSLATE_NOOP("CapacitySection", "Ledig fra"),
        QT_TRANSLATE_NOOP("CapacitySection", "Dager ledig"),
        QT_TRANSLATE_NOOP("CapacitySection", "Grunn"),
    ]

    def __init__(self, ctx: AppState, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.capacity: Capacity | None = None
        self._job: Job | None = None
        self._generation = 0  # the latest count asked for: an older one arriving late is dropped
        self._build_view()
        self._connect_signals()

    # -- view ----------------------------------------------------------------------------------
    def _build_view(self) -> None:
        heading = QLabel(self.tr("Ledig kapasitet i hele byen"))
        heading.setObjectName("sectionHeading")
        sub = QLabel(
            self.tr("Ledige og snart ledige boliger i alle enheter – de 15 bydelene og de sentrale "
            "enhetene – etter antall rom, rullestoltilgjengelighet og målgruppe. Talt etter "
            "disponerende enhet, for hele byen uansett valgt bydel. Snart ledig: leieforholdet "
            "slutter eller registrert ledig-dato faller innen valgt antall dager. Boliger som "
            "brukes til annet enn bolig er ikke med."))
        sub.setObjectName("sectionSubheading")
        sub.setWordWrap(True)
        filters, checks = self._build_filters()

        self.summary = QLabel()
        self.summary.setObjectName("capacitySummary")
        self.summary.setStyleSheet("font-size: 14px; color: #2a2859;")
        self.summary.setWordWrap(True)
        self.groups = _table([self.tr(h) for h in self.GROUP_HEADERS])
        self.units = _table([self.tr(h) for h in self.UNIT_HEADERS])
        self.dwellings = _table([self.tr(h) for h in self.DWELLING_HEADERS])
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.groups, self.tr("Grupper"))
        self.tabs.addTab(self.units, self.tr("Per enhet"))
        self.tabs.addTab(self.dwellings, self.tr("Boliger"))
        self.footnote = QLabel()
        self.footnote.setObjectName("footnote")
        self.footnote.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 12)
        layout.setSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(sub)
        layout.addLayout(filters)
        layout.addLayout(checks)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.footnote)

    def _build_filters(self) -> tuple[QHBoxLayout, QHBoxLayout]:
        """The row of choices (days, unit, target group, rooms) and the row of checks with
        Lagre som Excel."""
        self.days = QSpinBox()
        self.days.setRange(0, MAX_DAYS)
        self.days.setValue(DEFAULT_DAYS)
        self.days.setSuffix(self.tr(" dager"))
        self.days.setToolTip(self.tr("Hvor langt fram «snart ledig» ser"))
        self.unit = QComboBox()
        self.unit.addItem(self.tr("Alle enheter"), "")
        self.target = QComboBox()
        self.target.addItem(self.tr("Alle målgrupper"), "")
        for t in TargetGroup:
            self.target.addItem(enum_label(t), t.value)
        self.min_rooms = QSpinBox()
        self.min_rooms.setRange(0, 10)
        self.min_rooms.setSpecialValueText(self.tr("alle"))
        self.min_rooms.setToolTip(self.tr("Minst så mange rom (alle: ingen grense)"))
        self.wheelchair = QCheckBox(self.tr("Bare rullestoltilgjengelige"))
        self.include_soon = QCheckBox(self.tr("Ta med snart ledige"))
        self.include_soon.setChecked(True)
        self.save_button = QPushButton(self.tr("Lagre som Excel …"))
        self.unit.setMinimumWidth(170)
        self.target.setMinimumWidth(190)
        self.days.setMinimumWidth(100)
        filters = QHBoxLayout()
        for label, widget in ((self.tr("Snart ledig innen"), self.days),
                              (self.tr("Enhet"), self.unit), (self.tr("Målgruppe"), self.target),
                              (self.tr("Minst rom"), self.min_rooms)):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget)
            filters.addSpacing(8)
        filters.addStretch(1)
        checks = QHBoxLayout()
        checks.addWidget(self.wheelchair)
        checks.addSpacing(12)
        checks.addWidget(self.include_soon)
        checks.addStretch(1)
        checks.addWidget(self.save_button)
        return filters, checks

    def _connect_signals(self) -> None:
        self.save_button.clicked.connect(self._ask_save)
        for w in (self.days, self.min_rooms):
            w.valueChanged.connect(lambda _v: self.reload())
        for c in (self.unit, self.target):
            c.currentIndexChanged.connect(lambda _i: self.reload())
        for b in (self.wheelchair, self.include_soon):
            b.toggled.connect(lambda _b: self.reload())

    # -- loading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        current = self.unit.currentData()
        self.unit.blockSignals(True)
        self.unit.clear()
        self.unit.addItem(self.tr("Alle enheter"), "")
        for u in self.ctx.register.read(list_units):
            self.unit.addItem(u.name, u.code)
        i = self.unit.findData(current or "")
        self.unit.setCurrentIndex(max(i, 0))
        self.unit.blockSignals(False)
        self.reload()

    def filters(self) -> dict[str, Any]:
        unit = self.unit.currentData()
        return {"days": self.days.value(), "units": [unit] if unit else None,
                "target_group": self.target.currentData() or None,
                "wheelchair_only": self.wheelchair.isChecked(),
                "min_rooms": self.min_rooms.value() or None,
                "include_soon": self.include_soon.isChecked()}

    def reload(self) -> Job:
        """Count off the UI thread with the filters as set; the tables fill when it is done."""
        db, kwargs = self.ctx.register, self.filters()
        self._generation += 1
        generation = self._generation

        def work(progress: Any, cancel: Any) -> Capacity:
            return db.run(capacity_for, **kwargs)

        def shown(cap: Capacity) -> None:
            if generation == self._generation:  # filters changed meanwhile: a newer count comes
                self._show(cap)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.summary.setText(self.tr("Kunne ikke telle ledig kapasitet: {error}").format(
                    error=error_message(exc)))

        self._job = run_job(self, self.tr("Teller ledig kapasitet"), work, shown, failed,
                            show_dialog=False)
        return self._job

    def _show(self, cap: Capacity) -> None:
        self.capacity = cap
        names = {u.code: u.name for u in cap.units}
        days_text = (self.tr("median {median} dager ledig, lengst {longest}").format(
            median=_days(cap.median_days_empty), longest=_days(cap.max_days_empty))
            if cap.median_days_empty is not None else self.tr("ledighetstid ukjent"))
        soon = (self.tr("<b>{n}</b> snart ledige (innen {days} dager, til {date})").format(
            n=_int(cap.soon), days=cap.days, date=formats.date(cap.until))
            if self.include_soon.isChecked() else self.tr("snart ledige er ikke tatt med"))
        self.summary.setText(
            self.tr("<b>{n}</b> ledige nå ({days}), {soon} – i {units} enheter og {groups} "
                    "grupper.").format(n=_int(cap.vacant), days=days_text, soon=soon,
                                       units=len(cap.units), groups=len(cap.groups)))
        yes, no = self.tr("Ja"), self.tr("Nei")
        _fill(self.groups, [[
            _Item(ROOM_LABELS[g.rooms_key], ROOM_KEYS.index(g.rooms_key)),
            _Item(yes if g.wheelchair_accessible else no),
            _Item(enum_label(g.target_group, TargetGroup)),
            _num(g.vacant), _num(g.soon), _num(g.total), _num(g.median_days_empty),
            _num(g.max_days_empty), _num(g.days_unknown),
            _tip(", ".join(f"{names.get(c, c)} {n}" for c, n in g.by_unit.items())),
        ] for g in cap.groups])
        _fill(self.units, [[
            _Item(self.tr("{name} (sentral enhet)").format(name=u.name) if u.central
                  else u.name),
            _num(u.vacant), _num(u.soon), _num(u.median_days_empty), _num(u.max_days_empty),
            _num(u.days_unknown),
        ] for u in cap.units])
        _fill(self.dwellings, [[
            _Item(STATE_LABELS[d.state]), _Item(d.unit_name), _Item(d.location_name),
            _Item(d.address), _Item(d.unit_number),
            _num(d.rooms, "–" if d.rooms is None else str(d.rooms)),
            _Item(yes if d.wheelchair_accessible else no),
            _Item(enum_label(d.target_group, TargetGroup)),
            _Item(formats.date(d.available_from) if d.available_from else "–",
                  d.available_from.isoformat() if d.available_from else "9999"),
            _num(d.days_empty, "–" if d.days_empty is None else _int(d.days_empty)),
            _Item(REASON_LABELS[d.reason]),
        ] for d in cap.dwellings])
        left_out = (" " + self.tr("{n} ledige boliger brukes ikke som bolig og er ikke "
                                  "med.").format(n=_int(cap.not_housing_vacant))
                    if cap.not_housing_vacant else "")
        demo = " " + self.tr("DEMODATA – syntetiske tall.") if cap.demo else ""
        self.footnote.setText(
            self.tr("Per {date}. Dager ledig: fra registrert ledig-dato til i dag; median og "
                    "lengste over ledige boliger med dato.").format(date=formats.date(cap.today))
            + left_out + demo)
        self.loaded.emit(cap)

    # -- export --------------------------------------------------------------------------------
    def _ask_save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Lagre ledig kapasitet"),
                                              self.tr("ledig-kapasitet.xlsx"),
                                              self.tr("Excel-arbeidsbok (*.xlsx)"))
        if path:  # the save dialog has asked before an existing file is replaced
            self.save_xlsx(Path(path), overwrite=True)

    def save_xlsx(self, path: Path, *, overwrite: bool = False) -> Job | None:
        """What the view shows (with its filters) to an xlsx file, in the background."""
        cap = self.capacity
        if cap is None:
            return None
        protect = [self.ctx.register.path]

        def work(progress: Any, cancel: Any) -> str:
            progress(20, self.tr("Skriver Excel-fil"))
            write_output(path, lambda tmp: write_capacity_xlsx(cap, tmp), overwrite=overwrite,
                         protect=protect)
            return str(path)

        def done(saved: str) -> None:
            window = self.window()
            bar = getattr(window, "statusBar", None)
            if callable(bar):
                bar().showMessage(self.tr("Lagret {path}").format(path=saved), 8000)
            self.exported.emit(saved)

        return run_job(self, self.tr("Lagrer ledig kapasitet"), work, done)
