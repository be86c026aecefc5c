"""The window's save paths go through ``safefiles`` (issue 18, D1): the open database, a
symlink to it or a device is refused with a message; an existing file is replaced only
after the window asked (the file dialog, or for a folder of sheets a question here)."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))
from test_stats_sample import build_sample  # noqa: E402
from uihelpers import patch_message  # tests/ui/uihelpers.py

from boligreg.ui import messages  # noqa: E402
from boligreg.ui.context import AppState  # noqa: E402
from boligreg.ui.export_dialog import ExportDialog  # noqa: E402
from boligreg.ui.sections.factsheet import FactsheetSection  # noqa: E402
from boligreg.ui.sections.findings import FindingsSection  # noqa: E402
from boligreg.ui.workers import Job  # noqa: E402

YEAR = 2025


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def errors(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(Job, "INLINE", True)
    patch_message(monkeypatch, "show_error",
                        lambda _parent, _title, exc: shown.append(messages.error_message(exc)))
    return shown


@pytest.fixture
def sheets(qtbot, empty_db, errors) -> FactsheetSection:
    build_sample(empty_db)
    sec = FactsheetSection(AppState(empty_db))
    qtbot.addWidget(sec)
    sec.resize(1200, 800)
    sec.show()
    qtbot.waitExposed(sec)
    sec.set_year(YEAR)
    assert sec.year() == YEAR
    return sec


def test_factsheet_never_overwrites_the_open_database(qtbot, sheets, errors, db_path: Path,
                                                      tmp_path: Path) -> None:
    link = tmp_path / "ark.pdf"
    link.symlink_to(db_path)
    before = _digest(db_path)
    job = sheets.save_to(link, ["030101"], overwrite=True)  # even when "replace" was said
    qtbot.waitUntil(lambda: not job.running, timeout=15_000)
    assert errors and "Skriver ikke til" in errors[0]
    assert _digest(db_path) == before and not sheets.last_saved


def test_factsheet_replaces_an_existing_file_only_when_asked(qtbot, sheets, errors,
                                                             tmp_path: Path,
                                                             monkeypatch) -> None:
    out = tmp_path / "sagene.pdf"
    out.write_bytes(b"%PDF-1.4 old")
    job = sheets.save_to(out, ["030103"])  # no dialog asked: refused
    qtbot.waitUntil(lambda: not job.running, timeout=15_000)
    assert errors and "finnes allerede" in errors[0] and out.read_bytes() == b"%PDF-1.4 old"
    # Through the button the file dialog has asked, so the file is replaced.
    monkeypatch.setattr(sheets, "_ask_target", lambda scopes, name: out)
    sheets.set_checked(["030103"])
    sheets._save_clicked()
    qtbot.waitUntil(lambda: out.stat().st_size > 1000, timeout=15_000)


@pytest.mark.parametrize("answer", [False, True])
def test_folder_of_sheets_asks_before_replacing(qtbot, sheets, errors, tmp_path: Path,
                                                monkeypatch, answer: bool) -> None:
    folder = tmp_path / "ark"
    folder.mkdir()
    year = sheets.year()
    oslo = folder / f"{year}-0301-oslo.pdf"
    oslo.write_bytes(b"keep")
    # Other years' sheets and a published edition's file are not replaced, so not counted.
    (folder / f"{year - 1}-0301-oslo.pdf").write_bytes(b"other year")
    (folder / f"{year}-0301-oslo-utgave2.pdf").write_bytes(b"edition 2")
    before = sorted(p.name for p in folder.iterdir())
    asked: list[str] = []
    patch_message(monkeypatch, "confirm",
                        lambda _p, _t, text, yes="Ja": asked.append(text) or answer)
    monkeypatch.setattr(sheets, "_ask_target", lambda scopes, name: folder)
    sheets.set_checked(["030101", "oslo"])
    sheets._save_clicked()
    assert asked and "1 av faktaarkene" in asked[0]
    if answer:
        qtbot.waitUntil(lambda: oslo.stat().st_size > 1000, timeout=15_000)
        assert (folder / f"{year}-030101-gamle-oslo.pdf").exists()
        assert (folder / f"{year}-0301-oslo-utgave2.pdf").read_bytes() == b"edition 2"
    else:
        assert sorted(p.name for p in folder.iterdir()) == before
        assert oslo.read_bytes() == b"keep"


def test_findings_export_refuses_the_database(qtbot, empty_db, errors, db_path: Path) -> None:
    sec = FindingsSection(AppState(empty_db))
    qtbot.addWidget(sec)
    before = _digest(db_path)
    job = sec.export_xlsx(db_path, overwrite=True)
    qtbot.waitUntil(lambda: not job.running, timeout=15_000)
    job = sec.export_pdf(db_path, overwrite=True)
    qtbot.waitUntil(lambda: not job.running, timeout=15_000)
    assert len(errors) == 2 and all("Skriver ikke til" in e for e in errors)
    assert _digest(db_path) == before


def test_export_dialog_refuses_a_device(qtbot, empty_db, errors, tmp_path: Path) -> None:
    dialog = ExportDialog(AppState(empty_db))
    qtbot.addWidget(dialog)
    link = tmp_path / "boliger.xlsx"
    link.symlink_to("/dev/null")
    dialog.export_to(link, overwrite=True)
    qtbot.waitUntil(lambda: bool(errors), timeout=15_000)
    assert "enhetsfil" in errors[0] and Path("/dev/null").is_char_device()
