"""Search box and filter bar above a register table, with the "N boliger (viser M)" count.

Typing is debounced (the table re-filters 150 ms after the last keystroke); choosing a
filter applies at once. The bydel filter is the window's scope selector, not repeated here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ... import formats
from ...i18n import QT_TRANSLATE_NOOP, plural, translate
from ...services.enums import enum_labels
from ...services.register import RowFilter
from ..qtutil import text_of
from .flow import wrapping_row

DEBOUNCE_MS = 150
EXPIRING_DAYS = (30, 60, 90, 180, 365, 730)


@dataclass(frozen=True)
class FilterDef:
    """One drop-down: ``field`` of the grid (or "wheelchair"/"agreement_kind"), its "all"
    wording and the choices (value, Norwegian label)."""

    field: str
    all_label: str
    choices: tuple[tuple[str, str], ...]


def enum_filter(field: str, all_label: str, enum: type[StrEnum]) -> FilterDef:
    return FilterDef(field, all_label, tuple(enum_labels(enum).items()))


# Labels of a FilterDef are translated where shown, in the "Filters" context: a caller may
# mark them with QT_TRANSLATE_NOOP("Filters", …) or hand over texts already translated.
WHEELCHAIR = FilterDef("wheelchair", QT_TRANSLATE_NOOP("Filters", "Rullestol: alle"),
                       (("1", QT_TRANSLATE_NOOP("Filters", "Rullestol: tilgjengelig")),
                        ("0", QT_TRANSLATE_NOOP("Filters", "Rullestol: ikke tilgj."))))


class FilterPanel(QWidget):
    """``changed()`` fires when the filter or search should be applied."""

    changed = Signal()
    widen_scope = Signal()

    def __init__(self, nouns: tuple[str, str], filters: Sequence[FilterDef],
                 search_hint: str, expiring: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterPanel")
        self.nouns = nouns
        self.search = QLineEdit()
        self.search.setObjectName("searchBox")
        self.search.setPlaceholderText(search_hint)
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(320)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        bar_widget = self._build_bar(filters, expiring)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.search, 1)
        top.addSpacing(12)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(bar_widget)
        self._connect_signals()
        self._update_reset()

    def _build_bar(self, filters: Sequence[FilterDef], expiring: bool) -> QWidget:
        """One combo per filter (and Utløper where asked), Nullstill and the «treff i andre
        bydeler» link, wrapping to a second line where the window is narrow."""
        self.combos: dict[str, QComboBox] = {}
        bar_widget, bar = wrapping_row(self)
        for f in filters:
            combo = QComboBox()
            combo.setObjectName("filterCombo")
            all_label = translate("Filters", f.all_label)
            combo.addItem(all_label, "")
            # A chosen value keeps its filter's name ("Status: Ledig"), so a row of chosen
            # filters still says what each one is.
            prefix = all_label.split(":")[0] if ":" in all_label else ""
            for value, raw_label in f.choices:
                label = translate("Filters", raw_label)
                shown = label if not prefix or label.startswith(prefix) else f"{prefix}: {label}"
                combo.addItem(shown, value)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            combo.setToolTip(all_label.split(":")[0])
            self.combos[f.field] = combo
            bar.addWidget(combo)
        self.expiring: QComboBox | None = None
        if expiring:
            combo = QComboBox()
            combo.setObjectName("filterCombo")
            combo.addItem(translate("Filters", "Utløper: når som helst"), 0)
            for days in EXPIRING_DAYS:
                combo.addItem(translate("Filters", "Utløper innen {n} dager").format(
                    n=formats.integer(days)), days)
            combo.setToolTip(translate(
                "Filters", "Bare avtaler som utløper fra i dag og innen så mange dager"))
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            self.expiring = combo
            bar.addWidget(combo)
        self.reset_button = QPushButton(translate("Filters", "Nullstill"))
        self.reset_button.setObjectName("linkButton")
        self.reset_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.reset_button.setToolTip(translate("Filters", "Fjern søk og alle filtre"))
        bar.addWidget(self.reset_button)
        # "3 treff i andre bydeler — vis alle bydeler": shown by the section when its own
        # bydel has no hit; clicking asks for all bydeler (``widen_scope``).
        self.elsewhere_button = QPushButton("")
        self.elsewhere_button.setObjectName("linkButton")
        self.elsewhere_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.elsewhere_button.setVisible(False)
        bar.addWidget(self.elsewhere_button)
        return bar_widget

    def _connect_signals(self) -> None:
        self._timer.timeout.connect(self.changed)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        # Enter applies at once (no wait for the debounce).
        self.search.returnPressed.connect(self.apply_now)
        for combo in (*self.combos.values(), *([self.expiring] if self.expiring else [])):
            combo.currentIndexChanged.connect(lambda _i, c=combo: self._combo_changed(c))
        self.reset_button.clicked.connect(self.reset)
        self.elsewhere_button.clicked.connect(self.widen_scope)

    def _combo_changed(self, combo: QComboBox) -> None:
        combo.setProperty("active", combo.currentIndex() > 0)
        combo.style().unpolish(combo)
        combo.style().polish(combo)
        self._update_reset()
        self.changed.emit()

    def _update_reset(self) -> None:
        self.reset_button.setVisible(not self.row_filter().is_empty())

    def apply_now(self) -> None:
        self._timer.stop()
        self.changed.emit()

    def search_query(self) -> str:
        return text_of(self.search)

    def row_filter(self) -> RowFilter:
        flt = RowFilter(search=self.search_query())
        for name, combo in self.combos.items():
            value = combo.currentData()
            if not value:
                continue
            if name == "wheelchair":
                flt.wheelchair = value == "1"
            elif name == "agreement_kind":
                flt.agreement_kind = value
            else:
                flt.equals[name] = value
        if self.expiring is not None and self.expiring.currentData():
            flt.expiring_days = int(self.expiring.currentData())
        return flt

    def set_choice(self, field: str, value: str) -> None:
        combo = self.combos[field]
        combo.setCurrentIndex(max(0, combo.findData(value)))

    def set_expiring(self, days: int) -> None:
        """Filter on agreements ending within ``days`` (a preset; 0 = no filter)."""
        if self.expiring is not None:
            self.expiring.setCurrentIndex(max(0, self.expiring.findData(days)))

    def reset(self) -> None:
        combos = list(self.combos.values())
        if self.expiring is not None:
            combos.append(self.expiring)
        for combo in combos:
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.setProperty("active", False)
            combo.style().unpolish(combo)
            combo.style().polish(combo)
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._update_reset()
        self.apply_now()

    def set_search(self, value: str) -> None:
        self.search.setText(value)
        self.apply_now()

    def show_elsewhere(self, count: int | None) -> None:
        """None hides the hint; 0 says no bydel has a hit; n offers to show all bydeler."""
        if count is None:
            self.elsewhere_button.setVisible(False)
            return
        if count == 0:
            self.elsewhere_button.setText(translate("Filters", "Ingen treff i noen bydel"))
            self.elsewhere_button.setEnabled(False)
        else:
            self.elsewhere_button.setText(
                translate("Filters", "{n} treff i andre bydeler — vis alle bydeler").format(
                    n=formats.integer(count)))
            self.elsewhere_button.setEnabled(True)
        self.elsewhere_button.setVisible(True)

    def set_counts(self, total: int, shown: int, where: str = "") -> None:
        # nouns: ("bolig", "boliger"), or ("{n} bolig", "{n} boliger") marked for the
        # catalogue by the caller (translated here, in the "Filters" context).
        one, many = self.nouns
        noun = plural(total, "Filters", one, many)
        text = noun.format(n=formats.integer(total)) if "{n}" in noun else \
            f"{formats.integer(total)} {noun}"
        if where:
            text += translate("Filters", " i {where}").format(where=where)
        if shown != total:
            text += translate("Filters", "  (viser {n})").format(n=formats.integer(shown))
        self.count_label.setText(text)
        self._update_reset()
