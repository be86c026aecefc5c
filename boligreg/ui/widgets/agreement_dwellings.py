"""An agreement's Koblinger tab with its dwelling membership: add dwellings, end a link.

Adding picks dwellings of the agreement's bydel by address or bruksenhetsnummer
(``agreements.dwelling_candidates``); ending sets the link's til-dato, so the agreement
keeps the dwelling's period and the change log says who ended it. The rules (already
linked, other bydel, the referral quota) are the service's; its Norwegian message is shown
where it belongs in the dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ... import formats
from ...errors import BoligregError, ValidationError
from ...i18n import QT_TRANSLATE_NOOP, plural, translate
from ...services import agreements as agr
from ...services import register as reg
from ...services.validation import parse_date
from ..context import AppState
from ..messages import error_message
from ..qtutil import text_of
from .links import LinkList

IdRole = Qt.ItemDataRole.UserRole + 1


def _date_field(value: date) -> QLineEdit:
    edit = QLineEdit(formats.date(value, none=""))
    edit.setPlaceholderText(translate("AgreementDwellings", "dd.mm.åååå"))
    edit.setMaximumWidth(140)
    return edit


def dwellings_counted(n: int) -> str:
    return plural(n, "AgreementDwellings", QT_TRANSLATE_NOOP("AgreementDwellings", "{n} bolig"),
                  QT_TRANSLATE_NOOP("AgreementDwellings", "{n} boliger")).format(
        n=formats.integer(n))


def _error_label() -> QLabel:
    label = QLabel("")
    label.setObjectName("fieldError")
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def _show(label: QLabel, message: str) -> None:
    label.setText(message)
    label.setVisible(bool(message))


def _read_date(edit: QLineEdit, error: QLabel) -> date | None:
    """The typed date, or None with the message shown at the field."""
    try:
        value = parse_date(text_of(edit))
    except ValueError:
        _show(error, translate("AgreementDwellings", "Ugyldig dato – skriv dd.mm.åååå"))
        edit.setFocus()
        return None
    _show(error, "")
    return value


class AddDwellingsDialog(QDialog):
    """Search the agreement's bydel, tick dwellings, choose the from date, add them."""

    LIMIT = 200

    def __init__(self, ctx: AppState, agreement_id: str, title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.agreement_id = agreement_id
        self.chosen: dict[str, str] = {}  # id -> label, kept across searches
        self.added: list[str] = []
        self.setWindowTitle(translate(
            "AgreementDwellings", "Legg til boliger i {agreement}").format(
            agreement=title))
        self.setMinimumSize(560, 520)
        intro = QLabel(translate("AgreementDwellings", "Boliger i avtalens bydel som avtalen "
                                 "ikke gjelder i dag. Søk på adresse eller bruksenhetsnummer "
                                 "og kryss av."))
        intro.setObjectName("dialogHint")
        intro.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setObjectName("searchBox")
        self.search.setPlaceholderText(translate("AgreementDwellings",
                                                "Søk i adresse eller bruksenhetsnummer"))
        self.search.setClearButtonEnabled(True)
        self.timer = QTimer(self, singleShot=True, interval=150)
        self.timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self.timer.start())
        self.list = QListWidget()
        self.list.itemChanged.connect(self._ticked)
        self.count = QLabel("")
        self.count.setObjectName("dialogHint")
        self.dwellings_error = _error_label()
        self.from_date = _date_field(date.today())
        self.from_error = _error_label()
        grid = QGridLayout()
        label = QLabel(translate("AgreementDwellings", "Fra dato *"))
        label.setObjectName("fieldLabel")
        label.setBuddy(self.from_date)
        grid.addWidget(label, 0, 0)
        grid.addWidget(self.from_date, 1, 0)
        grid.addWidget(self.from_error, 2, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        self.buttons = QDialogButtonBox()
        self.add_button = self.buttons.addButton(translate("AgreementDwellings", "Legg til"),
                                                 QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setObjectName("primaryButton")
        self.buttons.addButton(translate("AgreementDwellings", "Avbryt"),
                               QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.dwellings_error)
        layout.addLayout(grid)
        layout.addWidget(self.buttons)
        self.reload()
        self.search.setFocus()

    def reload(self) -> None:
        found, total = self.ctx.register.read(agr.dwelling_candidates, self.agreement_id,
                                text_of(self.search), limit=self.LIMIT)
        self.list.blockSignals(True)
        self.list.clear()
        for c in found:
            item = QListWidgetItem(c.label)
            item.setData(IdRole, c.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if c.id in self.chosen
                               else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.found_total = total
        self._update_count()

    def _ticked(self, item: QListWidgetItem) -> None:
        item_id = item.data(IdRole)
        if item.checkState() == Qt.CheckState.Checked:
            self.chosen[item_id] = item.data(Qt.ItemDataRole.DisplayRole)
        else:
            self.chosen.pop(item_id, None)
        _show(self.dwellings_error, "")
        self._update_count()

    def _update_count(self) -> None:
        shown = self.list.count()
        if self.found_total > shown:
            more = translate("AgreementDwellings", "viser {shown} av {total} – søk for å snevre "
                             "inn").format(shown=formats.integer(shown),
                                           total=formats.integer(self.found_total))
        else:
            more = dwellings_counted(self.found_total)
        if not self.found_total:
            more = translate("AgreementDwellings", "Ingen boliger passer søket.") \
                if text_of(self.search) else translate(
                    "AgreementDwellings", "Alle boligene i bydelen er allerede med i avtalen.")
        self.count.setText(translate("AgreementDwellings", "{found}  ·  {n} valgt").format(
            found=more, n=formats.integer(len(self.chosen))))

    def check(self, dwelling_id: str, checked: bool = True) -> bool:
        """Tick or untick a dwelling shown in the list (False if it is not shown)."""
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(IdRole) == dwelling_id:
                item.setCheckState(Qt.CheckState.Checked if checked
                                   else Qt.CheckState.Unchecked)
                return True
        return False

    def save(self) -> None:
        from_date = _read_date(self.from_date, self.from_error)
        if from_date is None:
            return
        if not self.chosen:
            _show(self.dwellings_error, translate("AgreementDwellings", "Kryss av minst én bolig."))
            return
        try:
            self.added = self.ctx.register.run(agr.add_dwellings_to_agreement,
                                               self.agreement_id, list(self.chosen), from_date)
        except ValidationError as exc:
            if exc.field == "from_date":
                _show(self.from_error, error_message(exc))
                self.from_date.setFocus()
            else:
                _show(self.dwellings_error, error_message(exc))
            return
        except BoligregError as exc:
            _show(self.dwellings_error, error_message(exc))
            return
        self.accept()


class EndLinkDialog(QDialog):
    """End one dwelling's link to the agreement on a date (default today)."""

    def __init__(self, ctx: AppState, link: reg.Link, agreement: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.link = link
        self.failed = False  # someone else changed the link: the list needs a reload
        self.setWindowTitle(translate("AgreementDwellings", "Avslutt kobling"))
        self.setMinimumWidth(440)
        intro = QLabel(translate(
            "AgreementDwellings", "<b>{dwelling}</b> skal ikke lenger være med i "
            "<b>{agreement}</b> fra og med dagen etter til-datoen. Koblingen og perioden "
            "beholdes i avtalen og i historikken.").format(dwelling=link.title,
                                                           agreement=agreement))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        label = QLabel(translate("AgreementDwellings", "Til dato *"))
        label.setObjectName("fieldLabel")
        self.to_date = _date_field(date.today())
        label.setBuddy(self.to_date)
        self.to_error = _error_label()
        self.buttons = QDialogButtonBox()
        self.end_button = self.buttons.addButton(translate("AgreementDwellings", "Avslutt"),
                                                 QDialogButtonBox.ButtonRole.AcceptRole)
        self.end_button.setObjectName("primaryButton")
        self.buttons.addButton(translate("AgreementDwellings", "Avbryt"),
                               QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(label)
        layout.addWidget(self.to_date)
        layout.addWidget(self.to_error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.to_date.setFocus()
        self.to_date.selectAll()

    def save(self) -> None:
        to_date = _read_date(self.to_date, self.to_error)
        if to_date is None:
            return
        assert self.link.ref_version is not None
        try:
            self.ctx.register.run(agr.end_agreement_link, self.link.ref_id,
                                  self.link.ref_version, to_date)
        except BoligregError as exc:
            self.failed = not isinstance(exc, ValidationError)
            _show(self.to_error, error_message(exc))
            self.to_date.setFocus()
            return
        self.accept()


class AgreementLinksPanel(QWidget):
    """The agreement's links with Legg til boliger / Avslutt kobling above them."""

    changed = Signal(str)

    def __init__(self, ctx: AppState, links: LinkList, agreement: Callable[[], tuple[str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.links = links
        self.agreement = agreement  # () -> (id, title) of the agreement shown
        self.add_button = QPushButton(translate("AgreementDwellings", "+  Legg til boliger …"))
        self.add_button.setToolTip(translate("AgreementDwellings",
                                              "Legg boliger fra avtalens bydel til avtalen"))
        self.end_button = QPushButton(translate("AgreementDwellings", "Avslutt kobling …"))
        self.end_button.setToolTip(translate("AgreementDwellings",
                                              "Sett til-dato for den valgte boligen i avtalen"))
        self.add_button.clicked.connect(self.add)
        self.end_button.clicked.connect(self.end)
        links.selectionModel().currentRowChanged.connect(lambda *_: self._update())
        links.links.modelReset.connect(self._update)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 6, 0, 2)
        bar.addWidget(self.add_button)
        bar.addWidget(self.end_button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(links, 1)
        self.editable = False
        self._update()

    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        self._update()

    def current_membership(self) -> reg.Link | None:
        """The chosen link if it is a dwelling in force in this agreement."""
        index = self.links.currentIndex()
        if not index.isValid():
            return None
        link: reg.Link = self.links.links.items[index.row()]
        if link.entity_type != "dwelling" or not link.ref_id or not link.active:
            return None
        return link

    def _update(self) -> None:
        self.add_button.setEnabled(self.editable)
        self.end_button.setEnabled(self.editable and self.current_membership() is not None)

    def add(self) -> None:
        if not self.editable:
            return
        agreement_id, title = self.agreement()
        dialog = AddDwellingsDialog(self.ctx, agreement_id, title, self)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            n = len(dialog.added)
        finally:
            dialog.deleteLater()
        if accepted:
            self.changed.emit(translate("AgreementDwellings", "{dwellings} lagt til i avtalen.")
                              .format(dwellings=dwellings_counted(n)))

    def end(self) -> None:
        link = self.current_membership()
        if link is None or not self.editable:
            return
        dialog = EndLinkDialog(self.ctx, link, self.agreement()[1], self)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
        if accepted:
            self.changed.emit(translate("AgreementDwellings",
                                        "Koblingen til {dwelling} er avsluttet.").format(
                dwelling=link.title))
        elif dialog.failed:
            self.changed.emit("")
