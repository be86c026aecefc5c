"""Qt's own widgets speak bokmål: standard buttons, file dialogs, context menus."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QLineEdit

from boligreg.ui.i18n import install_translations

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"


def test_standard_buttons_and_menus_in_bokmal(qtbot) -> None:
    assert install_translations(QCoreApplication.instance())
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                           | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).property("text") == "Avbryt"
    assert box.button(QDialogButtonBox.StandardButton.Save).property("text") == "Lagre"
    edit = QLineEdit()
    qtbot.addWidget(edit)
    menu = edit.createStandardContextMenu()
    labels = [a.property("text") for a in menu.actions() if not a.isSeparator()]
    assert "&Angre" in labels[0] and any("Lim inn" in t for t in labels)


def test_file_dialog_in_bokmal(qtbot, tmp_path: Path) -> None:
    install_translations(QCoreApplication.instance())
    dialog = QFileDialog(None, "Åpne", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    labels = {w.property("text") for w in dialog.findChildren(QLabel)}
    assert {"&Se i:", "Fil&navn:", "Fil&type:"} <= labels
    buttons = dialog.findChild(QDialogButtonBox)
    texts = {b.property("text") for b in buttons.buttons()}
    assert {"&Åpne", "Avbryt"} <= texts


def test_compiled_translation_matches_source(tmp_path: Path) -> None:
    """qt_nb.qm is what pyside6-lrelease makes of qt_nb.ts (no stale binary)."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    out = tmp_path / "check.qm"
    subprocess.run([str(lrelease), str(I18N / "qt_nb.ts"), "-qm", str(out)], check=True,
                   capture_output=True, timeout=60)
    assert out.read_bytes() == (I18N / "qt_nb.qm").read_bytes()
