"""Fact-sheet figures from the register as of a date: the pandas counts over a register state
equal the SQL over the live tables; a past year's sheet does not move when later changes come
in (unless "med senere rettelser"); the change from last year comes from its as-of state."""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).parent))
from test_stats_sample import TODAY, build_sample  # noqa: E402

from boligreg.models import Dwelling, Finding, Property, create_database  # noqa: E402
from boligreg.models.base import set_clock  # noqa: E402
from boligreg.services.history import HistoryIncompleteError  # noqa: E402
from boligreg.services.register import save_changes  # noqa: E402
from boligreg.services.stats import compute_figures, take_snapshot  # noqa: E402

NOW = datetime(2026, 7, 1, 8, 0)
BASIS = ("basis", "as_of", "changed_since", "extracted_at")


def _plain(f) -> dict:
    d = f.to_dict()
    for k in BASIS:
        d.pop(k)
    return d


def test_state_figures_equal_sql(empty_db) -> None:
    build_sample(empty_db)
    with empty_db.engine.connect() as conn:
        live = compute_figures(conn, 2026, today=TODAY, now=NOW)
        state = compute_figures(conn, 2026, today=TODAY, now=NOW, as_of=TODAY)
    assert list(live) == list(state)
    for scope in live:
        assert _plain(state[scope]) == _plain(live[scope]), scope
    assert state["oslo"].basis == "registered" and state["oslo"].as_of == TODAY.isoformat()
    assert state["oslo"].dwellings_total > 0 and state["oslo"].maintenance_set["interior"] > 0
    assert state["oslo"].findings_open["total"] > 0
    assert state["oslo"].agreements_active > 0


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2025, 3, 1, 9, 0)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock():
    c = Clock()
    set_clock(c)
    yield c
    set_clock(None)


def _add(db, n: int, code: str = "030102", status: str = "occupied") -> list[str]:
    with db.session() as s:
        p = Property(district_code=code, street_address="Thorvald Meyers gate 12",
                     postcode="0555", owner_kind="boligbygg")
        ds = [Dwelling(property=p, unit_number=f"H0{101 + i}", district_code=code,
                       status=status) for i in range(n)]
        s.add_all(ds)
        s.flush()
        return [d.id for d in ds]


def test_past_year_sheet_does_not_move(tmp_path: Path, clock) -> None:
    db = create_database(tmp_path / "r.db", user="t")
    clock.now = datetime(2025, 5, 2, 10)
    ids = _add(db, 5)
    with db.session() as s:
        s.add(Finding(rule="vacant_long", severity="high", entity_type="dwelling",
                      entity_id=ids[0], district_code="030102", label="x"))
    today = date(2026, 12, 10)
    with db.engine.connect() as conn:
        before = compute_figures(conn, 2025, today=today, now=NOW, as_of=date(2025, 12, 31))
    assert before["030102"].dwellings_total == 5
    # December 2026: an import of dwellings that existed in 2025, an edit, a finding resolved.
    clock.now = datetime(2026, 12, 5, 10)
    _add(db, 2)
    save_changes(db, Dwelling, ids[1], expected_version=1, changes={"status": "vacant"})
    with db.session() as s:
        f = s.scalar(sa.select(Finding))
        f.status = "resolved"
    with db.engine.connect() as conn:
        after = compute_figures(conn, 2025, today=today, now=NOW, as_of=date(2025, 12, 31))
        corrected = compute_figures(conn, 2025, today=today, now=NOW, as_of=date(2025, 12, 31),
                                    corrected=True)
        live = compute_figures(conn, 2025, today=today, now=NOW)
    for scope in before:
        b, a = before[scope].to_dict(), after[scope].to_dict()
        assert b.pop("changed_since") == 0 and a.pop("changed_since") == 5  # 2 + 1 + 1 + prop
        assert a == b, scope
    assert after["030102"].findings_open["total"] == 1  # open at that date
    c = corrected["030102"]
    assert c.basis == "corrected" and c.dwellings_total == 7 and c.vacant == 1
    assert c.findings_open["total"] == 0 and c.changed_since == 5
    # Without a date a year that is over counts as registered at its 31.12 (the default).
    assert live["030102"].basis == "registered" and live["030102"].as_of == "2025-12-31"
    assert _plain(live["030102"]) == _plain(after["030102"])


def test_refuses_before_history(tmp_path: Path, clock) -> None:
    from boligreg.services.demo import generate_demo

    db = create_database(tmp_path / "d.db", user="t")
    clock.now = datetime(2026, 2, 1, 10)
    generate_demo(db, dwellings=120, seed=3, today=date(2026, 2, 1), history=False)
    with db.engine.connect() as conn, pytest.raises(HistoryIncompleteError,
                                                    match="fullstendig fra 01.02.2026"):
        compute_figures(conn, 2025, today=date(2026, 3, 1), as_of=date(2025, 12, 31))


