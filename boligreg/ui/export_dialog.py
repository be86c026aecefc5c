"""File → Eksporter: the export dialog (what, which format, which bydel; then where). The
writing is ``services.export.export_file`` in a background job with progress and Avbryt."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QWidget,
)

from .. import formats
from ..i18n import QT_TRANSLATE_NOOP, translate
from ..services.export import export_file
from .context import AppState
from .workers import run_job


class ExportDialog(QDialog):
    """File → Eksporter: what, which format, which bydel; then where."""

    WHATS = (("dwellings", QT_TRANSLATE_NOOP("ExportDialog", "Boliger (kan importeres igjen)")),
             ("agreements", QT_TRANSLATE_NOOP("ExportDialog", "Avtaler")),
             ("responsibilities", QT_TRANSLATE_NOOP("ExportDialog", "Vedlikeholdsansvar")),
             ("findings", QT_TRANSLATE_NOOP("ExportDialog", "Avvik")))
    FORMATS = (("xlsx", QT_TRANSLATE_NOOP("ExportDialog", "Excel (.xlsx)")),
               ("csv", QT_TRANSLATE_NOOP("ExportDialog", "CSV (.csv, semikolon)")),
               ("kobo", QT_TRANSLATE_NOOP("ExportDialog", "Kobo-importfil (Husbanken/KS)")))

    def __init__(self, ctx: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(translate("ExportDialog", "Eksporter"))
        self.setMinimumWidth(420)
        self.what = QComboBox()
        for key, label in self.WHATS:
            self.what.addItem(translate("ExportDialog", label), key)
        self.format = QComboBox()
        for key, label in self.FORMATS:
            self.format.addItem(translate("ExportDialog", label), key)
        self.district = QComboBox()
        self.district.addItem(translate("ExportDialog", "Alle bydeler"), "")
        for code, name in ctx.districts:
            self.district.addItem(f"{code[-2:]}  {name}", code)
        self.district.setCurrentIndex(max(self.district.findData(ctx.scope or ""), 0))
        self.format.currentIndexChanged.connect(self._format_changed)
        # Import-compatible headers ("street_address") instead of the labels: the importer
        # reads either back without a mapping file.
        self.field_names = QCheckBox(translate("ExportDialog", "Kolonnenavn som importen bruker"))
        self.field_names.setToolTip(translate(
            "ExportDialog", "Overskriftene blir feltnavnene (f.eks. street_address) i stedet "
            "for norske navn. Importen leser begge."))
        self.what.currentIndexChanged.connect(self._what_changed)
        form = QFormLayout(self)
        form.addRow(translate("ExportDialog", "Hva:"), self.what)
        form.addRow(translate("ExportDialog", "Format:"), self.format)
        form.addRow(translate("ExportDialog", "Bydel:"), self.district)
        form.addRow(self.field_names)
        self.note = QLabel("")
        self.note.setWordWrap(True)
        form.addRow(self.note)
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(translate("ExportDialog", "Eksporter …"),
                                           QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(translate("ExportDialog", "Lukk"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._choose_target)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.done_path: Path | None = None
        self.rows_written: int | None = None

    def _what_changed(self) -> None:
        # Only the dwellings export has an import to be compatible with (nor has Kobo's file).
        dwellings = self.what.currentData() == "dwellings" and self.format.currentData() != "kobo"
        self.field_names.setEnabled(dwellings)
        if not dwellings:
            self.field_names.setChecked(False)

    def _format_changed(self) -> None:
        kobo = self.format.currentData() == "kobo"
        if kobo:
            self.what.setCurrentIndex(0)
        self.what.setEnabled(not kobo)
        self._what_changed()
        self.note.setText(translate("ExportDialog", "Kobo-filen har Kobos kolonner i Kobos "
                                    "rekkefølge; felt boligreg ikke har, står tomme.")
                          if kobo else "")

    def _choose_target(self) -> None:
        fmt = self.format.currentData()
        suffix = ".csv" if fmt in ("csv", "kobo") else ".xlsx"
        name = translate("ExportDialog", {
            "dwellings": QT_TRANSLATE_NOOP("ExportDialog", "boliger"),
            "agreements": QT_TRANSLATE_NOOP("ExportDialog", "avtaler"),
            "responsibilities": QT_TRANSLATE_NOOP("ExportDialog", "vedlikeholdsansvar"),
            "findings": QT_TRANSLATE_NOOP("ExportDialog", "avvik")}[self.what.currentData()])
        if fmt == "kobo":
            name = translate("ExportDialog", "kobo-boliger")
        path, _ = QFileDialog.getSaveFileName(self, translate("ExportDialog", "Eksporter til"),
                                              str(Path.home() / f"{name}{suffix}"))
        if path:  # the save dialog has asked before an existing file is replaced
            self.export_to(Path(path), overwrite=True)

    def export_to(self, path: Path, *, overwrite: bool = False) -> None:
        what, fmt = self.what.currentData(), self.format.currentData()
        district = self.district.currentData() or None
        field_names = self.field_names.isChecked()
        db = self.ctx.register
        if fmt == "kobo" and path.suffix.lower() != ".csv":
            path = path.with_suffix(".csv")
            overwrite = False  # the dialog asked about another name, not this one

        def job(progress, cancel) -> int:
            return db.run(export_file, path, what=what, fmt="kobo" if fmt == "kobo" else
                          "standard", district=district, progress=progress,
                          cancel=cancel, overwrite=overwrite, field_names=field_names)

        def done(rows: int) -> None:
            self.done_path, self.rows_written = path, rows
            self.note.setText(translate("ExportDialog", "Skrev {rows} rader til {path}.").format(
                rows=formats.integer(rows), path=path))

        run_job(self, translate("ExportDialog", "Eksporterer"), job, done)
