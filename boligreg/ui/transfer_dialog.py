"""Overføringer in the window: "Overfør til …" on a selection of dwellings or agreements, or
all of a unit's, with the preview first and one action; "Angre overføring …" from a list of
the transfers made. Everything goes through ``services.transfers`` (no SQL here): the preview
and the move run off the UI thread (``run_job``), and the tables reload afterwards.

The window installs the menu with one call (``install_transfers``); the Boliger and Avtaler
sections put "Overfør til …" in their right-click menu (``TransferDialog.for_selection``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ..errors import BoligregError
from ..services.transfers import (
    TransferPreview,
    TransferSummary,
    apply_transfer,
    list_transfers,
    preview_transfer,
    undo_transfer,
    units_of,
)
from ..services.units import UnitRow, list_units
from .messages import confirm, error_message, show_error
from .qtutil import text_of
from .widgets.style import SECTION_STYLE
from .workers import run_job

if TYPE_CHECKING:
    from .context import AppState

WHAT_NB = {"dwellings": ("bolig", "boliger"), "agreements": ("avtale", "avtaler")}
PLACEHOLDER_REF = "(saksnummer)"  # the preview before a case reference is typed


def kr(value: float) -> str:
    return f"{value:,.0f}".replace(",", "\u00a0") + "\u00a0kr"


def _arrow(before: float, after: float, money: bool = False) -> str:
    f = kr if money else (lambda v: f"{v:,.0f}".replace(",", "\u00a0"))
    return f(before) if before == after else f"{f(before)} → {f(after)}"


class TransferDialog(QDialog):
    """Choose the receiving unit, the date and the case reference; see what moves; Overfør.

    ``ids`` given: exactly those records of ``from_unit`` (a selection). Otherwise the
    sending unit and what moves are chosen here, and all of that unit's records move.
    """

    def __init__(self, ctx: AppState, *, what: str = "agreements", from_unit: str | None = None,
                 ids: Sequence[str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ids = list(ids) if ids is not None else None
        self.preview: TransferPreview | None = None
        self.applied_reference: str | None = None
        self._generation = 0
        self.setWindowTitle("Overfør til …")
        self.setMinimumWidth(900)
        self.setStyleSheet(SECTION_STYLE)
        self.units: list[UnitRow] = ctx.register.read(list_units)
        names = {u.code: u.official_name for u in self.units}
        self.names = names

        layout = QVBoxLayout(self)
        if self.ids is not None:
            assert from_unit is not None
            n = len(self.ids)
            noun = WHAT_NB[what][0 if n == 1 else 1]
            intro = f"Overfør {n} {noun} fra {names.get(from_unit, from_unit)}."
        else:
            intro = ("Overfør alle boliger eller alle avtaler en enhet har i dag til en annen "
                     "enhet.")
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)

        form = QFormLayout()
        self.what_combo = QComboBox()
        self.what_combo.addItem("Avtaler (ansvarlig enhet)", "agreements")
        self.what_combo.addItem("Boliger (disponerende enhet)", "dwellings")
        self.what_combo.setCurrentIndex(self.what_combo.findData(what))
        self.from_combo = QComboBox()
        self.to_combo = QComboBox()
        for u in self.units:
            label = u.official_name if u.kind != "district" else f"{u.code[-2:]}  {u.name}"
            self.from_combo.addItem(label, u.code)
            self.to_combo.addItem(label, u.code)
        start = from_unit or ctx.scope or self.units[0].code
        self.from_combo.setCurrentIndex(max(self.from_combo.findData(start), 0))
        receiver = "boligbygg" if start != "boligbygg" else self.units[0].code
        self.to_combo.setCurrentIndex(max(self.to_combo.findData(receiver), 0))
        if self.ids is not None:
            self.what_combo.setEnabled(False)
            self.from_combo.setEnabled(False)
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setDisplayFormat("dd.MM.yyyy")
        self.date_edit.setCalendarPopup(True)
        self.reference = QLineEdit()
        self.reference.setPlaceholderText("Saksnummer, f.eks. 2026/4711 (påkrevd)")
        self.reference.setMaxLength(60)
        form.addRow("Hva:", self.what_combo)
        form.addRow("Fra enhet:", self.from_combo)
        form.addRow("Til enhet:", self.to_combo)
        form.addRow("Gjelder fra:", self.date_edit)
        form.addRow("Saksnummer:", self.reference)
        layout.addLayout(form)

        box = QGroupBox("Dette flyttes")
        grid = QGridLayout(box)
        self.count_labels: dict[str, QLabel] = {}
        for row, (key, label) in enumerate((
                ("dwellings", "Boliger"), ("agreements", "Avtaler"),
                ("maintenance", "Vedlikeholdsansvar"), ("open_findings", "Åpne avvik"),
                ("tenancies", "Løpende leieforhold"))):
            grid.addWidget(QLabel(label), row // 3, 2 * (row % 3))
            value = QLabel("–")
            value.setObjectName(f"count_{key}")
            value.setStyleSheet("font-weight: bold;")
            grid.addWidget(value, row // 3, 2 * (row % 3) + 1)
            self.count_labels[key] = value
        layout.addWidget(box)

        sums = QGroupBox("Hver side, før → etter")
        sgrid = QGridLayout(sums)
        for col, head in enumerate(("", "Enhet", "Boliger", "Avtaler", "Husleie/mnd",
                                    "Innleie/mnd")):
            h = QLabel(head)
            h.setStyleSheet("font-weight: bold;")
            sgrid.addWidget(h, 0, col)
        self.side_labels: dict[str, list[QLabel]] = {}
        for row, side in enumerate(("sender", "receiver"), start=1):
            sgrid.addWidget(QLabel("Avgiver" if side == "sender" else "Mottaker"), row, 0)
            cells = []
            for col in range(1, 6):
                cell = QLabel("–")
                cell.setObjectName(f"{side}_{col}")
                sgrid.addWidget(cell, row, col)
                cells.append(cell)
            self.side_labels[side] = cells
        layout.addWidget(sums)

        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setObjectName("transferMessage")
        layout.addWidget(self.message)
        self.note = QLabel("Overføringen lagres som én handling med saksnummeret på hver "
                           "endret post, og kan angres samlet (Overføringer → Angre "
                           "overføring …).")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #4a4f5c;")
        layout.addWidget(self.note)

        buttons = QDialogButtonBox()
        self.apply_button = QPushButton("Overfør")
        self.apply_button.setObjectName("primaryButton")
        self.apply_button.setEnabled(False)
        cancel = QPushButton("Avbryt")
        buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        self.apply_button.clicked.connect(self.apply)
        cancel.clicked.connect(self.reject)
        layout.addWidget(buttons)

        for combo in (self.what_combo, self.from_combo, self.to_combo):
            combo.currentIndexChanged.connect(lambda _i: self.refresh_preview())
        self.date_edit.dateChanged.connect(lambda _d: self.refresh_preview())
        self.reference.textChanged.connect(lambda _t: self._update_button())
        self.refresh_preview()

    # --- what the person chose ---------------------------------------------------------
    @property
    def what(self) -> str:
        return str(self.what_combo.currentData())

    @property
    def from_unit(self) -> str:
        return str(self.from_combo.currentData())

    @property
    def to_unit(self) -> str:
        return str(self.to_combo.currentData())

    @property
    def effective(self) -> date:
        d = self.date_edit.date()
        return date(d.year(), d.month(), d.day())

    def case_reference(self) -> str:
        return text_of(self.reference).strip()

    # --- the preview --------------------------------------------------------------------
    def refresh_preview(self) -> None:
        """Ask the service what would move (off the UI thread); the answer fills the labels."""
        self._generation += 1
        generation = self._generation
        self.preview = None
        self._update_button()
        self.message.setText("Beregner …")
        db, args = self.ctx.register, dict[str, Any](from_unit=self.from_unit, to_unit=self.to_unit,
                                     what=self.what, effective=self.effective,
                                     reference=self.case_reference() or PLACEHOLDER_REF,
                                     ids=self.ids)

        def job(_progress: Any, _cancel: Any) -> TransferPreview:
            return db.read(preview_transfer, **args)

        def done(p: TransferPreview) -> None:
            if generation == self._generation and isValid(self):
                self._show_preview(p)

        def failed(exc: BaseException) -> None:
            if generation == self._generation and isValid(self):
                self._show_preview(None, error_message(exc))

        run_job(self, "Forhåndsviser overføringen", job, done, failed, show_dialog=False)

    def _show_preview(self, p: TransferPreview | None, error: str = "") -> None:
        self.preview = p
        for key, label in self.count_labels.items():
            label.setText("–" if p is None else f"{p.counts[key]:,}".replace(",", "\u00a0"))
        for side, cells in self.side_labels.items():
            s = None if p is None else (p.sender if side == "sender" else p.receiver)
            values = ["–"] * 5 if s is None else [
                self.names.get(s.unit, s.unit),
                _arrow(s.dwellings_before, s.dwellings_after),
                _arrow(s.agreements_before, s.agreements_after),
                _arrow(s.tenant_rent_before, s.tenant_rent_after, True),
                _arrow(s.lease_cost_before, s.lease_cost_after, True)]
            for cell, value in zip(cells, values, strict=True):
                cell.setText(value)
        if p is None:
            self.message.setText(error)
            self.message.setStyleSheet("color: #b3261e;")
        else:
            self.message.setStyleSheet("")
            self.message.setText(self._summary(p))
        self._update_button()

    def _summary(self, p: TransferPreview) -> str:
        noun = WHAT_NB[p.what][0 if len(p.ids) == 1 else 1]
        text = (f"{len(p.ids)} {noun} flyttes fra {self.names.get(p.from_unit, p.from_unit)} "
                f"til {self.names.get(p.to_unit, p.to_unit)}, gjelder fra "
                f"{p.effective:%d.%m.%Y}.")
        if p.what == "agreements":
            text += " Boligene avtalene gjelder, disponeres fortsatt av samme enhet."
        return text

    def _update_button(self) -> None:
        ok = self.preview is not None and bool(self.case_reference())
        self.apply_button.setEnabled(ok)
        self.apply_button.setToolTip("" if ok else "Skriv inn saksnummeret først."
                                     if self.preview is not None else "")

    # --- the move -----------------------------------------------------------------------
    def apply(self) -> None:
        """Make the move shown (its records, the reference typed) in one transaction."""
        if self.preview is None:
            return
        reference = self.case_reference()
        if not reference:
            show_error(self, "Overfør", BoligregError(
                "Overføringen må ha et saksnummer.", "A transfer needs a case reference."))
            return
        p = dataclasses.replace(self.preview, reference=reference)
        db = self.ctx.register

        def done(_transfer_id: str) -> None:
            self.applied_reference = reference
            self.ctx.data_changed.emit()  # the tables and fact sheets reload
            owner = self.parentWidget()
            window = owner.window() if owner is not None else None
            bar = getattr(window, "statusBar", None)
            if callable(bar):
                bar().showMessage(f"Overført {len(p.ids)} {WHAT_NB[p.what][1]} under "
                                  f"saksnummer {reference}.", 10000)
            self.accept()

        run_job(self, "Overfører", lambda _p, _c: db.run(apply_transfer, p), done,
                lambda exc: show_error(self, "Overføringen ble ikke gjort", exc))

    @classmethod
    def for_selection(cls, ctx: AppState, what: str, ids: Sequence[str],
                      parent: QWidget | None = None) -> TransferDialog | None:
        """The dialog for the selected records, or None (said why) if they do not all
        belong to one unit."""
        noun = WHAT_NB[what][1]
        if not ids:
            show_error(parent, "Overfør til …", BoligregError(
                f"Velg {noun} i listen først (Ctrl/Shift+klikk for flere).",
                f"Select {what} in the list first."))
            return None
        holders = ctx.register.read(units_of, what, ids)
        if len(holders) != 1:
            names = {u.code: u.official_name for u in ctx.register.read(list_units)}
            listed = ", ".join(f"{names.get(c, c)} ({n})" for c, n in sorted(holders.items()))
            show_error(parent, "Overfør til …", BoligregError(
                f"Utvalget har {noun} fra flere enheter: {listed}. En overføring går fra én "
                "enhet; velg dem fra én enhet om gangen.",
                "The selection spans several units; transfer from one unit at a time."))
            return None
        return cls(ctx, what=what, from_unit=next(iter(holders)), ids=ids, parent=parent)


class UndoTransferDialog(QDialog):
    """The transfers made, newest first; the chosen one is moved back as a whole."""

    def __init__(self, ctx: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.undone: str | None = None
        self.setWindowTitle("Angre overføring")
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Velg overføringen som skal angres. Alle postene den flyttet, "
                                "flyttes tilbake i én handling."))
        self.list = QListWidget()
        self.transfers: list[TransferSummary] = ctx.register.read(list_transfers)
        self.names = {u.code: u.official_name for u in ctx.register.read(list_units)}
        for t in self.transfers:
            item = QListWidgetItem(t.label_nb(self.names))
            item.setData(Qt.ItemDataRole.UserRole, t.reference)
            if not t.undoable:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(item)
        if not self.transfers:
            empty = QListWidgetItem("Ingen overføringer er gjort ennå.")
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(empty)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox()
        self.undo_button = QPushButton("Angre overføringen")
        self.undo_button.setEnabled(False)
        close = QPushButton("Lukk")
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        self.undo_button.clicked.connect(self.undo)
        close.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.list.currentItemChanged.connect(lambda cur, _p: self.undo_button.setEnabled(
            cur is not None and bool(cur.flags() & Qt.ItemFlag.ItemIsEnabled)))
        first = next((i for i, t in enumerate(self.transfers) if t.undoable), None)
        if first is not None:
            self.list.setCurrentRow(first)

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def undo(self, *, ask: bool = True) -> None:
        reference = self.chosen()
        if reference is None:
            return
        t = next(t for t in self.transfers if t.reference == reference)
        if ask and not confirm(self, "Angre overføring",
                               f"Flytte de {t.records} postene i {reference} tilbake fra "
                               f"{self.names.get(t.to_unit, t.to_unit)} til "
                               f"{self.names.get(t.from_unit, t.from_unit)}?",
                               "Angre overføringen"):
            return
        db = self.ctx.register

        def done(back: TransferPreview) -> None:
            self.undone = reference
            self.ctx.data_changed.emit()
            owner = self.parentWidget()
            window = owner.window() if owner is not None else None
            bar = getattr(window, "statusBar", None)
            if callable(bar):
                bar().showMessage(f"Angret {reference}: {len(back.ids)} poster tilbake.", 10000)
            self.accept()

        run_job(self, "Angrer overføringen", lambda _p, _c: db.run(undo_transfer, reference), done,
                lambda exc: show_error(self, "Overføringen ble ikke angret", exc))


class TransfersMenu:
    """Overføringer in the menu bar: on the selection, for a whole unit, undo."""

    def __init__(self, window: QMainWindow) -> None:
        self.window = window
        bar = window.menuBar()
        menu = QMenu("&Overføringer", bar)
        # before Hjelp, which stays last
        help_menu = next((a for a in bar.actions() if text_of(a).replace("&", "") == "Hjelp"),
                         None)
        if help_menu is not None:
            bar.insertMenu(help_menu, menu)
        else:
            bar.addMenu(menu)
        self.selection_action = QAction("Overfør &utvalgte til …", window)
        self.selection_action.setToolTip("De valgte boligene eller avtalene i listen")
        self.selection_action.triggered.connect(self.transfer_selection)
        self.unit_action = QAction("Overfør &alle avtaler/boliger for enheten …", window)
        self.unit_action.triggered.connect(self.transfer_unit)
        self.undo_action = QAction("&Angre overføring …", window)
        self.undo_action.triggered.connect(self.undo)
        for action in (self.selection_action, self.unit_action, None, self.undo_action):
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        self.menu = menu
        self.dialog: QDialog | None = None  # the last one opened (tests look at it)

    def transfer_selection(self) -> None:
        section = self.window.current_section()  # type: ignore[attr-defined]
        transfer = getattr(section, "transfer_selection", None)
        if not callable(transfer):
            show_error(self.window, "Overfør til …", BoligregError(
                "Velg boliger i Boliger eller avtaler i Avtaler først, eller bruk «Overfør "
                "alle avtaler/boliger for enheten …».", "Select dwellings or agreements first."))
            return
        transfer()

    def transfer_unit(self) -> None:
        ctx = self.window.ctx  # type: ignore[attr-defined]
        self.dialog = TransferDialog(ctx, parent=self.window)
        self.dialog.open()

    def undo(self) -> None:
        ctx = self.window.ctx  # type: ignore[attr-defined]
        self.dialog = UndoTransferDialog(ctx, parent=self.window)
        self.dialog.open()


def open_for_selection(section: Any, what: str) -> TransferDialog | None:
    """The Boliger/Avtaler section's "Overfør til …": the selected rows' records."""
    ids = [i for i in (section.model.row_id(r) for r in section.table.selected_rows()) if i]
    dialog = TransferDialog.for_selection(section.ctx, what, ids, section)
    if dialog is not None:
        dialog.open()
        window = section.window()
        menu = getattr(window, "transfers", None)
        if menu is not None:
            menu.dialog = dialog
    return dialog


def install_transfers(window: QMainWindow) -> TransfersMenu:
    """Attach the Overføringer menu to ``window``."""
    return TransfersMenu(window)
