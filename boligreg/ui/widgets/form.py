"""A record's edit form, built from ``services.validation.FORMS``, with messages at the fields.

The form only collects what was typed (:meth:`RecordForm.raw`) and shows what the
validation service says (:meth:`RecordForm.show_errors`); parsing and rules live in the
service, so the importer and the CLI apply the same ones.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ...i18n import translate
from ...services.enums import enum_labels
from ...services.register import field_label
from ...services.validation import FORMS, FieldSpec, to_raw
from ..qtutil import text_of

Index = QModelIndex | QPersistentModelIndex


class ChoiceListModel(QAbstractListModel):
    """(id, label) pairs for a picker; a model instead of thousands of addItem calls."""

    IdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[tuple[str, str]] = []

    def set_items(self, items: Sequence[tuple[str, str]]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt idiom
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item_id, label = self.items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return label
        if role == self.IdRole:
            return item_id
        return None

    def row_of(self, item_id: str) -> int:
        return next((i for i, (k, _l) in enumerate(self.items) if k == item_id), -1)


class RefPicker(QComboBox):
    """Pick a record (a dwelling's property) by typing part of its address."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Called the first time the list is needed: the choices are loaded only then.
        self.loader: Callable[[], Sequence[tuple[str, str]]] | None = None
        self.loaded = False
        self.choices = ChoiceListModel(self)
        self.setModel(self.choices)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(20)
        completer = QCompleter(self.choices, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.line_edit().setPlaceholderText(translate("RecordForm", "Skriv en del av adressen …"))
        self.line_edit().textEdited.connect(lambda _t: self.ensure_loaded())

    def line_edit(self) -> QLineEdit:
        """The text field (a RefPicker is always editable, so there is one)."""
        line = self.lineEdit()
        assert line is not None
        return line

    def ensure_loaded(self) -> None:
        if self.loaded or self.loader is None:
            return
        self.loaded = True
        current, label = self.value(), text_of(self.line_edit())
        self.choices.set_items(self.loader())
        if current:
            self.set_value(current, label)
        self.line_edit().setText(label)

    def reset_choices(self) -> None:
        """Forget the loaded list (the data changed); it loads again when next needed."""
        self.loaded = False

    def showPopup(self) -> None:
        self.ensure_loaded()
        super().showPopup()

    def focusInEvent(self, event: Any) -> None:
        self.ensure_loaded()
        super().focusInEvent(event)

    def value(self) -> str:
        typed = text_of(self.line_edit()).strip()
        idx = self.currentIndex()
        if idx >= 0 and self.itemText(idx) == typed:
            return self.choices.items[idx][0]
        row = next((i for i, (_k, label) in enumerate(self.choices.items) if label == typed), -1)
        return self.choices.items[row][0] if row >= 0 else ""

    def set_value(self, item_id: str, label: str = "") -> None:
        row = self.choices.row_of(item_id) if item_id else -1
        if row < 0 and item_id and label:
            self.choices.set_items([*self.choices.items, (item_id, label)])
            row = len(self.choices.items) - 1
        self.setCurrentIndex(row)
        if row < 0:
            self.line_edit().clear()


class RecordForm(QWidget):
    """Fields of one record type in two columns; ``edited()`` on every change by the user."""

    edited = Signal()

    def __init__(self, entity: str, districts: Sequence[tuple[str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordForm")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.entity = entity
        self.specs: tuple[FieldSpec, ...] = FORMS[entity]
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(2, 4, 2, 4)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(2)
        col, row = 0, 0
        for spec in self.specs:
            widget = self._make(spec, districts)
            widget.setObjectName(f"field_{spec.name}")
            self.widgets[spec.name] = widget
            label = QLabel(field_label(entity, spec.name) + (" *" if spec.required else ""))
            label.setObjectName("fieldLabel")
            label.setBuddy(widget)
            error = QLabel()
            error.setObjectName("fieldError")
            error.setWordWrap(True)
            error.setVisible(False)
            self.labels[spec.name] = label
            self.errors[spec.name] = error
            wide = spec.kind in ("memo", "ref")
            if wide and col == 1:
                row += 3
                col = 0
            span = 2 if wide else 1
            grid.addWidget(label, row, col, 1, span)
            grid.addWidget(widget, row + 1, col, 1, span)
            grid.addWidget(error, row + 2, col, 1, span)
            if wide or col == 1:
                col, row = 0, row + 3
            else:
                col = 1
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(row + 3, 1)
        self._loading = False

    def _make(self, spec: FieldSpec, districts: Sequence[tuple[str, str]]) -> QWidget:
        if spec.kind == "bool":
            box = QCheckBox(translate("RecordForm", "Ja"))
            box.toggled.connect(self._changed)
            return box
        if spec.kind == "memo":
            memo = QPlainTextEdit()
            memo.setTabChangesFocus(True)
            memo.setFixedHeight(64)
            memo.textChanged.connect(self._changed)
            return memo
        if spec.kind in ("choice", "district"):
            combo = QComboBox()
            if not spec.required:
                combo.addItem("–", "")
            items = districts if spec.kind == "district" else \
                list(enum_labels(spec.choices).items()) if spec.choices else []
            if spec.required:
                combo.addItem(translate("RecordForm", "Velg …"), "")
            for value, label in items:
                combo.addItem(label, value)
            combo.currentIndexChanged.connect(self._changed)
            return combo
        if spec.kind == "ref":
            picker = RefPicker()
            picker.currentIndexChanged.connect(self._changed)
            picker.line_edit().textEdited.connect(self._changed)
            return picker
        edit = QLineEdit()
        edit.setPlaceholderText(spec.placeholder)
        if spec.max_length:
            edit.setMaxLength(spec.max_length + 20)  # room to show "too long" instead of cutting
        if spec.kind in ("int", "decimal"):
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        edit.textEdited.connect(self._changed)
        return edit

    def _changed(self, *_args: object) -> None:
        if not self._loading:
            self.edited.emit()

    # --- values ------------------------------------------------------------------------------
    def set_ref_loader(self, name: str, loader: Callable[[], Sequence[tuple[str, str]]]
                       ) -> None:
        picker = self.widgets.get(name)
        if isinstance(picker, RefPicker):
            picker.loader = loader

    def set_values(self, values: Mapping[str, Any], ref_labels: Mapping[str, str] | None = None
                   ) -> None:
        """Show a stored record (typed values) without emitting ``edited``."""
        raw = to_raw(self.entity, values)
        self._loading = True
        try:
            for spec in self.specs:
                w = self.widgets[spec.name]
                value = raw.get(spec.name)
                if isinstance(w, QCheckBox):
                    w.setChecked(bool(value))
                elif isinstance(w, RefPicker):
                    w.set_value(str(value or ""), (ref_labels or {}).get(spec.name, ""))
                elif isinstance(w, QComboBox):
                    w.setCurrentIndex(max(0, w.findData(value or "")))
                elif isinstance(w, QPlainTextEdit):
                    w.setPlainText(str(value or ""))
                elif isinstance(w, QLineEdit):
                    w.setText(str(value or ""))
                    w.setCursorPosition(0)
        finally:
            self._loading = False
        self.show_errors({})

    def raw(self) -> dict[str, Any]:
        """What the person typed or chose, per field."""
        out: dict[str, Any] = {}
        for name, w in self.widgets.items():
            if isinstance(w, QCheckBox):
                out[name] = w.isChecked()
            elif isinstance(w, RefPicker):
                out[name] = w.value()
            elif isinstance(w, QComboBox):
                out[name] = w.currentData() or ""
            elif isinstance(w, QPlainTextEdit):
                out[name] = w.toPlainText()
            elif isinstance(w, QLineEdit):
                out[name] = text_of(w)
        return out

    def show_errors(self, errors: Mapping[str, str],
                    advice: Mapping[str, str] | None = None) -> None:
        """Messages at the fields; ``advice`` (a recommendation, not an error) shows where
        there is no error, in a milder colour, and does not mark the field invalid."""
        for name, label in self.errors.items():
            message = errors.get(name, "")
            hint = "" if message else (advice or {}).get(name, "")
            label.setText(message or hint)
            label.setVisible(bool(message or hint))
            if bool(label.property("advice")) != bool(hint):
                label.setProperty("advice", bool(hint))
                label.style().unpolish(label)
                label.style().polish(label)
            w = self.widgets[name]
            if bool(w.property("invalid")) != bool(message):
                w.setProperty("invalid", bool(message))
                w.style().unpolish(w)
                w.style().polish(w)

    def error_message(self, name: str) -> str:
        return text_of(self.errors[name])

    def set_read_only(self, read_only: bool) -> None:
        for w in self.widgets.values():
            w.setEnabled(not read_only)

    def first_widget(self) -> QWidget:
        return self.widgets[self.specs[0].name]
