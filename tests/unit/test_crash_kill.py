"""Crash safety: SIGKILL at random moments; after each kill the file is sound and holds all or
none of the interrupted transaction.

Default run: a few kills per scenario. ``BOLIGREG_KILLS=50 pytest -m slow`` (or the marked
test) runs the full count; the figures go in the README's reliability table.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

WORKER = Path(__file__).resolve().parents[1] / "crash" / "worker.py"
ROOT = Path(__file__).resolve().parents[2]
KILLS_DEFAULT = 4


def _start(scenario: str, db: Path, rows: int) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, str(WORKER), scenario, str(db), str(rows)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )


def _wait_ready(proc: subprocess.Popen) -> None:
    line = proc.stdout.readline()
    if line.strip() != "ready":
        proc.kill()
        raise AssertionError(f"worker did not start: {line!r} {proc.stderr.read()}")


def _check_sound(db: Path) -> sqlite3.Connection:
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    return con


def kill_loop(scenario: str, db: Path, kills: int, rows: int, rng: random.Random) -> dict:
    """Run ``scenario`` and kill it ``kills`` times; returns counts for the README table."""
    stats = {"tried": 0, "survived": 0, "partial": 0, "completed": 0}
    for _ in range(kills):
        before = _count_bulk(db)
        proc = _start(scenario, db, rows)
        _wait_ready(proc)
        time.sleep(rng.uniform(0.0, 0.6))
        finished = proc.poll() is not None
        if not finished:
            proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
        stats["tried"] += 1
        con = _check_sound(db)
        try:
            if scenario == "bulk":
                added = _count_bulk(db) - before
                logged = con.execute(
                    "SELECT count(*) FROM change_log WHERE entity_type='dwelling' "
                    "AND new_value LIKE '%\"note\": \"bulk\"%'"
                ).fetchone()[0]
                assert added in (0, rows), f"partial import: {added} of {rows}"
                assert logged == _count_bulk(db), "change log out of step with the rows"
                stats["completed"] += added == rows
            if scenario == "edit":
                # Every committed edit has its change-log row: the log's newest version of each
                # dwelling equals the row's version.
                mismatched = con.execute(
                    "SELECT count(*) FROM dwelling d WHERE d.version > 1 AND d.version != "
                    "(SELECT max(version) FROM change_log c WHERE c.entity_id = d.id)"
                ).fetchone()[0]
                assert mismatched == 0
        finally:
            con.close()
        stats["survived"] += 1
    return stats


def _count_bulk(db: Path) -> int:
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT count(*) FROM dwelling WHERE note = 'bulk'").fetchone()[0]
    finally:
        con.close()


@pytest.fixture
def kill_db(tmp_path: Path) -> Path:
    from boligreg.models import Dwelling, Property, create_database

    path = tmp_path / "kill.db"
    db = create_database(path)
    with db.session() as s:
        prop = Property(district_code="030101", street_address="Tøyengata 9", postcode="0190",
                        gnr=229, bnr=9, owner_kind="boligbygg")
        s.add_all([Dwelling(property=prop, unit_number=f"H{f:02d}{u:02d}",
                            district_code="030101") for f in range(1, 5) for u in range(1, 6)])
    db.close()
    return path


def _kills() -> int:
    return int(os.environ.get("BOLIGREG_KILLS", KILLS_DEFAULT))


@pytest.mark.parametrize("scenario", ["bulk", "edit"])
def test_kill_leaves_sound_all_or_nothing(kill_db: Path, scenario: str) -> None:
    stats = kill_loop(scenario, kill_db, _kills(), 10_000, random.Random(7))
    assert stats["survived"] == stats["tried"] == _kills()


@pytest.mark.slow
@pytest.mark.parametrize("scenario", ["bulk", "edit"])
def test_kill_full_count(kill_db: Path, scenario: str) -> None:
    n = max(50, _kills())
    stats = kill_loop(scenario, kill_db, n, 10_000, random.Random(11))
    print(f"\nKILLS {scenario}: {stats}")
    assert stats["survived"] == stats["tried"] == n