def test_change_from_last_years_as_of_state(tmp_path: Path, clock) -> None:
    clock.now = datetime(2024, 6, 1, 10)
    db = create_database(tmp_path / "c.db", user="t")
    _add(db, 4)
    clock.now = datetime(2025, 6, 1, 10)
    _add(db, 2)
    _add(db, 3, code="030103")  # no dwellings there at the end of 2024: no change shown
    today = date(2026, 3, 1)
    with db.engine.connect() as conn:
        figs = compute_figures(conn, 2025, today=today, as_of=date(2025, 12, 31))
    ch = figs["030102"].change
    assert ch is not None and ch["source"] == "as_of" and ch["from_year"] == 2024
    assert ch["previous"]["dwellings_total"] == 4 and ch["delta"]["dwellings_total"] == 2
    assert figs["030103"].change is None and "previous_snapshot" in figs["030103"].missing
    assert figs["oslo"].change["delta"]["dwellings_total"] == 5
    # A snapshot of 2024, where there is one, wins.
    with db.session() as s:
        take_snapshot(s, 2024, today=today)
    with db.engine.connect() as conn:
        figs = compute_figures(conn, 2025, today=today, as_of=date(2025, 12, 31))
    assert figs["030102"].change["source"] == "snapshot"


def test_no_rebuild_for_a_file_younger_than_last_year(tmp_path: Path, clock, monkeypatch) -> None:
    """A file made (or imported) this year held nothing at the end of last year: the figures
    do not rebuild last year's register, which would read the whole log for nothing."""
    from boligreg.services import history

    clock.now = datetime(2026, 2, 1, 10)
    db = create_database(tmp_path / "y.db", user="t")
    _add(db, 4)
    calls = []
    real = history.register_as_of
    monkeypatch.setattr(history, "register_as_of", lambda *a, **k: calls.append(a) or real(*a, **k))
    with db.engine.connect() as conn:
        figs = compute_figures(conn, 2026, today=date(2026, 3, 1))
    assert figs["030102"].change is None and calls == []


def test_one_log_scan_per_sheet_run(tmp_path: Path, clock, monkeypatch) -> None:
    """The year-end, last year's 31.12 ("Endring fra") and the chart's latest year-end are
    cut from one scan of the change log (history/shared.py); each older year-end of the chart
    reads only its own year's rows. Each gives the figures it would alone."""
    import contextlib

    import boligreg.services.history.shared as shared

    db = create_database(tmp_path / "s.db", user="t")
    clock.now = datetime(2023, 3, 1, 10)
    ids = _add(db, 4)
    clock.now = datetime(2024, 5, 1, 10)
    save_changes(db, Dwelling, ids[0], expected_version=1, changes={"status": "vacant"})
    _add(db, 2, code="030103")
    clock.now = datetime(2025, 9, 1, 10)
    save_changes(db, Dwelling, ids[1], expected_version=1, changes={"tenure": "leased"})
    clock.now = datetime(2026, 2, 1, 10)
    _add(db, 3)  # after the year: not on the 2025 sheet
    today = date(2026, 3, 1)
    scans: list[str] = []
    years: list[tuple] = []  # a chart year's own rows: [31.12 of year, 31.12 of the next)

    def count(_conn, _cursor, statement: str, params, *_args) -> None:
        if "FROM change_log" in statement and "changed_at >=" in statement:
            if "changed_at <" in statement:
                years.append(tuple(p for p in params if isinstance(p, str) and ":" in p))
            else:
                scans.append(statement)

    sa.event.listen(db.engine, "before_cursor_execute", count)
    with db.engine.connect() as conn:
        shared_run = compute_figures(conn, 2025, today=today, now=NOW)
    assert len(scans) == 1
    # 2024 from the scan; 2023 from its own year; 2022 lies before the history (not read).
    assert len(years) == 1 and years[0][0].startswith("2023-12-31") \
        and years[0][1].startswith("2024-12-31"), years
    scans.clear()
    years.clear()
    monkeypatch.setattr(shared, "shared_reads", lambda _conn: contextlib.nullcontext())
    with db.engine.connect() as conn:
        alone = compute_figures(conn, 2025, today=today, now=NOW)
    # unshared: the warm-up scan (wasted), the year-end, the year before, the chart
    assert len(scans) == 4
    assert {k: f.to_dict() for k, f in shared_run.items()} == \
        {k: f.to_dict() for k, f in alone.items()}
    f = shared_run["030102"]
    assert f.dwellings_total == 4 and f.by_tenure["leased"] == 1
    assert f.change is not None and f.change["previous"]["dwellings_total"] == 4
    assert [p["total"] for p in f.history if p["covered"]][-3:] == [4, 4, 4]
