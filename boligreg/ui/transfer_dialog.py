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

from .. import formats
from ..errors import BoligregError
from ..i18n import QT_TRANSLATE_NOOP, plural, translate
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

# "{n} bolig" / "{n} boliger": what moves, counted (boligreg.i18n.plural).
COUNTED = {"dwellings": (QT_TRANSLATE_NOOP("Transfers", "{n} bolig"),
                         QT_TRANSLATE_NOOP("Transfers", "{n} boliger")),
           "agreements": (QT_TRANSLATE_NOOP("Transfers", "{n} avtale"),
                          QT_TRANSLATE_NOOP("Transfers", "{n} avtaler"))}
PLURAL_NOUN = {"dwellings": QT_TRANSLATE_NOOP("Transfers", "boliger"),
               "agreements": QT_TRANSLATE_NOOP("Transfers", "avtaler")}
AGREEMENTS, DWELLINGS = "agreements", "dwellings"  # what moves (the service's words)
PLACEHOLDER_REF = "(saksnummer)"  # the preview before a case reference is typed (not shown)


def counted(what: str, n: int) -> str:
    """«3 boliger», «1 avtale» in the window's language."""
    one, many = COUNTED[what]
    return plural(n, "Transfers", one, many).format(n=formats.integer(n))


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
        self.setWindowTitle(translate("Transfers", "Overfør til …"))
        self.setMinimumWidth(900)
        self.setStyleSheet(SECTION_STYLE)
        self.units: list[UnitRow] = ctx.register.read(list_units)
        names = {u.code: u.official_name for u in self.units}
        self.names = names

        layout = QVBoxLayout(self)
        self._build_choices(layout, what, from_unit)
        layout.addWidget(self._build_counts())
        layout.addWidget(self._build_sides())
        self._build_footer(layout)
        self._connect_signals()
        self.refresh_preview()

    # --- view ----------------------------------------------------------------------------
    def _build_choices(self, layout: QVBoxLayout, what: str, from_unit: str | None) -> None:
        """The intro and the form: what moves, from and to which unit, when, Saksnummer."""
        names = self.names
        if self.ids is not None:
            assert from_unit is not None
            intro = translate("Transfers", "Overfør {what} fra {unit}.").format(
                what=counted(what, len(self.ids)), unit=names.get(from_unit, from_unit))
        else:
            intro = translate("Transfers", "Overfør alle boliger eller alle avtaler en enhet "
                              "har i dag til en annen enhet.")
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)

        form = QFormLayout()
        self.what_combo = QComboBox()
        self.what_combo.addItem(translate("Transfers", "Avtaler (ansvarlig enhet)"), AGREEMENTS)
        self.what_combo.addItem(translate("Transfers", "Boliger (disponerende enhet)"), DWELLINGS)
        self.what_combo.setCurrentIndex(self.what_combo.findData(what))
        self.from_combo = QComboBox()
        self.to_combo = QComboBox()
        for u in self.units:
            label = u.official_name if u.kind != "district" else f"{u.code[-2:]}  {u.name}"
            self.from_combo.addItem(label, u.code)
            self.to_combo.addItem(label, u.code)
        start = from_unit or self.ctx.scope or self.units[0].code
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
        self.reference.setPlaceholderText(translate(
            "Transfers", "Saksnummer, f.eks. 2026/4711 (påkrevd)"))
        self.reference.setMaxLength(60)
        form.addRow(translate("Transfers", "Hva:"), self.what_combo)
        form.addRow(translate("Transfers", "Fra enhet:"), self.from_combo)
        form.addRow(translate("Transfers", "Til enhet:"), self.to_combo)
        form.addRow(translate("Transfers", "Gjelder fra:"), self.date_edit)
        form.addRow(translate("Transfers", "Saksnummer:"), self.reference)
        layout.addLayout(form)

    def _build_counts(self) -> QGroupBox:
        """Dette flyttes: how many records of each kind move."""
        box = QGroupBox(translate("Transfers", "Dette flyttes"))
        grid = QGridLayout(box)
        self.count_labels: dict[str, QLabel] = {}
        for row, (key, label) in enumerate((
                ("dwellings", QT_TRANSLATE_NOOP("Transfers", "Boliger")),
                ("agreements", QT_TRANSLATE_NOOP("Transfers", "Avtaler")),
                ("maintenance", QT_TRANSLATE_NOOP("Transfers", "Vedlikeholdsansvar")),
                ("open_findings", QT_TRANSLATE_NOOP("Transfers", "Åpne avvik")),
                ("tenancies", QT_TRANSLATE_NOOP("Transfers", "Løpende leieforhold")))):
            grid.addWidget(QLabel(translate("Transfers", label)), row // 3, 2 * (row % 3))
            value = QLabel("–")
            value.setObjectName(f"count_{key}")
            value.setStyleSheet("font-weight: bold;")
            grid.addWidget(value, row // 3, 2 * (row % 3) + 1)
            self.count_labels[key] = value
        return box

    def _build_sides(self) -> QGroupBox:
        """Hver side, før → etter: the sender's and the receiver's sums."""
        sums = QGroupBox(translate("Transfers", "Hver side, før → etter"))
        sgrid = QGridLayout(sums)
        for col, head in enumerate(("", QT_TRANSLATE_NOOP("Transfers", "Enhet"),
                                    QT_TRANSLATE_NOOP("Transfers", "Boliger"),
                                    QT_TRANSLATE_NOOP("Transfers", "Avtaler"),
                                    QT_TRANSLATE_NOOP("Transfers", "Husleie/mnd"),
                                    QT_TRANSLATE_NOOP("Transfers", "Innleie/mnd"))):
            h = QLabel(translate("Transfers", head) if head else "")
            h.setStyleSheet("font-weight: bold;")
            sgrid.addWidget(h, 0, col)
        self.side_labels: dict[str, list[QLabel]] = {}
        for row, side in enumerate(("sender", "receiver"), start=1):
            sgrid.addWidget(QLabel(translate("Transfers", "Avgiver") if side == "sender"
                                   else translate("Transfers", "Mottaker")), row, 0)
            cells = []
            for col in range(1, 6):
                cell = QLabel("–")
                cell.setObjectName(f"{side}_{col}")
                sgrid.addWidget(cell, row, col)
                cells.append(cell)
            self.side_labels[side] = cells
        return sums

    def _build_footer(self, layout: QVBoxLayout) -> None:
        """The preview's message, the note on undoing, Overfør and Avbryt."""
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setObjectName("transferMessage")
        layout.addWidget(self.message)
        self.note = QLabel(translate(
            "Transfers", "Overføringen lagres som én handling med saksnummeret på hver endret "
            "post, og kan angres samlet (Overføringer → Angre overføring …)."))
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #4a4f5c;")
        layout.addWidget(self.note)

        buttons = QDialogButtonBox()
        self.apply_button = QPushButton(translate("Transfers", "Overfør"))
        self.apply_button.setObjectName("primaryButton")
        self.apply_button.setEnabled(False)
        self._cancel_button = QPushButton(translate("Transfers", "Avbryt"))
        buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self._cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout.addWidget(buttons)

    def _connect_signals(self) -> None:
        self.apply_button.clicked.connect(self.apply)
        self._cancel_button.clicked.connect(self.reject)
        for combo in (self.what_combo, self.from_combo, self.to_combo):
            combo.currentIndexChanged.connect(lambda _i: self.refresh_preview())
        self.date_edit.dateChanged.connect(lambda _d: self.refresh_preview())
        self.reference.textChanged.connect(lambda _t: self._update_button())

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
        self.message.setText(translate("Transfers", "Beregner …"))
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

        run_job(self, translate("Transfers", "Forhåndsviser overføringen"), job, done, failed,
                show_dialog=False)

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
        text = translate("Transfers", "{what} flyttes fra {sender} til {receiver}, gjelder fra "
                         "{day}.").format(what=counted(p.what, len(p.ids)),
                                          sender=self.names.get(p.from_unit, p.from_unit),
                                          receiver=self.names.get(p.to_unit, p.to_unit),
                                          day=formats.date(p.effective))
        if p.what == "agreements":
            text += " " + translate("Transfers", "Boligene avtalene gjelder, disponeres "
                                    "fortsatt av samme enhet.")
        return text

    def _update_button(self) -> None:
        ok = self.preview is not None and bool(self.case_reference())
        self.apply_button.setEnabled(ok)
        self.apply_button.setToolTip("" if ok else translate(
            "Transfers", "Skriv inn saksnummeret først.") if self.preview is not None else "")

    # --- the move -----------------------------------------------------------------------
    def apply(self) -> None:
        """Make the move shown (its records, the reference typed) in one transaction."""
        if self.preview is None:
            return
        reference = self.case_reference()
        if not reference:
            show_error(self, translate("Transfers", "Overfør"), BoligregError(
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
                bar().showMessage(translate(
                    "Transfers", "Overført {what} under saksnummer {reference}.").format(
                    what=counted(p.what, len(p.ids)), reference=reference), 10000)
            self.accept()

        run_job(self, translate("Transfers", "Overfører"), lambda _p, _c: db.run(apply_transfer, p),
                done, lambda exc: show_error(
                    self, translate("Transfers", "Overføringen ble ikke gjort"), exc))

    @classmethod
    def for_selection(cls, ctx: AppState, what: str, ids: Sequence[str],
                      parent: QWidget | None = None) -> TransferDialog | None:
        """The dialog for the selected records, or None (said why) if they do not all
        belong to one unit."""
        noun = PLURAL_NOUN[what]  # in the bokmål text; the English one names `what`
        if not ids:
            show_error(parent, translate("Transfers", "Overfør til …"), BoligregError(
                f"Velg {noun} i listen først (Ctrl/Shift+klikk for flere).",
                f"Select {what} in the list first."))
            return None
        holders = ctx.register.read(units_of, what, ids)
        if len(holders) != 1:
            names = {u.code: u.official_name for u in ctx.register.read(list_units)}
            listed = ", ".join(f"{names.get(c, c)} ({n})" for c, n in sorted(holders.items()))
            show_error(parent, translate("Transfers", "Overfør til …"), BoligregError(
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
        self.setWindowTitle(translate("Transfers", "Angre overføring"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate(
            "Transfers", "Velg overføringen som skal angres. Alle postene den flyttet, flyttes "
            "tilbake i én handling.")))
        self.list = QListWidget()
        self.transfers: list[TransferSummary] = ctx.register.read(list_transfers)
        self.names = {u.code: u.official_name for u in ctx.register.read(list_units)}
        for t in self.transfers:
            item = QListWidgetItem(t.label(self.names))
            item.setData(Qt.ItemDataRole.UserRole, t.reference)
            if not t.undoable:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(item)
        if not self.transfers:
            empty = QListWidgetItem(translate("Transfers", "Ingen overføringer er gjort ennå."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(empty)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox()
        self.undo_button = QPushButton(translate("Transfers", "Angre overføringen"))
        self.undo_button.setEnabled(False)
        close = QPushButton(translate("Transfers", "Lukk"))
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
        if ask and not confirm(self, translate("Transfers", "Angre overføring"),
                               translate("Transfers", "Flytte de {n} postene i {reference} "
                                         "tilbake fra {receiver} til {sender}?").format(
                                   n=formats.integer(t.records), reference=reference,
                                   receiver=self.names.get(t.to_unit, t.to_unit),
                                   sender=self.names.get(t.from_unit, t.from_unit)),
                               translate("Transfers", "Angre overføringen")):
            return
        db = self.ctx.register

        def done(back: TransferPreview) -> None:
            self.undone = reference
            self.ctx.data_changed.emit()
            owner = self.parentWidget()
            window = owner.window() if owner is not None else None
            bar = getattr(window, "statusBar", None)
            if callable(bar):
                bar().showMessage(translate(
                    "Transfers", "Angret {reference}: {n} poster tilbake.").format(
                    reference=reference, n=formats.integer(len(back.ids))), 10000)
            self.accept()

        run_job(self, translate("Transfers", "Angrer overføringen"),
                lambda _p, _c: db.run(undo_transfer, reference), done,
                lambda exc: show_error(
                    self, translate("Transfers", "Overføringen ble ikke angret"), exc))


class TransfersMenu:
    """Overføringer in the menu bar: on the selection, for a whole unit, undo."""

    def __init__(self, window: QMainWindow) -> None:
        self.window = window
        bar = window.menuBar()
        menu = QMenu(translate("Transfers", "&Overføringer"), bar)
        # before Hjelp, which stays last
        help_text = translate("MainWindow", "&Hjelp")
        help_menu = next((a for a in bar.actions() if text_of(a) == help_text), None)
        if help_menu is not None:
            bar.insertMenu(help_menu, menu)
        else:
            bar.addMenu(menu)
        self.selection_action = QAction(translate("Transfers", "Overfør &utvalgte til …"), window)
        self.selection_action.setToolTip(translate(
            "Transfers", "De valgte boligene eller avtalene i listen"))
        self.selection_action.triggered.connect(self.transfer_selection)
        self.unit_action = QAction(translate(
            "Transfers", "Overfør &alle avtaler/boliger for enheten …"),
                                   window)
        self.unit_action.triggered.connect(self.transfer_unit)
        self.undo_action = QAction(translate("Transfers", "&Angre overføring …"), window)
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
            show_error(self.window, translate("Transfers", "Overfør til …"), BoligregError(
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
