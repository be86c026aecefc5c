"""Every section fits a housing officer's laptop: at 1280×800 and 1366×768, and at 125 %
scaling of both (1024×640 and 1093×614 logical pixels), no label, button, tab, column
header or drop-down has text wider than its space (elided tabs carry their name as a
tooltip; wrapping labels wrap)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QHeaderView, QLabel, QTabBar, QWidget

from boligreg.services.demo import generate_demo
from boligreg.ui.context import AppState
from boligreg.ui.main_window import MainWindow
from boligreg.ui.workers import Job

SIZES = [(1280, 800), (1366, 768), (1024, 640), (1093, 614)]


def clipped(section: QWidget) -> list[tuple[str, str, int, int]]:
    """(kind, text, pixels needed, pixels there) for every visible text that does not fit."""
    bad = []
    for label in section.findChildren(QLabel):
        text = label.text()
        if not label.isVisible() or label.wordWrap() or not text or text.startswith("<"):
            continue
        need = max(label.fontMetrics().horizontalAdvance(t) for t in text.split("\n"))
        if need > label.contentsRect().width() + 1:
            bad.append(("label", text, need, label.contentsRect().width()))
    for button in section.findChildren(QAbstractButton):
        text = button.text().replace("&", "")
        if button.isVisible() and text:
            need = button.fontMetrics().horizontalAdvance(text)
            if need > button.width() - 8:
                bad.append(("button", text, need, button.width()))
    for bar in section.findChildren(QTabBar):
        if not bar.isVisible():
            continue
        for i in range(bar.count()):
            rect = bar.tabRect(i)
            need = bar.fontMetrics().horizontalAdvance(bar.tabText(i))
            if (rect.right() > bar.width() or need > rect.width()) and not bar.tabToolTip(i):
                bad.append(("tab", bar.tabText(i), need, rect.width()))
    for header in section.findChildren(QHeaderView):
        model = header.model()
        if not header.isVisible() or model is None \
                or header.orientation() != Qt.Orientation.Horizontal:
            continue
        for i in range(header.count()):
            title = model.headerData(i, Qt.Orientation.Horizontal)
            if header.isSectionHidden(i) or not title:
                continue
            need = max(header.fontMetrics().horizontalAdvance(t) for t in str(title).split("\n"))
            if need + 12 > header.sectionSize(i):
                bad.append(("header", str(title), need + 12, header.sectionSize(i)))
    for combo in section.findChildren(QComboBox):
        if combo.isVisible() and combo.currentText():
            need = combo.fontMetrics().horizontalAdvance(combo.currentText())
            if need > combo.width() - 28:
                bad.append(("combo", combo.currentText(), need, combo.width()))
    return bad


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    from boligreg.models import create_database

    db = create_database(tmp_path_factory.mktemp("fit") / "demo.db")
    generate_demo(db, dwellings=600)
    yield db
    db.close()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_section_fits(qtbot, demo_db, size, monkeypatch) -> None:
    monkeypatch.setattr(Job, "INLINE", True)
    w = MainWindow(AppState(demo_db))
    qtbot.addWidget(w)
    w.resize(*size)
    w.show()
    qtbot.waitExposed(w)
    problems = {}
    for row, section in enumerate(w.sections):
        w.sidebar.setCurrentRow(row)
        qtbot.waitUntil(lambda s=section: not getattr(s, "loading", False), timeout=20_000)
        qtbot.wait(50)
        bad = clipped(section)
        if bad:
            problems[section.key] = bad
    assert problems == {}


def test_the_check_sees_cut_text(qtbot) -> None:
    """The checker itself: a label, a button and a header too narrow for their words."""
    from PySide6.QtWidgets import QPushButton, QTableWidget, QVBoxLayout

    box = QWidget()
    layout = QVBoxLayout(box)
    label = QLabel("Søndre Nordstrand bydel")
    label.setFixedWidth(40)
    button = QPushButton("Aksepter som unntak …")
    button.setFixedWidth(50)
    table = QTableWidget(1, 1)
    table.setHorizontalHeaderLabels(["Vedlikeholdsansvar"])
    table.setColumnWidth(0, 30)
    for w in (label, button, table):
        layout.addWidget(w)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    kinds = {kind for kind, *_ in clipped(box)}
    assert kinds == {"label", "button", "header"}
