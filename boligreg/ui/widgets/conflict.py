"""The dialog shown when someone else saved the record first: both values, the person chooses.

Fields only one side changed need no choice (theirs is kept unless you changed it; yours is
applied on top). Fields both sides changed to different values must each be chosen before
"Lagre valgene" is possible, so nothing is overwritten by default.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...i18n import QT_TRANSLATE_NOOP, translate

MINE, THEIRS = "mine", "theirs"


@dataclass(frozen=True)
class ConflictRow:
    name: str
    label: str  # Norwegian field name
    base: str  # the value both started from
    mine: str
    theirs: str

    @property
    def conflict(self) -> bool:
        """Both sides changed this field, to different values."""
        return self.theirs != self.base and self.theirs != self.mine


class ConflictDialog(QDialog):
    """Field / your value / their value, with a choice per field."""

    def __init__(self, rows: Sequence[ConflictRow], record: str, who: str, when: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ConflictDialog", "Posten er endret av en annen"))
        self.setMinimumWidth(640)
        self.rows = list(rows)
        self.groups: dict[str, QButtonGroup] = {}
        self.buttons: dict[str, dict[str, QRadioButton]] = {}
        intro = QLabel(translate(
            "ConflictDialog",
            "<b>{record}</b> ble endret av <b>{who}</b> {when} mens du redigerte. Ingenting er "
            "lagret ennå. Velg for hvert felt hvilken verdi som skal gjelde; felt begge har "
            "endret må velges.").format(
            record=record, who=who or translate("ConflictDialog", "en annen"), when=when))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)

        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(8)
        for col, title in enumerate((
                QT_TRANSLATE_NOOP("ConflictDialog", "Felt"),
                QT_TRANSLATE_NOOP("ConflictDialog", "Opprinnelig"),
                QT_TRANSLATE_NOOP("ConflictDialog", "Din verdi"),
                QT_TRANSLATE_NOOP("ConflictDialog", "Deres verdi"))):
            head = QLabel(f"<b>{translate('ConflictDialog', title)}</b>")
            grid.addWidget(head, 0, col)
        for r, row in enumerate(self.rows, start=1):
            name_label = QLabel(row.label + ("  ⚠" if row.conflict else ""))
            if row.conflict:
                name_label.setStyleSheet("color: #b3261e; font-weight: 600;")
            grid.addWidget(name_label, r, 0)
            base = QLabel(row.base)
            base.setStyleSheet("color: #6b7080;")
            grid.addWidget(base, r, 1)
            group = QButtonGroup(self)
            mine = QRadioButton(row.mine)
            theirs = QRadioButton(row.theirs)
            mine.setObjectName(f"mine_{row.name}")
            theirs.setObjectName(f"theirs_{row.name}")
            group.addButton(mine)
            group.addButton(theirs)
            group.setExclusive(True)
            if not row.conflict:
                # Only you changed it (or both to the same): yours applies on top of theirs.
                mine.setChecked(True)
            group.buttonToggled.connect(lambda *_: self._update_ok())
            grid.addWidget(mine, r, 2)
            grid.addWidget(theirs, r, 3)
            self.groups[row.name] = group
            self.buttons[row.name] = {MINE: mine, THEIRS: theirs}
        grid.setColumnStretch(2, 1)
        grid.setColumnStretch(3, 1)
        grid.setRowStretch(len(self.rows) + 1, 1)  # rows at the top, not spread out
        holder = QWidget()
        holder.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidget(holder)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)

        self.box = QDialogButtonBox()
        self.all_mine = QPushButton(translate("ConflictDialog", "Behold alle mine"))
        self.all_theirs = QPushButton(translate("ConflictDialog", "Bruk alle deres"))
        self.ok = self.box.addButton(translate(
            "ConflictDialog", "Lagre valgene"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.box.addButton(self.all_mine, QDialogButtonBox.ButtonRole.ActionRole)
        self.box.addButton(self.all_theirs, QDialogButtonBox.ButtonRole.ActionRole)
        self.box.addButton(translate(
            "ConflictDialog", "Avbryt"), QDialogButtonBox.ButtonRole.RejectRole)
        self.all_mine.clicked.connect(lambda: self.choose_all(MINE))
        self.all_theirs.clicked.connect(lambda: self.choose_all(THEIRS))
        self.box.accepted.connect(self.accept)
        self.box.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.box)
        self._update_ok()

    def choose(self, name: str, side: str) -> None:
        self.buttons[name][side].setChecked(True)

    def choose_all(self, side: str) -> None:
        for name in self.buttons:
            self.choose(name, side)

    def _update_ok(self) -> None:
        self.ok.setEnabled(all(g.checkedButton() is not None for g in self.groups.values()))

    def choices(self) -> dict[str, str]:
        """Field → MINE or THEIRS (fields without a choice are left out)."""
        out = {}
        for name, buttons in self.buttons.items():
            if buttons[MINE].isChecked():
                out[name] = MINE
            elif buttons[THEIRS].isChecked():
                out[name] = THEIRS
        return out
