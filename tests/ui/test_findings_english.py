"""The findings section in English (issue 16 item 7): the table, its tooltip, the search and the
detail pane show each finding's message in English; in bokmål they show it as stored."""

from __future__ import annotations

import html
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))
from test_audit_rules import TODAY, World, build_every_rule  # noqa: E402

from boligreg import i18n  # noqa: E402
from boligreg.services.audit import RULES, run_audit  # noqa: E402
from boligreg.services.audit.messages import english as english_text  # noqa: E402
from boligreg.ui.context import AppState  # noqa: E402
from boligreg.ui.sections.findings import FindingsSection  # noqa: E402
from boligreg.ui.workers import Job  # noqa: E402


@pytest.fixture
def world(empty_db) -> World:
    w = World(empty_db)
    build_every_rule(w)
    run_audit(empty_db, today=TODAY, user="revisor")
    return w


def _section(qtbot, world: World, monkeypatch) -> FindingsSection:
    monkeypatch.setattr(Job, "INLINE", True)
    sec = FindingsSection(AppState(world.db))
    qtbot.addWidget(sec)
    sec.resize(1300, 800)
    sec.show()
    qtbot.waitExposed(sec)
    return sec


def _message_column(sec: FindingsSection) -> int:
    return [c.key for c in sec.model.COLUMNS].index("message")


def test_messages_in_english(qtbot, world, monkeypatch, english) -> None:
    sec = _section(qtbot, world, monkeypatch)
    col = _message_column(sec)
    model = sec.model
    assert model.rowCount() > 0
    rules = set()
    for row in range(model.rowCount()):
        r = model.data(model.index(row, 0), model.RowRole)
        en = english_text(r.rule, r.message)
        assert en is not None, (r.rule, r.message)
        assert model.index(row, col).data() == en
        assert en in model.index(row, col).data(Qt.ItemDataRole.ToolTipRole)
        rules.add(r.rule)
    assert rules == set(RULES)
    sec.select_rows([0])
    first = model.data(model.index(0, 0), model.RowRole)
    assert html.escape(english_text(first.rule, first.message) or "", quote=False) in \
        sec.detail.text()
    assert html.escape(first.message, quote=False) not in sec.detail.text()
    # The search finds what the user reads.
    word = (english_text(first.rule, first.message) or "").split()[0]
    sec.search.setText(word)
    sec.apply_filters()
    assert model.rowCount() >= 1


def test_messages_in_bokmal_as_stored(qtbot, world, monkeypatch) -> None:
    i18n.set_language("nb")
    try:
        sec = _section(qtbot, world, monkeypatch)
        col = _message_column(sec)
        model = sec.model
        for row in range(model.rowCount()):
            r = model.data(model.index(row, 0), model.RowRole)
            assert model.index(row, col).data() == r.message
    finally:
        i18n.set_language(None)
