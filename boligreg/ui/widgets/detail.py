"""The detail pane beside a register table: header, edit form, links, tenancies, history.

Saving is version-checked (``register.save_changes``): if someone else saved first, the
conflict dialog shows both values and the person chooses; nothing is overwritten silently.
Every save, create and delete goes on the section's QUndoStack; undoing is a new
version-checked save back to the old values, so undo can never clobber someone else's work
either. Unsaved edits are never dropped without asking.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ... import formats
from ...errors import BoligregError, StaleRecordError
from ...i18n import QT_TRANSLATE_NOOP, translate
from ...services import register as reg
from ...services.collection import now
from ...services.register import RecordNotFoundError
from ...services.validation import changes, clean, to_raw
from ..context import AppState
from ..messages import confirm, show_error
from .agreement_dwellings import AgreementLinksPanel
from .conflict import MINE, ConflictDialog, ConflictRow
from .form import RecordForm
from .links import HistoryView, LinkList
from .tenancies import TenancyPanel

NOW = object()  # in a command's values: "the time it is applied" (for deleted_at)


def _normal(raw: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v.strip() if isinstance(v, str) else v for k, v in raw.items()}


def _resolve(values: Mapping[str, Any]) -> dict[str, Any]:
    return {k: (now() if v is NOW else v) for k, v in values.items()}


class CheckedCommand(QUndoCommand):
    """A change already saved; undo and redo write ``old``/``new`` again, version-checked.

    The first ``redo`` (QUndoStack.push calls it) does nothing: the change is already saved.
    A refused undo/redo leaves ``failed`` set; :func:`undo_last`/:func:`redo_next` then step
    the stack back with ``skip`` set, which moves the index without writing.
    """

    # Keys are field names for a record, bydel codes (or None) for the maintenance matrix.
    def __init__(self, label: str, old: Mapping[Any, Any], new: Mapping[Any, Any]) -> None:
        super().__init__(label)
        self.label = label
        self.old: dict[Any, Any] = dict(old)
        self.new: dict[Any, Any] = dict(new)
        self.failed: BaseException | None = None
        self.skip = True

    def redo(self) -> None:
        if self.skip:
            self.skip = False
            return
        self.run(self.new)

    def undo(self) -> None:
        if self.skip:
            self.skip = False
            return
        self.run(self.old)

    def run(self, values: Mapping[Any, Any]) -> None:  # pragma: no cover - abstract
        raise NotImplementedError


class RecordCommand(CheckedCommand):
    """One saved change to one record (``version``: the version it left the record at)."""

    def __init__(self, apply: Callable[[RecordCommand, Mapping[str, Any]], None], entity: str,
                 entity_id: str, text: str, old: Mapping[str, Any], new: Mapping[str, Any],
                 version: int) -> None:
        super().__init__(text, old, new)
        self.apply = apply
        self.entity = entity
        self.entity_id = entity_id
        self.version = version

    def run(self, values: Mapping[str, Any]) -> None:
        self.apply(self, values)


def sync_undo_buttons(stack: QUndoStack, undo: QPushButton, redo: QPushButton) -> None:
    """Enable Angre/Gjør om and name what they would do."""
    if not all(isValid(o) for o in (stack, undo, redo)):
        return  # the window is being torn down
    undo.setEnabled(stack.canUndo())
    redo.setEnabled(stack.canRedo())
    undo.setToolTip(translate("DetailPane", "Angre: {what} (Ctrl+Z)").format(
        what=stack.undoText()) if stack.canUndo()
        else translate("DetailPane", "Ingenting å angre"))
    redo.setToolTip(translate("DetailPane", "Gjør om: {what} (Ctrl+Shift+Z)").format(
        what=stack.redoText()) if stack.canRedo()
        else translate("DetailPane", "Ingenting å gjøre om"))


def undo_last(stack: QUndoStack, parent: QWidget) -> None:
    """Undo with the stack kept true: a refused undo is shown and the index put back."""
    if not stack.canUndo():
        return
    cmd = stack.command(stack.index() - 1)
    stack.undo()
    if isinstance(cmd, CheckedCommand) and cmd.failed is not None:
        exc, cmd.failed = cmd.failed, None
        cmd.skip = True
        stack.redo()
        show_error(parent, translate("DetailPane", "Kan ikke angre"), exc)


def redo_next(stack: QUndoStack, parent: QWidget) -> None:
    if not stack.canRedo():
        return
    cmd = stack.command(stack.index())
    stack.redo()
    if isinstance(cmd, CheckedCommand) and cmd.failed is not None:
        exc, cmd.failed = cmd.failed, None
        cmd.skip = True
        stack.undo()  # only steps the index back: nothing is written
        show_error(parent, translate("DetailPane", "Kan ikke gjøre om"), exc)


class DetailPane(QWidget):
    """Shows and edits one record of ``entity``; empty until a row is chosen.

    ``saved(id)`` after a create, save, undo or redo; ``deleted(id)`` after a delete (the
    section patches its table and tells the other sections). Tabs:
    Opplysninger (form), Koblinger (links), Leieforhold (dwellings only), Historikk.
    """

    saved = Signal(str)
    deleted = Signal(str)

    # (noun, with its indefinite article): "Ny bolig", "Velg en bolig …".
    NOUNS = {"dwelling": (QT_TRANSLATE_NOOP("DetailPane", "bolig"),
                          QT_TRANSLATE_NOOP("DetailPane", "en bolig")),
             "property": (QT_TRANSLATE_NOOP("DetailPane", "eiendom"),
                          QT_TRANSLATE_NOOP("DetailPane", "en eiendom")),
             "agreement": (QT_TRANSLATE_NOOP("DetailPane", "avtale"),
                           QT_TRANSLATE_NOOP("DetailPane", "en avtale"))}
    OTHER_NOUN = (QT_TRANSLATE_NOOP("DetailPane", "post"),
                  QT_TRANSLATE_NOOP("DetailPane", "en post"))

    def __init__(self, ctx: AppState, entity: str, stack: QUndoStack,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailPane")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.ctx = ctx
        self.entity = entity
        self.stack = stack
        self.entity_id: str | None = None
        self.version: int | None = None
        self.base: dict[str, Any] = {}
        self.mode = "empty"  # empty | view | new
        self.deleted_record = False
        self.record_title = ""
        self._build_view()
        self._connect_signals()
        self.clear()

    # --- view ------------------------------------------------------------------------------
    def _build_view(self) -> None:
        self.title = QLabel("")
        self.title.setObjectName("detailTitle")
        self.title.setWordWrap(True)
        self.subtitle = QLabel("")
        self.subtitle.setObjectName("detailSubtitle")
        self.subtitle.setWordWrap(True)  # "versjon 3 · endret … av …" in a narrow pane
        self.banner = QLabel("")
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.setVisible(False)
        buttons = self._build_buttons()
        self._build_tabs()

        self.placeholder = QLabel(translate(
            "DetailPane", "Velg {a_noun} i tabellen for å se og redigere den.\n\n"
            "Ctrl+F søk  ·  Ctrl+N ny  ·  Ctrl+S lagre  ·  Ctrl+Z angre  ·  Alt+Venstre tilbake"
        ).format(a_noun=translate("DetailPane",
                                  self.NOUNS.get(self.entity, self.OTHER_NOUN)[1])))
        self.placeholder.setObjectName("placeholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)

        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(6)
        body.addWidget(self.title)
        body.addWidget(self.subtitle)
        body.addWidget(self.banner)
        body.addLayout(buttons)
        body.addWidget(self.tabs, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 10)
        layout.addWidget(self.placeholder, 1)
        layout.addWidget(self.body, 1)

    def _build_buttons(self) -> QHBoxLayout:
        """Lagre, Forkast, the unsaved mark and Slett."""
        self.save_button = QPushButton(translate("DetailPane", "Lagre"))
        self.save_button.setObjectName("primaryButton")
        self.save_button.setToolTip(translate("DetailPane", "Lagre endringene (Ctrl+S)"))
        self.discard_button = QPushButton(translate("DetailPane", "Forkast"))
        self.discard_button.setToolTip(translate("DetailPane", "Forkast endringene (Esc)"))
        self.delete_button = QPushButton(translate("DetailPane", "Slett …"))
        self.delete_button.setObjectName("dangerButton")
        self.delete_button.setToolTip(translate("DetailPane",
                                                 "Slett posten (Delete i tabellen). Kan angres."))
        self.dirty_label = QLabel(translate("DetailPane", "●  Ikke lagret"))
        self.dirty_label.setObjectName("dirtyLabel")
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.discard_button)
        buttons.addSpacing(6)
        buttons.addWidget(self.dirty_label)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        return buttons

    def _build_tabs(self) -> None:
        """Opplysninger (the form), Koblinger, a dwelling's Leieforhold and Historikk."""
        entity, ctx = self.entity, self.ctx
        self.form = RecordForm(entity, ctx.districts)
        scroll = QScrollArea()
        scroll.setWidget(self.form)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.links = LinkList()
        self.links_tab: QWidget = self.links
        # An agreement edits which dwellings it covers from its Koblinger tab.
        self.memberships: AgreementLinksPanel | None = None
        if entity == "agreement":
            self.memberships = AgreementLinksPanel(
                ctx, self.links, lambda: (self.entity_id or "", self.record_title))
            self.links_tab = self.memberships
        # A dwelling's tenancies (dates and a case reference) on their own tab.
        self.tenancy_panel: TenancyPanel | None = None
        self.tenancies: LinkList | None = None
        if entity == "dwelling":
            self.tenancy_panel = TenancyPanel(ctx, lambda: self.entity_id)
            self.tenancies = self.tenancy_panel.list
        self.history = HistoryView()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        # In a narrow pane the tab names shorten with "…" (full name as tooltip) instead of
        # running off behind scroll arrows.
        self.tabs.setElideMode(Qt.TextElideMode.ElideRight)
        self.tabs.setUsesScrollButtons(False)
        self.tabs.addTab(scroll, translate("DetailPane", "Opplysninger"))
        self.tabs.addTab(self.links_tab, translate("DetailPane", "Koblinger"))
        if self.tenancy_panel is not None:
            self.tabs.addTab(self.tenancy_panel, translate("DetailPane", "Leieforhold"))
        self.tabs.addTab(self.history, translate("DetailPane", "Historikk"))
        self._sync_tab_tips()

    def _connect_signals(self) -> None:
        self.save_button.clicked.connect(self.save)
        self.discard_button.clicked.connect(self.discard)
        self.delete_button.clicked.connect(self.delete)
        self.form.edited.connect(self._edited)
        self.links.follow.connect(self.ctx.open_record)
        if self.memberships is not None:
            self.memberships.changed.connect(self._related_changed)
        if self.tenancy_panel is not None:
            self.tenancy_panel.changed.connect(self._related_changed)

    # --- state -----------------------------------------------------------------------------
    @property
    def noun(self) -> str:
        return translate("DetailPane", self.NOUNS.get(self.entity, self.OTHER_NOUN)[0])

    def dirty(self) -> bool:
        """Anything typed that differs from the stored record (parseable or not)."""
        if self.mode == "new":
            return True
        if self.mode != "view":
            return False
        return _normal(self.form.raw()) != _normal(to_raw(self.entity, self.base))

    def _update_buttons(self) -> None:
        dirty = self.dirty()
        errors = clean(self.entity, self.form.raw()).errors if dirty else {}
        writable = not self.ctx.read_only  # a past day is shown: nothing may change
        self.save_button.setEnabled(dirty and not errors and writable)
        self.dirty_label.setVisible(dirty and self.mode == "view")
        self.discard_button.setEnabled(dirty)
        self.delete_button.setEnabled(self.mode == "view" and not self.deleted_record
                                      and writable)

    def _edited(self) -> None:
        result = clean(self.entity, self.form.raw())
        self.form.show_errors(result.errors)
        if self.mode == "view" and not self.banner.property("sticky"):
            self.set_banner("")
        self._update_buttons()

    def _sync_tab_tips(self) -> None:
        """Each tab's full name as its tooltip (a narrow pane elides the names)."""
        for i in range(self.tabs.count()):
            self.tabs.setTabToolTip(i, self.tabs.tabText(i))

    def set_banner(self, text: str, kind: str = "info", sticky: bool = False) -> None:
        self.banner.setText(text)
        self.banner.setVisible(bool(text))
        self.banner.setProperty("kind", kind)
        self.banner.setProperty("sticky", sticky and bool(text))
        self.banner.style().unpolish(self.banner)
        self.banner.style().polish(self.banner)

    # --- loading ------------------------------------------------------------------------------
    def clear(self) -> None:
        self.mode = "empty"
        self.entity_id = None
        self.version = None
        self.base = {}
        self.placeholder.setVisible(True)
        self.body.setVisible(False)

    def load(self, entity_id: str, keep_banner: bool = False) -> bool:
        """Show the record; False if it no longer exists."""
        register = self.ctx.register
        detail = register.detail(self.entity, entity_id)
        if detail is None:
            return False
        history = register.history(self.entity, entity_id)
        ref_labels = {}
        if "property_id" in detail.values and self.entity == "dwelling":
            ref_labels["property_id"] = register.read(reg.property_label,
                                                      detail.values["property_id"])
        self.mode = "view"
        self.entity_id = entity_id
        self.version = detail.values["version"]
        self.base = dict(detail.values)
        self.deleted_record = detail.values.get("deleted_at") is not None
        self.record_title = detail.title
        self.title.setText(detail.title)
        self.subtitle.setText(detail.subtitle)
        self.form.set_values(detail.values, ref_labels)
        self.form.set_read_only(self.deleted_record or self.ctx.read_only)
        self._show_related(detail)
        self.history.set_entries(history)
        for i in range(self.tabs.count()):
            self.tabs.setTabEnabled(i, True)
        if self.ctx.read_only:
            day = self.ctx.as_of_day
            gone = " " + translate("DetailPane", "Posten var slettet denne dagen.") \
                if self.deleted_record else ""
            self.set_banner(translate("DetailPane", "Slik posten var registrert per {day} – kun "
                                      "lesing.").format(day=formats.date(day)) + gone,
                            "info", sticky=True)
        elif not keep_banner or self.banner.property("as_of"):
            self.set_banner(translate("DetailPane", "Posten er slettet. Angre (Ctrl+Z) for å "
                                      "gjenopprette.") if self.deleted_record else "", "warning")
        self.banner.setProperty("as_of", self.ctx.read_only)
        self.placeholder.setVisible(False)
        self.body.setVisible(True)
        self._update_buttons()
        return True

    def _show_related(self, detail: reg.RecordDetail) -> None:
        """Links and tenancies of the record shown (the form is left alone)."""
        self.links.set_links(detail.links)
        self.tabs.setTabText(self.tabs.indexOf(self.links_tab),
                             translate("DetailPane", "Koblinger ({n})").format(
                                 n=formats.integer(len(detail.links))))
        if self.tenancies is not None and self.tenancy_panel is not None:
            self.tenancies.set_links(detail.tenancies)
            self.tabs.setTabText(self.tabs.indexOf(self.tenancy_panel),
                                 translate("DetailPane", "Leieforhold ({n})").format(
                                     n=formats.integer(len(detail.tenancies))))
        self._sync_tab_tips()
        self._set_related_editable(not self.deleted_record and not self.ctx.read_only)

    def _set_related_editable(self, editable: bool) -> None:
        for panel in (self.memberships, self.tenancy_panel):
            if panel is not None:
                panel.set_editable(editable)

    def _related_changed(self, message: str) -> None:
        """A tenancy or an agreement's dwellings changed: show them afresh, keep the form
        (with any unsaved edits) as it is, and let the table and other sections update."""
        if self.mode != "view" or not self.entity_id:
            return
        detail = self.ctx.register.detail(self.entity, self.entity_id)
        if detail is None:
            return
        self._show_related(detail)
        if message:
            self.set_banner(message, "ok")
        self.saved.emit(self.entity_id)

    def start_new(self, defaults: Mapping[str, Any], ref_labels: Mapping[str, str] | None = None
                  ) -> None:
        """An empty form for a new record (``defaults`` pre-filled)."""
        self.mode = "new"
        self.entity_id = None
        self.version = None
        self.base = {}
        self.deleted_record = False
        self.record_title = translate("DetailPane", "Ny {noun}").format(noun=self.noun)
        self.title.setText(self.record_title)
        self.subtitle.setText(translate(
            "DetailPane", "Fyll ut feltene og lagre (Ctrl+S). Felt med * må fylles ut."))
        self.form.set_values(defaults, ref_labels)
        self.form.set_read_only(False)
        self.links.set_links([])
        self.history.set_entries([])
        self.tabs.setTabText(self.tabs.indexOf(self.links_tab),
                             translate("DetailPane", "Koblinger"))
        if self.tenancies is not None and self.tenancy_panel is not None:
            self.tenancies.set_links([])
            self.tabs.setTabText(self.tabs.indexOf(self.tenancy_panel),
                                 translate("DetailPane", "Leieforhold"))
        self._sync_tab_tips()
        self._set_related_editable(False)
        self.tabs.setCurrentIndex(0)
        for i in range(1, self.tabs.count()):
            self.tabs.setTabEnabled(i, False)
        self.set_banner("")
        self.placeholder.setVisible(False)
        self.body.setVisible(True)
        self._update_buttons()
        self.form.first_widget().setFocus()

    # --- leaving with unsaved edits -------------------------------------------------------------
    def maybe_leave(self) -> bool:
        """True if the pane may show something else (saved, discarded, or nothing to lose)."""
        if not self.dirty():
            return True
        box = QMessageBox(QMessageBox.Icon.Question,
                          translate("DetailPane", "Ulagrede endringer"),
                          translate("DetailPane", "Du har endringer i {record} som ikke er "
                                    "lagret.").format(record=self.record_title), parent=self)
        save = box.addButton(translate("DetailPane", "Lagre"), QMessageBox.ButtonRole.AcceptRole)
        drop = box.addButton(translate("DetailPane", "Forkast"),
                             QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(translate("DetailPane", "Avbryt"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.exec()
        if box.clickedButton() is save:
            return self.save()
        if box.clickedButton() is drop:
            self.discard()
            return True
        return False

    # --- actions ------------------------------------------------------------------------------
    def discard(self) -> None:
        if self.mode == "new":
            self.clear()
        elif self.mode == "view" and self.entity_id:
            self.load(self.entity_id)

    def save(self) -> bool:
        """Validate and save; True when nothing unsaved is left."""
        if self.mode not in ("view", "new"):
            return True
        if self.ctx.read_only:
            return False
        result = clean(self.entity, self.form.raw())
        self.form.show_errors(result.errors)
        if result.errors:
            first = next(s.name for s in self.form.specs if s.name in result.errors)
            self.tabs.setCurrentIndex(0)
            self.form.widgets[first].setFocus()
            n = len(result.errors)
            self.set_banner(translate("DetailPane", "Ikke lagret: {n} felt må rettes (se "
                                      "merknaden ved feltet).").format(n=formats.integer(n))
                            if n > 1 else translate("DetailPane",
                                                    "Ikke lagret: rett feltet som er merket."),
                            "error")
            self._update_buttons()
            return False
        try:
            if self.mode == "new":
                return self._create(result.values)
            return self._save_changes(result.values)
        except BoligregError as exc:
            show_error(self, translate("DetailPane", "Kan ikke lagre"), exc)
            return False

    def _create(self, values: dict[str, Any]) -> bool:
        new_id = self.ctx.register.create_record(self.entity, values)
        self.stack.push(RecordCommand(self._apply, self.entity, new_id,
                                      translate("DetailPane", "Opprett {noun}").format(
                                          noun=self.noun), {"deleted_at": NOW},
                                      {"deleted_at": None}, 1))
        self.load(new_id)
        self.set_banner(translate("DetailPane", "Ny {noun} er lagret.").format(noun=self.noun),
                        "ok")
        self.saved.emit(new_id)
        return True

    def _save_changes(self, values: dict[str, Any]) -> bool:
        assert self.entity_id is not None and self.version is not None
        mine = changes(self.base, values)
        if not mine:  # typed differently, same value ("1.2.2025" for "01.02.2025")
            self.load(self.entity_id)
            return True
        try:
            new_version = self.ctx.register.save(self.entity, self.entity_id,
                                                 expected_version=self.version, changes=mine)
        except StaleRecordError:
            return self._resolve_conflict(mine)
        self._push_edit(mine, self.base, new_version)
        self.load(self.entity_id)
        self.set_banner(translate("DetailPane", "Lagret."), "ok")
        self.saved.emit(self.entity_id)
        return True

    def _push_edit(self, new: Mapping[str, Any], base: Mapping[str, Any], version: int) -> None:
        names = [reg.field_label(self.entity, k) for k in new]
        text = translate("DetailPane", "Endre {fields}").format(
            fields=", ".join(names[:2]) + (" …" if len(names) > 2 else ""))
        old = {k: base.get(k) for k in new}
        assert self.entity_id is not None
        self.stack.push(RecordCommand(self._apply, self.entity, self.entity_id, text, old, new,
                                      version))

    def _resolve_conflict(self, mine: dict[str, Any]) -> bool:
        """Someone saved first: show both values, save what the person chooses."""
        assert self.entity_id is not None
        theirs = self.ctx.register.values(self.entity, self.entity_id)
        if theirs is None or theirs.get("deleted_at") is not None:
            self.set_banner(translate(
                "DetailPane", "Ikke lagret: {record} er slettet av {who} mens du redigerte. "
                "Endringene dine står fortsatt i skjemaet.").format(
                record=self.record_title,
                who=(theirs or {}).get("updated_by") or translate("DetailPane", "en annen")),
                "error", sticky=True)
            return False
        fmt = reg.format_value
        rows = [ConflictRow(name, reg.field_label(self.entity, name),
                            fmt(self.entity, name, self.base.get(name)),
                            fmt(self.entity, name, value),
                            fmt(self.entity, name, theirs.get(name)))
                for name, value in mine.items()]
        dialog = ConflictDialog(rows, self.record_title, theirs.get("updated_by") or "",
                                formats.timestamp(theirs.get("updated_at"), utc=True), self)
        accepted = dialog.exec() == ConflictDialog.DialogCode.Accepted
        choices = dialog.choices()
        dialog.deleteLater()
        if not accepted:
            self.set_banner(translate("DetailPane", "Ikke lagret. Endringene dine står i "
                                      "skjemaet; lagre på nytt for å velge igjen, eller "
                                      "forkast dem."), "warning", sticky=True)
            return False
        keep = {k: v for k, v in mine.items() if choices.get(k) == MINE}
        keep = changes(theirs, keep)
        self.base = dict(theirs)  # from now on we edit on top of their version
        self.version = theirs["version"]
        if keep:
            try:
                new_version = self.ctx.register.save(self.entity, self.entity_id,
                                                     expected_version=theirs["version"],
                                                     changes=keep)
            except StaleRecordError:
                return self._resolve_conflict(keep)  # moved on again: ask again
            self._push_edit(keep, theirs, new_version)
        self.load(self.entity_id)
        self.set_banner(translate("DetailPane", "Lagret etter valg mellom dine og deres verdier.")
                        if keep else translate("DetailPane", "Deres verdier er beholdt; "
                                               "ingenting av ditt er lagret."), "ok")
        self.saved.emit(self.entity_id)
        return True

    def delete(self) -> bool:
        if self.mode != "view" or not self.entity_id or self.version is None \
                or self.ctx.read_only:
            return False
        if self.dirty() and not self.maybe_leave():
            return False
        blocker = self.ctx.register.delete_blocker(self.entity, self.entity_id)
        if blocker:
            show_error(self, translate("DetailPane", "Kan ikke slette"),
                       reg.DeleteRefusedError(blocker))
            return False
        if not confirm(self, translate("DetailPane", "Slett {noun}").format(noun=self.noun),
                       translate("DetailPane", "Slette {record}?\n\nPosten skjules fra "
                                 "registeret, men historikken beholdes. Du kan angre med "
                                 "Ctrl+Z.").format(record=self.record_title),
                       yes=translate("DetailPane", "Slett")):
            return False
        try:
            new_version = self.ctx.register.delete(self.entity, self.entity_id,
                                                   expected_version=self.version)
        except (StaleRecordError, RecordNotFoundError) as exc:
            show_error(self, translate("DetailPane", "Kan ikke slette"), exc)
            return False
        entity_id = self.entity_id
        self.stack.push(RecordCommand(self._apply, self.entity, entity_id,
                                      translate("DetailPane", "Slett {record}").format(
                                          record=self.record_title), {"deleted_at": None},
                                      {"deleted_at": NOW}, new_version))
        self.clear()
        self.deleted.emit(entity_id)
        return True

    # --- undo/redo ------------------------------------------------------------------------------
    def _apply(self, cmd: RecordCommand, values: Mapping[str, Any]) -> None:
        """Write ``values`` for an undo or redo, checked against the version it left."""
        try:
            cmd.version = self.ctx.register.save(cmd.entity, cmd.entity_id,
                                                 expected_version=cmd.version,
                                                 changes=_resolve(values))
        except (StaleRecordError, RecordNotFoundError) as exc:
            cmd.failed = exc
            return
        if self.entity_id == cmd.entity_id or self.mode == "empty":
            if not self.load(cmd.entity_id, keep_banner=True):
                self.clear()
            self.set_banner(translate("DetailPane", "Angret: {what}.").format(what=cmd.label)
                            if values is cmd.old else
                            translate("DetailPane", "Gjort om: {what}.").format(what=cmd.label),
                            "ok")
        self.saved.emit(cmd.entity_id)
