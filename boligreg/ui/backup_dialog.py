"""Fil → Gjenopprett fra sikkerhetskopi: the backups of the open file, with dates and counts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .. import formats
from ..i18n import QT_TRANSLATE_NOOP, translate
from ..services.backup import BackupInfo, list_backups

REASONS = {
    "daglig": QT_TRANSLATE_NOOP("RestoreDialog", "Daglig (første åpning)"),
    "manuell": QT_TRANSLATE_NOOP("RestoreDialog", "Manuell"),
    "for-oppgradering": QT_TRANSLATE_NOOP("RestoreDialog", "Før oppgradering"),
    "for-import": QT_TRANSLATE_NOOP("RestoreDialog", "Før import"),
    "for-gjenoppretting": QT_TRANSLATE_NOOP("RestoreDialog", "Før gjenoppretting"),
    "for-kryptering": QT_TRANSLATE_NOOP("RestoreDialog", "Før kryptering"),
}

HEADERS = (
    QT_TRANSLATE_NOOP("RestoreDialog", "Tidspunkt"), QT_TRANSLATE_NOOP("RestoreDialog", "Årsak"),
    QT_TRANSLATE_NOOP("RestoreDialog", "Boliger"), QT_TRANSLATE_NOOP("RestoreDialog", "Eiendommer"),
    QT_TRANSLATE_NOOP("RestoreDialog", "Avtaler"), QT_TRANSLATE_NOOP("RestoreDialog", "Status"))


class RestoreDialog(QDialog):
    """Pick a backup to restore. ``chosen`` is the BackupInfo after ``exec()`` accepts."""

    def __init__(self, db_path: Path, key: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("RestoreDialog", "Gjenopprett fra sikkerhetskopi"))
        self.resize(820, 420)
        self.backups: list[BackupInfo] = list_backups(db_path, key)
        self.chosen: BackupInfo | None = None

        intro = QLabel(translate(
            "RestoreDialog",
            "Sikkerhetskopier av <b>{name}</b>, nyeste først. Filen slik den er nå tas vare på "
            "som en egen sikkerhetskopi før den erstattes, så gjenopprettingen kan angres."
        ).format(name=db_path.name))
        intro.setWordWrap(True)
        self.table = QTableWidget(len(self.backups), 6)
        self.table.setHorizontalHeaderLabels([translate("RestoreDialog", h) for h in HEADERS])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for row, b in enumerate(self.backups):
            values = [
                formats.timestamp(b.taken_at, utc=True, seconds=True),
                translate("RestoreDialog", REASONS[b.reason]) if b.reason in REASONS
                else b.reason,
                str(b.counts.get("dwelling", "–")),
                str(b.counts.get("property", "–")),
                str(b.counts.get("agreement", "–")),
                translate("RestoreDialog", "OK") if b.ok
                else translate("RestoreDialog", "Skadet – kan ikke brukes"),
            ]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if col in (2, 3, 4):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight |
                                          Qt.AlignmentFlag.AlignVCenter)
                if not b.ok:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                self.table.setItem(row, col, item)
        self.empty = QLabel(translate("RestoreDialog",
                                     "Det finnes ingen sikkerhetskopier av denne filen ennå."))
        self.empty.setVisible(not self.backups)

        self.buttons = QDialogButtonBox()
        self.restore_button = self.buttons.addButton(
            translate("RestoreDialog", "Gjenopprett valgt"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(translate(
            "RestoreDialog", "Avbryt"), QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.setEnabled(False)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _i: self._accept())

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        first_good = next((i for i, b in enumerate(self.backups) if b.ok), None)
        if first_good is not None:
            self.table.selectRow(first_good)

    def _selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        b = self.backups[rows[0].row()]
        return b if b.ok else None

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self._selected() is not None)

    def _accept(self) -> None:
        chosen = self._selected()
        if chosen is not None:
            self.chosen = chosen
            self.accept()
