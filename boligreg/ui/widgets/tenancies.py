"""A dwelling's Leieforhold tab: the tenancies, and creating, editing and deleting them.

A tenancy is dates and a case reference only — never the tenant's name or fødselsnummer
(DESIGN.md). The form is ``validation.FORMS["tenancy"]``; saves are version-checked
(``register.save_changes``), deletes are soft and asked for first.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...errors import BoligregError, StaleRecordError
from ...i18n import QT_TRANSLATE_NOOP, translate
from ...services import register as reg
from ...services.enums import TenancyKind
from ...services.validation import advice, changes, clean
from ..context import AppState
from ..messages import confirm, error_message, show_error
from .form import RecordForm
from .links import LinkList


class TenancyDialog(QDialog):
    """Create or edit one tenancy; Lagre stays refused while a field has a message.

    ``submit(values)`` writes and may raise a BoligregError, which is shown in the dialog
    (the dialog then stays open with what was typed).
    """

    def __init__(self, title: str, values: Mapping[str, Any],
                 submit: Callable[[dict[str, Any]], None], parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        self.submit = submit
        intro = QLabel(translate("Tenancies", "Registrer bare datoer og saksreferanse – ikke "
                                 "navn, fødselsnummer eller andre personopplysninger om "
                                 "leietakeren."))
        intro.setObjectName("dialogHint")
        intro.setWordWrap(True)
        self.form = RecordForm("tenancy", [])
        self.form.set_values(values)
        self.form.edited.connect(self.check)
        self.error = QLabel("")
        self.error.setObjectName("dialogError")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(translate("Tenancies", "Lagre"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("primaryButton")
        self.buttons.addButton(translate("Tenancies", "Avbryt"),
                               QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.form.show_errors({}, advice("tenancy", clean("tenancy", self.form.raw()).values))
        self.form.first_widget().setFocus()

    def check(self) -> dict[str, Any] | None:
        """Show the messages for what is typed now; the clean values if there are none."""
        result = clean("tenancy", self.form.raw())
        self.form.show_errors(result.errors, advice("tenancy", result.values))
        self.error.setVisible(False)
        self.adjustSize()  # room for the messages that appeared
        return None if result.errors else result.values

    def save(self) -> None:
        values = self.check()
        if values is None:
            first = next(s.name for s in self.form.specs
                         if self.form.error_message(s.name) and not
                         self.form.errors[s.name].property("advice"))
            self.form.widgets[first].setFocus()
            return
        try:
            self.submit(values)
        except BoligregError as exc:
            self.error.setText(error_message(exc))
            self.error.setVisible(True)
            return
        self.accept()


class TenancyPanel(QWidget):
    """Buttons over the tenancy list; ``changed(message)`` after a save or delete."""

    changed = Signal(str)

    def __init__(self, ctx: AppState, dwelling_id: Callable[[], str | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dwelling_id = dwelling_id
        self.list = LinkList()
        self.list.empty_hint = QT_TRANSLATE_NOOP(
            "LinkList", "Ingen leieforhold registrert.\n\n«Nytt leieforhold» registrerer type, "
            "datoer og saksreferanse.")
        self.list.activated.connect(lambda _i: self.edit())
        self.list.selectionModel().currentRowChanged.connect(lambda *_: self._update())
        self.new_button = QPushButton(translate("Tenancies", "+  Nytt leieforhold"))
        self.edit_button = QPushButton(translate("Tenancies", "Rediger …"))
        self.delete_button = QPushButton(translate("Tenancies", "Slett …"))
        self.delete_button.setObjectName("dangerButton")
        self.new_button.clicked.connect(self.new)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 6, 0, 2)
        bar.addWidget(self.new_button)
        bar.addWidget(self.edit_button)
        bar.addStretch(1)
        bar.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.list, 1)
        self.editable = False
        self._update()

    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        self._update()

    def current(self) -> reg.Link | None:
        index = self.list.currentIndex()
        if not index.isValid():
            return None
        return self.list.links.items[index.row()]

    def _update(self) -> None:
        has = self.current() is not None
        self.new_button.setEnabled(self.editable)
        self.edit_button.setEnabled(self.editable and has)
        self.delete_button.setEnabled(self.editable and has)

    def _dwelling_id(self) -> str | None:
        return self.dwelling_id() if self.editable else None

    def new(self) -> None:
        dwelling_id = self._dwelling_id()
        if dwelling_id is None:
            return

        def submit(values: dict[str, Any]) -> None:
            self.ctx.register.create_record("tenancy", {**values, "dwelling_id": dwelling_id})

        dialog = TenancyDialog(translate("Tenancies", "Nytt leieforhold"),
                               {"kind": TenancyKind.INDEFINITE.value}, submit, self)
        if self._run(dialog):
            self.changed.emit(translate("Tenancies", "Leieforholdet er registrert."))

    def edit(self) -> None:
        link = self.current()
        if link is None or self._dwelling_id() is None or link.ref_version is None:
            return
        base = self.ctx.register.values("tenancy", link.ref_id)
        if base is None or base.get("deleted_at") is not None:
            show_error(self, translate("Tenancies", "Kan ikke redigere"), BoligregError(
                "Leieforholdet er slettet av en annen.", "The tenancy was deleted."))
            self.changed.emit("")
            return
        version = link.ref_version
        stale: list[StaleRecordError] = []

        def submit(values: dict[str, Any]) -> None:
            mine = changes(base, values)
            if not mine:
                return
            try:
                self.ctx.register.save("tenancy", link.ref_id, expected_version=version,
                                       changes=mine)
            except StaleRecordError as exc:
                stale.append(exc)
                raise BoligregError(
                    "Ikke lagret: leieforholdet er endret av en annen mens du redigerte. "
                    "Ingenting er overskrevet. Avbryt og åpne det på nytt for å se deres "
                    "verdier.", "Not saved: changed by someone else meanwhile.") from exc

        dialog = TenancyDialog(translate("Tenancies", "Leieforhold {tenancy}").format(
            tenancy=link.title), base, submit, self)
        if self._run(dialog):
            self.changed.emit(translate("Tenancies", "Leieforholdet er lagret."))
        elif stale:
            self.changed.emit("")  # show what is stored now

    def delete(self) -> None:
        link = self.current()
        if link is None or self._dwelling_id() is None or link.ref_version is None:
            return
        if not confirm(self, translate("Tenancies", "Slett leieforhold"),
                       translate("Tenancies", "Slette leieforholdet {tenancy}?\n\nDet skjules, "
                                 "men historikken beholdes.").format(
                           tenancy=f"{link.kind.lower()} {link.title}"),
                       yes=translate("Tenancies", "Slett")):
            return
        try:
            self.ctx.register.delete("tenancy", link.ref_id, expected_version=link.ref_version)
        except BoligregError as exc:
            show_error(self, translate("Tenancies", "Kan ikke slette"), exc)
            self.changed.emit("")
            return
        self.changed.emit(translate("Tenancies", "Leieforholdet er slettet."))

    def _run(self, dialog: TenancyDialog) -> bool:
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Delete:
            self.delete()
            return
        super().keyPressEvent(event)
